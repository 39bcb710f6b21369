// The dictionaries the first screen may not need, each loaded as a chunk of its own when a
// language is first chosen (index.js, loadLanguage). The one-file page replaces this module with
// laterDictionaries.inline.js (vite.config.js), since a page opened from disk has no chunks to fetch.
export const laterDictionaries = {
  kk: () => import('./kk.js').then((module) => module.default),
  en: () => import('./en.js').then((module) => module.default),
};
