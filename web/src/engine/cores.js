// The worker's cores on the served page: the first module (liteCore.js) starts at once and answers
// everything but the requests that read a file; the full module (core.js, a chunk of its own with
// its .wasm) is loaded the first time one is asked for, or earlier by warm(): the page warms it once
// its first screen is shown, so the module is fetched and compiled (streaming) before the user's
// first upload. The one-file page replaces this module with cores.inline.js (vite.config.js).
import { loadLiteCore } from './liteCore.js';

export function startCores() {
  let full = null;
  const loadFull = () => {
    full =
      full ||
      import('./core.js')
        .then(({ loadCore }) => loadCore())
        .catch((error) => {
          full = null; // the next request that reads a file tries again
          throw error;
        });
    return full;
  };
  return { first: loadLiteCore(), full: loadFull };
}
