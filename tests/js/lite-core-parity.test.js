// The page's two wasm modules: the first one (against_all_core_lite, no upload readers, linked for
// size) must answer every request it shares with the full module in the same bytes — on every
// bundled election and every fixture, each preset at two swings, errors included — and must not
// be able to read a file (the worker sends those to the full module: router.js).
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadWasmCore, loadWasmLiteCore, readDatasetFolder, fixtureDatasets, repoRoot } from './support.js';

const bundled = fs
  .readdirSync(path.join(repoRoot, 'data'))
  .filter((name) => fs.existsSync(path.join(repoRoot, 'data', name, 'dataset.json')))
  .sort()
  .map((name) => `data/${name}`);

describe('the first wasm module and the full one', () => {
  let lite;
  let full;
  let presets;
  beforeAll(async () => {
    [lite, full] = await Promise.all([loadWasmLiteCore(), loadWasmCore()]);
    presets = full.call({ op: 'presets' }).result.presets.map((preset) => preset.id);
  });

  const same = (request) => {
    const text = typeof request === 'string' ? request : JSON.stringify(request);
    expect(lite.callText(text)).toBe(full.callText(text));
  };

  it('list the same presets', () => {
    expect(presets.length).toBeGreaterThan(3);
    same({ op: 'presets' });
  });

  for (const folder of [...bundled, ...fixtureDatasets()]) {
    it(`answer every op on ${folder} in the same bytes`, () => {
      const dataset = readDatasetFolder(folder);
      for (const op of ['summary', 'check', 'factors']) same({ op, dataset });
      for (const swing of [0, 7.5]) {
        same({ op: 'compare', dataset, swing });
        for (const preset of presets) same({ op: 'evaluate', dataset, rule: { preset }, swing });
      }
      same({ op: 'contest_page', dataset, rule: { preset: 'beats-leader' }, swing: 0, sort: { by: 'switch', order: 'asc' }, limit: 20 });
    });
  }

  it('give the same errors, and the first module none of a file reader', () => {
    same('{"op": "summary", "dataset": ');
    same({ op: 'inspect', file: 'x.csv' });
    same({ op: 'problems_csv', upload: { file: 'x.csv', mapping: {} } });
    same({ op: 'summary', dataset: { upload: { file: 'x.csv', mapping: {} } } });
    same({ op: 'evaluate', session: 999, rule: { preset: 'beats-leader' } });
    expect(lite.call({ op: 'inspect', file: 'x.csv' })).toMatchObject({ ok: false, error: { code: 'request.missing_field', field: 'bytes' } });
    expect(() => lite.callWithBytes({ op: 'inspect', file: 'x.csv' }, new Uint8Array([49]))).toThrow();
  });

  it('keep sessions of a bundled election in the first module alike', () => {
    const dataset = readDatasetFolder('data/ru-2004-president');
    const opened = [lite, full].map((core) => core.call({ op: 'open', dataset }).result.session);
    const answers = [lite, full].map((core, i) =>
      core.callText(JSON.stringify({ op: 'evaluate', session: opened[i], rule: { preset: 'russia-before-2006' }, swing: 3 })),
    );
    expect(answers[0]).toBe(answers[1]);
  });
});
