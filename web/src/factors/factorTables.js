// The factors view's tables as rows for CSV and JSON (export/csv.js): domain words as keys, the
// language's words as labels, shares as percentages, unknown as null.
import { pct } from '../export/csv.js';
import { groupLabel } from './factorsText.js';

const col = (key, label, type = 'text') => ({ key, label, type });

const factorColumn = { turnout: 'turnout_pct', registered: 'registered', candidates: 'candidates', leader_share: 'leader_share_pct' };

function factorCell(unit, factor) {
  const value = unit[factor];
  if (value === null || value === undefined) return null;
  return factor === 'turnout' || factor === 'leader_share' ? pct(value) : value;
}

/** Every unit of the chart (known or not), by rank: the share and the factor's value. */
export function pointsTable(units, factor, { i18n }) {
  const columns = [
    col('id', i18n.t('export.col.id')),
    col('name', i18n.t('factors.col.unit')),
    col('against_all', i18n.t('factors.col.against_all'), 'number'),
    col('base', i18n.t('factors.col.base'), 'number'),
    col('against_all_pct', i18n.t('factors.col.share'), 'number'),
    col(factorColumn[factor], i18n.t(`factors.axis.${factor}`), 'number'),
  ];
  const rows = [...units]
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
    .map((u) => ({
      id: u.id,
      name: i18n.name(u),
      against_all: u.against_all,
      base: u.base,
      against_all_pct: pct(u.share),
      [factorColumn[factor]]: factorCell(u, factor),
    }));
  return { id: `factor-${factor}`, columns, rows };
}

/** A grouped comparison: n, the weighted share, the unweighted mean and the median of each group. */
export function groupsTable(block, by, { i18n }) {
  const columns = [
    col('group', i18n.t('factors.groups.col.group')),
    col('n', i18n.t('factors.groups.col.n'), 'number'),
    col('weighted_pct', i18n.t('factors.groups.col.weighted'), 'number'),
    col('mean_pct', i18n.t('factors.groups.col.mean'), 'number'),
    col('median_pct', i18n.t('factors.groups.col.median'), 'number'),
    col('against_all', i18n.t('factors.col.against_all'), 'number'),
    col('base', i18n.t('factors.col.base'), 'number'),
  ];
  const rows = block.groups.map((g) => ({
    group: groupLabel(i18n, g),
    n: g.n,
    weighted_pct: pct(g.weighted_share),
    mean_pct: pct(g.mean),
    median_pct: pct(g.median),
    against_all: g.against_all,
    base: g.base,
  }));
  return { id: `groups-${by}`, columns, rows };
}

/** The highest and the lowest shares: rank, unit, share and the counts behind it. */
export function rankingTable(ranked, { i18n }) {
  const columns = [
    col('rank', i18n.t('ranking.col.rank'), 'number'),
    col('id', i18n.t('export.col.id')),
    col('name', i18n.t('factors.col.unit')),
    col('against_all', i18n.t('factors.col.against_all'), 'number'),
    col('base', i18n.t('factors.col.base'), 'number'),
    col('against_all_pct', i18n.t('factors.col.share'), 'number'),
  ];
  const rows = ranked.map((u) => ({ rank: u.rank, id: u.id, name: i18n.name(u), against_all: u.against_all, base: u.base, against_all_pct: pct(u.share) }));
  return { id: 'ranking', columns, rows };
}
