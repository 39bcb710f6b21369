// Starts the page: the engine (in its worker), the bundled datasets, the browser's languages, and
// the service worker that keeps the page working offline (served pages only).
import { render } from 'preact';
import { App } from './app/App.jsx';
import { createEngine } from './engine/index.js';
import { bundledDatasets, datasetCatalogue, defaultDatasetId } from './data/bundled.js';
import { watchForUpdates } from './offline/updates.js';
import { missingWasmFeatures } from './engine/wasmSupport.js';
import { UnsupportedBrowser } from './components/UnsupportedBrowser.jsx';
import { createI18n, detectLanguage } from './i18n/index.js';
import './styles.css';

const browserLanguages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
const missing = missingWasmFeatures();

if (missing.length) {
  // The core is built with wasm SIMD and wasm exceptions; without them it cannot even load.
  const i18n = createI18n(detectLanguage(browserLanguages));
  document.documentElement.lang = i18n.lang;
  render(<UnsupportedBrowser i18n={i18n} missing={missing} />, document.getElementById('app'));
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
