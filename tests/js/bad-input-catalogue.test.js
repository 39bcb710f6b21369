// The catalogue of broken uploads (tests/fixtures/bad-csv/catalogue.json) through the engine
// façade on the real wasm core: each case ends in its documented error or problems, as natively.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createEngine, directTransport } from '../../web/src/engine/index.js';
import { loadWasmCore, repoRoot } from './support.js';
import { catalogueBytes } from '../support/encodings.js';

const catalogue = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/bad-csv/catalogue.json'), 'utf8'));



describe('bad-input catalogue through the engine façade (wasm)', () => {
  let engine;
  beforeAll(async () => {
    engine = createEngine(directTransport(await loadWasmCore()));
  });

  it('holds at least twenty kinds of broken file', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(20);
  });

  for (const c of catalogue) {
    it(`${c.name}: ${c.about}`, async () => {
      const file = `${c.name}.csv`;
      await engine.attachFile(catalogueBytes(c));
      const inspected = await engine.inspect(file);
      const expectError = (response) => {
        expect(response.ok).toBe(false);
        expect(response.error.code).toBe(c.error.code);
        expect(response.error.line || 0).toBe(c.error.line);
        expect(response.error.column || 0).toBe(c.error.column);
        if (c.error.field) expect(response.error.field).toBe(c.error.field);
      };
      if (c.error && c.error.stage === 'inspect') return expectError(inspected);
      expect(inspected.ok).toBe(true);
      if (c.encoding) expect(inspected.result.encoding).toBe(c.encoding);
      if (c.delimiter) expect(inspected.result.delimiter).toBe(c.delimiter);
      if (c.header_problems) expect(inspected.result.header_problems).toEqual(c.header_problems);
      const upload = { file, mapping: { ...inspected.result.mapping, ...(c.mapping_patch || {}) } };
      const summary = await engine.analyse({ op: 'summary', dataset: { upload } });
      if (c.error) return expectError(summary);
      expect(summary.ok).toBe(true);
      const report = summary.result.upload;
      expect(report.rows).toBe(c.rows);
      expect(report.rows_used).toBe(c.rows_used);
      const notUsed = Object.values(report.rows_not_used).reduce((a, b) => a + b, 0);
      expect(report.rows_used + notUsed).toBe(report.rows);
      if (c.problems) {
        expect(report.problems.map(({ code, line, column }) => ({ code, line, column }))).toEqual(
          c.problems.map(({ code, line, column }) => ({ code, line, column })),
        );
      }
      if ('against_all' in c) expect(summary.result.national.figures.against_all.value).toBe(c.against_all);
      for (const code of c.findings || []) expect(summary.result.findings.map((f) => f.code)).toContain(code);
    });
  }
});
