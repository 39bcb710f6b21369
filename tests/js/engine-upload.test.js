// Uploads through the engine façade on the real wasm core: inspect, analyse with progress,
// problem rows, and the errors a user's file can give.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createEngine, directTransport } from '../../web/src/engine/index.js';
import { loadWasmCore, repoRoot } from './support.js';
import { windows1251 } from '../support/encodings.js';

const uploads = path.join(repoRoot, 'tests/fixtures/uploads');
const fixtureFiles = fs.readdirSync(uploads);
const wideCsv = fixtureFiles.find((f) => /wide.*\.csv$/.test(f));

describe('uploads through the engine façade', () => {
  let engine;
  beforeAll(async () => {
    engine = createEngine(directTransport(await loadWasmCore()));
  });

  it('asks for a file before reading one', async () => {
    const response = await engine.inspect('none.csv');
    expect(response).toMatchObject({ ok: false, error: { code: 'engine.no_file' } });
  });

  it('inspects a file and suggests a mapping that summarises with progress', async () => {
    expect(wideCsv).toBeDefined();
    await engine.attachFile(new Uint8Array(fs.readFileSync(path.join(uploads, wideCsv))));
    const inspected = await engine.inspect(wideCsv);
    expect(inspected.ok).toBe(true);
    expect(inspected.result.header.length).toBeGreaterThan(2);
    expect(inspected.result.preview.length).toBeGreaterThan(0);
    const progress = [];
    const upload = { file: wideCsv, mapping: inspected.result.mapping };
    const summary = await engine.analyse({ op: 'summary', dataset: { upload } }, (p) => progress.push(p));
    expect(summary.ok).toBe(true);
    expect(summary.result.upload.rows).toBe(summary.result.upload.rows_used);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1).read).toBe(progress.at(-1).total);
    const evaluated = await engine.analyse({ op: 'evaluate', dataset: { upload }, rule: { preset: 'beats-leader' } });
    expect(evaluated.ok).toBe(true);
    expect(evaluated.result.contests.length).toBeGreaterThan(0);
  });

  it('reads a Windows-1251 file with semicolons and spaced thousands', async () => {
    const text = 'Регион;Район;Избирателей;Против всех;Иванов\nАбай;Курчатов;6 931;463;1 200\n';
    const cp1251 = windows1251(text);
    await engine.attachFile(cp1251);
    const inspected = await engine.inspect('cp1251.csv');
    expect(inspected.ok).toBe(true);
    expect(inspected.result.encoding).toBe('windows-1251');
    expect(inspected.result.delimiter).toBe(';');
    expect(inspected.result.header).toContain('Против всех');
    const upload = { file: 'cp1251.csv', mapping: inspected.result.mapping };
    const summary = await engine.analyse({ op: 'summary', dataset: { upload } });
    expect(summary.ok).toBe(true);
    expect(summary.result.national.figures.against_all.value).toBe(463);
  });

  it('returns a located error for a file that is not text', async () => {
    await engine.attachFile(new Uint8Array([0, 159, 146, 150, 0, 0, 1, 2, 3]));
    const response = await engine.inspect('binary.csv');
    expect(response.ok).toBe(false);
    expect(response.error.code).toMatch(/^text\./);
  });
});

