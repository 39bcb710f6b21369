// The engine's one request router (web/src/engine/router.js) on the real wasm core: the page's
// worker and Node's directTransport answer through it, sessions included; the worker's message loop
// (workerLoop.js) with per-call cancellation; and the mapping form's checks against the core's.
import { describe, it, expect, beforeAll, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createRouter } from '../../web/src/engine/router.js';
import { serveMessages } from '../../web/src/engine/workerLoop.js';
import { warmUpUpload, warmUpReads } from '../../web/src/engine/warmUp.js';
import { createEngine, directTransport, workerTransport } from '../../web/src/engine/index.js';
import { engineError, errorOf, isCancelled } from '../../web/src/engine/errors.js';
import {
  formFromMapping, mappingFromForm, validateForm, withLevelRenamed, withShape, withColumnRole, withContestLevel, withOption, role,
} from '../../web/src/upload/mappingForm.js';
import { loadWasmCore, loadWasmLiteCore, readDatasetFolder, repoRoot } from './support.js';

const uploads = path.join(repoRoot, 'tests/fixtures/uploads');
const wideCsv = new Uint8Array(fs.readFileSync(path.join(uploads, 'wide_stations.csv')));
const wideMapping = JSON.parse(fs.readFileSync(path.join(uploads, 'wide_stations.mapping.json'), 'utf8'));
const longCsv = new Uint8Array(fs.readFileSync(path.join(uploads, 'long_stations.csv')));
const longMapping = JSON.parse(fs.readFileSync(path.join(uploads, 'long_stations.mapping.json'), 'utf8'));

/** A response without the upload's report (`result.upload`). */
function withoutReport(response) {
  const { upload, ...result } = response.result;
  return { ...response, result };
}

/** The core, counting the requests it was given by op. */
function countingCore(core) {
  const ops = [];
  return {
    ops,
    call: (request) => (ops.push(request.op), core.call(request)),
    callWithBytes: (request, bytes, progress) => (ops.push(request.op), core.callWithBytes(request, bytes, progress)),
  };
}

/**
 * A Worker in this thread: the real message loop and router on the real core, messages delivered a
 * turn later as between threads. terminate() stops it as a worker stops: nothing more comes out.
 */
function inThreadWorkers(core) {
  const started = [];
  const spawn = () => {
    let alive = true;
    const worker = {
      onmessage: null,
      onerror: null,
      postMessage: (message) => setTimeout(() => alive && receive(message)),
      terminate: () => {
        alive = false;
      },
    };
    const receive = serveMessages(Promise.resolve(createRouter(core)), (message) =>
      setTimeout(() => alive && worker.onmessage({ data: structuredClone(message) })),
    );
    started.push(worker);
    return worker;
  };
  return { spawn, started };
}

describe('the request router', () => {
  let core;
  beforeAll(async () => {
    core = await loadWasmCore();
  });

  it('answers a request without a file as the core does', async () => {
    const router = createRouter(core);
    const bundled = readDatasetFolder('data/kz-2023-akims');
    expect(await router.handle({ op: 'presets' })).toEqual(core.call({ op: 'presets' }));
    expect((await router.handle({ op: 'summary', dataset: bundled })).result.national).toEqual(core.call({ op: 'summary', dataset: bundled }).result.national);
  });

  it('names a missing file as engine.no_file, and a core that throws as engine.failed', async () => {
    expect(await createRouter(core).handle({ op: 'inspect', file: 'x.csv' })).toEqual({ ok: false, error: engineError('engine.no_file') });
    const broken = createRouter({ call: () => { throw new Error('boom'); } });
    expect(await broken.handle({ op: 'presets' })).toEqual({ ok: false, error: { code: 'engine.failed', text: 'boom' } });
  });

  it('runs rule edits on an upload through one session per file and mapping, with the answers of a fresh read', async () => {
    const counted = countingCore(core);
    const router = createRouter(counted);
    router.attach(wideCsv);
    const dataset = { upload: { file: 'wide_stations.csv', mapping: wideMapping } };
    const first = await router.handle({ op: 'evaluate', dataset, rule: { preset: 'beats-leader' }, swing: 0 });
    const second = await router.handle({ op: 'evaluate', dataset, rule: { preset: 'statistical' }, swing: 5 });
    const compared = await router.handle({ op: 'compare', dataset, swing: 0 });
    expect(counted.ops.filter((op) => op === 'open')).toHaveLength(1);
    expect(router.hasSession()).toBe(true);
    // The same answers as reading the file again for each request (less the file's report, which a
    // session gave once, when it was opened).
    const fresh = (request) => withoutReport(core.callWithBytes(request, wideCsv));
    expect(first).toEqual(fresh({ op: 'evaluate', dataset, rule: { preset: 'beats-leader' }, swing: 0 }));
    expect(second).toEqual(fresh({ op: 'evaluate', dataset, rule: { preset: 'statistical' }, swing: 5 }));
    expect(compared).toEqual(fresh({ op: 'compare', dataset, swing: 0 }));
    // Another mapping opens another session (the old one closed); a new file closes it.
    const other = { upload: { file: 'wide_stations.csv', mapping: { ...wideMapping, contest_level: 'region' } } };
    expect((await router.handle({ op: 'evaluate', dataset: other, rule: { preset: 'beats-leader' }, swing: 0 })).ok).toBe(true);
    expect(counted.ops.filter((op) => op === 'open')).toHaveLength(2);
    expect(counted.ops.filter((op) => op === 'close_session')).toHaveLength(1);
    router.attach(longCsv);
    expect(router.hasSession()).toBe(false);
    expect(counted.ops.filter((op) => op === 'close_session')).toHaveLength(2);
  });

  it('is the router Node tests go through: directTransport keeps the session too', async () => {
    const counted = countingCore(core);
    const engine = createEngine(directTransport(counted));
    await engine.attachFile(wideCsv);
    const dataset = { upload: { file: 'wide_stations.csv', mapping: wideMapping } };
    const progress = [];
    expect((await engine.analyse({ op: 'summary', dataset }, (p) => progress.push(p))).ok).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expect(Object.keys(progress.at(-1)).sort()).toEqual(['read', 'rows', 'total']);
    await engine.evaluate(dataset, { preset: 'beats-leader' }, 0);
    await engine.evaluate(dataset, { preset: 'beats-leader' }, 10);
    await engine.factors(dataset);
    expect(counted.ops.filter((op) => op === 'open')).toHaveLength(1);
  });
});

describe('the two cores: the first module, the full one for files', () => {
  let lite;
  let full;
  beforeAll(async () => {
    [lite, full] = await Promise.all([loadWasmLiteCore(), loadWasmCore()]);
  });

  it('answers without a file from the first module and reads files with the full one, asked for only then', async () => {
    const first = countingCore(lite);
    const counted = countingCore(full);
    const asked = [];
    const router = createRouter(first, async () => (asked.push('full'), counted));
    const bundled = readDatasetFolder('data/kz-2023-akims');
    expect(await router.handle({ op: 'summary', dataset: bundled })).toEqual(full.call({ op: 'summary', dataset: bundled }));
    expect(await router.handle({ op: 'inspect', file: 'x.csv' })).toEqual({ ok: false, error: engineError('engine.no_file') });
    expect(asked).toEqual([]);
    router.attach(wideCsv);
    const dataset = { upload: { file: 'wide_stations.csv', mapping: wideMapping } };
    expect((await router.handle({ op: 'inspect', file: 'wide_stations.csv' })).ok).toBe(true);
    const evaluated = await router.handle({ op: 'evaluate', dataset, rule: { preset: 'beats-leader' }, swing: 0 });
    expect(evaluated).toEqual(withoutReport(full.callWithBytes({ op: 'evaluate', dataset, rule: { preset: 'beats-leader' }, swing: 0 }, wideCsv)));
    router.attach(longCsv); // closes the session, in the full core that holds it
    expect(first.ops).toEqual(['summary']);
    expect(counted.ops).toEqual(['inspect', 'open', 'evaluate', 'close_session']);
    expect(asked).toEqual(['full', 'full']);
    await router.warm();
    expect(asked).toHaveLength(3);
  });

  it('warms the full core on a generated file it reads whole, without a problem, once', async () => {
    const { bytes, request } = warmUpUpload();
    const read = full.callWithBytes(request, bytes);
    expect(read.ok).toBe(true);
    expect(read.result.upload.rows_used).toBe(5000);
    expect(read.result.upload.problems_total).toBe(0);
    const counted = countingCore(full);
    const router = createRouter(lite, async () => counted);
    await router.warm();
    await router.warm();
    expect(counted.ops).toEqual(Array(warmUpReads).fill('summary'));
    expect(router.hasSession()).toBe(false);
  });

  it('warms the full core once the calls before are served, holding up none after, and reads the warm-up file once quiet (worker loop)', async () => {
    const order = [];
    const counted = countingCore(full);
    const router = createRouter(lite, async () => (order.push('full loaded'), counted));
    const posted = [];
    const receive = serveMessages(Promise.resolve(router), (message) => posted.push(message), 200);
    const bundled = readDatasetFolder('data/kz-2023-akims');
    receive({ id: 1, request: { op: 'summary', dataset: bundled } });
    receive({ warm: true });
    receive({ id: 2, request: { op: 'presets' } });
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    await vi.waitFor(() => expect(order).toHaveLength(1));
    expect(posted.map((message) => message.id)).toEqual([1, 2]);
    expect(posted.every((message) => message.response.ok)).toBe(true);
    expect(order).toEqual(['full loaded']);
    await vi.waitFor(() => expect(counted.ops).toEqual(Array(warmUpReads).fill('summary')), { timeout: 10000 });
  });
});

describe('the worker transport, per-call cancellation', () => {
  let core;
  beforeAll(async () => {
    core = await loadWasmCore();
  });

  it('answers calls in order through the worker loop, with progress', async () => {
    const { spawn } = inThreadWorkers(core);
    const engine = createEngine(workerTransport(spawn));
    expect((await engine.attachFile(new Blob([wideCsv]))).result).toEqual({ bytes: wideCsv.byteLength });
    const progress = [];
    const dataset = { upload: { file: 'wide_stations.csv', mapping: wideMapping } };
    const [inspected, summary] = await Promise.all([engine.inspect('wide_stations.csv'), engine.analyse({ op: 'summary', dataset }, (p) => progress.push(p))]);
    expect(inspected.ok && summary.ok).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expect(summary.result.national).toEqual(core.callWithBytes({ op: 'summary', dataset }, wideCsv).result.national);
  });

  it('cancels a waiting call alone: the worker skips it, the others are answered', async () => {
    const { spawn, started } = inThreadWorkers(core);
    const engine = createEngine(workerTransport(spawn));
    const stop = new AbortController();
    const first = engine.presets();
    const second = engine.presets({ signal: stop.signal });
    const third = engine.call({ op: 'presets' });
    stop.abort();
    const answers = await Promise.all([first, second, third]);
    expect(answers.map((a) => a.ok)).toEqual([true, false, true]);
    expect(isCancelled(answers[1])).toBe(true);
    expect(answers[1].error).toEqual(engineError('engine.cancelled'));
    expect(started).toHaveLength(1); // no restart was needed
  });

  it('cancels the call being served by a new worker that gets the file and the pending calls again', async () => {
    const { spawn, started } = inThreadWorkers(core);
    const engine = createEngine(workerTransport(spawn));
    await engine.attachFile(new Blob([wideCsv]));
    const dataset = { upload: { file: 'wide_stations.csv', mapping: wideMapping } };
    const stop = new AbortController();
    const serving = engine.analyse({ op: 'summary', dataset }, null, { signal: stop.signal });
    const after = engine.evaluate(dataset, { preset: 'beats-leader' }, 0);
    const inspected = engine.inspect('wide_stations.csv');
    stop.abort();
    const [cancelled, evaluated, inspection] = await Promise.all([serving, after, inspected]);
    expect(isCancelled(cancelled)).toBe(true);
    expect(started).toHaveLength(2);
    expect(evaluated).toEqual(withoutReport(core.callWithBytes({ op: 'evaluate', dataset, rule: { preset: 'beats-leader' }, swing: 0 }, wideCsv)));
    expect(inspection.ok).toBe(true);
  });

  it('answers an already aborted signal at once, and a closed engine with engine.cancelled', async () => {
    const { spawn } = inThreadWorkers(core);
    const engine = createEngine(workerTransport(spawn));
    expect(isCancelled(await engine.presets({ signal: AbortSignal.abort() }))).toBe(true);
    const pending = engine.presets();
    engine.close();
    expect(isCancelled(await pending)).toBe(true);
    expect(errorOf(null)).toEqual(engineError('engine.failed'));
  });
});

// The form's own checks (upload/mappingForm.js validateForm) and the core's map.* errors on the same
// mappings: where the form finds nothing the core refuses nothing, and where it finds something the
// core refuses it at one of the same fields, with the same code.
describe('the mapping form and the core agree', () => {
  let core;
  let wideHeader;
  let longHeader;
  beforeAll(async () => {
    core = await loadWasmCore();
    wideHeader = core.callWithBytes({ op: 'inspect', file: 'w.csv' }, wideCsv).result.header;
    longHeader = core.callWithBytes({ op: 'inspect', file: 'l.csv' }, longCsv).result.header;
  });

  const wide = () => formFromMapping(wideMapping, wideHeader);
  const long = () => formFromMapping(longMapping, longHeader);
  const table = [
    ['a wide mapping as given', () => wide(), wideCsv],
    ['a long mapping as given', () => long(), longCsv],
    ['one contest for the whole file', () => withContestLevel(wide(), 'country'), wideCsv],
    ['contests at the region level', () => withContestLevel(wide(), 'region'), wideCsv],
    ['no hierarchy at all', () => formFromMapping({ ...wideMapping, hierarchy: [] }, wideHeader), wideCsv],
    ['a level named twice', () => withLevelRenamed(wide(), 1, 'region'), wideCsv],
    ['a level with no name', () => withLevelRenamed(wide(), 1, ''), wideCsv],
    ['a level name with a space around it', () => withLevelRenamed(wide(), 1, ' district'), wideCsv],
    ['a level named country', () => withLevelRenamed(wide(), 0, 'country'), wideCsv],
    ['contests at a level the hierarchy lacks', () => ({ ...wide(), contestLevel: 'ward' }), wideCsv],
    ['a long file without option and votes columns', () => withShape(wide(), 'long'), wideCsv],
    ['a long file without a votes column', () => withColumnRole(long(), 7, role.unused), longCsv],
    ['an option mapped to no known target', () => withOption(long(), 'Против всех', 'nobody'), longCsv],
    ['an option ignored', () => withOption(long(), 'Против всех', 'ignore'), longCsv],
    ['two columns of one published percentage', () => withColumnRole(withColumnRole(wide(), 4, role.measure('turnout_pct')), 5, role.measure('turnout_pct')), wideCsv],
    ['several columns summed into one count', () => withColumnRole(wide(), 6, role.measure('ballots_cast')), wideCsv],
  ];

  it.each(table)('%s', (_, makeForm, bytes) => {
    const form = makeForm();
    const found = validateForm(form);
    const response = core.callWithBytes({ op: 'summary', dataset: { upload: { file: 'f.csv', mapping: mappingFromForm(form) } } }, bytes);
    const refused = !response.ok && String(response.error.code).startsWith('map.');
    if (Object.keys(found).length === 0) {
      expect(refused ? response.error : null).toBeNull();
    } else {
      expect(refused).toBe(true);
      expect(Object.keys(found)).toContain(response.error.field || '');
      expect(found[response.error.field].code).toBe(response.error.code);
    }
  });
});
