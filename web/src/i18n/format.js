// Numbers, shares and dates as each language writes them, through Intl.
//
// Separators are normalised to U+00A0 (no-break space): ICU versions differ on whether Russian and
// Kazakh group with U+00A0 or U+202F, and a figure must never wrap across lines. So the page shows
// `654 443` and `2,2 %` with U+00A0 in every browser, and the tests can assert exactly that.

const locales = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };
const cache = new Map();

export const NBSP = '\u00a0';

function localeOf(lang) {
  return locales[lang] || locales.ru;
}

function formatter(lang, options) {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), options);
    cache.set(key, f);
  }
  return f;
}

function normaliseSpaces(text) {
  return text.replace(/[\u202f\u2009\u2007 ]/g, NBSP);
}

/** 654443 → "654 443" (ru, kk), "654,443" (en). */
export function formatCount(n, lang) {
  return normaliseSpaces(formatter(lang, { maximumFractionDigits: 0 }).format(n));
}

/** 0.0218 → "2,2 %" (ru), "2,2%" (kk), "2.2%" (en). */
export function formatShare(fraction, lang, digits = 1) {
  return normaliseSpaces(
    formatter(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fraction),
  );
}

/** A value already in percent (a published 7.6) → "7,6 %"; digits default to the value's own. */
export function formatPercentValue(pct, lang, digits = decimalsOf(pct)) {
  // Scale by string, not by dividing: 0.03 / 100 must stay exactly 0.0003 before rounding.
  return formatShare(Number(`${pct}e-2`), lang, digits);
}

/** A difference of two shares in percentage points: 0.4321 → "43,2" (the unit comes from the dictionary). */
export function formatPoints(fraction, lang, digits = 1) {
  return normaliseSpaces(
    formatter(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fraction * 100),
  );
}

/** "2023-11-05" → "5 ноября 2023 г." / "2023 ж. 5 қараша" / "5 November 2023". */
export function formatDate(isoDate, lang) {
  const [y, m, d] = String(isoDate).split('-').map(Number);
  if (!y || !m || !d) return String(isoDate ?? '');
  const date = new Date(Date.UTC(y, m - 1, d));
  return normaliseSpaces(new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date));
}

/** ["A", "B", "C"] → "A, B и C" / "A, B және C" / "A, B and C". */
export function formatList(items, lang) {
  return new Intl.ListFormat(localeOf(lang), { style: 'long', type: 'conjunction' }).format(items);
}

function decimalsOf(value) {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
