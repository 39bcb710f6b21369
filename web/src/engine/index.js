// The engine façade: the only way the page reaches the C++ core. Every call is async and
// resolves to { ok: true, result } or { ok: false, error } (errors are values, never throws).

/** A transport that runs the core in a Web Worker (the page). */
export function workerTransport() {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let nextId = 1;
  worker.onmessage = (event) => {
    const { id, response } = event.data;
    const resolve = pending.get(id);
    pending.delete(id);
    if (resolve) resolve(response);
  };
  worker.onerror = (event) => {
    const error = { code: 'engine.failed', message_key: 'error.engine.failed', text: event.message || 'worker error' };
    for (const resolve of pending.values()) resolve({ ok: false, error });
    pending.clear();
  };
  return {
    send(request) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ id, request });
      });
    },
    close() {
      worker.terminate();
    },
  };
}

/** A transport that calls an already loaded core in this thread (Node tests, fallbacks). */
export function directTransport(core) {
  return {
    send: async (request) => core.call(request),
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
    /** One rule on one dataset: every contest's outcome, tallies and the swing curve. */
    evaluate: (dataset, rule, swing = 0) => transport.send({ op: 'evaluate', dataset, rule, swing }),
    /** Every preset side by side on one dataset. */
    compare: (dataset, swing = 0) => transport.send({ op: 'compare', dataset, swing }),
    /** Any request of docs/engine-api.md. */
    call: (request) => transport.send(request),
    close: () => transport.close(),
  };
}
