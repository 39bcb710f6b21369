// The engine's request router: which requests go to the core as they are, which read the attached
// file, and which run on a core session of that file. The worker (the page) and directTransport
// (Node, Vitest) both answer through this one router, so what Vitest checks is the page's path.
// The requests that read a file go to the full core, which the worker may load only then (cores.js);
// the others to the core the router was made with (the page's small first module).
import { needsFile } from './core-requests.js';
import { failedResponse, noFileResponse } from './errors.js';
import { warmUp, warmUpReads } from './warmUp.js';

// Ops that a rule or view edit repeats on an upload: they run on a session opened once per file and
// mapping (docs/engine-api.md, "Sessions"), so the file is not read again for each edit.
const sessionOps = new Set(['evaluate', 'compare', 'factors', 'contest_page']);

/**
 * @param {{ call(request): object, callWithBytes?(request, bytes, onProgress): object }} core  answers the requests without a file
 * @param {() => Promise<typeof core>} [loadFull]  the full core (loadCore()'s answer), for the requests
 *   that read the file; without it `core` answers those too
 */
export function createRouter(core, loadFull = () => Promise.resolve(core)) {
  let file = null; // Uint8Array of the attached file
  let session = null; // { key, id, core }: the full core's session of the attached file under one mapping
  let warmed = false;

  function closeSession() {
    if (session) session.core.call({ op: 'close_session', session: session.id });
    session = null;
  }

  function onSession(full, request, progress) {
    const key = JSON.stringify(request.dataset.upload);
    if (!session || session.key !== key) {
      closeSession();
      const opened = full.callWithBytes({ op: 'open', dataset: request.dataset }, file, progress);
      if (!opened.ok) return opened;
      session = { key, id: opened.result.session, core: full };
    }
    const { dataset, ...rest } = request;
    return full.call({ ...rest, session: session.id });
  }

  return {
    /** The user's file (its bytes); a session of the previous file is closed. */
    attach(bytes) {
      file = bytes;
      closeSession();
      return { ok: true, result: { bytes: file.byteLength } };
    },
    /**
     * One request, one response. onProgress({ read, total, rows }) is called while the file is read.
     * @returns {Promise<{ ok: boolean, result?: object, error?: object }>}
     */
    async handle(request, onProgress = null) {
      try {
        if (!needsFile(request)) return core.call(request);
        if (!file) return noFileResponse();
        const full = await loadFull();
        const progress = onProgress ? (read, total, rows) => onProgress({ read, total, rows }) : null;
        if (sessionOps.has(request.op) && request.dataset && request.dataset.upload) return onSession(full, request, progress);
        return full.callWithBytes(request, file, progress);
      } catch (e) {
        return failedResponse((e && e.message) || e);
      }
    },
    /**
     * Loads the full core now (fetched and compiled while the user looks at the first screen) and
     * has it read a small generated file once (warmUp.js), so the first upload runs on optimised code.
     * The read holds the thread for a moment: `whenIdle(read)` chooses when (the worker: once no
     * call has come for a while, workerLoop.js); by default at once.
     */
    async warm(whenIdle = (read) => read()) {
      try {
        const full = await loadFull();
        const read = (left) => {
          warmUp(full);
          if (left > 1) whenIdle(() => read(left - 1));
        };
        if (!warmed) whenIdle(() => read(warmUpReads));
        warmed = true;
      } catch {
        // A failed load is answered when a file is read: that request tries again and says why.
      }
    },
    /** Whether a session of the attached file is open (tests). */
    hasSession: () => session !== null,
  };
}

/** The bytes of a File, Blob or Uint8Array. */
export async function bytesOf(source) {
  return source instanceof Blob ? new Uint8Array(await source.arrayBuffer()) : source;
}
