// Sessions in the wasm core: evaluate/compare on a session give byte for byte what the native
// core gives for the same request on the dataset (the CLI has no sessions: each run is a process).
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadWasmCore, readDatasetFolder, nativeCli, repoRoot } from './support.js';

function nativeRequest(requestText) {
  const run = spawnSync(nativeCli, ['request', '-'], { input: requestText, encoding: 'utf8', cwd: repoRoot });
  if (run.error) throw run.error;
  return run.stdout;
}

const dataset = readDatasetFolder('data/kz-2023-akims');

describe('sessions, wasm against native', () => {
  let core;
  let session;
  beforeAll(async () => {
    core = await loadWasmCore();
    const opened = core.call({ op: 'open', dataset });
    expect(opened.ok).toBe(true);
    session = opened.result.session;
  });

  it('evaluates every preset on a session as native does on the dataset', () => {
    const { presets } = core.call({ op: 'presets' }).result;
    for (const { id } of presets) {
      for (const swing of [0, 12.5]) {
        const request = { op: 'evaluate', rule: { preset: id }, swing };
        const wasm = core.callText(JSON.stringify({ ...request, session }));
        expect(wasm + '\n', `${id} at ${swing}`).toBe(nativeRequest(JSON.stringify({ ...request, dataset })));
      }
    }
    const compare = core.callText(JSON.stringify({ op: 'compare', session, swing: 3 }));
    expect(compare + '\n').toBe(nativeRequest(JSON.stringify({ op: 'compare', dataset, swing: 3 })));
  });

  it('leaves out the contests and the curve when asked, natively and in wasm alike', () => {
    const request = { op: 'evaluate', rule: { preset: 'beats-leader' }, swing: 2, contests: false, curve: false };
    const wasm = core.call({ ...request, session }).result;
    expect(Object.keys(wasm)).toEqual(['rule', 'swing', 'regions', 'totals']);
    expect(JSON.stringify({ ok: true, result: wasm }) + '\n').toBe(nativeRequest(JSON.stringify({ ...request, dataset })));
  });

  it('opens an uploaded file once and reports on it once', () => {
    const dir = path.join(repoRoot, 'tests/fixtures/uploads');
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, 'wide_stations.csv')));
    const mapping = JSON.parse(fs.readFileSync(path.join(dir, 'wide_stations.mapping.json'), 'utf8'));
    const upload = { upload: { file: 'wide_stations.csv', mapping } };
    const opened = core.callWithBytes({ op: 'open', dataset: upload }, bytes);
    expect(opened.ok).toBe(true);
    expect(opened.result.upload.rows_used).toBe(5);
    const onSession = core.call({ op: 'evaluate', session: opened.result.session, rule: { preset: 'beats-leader' } });
    const onUpload = core.callWithBytes({ op: 'evaluate', dataset: upload, rule: { preset: 'beats-leader' } }, bytes);
    delete onUpload.result.upload;
    expect(onSession).toEqual(onUpload);
    expect(core.call({ op: 'close_session', session: opened.result.session }).ok).toBe(true);
    expect(core.call({ op: 'evaluate', session: opened.result.session, rule: {} }).error).toMatchObject({
      code: 'session.unknown',
      field: 'session',
    });
  });
});
