// The Chromium side of `npm run bench`: on the page's main thread, the same bytes through the wasm
// core (callWithBytes, the app's request), Papa Parse + plain-JS sums, and uDSV parse-only.
// bench/browser.mjs serves this page and calls window.bench.* with page.evaluate.
import createAgainstAllCore from '/core/against_all_core.mjs';
import { inferSchema, initParser } from '/lib/uDSV.mjs';
import { timePages } from '/bench/page_requests.js';

let bytes = null;
let core = null;

const heap = () => (performance.memory ? performance.memory.usedJSHeapSize : 0);

async function load(url) {
  bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  return bytes.length;
}

async function loadCore() {
  const start = performance.now();
  core = await createAgainstAllCore({ locateFile: (name) => `/core/${name}` });
  return performance.now() - start;   // fetch + streaming compile + instantiate
}

function wasmRun(request) {
  const text = JSON.stringify(request);
  const start = performance.now();
  const response = core.callWithBytes(text, bytes, null);
  const ms = performance.now() - start;
  const ok = response.startsWith('{"ok":true');
  return { ms, ok, response_bytes: response.length, wasm_memory_bytes: core.HEAPU8.buffer.byteLength };
}

// The columns the core sums, summed per district (region + ТИК) the plain way.
function papaRun(columns) {
  const start = performance.now();
  const text = new TextDecoder('utf-8').decode(bytes);
  const sums = new Map();
  let rows = 0;
  let peak = heap();
  let header = true;
  Papa.parse(text, {
    chunkSize: 8 * 1024 * 1024,
    chunk(results) {
      for (const row of results.data) {
        if (header) {
          header = false;
          continue;
        }
        if (row.length < columns.width) continue;
        rows += 1;
        const key = row[0] + '\u001f' + row[1];
        let sum = sums.get(key);
        if (!sum) sums.set(key, (sum = new Float64Array(columns.counts.length)));
        for (let k = 0; k < columns.counts.length; k += 1) sum[k] += Number(row[columns.counts[k]]);
      }
      peak = Math.max(peak, heap());
    },
  });
  const ms = performance.now() - start;
  return { ms, rows, units: sums.size, peak_js_heap_bytes: Math.max(peak, heap()) };
}

function udsvRun() {
  const start = performance.now();
  const text = new TextDecoder('utf-8').decode(bytes);
  const parser = initParser(inferSchema(text.slice(0, 64 * 1024)));
  let rows = 0;
  let peak = heap();
  // A row handler instead of the default accumulator: parse only, nothing kept.
  parser.chunk(text, parser.stringArrs, () => {
    rows += 1;
    if ((rows & 0xffff) === 0) peak = Math.max(peak, heap());
  });
  parser.end();
  const ms = performance.now() - start;
  return { ms, rows, peak_js_heap_bytes: Math.max(peak, heap()) };
}

function evaluateRuns(request, variants, runs) {
  const openStart = performance.now();
  const opened = JSON.parse(core.callWithBytes(JSON.stringify(request), bytes, null));
  const openMs = performance.now() - openStart;
  if (!opened.ok) return { error: opened.error };
  const session = opened.result.session;
  const out = { contests: opened.result.contests, open_ms: openMs, evaluate: {} };
  for (const v of variants) {
    const text = JSON.stringify({ op: 'evaluate', session, rule: { preset: 'beats-leader' }, swing: 0,
                                  contests: v.contests, curve: v.curve });
    const ms = [];
    let size = 0;
    for (let r = 0; r < (v.contests ? 1 : runs * 4); r += 1) {
      const start = performance.now();
      size = core.call(text).length;
      ms.push(performance.now() - start);
    }
    out.evaluate[v.name] = { ms, response_bytes: size };
  }
  out.pages = timePages((text) => core.call(text), session, runs, () => performance.now());
  // The curve's baseline in the same run: a tally at every half point from 0 to +30 (61 calls).
  out.evaluate.half_points = { ms: [] };
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    for (let half = 0; half <= 60; half += 1) {
      core.call(JSON.stringify({ op: 'evaluate', session, rule: { preset: 'beats-leader' }, swing: half / 2, contests: false, curve: false }));
    }
    out.evaluate.half_points.ms.push(performance.now() - start);
  }
  core.call(JSON.stringify({ op: 'close_session', session }));
  out.wasm_memory_bytes = core.HEAPU8.buffer.byteLength;
  return out;
}

window.bench = { load, loadCore, wasmRun, papaRun, udsvRun, evaluateRuns, heap };
window.benchReady = true;
