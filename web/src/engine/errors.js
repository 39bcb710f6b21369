// The engine's own errors, made in one place: every one is a value { code, …location }
// like the core's (docs/engine-api.md, "Errors"), so the page translates them the same way.

/** An engine error value; `extra` carries the location or the raw text (`text`). */
export function engineError(code, extra = {}) {
  return { code, ...extra };
}

/** The response of a call that failed with `code`. */
export function errorResponse(code, extra = {}) {
  return { ok: false, error: engineError(code, extra) };
}

/** The call was cancelled (its AbortSignal fired, or the engine was closed). */
export const cancelledResponse = () => errorResponse('engine.cancelled');

/** A request needs the user's file and none is attached. */
export const noFileResponse = () => errorResponse('engine.no_file');

/** The worker or the core failed; `text` says how, as the runtime put it. */
export const failedResponse = (text) => errorResponse('engine.failed', text ? { text: String(text) } : {});

/** The error of an answer that is not ok; a missing answer is a failed engine. */
export function errorOf(response) {
  return (response && response.error) || engineError('engine.failed');
}

/** Whether the answer is "cancelled" (the page shows that as a notice, not as an error). */
export function isCancelled(response) {
  return Boolean(response && response.error && response.error.code === 'engine.cancelled');
}
