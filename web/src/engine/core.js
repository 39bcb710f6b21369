// Loads the full wasm core (every op, the upload readers included) and exposes its entry points as
// objects in, objects out. Used inside the engine's worker in the browser (loaded when a file is
// first read or warmed after the first screen, cores.js), and directly by the Vitest suite in Node.
import createAgainstAllCore from '../../generated/against_all_core.mjs';
import { inflateRaw } from './inflate.js';
import { coreApi } from './coreApi.js';

export { needsFile } from './core-requests.js';

/**
 * @param {object} [moduleOptions] Emscripten module options; Node passes { wasmBinary }.
 */
export async function loadCore(moduleOptions = {}) {
  // inflateRaw: the core's host-supplied inflate for zip and gzip (inflate.js).
  return coreApi(await createAgainstAllCore({ inflateRaw, ...moduleOptions }));
}
