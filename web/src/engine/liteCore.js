// Loads the page's first wasm module, against_all_core_lite: the requests without a file (presets,
// every op on the bundled elections) answered by the same compiled core as the full module, with the
// upload readers left out so the first screen waits for less (CMakeLists.txt).
import createAgainstAllCoreLite from '../../generated/against_all_core_lite.mjs';
import { coreApi } from './coreApi.js';

/**
 * @param {object} [moduleOptions] Emscripten module options; Node passes { wasmBinary }.
 */
export async function loadLiteCore(moduleOptions = {}) {
  return coreApi(await createAgainstAllCoreLite(moduleOptions));
}
