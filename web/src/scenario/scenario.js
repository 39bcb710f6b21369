// The scenario the page asks the engine about, and the rule form ↔ rule JSON (docs/engine-api.md, "Rule").
//
// A scenario is a small plain object — { preset, rule, swing } — where `rule` holds only the edits
// that differ from the preset, in the engine's own shape. The engine merges them ({ preset, ...rule }),
// so what the page sends, what a later scenario link carries and what the CLI reads are one thing.

export const defaultPresetId = 'beats-leader';
export const swingRange = { min: 0, max: 30, step: 0.5 };

export function initialScenario(presetId = defaultPresetId) {
  return { preset: presetId, rule: {}, swing: 0 };
}

/** The request's rule: the preset, then the edits. */
export function ruleRequest(scenario) {
  return { preset: scenario.preset, ...scenario.rule };
}

const objectKeys = ['counting', 'validity']; // merged key by key; winner_min is replaced whole

/** The preset's rule with the edits applied: every field the form shows. */
export function effectiveRule(presetRule, edits = {}) {
  const base = presetRule || {};
  const out = { ...base };
  for (const [key, value] of Object.entries(edits)) {
    out[key] = objectKeys.includes(key) && value && typeof value === 'object' ? { ...(base[key] || {}), ...value } : value;
  }
  delete out.edited;
  return out;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** The smallest edits that turn `presetRule` into `rule` (only the fields that differ). */
export function editsBetween(presetRule, rule) {
  const edits = {};
  for (const [key, value] of Object.entries(rule)) {
    if (key === 'preset' || key === 'edited') continue;
    const was = presetRule ? presetRule[key] : undefined;
    if (objectKeys.includes(key) && value && typeof value === 'object') {
      const changed = {};
      for (const [sub, v] of Object.entries(value)) if (!same(v, was && was[sub])) changed[sub] = v;
      if (Object.keys(changed).length) edits[key] = changed;
    } else if (!same(value, was)) {
      edits[key] = value;
    }
  }
  return edits;
}

/**
 * The edits after setting one field, by its path in the rule ("min_turnout", "validity.percent").
 * Setting a field back to the preset's value removes the edit.
 */
export function withField(presetRule, edits, path, value) {
  const rule = effectiveRule(presetRule, edits);
  const [key, sub] = path.split('.');
  if (sub) rule[key] = { ...(rule[key] || {}), [sub]: value };
  else rule[key] = value;
  return editsBetween(presetRule, rule);
}

export function isEdited(edits) {
  return Object.keys(edits || {}).length > 0;
}

/** Defaults for a lever switched on in the form (a country's preset never switches these on by itself). */
export const leverDefaults = {
  min_turnout: 50,
  winner_min: { percent: 50, base: 'ballots_cast' },
  assume_max_invalid: 5,
};

/**
 * A number typed by a person: "25", "12,5", "12.5", " 7 " (a comma or a dot as the decimal mark).
 * @returns {{ ok: true, value: number } | { ok: false, reason: 'empty' | 'not_number' }}
 */
export function parseNumberText(text) {
  const trimmed = String(text ?? '').trim().replace(/[\u00a0\u202f\s]/g, '');
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return { ok: false, reason: 'not_number' };
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not_number' };
}

/** A number as the form shows it in a language: 12.5 → "12,5" (ru, kk), "12.5" (en). */
export function numberText(value, lang) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return lang === 'en' ? text : text.replace('.', ',');
}

/**
 * The swing typed or slid: a number from 0 to 30.
 * @returns {{ ok: true, value: number } | { ok: false, reason: 'empty' | 'not_number' | 'out_of_range' }}
 */
export function parseSwing(text) {
  const parsed = parseNumberText(text);
  if (!parsed.ok) return parsed;
  if (parsed.value < swingRange.min || parsed.value > swingRange.max) return { ok: false, reason: 'out_of_range' };
  return parsed;
}

/** The form field an engine error belongs to: `rule.invalid` names it by its path in the rule. */
export function errorField(error) {
  if (!error) return null;
  if (error.code === 'request.invalid_swing') return 'swing';
  if ((error.code === 'rule.invalid' || error.code === 'rule.unknown_preset') && error.field) return error.field;
  return null;
}

export const outcomeKinds = ['valid', 'void', 'runoff', 'undecided'];

/** contest id → the engine's decision, for the cards. */
export function decisionsById(evaluation) {
  return new Map(((evaluation && evaluation.contests) || []).map((c) => [c.id, c]));
}

/** region id → its tally, for the table. */
export function talliesByRegion(evaluation) {
  return new Map(((evaluation && evaluation.regions) || []).map((r) => [r.id, r.tally]));
}

/** A tally's contest counts as a plain object: { valid: 8, void: 0, runoff: 0, undecided: 37 }. */
export function tallyCounts(tally) {
  const counts = {};
  for (const kind of outcomeKinds) counts[kind] = tally && tally[kind] ? tally[kind].contests : 0;
  return counts;
}
