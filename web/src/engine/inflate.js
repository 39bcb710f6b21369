// The wasm core's raw inflate (see wasm/include/against_all/inflate.hpp): the core reads zip and
// gzip containers itself and calls this, synchronously, for each compressed stream. fflate's
// streaming Inflate is fed 64 KB at a time so that a bomb stops as soon as it passes `limit`
// (64 KB of deflate inflates to at most about 66 MB).
import { Inflate } from 'fflate';

const CHUNK = 64 * 1024;

/**
 * @param {Uint8Array} compressed raw deflate (a view into wasm memory: read it, do not keep it)
 * @param {number} limit most bytes to produce
 * @returns {{ status: 'ok' | 'corrupt' | 'over_limit', data?: Uint8Array }}
 */
export function inflateRaw(compressed, limit) {
  const chunks = [];
  let size = 0;
  let over = false;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    if (over) return;
    size += chunk.length;
    if (size > limit) {
      over = true;
      return;
    }
    if (chunk.length) chunks.push(chunk);
    if (final) done = true;
  });
  try {
    if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
    for (let at = 0; at < compressed.length && !over; at += CHUNK) {
      const end = Math.min(at + CHUNK, compressed.length);
      inflater.push(compressed.slice(at, end), end === compressed.length);
    }
  } catch {
    return { status: over ? 'over_limit' : 'corrupt' };
  }
  if (over) return { status: 'over_limit' };
  if (!done) return { status: 'corrupt' };
  const data = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    data.set(chunk, at);
    at += chunk.length;
  }
  return { status: 'ok', data };
}
