// Pasted tables (web/src/upload/pasteTable.js): what Excel, LibreOffice and Google Sheets put on
// the clipboard as tab-separated text and as HTML, and a web page's table; then the pasted table
// read by the real wasm core like an opened file.
import { describe, it, expect, beforeAll } from 'vitest';
import { tableFromHtml, tsvFromRows, pastedTable, decodeEntities } from '../../web/src/upload/pasteTable.js';
import { loadWasmCore } from './support.js';

// As Excel for Windows copies three rows: CRLF, a quoted cell with a line break, a trailing CRLF.
const excelTsv = 'Регион\tРайон\tПротив всех\tИванов\r\nСевер\t"Северный\nрайон"\t50\t300\r\nЮг\tЮжный\t1 080\t420\r\n';

// As Excel puts the same cells on the clipboard as HTML (trimmed), with a merged header cell.
const excelHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=utf-8><style>
<!--td {mso-number-format:General;}--></style></head><body link="#0563C1">
<table border=0 cellpadding=0 cellspacing=0 width=256><!--StartFragment-->
 <tr height=20><td height=20 width=64>Регион</td><td width=64>Район</td><td colspan=2 class=xl65>Голоса</td></tr>
 <tr><td>Север</td><td>Северный&nbsp;район</td><td align=right x:num>50</td><td align=right x:num="300">300</td></tr>
 <tr><td>Юг</td><td>Южный</td><td align=right x:num="1080">1&nbsp;080</td><td align=right>420</td></tr>
<!--EndFragment--></table></body></html>`;

// A commission's web page: a region cell spanning its districts, a nested layout table, entities.
const pageHtml = `<div class="nav"><table><tr><td>menu</td></tr></table></div>
<table class="results"><thead><tr><th>Регион</th><th>Район</th><th>Против&#160;всех</th></tr></thead>
<tbody><tr><td rowspan="2">Север &amp; Восток</td><td>Северный-1</td><td>50</td></tr>
<tr><td>Северный-2<br>(город)</td><td>100</td></tr>
<tr><td>Юг</td><td>Южный</td><td rowspan="2">80</td></tr>
<tr><td>Юг</td><td>Южный-2</td></tr></tbody></table>`;

describe('pasted tables', () => {
  it('reads the HTML Excel puts on the clipboard, a merged header spread over its columns', () => {
    const rows = tableFromHtml(excelHtml);
    expect(rows).toEqual([
      ['Регион', 'Район', 'Голоса', 'Голоса'],
      ['Север', 'Северный\u00a0район', '50', '300'],
      ['Юг', 'Южный', '1\u00a0080', '420'],
    ]);
  });

  it('reads the largest table of a web page: rowspans carry text down, never a number', () => {
    const rows = tableFromHtml(pageHtml);
    expect(rows).toEqual([
      ['Регион', 'Район', 'Против\u00a0всех'],
      ['Север & Восток', 'Северный-1', '50'],
      ['Север & Восток', 'Северный-2 (город)', '100'],
      ['Юг', 'Южный', '80'],
      ['Юг', 'Южный-2', ''],
    ]);
  });

  it('prefers the clipboard HTML table, and takes tab-separated text as it is', () => {
    expect(pastedTable({ html: excelHtml, text: excelTsv })).toMatchObject({ from: 'html', rows: 3, columns: 4 });
    const plain = pastedTable({ html: '', text: excelTsv });
    expect(plain).toMatchObject({ from: 'text', rows: 3 });
    expect(plain.text).toBe(excelTsv);
    expect(pastedTable({ html: '<p>no table</p>', text: '  \n' })).toBeNull();
  });

  it('writes tab-separated text the core reads back cell for cell', () => {
    expect(tsvFromRows([['a\tb', 'say "x"', 'line\nbreak', '1']])).toBe('"a\tb"\t"say ""x"""\t"line\nbreak"\t1\r\n');
    expect(decodeEntities('&laquo;&#1055;&#x0440;&raquo; &unknown; &amp;')).toBe('«Пр» &unknown; &');
  });

  describe('through the real core', () => {
    let core;
    beforeAll(async () => {
      core = await loadWasmCore();
    });
    const bytes = (text) => new TextEncoder().encode(text);

    it('Excel TSV: tab delimiter, the quoted line break kept in its cell, grouped numbers read', () => {
      const inspected = core.callWithBytes({ op: 'inspect', file: 'pasted-table.tsv' }, bytes(excelTsv));
      expect(inspected.ok).toBe(true);
      expect(inspected.result.delimiter).toBe('\t');
      expect(inspected.result.header).toEqual(['Регион', 'Район', 'Против всех', 'Иванов']);
      expect(inspected.result.rows).toBe(2);
      expect(inspected.result.preview[0].fields[1]).toBe('Северный\nрайон');
      const mapping = { hierarchy: [{ level: 'region', column: 0 }, { level: 'district', column: 1 }], contest_level: 'region',
        measures: { against_all: [2] }, candidates: [3] };
      const summary = core.callWithBytes({ op: 'summary', dataset: { upload: { file: 'pasted-table.tsv', mapping } } }, bytes(excelTsv));
      expect(summary.ok).toBe(true);
      expect(summary.result.national.figures.against_all.value).toBe(1130);
    });

    it('a commission page’s two-row header (names spanning both rows beside a votes group): joined, candidates found', () => {
      const html = '<table><tr><th rowspan="2">Регион</th><th rowspan="2">Округ</th><th colspan="3">Число голосов</th></tr>'
        + '<tr><th>Иванов</th><th>Петров</th><th>Против всех</th></tr>'
        + '<tr><td>Север</td><td>Северный-1</td><td>300</td><td>250</td><td>50</td></tr>'
        + '<tr><td>Юг</td><td>Южный-1</td><td>420</td><td>400</td><td>80</td></tr></table>';
      const table = pastedTable({ html });
      expect(table.text.split('\r\n')[1]).toBe('Регион\tОкруг\tИванов\tПетров\tПротив всех'); // the rowspan carried down
      const inspected = core.callWithBytes({ op: 'inspect', file: 'pasted-table.tsv' }, bytes(table.text));
      expect(inspected.ok).toBe(true);
      expect(inspected.result.layout.group_line).toBe(1);
      expect(inspected.result.header).toEqual(['Регион', 'Округ', 'Число голосов Иванов', 'Число голосов Петров', 'Число голосов Против всех']);
      expect(inspected.result.mapping.candidates).toEqual([2, 3]);
      expect(inspected.result.mapping.measures.against_all).toEqual([4]);
      expect(inspected.result.rows).toBe(2);
      // «Число голосов» spans both candidate columns: it says what is counted, the name below says who.
      const summary = core.callWithBytes({ op: 'summary', dataset: { upload: { file: 'pasted-table.tsv', mapping: inspected.result.mapping } } },
        bytes(table.text));
      expect(summary.ok).toBe(true);
      expect(summary.result.national.candidates.map((c) => [c.name, c.votes])).toEqual([['Иванов', 720], ['Петров', 650]]);
    });

    it('a web page table pasted: the same preview as a file', () => {
      const table = pastedTable({ html: pageHtml });
      const inspected = core.callWithBytes({ op: 'inspect', file: 'pasted-table.tsv' }, bytes(table.text));
      expect(inspected.ok).toBe(true);
      expect(inspected.result.header).toEqual(['Регион', 'Район', 'Против\u00a0всех']);
      expect(inspected.result.rows).toBe(4);
    });
  });
});
