// Bytes ⇄ base64url (RFC 4648 §5, no padding): the alphabet a URL fragment carries unescaped.
// Decoding is strict: any other character, or a length no encoder makes, is an error value.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const values = new Map([...alphabet].map((c, i) => [c, i]));

export function encodeBase64url(bytes) {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63];
  }
  return out;
}

/** @returns {{ ok: true, bytes: Uint8Array } | { ok: false }} */
export function decodeBase64url(text) {
  if (typeof text !== 'string' || text.length % 4 === 1) return { ok: false };
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (const c of text) {
    const v = values.get(c);
    if (v === undefined) return { ok: false };
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (acc >> bits) & 255;
    }
  }
  // Leftover bits an encoder always leaves zero: anything else is not what a link was made with.
  if (acc & ((1 << bits) - 1)) return { ok: false };
  return { ok: true, bytes };
}
