// The worker's side of the transport (Squoosh's worker bridge): messages are served one at a time,
// in the order they came, through the router (router.js); each request gets one response, with
// progress messages while the file is read. A call the page cancelled before its turn is skipped.
// A warm-up message loads the full core once the calls before it are served, without holding up
// the calls after it; the warm-up read (router.js, warm) waits until no call has come or been
// served for `idleMs`, since a page that has just shown its first screen is often still asking.
// No worker globals here: worker.js wires it to `self`, and Vitest runs it in Node.
import { bytesOf } from './router.js';
import { failedResponse } from './errors.js';

/**
 * @param {Promise<ReturnType<import('./router.js').createRouter>>} router
 * @param {(message: object) => void} post  sends a message to the page
 * @param {number} [idleMs]  how long the worker must have been quiet before the warm-up read
 * @returns {(message: object) => void}  what to do with each message from the page
 */
export function serveMessages(router, post, idleMs = 2000) {
  const skipped = new Set(); // ids cancelled by the page before they were served
  let queue = Promise.resolve();
  let waiting = 0; // calls received and not yet answered
  let lastActivity = Date.now();

  function whenIdle(work) {
    const quietFor = Date.now() - lastActivity;
    if (waiting === 0 && quietFor >= idleMs) work();
    else setTimeout(() => whenIdle(work), Math.max(idleMs - quietFor, 50));
  }

  async function serve({ id, request, attach }) {
    if (skipped.delete(id)) return;
    let response;
    try {
      const route = await router;
      response = attach ? route.attach(await bytesOf(attach)) : await route.handle(request, (progress) => post({ id, progress }));
    } catch (e) {
      response = failedResponse((e && e.message) || e);
    }
    post({ id, response });
  }

  async function serveCounted(message) {
    try {
      await serve(message);
    } finally {
      waiting -= 1;
      lastActivity = Date.now();
    }
  }

  return (message) => {
    lastActivity = Date.now();
    if (message.cancel) skipped.add(message.cancel);
    else if (message.warm) queue.then(() => router).then((route) => route.warm(whenIdle), () => {});
    else {
      waiting += 1;
      queue = queue.then(() => serveCounted(message));
    }
  };
}
