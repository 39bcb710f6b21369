// The bytes other programs write, for tests of uploads: Windows-1251 (a Russian Excel's CSV) and
// UTF-16 LE without a byte-order mark. Enough of each for Cyrillic and ASCII text.

export function windows1251(text) {
  const out = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x401) out.push(0xa8); // Ё
    else if (c === 0x451) out.push(0xb8); // ё
    else throw new Error(`no Windows-1251 byte for ${ch}`);
  }
  return Uint8Array.from(out);
}

export function utf16le(text) {
  const points = [...text].map((ch) => ch.codePointAt(0));
  const out = new Uint8Array(points.length * 2);
  points.forEach((c, i) => {
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >> 8;
  });
  return out;
}

/** The bytes of a bad-input catalogue case (tests/fixtures/bad-csv/catalogue.json). */
export function catalogueBytes(c) {
  if (c.hex) return Uint8Array.from(c.hex.match(/../g).map((h) => parseInt(h, 16)));
  if (c.encode === 'windows-1251') return windows1251(c.text);
  if (c.encode === 'utf-16le') return utf16le(c.text);
  return new TextEncoder().encode(c.text);
}
