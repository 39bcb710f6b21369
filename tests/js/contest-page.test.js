// contest_page (issue 14) in the wasm core: pages, filters, sorts and errors byte for byte as the
// native core gives them; the page's helpers that ask for the contests it draws.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadWasmCore, readDatasetFolder, nativeCli, repoRoot } from './support.js';
import { createEngine, directTransport } from '../../web/src/engine/index.js';
import { evaluateParts, fetchDecisions, fullListMost, isPaged, pageRequests } from '../../web/src/scenario/pagedDecisions.js';

function nativeRequest(requestText) {
  const run = spawnSync(nativeCli, ['request', '-'], { input: requestText, encoding: 'utf8', cwd: repoRoot });
  if (run.error) throw run.error;
  return run.stdout;
}

const dataset = readDatasetFolder('data/kz-2023-akims');

describe('contest_page, wasm against native', () => {
  let core;
  let session;
  beforeAll(async () => {
    core = await loadWasmCore();
    session = core.call({ op: 'open', dataset }).result.session;
  });

  const queries = [
    {},
    { offset: 10, limit: 5 },
    { filter: { within: 'abai' } },
    { filter: { outcome: ['valid'] }, sort: { by: 'switch' }, limit: 5 },
    { sort: { by: 'against_all_share', order: 'desc' }, limit: 3 },
    { sort: { by: 'registered' }, filter: { outcome: ['undecided', 'void'] }, offset: 2 },
    { limit: 0 },
    { sort: { by: 'name' } },
    { filter: { within: 'nowhere' } },
  ];

  it('answers every query on a session as native does on the dataset', () => {
    for (const swing of [0, 7.5]) {
      for (const query of queries) {
        const request = { op: 'contest_page', rule: { preset: 'beats-leader' }, swing, ...query };
        const wasm = core.callText(JSON.stringify({ ...request, session }));
        expect(wasm + '\n', JSON.stringify(query)).toBe(nativeRequest(JSON.stringify({ ...request, dataset })));
      }
    }
  });

  it('gives the why summary without the list, as native does', () => {
    const request = { op: 'evaluate', rule: { preset: 'beats-leader' }, contests: false, curve: false, why: true };
    const wasm = core.callText(JSON.stringify({ ...request, session }));
    expect(Object.keys(JSON.parse(wasm).result)).toEqual(['rule', 'swing', 'regions', 'totals', 'why']);
    expect(wasm + '\n').toBe(nativeRequest(JSON.stringify({ ...request, dataset })));
  });
});

describe('the page asks for the contests it draws in pages', () => {
  it('keeps the whole list for few contests and pages many', () => {
    expect(evaluateParts(45)).toEqual({});
    expect(evaluateParts(fullListMost + 1)).toEqual({ contests: false, why: true });
    expect(isPaged({ contests: [] })).toBe(false);
    expect(isPaged({ totals: {} })).toBe(true);
    expect(pageRequests('r', 2500)).toEqual([
      { filter: { within: 'r' }, offset: 0, limit: 1000 },
      { filter: { within: 'r' }, offset: 1000, limit: 1000 },
      { filter: { within: 'r' }, offset: 2000, limit: 500 },
    ]);
  });

  it('gets the decisions of a region from the core, the same as the full list', async () => {
    const core = await loadWasmCore();
    const engine = createEngine(directTransport(core));
    const rule = { preset: 'beats-leader' };
    const full = core.call({ op: 'evaluate', dataset, rule, swing: 3 }).result.contests;
    const { decisions, error } = await fetchDecisions(engine, dataset, rule, 3, [{ within: 'abai', count: 2 }, { within: 'kz', count: 45 }]);
    expect(error).toBe(null);
    expect(decisions.partial).toBe(true);
    expect(decisions.size).toBe(45);
    for (const c of full) expect(decisions.get(c.id)).toEqual(c);
    const bad = await fetchDecisions(engine, dataset, rule, 3, [{ within: 'nowhere', count: 1 }]);
    expect(bad.error.code).toBe('request.invalid_filter');
  });

  it('pages an uploaded file of many stations through its session', async () => {
    const dir = path.join(repoRoot, 'tests/fixtures/uploads');
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, 'wide_stations.csv')));
    const mapping = JSON.parse(fs.readFileSync(path.join(dir, 'wide_stations.mapping.json'), 'utf8'));
    const core = await loadWasmCore();
    const upload = { upload: { file: 'wide_stations.csv', mapping: { ...mapping, contest_level: mapping.hierarchy[mapping.hierarchy.length - 1].level } } };
    const full = core.callWithBytes({ op: 'evaluate', dataset: upload, rule: { preset: 'statistical' }, curve: false }, bytes);
    expect(full.ok, JSON.stringify(full.error)).toBe(true);
    const page = core.callWithBytes({ op: 'contest_page', dataset: upload, rule: { preset: 'statistical' }, limit: 2 }, bytes);
    expect(page.ok, JSON.stringify(page.error)).toBe(true);
    expect(page.result.total).toBe(full.result.contests.length);
    expect(page.result.contests).toEqual(full.result.contests.slice(0, 2));
  });
});
