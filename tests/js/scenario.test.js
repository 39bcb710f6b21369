// The scenario (app/scenario.js) and its store actions (app/state.js): the rule form ↔ rule JSON,
// checked against the real wasm core, never a mock.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  initialScenario, ruleRequest, effectiveRule, editsBetween, withField, isEdited, parseNumberText, numberText,
  parseSwing, errorField, tallyCounts, decisionsById, talliesByRegion,
} from '../../web/src/scenario/scenario.js';
import { reducer, initialState } from '../../web/src/app/state.js';
import { createEngine, directTransport } from '../../web/src/engine/index.js';
import { loadWasmCore, readDatasetFolder } from './support.js';

let engine;
let presets;
const bundled = readDatasetFolder('data/kz-2023-akims');
const presetRule = (id) => presets.find((p) => p.id === id).rule;

beforeAll(async () => {
  engine = createEngine(directTransport(await loadWasmCore()));
  presets = (await engine.presets()).result.presets;
});
afterAll(() => engine.close());

describe('rule form ↔ rule JSON', () => {
  it('starts from a preset with no edits, and asks the engine for exactly that', () => {
    const scenario = initialScenario();
    expect(scenario).toEqual({ preset: 'beats-leader', rule: {}, swing: 0 });
    expect(ruleRequest(scenario)).toEqual({ preset: 'beats-leader' });
    expect(JSON.parse(JSON.stringify(scenario))).toEqual(scenario); // plain data: a link can carry it
  });

  it('keeps only the fields that differ from the preset, and drops an edit set back', () => {
    const base = presetRule('beats-leader');
    let edits = withField(base, {}, 'min_turnout', 30);
    expect(edits).toEqual({ min_turnout: 30 });
    edits = withField(base, edits, 'validity.kind', 'against_all_share');
    edits = withField(base, edits, 'validity.percent', 10);
    expect(edits).toEqual({ min_turnout: 30, validity: { kind: 'against_all_share', percent: 10 } });
    edits = withField(base, edits, 'validity.kind', 'against_all_beats_leader');
    expect(edits).toEqual({ min_turnout: 30, validity: { percent: 10 } });
    edits = withField(base, edits, 'validity.percent', base.validity.percent);
    edits = withField(base, edits, 'min_turnout', null);
    expect(edits).toEqual({});
    expect(isEdited(edits)).toBe(false);
    expect(isEdited({ tie: 'void' })).toBe(true);
  });

  it('merges the edits over the preset for the form', () => {
    const base = presetRule('russia-before-2006');
    const rule = effectiveRule(base, { validity: { percent: 20 }, winner_min: { percent: 50, base: 'ballots_cast' } });
    expect(rule.validity).toEqual({ kind: 'against_all_beats_leader', percent: 20, base: 'valid_votes' });
    expect(rule.min_turnout).toBe(25);
    expect(rule.winner_min).toEqual({ percent: 50, base: 'ballots_cast' });
    expect(rule).not.toHaveProperty('edited');
    expect(editsBetween(base, rule)).toEqual({ validity: { percent: 20 }, winner_min: { percent: 50, base: 'ballots_cast' } });
  });

  it('sends edits the engine reads as the same rule it echoes, and agrees on "edited"', async () => {
    const base = presetRule('beats-leader');
    const edits = withField(base, withField(base, {}, 'min_turnout', 30), 'counting.blank', true);
    const response = await engine.evaluate(bundled, ruleRequest({ preset: 'beats-leader', rule: edits }), 0);
    expect(response.ok).toBe(true);
    const echoed = response.result.rule;
    expect(echoed.edited).toBe(true);
    const { edited, ...echoedRule } = echoed;
    expect(effectiveRule(base, edits)).toEqual(echoedRule);
    const plain = await engine.evaluate(bundled, ruleRequest(initialScenario()), 0);
    expect(plain.result.rule.edited).toBe(isEdited({}));
  });

  it('reads numbers as people type them, in any of the languages', () => {
    expect(parseNumberText('25')).toEqual({ ok: true, value: 25 });
    expect(parseNumberText(' 12,5 ')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumberText('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumberText('12,')).toEqual({ ok: true, value: 12 });
    expect(parseNumberText(',5')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberText('')).toEqual({ ok: false, reason: 'empty' });
    for (const bad of ['abc', '1e3', '12,5,1', '5%', '--1', '.']) expect(parseNumberText(bad)).toEqual({ ok: false, reason: 'not_number' });
    expect(numberText(12.5, 'ru')).toBe('12,5');
    expect(numberText(12.5, 'en')).toBe('12.5');
    expect(numberText(null, 'ru')).toBe('');
  });

  it('takes a swing from 0 to 30 only', () => {
    expect(parseSwing('2,5')).toEqual({ ok: true, value: 2.5 });
    expect(parseSwing('30')).toEqual({ ok: true, value: 30 });
    expect(parseSwing('31')).toEqual({ ok: false, reason: 'out_of_range' });
    expect(parseSwing('-1')).toEqual({ ok: false, reason: 'out_of_range' });
    expect(parseSwing('x')).toEqual({ ok: false, reason: 'not_number' });
  });

  it('places the engine’s rule.invalid next to the field its path names', async () => {
    const response = await engine.evaluate(bundled, ruleRequest({ preset: 'beats-leader', rule: { min_turnout: 150 } }), 0);
    expect(response.ok).toBe(false);
    expect(response.error).toMatchObject({ code: 'rule.invalid', field: 'min_turnout', text: '150' });
    expect(errorField(response.error)).toBe('min_turnout');
    const nested = await engine.evaluate(bundled, { preset: 'beats-leader', winner_min: { percent: -1, base: 'ballots_cast' } }, 0);
    expect(errorField(nested.error)).toBe('winner_min.percent');
    expect(errorField({ code: 'request.invalid_swing' })).toBe('swing');
    expect(errorField({ code: 'engine.failed' })).toBeNull();
    expect(errorField(null)).toBeNull();
  });
});

describe('the store’s scenario actions', () => {
  const ready = () => reducer(initialState({ lang: 'ru', datasetId: 'kz-2023-akims' }), { type: 'presetsLoaded', presets });

  it('chooses a preset (dropping edits), edits, toggles a lever, resets, sets the swing', () => {
    let state = ready();
    state = reducer(state, { type: 'editRule', path: 'tie', value: 'void' });
    expect(state.scenario.rule).toEqual({ tie: 'void' });
    state = reducer(state, { type: 'toggleLever', path: 'winner_min', on: true });
    expect(state.scenario.rule.winner_min).toEqual({ percent: 50, base: 'ballots_cast' });
    state = reducer(state, { type: 'toggleLever', path: 'winner_min', on: false });
    expect(state.scenario.rule).toEqual({ tie: 'void' });
    state = reducer(state, { type: 'setSwing', swing: 4.5 });
    state = reducer(state, { type: 'choosePreset', id: 'blank-majority' });
    expect(state.scenario).toEqual({ preset: 'blank-majority', rule: {}, swing: 4.5 });
    state = reducer(state, { type: 'toggleLever', path: 'min_turnout', on: true });
    expect(state.scenario.rule).toEqual({ min_turnout: 50 });
    state = reducer(state, { type: 'resetRule' });
    expect(state.scenario.rule).toEqual({});
    expect(reducer(state, { type: 'choosePreset', id: 'no-such' })).toBe(state);
  });

  it('keeps the last good result through an error, and drops stale answers', async () => {
    let state = ready();
    const good = await engine.evaluate(bundled, { preset: 'beats-leader' }, 0);
    state = reducer(state, { type: 'evaluateRequested', seq: 1 });
    state = reducer(state, { type: 'evaluated', seq: 1, response: good });
    expect(state.rules.evaluation.totals.valid.contests).toBe(8);

    state = reducer(state, { type: 'evaluateRequested', seq: 2 });
    state = reducer(state, { type: 'evaluateRequested', seq: 3 });
    const bad = await engine.evaluate(bundled, { preset: 'beats-leader', min_turnout: 150 }, 0);
    const stale = await engine.evaluate(bundled, { preset: 'statistical' }, 0);
    expect(reducer(state, { type: 'evaluated', seq: 2, response: stale })).toBe(state);
    state = reducer(state, { type: 'evaluated', seq: 3, response: bad });
    expect(state.rules.evaluationError).toMatchObject({ code: 'rule.invalid', field: 'min_turnout' });
    expect(state.rules.evaluation.totals.valid.contests).toBe(8); // still the last good one
    expect(state.rules.evaluating).toBe(false);
  });
});

describe('reading an evaluation', () => {
  it('indexes decisions by contest and tallies by region; counts by outcome', async () => {
    const { result } = await engine.evaluate(bundled, { preset: 'beats-leader' }, 0);
    expect(tallyCounts(result.totals)).toEqual({ valid: 8, void: 0, runoff: 0, undecided: 37 });
    expect(decisionsById(result).get('north-kazakhstan/esil')).toMatchObject({ outcome: 'valid', winner: 'Мухамедияров Мереке' });
    expect(tallyCounts(talliesByRegion(result).get('north-kazakhstan'))).toEqual({ valid: 3, void: 0, runoff: 0, undecided: 0 });
    expect(tallyCounts(null)).toEqual({ valid: 0, void: 0, runoff: 0, undecided: 0 });
    expect(decisionsById(null).size).toBe(0);
  });
});
