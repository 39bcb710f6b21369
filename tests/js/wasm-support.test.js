// The browser check before the core loads (web/src/engine/wasmSupport.js): each probe is a valid
// module that uses its feature and nothing else beyond the MVP, and the check reports exactly
// what a browser's WebAssembly.validate refuses.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { featureProbes, missingWasmFeatures } from '../../web/src/engine/wasmSupport.js';

const features = ['simd', 'exceptions', 'bulk-memory', 'nontrapping-fptoint'];
// Binaryen (installed with Emscripten) validates a module against a chosen set of features.
const binaryenFlag = {
  simd: '--enable-simd',
  exceptions: '--enable-exception-handling',
  'bulk-memory': '--enable-bulk-memory',
  'nontrapping-fptoint': '--enable-nontrapping-float-to-int',
};

function validatesWith(bytes, flags) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wasm-probe-')), 'probe.wasm');
  fs.writeFileSync(file, bytes);
  try {
    execFileSync('wasm-opt', ['--mvp-features', ...flags, file, '-o', os.devNull], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe('the WebAssembly feature check', () => {
  it('probes the four features the core is built with', () => {
    expect(Object.keys(featureProbes)).toEqual(features);
  });

  it('finds nothing missing in Node, which runs the core', () => {
    expect(missingWasmFeatures()).toEqual([]);
    for (const name of features) expect(new WebAssembly.Module(featureProbes[name])).toBeInstanceOf(WebAssembly.Module);
  });

  it('has probes that need their own feature and no other', () => {
    for (const name of features) {
      expect(validatesWith(featureProbes[name], []), `${name} without its feature`).toBe(false);
      expect(validatesWith(featureProbes[name], [binaryenFlag[name]]), `${name} with its feature`).toBe(true);
    }
  });

  it('reports the features a browser refuses, in order', () => {
    const refusing = (...refused) => ({
      validate: (bytes) => !refused.some((name) => featureProbes[name] === bytes) && WebAssembly.validate(bytes),
    });
    expect(missingWasmFeatures(refusing('simd'))).toEqual(['simd']);
    expect(missingWasmFeatures(refusing('exceptions', 'simd'))).toEqual(['simd', 'exceptions']);
    expect(missingWasmFeatures(refusing(...features))).toEqual(features);
  });

  it('reports every feature when there is no WebAssembly, or validate throws', () => {
    expect(missingWasmFeatures(null)).toEqual(features);
    expect(missingWasmFeatures({})).toEqual(features);
    const throwing = { validate: () => { throw new TypeError('not supported'); } };
    expect(missingWasmFeatures(throwing)).toEqual(features);
  });
});
