// Numbers, shares, dates and lists as each language writes them, through Intl.
//
// Two decisions keep the page identical in every browser (and in Node, where the tests run):
// - Separators are normalised to U+00A0 (no-break space): ICU versions differ on U+00A0 vs U+202F
//   for Russian grouping, and a figure must never wrap across lines. So Russian shows `654 443`
//   and `2,2 %` with U+00A0.
// - Kazakh does not trust the browser's locale data: Chromium's trimmed ICU claims `kk` but formats
//   it with root patterns (`654,443`, `2026 M11 24`). Kazakh writes numbers like Russian (space
//   groups, decimal comma) but the percent sign without a space (`2,2%`), dates as
//   `2023 ж. 5 қараша`, and joins lists with «және»; those rules are spelled out here.

export const NBSP = '\u00a0';

const numberLocales = { ru: 'ru-RU', kk: 'ru-RU', en: 'en-GB' };
const kkMonths = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const cache = new Map();

function localeOf(lang) {
  return numberLocales[lang] || numberLocales.ru;
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
  const text = normaliseSpaces(
    formatter(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fraction),
  );
  return lang === 'kk' ? text.replace(`${NBSP}%`, '%') : text;
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

/** A plain decimal: 2.5 → "2,5" (ru, kk), "2.5" (en); whole numbers without decimals. */
export function formatDecimal(value, lang, maxDigits = 1) {
  return normaliseSpaces(formatter(lang, { minimumFractionDigits: 0, maximumFractionDigits: maxDigits }).format(value));
}

/** "2023-11-05" → "5 ноября 2023 г." / "2023 ж. 5 қараша" / "5 November 2023". */
export function formatDate(isoDate, lang) {
  const [y, m, d] = String(isoDate).split('-').map(Number);
  if (!y || !m || !d || m > 12) return String(isoDate ?? '');
  if (lang === 'kk') return `${y}${NBSP}ж. ${d} ${kkMonths[m - 1]}`;
  const date = new Date(Date.UTC(y, m - 1, d));
  const text = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  // Ordinary spaces between words, a no-break space only between the year and «г.».
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/(\d{4}) (г\.)/, `$1${NBSP}$2`);
}

/** ["A", "B", "C"] → "A, B и C" / "A, B және C" / "A, B and C". */
export function formatList(items, lang) {
  if (lang === 'kk') {
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} және ${items[items.length - 1]}`;
  }
  return new Intl.ListFormat(localeOf(lang), { style: 'long', type: 'conjunction' }).format(items);
}

function decimalsOf(value) {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** A signed decimal with exactly `digits` decimals and a true minus: −0.25 → "−0,25" (ru), "−0.25" (en). */
export function formatFixed(value, lang, digits = 2) {
  const text = normaliseSpaces(formatter(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Math.abs(value)));
  const rounded = Number(Math.abs(value).toFixed(digits));
  return value < 0 && rounded !== 0 ? `\u2212${text}` : text;
}
