// The engine façade against the real wasm module (no mock): the calls the page makes.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createEngine, directTransport } from '../../web/src/engine/index.js';
import { loadWasmCore, readDatasetFolder } from './support.js';

describe('engine façade on the wasm core', () => {
  let engine;
  const bundled = readDatasetFolder('data/kz-2023-akims');

  beforeAll(async () => {
    engine = createEngine(directTransport(await loadWasmCore()));
  });
  afterAll(() => engine.close());

  it('summarises the bundled elections: 17 regions, 45 contests, the article national figures', async () => {
    const response = await engine.summary(bundled);
    expect(response.ok).toBe(true);
    const { national, regions, contests, completeness } = response.result;
    expect(regions).toHaveLength(17);
    expect(contests).toHaveLength(45);
    expect(completeness.contests).toBe(45);
    expect(national.figures.ballots_cast.value).toBe(654443);
    expect(national.figures.against_all.value).toBe(14267);
    expect(national.shares.against_all_of_cast).toBeCloseTo(14267 / 654443, 12);
    expect(Math.round(national.shares.against_all_of_cast * 1000) / 10).toBe(2.2);
  });

  it('reproduces the article: 8 of 17 regions above the national share', async () => {
    const { result } = await engine.summary(bundled);
    expect(result.regions.filter((r) => r.vs_national === 'above')).toHaveLength(8);
    expect(result.stats.regions_above_national).toBe(8);
    const ranks = result.regions.map((r) => r.rank).sort((a, b) => a - b);
    expect(ranks[0]).toBe(1);
    const abai = result.regions.find((r) => r.id === 'abai');
    expect(abai.published.against_all_pct[0]).toMatchObject({ value: 7.6, matches: true });
  });

  it('derives exactly what the data allows and labels it', async () => {
    const { result } = await engine.summary(bundled);
    const syrdarya = result.contests.find((c) => c.id === 'kyzylorda/syrdarya');
    expect(syrdarya.figures.against_all).toMatchObject({ value: 12, status: 'derived' });
    expect(syrdarya.figures.against_all.derivation.rule).toBe('parent_minus_siblings');
    const akkol = result.contests.find((c) => c.id === 'akmola/akkol');
    expect(akkol.figures.against_all).toMatchObject({ value: null, status: 'unknown' });
  });

  it('lists findings that name their units, and check returns the same findings', async () => {
    const summary = await engine.summary(bundled);
    const check = await engine.check(bundled);
    expect(check.ok).toBe(true);
    expect(check.result.findings).toEqual(summary.result.findings);
    const disagreement = summary.result.findings.find(
      (f) => f.code === 'claims.disagree' && f.units.includes('north-kazakhstan') && f.measure === 'ballots_cast',
    );
    expect(disagreement).toBeDefined();
  });

  it('returns a located error value for a broken file, never throws', async () => {
    const broken = { files: { ...bundled.files, 'figures.csv': bundled.files['figures.csv'].replace('abai,against_all,745', 'abai,against_all,7x5') } };
    const response = await engine.summary(broken);
    expect(response.ok).toBe(false);
    expect(response.error).toMatchObject({ code: 'value.not_integer', file: 'figures.csv', field: 'value', text: '7x5' });
    expect(response.error.line).toBeGreaterThan(1);
  });

  it('rejects an unknown operation as a value', async () => {
    const response = await engine.call({ op: 'explode' });
    expect(response).toMatchObject({ ok: false, error: { code: 'request.unknown_op' } });
  });
});
