// A whole scenario link, both ways: the readable fragment (codec.js) plus the compressed parts an
// upload needs — its mapping always, its bytes when they fit (embedded), else only their fingerprint
// (named: the receiver opens the same file and the page checks it).
import { readFragment, writeFragment, linkLimits } from './codec.js';
import { encodeBase64url, decodeBase64url } from './base64url.js';
import { deflateRaw, inflateRaw } from './compress.js';
import { sha256Hex } from './hash.js';

const utf8 = new TextEncoder();

/** A link's kind, as its contents line says it: bundled data, the user's data inside, or named by fingerprint. */
export function linkKind(state) {
  const upload = state && state.dataset && state.dataset.upload;
  if (!upload) return 'bundled';
  return upload.bytes ? 'embedded' : 'named';
}

/** The fingerprint of a file and, when it fits in `embedMaxChars`, its compressed text (else data: null). */
export async function fileBlobs(bytes, { embedMaxChars = linkLimits.embedMaxChars, embedMaxBytes = linkLimits.embedMaxBytes } = {}) {
  const sha256 = await sha256Hex(bytes);
  let data = null;
  if (bytes.byteLength <= embedMaxBytes) {
    const text = encodeBase64url(await deflateRaw(bytes));
    if (text.length <= embedMaxChars) data = text;
  }
  return { sha256, data };
}

/** A mapping as the link carries it: its JSON, deflated, base64url. */
export async function mappingBlob(mapping) {
  return encodeBase64url(await deflateRaw(utf8.encode(JSON.stringify(mapping))));
}

/**
 * The fingerprint and the compressed texts of an upload ({ bytes, mapping } or { sha256, mapping }).
 * The file rides in the link only when its compressed text fits.
 */
export async function uploadBlobs(upload, options = {}) {
  const file = upload.bytes ? await fileBlobs(upload.bytes, options) : { sha256: upload.sha256, data: null };
  return { ...file, map: await mappingBlob(upload.mapping) };
}

/**
 * @param {object} state the link state (versions/v1.js); an upload's `bytes` are embedded if they fit
 * @returns {Promise<{ fragment: string, kind: 'bundled'|'embedded'|'named', dataChars: number }>}
 */
export async function linkFromState(state, options = {}) {
  const upload = state.dataset && state.dataset.upload;
  if (!upload) return { fragment: writeFragment(state), kind: 'bundled', dataChars: 0 };
  const blobs = options.blobs || (await uploadBlobs(upload, options));
  const withSha = { ...state, dataset: { upload: { ...upload, sha256: blobs.sha256 } } };
  const fragment = writeFragment(withSha, { map: blobs.map, data: blobs.data });
  return { fragment, kind: blobs.data ? 'embedded' : 'named', dataChars: blobs.data ? blobs.data.length : 0 };
}

async function unpack(text, field, maxBytes) {
  const decoded = decodeBase64url(text);
  if (!decoded.ok) return { ok: false, issue: { code: 'link.bad_base64', field } };
  const inflated = await inflateRaw(decoded.bytes, maxBytes);
  if (!inflated.ok) return { ok: false, issue: { code: inflated.code === 'too_large' ? 'link.data_too_large' : 'link.bad_deflate', field } };
  return { ok: true, bytes: inflated.bytes };
}

function parseMapping(bytes) {
  try {
    const mapping = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return mapping && typeof mapping === 'object' && !Array.isArray(mapping) ? mapping : null;
  } catch {
    return null;
  }
}

/**
 * A fragment → the state it shares, and every issue met on the way (each a stable code the page
 * translates). Never throws; whatever cannot be used is named and left out.
 * @param {string} fragment location.hash, with or without '#'
 * @param {{ datasets: string[], defaultDatasetId: string }} context the bundled datasets this page has
 * @returns {Promise<{ state: object|null, issues: object[], kind: string|null }>}
 */
export async function stateFromLink(fragment, context = {}) {
  const read = readFragment(fragment, context);
  if (!read.state) return { state: null, issues: read.issues, kind: null };
  const issues = [...read.issues];
  let state = read.state;
  const upload = state.dataset.upload;
  if (upload) {
    const fallback = { ...state, dataset: { id: context.defaultDatasetId || (context.datasets || [])[0] || null } };
    if (!read.blobs.map) {
      issues.push({ code: 'link.bad_mapping', field: 'map' });
      return { state: fallback, issues, kind: 'bundled' };
    }
    const map = await unpack(read.blobs.map, 'map', linkLimits.mapMaxBytes);
    const mapping = map.ok ? parseMapping(map.bytes) : null;
    if (!mapping) {
      issues.push(map.ok ? { code: 'link.bad_mapping', field: 'map' } : map.issue);
      return { state: fallback, issues, kind: 'bundled' };
    }
    const withMapping = { ...upload, mapping };
    if (read.blobs.data !== undefined) {
      const data = await unpack(read.blobs.data, 'data', linkLimits.embedMaxBytes);
      if (!data.ok) issues.push(data.issue);
      else if ((await sha256Hex(data.bytes)) !== upload.sha256) issues.push({ code: 'link.hash_mismatch', field: 'data' });
      else withMapping.bytes = data.bytes;
    }
    state = { ...state, dataset: { upload: withMapping } };
  }
  return { state, issues, kind: linkKind(state) };
}
