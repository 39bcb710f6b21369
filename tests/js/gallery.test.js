// The gallery's bundled elections through the real wasm core (no mock): each reads without error,
// reproduces its source's published totals (../shared/data/real-files/README.md, the 2004 SOURCE.md),
// and the rows its source gets wrong are findings. The committed folders are what
// scripts/make-gallery-data.py writes from the shared files (checked when they are there).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine, directTransport } from '../../web/src/engine/index.js';
import { loadWasmCore, readDatasetFolder, repoRoot } from './support.js';
import { comparisonRow, firstFall, mixesKinds } from '../../web/src/gallery/electionComparison.js';
import { electionsTable } from '../../web/src/gallery/electionsTable.js';
import { createI18n } from '../../web/src/i18n/index.js';

const shared = path.join(repoRoot, '../shared/data');
const bulgaria = [
  ['bg-2021-04-04-national-assembly', 46049],
  ['bg-2021-07-11-national-assembly', 33708],
  ['bg-2021-11-14-national-assembly', 33617],
  ['bg-2022-10-02-national-assembly', 83752],
  ['bg-2023-04-02-national-assembly', 104424],
  ['bg-2024-06-09-national-assembly', 61144],
];
const galleryIds = ['ru-2004-president', 'kg-2017-president', ...bulgaria.map(([id]) => id)];

const figure = (unit, measure) => unit.figures[measure].value;
const votesOf = (contest, nameSource) => contest.candidates.find((c) => c.name_source === nameSource).votes;
const unitsWith = (result, code) => result.findings.filter((f) => f.code === code).map((f) => f.units[0]).sort();

describe('the gallery datasets on the wasm core', () => {
  let engine;
  beforeAll(async () => {
    engine = createEngine(directTransport(await loadWasmCore()));
  });
  afterAll(() => engine.close());

  const summary = async (id) => {
    const response = await engine.summary(readDatasetFolder(`data/${id}`));
    expect(response.ok, JSON.stringify(response.error)).toBe(true);
    return response.result;
  };

  it('Russia 2004: 91 regions sum to the polling-station file’s totals, one national contest', async () => {
    const r = await summary('ru-2004-president');
    expect(r.regions).toHaveLength(91);
    expect(r.contests.map((c) => c.id)).toEqual(['ru']);
    expect(figure(r.national, 'registered')).toBe(108064342);
    expect(figure(r.national, 'valid_votes')).toBe(68925431);
    expect(figure(r.national, 'invalid')).toBe(578847);
    expect(figure(r.national, 'against_all')).toBe(2396550);
    expect(votesOf(r.contests[0], 'Путин Владимир Владимирович')).toBe(49563020);
    expect(r.findings).toEqual([]);
  });

  it('Kyrgyzstan 2017: the published totals, and its three faulty rows as findings', async () => {
    const r = await summary('kg-2017-president');
    expect(r.regions).toHaveLength(53);
    expect(figure(r.national, 'registered')).toBe(2970137);
    expect(figure(r.national, 'ballots_cast')).toBe(1677249);
    expect(figure(r.national, 'against_all')).toBe(12111);
    expect(votesOf(r.contests[0], 'Zheenbekov')).toBe(908493);
    expect(unitsWith(r, 'claims.disagree')).toEqual(['sul', 'suz']);
    expect(unitsWith(r, 'check.ballot_sum_mismatch')).toEqual(expect.arrayContaining(['sok', 'sul', 'suz']));
    expect(figure(r.regions.find((u) => u.id === 'suz'), 'valid_votes')).toBe(57751); // kept, not corrected
  });

  it.each(bulgaria)('Bulgaria %s: «не подкрепям никого» %i, 29 constituencies, no finding', async (id, noOne) => {
    const r = await summary(id);
    expect(r.regions).toHaveLength(29);
    expect(figure(r.national, 'against_all')).toBe(noOne);
    expect(r.contests[0].candidate_list).toBe('complete');
    expect(r.findings).toEqual([]);
  });

  it('Bulgaria: the 265 municipalities are the level below the 29 constituencies, each constituency their sum', async () => {
    const r = await summary('bg-2023-04-02-national-assembly');
    expect(r.areas).toHaveLength(265);
    expect(new Set(r.areas.map((a) => a.level))).toEqual(new Set(['municipality']));
    const constituencies = new Set(r.regions.map((u) => u.id));
    expect(r.areas.every((a) => constituencies.has(a.parent))).toBe(true);
    for (const region of r.regions) {
      const below = r.areas.filter((a) => a.parent === region.id);
      expect(below.length, region.id).toBeGreaterThan(0);
      for (const measure of ['against_all', 'ballots_cast', 'registered']) {
        expect(region.figures[measure].status).toBe('derived');
        expect(figure(region, measure), `${region.id} ${measure}`).toBe(below.reduce((sum, a) => sum + figure(a, measure), 0));
      }
    }
    expect(r.regions.find((u) => u.id === 'mir-01').figures.against_all.derivation.rule).toBe('sum_of_children');
    expect(r.areas.filter((a) => a.parent === 'mir-01')).toHaveLength(14);
  });

  it('Bulgaria: a municipality whose row does not add up is a finding naming it, marked on its row', async () => {
    const dataset = readDatasetFolder('data/bg-2023-04-02-national-assembly');
    const row = 'mir-03/VAR01,invalid,108,';
    expect(dataset.files['figures.csv']).toContain(row);
    dataset.files['figures.csv'] = dataset.files['figures.csv'].replace(row, 'mir-03/VAR01,invalid,5108,'); // more invalid than ballots cast
    const response = await engine.summary(dataset);
    expect(response.ok).toBe(true);
    const r = response.result;
    const finding = r.findings.find((f) => f.units[0] === 'mir-03/VAR01');
    expect(finding).toMatchObject({ code: 'check.ballot_sum_exceeds_cast', severity: 'error', values: { ballots_cast: 3166 } });
    expect(r.areas.find((a) => a.id === 'mir-03/VAR01').findings).toEqual([finding.id]);
  });

  it('Bulgaria 2 April 2023: the published ballots cast and registered voters', async () => {
    const r = await summary('bg-2023-04-02-national-assembly');
    expect(figure(r.national, 'ballots_cast')).toBe(2497121);
    expect(figure(r.national, 'registered')).toBe(6574865);
  });

  it.each(galleryIds)('%s: every preset evaluates the one national contest', async (id) => {
    const response = await engine.compare(readDatasetFolder(`data/${id}`), 0);
    expect(response.ok).toBe(true);
    for (const preset of response.result.presets) {
      const t = preset.totals;
      expect(t.valid.contests + t.void.contests + t.runoff.contests + t.undecided.contests).toBe(1);
    }
  });
});

describe('the elections side by side (issue 16, item 3), on the wasm core', () => {
  let engine;
  beforeAll(async () => {
    engine = createEngine(directTransport(await loadWasmCore()));
  });
  afterAll(() => engine.close());

  const rowFor = async (id) => {
    const dataset = readDatasetFolder(`data/${id}`);
    const meta = { ...JSON.parse(dataset.files['dataset.json']), id };
    const [summary, comparison, evaluation] = await Promise.all([
      engine.summary(dataset),
      engine.compare(dataset, 0),
      engine.call({ op: 'evaluate', dataset, rule: { preset: 'beats-leader' }, swing: 0, contests: false }),
    ]);
    return { row: comparisonRow(meta, summary.result, comparison.result, evaluation.result), summary: summary.result, evaluation: evaluation.result };
  };

  it('reads each election’s shares, spread and rule counts from the engine’s answers', async () => {
    const { row: ru, summary } = await rowFor('ru-2004-president');
    expect(ru.contests).toBe(1);
    expect(ru.share_of_cast).toBe(summary.national.shares.against_all_of_cast);
    expect(ru.share_of_valid).toBeCloseTo(2396550 / 68925431, 12);
    expect(ru.spread.known).toBe(91);
    expect(ru.spread.median).toBe(summary.stats.region_share.median);
    const shares = summary.regions.map((r) => r.shares.against_all_of_cast);
    expect(ru.spread.highest.share).toBe(Math.max(...shares));
    expect(ru.spread.lowest.share).toBe(Math.min(...shares));
    expect(Object.keys(ru.voided)).toContain('beats-leader');
    expect(ru.voided['beats-leader']).toEqual({ void: 0, undecided: 0 });

    const { row: kz } = await rowFor('kz-2023-akims');
    expect(kz.contests).toBe(45);
    expect(kz.spread.known).toBe(17);
    expect(mixesKinds([kz, ru])).toBe(true);
    const { row: bg } = await rowFor('bg-2023-04-02-national-assembly');
    expect(mixesKinds([ru, bg])).toBe(true); // presidential vs party list
    const { row: kg } = await rowFor('kg-2017-president');
    expect(mixesKinds([ru, kg])).toBe(false);
  });

  it('the first fall is the first swing of the curve with a void contest, 0 when one already is', async () => {
    expect(firstFall([{ swing: 0, void: 0 }, { swing: 0.5, void: 0 }, { swing: 1, void: 2 }])).toBe(1);
    expect(firstFall([{ swing: 0, void: 1 }])).toBe(0);
    expect(firstFall([{ swing: 0, void: 0 }])).toBe(null);
    const { row, evaluation } = await rowFor('kg-2017-president');
    const fall = evaluation.swing_curve.find((p) => p.void > 0);
    expect(row.first_fall).toBe(fall ? fall.swing : null);
  });

  it('exports one row an election, shares as percentages, every preset’s count', async () => {
    const rows = [(await rowFor('ru-2004-president')).row, (await rowFor('kg-2017-president')).row];
    const presets = Object.keys(rows[0].voided);
    const table = electionsTable(rows, presets, 'beats-leader', { i18n: createI18n('ru') });
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0].id).toBe('ru-2004-president');
    expect(table.rows[0].against_all_pct_of_cast).toBe(Math.round((2396550 / (68925431 + 578847)) * 1e6) / 1e4);
    expect(table.rows[1].election).toBe('Кыргызстан, 15 октября 2017\u00a0г.');
    for (const id of presets) expect(table.columns.map((c) => c.key)).toContain(`void_${id}`);
  });
});

describe('scripts/make-gallery-data.py', () => {
  const haveSources = fs.existsSync(path.join(shared, 'ru-2004-president-stations/2004.csv')) && fs.existsSync(path.join(shared, 'real-files'));
  it.skipIf(!haveSources)('writes exactly the committed folders from the shared source files (skipped when ../shared/data is absent)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gallery-'));
    try {
      execFileSync('python3', [path.join(repoRoot, 'scripts/make-gallery-data.py'), '--shared', shared, '--out', out], { stdio: 'pipe' });
      for (const id of galleryIds) {
        const names = fs.readdirSync(path.join(out, id)).sort();
        expect(fs.readdirSync(path.join(repoRoot, 'data', id)).sort()).toEqual(names);
        for (const name of names) {
          expect(fs.readFileSync(path.join(out, id, name), 'utf8'), `${id}/${name}`).toBe(fs.readFileSync(path.join(repoRoot, 'data', id, name), 'utf8'));
        }
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 120000);
});
