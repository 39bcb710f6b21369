// Looking units up in a summary result: by id, a region's contests, what a unit's findings are.

/** id → unit, over the country, the regions and the contests. */
export function indexUnits(summary) {
  const index = new Map();
  if (!summary) return index;
  if (summary.national) index.set(summary.national.id, summary.national);
  for (const unit of summary.regions || []) index.set(unit.id, unit);
  for (const unit of summary.contests || []) index.set(unit.id, unit);
  for (const unit of summary.areas || []) index.set(unit.id, unit);
  return index;
}

/** The region a contest or an area (any unit below the regions) belongs to. */
export function parentRegionOf(summary, id) {
  const regions = new Map(summary.regions.map((r) => [r.id, r]));
  const contests = new Map([...summary.contests, ...(summary.areas || [])].map((c) => [c.id, c]));
  let unit = contests.get(id);
  const seen = new Set();
  while (unit && !regions.has(unit.id) && !seen.has(unit.id)) {
    seen.add(unit.id);
    unit = regions.get(unit.parent) || contests.get(unit.parent);
  }
  if (unit && regions.has(unit.id)) return unit;
  // An uploaded file's unit ids are paths (`region/district/…`) and the levels between a region and
  // its contests are not listed, so a deeper contest is found under its region's path.
  return summary.regions.find((r) => String(id).startsWith(`${r.id}/`)) || null;
}

/** A region's contests, in the dataset's order. */
export function contestsOf(summary, region) {
  const wanted = new Set(region.children || []);
  return summary.contests.filter((c) => wanted.has(c.id));
}

/** True when no contest of the region has an against-all or ballots-cast figure, known or derived. */
export function isTotalsOnly(contests) {
  return contests.every((c) => knownValue(c, 'against_all') === null && knownValue(c, 'ballots_cast') === null);
}

export function knownValue(unit, measure) {
  const figure = unit && unit.figures ? unit.figures[measure] : null;
  return figure && figure.value !== null && figure.value !== undefined ? figure.value : null;
}

/** Every finding that names the unit, in the engine's order. */
export function findingsAbout(summary, id) {
  return (summary.findings || []).filter((f) => (f.units || []).includes(id));
}

const severityOrder = ['error', 'warning', 'info'];

/** The most severe of a unit's findings ('error' > 'warning' > 'info'), or null. */
export function worstSeverity(summary, unit) {
  const ids = new Set(unit.findings || []);
  let worst = null;
  for (const f of summary.findings || []) {
    if (!ids.has(f.id)) continue;
    if (worst === null || severityOrder.indexOf(f.severity) < severityOrder.indexOf(worst)) worst = f.severity;
  }
  return worst;
}
