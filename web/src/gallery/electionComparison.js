// The elections side by side (issue 16, item 3): for each, its protest line and what each rule would
// do to it, read from the engine's own answers (`summary`, `compare`, `evaluate` with its swing
// curve). Only the highest and lowest area are picked here, from the areas' shares as the engine gave them.

/** Highest and lowest area by against-all share of ballots cast (the first in the dataset's order on a tie), and the core's median. */
export function spreadOverAreas(summary) {
  const known = (summary.regions || []).filter((r) => r.shares && r.shares.against_all_of_cast !== null && r.shares.against_all_of_cast !== undefined);
  if (known.length === 0) return null;
  let highest = known[0];
  let lowest = known[0];
  for (const r of known) {
    if (r.shares.against_all_of_cast > highest.shares.against_all_of_cast) highest = r;
    if (r.shares.against_all_of_cast < lowest.shares.against_all_of_cast) lowest = r;
  }
  const pick = (r) => ({ id: r.id, name: r.name, share: r.shares.against_all_of_cast });
  return {
    known: known.length,
    areas: summary.regions.length,
    median: summary.stats && summary.stats.region_share ? summary.stats.region_share.median : null,
    highest: pick(highest),
    lowest: pick(lowest),
  };
}

/**
 * The smallest swing (points of valid votes moved to against all) at which a contest is void under
 * the rule: 0 when one already is, null when none is within the curve (up to +30 points).
 */
export function firstFall(curve) {
  for (const point of curve || []) {
    if (point.void > 0) return point.swing;
  }
  return null;
}

/** Every preset's count of void and undecided contests (the `compare` result), by preset id. */
export function voidedByRule(comparison) {
  const out = {};
  for (const preset of (comparison && comparison.presets) || []) {
    out[preset.id] = { void: preset.totals.void.contests, undecided: preset.totals.undecided.contests };
  }
  return out;
}

/**
 * One election's row of the comparison.
 * @param meta  the picker's entry (web/src/data/bundled.js): id, title, date, gallery
 * @param summary, comparison, evaluation  the engine's results for it
 */
export function comparisonRow(meta, summary, comparison, evaluation) {
  const gallery = meta.gallery || {};
  return {
    id: meta.id,
    title: meta.title,
    country: gallery.country_name || null,
    date: meta.date,
    contest: gallery.contest || null,
    structure: gallery.structure || null,
    contests: summary.completeness ? summary.completeness.contests : summary.contests.length,
    share_of_cast: summary.national.shares.against_all_of_cast,
    share_of_valid: summary.national.shares.against_all_of_valid,
    spread: spreadOverAreas(summary),
    voided: voidedByRule(comparison),
    rule: evaluation ? evaluation.rule.preset || null : null,
    first_fall: evaluation ? firstFall(evaluation.swing_curve) : null,
  };
}

/** True when the rows mix kinds of election (one national contest by area vs many contests). */
export function mixesKinds(rows) {
  return new Set(rows.map((r) => r.structure)).size > 1 || new Set(rows.map((r) => r.contest)).size > 1;
}
