// The wasm core in Node, in a process of its own (so its memory is its own):
//   node bench/node_wasm.mjs parse <file.csv> <mapping.json> <runs>
//   node bench/node_wasm.mjs evaluate <file.csv> <mapping.json> <runs>
//   node bench/node_wasm.mjs curve <file.csv> <mapping.json> <runs>
// Prints one JSON object, the same shape as the native bench's.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import createAgainstAllCore from '../web/generated/against_all_core.mjs';
import { timePages } from './page_requests.js';

const [mode, file, mappingPath, runsText] = process.argv.slice(2);
const runs = Number(runsText);
const root = fileURLToPath(new URL('..', import.meta.url));
const core = await createAgainstAllCore({ wasmBinary: readFileSync(`${root}/web/generated/against_all_core.wasm`) });
const bytes = new Uint8Array(readFileSync(file));
const mapping = JSON.parse(readFileSync(mappingPath, 'utf8'));
const upload = { file: 'bench.csv', mapping };
let peakRss = process.memoryUsage().rss;
const rssWithFile = peakRss;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function time(f) {
  const start = performance.now();
  const value = f();
  return [performance.now() - start, value];
}

// CPU time of the process (user + system), in ms: steadier than wall time on a busy machine.
function cpuTime(f) {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function openSession() {
  const [openMs, opened] = time(() => JSON.parse(core.callWithBytes(JSON.stringify({ op: 'open', dataset: { upload } }), bytes, null)));
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return [openMs, opened.result];
}

const out = { file_bytes: bytes.length, rss_with_file_bytes: rssWithFile };
if (mode === 'parse') {
  const request = JSON.stringify({ op: 'summary', dataset: { upload } });
  out.summary_ms = [];
  core.callWithBytes(request, bytes, null); // warm-up (compiling the wasm's hot code), not counted
  for (let r = 0; r < runs; r += 1) {
    const [ms, response] = time(() => core.callWithBytes(request, bytes, null));
    sample();
    out.summary_ms.push(ms);
    out.ok = response.startsWith('{"ok":true');
    out.response_bytes = response.length;
  }
} else if (mode === 'curve') {
  // The swing_curve op: built anew (beats the leader with a tie valid and void in turn, so the
  // session's cache never answers) and answered from the cache; wall and CPU time.
  const heapBefore = core.HEAPU8.buffer.byteLength;
  const [openMs, opened] = openSession();
  Object.assign(out, { open_ms: openMs, contests: opened.contests, heap_before_open_bytes: heapBefore });
  const session = opened.session;
  const rules = [{ preset: 'beats-leader' }, { preset: 'beats-leader', tie: 'void' }];
  const requests = rules.map((rule) => JSON.stringify({ op: 'swing_curve', session, rule }));
  core.call(requests[1]); // warm-up, not counted
  Object.assign(out, { build_ms: [], build_cpu_ms: [], cached_ms: [], cached_cpu_ms: [] });
  let last = '';
  for (let r = 0; r < runs * 4; r += 1) {
    const text = requests[r % 2];
    out.build_cpu_ms.push(cpuTime(() => out.build_ms.push(time(() => (last = core.call(text)))[0])));
    out.cached_cpu_ms.push(cpuTime(() => out.cached_ms.push(time(() => core.call(text))[0])));
  }
  const steps = JSON.parse(last).result.swing_steps;
  out.steps = Array.isArray(steps) ? steps.length : null;
  sample();
  core.call(JSON.stringify({ op: 'close_session', session }));
} else {
  const [openMs, opened] = openSession();
  out.open_ms = openMs;
  out.contests = opened.contests;
  out.evaluate = {};
  const session = opened.session;
  for (const [name, contests, curve] of [['totals', false, false], ['contests', true, false], ['curve', false, true], ['full', true, true]]) {
    const text = JSON.stringify({ op: 'evaluate', session, rule: { preset: 'beats-leader' }, swing: 0, contests, curve });
    const ms = [];
    let size = 0;
    for (let r = 0; r < (contests ? 1 : runs * 4); r += 1) {
      const [t, response] = time(() => core.call(text));
      ms.push(t);
      size = response.length;
    }
    sample();
    out.evaluate[name] = { ms, response_bytes: size };
  }
  // Issue 14: per-contest results in pages instead of the whole list.
  out.pages = timePages((text) => core.call(text), session, runs, () => performance.now());
  sample();
  // The curve's baseline in the same run: a tally at every half point from 0 to +30 (61 calls).
  const halfPoints = [];
  for (let r = 0; r < runs; r += 1) {
    halfPoints.push(time(() => {
      for (let half = 0; half <= 60; half += 1) {
        core.call(JSON.stringify({ op: 'evaluate', session, rule: { preset: 'beats-leader' }, swing: half / 2, contests: false, curve: false }));
      }
    })[0]);
  }
  out.evaluate.half_points = { ms: halfPoints };
  core.call(JSON.stringify({ op: 'close_session', session }));
}
out.wasm_memory_bytes = core.HEAPU8.buffer.byteLength;
out.peak_rss_bytes = peakRss;
console.log(JSON.stringify(out));
