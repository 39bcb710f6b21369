// The worker's side of the transport (Squoosh's worker bridge): messages are served one at a time,
// in the order they came, through the router (router.js); each request gets one response, with
// progress messages while the file is read. A call the page cancelled before its turn is skipped.
// A warm-up message loads the full core once the calls before it are served, without holding up
// the calls after it.
// No worker globals here: worker.js wires it to `self`, and Vitest runs it in Node.
import { bytesOf } from './router.js';
import { failedResponse } from './errors.js';

/**
 * @param {Promise<ReturnType<import('./router.js').createRouter>>} router
 * @param {(message: object) => void} post  sends a message to the page
 * @returns {(message: object) => void}  what to do with each message from the page
 */
export function serveMessages(router, post) {
  const skipped = new Set(); // ids cancelled by the page before they were served
  let queue = Promise.resolve();

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

  return (message) => {
    if (message.cancel) skipped.add(message.cancel);
    else if (message.warm) queue.then(() => router).then((route) => route.warm(), () => {});
    else queue = queue.then(() => serve(message));
  };
}
