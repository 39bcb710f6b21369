// The engine's worker: owns the wasm core and the user's uploaded file (its bytes stay here, so
// a 100 MB file crosses from the page once). Answers each request with one response, and sends
// progress messages while it reads the file.
import { loadCore, needsFile } from './core.js';

const ready = loadCore();
let file = null; // Uint8Array of the attached file

function failure(e) {
  const text = String((e && e.message) || e);
  return { ok: false, error: { code: 'engine.failed', message_key: 'error.engine.failed', text } };
}

self.onmessage = async (event) => {
  const { id, request, attach } = event.data;
  if (attach) {
    file = attach;
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
    self.postMessage({ id, response: core.callWithBytes(request, file, onProgress) });
  } catch (e) {
    self.postMessage({ id, response: failure(e) });
  }
};
