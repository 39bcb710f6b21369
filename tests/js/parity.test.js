// Native and wasm builds of the core must give byte-identical JSON for the same request,
// on the bundled dataset and on every fixture (including the broken ones: errors are values too).
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { loadWasmCore, readDatasetFolder, fixtureDatasets, nativeCli, repoRoot } from './support.js';

const datasets = ['data/kz-2023-akims', ...fixtureDatasets()];

// The CLI's exit status tells success from an error value; its output is the response either way.
function nativeRequest(requestText) {
  const run = spawnSync(nativeCli, ['request', '-'], { input: requestText, encoding: 'utf8', cwd: repoRoot });
  if (run.error) throw run.error;
  return run.stdout;
}

describe('native and wasm parity', () => {
  let core;
  beforeAll(async () => {
    core = await loadWasmCore();
  });

  for (const folder of datasets) {
    for (const op of ['summary', 'check', 'factors']) {
      it(`${op} of ${folder} is byte-identical`, () => {
        const requestText = JSON.stringify({ op, dataset: readDatasetFolder(folder) });
        const wasm = core.callText(requestText);
        expect(wasm + '\n').toBe(nativeRequest(requestText));
      });
    }
  }

  it('the CLI summary of the bundled dataset is the same JSON the page receives', () => {
    const cli = execFileSync(nativeCli, ['summary', 'data/kz-2023-akims', '--format', 'json'], {
      encoding: 'utf8',
      cwd: repoRoot,
    });
    const wasm = core.callText(JSON.stringify({ op: 'summary', dataset: readDatasetFolder('data/kz-2023-akims') }));
    expect(cli).toBe(wasm + '\n');
    expect(JSON.parse(wasm).ok).toBe(true);
  });

  it('a malformed request gives the same error value natively and in wasm', () => {
    const requestText = '{"op": "summary", "dataset": ';
    const wasm = core.callText(requestText);
    expect(wasm + '\n').toBe(nativeRequest(requestText));
    expect(JSON.parse(wasm)).toMatchObject({ ok: false, error: { code: 'request.invalid_json' } });
  });
});
