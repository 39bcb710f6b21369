// Issue 11 through the engine façade on the real wasm core: a transposed table inspected and
// analysed the other way round, a title line skipped, a total row checked; and the mapping form
// carrying `transpose` and `long.identity_columns` through unchanged.
import { describe, it, expect, beforeAll } from 'vitest';
import { createEngine, directTransport } from '../../web/src/engine/index.js';
import { formFromMapping, mappingFromForm } from '../../web/src/upload/mappingForm.js';
import { loadWasmCore } from './support.js';

const bytes = (text) => new TextEncoder().encode(text);

const transposed = [
  ',Norte,Sur,Este,Total',
  'Ana,100.0,200.0,50.0,350.0',
  'Luis,80.0,20.0,40.0,140.0',
  'Blanco,5.0,6.0,7.0,19.0',
  '',
].join('\n');

describe('finding the table through the engine façade (wasm)', () => {
  let engine;
  beforeAll(async () => {
    engine = createEngine(directTransport(await loadWasmCore()));
  });

  it('offers a transposed table, reads it the other way round, and checks its total column (blank: 19 ≠ 18)', async () => {
    await engine.attachFile(bytes(transposed));
    const asWritten = await engine.inspect('t.csv');
    expect(asWritten.result.layout).toMatchObject({ looks_transposed: true, transposed: false });
    const turned = await engine.inspect('t.csv', { transpose: true });
    expect(turned.result.header).toEqual(['', 'Ana', 'Luis', 'Blanco']);
    expect(turned.result.mapping.transpose).toBe(true);
    const mapping = {
      transpose: true,
      shape: 'wide',
      hierarchy: [{ level: 'area', column: 0 }],
      contest_level: 'country',
      measures: { blank: [3] },
      candidates: [1, 2],
    };
    const summary = await engine.analyse({ op: 'summary', dataset: { upload: { file: 't.csv', mapping } } });
    expect(summary.ok).toBe(true);
    expect(summary.result.national.figures.blank.value).toBe(18);
    expect(summary.result.upload.rows_not_used['row.total']).toBe(1);
    const checked = summary.result.upload.totals[0].figures.map((f) => [f.candidate || f.measure, f.published, f.sum, f.agrees]);
    expect(checked).toEqual([
      ['blank', 19, 18, false],
      ['Ana', 350, 350, true],
      ['Luis', 140, 140, true],
    ]);
    // The difference is located where the figure is in the file: line 4, the fifth field.
    expect(summary.result.upload.problems.map((p) => [p.code, p.line, p.column])).toEqual([['total.differs', 4, 20]]);
  });

  it('skips a title line and reads a differing total row as a finding, not as a unit', async () => {
    await engine.attachFile(bytes('Итоги голосования\nРегион;Против всех;Иванов\nА;5;40\nБ;10;90\nИтого;16;130\n'));
    const inspected = await engine.inspect('r.csv');
    expect(inspected.result.layout.skipped).toEqual([{ line: 1, reason: 'layout.title', text: 'Итоги голосования' }]);
    const mapping = { hierarchy: [{ level: 'region', column: 0 }], measures: { against_all: [1] }, candidates: [2] };
    const summary = await engine.analyse({ op: 'summary', dataset: { upload: { file: 'r.csv', mapping } } });
    expect(summary.result.national.figures.against_all.value).toBe(15);
    expect(summary.result.upload.problems.map((p) => [p.code, p.line, p.text])).toEqual([['total.differs', 5, '16 ≠ 15']]);
    expect(summary.result.findings.map((f) => f.code)).toContain('claims.disagree');
  });
});

describe('the mapping form keeps what it does not edit', () => {
  it('carries transpose and the identity columns of a long file', () => {
    const header = ['PC', 'Candidate', 'Party', 'Votes'];
    const mapping = {
      transpose: true,
      shape: 'long',
      hierarchy: [{ level: 'constituency', column: 0 }],
      contest_level: 'constituency',
      measures: {},
      long: { option_column: 1, votes_column: 3, identity_columns: ['Party'], options: { NOTA: 'against_all' } },
    };
    const back = mappingFromForm(formFromMapping(mapping, header));
    expect(back.transpose).toBe(true);
    expect(back.long.identity_columns).toEqual([2]);
    const plain = mappingFromForm(formFromMapping({ ...mapping, transpose: false, long: { ...mapping.long, identity_columns: [] } }, header));
    expect('transpose' in plain).toBe(false);
    expect('identity_columns' in plain.long).toBe(false);
  });
});
