// The datasets shipped with the page. Every dataset.json comes with the page itself (the picker reads
// its `gallery` block), and so do the default dataset's tables. Every other election's tables are
// chunks of their own, fetched only when it is chosen (laterTables.js); the service worker precaches
// them with the rest of the page (web/src/offline/), and the one-file page inlines them
// (laterTables.inline.js), so each works offline.
import { laterTables } from './laterTables.js';

export const defaultDatasetId = 'kz-2023-akims';

const manifests = import.meta.glob('../../../data/*/dataset.json', { query: '?raw', import: 'default', eager: true });
const defaultTables = import.meta.glob('../../../data/kz-2023-akims/*.csv', { query: '?raw', import: 'default', eager: true });

const folderOf = (path) => path.split('/').slice(-2)[0];
const fileOf = (path) => path.slice(path.lastIndexOf('/') + 1);

/** Everything the picker shows of a dataset, from its manifest alone. */
function catalogueEntry(id, manifest) {
  const gallery = manifest.gallery || {};
  return { id, title: manifest.title, date: manifest.date, kind: manifest.kind, gallery };
}

/** id → { manifest text, eager tables, loaders of the others }, from the globs above. */
function collect() {
  const byId = {};
  const entry = (id) => (byId[id] ||= { files: {}, loaders: {} });
  for (const [path, text] of Object.entries(manifests)) entry(folderOf(path)).files['dataset.json'] = text;
  for (const [path, text] of Object.entries(defaultTables)) entry(folderOf(path)).files[fileOf(path)] = text;
  for (const [path, load] of Object.entries(laterTables)) entry(folderOf(path)).loaders[fileOf(path)] = load;
  return byId;
}

/**
 * id → { meta, files? , load() }. `files` is there when every table came with the page; `load()`
 * always resolves to `{ files }` (the text of every file of the folder), fetching what is missing once.
 */
function bundle() {
  const out = {};
  for (const [id, { files, loaders }] of Object.entries(collect())) {
    const meta = catalogueEntry(id, JSON.parse(files['dataset.json']));
    const names = Object.keys(loaders);
    let loading = null;
    const dataset = { meta };
    if (names.length === 0) dataset.files = files;
    dataset.load = () => {
      if (dataset.files) return Promise.resolve({ files: dataset.files });
      loading ||= Promise.all(names.map((name) => loaders[name]())).then(
        (texts) => {
          const all = { ...files };
          names.forEach((name, i) => {
            all[name] = texts[i];
          });
          dataset.files = all;
          return { files: all };
        },
        (error) => {
          loading = null; // a failed fetch (offline before the first visit) may be tried again
          throw error;
        },
      );
      return loading;
    };
    out[id] = dataset;
  }
  return out;
}

export const bundledDatasets = bundle();

/** The elections of the picker: the default first, then the newest first. */
export const datasetCatalogue = Object.values(bundledDatasets)
  .map((d) => d.meta)
  .sort((a, b) => (a.id === defaultDatasetId ? -1 : b.id === defaultDatasetId ? 1 : a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1));
