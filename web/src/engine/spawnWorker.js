// Starts the engine's worker from its own file: the served page (http, the service worker caches
// the file). The one-file build (dist/against-all.html) replaces this module with
// spawnWorker.inline.js, because a page opened from disk may not start a worker from a file URL.
export function spawnWorker() {
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'against-all-engine' });
}
