// The one-file page's worker: its code (the core with the .wasm inlined) is a string in the page,
// started from a Blob URL, which browsers allow on file:// pages. It is a classic (IIFE) worker:
// a module worker from a Blob URL fails on file:// (the page's origin is opaque). Used instead of
// spawnWorker.js by the one-file build (vite.config.js, mode "single").
import InlineWorker from './worker.js?worker&inline';

export function spawnWorker() {
  return new InlineWorker({ name: 'against-all-engine' });
}
