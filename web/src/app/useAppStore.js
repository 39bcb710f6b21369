// The one store: state + named actions, and the effects that belong to the state as a whole
// (asking the engine for a dataset's summary and the scenario's outcomes, the document's language and title).
import { useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import { reducer, initialState, actionTypes } from './state.js';
import { translate } from '../i18n/index.js';
import { useScenarioEngine } from '../scenario/useScenarioEngine.js';
import { uploadDatasetId } from '../upload/uploadState.js';
import { errorOf, errorResponse } from '../engine/errors.js';

/**
 * @param {{ engine, datasets: Record<string, {files} | {load(): Promise<{files}>}>, datasetId: string, lang: string, place?: string }} options
 *   a dataset either has its files, or loads them when chosen (web/src/data/bundled.js); `place`: the one shown first
 */
export function useAppStore({ engine, datasets, datasetId, lang, place }) {
  const [state, dispatch] = useReducer(reducer, { lang, datasetId, place }, initialState);

  const actions = useMemo(() => {
    const bound = {};
    for (const type of actionTypes) bound[type] = (payload = {}) => dispatch({ type, ...payload });
    return bound;
  }, []);

  // id → { files } of every dataset loaded so far: what the engine is given (never a loader).
  const [loaded, setLoaded] = useState({});

  useEffect(() => {
    // The upload's summary comes from its analysis (with progress and its report): nothing to load.
    if (state.datasetId === uploadDatasetId) return undefined;
    let current = true;
    const id = state.datasetId;
    const entry = datasets[id];
    actions.loadStarted({ datasetId: id });
    const request = entry
      ? loadDataset(entry).then(
          (dataset) => {
            setLoaded((had) => (had[id] && had[id].files === dataset.files ? had : { ...had, [id]: dataset }));
            return engine.summary(dataset);
          },
          () => errorResponse('dataset.not_loaded', { text: id }),
        )
      : Promise.resolve(errorResponse('dataset.missing_file', { text: id }));
    request.then((response) => {
      if (!current) return;
      if (response && response.ok) actions.loadSucceeded({ summary: response.result });
      else actions.loadFailed({ error: errorOf(response) });
    });
    return () => {
      current = false;
    };
  }, [engine, datasets, state.datasetId]);

  // The scenario runs on the current dataset: a bundled one or the analysed upload.
  const uploaded = state.upload.dataset;
  const withUpload = useMemo(() => (uploaded ? { ...loaded, [uploadDatasetId]: uploaded } : loaded), [loaded, uploaded]);
  useScenarioEngine({ engine, datasets: withUpload, state, actions });

  useEffect(() => {
    document.documentElement.lang = state.lang;
    const appName = translate(state.lang, 'app.name');
    const title = state.summary && state.summary.election && state.summary.election.title;
    document.title = title ? `${title[state.lang] || title.ru} — ${appName}` : appName;
  }, [state.lang, state.summary]);

  return [state, actions];
}

/** The dataset's files: at hand, or fetched once (a bundled election not loaded yet). */
export function loadDataset(entry) {
  if (typeof entry.load === 'function') return entry.load();
  return Promise.resolve({ files: entry.files });
}
