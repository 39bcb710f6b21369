// The upload as the user drives it, through the engine façade only: attach and inspect a file,
// analyse it with progress (the core reads it in the worker), cancel, download the problem rows.
// Every step carries a sequence number; the store ignores answers for a file or an analysis that
// has since been replaced.
import { useMemo, useRef } from 'preact/hooks';
import { validateForm, mappingFromForm, errorSection, withReading } from './mappingForm.js';
import { problemsBlob, problemsFileName } from './problemRows.js';
import { choiceOf } from './sourceChoice.js';

const progressEveryMs = 80; // progress messages come every few thousand rows; the page repaints at most this often

function failed(response) {
  return (response && response.error) || { code: 'engine.failed', message_key: 'error.engine.failed' };
}

/** Errors keyed by the form section they belong to (see mappingForm.errorSection). */
function bySection(errors) {
  const out = {};
  for (const [field, error] of Object.entries(errors)) {
    const section = errorSection(field);
    if (!out[section]) out[section] = { ...error, field };
  }
  return out;
}

export function useUploadFlow({ engine, state, actions, memory }) {
  const seq = useRef(0);
  const latest = useRef(state);
  latest.current = state;

  return useMemo(() => {
    const next = () => {
      seq.current = Math.max(seq.current, latest.current.upload.seq) + 1;
      return seq.current;
    };
    const busy = () => ['reading', 'analysing'].includes(latest.current.upload.phase);

    async function chooseFile(file) {
      if (!file) return;
      if (busy()) engine.cancel();
      const mine = next();
      actions.fileChosen({ seq: mine, name: file.name || 'upload.csv', size: file.size });
      const attached = await engine.attachFile(file);
      if (mine !== seq.current) return;
      if (attached && attached.ok === false) {
        actions.fileFailed({ seq: mine, error: failed(attached) });
        return;
      }
      await inspectAttached(mine, file.name || 'upload.csv', {});
    }

    // Reads the attached file again for another sheet of a workbook or table of a zip.
    async function chooseSource(choice) {
      const { file } = latest.current.upload;
      if (!file || busy()) return;
      const mine = next();
      actions.fileChosen({ seq: mine, name: file.name, size: file.size });
      await inspectAttached(mine, file.name, choice);
    }

    async function inspectAttached(mine, name, choice) {
      const response = await engine.inspect(name, choice);
      if (mine !== seq.current) return;
      if (response && response.ok) {
        const remembered = memory.recall(response.result.header || []);
        actions.fileInspected({ seq: mine, inspection: response.result, mapping: remembered, remembered: Boolean(remembered) });
      } else if (response && response.error && response.error.code === 'engine.cancelled') {
        actions.analysisCancelled({ seq: mine });
      } else {
        actions.fileFailed({ seq: mine, error: failed(response) });
      }
    }

    // `chosen`: a form to analyse instead of the one in the state (a reading just applied).
    async function analyse(chosen) {
      const { upload } = latest.current;
      const form = chosen && Array.isArray(chosen.roles) ? chosen : upload.form;
      if (!form || !upload.inspection || busy()) return;
      const problems = validateForm(form);
      if (Object.keys(problems).length) {
        actions.mappingRefused({ fieldErrors: bySection(problems) });
        return;
      }
      const mapping = mappingFromForm(form);
      const dataset = { upload: { file: upload.inspection.file || upload.file.name, ...choiceOf(upload.inspection), mapping } };
      const mine = next();
      actions.analysisStarted({ seq: mine });
      let pending = null;
      let timer = 0;
      const onProgress = (progress) => {
        pending = progress;
        if (timer) return;
        timer = setTimeout(() => {
          timer = 0;
          actions.analysisProgress({ seq: mine, progress: pending });
        }, progressEveryMs);
      };
      const response = await engine.analyse({ op: 'summary', dataset }, onProgress);
      clearTimeout(timer);
      if (mine !== seq.current) return;
      if (response && response.ok) {
        const saved = memory.remember(upload.inspection.header || [], mapping);
        actions.uploadAnalysed({ seq: mine, summary: response.result, dataset, saved });
        return;
      }
      const error = failed(response);
      if (error.code === 'engine.cancelled') actions.analysisCancelled({ seq: mine });
      else if (String(error.code).startsWith('map.')) actions.analysisFailed({ seq: mine, fieldErrors: bySection({ [error.field || '']: error }) });
      else actions.analysisFailed({ seq: mine, error });
    }

    /** Reads the attached file the other way round (one row per measure), or back as written. */
    async function transpose(on) {
      const { upload } = latest.current;
      if (!upload.inspection || busy()) return;
      const mine = next();
      const name = upload.inspection.file || upload.file.name;
      actions.fileChosen({ seq: mine, name, size: upload.file.size });
      const response = await engine.inspect(name, { ...choiceOf(upload.inspection), transpose: on });
      if (mine !== seq.current) return;
      if (response && response.ok) {
        const remembered = memory.recall(response.result.header || []);
        actions.fileInspected({ seq: mine, inspection: response.result, mapping: remembered, remembered: Boolean(remembered) });
      } else {
        actions.fileFailed({ seq: mine, error: failed(response) });
      }
    }

    // A reading the core offered for the file's convention: into the mapping, and analysed again.
    function applyReading(patch) {
      const { upload } = latest.current;
      if (!upload.form || busy()) return;
      const form = withReading(upload.form, patch);
      actions.mappingEdited({ form });
      return analyse(form);
    }

    function cancel() {
      if (busy()) engine.cancel();
    }

    function forgetMapping() {
      const { inspection } = latest.current.upload;
      if (inspection) memory.forget(inspection.header || []);
      actions.rememberedForgotten();
    }

    async function downloadProblems() {
      const { dataset, report } = latest.current.upload;
      if (!dataset) return;
      actions.problemsDownloadStarted();
      const response = await engine.problemsCsv(dataset.upload);
      if (!response || !response.ok) {
        actions.problemsDownloadDone({ error: failed(response) });
        return;
      }
      const url = URL.createObjectURL(problemsBlob(response.result.csv));
      const link = document.createElement('a');
      link.href = url;
      link.download = problemsFileName((report && report.file) || dataset.upload.file);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      actions.problemsDownloadDone({});
    }

    return { chooseFile, chooseSource, analyse, transpose, applyReading, cancel, forgetMapping, downloadProblems, memoryAvailable: memory.available };
  }, [engine, actions, memory]);
}
