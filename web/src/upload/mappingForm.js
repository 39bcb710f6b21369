// The column mapping as the page edits it, and the Mapping JSON the core reads (docs/engine-api.md,
// "Mapping"). The form gives every column exactly one role, so a column can never be mapped twice;
// the hierarchy keeps its own order. Pure functions: the store keeps the form, the engine gets JSON.

/** Count measures a column (or a sum of columns) can give, in the contract's order. */
export const countMeasures = ['registered', 'ballots_cast', 'invalid', 'blank', 'crossed_out', 'against_all', 'valid_votes'];
/** Published percentages: one column each, used only when each row is a contest. */
export const percentMeasures = ['against_all_pct', 'turnout_pct'];
export const measures = [...countMeasures, ...percentMeasures];

/** What an option of a long file can be (`candidate` is the core's default for any other text). */
export const optionTargets = ['candidate', 'against_all', 'invalid', 'blank', 'crossed_out', 'valid_votes', 'ignore'];

/** Level ids the page offers (and names in every language); any other id is allowed too. */
export const knownLevels = ['region', 'district', 'city', 'constituency', 'station', 'unit'];
export const countryLevel = 'country';

export const role = {
  unused: 'unused',
  level: 'level',
  candidate: 'candidate',
  option: 'option',
  votes: 'votes',
  measure: (m) => `measure:${m}`,
};

export function measureOfRole(r) {
  return typeof r === 'string' && r.startsWith('measure:') ? r.slice('measure:'.length) : null;
}

/** The roles a column may take for a shape, in the order the select lists them. */
export function rolesFor(shape) {
  const own = shape === 'long' ? [role.option, role.votes] : [role.candidate];
  return [role.unused, role.level, ...measures.map(role.measure), ...own];
}

/** A column reference of the Mapping JSON (an index or the exact header text) → its index, or -1. */
export function columnIndex(ref, header) {
  if (Number.isInteger(ref)) return ref >= 0 && ref < header.length ? ref : -1;
  if (typeof ref === 'string') return header.indexOf(ref);
  return -1;
}

/**
 * The form for a Mapping JSON over a header: { shape, roles[], levels: [{ column, level }], contestLevel, options: [{ text, target }] }.
 * References the header does not have are dropped (the form can only hold real columns).
 */
export function formFromMapping(mapping = {}, header = []) {
  const roles = header.map(() => role.unused);
  const claim = (ref, r) => {
    const c = columnIndex(ref, header);
    if (c < 0 || roles[c] !== role.unused) return -1;
    roles[c] = r;
    return c;
  };
  const shape = mapping.shape === 'long' ? 'long' : 'wide';
  const levels = [];
  for (const entry of mapping.hierarchy || []) {
    const c = claim(entry && entry.column, role.level);
    if (c >= 0) levels.push({ column: c, level: String((entry && entry.level) || '') });
  }
  for (const [measure, refs] of Object.entries(mapping.measures || {})) {
    if (!measures.includes(measure)) continue;
    for (const ref of Array.isArray(refs) ? refs : [refs]) claim(ref, role.measure(measure));
  }
  if (shape === 'wide') {
    for (const ref of mapping.candidates || []) claim(ref, role.candidate);
  }
  const long = mapping.long || {};
  if (shape === 'long') {
    claim(long.option_column, role.option);
    claim(long.votes_column, role.votes);
  }
  const options = Object.entries(long.options || {}).map(([text, target]) => ({ text, target: String(target) }));
  const wanted = mapping.contest_level;
  const contestLevel =
    wanted === countryLevel || levels.some((l) => l.level === wanted) ? wanted : levels.length ? levels[Math.max(0, levels.length - 2)].level : countryLevel;
  const conventions = {};
  for (const [key, value] of Object.entries(mapping.conventions || {})) {
    if (conventionKeys.includes(key) && typeof value === 'string' && value !== 'as_given') conventions[key] = value;
  }
  // Read transposed, and the columns that tell namesakes apart: carried through as the mapping gave them.
  const identity = (long.identity_columns || []).map((ref) => columnIndex(ref, header)).filter((c) => c >= 0);
  return { shape, roles, levels, contestLevel, options, conventions, transpose: mapping.transpose === true, identity };
}

/** Keys of the Mapping JSON's `conventions` (docs/engine-api.md, "Conventions"). */
export const conventionKeys = ['valid_votes', 'ballots_cast', 'turnout_pct'];

/**
 * The form with a reading the core offered applied: a mapping patch of `conventions` (merged) and
 * `measures` (a measure given an empty list is unmapped: its columns become "not used").
 */
export function withReading(form, patch = {}) {
  let next = form;
  const conventions = { ...(form.conventions || {}) };
  let changed = false;
  for (const [key, value] of Object.entries(patch.conventions || {})) {
    if (!conventionKeys.includes(key)) continue;
    conventions[key] = value;
    changed = true;
  }
  if (changed) next = { ...next, conventions };
  for (const [measure, columns] of Object.entries(patch.measures || {})) {
    if (!measures.includes(measure) || !Array.isArray(columns) || columns.length) continue;
    next = { ...next, roles: next.roles.map((r) => (r === role.measure(measure) ? role.unused : r)) };
    if (measure === 'valid_votes' && next.conventions && next.conventions.valid_votes) {
      const { valid_votes: _dropped, ...rest } = next.conventions;
      next = { ...next, conventions: rest };
    }
  }
  return next;
}

/** The form answering a suggestion question: a column's role or the contest level (as the core names them). */
export function withAnswer(form, question, answer) {
  if (question.field === 'contest_level') return withContestLevel(form, answer);
  if (question.field === 'column') return withColumnRole(form, question.column, answer);
  return form;
}

/** The current answer of a suggestion question in the form. */
export function answerOf(form, question) {
  if (question.field === 'contest_level') return form.contestLevel;
  if (question.field === 'column') return form.roles[question.column];
  return undefined;
}

/** The Mapping JSON for the form: columns as 0-based indexes, measures as sums of columns in file order. */
export function mappingFromForm(form) {
  const mapping = {
    shape: form.shape,
    // Level names as typed, without the spaces around them (the form checks them the same way).
    hierarchy: form.levels.map((l) => ({ level: l.level.trim(), column: l.column })),
    contest_level: form.contestLevel.trim(),
    measures: {},
  };
  form.roles.forEach((r, column) => {
    const measure = measureOfRole(r);
    if (measure) (mapping.measures[measure] ||= []).push(column);
  });
  if (form.shape === 'wide') {
    mapping.candidates = columnsWithRole(form, role.candidate);
  } else {
    const options = {};
    for (const { text, target } of form.options) if (text !== '') options[text] = target;
    // A column not chosen yet is left out: the core names it missing (map.required_column_missing), as the form does.
    const [option] = columnsWithRole(form, role.option);
    const [votes] = columnsWithRole(form, role.votes);
    mapping.long = { ...(option !== undefined ? { option_column: option } : {}), ...(votes !== undefined ? { votes_column: votes } : {}), options };
    const identity = (form.identity || []).filter((c) => form.roles[c] === role.unused);
    if (identity.length) mapping.long.identity_columns = identity;
  }
  if (form.transpose) mapping.transpose = true;
  const conventions = Object.entries(form.conventions || {}).filter(([, v]) => v && v !== 'as_given');
  if (conventions.length) mapping.conventions = Object.fromEntries(conventions);
  return mapping;
}

export function columnsWithRole(form, r) {
  const out = [];
  form.roles.forEach((x, c) => x === r && out.push(c));
  return out;
}

/** Columns no role uses: kept in the file and listed, never lost. */
export function unusedColumns(form) {
  return columnsWithRole(form, role.unused);
}

function nextLevelId(levels) {
  const taken = new Set(levels.map((l) => l.level));
  const free = knownLevels.find((id) => !taken.has(id));
  if (free) return free;
  let n = levels.length + 1;
  while (taken.has(`level${n}`)) n += 1;
  return `level${n}`;
}

/** The form with one column's role changed; the hierarchy, the contest level and single-column roles stay consistent. */
export function withColumnRole(form, column, newRole) {
  if (column < 0 || column >= form.roles.length || form.roles[column] === newRole) return form;
  const roles = [...form.roles];
  let levels = form.levels;
  // The option and votes columns of a long file are single: choosing another one frees the last.
  if (newRole === role.option || newRole === role.votes) {
    roles.forEach((r, c) => {
      if (r === newRole) roles[c] = role.unused;
    });
  }
  const measure = measureOfRole(newRole);
  if (measure && percentMeasures.includes(measure)) {
    roles.forEach((r, c) => {
      if (r === newRole) roles[c] = role.unused;
    });
  }
  if (roles[column] === role.level) levels = levels.filter((l) => l.column !== column);
  roles[column] = newRole;
  if (newRole === role.level) levels = [...levels, { column, level: nextLevelId(levels) }];
  return withLevels({ ...form, roles }, levels);
}

/** The form with the hierarchy replaced, the contest level kept when it still exists. */
function withLevels(form, levels) {
  let contestLevel = form.contestLevel;
  if (contestLevel !== countryLevel && !levels.some((l) => l.level === contestLevel)) {
    contestLevel = levels.length ? levels[Math.max(0, levels.length - 2)].level : countryLevel;
  }
  return { ...form, levels, contestLevel };
}

/** A hierarchy level moved up (-1) or down (+1). */
export function withLevelMoved(form, index, delta) {
  const to = index + delta;
  if (index < 0 || to < 0 || index >= form.levels.length || to >= form.levels.length) return form;
  const levels = [...form.levels];
  [levels[index], levels[to]] = [levels[to], levels[index]];
  return { ...form, levels };
}

/** A level renamed; the contest level follows its level. */
export function withLevelRenamed(form, index, id) {
  const old = form.levels[index];
  if (!old) return form;
  const levels = form.levels.map((l, i) => (i === index ? { ...l, level: id } : l));
  return { ...form, levels, contestLevel: form.contestLevel === old.level ? id : form.contestLevel };
}

export function withShape(form, shape) {
  if (shape === form.shape) return form;
  // Roles the other shape does not have are given up (the column becomes "not used", never lost).
  const allowed = new Set(rolesFor(shape));
  return { ...form, shape, roles: form.roles.map((r) => (allowed.has(r) ? r : role.unused)) };
}

export function withContestLevel(form, contestLevel) {
  return { ...form, contestLevel };
}

/** A long file's option text mapped to a target (an existing text is updated, a new one added). */
export function withOption(form, text, target) {
  const at = form.options.findIndex((o) => o.text === text);
  const options = at >= 0 ? form.options.map((o, i) => (i === at ? { text, target } : o)) : [...form.options, { text, target }];
  return { ...form, options };
}

/**
 * What the core would refuse, found before sending: { [field path]: { code, text? } } with the same field
 * paths and codes as the core's map.* errors, so both show next to the same field.
 */
export function validateForm(form) {
  const errors = {};
  if (form.levels.length === 0) errors.hierarchy = { code: 'map.required_column_missing' };
  const seen = new Set([countryLevel]);
  form.levels.forEach((l, i) => {
    const id = l.level.trim();
    if (!id || seen.has(id)) errors[`hierarchy.${i}.level`] = { code: 'map.invalid', text: l.level };
    seen.add(id);
  });
  if (form.contestLevel.trim() !== countryLevel && !form.levels.some((l) => l.level.trim() === form.contestLevel.trim())) {
    errors.contest_level = { code: 'map.invalid', text: form.contestLevel };
  }
  if (form.shape === 'long') {
    if (!columnsWithRole(form, role.option).length) errors['long.option_column'] = { code: 'map.required_column_missing' };
    if (!columnsWithRole(form, role.votes).length) errors['long.votes_column'] = { code: 'map.required_column_missing' };
    for (const o of form.options) {
      if (!optionTargets.includes(o.target)) errors[`long.options.${o.text}`] = { code: 'map.unknown_measure', text: o.target };
    }
  }
  for (const m of percentMeasures) {
    if (columnsWithRole(form, role.measure(m)).length > 1) errors[`measures.${m}`] = { code: 'map.invalid' };
  }
  return errors;
}

/** Where in the form a core error's field belongs: the section key the page shows it under. */
export function errorSection(field) {
  if (!field) return 'mapping';
  if (field === 'shape') return 'shape';
  if (field.startsWith('hierarchy')) return field;
  if (field === 'contest_level') return 'contest_level';
  if (field.startsWith('measures.')) return field.split('.').slice(0, 2).join('.');
  if (field.startsWith('candidates')) return 'candidates';
  if (field.startsWith('long.options')) return 'long.options';
  if (field.startsWith('long')) return field === 'long' ? 'long.option_column' : field;
  return 'mapping';
}

/** The distinct texts of a long file's option column among the preview rows, with the mapped ones first. */
export function optionTexts(form, preview) {
  const column = columnsWithRole(form, role.option)[0];
  const texts = form.options.map((o) => o.text);
  if (column === undefined) return texts;
  for (const row of preview || []) {
    const text = row.fields ? row.fields[column] : undefined;
    if (text !== undefined && text !== '' && !texts.includes(text)) texts.push(text);
  }
  return texts;
}
