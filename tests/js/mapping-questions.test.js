// The suggestion's questions and the conventions' readings in the mapping form, on the real wasm
// core: each answer or reading is one change of the form, and the core reads the mapping it makes.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadWasmCore } from './support.js';
import { formFromMapping, mappingFromForm, withAnswer, answerOf, withReading } from '../../web/src/upload/mappingForm.js';

const encoder = new TextEncoder();

const bulgarianLike = [
  'region_name,municipality_name,ГЕРБ,БСП,не подкрепям никого,невалидни,eligible_voters,total',
  'Варна,Аврен,100,50,8,3,400,161',
  'Варна,Аксаково,80,20,4,2,300,106',
  'Русе,Русе,90,90,9,9,500,198',
].join('\n');

const eciLike = [
  'State Name,PC Name,Candidate Name,Votes Secured - Total,Valid Votes,Total Electors',
  'Goa,North Goa,A,910,1110,2000',
  'Goa,North Goa,B,200,1110,2000',
  'Goa,North Goa,NOTA,90,1110,2000',
  'Goa,South Goa,C,500,950,1800',
  'Goa,South Goa,D,450,950,1800',
  'Goa,South Goa,NOTA,50,950,1800',
].join('\n');

describe('suggestion questions and convention readings', () => {
  let core;
  beforeAll(async () => {
    core = await loadWasmCore();
  });

  const inspect = (text, file) => core.callWithBytes({ op: 'inspect', file }, encoder.encode(text)).result;
  const summary = (text, file, mapping) =>
    core.callWithBytes({ op: 'summary', dataset: { upload: { file, mapping } } }, encoder.encode(text));

  it('asks what the data does not settle, and each answer is one change the core accepts', () => {
    const inspected = inspect(bulgarianLike, 'bg.csv');
    const { questions, columns } = inspected.suggestion;
    expect(columns).toHaveLength(inspected.header.length);
    const contest = questions.find((q) => q.field === 'contest_level');
    expect(contest).toMatchObject({ suggested: 'country' });
    const total = questions.find((q) => q.field === 'column' && q.header === 'total');
    expect(total).toMatchObject({ suggested: 'measure:ballots_cast', alternatives: ['unused'] });

    let form = formFromMapping(inspected.mapping, inspected.header);
    expect(answerOf(form, contest)).toBe('country');
    expect(answerOf(form, total)).toBe('measure:ballots_cast');
    // One click: the constituencies (region_name) are the contests.
    const region = contest.alternatives.find((a) => a !== 'country');
    form = withAnswer(form, contest, region);
    expect(answerOf(form, contest)).toBe(region);
    const answered = summary(bulgarianLike, 'bg.csv', mappingFromForm(form));
    expect(answered.ok).toBe(true);
    expect(answered.result.contests).toHaveLength(2);
    // And "total" is not ballots cast after all.
    form = withAnswer(form, total, 'unused');
    expect(mappingFromForm(form).measures.ballots_cast).toBeUndefined();
  });

  it('offers the readings that fit valid votes without NOTA, and each is one click', () => {
    const inspected = inspect(eciLike, 'eci.csv');
    const form = formFromMapping(inspected.mapping, inspected.header);
    const first = summary(eciLike, 'eci.csv', mappingFromForm(form));
    expect(first.ok).toBe(true);
    const offer = first.result.upload.conventions[0];
    expect(offer).toMatchObject({ code: 'convention.valid_votes_exclude_against_all', contests: 2, of: 2 });
    expect(first.result.findings.map((f) => f.code)).toContain('check.valid_votes_exclude_against_all');

    const plus = withReading(form, offer.readings[0].mapping);
    const mapping = mappingFromForm(plus);
    expect(mapping.conventions).toEqual({ valid_votes: 'excludes_against_all' });
    const fixed = summary(eciLike, 'eci.csv', mapping);
    expect(fixed.result.findings.map((f) => f.code)).not.toContain('check.valid_votes_exclude_against_all');
    expect(fixed.result.national.figures.valid_votes.value).toBe(1110 + 90 + 950 + 50);
    // The mapping round-trips through the form with its conventions.
    expect(mappingFromForm(formFromMapping(mapping, inspected.header))).toEqual(mapping);

    const unmapped = withReading(plus, offer.readings[1].mapping);
    const plain = mappingFromForm(unmapped);
    expect(plain.measures.valid_votes).toBeUndefined();
    expect(plain.conventions).toBeUndefined();
  });
});
