// The upload's slice of the one store (app/state.js spreads these handlers into its reducer):
// the chosen file, what inspect found, the mapping form, the analysis and its report. When an
// analysis succeeds the page's current dataset becomes the upload; showBundled goes back.
import { formFromMapping } from './mappingForm.js';

/** The id the page's dataset has while it shows the user's file. */
export const uploadDatasetId = 'upload';

const listLimits = { regions: 200, contests: 60 };

export function initialUpload() {
  return {
    // 'idle' → 'reading' (attach + inspect) → 'mapping' ⇄ 'analysing'; 'failed' when the file cannot be read
    phase: 'idle',
    seq: 0, // the latest file or analysis; answers for older ones are dropped
    file: null, // { name, size }
    inspection: null, // the core's inspect result
    form: null, // the mapping form (upload/mappingForm.js)
    suggested: null, // the core's suggestion, for "use the suggestion instead"
    remembered: false, // the form came from this browser's memory of the header
    saved: false, // the last analysed mapping is remembered
    fieldErrors: {}, // { field path: error } from the form's own check or the core's map.* error
    error: null, // an error that stops the file (text.*, csv.empty, engine.*)
    cancelled: false,
    progress: null, // { read, total, rows }
    report: null, // the upload report of the last analysis
    summary: null, // its summary, kept so the page can come back to it
    dataset: null, // { upload: { file, mapping } } of the last analysis: the scenario runs on it
    returnTo: null, // the bundled dataset id to go back to
    pages: { problems: 0, unknown: 0 }, // the report's long lists, a page at a time
    download: null, // null | 'working' | error
    shown: listLimits, // how many regions and contests are drawn (a file may have thousands)
  };
}

function withUpload(state, changes) {
  return { ...state, upload: { ...state.upload, ...changes } };
}

function focusOn(state, id) {
  return { id, seq: (state.focus ? state.focus.seq : 0) + 1 };
}

// What the page shows about one dataset starts over for another.
function freshView(state) {
  return {
    selectedRegion: null,
    selectedFinding: null,
    findingsUnit: null,
    sort: { key: null, direction: null },
    rules: { ...state.rules, evaluation: null, evaluationError: null, comparison: null, comparisonError: null },
  };
}

export const uploadHandlers = {
  /**
   * Another file replaces the last one in the engine, so the last analysis cannot be recomputed:
   * the page goes back to the bundled data until the new file is analysed.
   */
  fileChosen: (state, { seq, name, size }) => {
    const viewing = state.datasetId === uploadDatasetId;
    const returnTo = viewing ? state.upload.returnTo : state.datasetId;
    const upload = { ...initialUpload(), phase: 'reading', seq, file: { name, size }, returnTo };
    if (!viewing) return { ...state, upload };
    return { ...state, ...freshView(state), datasetId: returnTo, upload };
  },

  fileInspected: (state, { seq, inspection, mapping, remembered }) => {
    if (seq !== state.upload.seq) return state;
    const header = inspection.header || [];
    return withUpload(state, {
      phase: 'mapping',
      inspection,
      suggested: inspection.mapping,
      form: formFromMapping(mapping || inspection.mapping, header),
      remembered: Boolean(remembered),
      fieldErrors: {},
      error: null,
    });
  },

  fileFailed: (state, { seq, error }) => {
    if (seq !== state.upload.seq) return state;
    return { ...withUpload(state, { phase: 'failed', error, progress: null }), focus: focusOn(state, 'upload-error-title') };
  },

  /** Any edit of the mapping: the form's errors are checked again on the next analysis. */
  mappingEdited: (state, { form }) => withUpload(state, { form, fieldErrors: {}, cancelled: false }),

  /** "Use the suggestion": the remembered mapping is set aside (and forgotten by the flow). */
  rememberedForgotten: (state) => {
    const { inspection, suggested } = state.upload;
    if (!inspection) return state;
    return withUpload(state, { form: formFromMapping(suggested, inspection.header || []), remembered: false, saved: false, fieldErrors: {} });
  },

  mappingRefused: (state, { fieldErrors }) =>
    ({ ...withUpload(state, { fieldErrors, phase: 'mapping' }), focus: focusOn(state, 'mapping-errors') }),

  analysisStarted: (state, { seq }) =>
    withUpload(state, {
      phase: 'analysing',
      seq,
      cancelled: false,
      error: null,
      fieldErrors: {},
      progress: { read: 0, total: state.upload.file ? state.upload.file.size : 0, rows: 0 },
    }),

  analysisProgress: (state, { seq, progress }) => {
    if (seq !== state.upload.seq || state.upload.phase !== 'analysing') return state;
    return withUpload(state, { progress });
  },

  analysisFailed: (state, { seq, error, fieldErrors }) => {
    if (seq !== state.upload.seq) return state;
    if (fieldErrors) return { ...withUpload(state, { phase: 'mapping', progress: null, fieldErrors }), focus: focusOn(state, 'mapping-errors') };
    return { ...withUpload(state, { phase: 'mapping', progress: null, error }), focus: focusOn(state, 'upload-error-title') };
  },

  analysisCancelled: (state, { seq }) => {
    if (seq !== state.upload.seq) return state;
    const next = withUpload(state, { phase: state.upload.inspection ? 'mapping' : 'idle', progress: null, cancelled: true });
    // Cancelling restarts the engine, which drops any scenario request queued behind the file;
    // a new rule object asks for the current scenario again.
    return { ...next, scenario: { ...state.scenario, rule: { ...state.scenario.rule } } };
  },

  uploadAnalysed: (state, { seq, summary, dataset, saved }) => {
    if (seq !== state.upload.seq) return state;
    const returnTo = state.datasetId === uploadDatasetId ? state.upload.returnTo : state.datasetId;
    return {
      ...state,
      ...freshView(state),
      datasetId: uploadDatasetId,
      status: 'ready',
      summary,
      error: null,
      focus: focusOn(state, 'upload-report-title'),
      upload: {
        ...state.upload,
        phase: 'mapping',
        progress: null,
        report: summary.upload || null,
        summary,
        dataset,
        saved: Boolean(saved),
        returnTo,
        pages: { problems: 0, unknown: 0 },
        shown: listLimits,
      },
    };
  },

  /** Back to the bundled data (the upload's analysis is kept for showUpload). */
  showBundled: (state) => {
    if (state.datasetId !== uploadDatasetId || !state.upload.returnTo) return state;
    return { ...state, ...freshView(state), datasetId: state.upload.returnTo, focus: focusOn(state, 'upload-title') };
  },

  showUpload: (state) => {
    const { summary } = state.upload;
    if (!summary || state.datasetId === uploadDatasetId) return state;
    return {
      ...state,
      ...freshView(state),
      datasetId: uploadDatasetId,
      status: 'ready',
      summary,
      error: null,
      upload: { ...state.upload, returnTo: state.datasetId },
      focus: focusOn(state, 'upload-report-title'),
    };
  },

  showMore: (state, { list }) => {
    const shown = state.upload.shown;
    if (!(list in shown)) return state;
    return withUpload(state, { shown: { ...shown, [list]: shown[list] * 4 } });
  },

  reportPageShown: (state, { list, page }) => withUpload(state, { pages: { ...state.upload.pages, [list]: page } }),
  problemsDownloadStarted: (state) => withUpload(state, { download: 'working' }),
  problemsDownloadDone: (state, { error }) => withUpload(state, { download: error || null }),
};
