// The language the page can speak now: the chosen one once its dictionary is here (Kazakh and
// English load on demand, web/src/i18n/index.js), until then the one spoken before, so a language
// change never shows a page half in Russian.
import { useEffect, useState } from 'preact/hooks';
import { isLanguageLoaded, loadLanguage } from '../i18n/index.js';

export function useLoadedLanguage(lang) {
  const [shown, setShown] = useState(() => (isLanguageLoaded(lang) ? lang : 'ru'));
  useEffect(() => {
    let current = true;
    if (isLanguageLoaded(lang)) setShown(lang);
    else loadLanguage(lang).then(() => current && setShown(lang));
    return () => {
      current = false;
    };
  }, [lang]);
  return isLanguageLoaded(lang) ? lang : shown;
}
