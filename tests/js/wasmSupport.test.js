// The wasm build's requirements on the browser (web/src/engine/wasmSupport.js) and the build itself:
// native wasm exceptions, so no call goes through Emscripten's JS invoke_* trampolines.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { missingWasmFeatures } from '../../web/src/engine/wasmSupport.js';

const generated = (name) => fs.readFileSync(new URL(`../../web/generated/${name}`, import.meta.url));

describe('missingWasmFeatures', () => {
  it('finds nothing missing in Node 20 (V8 has wasm SIMD and exceptions)', () => {
    expect(missingWasmFeatures()).toEqual([]);
  });

  it('names each feature a browser refuses', () => {
    expect(missingWasmFeatures({ validate: () => false })).toEqual(['simd', 'exceptions']);
    let calls = 0;
    expect(missingWasmFeatures({ validate: () => ++calls === 1 })).toEqual(['exceptions']);
    expect(missingWasmFeatures(null)).toEqual(['webassembly']);
    expect(missingWasmFeatures({})).toEqual(['webassembly']);
  });
});

describe('the wasm build', () => {
  it('uses native wasm exceptions: no invoke_* imports into JS', () => {
    const js = generated('against_all_core.mjs').toString('utf8');
    expect(js.match(/\binvoke_\w+/g) ?? []).toEqual([]);
    const module = new WebAssembly.Module(generated('against_all_core.wasm'));
    const imports = WebAssembly.Module.imports(module).map((i) => i.name);
    expect(imports.filter((name) => name.startsWith('invoke_'))).toEqual([]);
  });
});
