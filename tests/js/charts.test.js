// The charts' scales, bins and labels (web/src/charts/) on the bundled data as the real core computes it.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadWasmCore, readDatasetFolder } from './support.js';
import { percentStep, shareAxis, shareTickLabel, countAxis, fitLabel } from '../../web/src/charts/scale.js';
import { regionBarsLayout, regionsByShare } from '../../web/src/charts/regionBars.js';
import { contestBarsLayout, hasContestFigures } from '../../web/src/charts/contestBars.js';
import { kzTiles, sequentialPalettes, tileMapLayout, shareBins, binOf, binLabel, inkFor, contrastRatio, tileInDirection } from '../../web/src/charts/tileMap.js';
import { contestsOf } from '../../web/src/explorer/units.js';
import { createI18n } from '../../web/src/i18n/index.js';
import { NBSP } from '../../web/src/i18n/format.js';

let summary;
const ru = createI18n('ru');
const en = createI18n('en');
const kk = createI18n('kk');
const nameOf = (u) => ru.name(u);

beforeAll(async () => {
  const core = await loadWasmCore();
  const response = core.call({ op: 'summary', dataset: readDatasetFolder('data/kz-2023-akims') });
  expect(response.ok).toBe(true);
  summary = response.result;
});

describe('share axis', () => {
  it('picks round percent steps, fractions allowed', () => {
    expect(percentStep(7.6, 5)).toBe(2);
    expect(percentStep(7.6, 4)).toBe(2);
    expect(percentStep(0.3, 5)).toBe(0.1);
    expect(percentStep(12, 5)).toBe(2.5);
    expect(percentStep(0)).toBe(1);
  });

  it('runs from 0 % to the first round percentage above the largest share, unknown ignored', () => {
    const axis = shareAxis([0.076, 0.0218, null, 0.0003]);
    expect(axis.ticks).toEqual([0, 0.02, 0.04, 0.06, 0.08]);
    expect(axis.max).toBe(0.08);
    expect(shareAxis([null, null]).ticks).toEqual([0, 0.01]);
  });

  it('writes tick labels as each language does', () => {
    expect(shareTickLabel(ru, 0.02)).toBe(`2${NBSP}%`);
    expect(shareTickLabel(en, 0.02)).toBe('2%');
    expect(shareTickLabel(kk, 0.08)).toBe('8%');
    expect(shareTickLabel(ru, 0.025, 1)).toBe(`2,5${NBSP}%`);
    expect(shareTickLabel(en, 0.025, 1)).toBe('2.5%');
  });

  it('counts: round steps up to the largest known value', () => {
    const axis = countAxis([4660, 178, null, 317], 5);
    expect(countAxis([4660], 3).ticks).toEqual([0, 2000, 4000, 6000]);
    expect(axis.max).toBe(5000);
    expect(axis.ticks).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
  });

  it('cuts long labels with an ellipsis', () => {
    expect(fitLabel('Abai Region', 200)).toBe('Abai Region');
    expect(fitLabel('Западно-Казахстанская область (ЗКО)', 80, 12)).toMatch(/^Западно-Ка.*…$/);
  });
});

describe('bars by region (bundled data)', () => {
  it('has 17 bars, highest first, on a 0–8 % axis, with the national line at 2.18 %', () => {
    const g = regionBarsLayout(summary.regions, summary.national, { width: 800, nameOf });
    expect(g.rows).toHaveLength(17);
    expect(g.rows.map((r) => r.id).slice(0, 3)).toEqual(['abai', 'pavlodar', 'north-kazakhstan']);
    expect(g.rows[16].id).toBe('kyzylorda');
    expect(g.axis.ticks).toEqual([0, 0.02, 0.04, 0.06, 0.08]);
    expect(g.national.share).toBeCloseTo(14267 / 654443, 12);
    expect(g.national.x).toBeCloseTo(g.x(14267 / 654443), 9);
    expect(g.rows.every((r) => r.known && r.barWidth > 0)).toBe(true);
    expect(g.rows[0].barWidth).toBeCloseTo(g.x(745 / 9803) - g.plot.left, 6);
    expect(g.stacked).toBe(false);
    expect(regionBarsLayout(summary.regions, summary.national, { width: 340, nameOf }).stacked).toBe(true);
  });

  it('never draws an unknown share as zero: no bar, last place', () => {
    const regions = summary.regions.map((r) => (r.id === 'abai' ? { ...r, shares: { ...r.shares, against_all_of_cast: null } } : r));
    const g = regionBarsLayout(regions, summary.national, { width: 800, nameOf });
    const abai = g.rows[16];
    expect(abai.id).toBe('abai');
    expect(abai.known).toBe(false);
    expect(abai.barWidth).toBe(0);
    expect(regionsByShare(regions)[0].unit.id).toBe('pavlodar');
  });
});

describe('contests of a region', () => {
  it('West Kazakhstan: three contests, leader and against all side by side on one count axis', () => {
    const region = summary.regions.find((r) => r.id === 'west-kazakhstan');
    const contests = contestsOf(summary, region);
    const g = contestBarsLayout(contests, { width: 600, nameOf });
    expect(g.groups.map((x) => x.values)).toEqual([
      { leader: 4660, against_all: 178 },
      { leader: 4329, against_all: 115 },
      { leader: 3138, against_all: 317 },
    ]);
    expect(g.axis.max).toBe(5000);
    const [leader, against] = g.groups[0].bars;
    expect(leader.width).toBeCloseTo(g.x(4660) - g.plot.left, 6);
    expect(against.width).toBeCloseTo(g.x(178) - g.plot.left, 6);
  });

  it('says so when a region has no contest figures (Turkestan)', () => {
    const region = summary.regions.find((r) => r.id === 'turkestan');
    expect(hasContestFigures(contestsOf(summary, region))).toBe(false);
    const abai = summary.regions.find((r) => r.id === 'abai');
    const g = contestBarsLayout(contestsOf(summary, abai), { width: 600, nameOf });
    expect(g.groups[0].values).toEqual({ leader: null, against_all: 463 });
    expect(g.groups[0].bars[0].known).toBe(false);
    expect(g.groups[0].bars[0].width).toBe(0);
  });
});

describe('tile map', () => {
  it('places all 17 bundled regions, each on its own cell', () => {
    const g = tileMapLayout(summary.regions, { width: 480, lang: 'ru', nameOf });
    expect(g.tiles).toHaveLength(17);
    expect(new Set(g.tiles.map((t) => `${t.col},${t.row}`)).size).toBe(17);
    expect(summary.regions.every((r) => kzTiles[r.id])).toBe(true);
    expect(g.tiles.find((t) => t.id === 'west-kazakhstan').abbr).toBe('ЗКО');
    expect(tileMapLayout(summary.regions, { width: 480, lang: 'kk', nameOf }).tiles.find((t) => t.id === 'west-kazakhstan').abbr).toBe('БҚО');
    expect(tileMapLayout(summary.regions, { width: 480, lang: 'en', nameOf }).tiles.find((t) => t.id === 'west-kazakhstan').abbr).toBe('WKZ');
  });

  it('colours by four 2-point bins (0–8 %) on a sequential scale; unknown has no bin', () => {
    const bins = shareBins(summary.regions.map((r) => r.shares.against_all_of_cast));
    expect(bins.edges).toEqual([0, 0.02, 0.04, 0.06, 0.08]);
    expect(bins.colors).toEqual(['#ffffd4', '#fed98e', '#fe9929', '#cc4c02']);
    const g = tileMapLayout(summary.regions, { width: 480, lang: 'ru', nameOf });
    const binOfId = Object.fromEntries(g.tiles.map((t) => [t.id, t.bin]));
    expect(binOfId).toMatchObject({ abai: 3, pavlodar: 3, 'north-kazakhstan': 2, akmola: 2, 'west-kazakhstan': 1, kostanay: 1, ulytau: 1, kyzylorda: 0, 'east-kazakhstan': 0 });
    expect(binOf(bins, 0.02)).toBe(1);
    expect(binOf(bins, 0.08)).toBe(3);
    expect(binOf(bins, null)).toBe(null);
    expect(binLabel(ru, bins, 1)).toBe(`2–4${NBSP}%`);
    expect(binLabel(en, bins, 1)).toBe('2–4%');
    expect(binLabel(kk, bins, 3)).toBe('6–8%');
  });

  it('writes on each tile in a colour with WCAG AA contrast', () => {
    for (const colors of Object.values(sequentialPalettes)) {
      for (const fill of colors) expect(contrastRatio(fill, inkFor(fill))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('moves between neighbouring tiles with the arrow keys', () => {
    const g = tileMapLayout(summary.regions, { width: 480, lang: 'ru', nameOf });
    const at = (id) => g.tiles.findIndex((t) => t.id === id);
    expect(g.tiles[tileInDirection(g.tiles, at('akmola'), 'ArrowUp')].id).toBe('north-kazakhstan');
    expect(g.tiles[tileInDirection(g.tiles, at('akmola'), 'ArrowDown')].id).toBe('karaganda');
    expect(g.tiles[tileInDirection(g.tiles, at('akmola'), 'ArrowRight')].id).toBe('abai');
    expect(g.tiles[tileInDirection(g.tiles, at('west-kazakhstan'), 'ArrowDown')].id).toBe('atyrau');
    expect(tileInDirection(g.tiles, at('mangystau'), 'ArrowDown')).toBe(null);
  });

  it('gives a region the layout does not know its own tile in an extra row', () => {
    const regions = [...summary.regions, { id: 'almaty-city', name: { ru: 'город Алматы', en: 'Almaty City' }, shares: { against_all_of_cast: null } }];
    const g = tileMapLayout(regions, { width: 480, lang: 'en', nameOf: (u) => en.name(u) });
    const extra = g.tiles[17];
    expect(extra.row).toBe(4);
    expect(extra.known).toBe(false);
    expect(extra.fill).toBe(null);
    expect(extra.abbr).toBe('ALM');
  });
});
