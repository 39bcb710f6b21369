// The engine's worker: owns the wasm core and the user's uploaded file (its bytes stay here, so
// a 100 MB file crosses from the page once). Answers each request with one response, and sends
// progress messages while it reads the file. Rule changes on an upload (evaluate, compare, the pages
// of contests) and the factors view run on a core session opened once per file and mapping, so the file is not read
// again for each edit.
import { loadCore, needsFile } from './core.js';

const ready = loadCore();
let file = null; // Uint8Array of the attached file
let session = null; // { key, id }: the core session of the attached file under one mapping

function failure(e) {
  const text = String((e && e.message) || e);
  return { ok: false, error: { code: 'engine.failed', message_key: 'error.engine.failed', text } };
}

function closeSession(core) {
  if (session) core.call({ op: 'close_session', session: session.id });
  session = null;
}

// evaluate/compare on the attached file: through its session (opened on first use).
function onSession(core, request, onProgress) {
  const key = JSON.stringify(request.dataset.upload);
  if (!session || session.key !== key) {
    closeSession(core);
    const opened = core.callWithBytes({ op: 'open', dataset: request.dataset }, file, onProgress);
    if (!opened.ok) return opened;
    session = { key, id: opened.result.session };
  }
  const { dataset, ...rest } = request;
  return core.call({ ...rest, session: session.id });
}

self.onmessage = async (event) => {
  const { id, request, attach } = event.data;
  if (attach) {
    file = attach;
    if (session) closeSession(await ready);
    self.postMessage({ id, response: { ok: true, result: { bytes: file.byteLength } } });
    return;
  }
  try {
    const core = await ready;
    if (!needsFile(request)) {
      self.postMessage({ id, response: core.call(request) });
      return;
    }
    if (!file) {
      self.postMessage({ id, response: { ok: false, error: { code: 'engine.no_file', message_key: 'error.engine.no_file' } } });
      return;
    }
    const onProgress = (read, total, rows) => self.postMessage({ id, progress: { read, total, rows } });
    const repeated = ['evaluate', 'compare', 'factors', 'contest_page'].includes(request.op) && request.dataset.upload;
    const response = repeated ? onSession(core, request, onProgress) : core.callWithBytes(request, file, onProgress);
    self.postMessage({ id, response });
  } catch (e) {
    self.postMessage({ id, response: failure(e) });
  }
};
