// The page's side of the service worker: registers it (served pages only) and tells the page when a
// new version has been downloaded and is waiting. The update is applied only when the user accepts.

/** A store of one fact, "an update is waiting", that components subscribe to. */
function updateStore() {
  let waiting = null;
  const listeners = new Set();
  return {
    get ready() {
      return waiting !== null;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Switch to the waiting version: it takes over, then this page reloads once. */
    apply() {
      if (!waiting) return;
      let reloading = false;
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (reloading) return;
        reloading = true;
        location.reload();
      });
      waiting.postMessage({ type: 'skip-waiting' });
    },
    set(worker) {
      waiting = worker;
      for (const listener of listeners) listener(waiting !== null);
    },
  };
}

/**
 * Registers dist/sw.js when the page is served over http(s) by a production build; the one-file
 * page (file://) and the dev server get a store that never reports an update.
 * @returns {{ ready: boolean, subscribe(listener: (ready: boolean) => void): () => void, apply(): void }}
 */
export function watchForUpdates({ url = './sw.js', enabled = import.meta.env.PROD && import.meta.env.MODE !== 'single' } = {}) {
  const store = updateStore();
  const served = typeof location !== 'undefined' && /^https?:$/.test(location.protocol);
  if (!enabled || !served || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return store;

  // A waiting worker is an update only if an older one controls this page; the first install is not.
  const offer = (worker) => {
    if (worker && navigator.serviceWorker.controller) store.set(worker);
  };
  navigator.serviceWorker
    .register(url)
    .then((registration) => {
      offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        if (!installing) return;
        installing.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer(registration.waiting || installing);
        });
      });
    })
    .catch(() => {
      // No service worker (private mode, blocked by policy): the page still works while online.
    });
  return store;
}
