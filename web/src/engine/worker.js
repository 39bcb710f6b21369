// The engine's worker: owns the wasm core, answers one message with one message.
import { loadCore } from './core.js';

const ready = loadCore();

self.onmessage = async (event) => {
  const { id, request } = event.data;
  try {
    const core = await ready;
    self.postMessage({ id, response: core.call(request) });
  } catch (e) {
    self.postMessage({
      id,
      response: { ok: false, error: { code: 'engine.failed', message_key: 'error.engine.failed', text: String(e && e.message || e) } },
    });
  }
};
