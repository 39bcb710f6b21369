// Issue 12: the "why" summary of open contests, its counts and its invalid-ballot lever, on the
// bundled data for every preset — each count checked by applying the rule again on the real core.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createEngine, directTransport } from '../../web/src/engine/index.js';
import { createI18n } from '../../web/src/i18n/index.js';
import { whyLine, settleTexts, reasonText, regionBoundText } from '../../web/src/scenario/reasons.js';
import { stepOutline } from '../../web/src/charts/swingChart.js';
import { loadWasmCore, readDatasetFolder } from './support.js';

let engine;
let presets;
const bundled = readDatasetFolder('data/kz-2023-akims');
const evaluate = async (rule, swing = 0) => {
  const response = await engine.evaluate(bundled, rule, swing);
  expect(response.ok).toBe(true);
  return response.result;
};

beforeAll(async () => {
  engine = createEngine(directTransport(await loadWasmCore()));
  presets = (await engine.presets()).result.presets;
});
afterAll(() => engine.close());

describe('why the open contests are open, for every preset', () => {
  it('counts every undecided contest once, and the lever settles what the assumption settles', async () => {
    for (const preset of presets) {
      const result = await evaluate({ preset: preset.id });
      const { why, totals, contests } = result;
      const open = contests.filter((c) => c.outcome === 'undecided');
      expect(why.undecided, preset.id).toBe(totals.undecided.contests);
      expect(why.undecided).toBe(open.length);
      expect(why.groups.reduce((sum, g) => sum + g.contests, 0)).toBe(why.undecided);
      // Each group of "what is missing" is the contests with exactly that list.
      for (const g of why.groups.filter((x) => !x.no_figures)) {
        const n = open.filter((c) => JSON.stringify(c.missing) === JSON.stringify(g.missing)).length;
        expect(n, `${preset.id} ${g.missing}`).toBeGreaterThanOrEqual(g.contests);
      }
      // The lever at 1, 2, 5 %: the contests the assumption settles, by applying it.
      for (const at of why.invalid_lever.at) {
        const assumed = await evaluate({ preset: preset.id, assume_max_invalid: at.percent });
        expect(why.undecided - assumed.totals.undecided.contests, `${preset.id} at ${at.percent} %`).toBe(at.contests);
      }
      // A tighter assumption settles at least as many: 1 % ≥ 2 % ≥ 5 %.
      const counts = why.invalid_lever.at.map((a) => a.contests);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      // Every open contest has a sentence with a number that would decide it, or says what it needs.
      for (const c of open) expect(Array.isArray(c.settle)).toBe(true);
    }
  });

  it('beats the leader: 37 open — 17 with no count of votes or voters, 14 lacking the candidates’ votes, 6 also against-all (Shortandy has only its sourced register)', async () => {
    const { why, contests } = await evaluate({ preset: 'beats-leader' });
    expect(why.undecided).toBe(37);
    expect(why.groups).toEqual([
      { no_figures: true, missing: [], contests: 17 },
      { no_figures: false, missing: ['candidate_votes'], contests: 14 },
      { no_figures: false, missing: ['against_all', 'candidate_votes'], contests: 6 },
    ]);
    // 12 of them are valid under any invalid-ballot share up to 55.39 % (each at least that far).
    expect(why.invalid_lever).toEqual({ contests: 12, up_to_percent: 55.390625,
      at: [{ percent: 1, contests: 12 }, { percent: 2, contests: 12 }, { percent: 5, contests: 12 }] });
    const lever = why.invalid_lever;
    expect(lever.contests).toBeGreaterThan(0);
    expect(lever.at.map((a) => a.percent)).toEqual([1, 2, 5]);
    const en = createI18n('en');
    expect(whyLine(en, why)).toBe('37 cannot be decided: 17 have no count of votes or voters; 14 lack candidate votes; 6 lack the against-all count and candidate votes.');
    const ru = createI18n('ru');
    expect(whyLine(ru, why)).toBe('Не определить: 37. Ни одного числа голосов или избирателей — 17; нет данных (голоса кандидатов) — 14; нет данных (число «против всех» и голоса кандидатов) — 6.');
    // An open contest with ballots cast and against-all known says how many invalid ballots would void it.
    const withInvalid = contests.find((c) => c.outcome === 'undecided' && c.settle.some((l) => l.figure === 'invalid'));
    expect(withInvalid).toBeTruthy();
    expect(settleTexts(en, withInvalid).join(' ')).toMatch(/^valid unless more than [\d,]+ ballots \([\d.]+% of those cast\) were invalid/);
  });

  it('a district without its against-all count quotes what its region’s total leaves for it', async () => {
    const { contests } = await evaluate({ preset: 'beats-leader' });
    const bounded = contests.filter((c) => c.region_bound);
    // Akmola's four, Kostanay's four and Pavlodar's two districts without the count.
    expect(bounded.map((c) => c.id).sort()).toEqual(['akmola/akkol', 'akmola/astrakhan', 'akmola/shortandy', 'akmola/zhaksy',
      'kostanay/altynsarin', 'kostanay/denisov', 'kostanay/fedorov', 'kostanay/karabalyk', 'pavlodar/aktogay', 'pavlodar/zhelezinka']);
    for (const c of bounded) expect(c.outcome).toBe('undecided');
    const akkol = bounded.find((c) => c.id === 'akmola/akkol');
    expect(akkol.region_bound).toEqual({ region: 'akmola', against_all_at_most: 1891, sharing: 4, at_bound: 'undecided', settles: null });
    expect(regionBoundText(createI18n('en'), akkol)).toBe('needs the against-all count; the region’s total leaves at most 1,891 for this district (4 districts of the region lack the count)');
    expect(regionBoundText(createI18n('ru'), akkol)).toBe('нужно число «против всех»; итог области оставляет на этот округ не больше 1\u00a0891 (округов области без этого числа: 4)');
    // Decided contests carry none.
    for (const c of contests.filter((x) => x.outcome !== 'undecided')) expect(c.region_bound).toBeNull();
  });

  it('a decided contest gives its reason in numbers', async () => {
    const rule = presets.find((p) => p.id === 'beats-leader').rule;
    const { contests } = await evaluate({ preset: 'beats-leader' });
    const bokeyorda = contests.find((c) => c.id === 'west-kazakhstan/bokeyorda');
    expect(reasonText(createI18n('en'), bokeyorda, rule)).toBe('valid: against all 178 ≤ leader 4,660');
    expect(reasonText(createI18n('ru'), bokeyorda, rule)).toBe('состоялись: «против всех» 178 ≤ лидер 4\u00a0660');
  });
});

describe('the exact swing curve (swing_steps) and the half-point curve agree', () => {
  it('reads every half point of swing_curve off the breakpoints, for every preset and at +5', async () => {
    for (const preset of presets) {
      const { swing_steps: steps, swing_curve: curve } = await evaluate({ preset: preset.id }, 5);
      expect(steps[0].swing).toBe(0);
      for (let i = 1; i < steps.length; i++) expect(steps[i].swing).toBeGreaterThan(steps[i - 1].swing);
      for (const point of curve) {
        const from = [...steps].reverse().find((s) => s.swing <= point.swing);
        expect({ ...from, swing: point.swing }, `${preset.id} at ${point.swing}`).toEqual(point);
      }
      // The drawn outline holds each count flat until the next breakpoint.
      const outline = stepOutline(steps, 30);
      expect(outline.length).toBe(steps.length * 2);
      expect(outline[outline.length - 1].swing).toBe(30);
    }
  });
});
