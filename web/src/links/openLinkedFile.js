// Opens the file a link carries or names, with the link's own mapping, through the engine façade and
// the upload's own actions (upload/uploadState.js), so the page shows it as any upload: the report,
// the mapping form (filled with the link's mapping), the scenario on it.
import { splitLinkMapping } from '../upload/sourceChoice.js';

function failure(response) {
  return (response && response.error) || { code: 'engine.failed', message_key: 'error.engine.failed' };
}

/**
 * @param {{ engine, actions, getState: () => object, file: File, mapping: object }} options
 * @returns {Promise<{ ok: boolean, error?: object }>}
 */
export async function openLinkedFile({ engine, actions, getState, file, mapping: linked }) {
  const { mapping, choice } = splitLinkMapping(linked); // a workbook's sheet, a zip's table
  const name = file.name || 'upload.csv';
  const seq = getState().upload.seq + 1;
  actions.linkFileOpening({ name });
  actions.fileChosen({ seq, name, size: file.size });
  const stop = (error) => {
    actions.fileFailed({ seq, error });
    actions.linkFileFailed({ error });
    return { ok: false, error };
  };
  const attached = await engine.attachFile(file);
  if (attached && attached.ok === false) return stop(failure(attached));
  const inspected = await engine.inspect(name, choice);
  if (getState().upload.seq > seq) return { ok: false, error: { code: 'engine.cancelled' } };
  if (!inspected || !inspected.ok) return stop(failure(inspected));
  actions.fileInspected({ seq, inspection: inspected.result, mapping, remembered: false });
  const dataset = { upload: { file: inspected.result.file || name, ...choice, mapping } };
  actions.analysisStarted({ seq });
  const response = await engine.analyse({ op: 'summary', dataset }, (progress) => actions.analysisProgress({ seq, progress }));
  if (getState().upload.seq > seq) return { ok: false, error: { code: 'engine.cancelled' } };
  if (!response || !response.ok) {
    const error = failure(response);
    actions.analysisFailed({ seq, error });
    actions.linkFileFailed({ error });
    return { ok: false, error };
  }
  actions.uploadAnalysed({ seq, summary: response.result, dataset, saved: false });
  actions.linkFileOpened();
  return { ok: true };
}
