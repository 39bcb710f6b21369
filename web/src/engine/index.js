// The engine façade: the only way the page reaches the C++ core. Every call is async and
// resolves to { ok: true, result } or { ok: false, error } (errors are values, never throws).
//
// The core always runs in a Web Worker, so the page stays responsive. Served over http the worker
// is its own file; in the one-file page (file://) it starts from a Blob URL (spawnWorker.inline.js),
// since browsers refuse workers from file URLs but allow Blob ones. directTransport runs the same
// router (router.js) in this thread, for Node.
//
// Cancelling is per call (the Squoosh worker-bridge pattern): each call may carry an AbortSignal;
// aborting it answers that call with engine.cancelled and leaves the others be.
import { spawnWorker } from './spawnWorker.js';
import { createRouter, bytesOf } from './router.js';
import { cancelledResponse, failedResponse } from './errors.js';

/**
 * A transport that runs the core in a Web Worker (the page; `spawn` starts one, see spawnWorker.js).
 * The worker serves calls in order (workerLoop.js). A cancelled call still waiting its turn is
 * skipped; the call being served cannot be interrupted (a wasm call cannot be stopped from outside),
 * so the worker is replaced by a fresh one that gets the attached file again and every call still
 * pending, in order: only the cancelled call ends.
 */
export function workerTransport(spawn = spawnWorker) {
  let worker;
  let failure = null; // once the worker has failed, every call answers with that error at once
  let file = null; // the attached File/Blob: posted to the worker (cheap; the bytes are read there)
  const pending = new Map(); // id → { message, resolve, onProgress }, in the order the worker serves them
  let nextId = 1;

  function settleAll(response) {
    for (const { resolve } of pending.values()) resolve(response);
    pending.clear();
  }

  function start() {
    worker = spawn();
    worker.onmessage = (event) => {
      const { id, response, progress } = event.data;
      const call = pending.get(id);
      if (!call) return;
      if (progress) {
        if (call.onProgress) call.onProgress(progress);
        return;
      }
      pending.delete(id);
      call.resolve(response);
    };
    worker.onerror = (event) => {
      failure = failedResponse(event.message || 'worker error');
      settleAll(failure);
    };
  }

  // The call being served is the oldest one not yet answered: stopping it means a new worker.
  function restart() {
    worker.terminate();
    start();
    if (file) worker.postMessage({ id: nextId++, attach: file });
    for (const [id, { message }] of pending) worker.postMessage({ id, ...message });
  }

  function abort(id) {
    const call = pending.get(id);
    if (!call) return;
    const serving = pending.keys().next().value === id;
    pending.delete(id);
    call.resolve(cancelledResponse());
    if (serving) restart();
    else worker.postMessage({ cancel: id });
  }

  function post(message, { onProgress, signal } = {}) {
    if (failure) return Promise.resolve(failure);
    if (signal && signal.aborted) return Promise.resolve(cancelledResponse());
    const id = nextId++;
    return new Promise((resolve) => {
      const done = (response) => {
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(response);
      };
      const onAbort = () => abort(id);
      pending.set(id, { message, resolve: done, onProgress });
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ id, ...message });
    });
  }
  start();

  return {
    send: (request, options) => post({ request }, options),
    /** Has the worker load its full core now, after the calls already sent (workerLoop.js). */
    warm() {
      if (!failure) worker.postMessage({ warm: true });
    },
    /** Gives the worker the user's file (a File, Blob or Uint8Array). */
    attach(source, options) {
      file = source instanceof Blob ? source : new Blob([source]);
      return post({ attach: file }, options);
    },
    close() {
      worker.terminate();
      settleAll(cancelledResponse());
    },
  };
}

/**
 * A transport that runs the same router in this thread on an already loaded core (Node tests);
 * loadFull, when given, is the full core for the requests that read a file (router.js).
 */
export function directTransport(core, loadFull) {
  const router = createRouter(core, loadFull);
  return {
    send: async (request, { onProgress, signal } = {}) => (signal && signal.aborted ? cancelledResponse() : router.handle(request, onProgress)),
    warm: () => router.warm(),
    attach: async (source, { signal } = {}) => {
      const bytes = await bytesOf(source);
      return signal && signal.aborted ? cancelledResponse() : router.attach(bytes);
    },
    close() {},
  };
}

/**
 * Every method takes, last, optional call options { signal } (an AbortSignal that cancels that call).
 * @param {{ send(request, options): Promise<object>, attach(source, options): Promise<object>, close(): void }} [transport]
 */
export function createEngine(transport = workerTransport()) {
  return {
    /** Everything the results explorer shows for one dataset ({ files: { name: text } }). */
    summary: (dataset, options) => transport.send({ op: 'summary', dataset }, options),
    /** Only the consistency findings for one dataset. */
    check: (dataset, options) => transport.send({ op: 'check', dataset }, options),
    /** The rule presets (the countries' rules) with their full settings. */
    presets: (options) => transport.send({ op: 'presets' }, options),
    /** One rule on one dataset: every contest's outcome, tallies and the swing curve (parts: { contests, curve, why }). */
    evaluate: (dataset, rule, swing = 0, parts = {}, options) => transport.send({ op: 'evaluate', dataset, rule, swing, ...parts }, options),
    /**
     * One page of per-contest decisions, filtered and sorted in the core (docs/engine-api.md, `contest_page`):
     * query = { filter: { within, outcome }, sort: { by, order }, offset, limit }.
     */
    contestPage: (dataset, rule, swing = 0, query = {}, options) =>
      transport.send({ op: 'contest_page', dataset, rule, swing, ...query }, options),
    /** What goes with the against-all share (docs/engine-api.md, `factors`); factorOptions: { level, base }. */
    factors: (dataset, factorOptions = {}, options) => transport.send({ op: 'factors', dataset, ...factorOptions }, options),
    /** Every preset side by side on one dataset. */
    compare: (dataset, swing = 0, options) => transport.send({ op: 'compare', dataset, swing }, options),
    /** Hands the user's file (File, Blob or Uint8Array) to the engine; later calls name it as { upload }. */
    attachFile: (bytes, options) => transport.attach(bytes, options),
    /** Encoding, delimiter, header, first rows and a suggested mapping of the attached file ({ sheet, entry }: which table of a workbook or zip). */
    inspect: (file, choice = {}, options) => transport.send({ op: 'inspect', file, ...choice }, options),
    /** The rows of the attached file that have problems, as CSV text. */
    problemsCsv: (upload, options) => transport.send({ op: 'problems_csv', upload }, options),
    /**
     * Any op on the attached file as the dataset: dataset = { upload: { file, mapping } }.
     * onProgress({ read, total, rows }) is called while the file is read.
     */
    analyse: (request, onProgress, options = {}) => transport.send(request, { ...options, onProgress }),
    /**
     * Loads the core that reads files (fetch and streaming compile) before the first upload asks
     * for it; the page calls it once its first screen is shown. Nothing to wait for.
     */
    warmUp: () => {
      if (transport.warm) transport.warm();
    },
    /** Any request of docs/engine-api.md. */
    call: (request, options) => transport.send(request, options),
    close: () => transport.close(),
  };
}
