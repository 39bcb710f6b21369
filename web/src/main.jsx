// Starts the page: the engine (in its worker), the bundled datasets, the browser's languages.
import { render } from 'preact';
import { App } from './app/App.jsx';
import { createEngine } from './engine/index.js';
import { bundledDatasets, defaultDatasetId } from './data/bundled.js';
import './styles.css';

const engine = createEngine();

render(
  <App
    engine={engine}
    datasets={bundledDatasets}
    defaultDatasetId={defaultDatasetId}
    browserLanguages={navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]}
  />,
  document.getElementById('app'),
);
