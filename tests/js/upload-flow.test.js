// The one upload flow (web/src/upload/uploadFlow.js) on the real wasm core through the engine's
// router, with the page's real reducer: the file input, a paste and a scenario link's file go the
// same way, one sequence counter drops answers of replaced steps, cancel ends only its own call.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createUploadFlow } from '../../web/src/upload/uploadFlow.js';
import { reducer, initialState, actionTypes } from '../../web/src/app/state.js';
import { createEngine, directTransport } from '../../web/src/engine/index.js';
import { pastedFile } from '../../web/src/upload/pasteTable.js';
import { linkMapping } from '../../web/src/upload/sourceChoice.js';
import { loadWasmCore, repoRoot } from './support.js';

const uploads = path.join(repoRoot, 'tests/fixtures/uploads');
const wideBytes = fs.readFileSync(path.join(uploads, 'wide_stations.csv'));
const wideMapping = JSON.parse(fs.readFileSync(path.join(uploads, 'wide_stations.mapping.json'), 'utf8'));
const noMemory = { recall: () => null, remember: () => false, forget: () => {}, available: false };

/** The page's store without Preact: the real reducer, actions by name, the dispatched types kept. */
function store() {
  let state = initialState({ lang: 'en', datasetId: 'kz-2023-akims' });
  const seen = [];
  const actions = {};
  for (const type of actionTypes) {
    actions[type] = (payload = {}) => {
      seen.push(type);
      state = reducer(state, { type, ...payload });
    };
  }
  return { actions, seen, getState: () => state };
}

describe('the one upload flow', () => {
  let engine;
  beforeAll(async () => {
    engine = createEngine(directTransport(await loadWasmCore()));
  });

  it('a chosen file, then its mapping analysed: the report and the summary in the store', async () => {
    const { actions, getState, seen } = store();
    const flow = createUploadFlow({ engine, actions, getState, memory: noMemory });
    await flow.chooseFile(new File([wideBytes], 'wide_stations.csv'));
    expect(getState().upload.phase).toBe('mapping');
    await flow.analyse();
    expect(seen).toEqual(expect.arrayContaining(['fileChosen', 'fileInspected', 'analysisStarted', 'uploadAnalysed']));
    expect(getState().upload.dataset.upload.file).toBe('wide_stations.csv');
    expect(getState().summary.national).toBeTruthy();
  });

  it('a scenario link’s file goes the same way, under the link’s mapping, and says so to the link', async () => {
    const { actions, getState, seen } = store();
    const flow = createUploadFlow({ engine, actions, getState, memory: noMemory });
    const answer = await flow.openLinked(new File([wideBytes], 'wide_stations.csv'), wideMapping);
    expect(answer).toEqual({ ok: true });
    expect(seen[0]).toBe('linkFileOpening');
    expect(seen).toEqual(expect.arrayContaining(['fileChosen', 'fileInspected', 'analysisStarted', 'uploadAnalysed', 'linkFileOpened']));
    expect(linkMapping(getState().upload.dataset.upload)).toEqual(linkMapping({ mapping: JSON.parse(JSON.stringify(wideMapping)) }));
    // The same figures as the file input gives under the same mapping.
    const other = store();
    const byInput = createUploadFlow({ engine, actions: other.actions, getState: other.getState, memory: { ...noMemory, recall: () => wideMapping } });
    await byInput.chooseFile(new File([wideBytes], 'wide_stations.csv'));
    await byInput.analyse();
    expect(other.getState().summary.national).toEqual(getState().summary.national);
  });

  it('a pasted table is a file like any other', async () => {
    const { actions, getState } = store();
    const flow = createUploadFlow({ engine, actions, getState, memory: noMemory });
    await flow.chooseFile(pastedFile('Region\tAgainst all\tVoters\nNorth\t12\t300\nSouth\t7\t250\n'));
    expect(getState().upload.phase).toBe('mapping');
    expect(getState().upload.inspection.header).toEqual(['Region', 'Against all', 'Voters']);
  });

  it('a step replaced by a newer one is dropped, with one counter for every way in', async () => {
    const { actions, getState } = store();
    const flow = createUploadFlow({ engine, actions, getState, memory: noMemory });
    const first = flow.openLinked(new File([wideBytes], 'first.csv'), wideMapping);
    const second = flow.chooseFile(new File([wideBytes], 'second.csv'));
    const [linked] = await Promise.all([first, second]);
    expect(linked.error.code).toBe('engine.cancelled');
    expect(getState().upload.file.name).toBe('second.csv');
    expect(getState().upload.phase).toBe('mapping');
  });

  it('a link’s file the core cannot read: the upload and the link both say why', async () => {
    const { actions, getState } = store();
    const flow = createUploadFlow({ engine, actions, getState, memory: noMemory });
    const answer = await flow.openLinked(new File([new Uint8Array([0, 1, 2, 0, 255, 0, 7])], 'bin.csv'), wideMapping);
    expect(answer.ok).toBe(false);
    expect(getState().upload.error.code).toBe(answer.error.code);
    expect(getState().link.fileCheck).toMatchObject({ status: 'failed' });
  });
});
