// The wasm core in Node, in a process of its own (so its memory is its own):
//   node bench/node_wasm.mjs parse <file.csv> <mapping.json> <runs>
//   node bench/node_wasm.mjs evaluate <file.csv> <mapping.json> <runs>
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
} else {
  const [openMs, opened] = time(() => JSON.parse(core.callWithBytes(JSON.stringify({ op: 'open', dataset: { upload } }), bytes, null)));
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  out.open_ms = openMs;
  out.contests = opened.result.contests;
  out.evaluate = {};
  const session = opened.result.session;
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
