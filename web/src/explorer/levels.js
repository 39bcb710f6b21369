// The words for a dataset's levels. The bundled data has regions and district contests, and the
// page's strings say so; an uploaded file has whatever hierarchy the user mapped (one contest for
// the whole country, contests at the district level, regions that are themselves contests…), so
// for an upload the same strings are said with the file's own level names.
import { contestsOf } from './units.js';

export function isUpload(summary) {
  return Boolean(summary && summary.election && summary.election.kind === 'upload');
}

/** The name of a level: the page's word for a known id (region, district…), else the file's column header. */
export function levelName(i18n, summary, id, { plural = false } = {}) {
  if (!id) return '';
  const key = plural ? `level.${id}.plural` : `level.${id}`;
  if (i18n.has(key)) return i18n.t(key);
  const level = summary && summary.election && (summary.election.levels || []).find((l) => l.id === id);
  const name = level ? i18n.name({ id, name: level.name }) : id;
  return plural ? i18n.t('level.other.plural', { name }) : name;
}

/** The level ids of the summary's regions (level 1) and contests, from the units themselves. */
export function unitLevels(summary) {
  const levels = (summary && summary.election && summary.election.levels) || [];
  const region = summary && summary.regions && summary.regions[0] ? summary.regions[0].level : levels[1] ? levels[1].id : null;
  const contest = summary && summary.contests && summary.contests[0] ? summary.contests[0].level : null;
  return { region, contest };
}

/**
 * The contests inside a region, whatever the depth: the region itself when it is a contest, its
 * children that are contests, else the contests whose id is under the region's path (uploaded unit
 * ids are paths, `region/district/…`, and the levels between are not listed in a summary).
 */
export function contestsWithin(summary, region) {
  if (!summary || !region) return [];
  if ((summary.contests || []).some((c) => c.id === region.id)) return [summary.contests.find((c) => c.id === region.id)];
  const children = contestsOf(summary, region);
  if (children.length || !isUpload(summary)) return children;
  const prefix = `${region.id}/`;
  return summary.contests.filter((c) => c.id.startsWith(prefix));
}

/** The one contest that is the whole file (an election decided country-wide), or null. */
export function nationalContest(summary) {
  if (!summary || !summary.national) return null;
  return (summary.contests || []).find((c) => c.id === summary.national.id) || null;
}

/** A bundled election with levels of its own (the gallery: one national contest by area), not the akim data's. */
export function isGallery(summary) {
  const kind = summary && summary.election && summary.election.kind;
  return Boolean(kind) && kind !== 'upload' && kind !== 'district-akim';
}

/** True when the page's strings about regions and contests must be said in the dataset's own levels. */
export function usesOwnLevels(summary) {
  return isUpload(summary) || isGallery(summary);
}

/**
 * The page's translator, with the strings about regions and contests said in the dataset's own
 * levels: an upload's ("the file"), or a gallery election's ("the whole country"). For the akim
 * data it is `i18n` itself.
 */
export function datasetI18n(i18n, summary) {
  if (!usesOwnLevels(summary)) return i18n;
  const gallery = isGallery(summary);
  const { region, contest } = unitLevels(summary);
  const regionOne = levelName(i18n, summary, region);
  const regions = levelName(i18n, summary, region, { plural: true });
  const contests = contest === 'country' || !contest ? i18n.t('units.whole_file') : levelName(i18n, summary, contest, { plural: true });
  const contestsLabel = gallery ? i18n.t('gallery.contests') : i18n.t('units.contests', { level: contests });
  const words = {
    'summary.title': i18n.t(gallery ? 'summary.title' : 'units.summary_title'),
    'summary.regions': regions,
    'summary.contests': contestsLabel,
    'table.title': regions,
    'table.caption': i18n.t('units.caption', { level: regions }),
    'table.hint': i18n.t('units.hint'),
    'table.scroll_label': i18n.t('units.scroll_label', { level: regions }),
    'table.col.name': regionOne,
    'table.national_row': i18n.t(gallery ? 'table.national_row' : 'units.total'),
    'detail.totals': i18n.t('units.detail_totals'),
    'detail.contests': contestsLabel,
    'detail.back': i18n.t('units.detail_back', { level: regions }),
    'detail.findings': i18n.t('units.detail_findings'),
    ...(gallery
      ? { 'units.national_contest': i18n.t('gallery.national_contest'), 'units.part_of_whole': i18n.t('gallery.part_of_whole') }
      : {}),
  };
  // A contest card names its kind by its level: the page's word for a level it knows
  // (constituency, district…), else the file's own header for that level, never another level's word.
  const kindKey = `contest.kind.${contest}`;
  if (contest && contest !== 'country' && !i18n.has(kindKey)) {
    const level = ((summary.election && summary.election.levels) || []).find((l) => l.id === contest);
    if (level) words[kindKey] = i18n.name({ id: contest, name: level.name });
  }
  const openKey = 'table.open_region';
  return {
    ...i18n,
    has: (key) => key in words || i18n.has(key),
    t: (key, params) => {
      if (key === openKey) return i18n.t('units.open', params);
      return key in words ? words[key] : i18n.t(key, params);
    },
  };
}
