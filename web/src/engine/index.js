// The engine façade: the only way the page reaches the C++ core. Every call is async and
// resolves to { ok: true, result } or { ok: false, error } (errors are values, never throws).
//
// The core always runs in a Web Worker, so the page stays responsive. Served over http the worker
// is its own file; in the one-file page (file://) it starts from a Blob URL (spawnWorker.inline.js),
// since browsers refuse workers from file URLs but allow Blob ones. directTransport stays for Node.
import { spawnWorker } from './spawnWorker.js';
import { needsFile } from './core-requests.js';

const cancelled = { ok: false, error: { code: 'engine.cancelled', message_key: 'error.engine.cancelled' } };
const noFile = { ok: false, error: { code: 'engine.no_file', message_key: 'error.engine.no_file' } };

/**
 * A transport that runs the core in a Web Worker (the page). Cancelling stops the worker at once
 * (a wasm call cannot be interrupted from outside) and starts a fresh one; the attached file is
 * attached again to the new worker, so the user can carry on.
 */
export function workerTransport() {
  let worker;
  let failure = null; // once the worker has failed, every call answers with that error at once
  let file = null; // the attached File/Blob, kept (cheaply) so that a restarted worker gets it again
  const pending = new Map(); // id → { resolve, onProgress }
  let nextId = 1;

  function settleAll(response) {
    for (const { resolve } of pending.values()) resolve(response);
    pending.clear();
  }

  function post(message, transfer = []) {
    const id = nextId++;
    return {
      id,
      promise: new Promise((resolve) => {
        pending.set(id, { resolve, onProgress: message.onProgress });
        const { onProgress, ...data } = message;
        worker.postMessage({ id, ...data }, transfer);
      }),
    };
  }

  function start() {
    worker = spawnWorker();
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
      const error = { code: 'engine.failed', message_key: 'error.engine.failed', text: event.message || 'worker error' };
      failure = { ok: false, error };
      settleAll(failure);
    };
    if (file) sendFile(file);
  }

  // The bytes move to the worker (transferred, not copied); the page keeps only the Blob.
  async function sendFile(blob) {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return post({ attach: bytes }, [bytes.buffer]).promise;
  }
  start();

  return {
    send(request, { onProgress } = {}) {
      if (failure) return Promise.resolve(failure);
      return post({ request, onProgress }).promise;
    },
    /** Gives the worker the user's file (a File, Blob or Uint8Array). */
    attach(source) {
      file = source instanceof Blob ? source : new Blob([source]);
      return sendFile(file);
    },
    cancel() {
      worker.terminate();
      settleAll(cancelled);
      start();
    },
    close() {
      worker.terminate();
      settleAll(cancelled);
    },
  };
}

/** A transport that calls an already loaded core in this thread (Node tests, fallbacks). */
export function directTransport(core) {
  let file = null;
  return {
    send: async (request, { onProgress } = {}) => {
      if (!needsFile(request)) return core.call(request);
      if (!file) return noFile;
      const progress = onProgress ? (read, total, rows) => onProgress({ read, total, rows }) : null;
      return core.callWithBytes(request, file, progress);
    },
    attach: async (source) => {
      file = source instanceof Blob ? new Uint8Array(await source.arrayBuffer()) : source;
      return { ok: true, result: { bytes: file.byteLength } };
    },
    cancel() {},
    close() {},
  };
}

/**
 * @param {{ send(request: object): Promise<object>, close(): void }} [transport]
 */
export function createEngine(transport = workerTransport()) {
  return {
    /** Everything the results explorer shows for one dataset ({ files: { name: text } }). */
    summary: (dataset) => transport.send({ op: 'summary', dataset }),
    /** Only the consistency findings for one dataset. */
    check: (dataset) => transport.send({ op: 'check', dataset }),
    /** The rule presets (the countries' rules) with their full settings. */
    presets: () => transport.send({ op: 'presets' }),
    /** One rule on one dataset: every contest's outcome, tallies and the swing curve (parts: { contests, curve, why }). */
    evaluate: (dataset, rule, swing = 0, parts = {}) => transport.send({ op: 'evaluate', dataset, rule, swing, ...parts }),
    /**
     * One page of per-contest decisions, filtered and sorted in the core (docs/engine-api.md, `contest_page`):
     * query = { filter: { within, outcome }, sort: { by, order }, offset, limit }.
     */
    contestPage: (dataset, rule, swing = 0, query = {}) => transport.send({ op: 'contest_page', dataset, rule, swing, ...query }),
    /** What goes with the against-all share (docs/engine-api.md, `factors`); options: { level, base }. */
    factors: (dataset, options = {}) => transport.send({ op: 'factors', dataset, ...options }),
    /** Every preset side by side on one dataset. */
    compare: (dataset, swing = 0) => transport.send({ op: 'compare', dataset, swing }),
    /** Hands the user's file (File, Blob or Uint8Array) to the engine; later calls name it as { upload }. */
    attachFile: (bytes) => transport.attach(bytes),
    /** Encoding, delimiter, header, first rows and a suggested mapping of the attached file ({ sheet, entry }: which table of a workbook or zip). */
    inspect: (file, choice = {}) => transport.send({ op: 'inspect', file, ...choice }),
    /** The rows of the attached file that have problems, as CSV text. */
    problemsCsv: (upload) => transport.send({ op: 'problems_csv', upload }),
    /**
     * Any op on the attached file as the dataset: dataset = { upload: { file, mapping } }.
     * onProgress({ read, total, rows }) is called while the file is read.
     */
    analyse: (request, onProgress) => transport.send(request, { onProgress }),
    /** Stops whatever the engine is doing (the page's cancel button). */
    cancel: () => transport.cancel(),
    /** Any request of docs/engine-api.md. */
    call: (request) => transport.send(request),
    close: () => transport.close(),
  };
}
