// Workbooks, compressed files and files that are not tables through the real wasm core (its inflate
// is fflate, given by web/src/engine/core.js) and the native CLI (zlib): the same JSON, errors
// included, so every limit and message is the core's, whichever host inflates. (Compared parsed:
// callWithBytes answers with an object, and JavaScript writes 1e-9 where the core writes 1e-09.)
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadWasmCore, nativeCli, repoRoot } from './support.js';

const dir = path.join(repoRoot, 'tests/fixtures/workbooks');
const files = fs.readdirSync(dir, { recursive: true })
  .filter((name) => fs.statSync(path.join(dir, name)).isFile() && !/\.(py|fods|sh)$/.test(name)).sort();

function native(args) {
  const run = spawnSync(nativeCli, args, { encoding: 'utf8', cwd: repoRoot });
  if (run.error) throw run.error;
  return run.stdout;
}

describe('workbooks and compressed files: wasm and native agree', () => {
  let core;
  beforeAll(async () => {
    core = await loadWasmCore();
  });

  it('has the fixtures', () => {
    expect(files).toEqual(expect.arrayContaining(['results.xlsx', 'cells.xlsx', 'bomb.xlsx', 'results.csv.gz', 'two_tables.zip', 'libreoffice/results.xlsx',
      'libreoffice/protocol.xlsx', 'libreoffice/protocol.ods', 'blank.xlsx']));
  });

  for (const name of files) {
    it(`inspect ${name}`, () => {
      const bytes = new Uint8Array(fs.readFileSync(path.join(dir, name)));
      const wasm = core.callWithBytes({ op: 'inspect', file: path.basename(name) }, bytes);
      expect(wasm).toEqual(JSON.parse(native(['inspect', path.join(dir, name)])));
    });
  }

  it('the second sheet of a workbook, inspected and summarised', () => {
    const file = path.join(dir, 'results.xlsx');
    const bytes = new Uint8Array(fs.readFileSync(file));
    const inspected = core.callWithBytes({ op: 'inspect', file: 'results.xlsx', sheet: 'Итоги' }, bytes);
    expect(inspected).toEqual(JSON.parse(native(['inspect', file, '--sheet', 'Итоги'])));
    expect(inspected.result.source.sheet).toBe('Итоги');
    const mappingFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aa-')), 'mapping.json');
    fs.writeFileSync(mappingFile, JSON.stringify(inspected.result.mapping));
    const upload = { file: 'results.xlsx', sheet: 'Итоги', mapping: inspected.result.mapping };
    const summary = core.callWithBytes({ op: 'summary', dataset: { upload } }, bytes);
    expect(summary.ok).toBe(true);
    expect(summary.result.national.figures.against_all.value).toBe(290);
    expect(summary).toEqual(JSON.parse(native(['summary', file, '--map', mappingFile, '--sheet', 'Итоги'])));
  });

  it('a zip bomb and a lying size stop in wasm as natively', () => {
    for (const [name, code] of [['bomb.xlsx', 'limit.zip_ratio'], ['lying_size.xlsx', 'zip.size_mismatch'], ['crc.xlsx', 'zip.crc_mismatch']]) {
      const response = core.callWithBytes({ op: 'inspect', file: name }, new Uint8Array(fs.readFileSync(path.join(dir, name))));
      expect(response.error.code).toBe(code);
    }
  });
});
