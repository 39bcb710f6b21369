// The engine's worker: owns the wasm cores and the user's uploaded file (its bytes stay here, so
// a 100 MB file crosses from the page once). It serves the page's messages through workerLoop.js
// and router.js, the same code Vitest runs in Node. The first module answers at once; the full one
// is loaded for the first file (cores.js).
import { startCores } from './cores.js';
import { createRouter } from './router.js';
import { serveMessages } from './workerLoop.js';

const cores = startCores();
const router = cores.first.then((core) => createRouter(core, cores.full));
const receive = serveMessages(router, (message) => self.postMessage(message));
self.onmessage = (event) => receive(event.data);
