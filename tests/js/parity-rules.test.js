// The rules engine gives byte-identical JSON natively and in wasm: every preset, a custom rule
// and a swing on the bundled dataset, and the comparison.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadWasmCore, readDatasetFolder, nativeCli, repoRoot } from './support.js';
import { presets as linkPresets } from '../../web/src/links/versions/v1.js';

function nativeRequest(requestText) {
  const run = spawnSync(nativeCli, ['request', '-'], { input: requestText, encoding: 'utf8', cwd: repoRoot });
  if (run.error) throw run.error;
  return run.stdout;
}

const dataset = readDatasetFolder('data/kz-2023-akims');

describe('rules parity, native and wasm', () => {
  let core;
  let presets;
  beforeAll(async () => {
    core = await loadWasmCore();
    presets = core.call({ op: 'presets' }).result.presets;
  });

  // The list is written once, in the core (wasm/src/presets.cpp); the frozen v1 link codec keeps
  // its own copy so that old links never change meaning, and the two must agree.
  it('lists the presets the frozen v1 link codec knows, in its order', () => {
    expect(presets.map((p) => p.id)).toEqual(linkPresets);
  });

  it('evaluates every preset identically, at swing 0 and at +12.5 points', () => {
    for (const { id } of presets) {
      for (const swing of [0, 12.5]) {
        const requestText = JSON.stringify({ op: 'evaluate', dataset, rule: { preset: id }, swing });
        const wasm = core.callText(requestText);
        expect(wasm + '\n', `${id} at ${swing}`).toBe(nativeRequest(requestText));
        expect(JSON.parse(wasm).ok).toBe(true);
      }
    }
  });

  it('evaluates a custom rule and the comparison identically', () => {
    const custom = {
      validity: { kind: 'against_all_share', percent: 5, base: 'ballots_cast' },
      winner_min: { percent: 50, base: 'ballots_cast' },
      assume_max_invalid: 5,
    };
    for (const request of [
      { op: 'evaluate', dataset, rule: custom, swing: 3 },
      { op: 'compare', dataset, swing: 0 },
      { op: 'evaluate', dataset, rule: { preset: 'beats-leader', tie: 'maybe' } },
    ]) {
      const requestText = JSON.stringify(request);
      expect(core.callText(requestText) + '\n').toBe(nativeRequest(requestText));
    }
  });

  it('answers a bad rule with the field it concerns', () => {
    const response = core.call({ op: 'evaluate', dataset, rule: { preset: 'beats-leader', tie: 'maybe' } });
    expect(response).toMatchObject({ ok: false, error: { code: 'rule.invalid', field: 'tie', text: '"maybe"' } });
  });
});
