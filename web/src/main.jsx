// Starts the page: the engine (in its worker), the bundled datasets, the browser's languages, and
// the service worker that keeps the page working offline (served pages only).
import { render } from 'preact';
import { App } from './app/App.jsx';
import { createEngine } from './engine/index.js';
import { bundledDatasets, datasetCatalogue, defaultDatasetId } from './data/bundled.js';
import { watchForUpdates } from './offline/updates.js';
import './styles.css';

const engine = createEngine();
const updates = watchForUpdates();

render(
  <App
    engine={engine}
    datasets={bundledDatasets}
    catalogue={datasetCatalogue}
    defaultDatasetId={defaultDatasetId}
    browserLanguages={navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]}
    updates={updates}
  />,
  document.getElementById('app'),
);
