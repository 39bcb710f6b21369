// Every table of the page as plain rows for CSV and JSON: domain words as keys, the language's
// words as labels, numbers as numbers (shares as percentages), unknown as null.
import { pct } from './csv.js';
import { knownValue } from '../explorer/units.js';
import { contestsWithin } from '../explorer/levels.js';
import { firstPublished } from '../explorer/regionColumns.js';
import { outcomeKinds, tallyCounts } from '../scenario/scenario.js';
import { stackOrder } from '../charts/swingChart.js';
import { findingText } from '../i18n/findingText.js';

const col = (key, label, type = 'text') => ({ key, label, type });

// As the preset picker says them (scenario/PresetPicker.jsx); here without JSX, for Node's tests too.
const presetName = (i18n, id) => (i18n.has(`preset.${id}.name`) ? i18n.t(`preset.${id}.name`) : id);
const countriesText = (i18n, countries) =>
  i18n.list((countries || []).map((code) => (i18n.has(`country.${code}`) ? i18n.t(`country.${code}`) : code)));

function outcomeColumns(i18n) {
  return outcomeKinds.map((kind) => col(kind, i18n.t(`outcome.title.${kind}`), 'number'));
}

/** The regions, in the order given (the table's current sort). The country is in the JSON's `national`. */
export function regionsTable(regions, { i18n, tallies }) {
  const columns = [
    col('id', i18n.t('export.col.id')),
    col('name', i18n.t('table.col.name')),
    col('against_all', i18n.t('table.col.against_all'), 'number'),
    col('ballots_cast', i18n.t('measure.ballots_cast'), 'number'),
    col('against_all_pct', i18n.t('export.col.share_pct'), 'number'),
    col('published_pct', i18n.t('export.col.published_pct'), 'number'),
    col('rank', i18n.t('table.col.rank'), 'number'),
    col('vs_national', i18n.t('table.col.vs_national')),
    col('findings', i18n.t('table.col.findings'), 'number'),
    ...(tallies ? outcomeColumns(i18n) : []),
  ];
  const rows = regions.map((r) => {
    const published = firstPublished(r);
    const row = {
      id: r.id,
      name: i18n.name(r),
      against_all: knownValue(r, 'against_all'),
      ballots_cast: knownValue(r, 'ballots_cast'),
      against_all_pct: pct(r.shares && r.shares.against_all_of_cast),
      published_pct: published ? published.value : null,
      rank: r.rank ?? null,
      vs_national: r.vs_national ?? null,
      findings: (r.findings || []).length,
    };
    if (tallies) Object.assign(row, tallies.get(r.id) ? tallyCounts(tallies.get(r.id)) : Object.fromEntries(outcomeKinds.map((k) => [k, null])));
    return row;
  });
  return { id: 'regions', columns, rows };
}

/** A region's contests with their figures, leader, margin and (with a rule) outcome. */
export function contestsTable(summary, region, { i18n, decisions }) {
  const contests = contestsWithin(summary, region);
  // Decisions asked in pages (scenario/pagedDecisions.js) may not hold every contest of the region: then no outcome column.
  const withOutcome = Boolean(decisions && decisions.size) && (!decisions.partial || contests.every((c) => decisions.has(c.id)));
  const columns = [
    col('id', i18n.t('export.col.id')),
    col('name', i18n.t('export.col.contest')),
    col('registered', i18n.t('measure.registered'), 'number'),
    col('ballots_cast', i18n.t('measure.ballots_cast'), 'number'),
    col('against_all', i18n.t('measure.against_all'), 'number'),
    col('against_all_pct', i18n.t('export.col.share_pct'), 'number'),
    col('leader', i18n.t('contest.leader')),
    col('leader_votes', i18n.t('outcome.leader_votes'), 'number'),
    col('margin_votes', i18n.t('export.col.margin_votes'), 'number'),
    col('candidates', i18n.t('measure.candidates'), 'number'),
    ...(withOutcome ? [col('outcome', i18n.t('outcome.label'))] : []),
  ];
  const rows = contests.map((c) => {
    const decision = withOutcome ? decisions.get(c.id) : null;
    return {
      id: c.id,
      name: i18n.name(c),
      registered: knownValue(c, 'registered'),
      ballots_cast: knownValue(c, 'ballots_cast'),
      against_all: knownValue(c, 'against_all'),
      against_all_pct: pct(c.shares && c.shares.against_all_of_cast),
      leader: c.leader ? c.leader.name : null,
      leader_votes: c.leader ? c.leader.votes ?? null : null,
      margin_votes: c.margin ? c.margin.votes ?? null : null,
      candidates: knownValue(c, 'candidates'),
      ...(withOutcome ? { outcome: decision ? decision.outcome : null } : {}),
    };
  });
  return { id: 'contests', columns, rows };
}

/** Every candidate of a region's contests, and each contest's against-all line after them. */
export function candidatesTable(summary, region, { i18n }) {
  const columns = [
    col('contest_id', i18n.t('export.col.id')),
    col('contest', i18n.t('export.col.contest')),
    col('line', i18n.t('export.col.line')),
    col('name', i18n.t('candidates.name')),
    col('party', i18n.t('candidates.party')),
    col('votes', i18n.t('candidates.votes'), 'number'),
    col('share_of_cast_pct', i18n.t('export.col.share_of_cast_pct'), 'number'),
    col('share_of_valid_pct', i18n.t('export.col.share_of_valid_pct'), 'number'),
    col('elected', i18n.t('candidates.elected'), 'boolean'),
  ];
  const rows = [];
  for (const c of contestsWithin(summary, region)) {
    const base = { contest_id: c.id, contest: i18n.name(c) };
    for (const k of c.candidates || []) {
      rows.push({
        ...base,
        line: 'candidate',
        name: k.name,
        party: k.party ?? null,
        votes: k.votes ?? null,
        share_of_cast_pct: pct(k.share_of_cast),
        share_of_valid_pct: pct(k.share_of_valid),
        elected: Boolean(k.elected),
      });
    }
    if ((c.candidates || []).length || knownValue(c, 'against_all') !== null) {
      rows.push({
        ...base,
        line: 'against_all',
        name: i18n.t('candidates.against_all_row'),
        party: null,
        votes: knownValue(c, 'against_all'),
        share_of_cast_pct: pct(c.shares && c.shares.against_all_of_cast),
        share_of_valid_pct: pct(c.shares && c.shares.against_all_of_valid),
        elected: null,
      });
    }
  }
  return { id: 'candidates', columns, rows };
}

/** The findings as sentences in the language, with the units they name. */
export function findingsTable(findings, { i18n, nameOf }) {
  const columns = [
    col('id', i18n.t('export.col.id')),
    col('severity', i18n.t('export.col.severity')),
    col('code', i18n.t('export.col.code')),
    col('message', i18n.t('export.col.message')),
    col('units', i18n.t('findings.units')),
    col('unit_ids', i18n.t('export.col.unit_ids')),
    col('measure', i18n.t('export.col.measure')),
    col('sources', i18n.t('findings.sources')),
  ];
  const rows = findings.map((f) => ({
    id: f.id,
    severity: f.severity,
    code: f.code,
    message: findingText(i18n, f),
    units: (f.units || []).map(nameOf).join('; '),
    unit_ids: (f.units || []).join('; '),
    measure: f.measure ?? null,
    sources: (f.sources || []).join('; '),
  }));
  return { id: 'findings', columns, rows };
}

/** Every preset's contests by outcome, at the comparison's swing. */
export function comparisonTable(comparison, { i18n }) {
  const columns = [
    col('preset', i18n.t('export.col.preset')),
    col('name', i18n.t('compare.col.rule')),
    col('countries', i18n.t('export.col.countries')),
    ...outcomeColumns(i18n),
  ];
  const rows = ((comparison && comparison.presets) || []).map((p) => ({
    preset: p.id,
    name: presetName(i18n, p.id),
    countries: countriesText(i18n, p.countries),
    ...tallyCounts(p.totals),
  }));
  return { id: 'comparison', columns, rows };
}

/** The swing curve: contests by outcome at every swing from 0 to 30 points. */
export function swingCurveTable(curve, { i18n }) {
  const columns = [col('swing', i18n.t('export.col.swing_pp'), 'number'), ...stackOrder.map((kind) => col(kind, i18n.t(`outcome.title.${kind}`), 'number'))];
  const rows = (curve || []).map((p) => ({ swing: p.swing, ...Object.fromEntries(stackOrder.map((k) => [k, p[k] ?? null])) }));
  return { id: 'swing-curve', columns, rows };
}
