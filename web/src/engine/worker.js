// The engine's worker: owns the wasm core and the user's uploaded file (its bytes stay here, so
// a 100 MB file crosses from the page once). It serves the page's messages through workerLoop.js
// and router.js, the same code Vitest runs in Node.
import { loadCore } from './core.js';
import { createRouter } from './router.js';
import { serveMessages } from './workerLoop.js';

const receive = serveMessages(loadCore().then(createRouter), (message) => self.postMessage(message));
self.onmessage = (event) => receive(event.data);
