// Loads the wasm core and exposes its single entry point as objects in, objects out.
// Used inside the engine's worker in the browser, and directly by the Vitest suite in Node.
import createAgainstAllCore from '../../generated/against_all_core.mjs';

/**
 * @param {object} [moduleOptions] Emscripten module options; Node passes { wasmBinary }.
 * @returns {Promise<{ call(request: object): object, callText(request: string): string }>}
 */
export async function loadCore(moduleOptions = {}) {
  const module = await createAgainstAllCore(moduleOptions);
  const callText = (requestText) => module.call(requestText);
  return {
    callText,
    call: (request) => JSON.parse(callText(JSON.stringify(request))),
  };
}
