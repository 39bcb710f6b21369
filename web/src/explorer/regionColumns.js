// The region table's columns: what each shows, how it sorts, which way a first click sorts it.
import { knownValue } from './units.js';

const vsOrder = { below: 0, equal: 1, above: 2 };

function firstPublished(unit) {
  const list = unit.published && unit.published.against_all_pct;
  return list && list.length ? list[0] : null;
}

export const regionColumns = [
  { key: 'name', label: 'table.col.name', firstDirection: 'ascending', text: true },
  { key: 'against_all', label: 'table.col.against_all', firstDirection: 'descending', value: (u) => knownValue(u, 'against_all') },
  { key: 'ballots_cast', label: 'table.col.ballots_cast', firstDirection: 'descending', value: (u) => knownValue(u, 'ballots_cast') },
  { key: 'share', label: 'table.col.share', firstDirection: 'descending', value: (u) => (u.shares ? u.shares.against_all_of_cast ?? null : null) },
  { key: 'published', label: 'table.col.published', firstDirection: 'descending', value: (u) => (firstPublished(u) ? firstPublished(u).value : null) },
  { key: 'rank', label: 'table.col.rank', firstDirection: 'ascending', value: (u) => u.rank ?? null },
  { key: 'vs_national', label: 'table.col.vs_national', firstDirection: 'descending', value: (u) => (u.vs_national in vsOrder ? vsOrder[u.vs_national] : null) },
  // Under the current rule: contests that would fail (void or runoff); needs the scenario's tallies.
  { key: 'outcome', label: 'table.col.outcome', firstDirection: 'descending', value: (u, { tallies } = {}) => failedContests(tallies && tallies.get(u.id)) },
  { key: 'findings', label: 'table.col.findings', firstDirection: 'descending', value: (u) => (u.findings || []).length },
];

function failedContests(tally) {
  return tally ? tally.void.contests + tally.runoff.contests : null;
}

export { firstPublished };

/**
 * The regions in the order the sort asks for; unknown values always last, ties in the dataset's order.
 * @param {object[]} regions @param {{key, direction}} sort @param {(unit) => string} nameOf
 * @param {{ tallies?: Map }} [context] what columns outside the summary read (the scenario's outcomes)
 */
export function sortRegions(regions, sort, nameOf, lang, context = {}) {
  const column = regionColumns.find((c) => c.key === sort.key);
  if (!column) return regions;
  const sign = sort.direction === 'descending' ? -1 : 1;
  const collator = new Intl.Collator(lang);
  const keyed = regions.map((unit, order) => ({ unit, order, value: column.text ? nameOf(unit) : column.value(unit, context) }));
  keyed.sort((a, b) => {
    const aUnknown = a.value === null || a.value === undefined;
    const bUnknown = b.value === null || b.value === undefined;
    if (aUnknown !== bUnknown) return aUnknown ? 1 : -1;
    if (!aUnknown) {
      const diff = column.text ? collator.compare(a.value, b.value) : a.value - b.value;
      if (diff !== 0) return sign * diff;
    }
    return a.order - b.order;
  });
  return keyed.map((k) => k.unit);
}
