// Small phrases of the upload panels: sizes, encodings, delimiters, a problem's place.

/** 31315859 → "31,3 МБ" / "31.3 MB"; 720 → "720 байт" / "720 bytes". */
export function bytesText(i18n, n) {
  if (n === null || n === undefined) return '';
  if (n < 1000) return i18n.t('upload.bytes', { n: i18n.count(n) });
  if (n < 1e6) return i18n.t('upload.kb', { n: i18n.decimal(n / 1e3, 1) });
  return i18n.t('upload.mb', { n: i18n.decimal(n / 1e6, 1) });
}

export function encodingText(i18n, encoding) {
  const key = `upload.encoding.${encoding}`;
  return i18n.has(key) ? i18n.t(key) : String(encoding || '');
}

const delimiterKeys = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };

export function delimiterText(i18n, delimiter) {
  const key = delimiterKeys[delimiter];
  return key ? i18n.t(`upload.delimiter.${key}`) : JSON.stringify(delimiter);
}

/** A core error or problem's own sentence. */
export function problemText(i18n, code) {
  const key = `error.${code}`;
  return i18n.has(key) ? i18n.t(key) : i18n.t('error.unknown', { code });
}
