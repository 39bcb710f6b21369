// Every Vitest file starts with the three dictionaries loaded, as the page has them once each
// language has been chosen (web/src/i18n/index.js loads Kazakh and English on demand).
import { languages, loadLanguage } from '../../../web/src/i18n/index.js';

await Promise.all(languages.map((lang) => loadLanguage(lang)));
