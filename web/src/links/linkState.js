// The link's slice of the one store (app/state.js spreads these handlers into its reducer): what an
// opened link set, what it could not carry (issues, each a stable code), and the file a named link
// asks for. A link's view (region, sort, finding) waits until its dataset is shown, then is checked
// against that dataset's summary.
import { uploadDatasetId } from '../upload/uploadState.js';

export function initialLink() {
  return {
    issues: [], // [{ code: 'link.bad_value', field, text }] from the last opened link
    pendingView: null, // { datasetId, view }: applied once that dataset is ready
    awaitingFile: null, // { name, size, sha256, mapping, embedded }: the file the link names
    fileCheck: null, // { status: 'checking' | 'mismatch' | 'opening' | 'failed', name, sha256, error }
  };
}

function withLink(state, changes) {
  return { ...state, link: { ...state.link, ...changes } };
}

/** The view's ids that the summary knows; the others named as issues. */
export function checkView(view, summary) {
  const issues = [];
  const regions = new Set(((summary && summary.regions) || []).map((r) => r.id));
  const units = new Set([...regions, ...((summary && summary.contests) || []).map((c) => c.id)]);
  if (summary && summary.national) units.add(summary.national.id);
  const findings = new Set(((summary && summary.findings) || []).map((f) => f.id));
  const out = { ...view };
  if (view.region && !regions.has(view.region)) {
    issues.push({ code: 'link.unknown_region', field: 'region', text: view.region });
    out.region = null;
  }
  if (view.finding && !findings.has(view.finding)) {
    issues.push({ code: 'link.unknown_finding', field: 'finding', text: view.finding });
    out.finding = null;
  }
  if (view.findingsUnit && !units.has(view.findingsUnit)) {
    issues.push({ code: 'link.unknown_region', field: 'findings', text: view.findingsUnit });
    out.findingsUnit = null;
  }
  return { view: out, issues };
}

function withView(state, view) {
  return {
    ...state,
    sort: view.sort && view.sort.key ? view.sort : { key: null, direction: null },
    selectedRegion: view.region,
    selectedFinding: view.finding,
    findingsUnit: view.findingsUnit,
  };
}

export const linkHandlers = {
  /**
   * A link from the address bar (at start, or back/forward). `link` null: nothing readable, only issues.
   * `sameUpload`: the link names the upload already analysed here, so it is shown again as it is.
   */
  linkOpened: (state, { link, issues = [], fallbackDatasetId, sameUpload = false }) => {
    if (!link) return withLink(state, { issues });
    const upload = link.dataset.upload;
    let next = { ...state, lang: link.lang || state.lang, scenario: link.scenario, compare: link.compare || [] };
    let datasetId = state.datasetId;
    let awaitingFile = null;
    if (!upload) {
      datasetId = link.dataset.id || datasetId;
    } else if (sameUpload && state.upload.summary) {
      datasetId = uploadDatasetId;
      if (state.datasetId !== uploadDatasetId) {
        next = { ...next, status: 'ready', summary: state.upload.summary, error: null, upload: { ...state.upload, returnTo: state.datasetId } };
      }
    } else {
      // Until the file is opened, the page shows bundled data, never another upload under this rule.
      if (state.datasetId === uploadDatasetId) datasetId = state.upload.returnTo || fallbackDatasetId || datasetId;
      const { bytes, ...named } = upload;
      awaitingFile = { ...named, embedded: Boolean(bytes) };
    }
    if (datasetId !== state.datasetId && datasetId !== uploadDatasetId) next = { ...next, status: 'loading' };
    next = withView({ ...next, datasetId }, link.view);
    return withLink(next, {
      issues,
      pendingView: { datasetId: upload ? uploadDatasetId : datasetId, view: link.view },
      awaitingFile,
      fileCheck: null,
    });
  },

  /** The link's view, checked against its dataset's summary. */
  linkViewChecked: (state, { view, issues = [] }) =>
    withLink(withView(state, view), { pendingView: null, issues: [...state.link.issues, ...issues] }),

  linkFileChecking: (state, { name }) => withLink(state, { fileCheck: { status: 'checking', name } }),
  /** The chosen file is not the one the link names: say so, and offer to go on with it. */
  linkFileMismatch: (state, { name, sha256 }) => withLink(state, { fileCheck: { status: 'mismatch', name, sha256 } }),
  linkFileOpening: (state, { name }) => withLink(state, { fileCheck: { status: 'opening', name } }),
  linkFileOpened: (state) => withLink(state, { awaitingFile: null, fileCheck: null }),
  linkFileFailed: (state, { error }) =>
    withLink(state, { fileCheck: { ...(state.link.fileCheck || {}), status: 'failed', error } }),
  /** Go on without the named file: the link's rule on the data shown now. */
  linkFileDeclined: (state) => withLink(state, { awaitingFile: null, fileCheck: null, pendingView: null }),
  linkIssuesDismissed: (state) => withLink(state, { issues: [] }),
};
