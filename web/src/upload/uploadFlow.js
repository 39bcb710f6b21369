// The upload as one flow, whichever way the file came in (the file input, a drop, a paste, a
// scenario link): attach and inspect it, analyse it with progress (the core reads it in the
// worker), cancel, download the problem rows. Through the engine façade only.
//
// One sequence counter for the one state slice (upload/uploadState.js): every step carries its
// number and the store drops answers for a file or an analysis since replaced. The step in flight
// holds an AbortController: a new step or the cancel button cancels that call alone.
import { validateForm, mappingFromForm, errorSection, withReading } from './mappingForm.js';
import { problemsBlob, problemsFileName } from './problemRows.js';
import { choiceOf, splitLinkMapping } from './sourceChoice.js';
import { errorOf, isCancelled, cancelledResponse } from '../engine/errors.js';
import { downloadBlob } from '../export/download.js';

const progressEveryMs = 80; // progress messages come every few thousand rows; the page repaints at most this often

/** Errors keyed by the form section they belong to (see mappingForm.errorSection). */
function bySection(errors) {
  const out = {};
  for (const [field, error] of Object.entries(errors)) {
    const section = errorSection(field);
    if (!out[section]) out[section] = { ...error, field };
  }
  return out;
}

/**
 * @param {{ engine, actions, getState: () => object, memory, download?: (blob: Blob, name: string) => void }} options
 */
export function createUploadFlow({ engine, actions, getState, memory, download = downloadBlob }) {
  let seq = 0;
  let inFlight = null; // the AbortController of the step in flight
  const busy = () => ['reading', 'analysing'].includes(getState().upload.phase);
  const superseded = cancelledResponse(); // what a replaced step answers its caller

  function begin() {
    if (inFlight) inFlight.abort();
    inFlight = new AbortController();
    seq = Math.max(seq, getState().upload.seq) + 1;
    return { seq, signal: inFlight.signal };
  }
  const stale = (step) => step.seq !== seq;

  // The file to the worker, then inspected: { ok, inspection } or { ok: false, error } (already shown).
  async function read(step, file, choice) {
    const name = file.name || 'upload.csv';
    actions.fileChosen({ seq: step.seq, name, size: file.size });
    const attached = await engine.attachFile(file, { signal: step.signal });
    if (stale(step)) return superseded;
    if (attached && attached.ok === false) return failedReading(step, attached);
    return inspect(step, name, choice);
  }

  async function inspect(step, name, choice) {
    const response = await engine.inspect(name, choice, { signal: step.signal });
    if (stale(step)) return superseded;
    if (response && response.ok) return { ok: true, inspection: response.result };
    return failedReading(step, response);
  }

  function failedReading(step, response) {
    if (isCancelled(response)) actions.analysisCancelled({ seq: step.seq });
    else actions.fileFailed({ seq: step.seq, error: errorOf(response) });
    return { ok: false, error: errorOf(response) };
  }

  function inspected(step, inspection, linkedMapping) {
    const mapping = linkedMapping || memory.recall(inspection.header || []);
    actions.fileInspected({ seq: step.seq, inspection, mapping, remembered: !linkedMapping && Boolean(mapping) });
  }

  // The summary of the file under `mapping`, with progress; remembered for the header when `remember`.
  async function summarise(step, dataset, { header, remember }) {
    actions.analysisStarted({ seq: step.seq });
    let latest = null;
    let timer = 0;
    const onProgress = (progress) => {
      latest = progress;
      if (timer) return;
      timer = setTimeout(() => {
        timer = 0;
        actions.analysisProgress({ seq: step.seq, progress: latest });
      }, progressEveryMs);
    };
    const response = await engine.analyse({ op: 'summary', dataset }, onProgress, { signal: step.signal });
    clearTimeout(timer);
    if (stale(step)) return superseded;
    if (response && response.ok) {
      const saved = remember ? memory.remember(header || [], dataset.upload.mapping) : false;
      actions.uploadAnalysed({ seq: step.seq, summary: response.result, dataset, saved });
      return { ok: true };
    }
    const error = errorOf(response);
    if (isCancelled(response)) actions.analysisCancelled({ seq: step.seq });
    else if (String(error.code).startsWith('map.')) actions.analysisFailed({ seq: step.seq, fieldErrors: bySection({ [error.field || '']: error }) });
    else actions.analysisFailed({ seq: step.seq, error });
    return { ok: false, error };
  }

  // `chosen`: a form to analyse instead of the one in the state (a reading just applied).
  async function analyse(chosen) {
    const { upload } = getState();
    const form = chosen && Array.isArray(chosen.roles) ? chosen : upload.form;
    if (!form || !upload.inspection || busy()) return;
    const problems = validateForm(form);
    if (Object.keys(problems).length) {
      actions.mappingRefused({ fieldErrors: bySection(problems) });
      return;
    }
    const mapping = mappingFromForm(form);
    const dataset = { upload: { file: upload.inspection.file || upload.file.name, ...choiceOf(upload.inspection), mapping } };
    await summarise(begin(), dataset, { header: upload.inspection.header, remember: true });
  }

  return {
    /** A file from the input, a drop or a paste: read and inspected, mapped as remembered for its header. */
    async chooseFile(file) {
      if (!file) return;
      const step = begin();
      const read_ = await read(step, file, {});
      if (read_.ok) inspected(step, read_.inspection, null);
    },
    /** Reads the attached file again for another sheet of a workbook or table of a zip. */
    async chooseSource(choice) {
      const { file } = getState().upload;
      if (!file || busy()) return;
      const step = begin();
      actions.fileChosen({ seq: step.seq, name: file.name, size: file.size });
      const answer = await inspect(step, file.name, choice);
      if (answer.ok) inspected(step, answer.inspection, null);
    },
    /** Reads the attached file the other way round (one row per measure), or back as written. */
    async transpose(on) {
      const { upload } = getState();
      if (!upload.inspection || busy()) return;
      const step = begin();
      const name = upload.inspection.file || upload.file.name;
      actions.fileChosen({ seq: step.seq, name, size: upload.file.size });
      const answer = await inspect(step, name, { ...choiceOf(upload.inspection), transpose: on });
      if (answer.ok) inspected(step, answer.inspection, null);
    },
    analyse,
    /** A reading the core offered for the file's convention: into the mapping, and analysed again. */
    applyReading(patch) {
      const { upload } = getState();
      if (!upload.form || busy()) return undefined;
      const form = withReading(upload.form, patch);
      actions.mappingEdited({ form });
      return analyse(form);
    },
    /**
     * The file a scenario link carries or names, under the link's own mapping: shown as any upload
     * (the report, the form filled with the link's mapping, the scenario on it).
     * @returns {Promise<{ ok: boolean, error?: object }>}
     */
    async openLinked(file, linked) {
      const { mapping, choice } = splitLinkMapping(linked); // a workbook's sheet, a zip's table
      actions.linkFileOpening({ name: file.name || 'upload.csv' });
      const step = begin();
      const read_ = await read(step, file, choice);
      let answer = read_;
      if (read_.ok) {
        inspected(step, read_.inspection, mapping);
        const dataset = { upload: { file: read_.inspection.file || file.name || 'upload.csv', ...choice, mapping } };
        answer = await summarise(step, dataset, { remember: false });
      }
      if (stale(step)) return superseded;
      if (answer.ok) actions.linkFileOpened();
      else actions.linkFileFailed({ error: answer.error });
      return answer;
    },
    /** Cancels the step in flight (the progress bar's button); other calls to the engine go on. */
    cancel() {
      if (busy() && inFlight) inFlight.abort();
    },
    forgetMapping() {
      const { inspection } = getState().upload;
      if (inspection) memory.forget(inspection.header || []);
      actions.rememberedForgotten();
    },
    async downloadProblems() {
      const { dataset, report } = getState().upload;
      if (!dataset) return;
      actions.problemsDownloadStarted();
      const response = await engine.problemsCsv(dataset.upload);
      if (!response || !response.ok) {
        actions.problemsDownloadDone({ error: errorOf(response) });
        return;
      }
      download(problemsBlob(response.result.csv), problemsFileName((report && report.file) || dataset.upload.file));
      actions.problemsDownloadDone({});
    },
    memoryAvailable: memory.available,
  };
}
