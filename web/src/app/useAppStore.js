// The one store: state + named actions, and the effects that belong to the state as a whole
// (asking the engine for a dataset's summary and the scenario's outcomes, the document's language and title).
import { useEffect, useMemo, useReducer } from 'preact/hooks';
import { reducer, initialState, actionTypes } from './state.js';
import { translate } from '../i18n/index.js';
import { useScenarioEngine } from './useScenarioEngine.js';
import { uploadDatasetId } from '../upload/uploadState.js';

/**
 * @param {{ engine, datasets: Record<string, {files}>, datasetId: string, lang: string }} options
 */
export function useAppStore({ engine, datasets, datasetId, lang }) {
  const [state, dispatch] = useReducer(reducer, { lang, datasetId }, initialState);

  const actions = useMemo(() => {
    const bound = {};
    for (const type of actionTypes) bound[type] = (payload = {}) => dispatch({ type, ...payload });
    return bound;
  }, []);

  useEffect(() => {
    // The upload's summary comes from its analysis (with progress and its report): nothing to load.
    if (state.datasetId === uploadDatasetId) return undefined;
    let current = true;
    const dataset = datasets[state.datasetId];
    actions.loadStarted({ datasetId: state.datasetId });
    const request = dataset
      ? engine.summary(dataset)
      : Promise.resolve({ ok: false, error: { code: 'dataset.missing_file', text: state.datasetId } });
    request.then((response) => {
      if (!current) return;
      if (response && response.ok) actions.loadSucceeded({ summary: response.result });
      else actions.loadFailed({ error: (response && response.error) || { code: 'engine.failed' } });
    });
    return () => {
      current = false;
    };
  }, [engine, datasets, state.datasetId]);

  // The scenario runs on the current dataset: a bundled one or the analysed upload.
  const uploaded = state.upload.dataset;
  const withUpload = useMemo(() => (uploaded ? { ...datasets, [uploadDatasetId]: uploaded } : datasets), [datasets, uploaded]);
  useScenarioEngine({ engine, datasets: withUpload, state, actions });

  useEffect(() => {
    document.documentElement.lang = state.lang;
    const appName = translate(state.lang, 'app.name');
    const title = state.summary && state.summary.election && state.summary.election.title;
    document.title = title ? `${title[state.lang] || title.ru} — ${appName}` : appName;
  }, [state.lang, state.summary]);

  return [state, actions];
}
