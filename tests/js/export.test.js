// The files the page saves: CSV (BOM, escaping, formula guard), JSON, names (web/src/export/).
import { describe, it, expect, beforeAll } from 'vitest';
import { loadWasmCore, readDatasetFolder } from './support.js';
import { BOM, csvCell, toCsv, toJson, pct } from '../../web/src/export/csv.js';
import { fileName } from '../../web/src/export/download.js';
import { regionsTable, contestsTable, candidatesTable, findingsTable, comparisonTable, swingCurveTable } from '../../web/src/export/tables.js';
import { wrapWords, legendRows } from '../../web/src/export/svgExport.js';
import { createI18n } from '../../web/src/i18n/index.js';

const ru = createI18n('ru');
const en = createI18n('en');
let summary;
let core;
const dataset = readDatasetFolder('data/kz-2023-akims');

beforeAll(async () => {
  core = await loadWasmCore();
  summary = core.call({ op: 'summary', dataset }).result;
});

describe('CSV cells', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const text = toCsv({ columns: [{ key: 'a', label: 'Регион' }], rows: [{ a: 'Абай' }] });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}Регион\r\nАбай\r\n`);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes delimiters, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvCell('+7 701')).toBe("'+7 701");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers plainly and unknown as an empty cell', () => {
    expect(csvCell(654443)).toBe('654443');
    expect(csvCell(-12)).toBe('-12'); // a number, not text: nothing to neutralise
    expect(csvCell(7.5997)).toBe('7.5997');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(pct(745 / 9803)).toBe(7.5997);
    expect(pct(null)).toBe(null);
  });
});

/** A CSV text's records (a small reader that honours quotes), for checking what was written. */
function readCsv(text) {
  const rows = [[]];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { rows[rows.length - 1].push(cell); cell = ''; }
    else if (ch === '\r' && body[i + 1] === '\n') { rows[rows.length - 1].push(cell); cell = ''; rows.push([]); i++; }
    else cell += ch;
  }
  if (rows[rows.length - 1].length === 0 && cell === '') rows.pop();
  return rows;
}

describe('the page’s tables as files', () => {
  it('regions: 17 rows with counts, shares in percent, and the header in the language', () => {
    const table = regionsTable(summary.regions, { i18n: ru, tallies: null });
    const rows = readCsv(toCsv(table));
    expect(rows).toHaveLength(18);
    expect(rows[0].slice(0, 3)).toEqual(['Код', 'Регион', 'Против всех']);
    const abai = rows.find((r) => r[0] === 'abai');
    expect(abai.slice(1, 6)).toEqual(['область Абай', '745', '9803', '7.5997', '7.6']);
    const json = JSON.parse(toJson(table, { dataset: 'kz-2023-akims' }));
    expect(json.table).toBe('regions');
    expect(json.rows).toHaveLength(17);
    expect(json.rows[0]).toMatchObject({ id: 'abai', against_all: 745, ballots_cast: 9803, rank: 1 });
    const en17 = regionsTable(summary.regions, { i18n: en, tallies: null });
    expect(en17.columns[1].label).toBe('Region');
  });

  it('a region’s contests and candidates: unknown stays empty, the against-all line follows the candidates', () => {
    const wko = summary.regions.find((r) => r.id === 'west-kazakhstan');
    const contests = contestsTable(summary, wko, { i18n: en, decisions: null });
    expect(contests.rows.map((r) => [r.id, r.against_all, r.leader_votes])).toEqual([
      ['west-kazakhstan/bokeyorda', 178, 4660],
      ['west-kazakhstan/karatobe', 115, 4329],
      ['west-kazakhstan/taskala', 317, 3138],
    ]);
    const csv = readCsv(toCsv(contests));
    expect(csv[1][3]).toBe(''); // ballots cast unknown: empty, never 0
    const candidates = candidatesTable(summary, wko, { i18n: en });
    const bokeyorda = candidates.rows.filter((r) => r.contest_id === 'west-kazakhstan/bokeyorda');
    expect(bokeyorda.map((r) => r.line)).toEqual(['candidate', 'candidate', 'candidate', 'against_all']);
    expect(bokeyorda[3]).toMatchObject({ name: 'Against all', votes: 178 });
  });

  it('findings, the comparison and the swing curve', async () => {
    const findings = findingsTable(summary.findings, { i18n: ru, nameOf: (id) => id });
    expect(findings.rows).toHaveLength(summary.findings.length);
    expect(findings.rows[0].message.length).toBeGreaterThan(10);
    const comparison = comparisonTable(core.call({ op: 'compare', dataset, swing: 0 }).result, { i18n: en });
    expect(comparison.rows.map((r) => r.preset)).toContain('beats-leader');
    expect(comparison.rows.find((r) => r.preset === 'beats-leader')).toMatchObject({ valid: 8, void: 0, runoff: 0, undecided: 37 });
    const evaluation = core.call({ op: 'evaluate', dataset, rule: { preset: 'beats-leader' }, swing: 0 }).result;
    const curve = swingCurveTable(evaluation.swing_curve, { i18n: ru });
    expect(curve.rows).toHaveLength(61);
    expect(curve.rows[0]).toEqual({ swing: 0, void: 0, runoff: 0, undecided: 37, valid: 8 });
  });

  it('names files by what they hold', () => {
    expect(fileName(['kz-2023-akims', 'regions', 'ru'], 'csv')).toBe('against-all_kz-2023-akims_regions_ru.csv');
    expect(fileName(['kz-2023-akims', 'contests', 'west-kazakhstan', 'en'], 'json')).toBe('against-all_kz-2023-akims_contests_west-kazakhstan_en.json');
    expect(fileName(['x', 'Abai/Kurchatov', null, 'swing-2.5'], 'svg')).toBe('against-all_x_abai-kurchatov_swing-2.5.svg');
  });

  it('lays out a chart file’s title and key to fit its width', () => {
    expect(wrapWords('Against-all share by region, % of ballots cast', 200, 15)).toEqual(['Against-all share by', 'region, % of ballots', 'cast']);
    const rows = legendRows([{ label: '0–2 %' }, { label: '2–4 %' }, { label: '4–6 %' }, { label: 'unknown' }], 150);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.flat()).toHaveLength(4);
  });
});
