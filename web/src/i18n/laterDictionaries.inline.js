// laterDictionaries.js for the one-file page and the Node tests: the same dictionaries, in the
// script itself. Same shape: a loader per language.
import kk from './kk.js';
import en from './en.js';

export const laterDictionaries = {
  kk: () => Promise.resolve(kk),
  en: () => Promise.resolve(en),
};
