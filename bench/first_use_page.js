// The Chromium side of the first-use figure (bench/first_use.mjs): the full core loaded as the
// page's worker loads it (streaming compile), optionally warmed as the worker warms it after the
// first screen (web/src/engine/warmUp.js, the same module), then the upload's first call and
// warm ones. On the page's main thread: the call is synchronous either way.
import createAgainstAllCore from '/core/against_all_core.mjs';
import { warmUp, warmUpReads } from '/engine/warmUp.js';

let bytes = null;
let core = null;

const timed = (work) => {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
};

window.firstUse = {
  async load(url) {
    bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    return bytes.length;
  },
  async loadCore() {
    const start = performance.now();
    core = await createAgainstAllCore({ locateFile: (name) => `/core/${name}` });
    return performance.now() - start; // fetch + streaming compile + instantiate
  },
  warmUp() {
    const wrapped = { callWithBytes: (request, data) => JSON.parse(core.callWithBytes(JSON.stringify(request), data, null)) };
    const reads = timed(() => Array.from({ length: warmUpReads }, () => warmUp(wrapped)));
    return { ms: reads.ms, ok: reads.value.every((value) => value.ok === true) };
  },
  run(request) {
    const { ms, value } = timed(() => core.callWithBytes(JSON.stringify(request), bytes, null));
    return { ms, ok: value.startsWith('{"ok":true') };
  },
};
window.firstUseReady = true;
