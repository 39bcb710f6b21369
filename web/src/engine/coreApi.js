// An instantiated wasm module of the core as objects in, objects out: the full module (core.js)
// and the first one (cores.js, against_all_core_lite: no upload readers, so no callWithBytes).
export function coreApi(module) {
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
