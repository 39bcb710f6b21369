// Loads the wasm core and exposes its entry points as objects in, objects out.
// Used inside the engine's worker in the browser, and directly by the Vitest suite in Node.
import createAgainstAllCore from '../../generated/against_all_core.mjs';
import { inflateRaw } from './inflate.js';

export { needsFile } from './core-requests.js';

/**
 * @param {object} [moduleOptions] Emscripten module options; Node passes { wasmBinary }.
 */
export async function loadCore(moduleOptions = {}) {
  // inflateRaw: the core's host-supplied inflate for zip and gzip (inflate.js).
  const module = await createAgainstAllCore({ inflateRaw, ...moduleOptions });
  const callText = (requestText) => module.call(requestText);
  return {
    callText,
    call: (request) => JSON.parse(callText(JSON.stringify(request))),
    /** With an uploaded file's bytes; onProgress(bytesRead, bytesTotal, rows) is called now and then. */
    callWithBytes: (request, bytes, onProgress = null) =>
      JSON.parse(module.callWithBytes(JSON.stringify(request), bytes, onProgress)),
    /** The same, the response as the core wrote it (parity tests compare bytes). */
    callWithBytesText: (request, bytes) => module.callWithBytes(JSON.stringify(request), bytes, null),
  };
}
