// The page's languages, the translator and the formatting bound to one language.
import ru from './ru.js';
import { laterDictionaries } from './laterDictionaries.js';
import { formatCount, formatShare, formatPercentValue, formatPoints, formatDecimal, formatFixed, formatDate, formatList } from './format.js';

// Russian is in the page's first script; Kazakh and English load when first asked (loadLanguage),
// each a chunk of its own, so the first load carries one dictionary. The one-file page and the
// Node tests have them all from the start (laterDictionaries.inline.js).
export const dictionaries = { ru };
export const languages = ['ru', 'kk', 'en'];
export const defaultLanguage = 'ru';

/** Whether `lang`'s dictionary is here (a missing key falls back to Russian until it is). */
export function isLanguageLoaded(lang) {
  return lang in dictionaries;
}

/** Loads `lang`'s dictionary if it is not here yet; resolves when translate() speaks it. */
export async function loadLanguage(lang) {
  if (isLanguageLoaded(lang) || !(lang in laterDictionaries)) return;
  dictionaries[lang] = await laterDictionaries[lang]();
}

/** The first of the browser's languages the page speaks (kk, ru, en), else Russian. */
export function detectLanguage(browserLanguages = []) {
  for (const tag of browserLanguages) {
    const primary = String(tag).toLowerCase().split(/[-_]/)[0];
    if (languages.includes(primary)) return primary;
  }
  return defaultLanguage;
}

/** The string for `key` in `lang` with {placeholders} filled; the key itself if it is missing. */
export function translate(lang, key, params) {
  const dictionary = dictionaries[lang] || dictionaries[defaultLanguage];
  const template = dictionary[key] ?? dictionaries[defaultLanguage][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** The plural categories a message may have (`key.one`, `key.few`, …), as Intl.PluralRules names them. */
export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * A message that agrees with a number: `key.<category>` chosen by the language's Intl.PluralRules
 * ("по 1 округу", "по 2 округам", "1 contest"), `key.other` when the language has no such form;
 * {n} is the number formatted for the language.
 */
export function translatePlural(lang, key, n, params) {
  const dictionary = dictionaries[lang] || dictionaries[defaultLanguage];
  const category = new Intl.PluralRules(lang).select(n);
  const chosen = `${key}.${category}` in dictionary ? `${key}.${category}` : `${key}.other`;
  return translate(lang, chosen, { n: formatCount(n, lang), ...params });
}

/** True when the dictionaries have a string for `key`. */
export function hasKey(lang, key) {
  return key in (dictionaries[lang] || {});
}

/** Everything a component needs to speak one language: `i18n.t(key, params)`, `i18n.count(n)`… */
export function createI18n(lang) {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    plural: (key, n, params) => translatePlural(lang, key, n, params),
    has: (key) => hasKey(lang, key),
    count: (n) => formatCount(n, lang),
    share: (fraction, digits) => formatShare(fraction, lang, digits),
    percent: (pct, digits) => formatPercentValue(pct, lang, digits),
    points: (fraction, digits) => formatPoints(fraction, lang, digits),
    decimal: (value, maxDigits) => formatDecimal(value, lang, maxDigits),
    fixed: (value, digits) => formatFixed(value, lang, digits),
    date: (iso) => formatDate(iso, lang),
    list: (items) => formatList(items, lang),
    /** A unit's name in this language (units carry name: { ru, kk, en }). */
    name: (named) => (named && named.name ? named.name[lang] || named.name.ru || named.name.en || named.id : ''),
  };
}
