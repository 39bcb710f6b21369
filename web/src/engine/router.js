// The engine's request router: which requests go to the core as they are, which read the attached
// file, and which run on a core session of that file. The worker (the page) and directTransport
// (Node, Vitest) both answer through this one router, so what Vitest checks is the page's path.
import { needsFile } from './core-requests.js';
import { failedResponse, noFileResponse } from './errors.js';

// Ops that a rule or view edit repeats on an upload: they run on a session opened once per file and
// mapping (docs/engine-api.md, "Sessions"), so the file is not read again for each edit.
const sessionOps = new Set(['evaluate', 'compare', 'factors', 'contest_page']);

/**
 * @param {{ call(request): object, callWithBytes(request, bytes, onProgress): object }} core  loadCore()'s answer
 */
export function createRouter(core) {
  let file = null; // Uint8Array of the attached file
  let session = null; // { key, id }: the core session of the attached file under one mapping

  function closeSession() {
    if (session) core.call({ op: 'close_session', session: session.id });
    session = null;
  }

  function onSession(request, progress) {
    const key = JSON.stringify(request.dataset.upload);
    if (!session || session.key !== key) {
      closeSession();
      const opened = core.callWithBytes({ op: 'open', dataset: request.dataset }, file, progress);
      if (!opened.ok) return opened;
      session = { key, id: opened.result.session };
    }
    const { dataset, ...rest } = request;
    return core.call({ ...rest, session: session.id });
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
     * @returns {{ ok: boolean, result?: object, error?: object }}
     */
    handle(request, onProgress = null) {
      try {
        if (!needsFile(request)) return core.call(request);
        if (!file) return noFileResponse();
        const progress = onProgress ? (read, total, rows) => onProgress({ read, total, rows }) : null;
        if (sessionOps.has(request.op) && request.dataset && request.dataset.upload) return onSession(request, progress);
        return core.callWithBytes(request, file, progress);
      } catch (e) {
        return failedResponse((e && e.message) || e);
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
