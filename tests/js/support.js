// Test support: the real wasm core loaded in Node, and dataset folders read as the page sends them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from '../../web/src/engine/core.js';
import { loadLiteCore } from '../../web/src/engine/liteCore.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const nativeCli = path.join(repoRoot, 'build/native/against-all');

/** The wasm core built by scripts/build-wasm.sh (Node cannot fetch a file path, so pass the bytes). */
export function loadWasmCore() {
  const wasmBinary = fs.readFileSync(path.join(repoRoot, 'web/generated/against_all_core.wasm'));
  return loadCore({ wasmBinary });
}

/** The page's first wasm module (no upload readers), the same build. */
export function loadWasmLiteCore() {
  const wasmBinary = fs.readFileSync(path.join(repoRoot, 'web/generated/against_all_core_lite.wasm'));
  return loadLiteCore({ wasmBinary });
}

/** Every file of a dataset folder, by name, as text: the shape of `dataset` in a request. */
export function readDatasetFolder(folder) {
  const dir = path.resolve(repoRoot, folder);
  const files = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isFile() && /\.(json|csv)$/.test(name)) files[name] = fs.readFileSync(full, 'utf8');
  }
  return { files };
}

/** Dataset folders under tests/fixtures (each has a dataset.json). */
export function fixtureDatasets() {
  const dir = path.join(repoRoot, 'tests/fixtures');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, 'dataset.json')))
    .sort()
    .map((name) => `tests/fixtures/${name}`);
}
