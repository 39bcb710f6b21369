// A link's fragment ⇄ its fields, pure and synchronous (no DOM, no compression): the part of a
// scenario link a person can read. "v=1&d=kz-2023-akims&rule=beats-leader&tie=void&swing=2.5&end".
//
// Every fragment names its version first; each version has its own parser, kept forever
// (versions/v1.js, versions/v2.js), so a link made today opens in every later page. A link is written
// in the oldest version that carries its state, so it also opens in pages saved before the newer one.
import * as v1 from './versions/v1.js';
import * as v2 from './versions/v2.js';

export const versions = { 1: v1, 2: v2 };
export const currentVersion = 2;

/** The oldest version that carries this state: 2 only for a comparison of elections. */
export function versionFor(state) {
  return state && Array.isArray(state.compare) && state.compare.length > 0 ? 2 : 1;
}

export const linkLimits = {
  maxLinkChars: 65536, // a longer fragment is refused unread
  embedMaxChars: 8192, // the compressed file's text in a link (the cap the page states)
  embedMaxBytes: 1048576, // a file this large or smaller may be tried for embedding; also the inflate cap
  mapMaxBytes: 65536, // an inflated mapping
  textMaxChars: 200, // ids and names
};

// Characters left as they are in values: readable, and never special in a fragment.
const keep = { '%3A': ':', '%2F': '/', '%2C': ',' };

export function encodeValue(text) {
  return encodeURIComponent(text).replace(/%3A|%2F|%2C/g, (m) => keep[m]);
}

/** Is this fragment (without '#') meant as a link? An anchor such as "main" is not. */
export function isLinkFragment(fragment) {
  return typeof fragment === 'string' && fragment.includes('=');
}

/** Fields in order → "k=v&k=v&end" (a null value writes the bare key). */
export function formatFragment(fields) {
  return fields.map(([key, value]) => (value === null ? key : `${key}=${encodeValue(value)}`)).join('&');
}

/**
 * "k=v&k=v" → { fields: [[key, value|null]], issues }. Keys are plain words; a value that is not
 * valid percent-encoding is kept out and named (link.bad_value).
 */
export function splitFragment(fragment) {
  const fields = [];
  const issues = [];
  for (const part of fragment.split('&')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    const rawKey = at < 0 ? part : part.slice(0, at);
    let key;
    try {
      key = decodeURIComponent(rawKey);
    } catch {
      key = rawKey;
    }
    if (at < 0) {
      fields.push([key, null]);
      continue;
    }
    try {
      fields.push([key, decodeURIComponent(part.slice(at + 1))]);
    } catch {
      issues.push({ code: 'link.bad_value', field: key, text: part.slice(at + 1) });
    }
  }
  return { fields, issues };
}

/**
 * The fragment's readable part, decoded by its version.
 * @returns {{ state: object|null, issues: object[], blobs: { map?: string, data?: string } }}
 *   state null: nothing was read (not a link, too long, unknown version); the page keeps its own state.
 */
export function readFragment(fragment, context = {}) {
  const text = String(fragment ?? '').replace(/^#/, '');
  if (!isLinkFragment(text)) return { state: null, issues: [], blobs: {} };
  if (text.length > linkLimits.maxLinkChars) {
    return { state: null, issues: [{ code: 'link.too_long', text: String(text.length) }], blobs: {} };
  }
  const { fields, issues } = splitFragment(text);
  const first = fields[0];
  const version = first && first[0] === 'v' ? first[1] : null;
  const parser = version !== null && Object.hasOwn(versions, version) ? versions[version] : null;
  if (!parser) {
    return { state: null, issues: [{ code: 'link.unknown_version', text: version ?? '' }, ...issues], blobs: {} };
  }
  const read = parser.stateFromFields(fields.slice(1), { ...linkLimits, ...context });
  return { ...read, issues: [...issues, ...read.issues] };
}

/** A link state's fragment, in the oldest version that carries it (blobs: the compressed texts, see link.js). */
export function writeFragment(state, blobs = {}) {
  const version = versionFor(state);
  return formatFragment([['v', String(version)], ...versions[version].fieldsFromState(state, blobs), ['end', null]]);
}

/**
 * How the browser's history should take a change from one fragment to the next: a new entry for a
 * step (a preset, a region, a language), the same entry while a number is being typed or slid.
 * @returns {'none' | 'replace' | 'push'}
 */
export function historyStep(previous, next) {
  if (previous === next) return 'none';
  if (!previous) return 'replace';
  const before = new Map(splitFragment(previous).fields);
  const after = new Map(splitFragment(next).fields);
  const keys = new Set([...before.keys(), ...after.keys()]);
  const { gradualFields, absentMeans } = versions[currentVersion];
  const isNumber = (v) => typeof v === 'string' && /^\d/.test(v);
  for (const key of keys) {
    const a = before.has(key) ? before.get(key) : absentMeans[key];
    const b = after.has(key) ? after.get(key) : absentMeans[key];
    if (a === b) continue;
    if (!(gradualFields.includes(key) && isNumber(a) && isNumber(b))) return 'push';
  }
  return 'replace';
}
