// Deflate (raw, RFC 1951) with the browser's own CompressionStream; Node 20 has it too.
// Inflating stops as soon as the output passes a cap, so a small link cannot expand into a huge file.

async function readAll(stream, maxBytes) {
  const reader = stream.getReader();
  const chunks = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        reader.cancel().catch(() => {});
        return { ok: false, code: 'too_large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, code: 'bad_deflate' };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}

function streamOf(bytes) {
  return new Blob([bytes]).stream();
}

export async function deflateRaw(bytes) {
  const result = await readAll(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Infinity);
  return result.bytes;
}

/** @returns {Promise<{ ok: true, bytes: Uint8Array } | { ok: false, code: 'bad_deflate' | 'too_large' }>} */
export async function inflateRaw(bytes, maxBytes) {
  let stream;
  try {
    stream = streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw'));
  } catch {
    return { ok: false, code: 'bad_deflate' };
  }
  return readAll(stream, maxBytes);
}
