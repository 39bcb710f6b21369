// Version 1 of the scenario link, kept forever: every v1 link opens the same way in every later page
// (tests/fixtures/links/v1.json). A later version adds its own file; this one is not edited except to
// fix a bug, and its vocabulary below is frozen.
//
//   v=1 & d=<bundled dataset id> | d=upload & name=<file name> & size=<bytes> & file=sha256:<hex>
//   & lang=ru|kk|en & rule=<preset id> & <the rule's edits, each its own field> & swing=<points>
//   & region=<id> & sort=<column>-asc|desc & finding=<id> & findings=<unit id>
//   & map=<mapping JSON, deflated, base64url> & data=<the file, deflated, base64url> & end
//
// `end` closes every link, so a link cut short is told from a whole one; the bulky fields come last,
// so a cut link keeps every readable setting.

export const presets = ['statistical', 'beats-leader', 'russia-before-2006', 'blank-majority', 'crossed-out-counts', 'blank-counts'];
export const defaultPreset = 'beats-leader';
export const languages = ['ru', 'kk', 'en'];
export const sortKeys = ['name', 'against_all', 'ballots_cast', 'share', 'published', 'rank', 'vs_national', 'outcome', 'findings'];
export const uploadDataset = 'upload';
const bases = ['ballots_cast', 'valid_votes', 'registered'];
const validityNames = { none: 'none', beats_leader: 'against_all_beats_leader', share: 'against_all_share', majority: 'against_all_majority' };
const validityAliases = Object.fromEntries(Object.entries(validityNames).map(([alias, kind]) => [kind, alias]));
const swingMax = 30;
const defaultWinnerBase = 'ballots_cast';

/** The fields whose numbers change while a person types or slides (history: replace, not push). */
export const gradualFields = ['swing', 'validity_pct', 'turnout', 'winner_min', 'max_invalid'];
/** What an absent field means, where it is a number. */
export const absentMeans = { swing: '0' };

const order = ['d', 'name', 'size', 'file', 'lang', 'rule', 'blank', 'crossed_out', 'validity', 'validity_pct', 'validity_base',
  'turnout', 'winner_min', 'winner_base', 'tie', 'max_invalid', 'swing', 'region', 'sort', 'finding', 'findings', 'map', 'data'];

function numberText(value) {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
}

const onOff = (value) => (value === null ? 'off' : numberText(value));

/** State → fields in v1's order (without `v` and `end`, which codec.js adds). */
export function fieldsFromState(state, blobs = {}) {
  const out = [];
  const upload = state.dataset && state.dataset.upload;
  if (upload) {
    out.push(['d', uploadDataset], ['name', upload.name]);
    if (Number.isInteger(upload.size)) out.push(['size', String(upload.size)]);
    out.push(['file', `sha256:${upload.sha256}`]);
  } else {
    out.push(['d', state.dataset.id]);
  }
  if (state.lang) out.push(['lang', state.lang]);
  const { scenario } = state;
  out.push(['rule', scenario.preset]);
  const edits = scenario.rule || {};
  const counting = edits.counting || {};
  if ('blank' in counting) out.push(['blank', counting.blank ? 'yes' : 'no']);
  if ('crossed_out' in counting) out.push(['crossed_out', counting.crossed_out ? 'yes' : 'no']);
  const validity = edits.validity || {};
  if ('kind' in validity) out.push(['validity', validityAliases[validity.kind] ?? String(validity.kind)]);
  if ('percent' in validity) out.push(['validity_pct', numberText(validity.percent)]);
  if ('base' in validity) out.push(['validity_base', validity.base]);
  if ('min_turnout' in edits) out.push(['turnout', onOff(edits.min_turnout)]);
  if ('winner_min' in edits) {
    const w = edits.winner_min;
    out.push(['winner_min', w ? numberText(w.percent) : 'off']);
    if (w) out.push(['winner_base', w.base]);
  }
  if ('tie' in edits) out.push(['tie', edits.tie]);
  if ('assume_max_invalid' in edits) out.push(['max_invalid', onOff(edits.assume_max_invalid)]);
  if (scenario.swing) out.push(['swing', numberText(scenario.swing)]);
  const view = state.view || {};
  if (view.region) out.push(['region', view.region]);
  if (view.sort && view.sort.key) out.push(['sort', `${view.sort.key}-${view.sort.direction === 'descending' ? 'desc' : 'asc'}`]);
  if (view.finding) out.push(['finding', view.finding]);
  if (view.findingsUnit) out.push(['findings', view.findingsUnit]);
  if (upload && blobs.map) out.push(['map', blobs.map]);
  if (upload && blobs.data) out.push(['data', blobs.data]);
  return out;
}

// ---- reading ----

const controlChars = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function readText(value, max) {
  if (typeof value !== 'string' || value.length === 0 || value.length > max || controlChars.test(value)) return undefined;
  return value;
}

function readNumber(value, max) {
  if (typeof value !== 'string' || value.length > 24 || !/^\d+(\.\d+)?$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= max ? n : undefined;
}

function readOneOf(value, list) {
  return list.includes(value) ? value : undefined;
}

export function emptyView() {
  return { region: null, sort: { key: null, direction: null }, finding: null, findingsUnit: null };
}

/**
 * Fields (after `v`) → the link's state. Never throws: every field it cannot use is named in `issues`
 * and left out, so the state is the nearest sane one.
 * @param {[string, string|null][]} input
 * @param {{ datasets?: string[], defaultDatasetId?: string, textMaxChars: number }} context
 */
export function stateFromFields(input, context) {
  const issues = [];
  const bad = (field, text) => issues.push({ code: 'link.bad_value', field, text: text ?? '' });
  let fields = input;

  // A whole link ends with `end`; without it, the last field may be cut short and is not trusted.
  const endAt = fields.findIndex(([key, value]) => key === 'end' && value === null);
  if (endAt < 0) {
    const last = fields[fields.length - 1];
    issues.push({ code: 'link.truncated', field: last ? last[0] : '' });
    fields = fields.slice(0, -1);
  } else {
    for (const [key] of fields.slice(endAt + 1)) issues.push({ code: 'link.unknown_field', field: key });
    fields = fields.slice(0, endAt);
  }

  const got = new Map();
  for (const [key, value] of fields) {
    if (!order.includes(key)) {
      issues.push({ code: 'link.unknown_field', field: key });
    } else if (got.has(key)) {
      issues.push({ code: 'link.duplicate_field', field: key });
    } else if (value === null) {
      bad(key, '');
    } else {
      got.set(key, value);
    }
  }
  const max = context.textMaxChars || 200;
  const datasets = context.datasets || [];
  const fallbackDataset = context.defaultDatasetId || datasets[0] || null;

  // The dataset: bundled by id, or the user's file by its fingerprint.
  let dataset = { id: fallbackDataset };
  const blobs = {};
  const d = got.get('d');
  if (d === uploadDataset) {
    const file = got.get('file');
    const sha = typeof file === 'string' && /^sha256:[0-9a-f]{64}$/.test(file) ? file.slice(7) : undefined;
    const name = readText(got.get('name'), 255);
    const sizeText = got.get('size');
    const size = sizeText === undefined ? null : /^\d{1,15}$/.test(sizeText) ? Number(sizeText) : undefined;
    if (!sha) bad('file', file);
    if (name === undefined) bad('name', got.get('name'));
    if (size === undefined) bad('size', sizeText);
    if (sha) {
      dataset = { upload: { name: name ?? 'upload.csv', size: size ?? null, sha256: sha } };
      if (got.has('map')) blobs.map = got.get('map');
      if (got.has('data')) blobs.data = got.get('data');
    }
  } else {
    if (d === undefined || !datasets.includes(d)) issues.push({ code: 'link.unknown_dataset', text: d ?? '' });
    else dataset = { id: d };
    for (const key of ['name', 'size', 'file', 'map', 'data']) if (got.has(key)) issues.push({ code: 'link.unknown_field', field: key });
  }

  let lang = null;
  if (got.has('lang')) {
    lang = readOneOf(got.get('lang'), languages) ?? null;
    if (!lang) bad('lang', got.get('lang'));
  }

  let preset = defaultPreset;
  if (got.has('rule')) {
    if (presets.includes(got.get('rule'))) preset = got.get('rule');
    else bad('rule', got.get('rule'));
  }

  const rule = {};
  const take = (key, read, put) => {
    if (!got.has(key)) return;
    const value = read(got.get(key));
    if (value === undefined) bad(key, got.get(key));
    else put(value);
  };
  const yesNo = (v) => (v === 'yes' ? true : v === 'no' ? false : undefined);
  const percent = (v) => readNumber(v, 100);
  const percentOrOff = (v) => (v === 'off' ? null : percent(v));
  const sub = (key, name, value) => {
    rule[key] = { ...(rule[key] || {}), [name]: value };
  };
  take('blank', yesNo, (v) => sub('counting', 'blank', v));
  take('crossed_out', yesNo, (v) => sub('counting', 'crossed_out', v));
  take('validity', (v) => (Object.hasOwn(validityNames, v) ? validityNames[v] : undefined), (v) => sub('validity', 'kind', v));
  take('validity_pct', percent, (v) => sub('validity', 'percent', v));
  take('validity_base', (v) => readOneOf(v, bases), (v) => sub('validity', 'base', v));
  take('turnout', percentOrOff, (v) => {
    rule.min_turnout = v;
  });
  take('winner_min', percentOrOff, (v) => {
    rule.winner_min = v === null ? null : { percent: v, base: defaultWinnerBase };
  });
  if (got.has('winner_base')) {
    const base = readOneOf(got.get('winner_base'), bases);
    if (base && rule.winner_min) rule.winner_min.base = base;
    else bad('winner_base', got.get('winner_base'));
  } else if (rule.winner_min) {
    bad('winner_base', '');
  }
  take('tie', (v) => readOneOf(v, ['valid', 'void']), (v) => {
    rule.tie = v;
  });
  take('max_invalid', percentOrOff, (v) => {
    rule.assume_max_invalid = v;
  });

  let swing = 0;
  take('swing', (v) => readNumber(v, swingMax), (v) => {
    swing = v;
  });

  const view = emptyView();
  take('region', (v) => readText(v, max), (v) => {
    view.region = v;
  });
  take('sort', (v) => {
    const m = /^([a-z_]+)-(asc|desc)$/.exec(v);
    return m && sortKeys.includes(m[1]) ? { key: m[1], direction: m[2] === 'desc' ? 'descending' : 'ascending' } : undefined;
  }, (v) => {
    view.sort = v;
  });
  take('finding', (v) => readText(v, max), (v) => {
    view.finding = v;
  });
  take('findings', (v) => readText(v, max), (v) => {
    view.findingsUnit = v;
  });

  return { state: { dataset, lang, scenario: { preset, rule, swing }, view }, issues, blobs };
}
