// The page's places (app/places.js, app/state.js): which place a fragment, a history entry or a
// link's view names, and that every jump to an item shows the item's place, on the real core's summary.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadWasmCore, readDatasetFolder } from './support.js';
import { places, firstPlace, placeFromFragment, placeFromHistory, historyWithPlace, placeOfView } from '../../web/src/app/places.js';
import { reducer, initialState } from '../../web/src/app/state.js';

let summary;
let bgSummary;
beforeAll(async () => {
  const core = await loadWasmCore();
  summary = core.call({ op: 'summary', dataset: readDatasetFolder('data/kz-2023-akims') }).result;
  bgSummary = core.call({ op: 'summary', dataset: readDatasetFolder('data/bg-2023-04-02-national-assembly') }).result;
});

const ready = (place) => ({ ...initialState({ lang: 'ru', datasetId: 'kz-2023-akims', place }), status: 'ready', summary });
const act = (state, type, payload = {}) => reducer(state, { type, ...payload });

describe('naming a place', () => {
  it('reads a #place-… fragment, and nothing else', () => {
    for (const place of places) expect(placeFromFragment(`#place-${place}`)).toBe(place);
    expect(placeFromFragment('#place-nowhere')).toBe(null);
    expect(placeFromFragment('#main')).toBe(null);
    expect(placeFromFragment('#v=1&d=kz-2023-akims&end')).toBe(null);
  });

  it('keeps the place in a history entry beside what the entry held', () => {
    expect(placeFromHistory(historyWithPlace({ other: 1 }, 'findings'))).toBe('findings');
    expect(historyWithPlace({ other: 1 }, 'findings')).toEqual({ other: 1, place: 'findings' });
    expect(placeFromHistory(null)).toBe(null);
    expect(placeFromHistory({ place: 'elsewhere' })).toBe(null);
  });

  it('takes a link’s view to the place of its item', () => {
    expect(placeOfView({ finding: 'F1' })).toEqual({ place: 'findings', target: 'finding-F1' });
    expect(placeOfView({ region: 'abai' })).toEqual({ place: 'regions', target: 'region-detail-title' });
    expect(placeOfView({}, ['bg-2024-06-09-national-assembly'])).toEqual({ place: 'scenario', target: 'elections-title' });
    expect(placeOfView({ region: null, finding: null })).toBe(null);
  });

  it('starts in the first place unless told, and never in an unknown one', () => {
    expect(initialState({ lang: 'ru', datasetId: 'x' }).place).toBe(firstPlace);
    expect(initialState({ lang: 'ru', datasetId: 'x', place: 'sources' }).place).toBe('sources');
    expect(initialState({ lang: 'ru', datasetId: 'x', place: 'attic' }).place).toBe(firstPlace);
  });
});

describe('a jump to an item shows its place', () => {
  it('a region, from a chart or a finding, shows the regions', () => {
    const region = summary.regions[0].id;
    expect(act(ready('overview'), 'openRegion', { id: region })).toMatchObject({ place: 'regions', selectedRegion: region, focus: { id: 'region-detail-title' } });
    expect(act(ready('findings'), 'showUnit', { id: region })).toMatchObject({ place: 'regions', selectedRegion: region });
  });

  it('a contest shows the regions with its region open; the country shows the overview', () => {
    const contest = summary.contests.find((c) => summary.regions.some((r) => r.id === c.parent));
    expect(act(ready('findings'), 'showUnit', { id: contest.id })).toMatchObject({ place: 'regions', selectedRegion: contest.parent, focus: { id: `unit-${contest.id}` } });
    expect(act(ready('findings'), 'showUnit', { id: summary.national.id })).toMatchObject({ place: 'overview', focus: { id: 'national-title' } });
    // A municipality below a constituency (Bulgaria): its constituency opens, its row is the target.
    const bulgaria = { ...ready('findings'), summary: bgSummary };
    expect(act(bulgaria, 'showUnit', { id: 'mir-03/VAR01' })).toMatchObject({ place: 'regions', selectedRegion: 'mir-03', focus: { id: 'unit-mir-03/VAR01' } });
  });

  it('a unit’s findings marker, a finding and the filter’s reset show the findings', () => {
    const finding = summary.findings[0];
    const unit = finding.units[0];
    expect(act(ready('regions'), 'showFindingsFor', { id: unit })).toMatchObject({ place: 'findings', findingsUnit: unit });
    expect(act(ready('overview'), 'selectFinding', { id: finding.id })).toMatchObject({ place: 'findings', focus: { id: `finding-${finding.id}` } });
    expect(act(ready('overview'), 'clearFindingsFilter')).toMatchObject({ place: 'findings', focus: { id: 'findings-title' } });
  });

  it('goTo shows a place and focuses it or an item in it; placeShown moves no focus', () => {
    expect(act(ready('overview'), 'goTo', { place: 'sources' })).toMatchObject({ place: 'sources', focus: { id: 'place-sources' } });
    expect(act(ready('overview'), 'goTo', { place: 'scenario', target: 'elections-title' })).toMatchObject({ place: 'scenario', focus: { id: 'elections-title' } });
    const before = ready('overview');
    expect(act(before, 'goTo', { place: 'attic' })).toBe(before);
    const shown = act(before, 'placeShown', { place: 'file' });
    expect(shown.place).toBe('file');
    expect(shown.focus).toBe(before.focus);
  });
});
