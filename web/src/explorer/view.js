// What the page derives once per summary: the unit index and each unit's worst finding.
import { indexUnits, worstSeverity } from './units.js';

export function explorerView(summary) {
  const index = indexUnits(summary);
  const severity = new Map();
  for (const unit of index.values()) severity.set(unit.id, worstSeverity(summary, unit));
  const findings = new Map((summary.findings || []).map((f) => [f.id, f]));
  return { index, severity, findings };
}
