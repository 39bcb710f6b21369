// The factors view's figures through the real wasm core: native/wasm byte parity of `factors` on
// the bundled data, every fixture and the real files (India with its explicit mapping, the others
// with the suggested one); the sentence the page builds from the numbers, in ru/kk/en; the scatter
// layout and the ranking of extremes.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadWasmCore, readDatasetFolder, fixtureDatasets, nativeCli, repoRoot } from './support.js';
import { createI18n } from '../../web/src/i18n/index.js';
import { relationSentence, pairSentence, groupLabel, leftOutText } from '../../web/src/factors/factorsText.js';
import { extremes } from '../../web/src/factors/ranking.js';
import { scatterLayout, logAxis } from '../../web/src/charts/scatter.js';
import { pointsTable, groupsTable } from '../../web/src/factors/factorTables.js';

const realFiles = path.join(repoRoot, '../shared/data/real-files');
const india = path.join(realFiles, 'india-maharashtra-assembly-2019/TCPD_AE_Maharashtra_2025-4-15.csv');
const indiaMapping = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/real-file-mappings/india-maharashtra-assembly-2019.mapping.json'), 'utf8'));

function nativeRequest(requestText) {
  const run = spawnSync(nativeCli, ['request', '-'], { input: requestText, encoding: 'utf8', cwd: repoRoot });
  if (run.error) throw run.error;
  return run.stdout;
}

function nativeUpload(file, mapping, extra = []) {
  const mapFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factors-')), 'mapping.json');
  fs.writeFileSync(mapFile, JSON.stringify(mapping));
  const run = spawnSync(nativeCli, ['factors', file, '--map', mapFile, '--format', 'json', ...extra], { encoding: 'utf8', cwd: repoRoot });
  if (run.error) throw run.error;
  return run.stdout;
}

function realCsvFiles() {
  if (!fs.existsSync(realFiles)) return [];
  return fs
    .readdirSync(realFiles)
    .filter((d) => fs.statSync(path.join(realFiles, d)).isDirectory())
    .flatMap((d) => fs.readdirSync(path.join(realFiles, d)).filter((f) => f.endsWith('.csv')).map((f) => path.join(realFiles, d, f)));
}

const en = createI18n('en');
const ru = createI18n('ru');
const kk = createI18n('kk');

describe('factors: native and wasm parity', () => {
  let core;
  beforeAll(async () => {
    core = await loadWasmCore();
  });

  for (const folder of ['data/kz-2023-akims', ...fixtureDatasets()]) {
    // parity.test.js compares `factors` with the core's own choices; here the other level and base.
    it(`factors of ${folder} by region, of valid votes, is byte-identical`, () => {
      for (const options of [{ level: 'region', base: 'valid_votes' }, { level: 'contest', base: 'ballots_cast' }]) {
        const requestText = JSON.stringify({ op: 'factors', dataset: readDatasetFolder(folder), ...options });
        expect(core.callText(requestText) + '\n').toBe(nativeRequest(requestText));
      }
    });
  }

  it('factors of every real file (suggested mapping; India also with its explicit one) is byte-identical', (ctx) => {
    const files = realCsvFiles();
    if (!files.length) {
      ctx.skip(`no real files at ${realFiles}`);
      return;
    }
    for (const file of files) {
      const bytes = new Uint8Array(fs.readFileSync(file));
      const inspected = core.callWithBytes({ op: 'inspect', file: path.basename(file) }, bytes);
      expect(inspected.ok, file).toBe(true);
      const mappings = [inspected.result.mapping, ...(file === india ? [indiaMapping] : [])];
      for (const mapping of mappings) {
        const request = { op: 'factors', dataset: { upload: { file: path.basename(file), mapping } } };
        const wasm = core.callWithBytesText(request, bytes);
        expect(`${wasm}\n`, file).toBe(nativeUpload(file, mapping));
      }
    }
  });
});

describe('the CLI factors command', () => {
  it('prints the same JSON the page receives, and a table with the sentences', async () => {
    const core = await loadWasmCore();
    const json = spawnSync(nativeCli, ['factors', 'data/kz-2023-akims'], { encoding: 'utf8', cwd: repoRoot });
    expect(json.status).toBe(0);
    expect(json.stdout).toBe(core.callText(JSON.stringify({ op: 'factors', dataset: readDatasetFolder('data/kz-2023-akims') })) + '\n');
    const table = spawnSync(nativeCli, ['factors', 'data/kz-2023-akims', '--level', 'region', '--format', 'table'], { encoding: 'utf8', cwd: repoRoot });
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^against-all share of ballots_cast, by region: 17 of 17 known/);
    expect(table.stdout).toMatch(/\n {2}pearson: {2}\w+ \w+ relation, r = -?0\.\d\d, 95 % CI /);
    expect(spawnSync(nativeCli, ['factors', 'data/kz-2023-akims', '--format', 'csv'], { encoding: 'utf8' }).status).toBe(64);
    expect(spawnSync(nativeCli, ['factors', 'data/kz-2023-akims', '--base', 'registered'], { encoding: 'utf8' }).status).toBe(64);
  });
  it('takes a file without --map with the suggested mapping, and says so', () => {
    const file = path.join(repoRoot, 'tests/fixtures/uploads/wide_stations.csv');
    const run = spawnSync(nativeCli, ['factors', file, '--format', 'table'], { encoding: 'utf8', cwd: repoRoot });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('no --map given: using the suggested mapping');
    expect(run.stdout).toMatch(/^against-all share of /);
  });
});

describe('factors of the India real file (288 contests, explicit mapping)', () => {
  it('uses valid votes as the base, ranks LATUR RURAL first, and relates NOTA to candidates', async (ctx) => {
    if (!fs.existsSync(india)) {
      ctx.skip(`absent: ${india}`);
      return;
    }
    const core = await loadWasmCore();
    const response = core.callWithBytes({ op: 'factors', dataset: { upload: { file: 'india.csv', mapping: indiaMapping } } }, new Uint8Array(fs.readFileSync(india)));
    expect(response.ok).toBe(true);
    const r = response.result;
    expect(r.level).toBe('contest');
    expect(r.base).toBe('valid_votes');
    expect(r.share.units).toBe(288);
    const first = r.units.find((u) => u.rank === 1);
    expect(first.name.en).toBe('LATUR RURAL');
    expect(first.against_all).toBe(27500);
    expect(first.base).toBe(199599);
    const candidates = r.factors.find((f) => f.factor === 'candidates');
    expect(candidates.n).toBeGreaterThan(280);
    expect(candidates.pearson.ci[0]).toBeLessThan(candidates.pearson.r);
    expect(r.factors.find((f) => f.factor === 'turnout').n).toBe(0);
    expect(r.factors.find((f) => f.factor === 'turnout').left_out.factor_unknown).toBe(288);
    const { top } = extremes(r.units, 10);
    expect(top[0].name.en).toBe('LATUR RURAL');
    // The sentence to quote, in every language.
    for (const i18n of [en, ru, kk]) expect(pairSentence(i18n, candidates)).toMatch(/n = \d/);
  });
});

describe('the sentence built from the numbers', () => {
  const weak = { n: 542, r: -0.25, ci: [-0.33, -0.17], strength: 'weak', direction: 'negative', missing: null };
  it('says the strength, r, the interval and n in each language', () => {
    expect(relationSentence(en, weak)).toBe('weak negative relation, r = \u22120.25, 95 % CI \u22120.33…\u22120.17, n = 542');
    expect(relationSentence(ru, weak)).toBe('слабая обратная связь, r = \u22120,25, 95 % ДИ \u22120,33…\u22120,17, n = 542');
    expect(relationSentence(kk, weak)).toBe('әлсіз кері байланыс, r = \u22120,25, 95 % СА \u22120,33…\u22120,17, n = 542');
  });
  it('says when the interval spans 0', () => {
    const small = { n: 5, r: -0.56, ci: [-0.97, 0.63], strength: 'strong', direction: 'negative' };
    expect(relationSentence(en, small)).toBe('strong negative relation, r = \u22120.56, 95 % CI \u22120.97…0.63, n = 5; the interval includes 0, so even the sign is not settled');
    expect(relationSentence(ru, small)).toMatch(/; интервал включает 0, так что не ясен даже знак$/);
  });
  it('says why there is no r, and when there is no interval', () => {
    expect(relationSentence(en, { n: 2, r: null, ci: null, missing: 'too_few' })).toBe('too few units for a correlation, n = 2');
    expect(relationSentence(en, { n: 5, r: null, ci: null, missing: 'constant' })).toMatch(/does not vary/);
    expect(relationSentence(en, { n: 3, r: 0.5, ci: null, strength: 'strong', direction: 'positive' })).toBe(
      'strong positive relation, r = 0.50, n = 3 (too few for an interval)',
    );
    expect(relationSentence(en, { n: 900, r: 0.04, ci: [-0.02, 0.1], strength: 'none', direction: 'positive' })).toMatch(/^no clear relation/);
  });
  it('uses no causal words in any sentence it builds', () => {
    for (const i18n of [en, ru, kk]) {
      for (const strength of ['none', 'weak', 'moderate', 'strong']) {
        for (const direction of ['positive', 'negative']) {
          for (const factor of ['turnout', 'registered', 'candidates', 'leader_share']) {
            const text = pairSentence(i18n, { factor, pearson: { ...weak, strength, direction } });
            expect(text).not.toMatch(/\bcaus|\bbecause\b|\beffect|\binfluen|влия|вызыва|из-за|әсер|себеп/i);
          }
        }
      }
    }
  });
  it('names groups and what was left out', () => {
    expect(groupLabel(en, { min: 4, max: 5 })).toBe('4–5 candidates');
    expect(groupLabel(en, { min: 10, max: null })).toBe('10 or more candidates');
    expect(groupLabel(ru, { kind: 'city' })).toBe('город');
    expect(leftOutText(en, { share_unknown: 3, factor_unknown: 1, registered_zero: 2 })).toBe(
      'Left out: without a share — 3; without this figure — 1; with 0 registered — 2.',
    );
  });
});

describe('factors through the wasm core on the bundled data', () => {
  it('gives the groups, tables and a layout for every factor', async () => {
    const core = await loadWasmCore();
    const response = core.call({ op: 'factors', dataset: readDatasetFolder('data/kz-2023-akims') });
    expect(response.ok).toBe(true);
    const r = response.result;
    expect(r.base).toBe('ballots_cast');
    const groups = groupsTable(r.groups.candidates, 'candidates', { i18n: ru });
    expect(groups.rows.length).toBeGreaterThan(0);
    for (const f of r.factors) {
      const table = pointsTable(r.units, f.factor, { i18n: en });
      expect(table.rows).toHaveLength(r.units.length);
      const points = r.units.filter((u) => u.share !== null && u[f.factor] !== null).map((u) => ({ id: u.id, name: u.id, x: u[f.factor], y: u.share }));
      if (points.length === 0) continue;
      for (const width of [320, 640]) {
        const g = scatterLayout(points, { width, kind: f.factor === 'registered' ? 'log' : f.factor === 'candidates' ? 'count' : 'share' });
        expect(g.marks).toHaveLength(points.length);
        for (const m of g.marks) {
          expect(m.cx).toBeGreaterThanOrEqual(g.plot.left - 10);
          expect(m.cx).toBeLessThanOrEqual(g.plot.right + 10);
          expect(m.cy).toBeGreaterThanOrEqual(g.plot.top - 1);
          expect(m.cy).toBeLessThanOrEqual(g.plot.bottom + 1);
        }
        if (width < 420) expect(g.xAxis.ticks.length).toBeLessThanOrEqual(6);
      }
    }
  });
  it('a log axis spans whole decades; narrow screens get fewer ticks', () => {
    expect(logAxis([1200, 45000], false).ticks).toEqual([1000, 2000, 5000, 10000, 20000, 50000, 100000]);
    expect(logAxis([1200, 45000], true).ticks).toEqual([1000, 10000, 100000]);
  });
  it('the ranking splits few units between the two ends without repeating one', () => {
    const units = [0.1, 0.3, 0.2, null].map((share, i) => ({ id: `u${i}`, share, rank: share === null ? null : [3, 1, 2][i] }));
    const { top, bottom, unknown } = extremes(units, 10);
    expect(top.map((u) => u.id)).toEqual(['u1', 'u2']);
    expect(bottom.map((u) => u.id)).toEqual(['u0']);
    expect(unknown).toBe(1);
  });
});
