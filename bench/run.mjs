// npm run bench: figures, not pass/fail. Every comparison runs in this one invocation on the same
// bytes; each figure is the median of several runs (BENCH_RUNS, default 5), ratios beside them.
// Inputs: a generated 1,000,000-row polling-station file (build/bench/, BENCH_ROWS to change) and,
// when present, the real 2004 file in ../shared/data (read from there, never copied).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generate, generatedMapping } from './generate.mjs';
import { runInChromium } from './browser.mjs';
import { firstUseInChromium } from './first_use.mjs';
import { measure as measureFirstLoad, targetKb as firstLoadTargetKb } from '../scripts/first-load-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}/build/bench`;
const runs = Number(process.env.BENCH_RUNS || 5);
const rows = Number(process.env.BENCH_ROWS || 1_000_000);
const real2004 = process.env.BENCH_2004 || `${root}/../shared/data/ru-2004-president-stations/2004.csv`;
const log = (line) => process.stderr.write(line + '\n');

// ---- inputs -----------------------------------------------------------------------------

mkdirSync(out, { recursive: true });
const big = `${out}/stations-${rows}.csv`;
const small = `${out}/stations-100000.csv`;
if (!existsSync(big)) {
  log(`generating ${big} …`);
  await generate(big, rows);
}
if (!existsSync(small)) await generate(small, 100_000);
const writeJson = (path, value) => (writeFileSync(path, JSON.stringify(value, null, 1)), path);
const generatedCountry = writeJson(`${out}/generated.mapping.json`, generatedMapping('country'));
const generatedStation = writeJson(`${out}/generated.stations.mapping.json`, generatedMapping('station'));

// The 2004 file as the core suggests mapping it: region → ТИК → УИК, one presidential contest.
const mapping2004 = (contest) => ({
  shape: 'wide',
  hierarchy: [{ level: 'region', column: 0 }, { level: 'district', column: 1 }, { level: 'station', column: 2 }],
  contest_level: contest,
  measures: { registered: [3], ballots_cast: [9, 10], invalid: [11], against_all: [26], valid_votes: [12] },
  candidates: [20, 21, 22, 23, 24, 25],
});
const have2004 = existsSync(real2004);
const country2004 = writeJson(`${out}/ru-2004.mapping.json`, mapping2004('country'));
const station2004 = writeJson(`${out}/ru-2004.stations.mapping.json`, mapping2004('station'));

// Columns the plain-JS sums read (the same the core sums): registered, both ballot boxes,
// invalid, valid, the candidates and against-all.
const generatedColumns = { width: 22, counts: [3, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20, 21] };
const columns2004 = { width: 28, counts: [3, 9, 10, 11, 12, 20, 21, 22, 23, 24, 25, 26] };

const parseInputs = [{ key: `stations-${rows}`, label: `generated, ${rows.toLocaleString('en')} rows`, path: big,
  mapping: generatedCountry, columns: generatedColumns }];
if (have2004) parseInputs.push({ key: 'ru-2004', label: 'ru-2004 (95,779 stations)', path: real2004, mapping: country2004, columns: columns2004 });
const evaluateInputs = [{ key: 'stations-100000', label: 'generated, 100,000 stations as contests', path: small, mapping: generatedStation }];
if (have2004) evaluateInputs.push({ key: 'ru-2004', label: 'ru-2004, 95,779 stations as contests', path: real2004, mapping: station2004 });

// ---- builds -----------------------------------------------------------------------------

const core = `${root}/web/generated/against_all_core.mjs`;
if (!existsSync(core)) {
  console.error('web/generated/against_all_core.mjs is missing: run `npm run build:wasm` first.');
  process.exit(1);
}
log('building the native bench (build/bench/native) …');
execFileSync('cmake', ['-S', root, '-B', `${out}/native`, '-DCMAKE_BUILD_TYPE=Release', '-DAGAINST_ALL_BENCH=ON',
  '-DAGAINST_ALL_TESTS=OFF'], { stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync('cmake', ['--build', `${out}/native`, '-j2', '--target', 'against_all_bench'], { stdio: ['ignore', 'ignore', 'inherit'] });
const nativeBench = `${out}/native/against_all_bench`;

function runJson(command, args) {
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${run.stderr || run.stdout}`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

// ---- measuring --------------------------------------------------------------------------

const results = { runs, inputs: {}, evaluate: {} };
for (const input of parseInputs) {
  log(`native ${input.key} …`);
  const native = runJson(nativeBench, ['summary', input.path, input.mapping, String(runs)]);
  Object.assign(native, runJson(nativeBench, ['stages', input.path, input.mapping, String(Math.min(runs, 3))]));
  native.memory = runJson(nativeBench, ['memory', input.path, input.mapping, '1']);
  log(`wasm in Node ${input.key} …`);
  const node = runJson(process.execPath, [`${root}/bench/node_wasm.mjs`, 'parse', input.path, input.mapping, String(runs)]);
  results.inputs[input.key] = { label: input.label, bytes: statSync(input.path).size, native, node };
}
for (const input of evaluateInputs) {
  log(`evaluate, native ${input.key} …`);
  const native = runJson(nativeBench, ['evaluate', input.path, input.mapping, String(runs)]);
  log(`evaluate, wasm in Node ${input.key} …`);
  const node = runJson(process.execPath, [`${root}/bench/node_wasm.mjs`, 'evaluate', input.path, input.mapping, String(runs)]);
  results.evaluate[input.key] = { label: input.label, native, node };
}
// Issue 12, (4): the swing curve alone (the swing_curve op), also on contests that flip.
const contested = `${out}/contested-100000.csv`;
if (!existsSync(contested)) await generate(contested, 100_000, { contested: true });
const curveInputs = [...evaluateInputs, { key: 'contested-100000', path: contested, mapping: generatedStation,
  label: 'generated "contested", 100,000 stations as contests (against all ~20–110 % of the leader)' }];
results.curve = {};
for (const input of curveInputs) {
  log(`swing curve, native and wasm in Node ${input.key} …`);
  const native = runJson(nativeBench, ['curve', input.path, input.mapping, String(runs)]);
  const node = runJson(process.execPath, [`${root}/bench/node_wasm.mjs`, 'curve', input.path, input.mapping, String(runs)]);
  results.curve[input.key] = { label: input.label, native, node };
}
log('Chromium …');
const chromiumInputs = [
  ...parseInputs.map((i) => ({ key: i.key, path: i.path, mapping: JSON.parse(readFileSync(i.mapping, 'utf8')), columns: i.columns, runs })),
];
const evaluateInChromium = evaluateInputs.map((i) => ({ key: `${i.key}-evaluate`, path: i.path, columns: null, runs,
  evaluateMapping: JSON.parse(readFileSync(i.mapping, 'utf8')) }));
const chromium = await runInChromium([...chromiumInputs, ...evaluateInChromium], log);
results.chromium_version = chromium.version;
for (const input of parseInputs) results.inputs[input.key].chromium = chromium.results[input.key];
for (const input of evaluateInputs) results.evaluate[input.key].chromium = chromium.results[`${input.key}-evaluate`].evaluate;
// Issue 14, item 5: the first upload on a freshly compiled module, against warm ones; the 2004 file (else the generated one).
const firstUseInput = have2004
  ? { key: 'ru-2004', label: 'the 2004 file', path: real2004, mapping: JSON.parse(readFileSync(country2004, 'utf8')), runs }
  : { key: 'stations-100000', label: 'the generated 100,000 rows', path: small, mapping: JSON.parse(readFileSync(generatedCountry, 'utf8')), runs };
log('first use in Chromium …');
results.first_use = { label: firstUseInput.label, ...(await firstUseInChromium(firstUseInput, log)) };

// ---- the machine ------------------------------------------------------------------------

function firstLine(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: '/usr/share/nodejs' } })
      .split('\n')[0].trim();
  } catch {
    return 'unknown';
  }
}
const osRelease = existsSync('/etc/os-release') ? (readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="([^"]+)"/) || [])[1] : 'unknown';
results.machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memory_gb: Math.round(totalmem() / 2 ** 30),
  os: `${osRelease}, kernel ${firstLine('uname', ['-r'])}`,
  cxx: firstLine('c++', ['--version']),
  emcc: firstLine('emcc', ['--version']),
  node: process.version,
  chromium: chromium.version,
};
writeFileSync(`${out}/results.json`, JSON.stringify(results, null, 1));

// ---- the report -------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);
const fmtMs = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(8);
const fmtMb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
const pad = (s, n) => String(s).padEnd(n);
const verdict = (ok) => (ok ? 'met' : 'NOT met');

const m = results.machine;
console.log(`against-all benchmark — medians of ${runs} runs (MB = 10^6 bytes)`);
console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB; ${m.os}`);
console.log(`         ${m.cxx}; ${m.emcc}; Node ${m.node}; Chromium ${m.chromium}`);
if (!have2004) console.log(`the 2004 file (${real2004}) is absent: its rows are skipped.`);

const targets = [];
for (const [key, r] of Object.entries(results.inputs)) {
  const bytes = r.bytes;
  const scan = median(r.native.scan_ms);
  const native = median(r.native.summary_ms);
  const node = median(r.node.summary_ms);
  const wasm = median(r.chromium.wasm.map((x) => x.ms));
  const papa = median(r.chromium.papa.map((x) => x.ms));
  const udsv = median(r.chromium.udsv.map((x) => x.ms));
  const rowsIn = r.native.lines - 1;
  console.log(`\n== ${r.label}: ${fmtMb(bytes)}, ${rowsIn.toLocaleString('en')} data rows (${key})`);
  console.log(`${pad('', 66)}${'ms'.padStart(8)}  ${'MB/s'.padStart(7)}  peak memory`);
  const line = (name, ms, memory = '') =>
    console.log(`${pad(name, 66)}${fmtMs(ms)}  ${mbps(bytes, ms).toFixed(0).padStart(7)}  ${memory}`);
  const nativePeak = r.native.peak_rss_kb * 1024;
  line('native  memchr newline scan (the floor)', scan);
  line('native  summary op on the upload (decode+parse+validate+aggregate)', native,
    `max RSS ${fmtMb(nativePeak)} = ${(nativePeak / bytes).toFixed(2)}× file (with the caller's copy; file alone ${fmtMb(r.native.rss_with_file_kb * 1024)})`);
  line('  stage: decode (UTF-8 check; copies the bytes here)', median(r.native.decode_ms));
  line('  stage: delimited records alone (no values read)', median(r.native.records_ms));
  line('  stage: the same records read one byte at a time (no scanner)', median(r.native.records_bytes_ms));
  line('  stage: build_upload = decode + records + rows summed', median(r.native.build_upload_ms));
  line('wasm    Node, callWithBytes summary', node,
    `wasm memory ${fmtMb(r.node.wasm_memory_bytes)} = ${(r.node.wasm_memory_bytes / bytes).toFixed(2)}× file; process RSS ${fmtMb(r.node.peak_rss_bytes)}`);
  const wasmMemory = Math.max(...r.chromium.wasm.map((x) => x.wasm_memory_bytes));
  line('wasm    Chromium page, callWithBytes summary', wasm,
    `wasm memory ${fmtMb(wasmMemory)} = ${(wasmMemory / bytes).toFixed(2)}× file`);
  line('JS      Chromium, Papa Parse + plain-JS sums', papa,
    `JS heap ≤ ${fmtMb(Math.max(...r.chromium.papa.map((x) => x.peak_js_heap_bytes)))} (sampled)`);
  line('JS      Chromium, uDSV parse only', udsv,
    `JS heap ≤ ${fmtMb(Math.max(...r.chromium.udsv.map((x) => x.peak_js_heap_bytes)))} (sampled)`);
  const heap = r.native.memory;
  console.log('where the memory goes (native, live heap bytes above what the caller holds; the file handed over):');
  for (const [name, stage, kept] of [['decode the bytes to text', heap.decode, 'the text'],
    ['inspect (decode, sniff, find the table)', heap.inspect, 'the reply'],
    ['summary op', heap.summary, 'the reply'], ['open a session', heap.open, 'the session']]) {
    console.log(`  ${pad(name, 48)} peak ${fmtMb(stage.peak_bytes).padStart(7)} = ${stage.peak_x_file.toFixed(2)}× file;`
      + ` keeps ${fmtMb(stage.kept_bytes)} (${kept})`);
  }
  const paired = (other) => median(r.chromium.wasm.map((x, i) => r.chromium[other][i].ms / x.ms));
  // The targets of issue 14 (docs/performance.md, "Targets").
  const rows = [
    [`wasm in Chromium ≥ 3× Papa Parse + sums`, paired('papa'), (x) => x >= 3, 'faster'],
    [`wasm in Chromium ≥ 2× uDSV parse-only`, paired('udsv'), (x) => x >= 2, 'faster'],
    [`wasm (Chromium) ≤ 1.3× native time`, wasm / native, (x) => x <= 1.3, 'of native'],
    [`wasm (Node) ≤ 1.3× native time`, node / native, (x) => x <= 1.3, 'of native'],
    [`native ≥ 1 GB/s end to end`, mbps(bytes, native) / 1000, (x) => x >= 1, 'GB/s'],
    [`native ≤ 20× the newline scan`, native / scan, (x) => x <= 20, 'of the scan'],
    [`peak memory ≤ 1.5× file: wasm memory (Node)`, r.node.wasm_memory_bytes / bytes, (x) => x <= 1.5, 'of the file'],
    [`peak memory ≤ 1.5× file: wasm memory (Chromium)`, wasmMemory / bytes, (x) => x <= 1.5, 'of the file'],
    [`peak memory ≤ 1.5× file: native live heap`, heap.summary.peak_x_file, (x) => x <= 1.5, 'of the file'],
  ];
  console.log('targets:');
  for (const [name, ratio, ok, unit] of rows) {
    console.log(`  ${pad(name, 48)} ${ratio.toFixed(2).padStart(7)}× ${pad(unit, 12)} ${verdict(ok(ratio))}`);
    targets.push({ input: key, target: name, ratio, met: ok(ratio) });
  }
}

for (const [key, r] of Object.entries(results.evaluate)) {
  console.log(`\n== re-evaluating a rule (beats-leader) on a session: ${r.label} (${r.native.contests.toLocaleString('en')} contests)`);
  console.log(`   open (read the file, resolve figures, keep every contest's counts): native ${r.native.open_ms.toFixed(0)} ms, Node ${r.node.open_ms.toFixed(0)} ms`);
  console.log(`${pad('   evaluate, per call', 60)}${'native'.padStart(9)}${'Node'.padStart(9)}${'Chromium'.padStart(10)}  response`);
  const parts = { totals: 'totals + regions only ("contests": false, "curve": false)', contests: 'with every contest ("curve": false)',
    curve: 'with the swing curve ("contests": false; the session keeps it)', full: 'full result (contests + curve, the default)' };
  for (const [name, label] of Object.entries(parts)) {
    const n = median(r.native.evaluate[name].ms);
    const o = median(r.node.evaluate[name].ms);
    const c = median(r.chromium.evaluate[name].ms);
    console.log(`   ${pad(label, 57)}${fmtMs(n)} ${fmtMs(o)} ${fmtMs(c)}   ${fmtMb(r.native.evaluate[name].response_bytes)}`.replace(' 0 MB', ' <1 MB'));
  }
  console.log('targets (totals only, ≤ 16 ms):');
  for (const [where, ms] of [['native', median(r.native.evaluate.totals.ms)], ['wasm, Node', median(r.node.evaluate.totals.ms)],
    ['wasm, Chromium', median(r.chromium.evaluate.totals.ms)]]) {
    console.log(`  ${pad(`re-evaluate ${r.native.contests.toLocaleString('en')} contests, ${where}`, 48)} ${(ms / 16).toFixed(2).padStart(7)}× ${pad('of 16 ms', 12)} ${verdict(ms <= 16)}`);
    targets.push({ input: key, target: `re-evaluate within 16 ms (${where})`, ratio: ms / 16, met: ms <= 16 });
  }
  // Issue 12: the swing curve built anew (the swing_curve op, below) against its baseline from the
  // evaluate run: a tally at each of the 61 half points.
  console.log('the swing curve built anew (swing_curve op, below) and its baseline (61 tallies at the half points):');
  for (const [where, run, curveRun] of [['native', r.native, results.curve[key].native], ['wasm, Node', r.node, results.curve[key].node],
    ['wasm, Chromium', r.chromium, null]]) {
    const ms = curveRun ? median(curveRun.build_ms) : NaN;
    const half = run.evaluate.half_points ? median(run.evaluate.half_points.ms) : NaN;
    console.log(`  ${pad(where, 16)} curve ${fmtMs(ms)}   61 half-point tallies ${fmtMs(half)}   ${curveRun ? `${(half / Math.max(ms, 0.001)).toFixed(0)}× less` : ''}`);
  }
}

console.log(`\n== the swing curve alone (the swing_curve op on a session), beats-leader: medians of ${runs * 4} calls, wall / CPU ms`);
console.log(`${pad('', 62)}${'built'.padStart(17)}${'cached'.padStart(17)}  breakpoints`);
for (const [key, r] of Object.entries(results.curve)) {
  console.log(`   ${r.label} — ${r.native.contests.toLocaleString('en')} contests; open: native ${r.native.open_ms.toFixed(0)} ms, Node ${r.node.open_ms.toFixed(0)} ms`);
  const both = (wall, cpu) => `${fmtMs(median(wall))} /${fmtMs(median(cpu))}`;
  for (const [where, run] of [['native', r.native], ['wasm, Node', r.node]]) {
    console.log(`     ${pad(where, 57)}${both(run.build_ms, run.build_cpu_ms)}${both(run.cached_ms, run.cached_cpu_ms)}  ${run.steps ?? '> 5,000'}`);
  }
  const wall = median(r.node.build_ms), cpu = median(r.node.build_cpu_ms);
  for (const [what, ms] of [['CPU', cpu], ['wall', wall]]) {
    console.log(`  ${pad(`swing curve built anew, wasm in Node, ${what}`, 48)} ${(ms / 20).toFixed(2).padStart(7)}× ${pad('of 20 ms', 12)} ${verdict(ms <= 20)}`);
    targets.push({ input: key, target: `swing curve within 20 ms (wasm in Node, ${what})`, ratio: ms / 20, met: ms <= 20 });
  }
}
// ---- issue 14: pages of contests, opening a session, first use, first load ----------------

for (const [key, r] of Object.entries(results.evaluate)) {
  const contests = r.native.contests.toLocaleString('en');
  console.log(`\n== per-contest results in pages (contest_page), ${r.label}: medians of ${runs} runs, each on a new swing`);
  const labels = { first_page: 'first page, file order (50 contests)', closest_to_void: 'the 50 valid contests closest to void (a new scenario)',
    closest_to_void_next: '… the next 50 (the scenario remembered)', region_page: 'page 3 of one region' };
  console.log(`${pad('', 60)}${'Node'.padStart(9)}${'Chromium'.padStart(10)}  response`);
  for (const [name, label] of Object.entries(labels)) {
    const o = r.node.pages[name], c = r.chromium.pages[name];
    console.log(`   ${pad(label, 57)}${fmtMs(median(o.ms))} ${fmtMs(median(c.ms))}   ${(o.response_bytes / 1000).toFixed(0)} KB`);
  }
  const first = Math.max(median(r.node.pages.first_page.ms), median(r.chromium.pages.first_page.ms));
  console.log(`  ${pad(`first page of ${contests} contests (wasm, slower of Node/Chromium)`, 48)} ${(first / 20).toFixed(2).padStart(7)}× ${pad('of 20 ms', 12)} ${verdict(first <= 20)}`);
  targets.push({ input: key, target: 'first page of per-contest results within 20 ms (wasm)', ratio: first / 20, met: first <= 20 });
  const closest = Math.max(median(r.node.pages.closest_to_void.ms), median(r.chromium.pages.closest_to_void.ms));
  console.log(`  ${pad(`closest to void, new scenario (wasm)`, 48)} ${(closest / 20).toFixed(2).padStart(7)}× ${pad('of 20 ms', 12)} ${verdict(closest <= 20)}`);
  targets.push({ input: key, target: 'the 50 closest to void, new scenario, within 20 ms (wasm)', ratio: closest / 20, met: closest <= 20 });
  const open = r.chromium.open_ms;
  console.log(`  ${pad(`open a session on ${contests} contests, wasm in Chromium (${open.toFixed(0)} ms; Node ${r.node.open_ms.toFixed(0)} ms)`, 48)} ${(open / 300).toFixed(2).padStart(7)}× ${pad('of 300 ms', 12)} ${verdict(open <= 300)}`);
  targets.push({ input: key, target: 'open a session within 300 ms (wasm, Chromium)', ratio: open / 300, met: open <= 300 });
}

{
  const [bare, warmed] = results.first_use.visits;
  console.log(`\n== first use in Chromium, ${results.first_use.label} (summary of the upload; each a fresh browser profile; bench/first_use.mjs)`);
  for (const v of [bare, warmed]) {
    console.log(`   ${v.warm_up ? `after the page's warm-up (${fmtMs(v.warm_up_ms)} ms)` : 'without a warm-up'}: load the core (fetch + streaming compile + instantiate) ${fmtMs(v.load_ms)} ms; first call ${fmtMs(v.first_ms)} ms; warm calls ${fmtMs(median(v.warm_ms))} ms (median)`);
  }
  const ratio = warmed.first_ms / median(warmed.warm_ms);
  console.log(`   without the warm-up the first call is ${(bare.first_ms / median(bare.warm_ms)).toFixed(2)}× a warm one`);
  console.log(`  ${pad('cold first upload vs a warm one (the page: warmed)', 48)} ${ratio.toFixed(2).padStart(7)}× ${pad('of ≤ 1.5×', 12)} ${verdict(ratio <= 1.5)}`);
  targets.push({ input: 'first_use', target: 'cold first upload ≤ 1.5× a warm one', ratio, met: ratio <= 1.5 });
}

if (existsSync(`${root}/dist/index.html`)) {
  const load = measureFirstLoad(`${root}/dist`);
  results.first_load = load;
  console.log(`\n== first load of the built page (dist/, gzipped; scripts/first-load-size.mjs)`);
  for (const f of load.files) console.log(`   ${(f.gzip / 1000).toFixed(1).padStart(8)} KB  ${f.file}`);
  const ratio = load.total / (firstLoadTargetKb * 1000);
  console.log(`  ${pad(`first load ${(load.total / 1000).toFixed(1)} KB`, 48)} ${ratio.toFixed(2).padStart(7)}× ${pad(`of ${firstLoadTargetKb} KB`, 12)} ${verdict(ratio <= 1)}`);
  targets.push({ input: 'first_load', target: `first load ≤ ${firstLoadTargetKb} KB gzipped`, ratio, met: ratio <= 1 });
} else {
  console.log('\n(no dist/: run `npm run build` for the first-load figure)');
}

// A 1 GB file in the page (issue 14, item 3): the core refuses any upload past its file limit
// before reading it, so the figure is that limit, read from the header that sets it.
{
  const limits = readFileSync(`${root}/wasm/include/against_all/limits.hpp`, 'utf8');
  const [, a, b, c] = limits.match(/kMaxFileBytes\s*=\s*(\d+)u?\s*\*\s*(\d+)\s*\*\s*(\d+)/) || [];
  const limit = a ? Number(a) * Number(b) * Number(c) : NaN;
  const ratio = 2 ** 30 / limit;
  console.log(`\n== a 1 GB file in the page: the largest upload the core reads is ${(limit / 2 ** 20).toFixed(0)} MiB`
    + ' (limit.file_size); past it the file is refused before it is read');
  console.log(`  ${pad('a 1 GiB file analysed', 48)} ${ratio.toFixed(2).padStart(7)}× ${pad('the limit', 12)} ${verdict(ratio <= 1)}`);
  targets.push({ input: 'limits', target: 'a 1 GiB file analysed in the page', ratio, met: ratio <= 1 });
}
writeFileSync(`${out}/results.json`, JSON.stringify({ ...results, targets }, null, 1));
console.log(`\nraw figures: build/bench/results.json`);
