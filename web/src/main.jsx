// Starts the page: the engine (in its worker), the bundled datasets, the browser's languages, and
// the service worker that keeps the page working offline (served pages only). A browser without
// the WebAssembly features the core needs gets a message saying which browsers work instead.
import { render } from 'preact';
import { App } from './app/App.jsx';
import { UnsupportedBrowser } from './app/UnsupportedBrowser.jsx';
import { createEngine } from './engine/index.js';
import { missingWasmFeatures } from './engine/wasmSupport.js';
import { bundledDatasets, datasetCatalogue, defaultDatasetId } from './data/bundled.js';
import { createI18n, detectLanguage, loadLanguage } from './i18n/index.js';
import { watchForUpdates } from './offline/updates.js';
import './styles.css';

const browserLanguages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
const missing = missingWasmFeatures();
// The browser's language is loaded before the first render (Russian is in this script already).
const lang = detectLanguage(browserLanguages);
await loadLanguage(lang);

if (missing.length > 0) {
  document.documentElement.lang = lang;
  render(<UnsupportedBrowser i18n={createI18n(lang)} missing={missing} />, document.getElementById('app'));
} else {
  const engine = createEngine();
  const updates = watchForUpdates();
  render(
    <App
      engine={engine}
      datasets={bundledDatasets}
      catalogue={datasetCatalogue}
      defaultDatasetId={defaultDatasetId}
      browserLanguages={browserLanguages}
      updates={updates}
    />,
    document.getElementById('app'),
  );
}
