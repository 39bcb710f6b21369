// The page's side of uploads: the mapping form ↔ Mapping JSON (checked on the real wasm core), the
// header hash and remembered mappings, the report helpers, the store's upload slice, and the words
// for an uploaded file's levels.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {
  formFromMapping, mappingFromForm, withColumnRole, withLevelMoved, withLevelRenamed, withShape, withOption,
  validateForm, errorSection, unusedColumns, optionTexts, role, columnsWithRole,
} from '../../web/src/upload/mappingForm.js';
import { headerHash, mappingMemory, storageKey } from '../../web/src/upload/rememberedMappings.js';
import { problemsFileName, problemsBlob, pageOf, notUsedReasons } from '../../web/src/upload/problemRows.js';
import { uploadDatasetId } from '../../web/src/upload/uploadState.js';
import { reducer, initialState } from '../../web/src/app/state.js';
import { datasetI18n, contestsWithin, nationalContest, levelName } from '../../web/src/explorer/levels.js';
import { parentRegionOf } from '../../web/src/explorer/units.js';
import { createI18n, dictionaries, languages } from '../../web/src/i18n/index.js';
import { createEngine, directTransport } from '../../web/src/engine/index.js';
import { loadWasmCore, repoRoot } from './support.js';

const uploads = path.join(repoRoot, 'tests/fixtures/uploads');
const read = (name) => fs.readFileSync(path.join(uploads, name));
const readJson = (name) => JSON.parse(fs.readFileSync(path.join(uploads, name), 'utf8'));

function memoryStorage() {
  const map = new Map();
  return { getItem: (k) => (map.has(k) ? map.get(k) : null), setItem: (k, v) => map.set(k, String(v)), removeItem: (k) => map.delete(k), map };
}

describe('the mapping form', () => {
  let engine;
  let wide;
  beforeAll(async () => {
    engine = createEngine(directTransport(await loadWasmCore()));
    await engine.attachFile(new Uint8Array(read('wide_stations.csv')));
    wide = (await engine.inspect('wide_stations.csv')).result;
  });

  it('reads a mapping with header texts and indexes into one role per column', () => {
    const form = formFromMapping(readJson('wide_stations.mapping.json'), wide.header);
    expect(form.shape).toBe('wide');
    expect(form.levels).toEqual([{ column: 0, level: 'region' }, { column: 1, level: 'district' }, { column: 2, level: 'station' }]);
    expect(form.contestLevel).toBe('district');
    expect(form.roles).toEqual([
      'level', 'level', 'level', 'measure:registered', 'measure:ballots_cast', 'measure:ballots_cast', 'measure:invalid',
      'candidate', 'candidate', 'measure:against_all',
    ]);
    expect(unusedColumns(form)).toEqual([]);
  });

  it('writes the Mapping JSON with column indexes, and the core gives the expected figures for it', async () => {
    const mapping = mappingFromForm(formFromMapping(readJson('wide_stations.mapping.json'), wide.header));
    expect(mapping).toEqual({
      shape: 'wide',
      hierarchy: [{ level: 'region', column: 0 }, { level: 'district', column: 1 }, { level: 'station', column: 2 }],
      contest_level: 'district',
      measures: { registered: [3], ballots_cast: [4, 5], invalid: [6], against_all: [9] },
      candidates: [7, 8],
    });
    const response = await engine.analyse({ op: 'summary', dataset: { upload: { file: 'wide_stations.csv', mapping } } });
    expect(response.ok).toBe(true);
    const expected = readJson('stations.expected.json');
    for (const [measure, value] of Object.entries(expected.national)) {
      expect(response.result.national.figures[measure].value, measure).toBe(value);
    }
    expect(response.result.contests.map((c) => c.id)).toEqual(Object.keys(expected.contests));
  });

  it('round-trips the core’s own suggestion unchanged', () => {
    const form = formFromMapping(wide.mapping, wide.header);
    const again = formFromMapping(mappingFromForm(form), wide.header);
    expect(again).toEqual(form);
  });

  it('keeps the hierarchy and the contest level consistent as roles change', () => {
    let form = formFromMapping(readJson('wide_stations.mapping.json'), wide.header);
    form = withColumnRole(form, 1, role.unused); // the district level goes
    expect(form.levels.map((l) => l.level)).toEqual(['region', 'station']);
    expect(form.contestLevel).toBe('region'); // the level above the reporting unit
    expect(unusedColumns(form)).toEqual([1]);
    form = withColumnRole(form, 1, role.level); // back, at the bottom, with a free id
    expect(form.levels).toEqual([{ column: 0, level: 'region' }, { column: 2, level: 'station' }, { column: 1, level: 'district' }]);
    form = withLevelMoved(form, 2, -1);
    expect(form.levels.map((l) => l.column)).toEqual([0, 1, 2]);
    form = withLevelRenamed(form, 0, 'oblast');
    expect(form.contestLevel).toBe('oblast'); // the contest level follows its level
    expect(mappingFromForm(form).hierarchy[0]).toEqual({ level: 'oblast', column: 0 });
  });

  it('sums several columns into one measure, and keeps single-column roles single', () => {
    let form = formFromMapping(readJson('wide_stations.mapping.json'), wide.header);
    form = withColumnRole(form, 6, role.measure('ballots_cast'));
    expect(mappingFromForm(form).measures.ballots_cast).toEqual([4, 5, 6]);
    form = withColumnRole(form, 3, role.measure('turnout_pct'));
    form = withColumnRole(form, 9, role.measure('turnout_pct'));
    expect(columnsWithRole(form, role.measure('turnout_pct'))).toEqual([9]);
    expect(form.roles[3]).toBe(role.unused);
  });

  it('switches shape without losing a column: roles the shape lacks become "not used"', () => {
    let form = formFromMapping(readJson('wide_stations.mapping.json'), wide.header);
    form = withShape(form, 'long');
    expect(form.roles[7]).toBe(role.unused);
    expect(form.roles.length).toBe(wide.header.length);
    form = withColumnRole(form, 7, role.option);
    form = withColumnRole(form, 8, role.option);
    expect(columnsWithRole(form, role.option)).toEqual([8]);
  });

  it('finds what the core would refuse, with the core’s codes and field paths', () => {
    const empty = formFromMapping({}, wide.header);
    expect(validateForm(empty)).toMatchObject({ hierarchy: { code: 'map.required_column_missing' } });
    let form = formFromMapping(readJson('wide_stations.mapping.json'), wide.header);
    expect(validateForm(form)).toEqual({});
    form = withLevelRenamed(form, 1, 'region');
    expect(validateForm(form)).toMatchObject({ 'hierarchy.1.level': { code: 'map.invalid', text: 'region' } });
    form = withShape(formFromMapping(readJson('wide_stations.mapping.json'), wide.header), 'long');
    expect(Object.keys(validateForm(form))).toEqual(['long.option_column', 'long.votes_column']);
    expect(errorSection('measures.ballots_cast')).toBe('measures.ballots_cast');
    expect(errorSection('long.options.Итого')).toBe('long.options');
    expect(errorSection('candidates')).toBe('candidates');
    expect(errorSection('')).toBe('mapping');
  });

  it('agrees with the core on a table of mappings: what the form accepts the core reads, what it refuses the core refuses with the same code and place', async () => {
    const base = () => formFromMapping(readJson('wide_stations.mapping.json'), wide.header);
    const cases = [
      ['the suggested wide mapping', base()],
      ['no level columns', formFromMapping({}, wide.header)],
      ['two levels with one name', withLevelRenamed(base(), 1, 'region')],
      ['a level without a name', withLevelRenamed(base(), 1, '  ')],
      ['a contest level that is not a level', { ...base(), contestLevel: 'nowhere' }],
      ['the country as the contest level', { ...base(), contestLevel: 'country' }],
      ['two columns for one published percentage',
        withColumnRole(withColumnRole(base(), 3, role.measure('turnout_pct')), 4, role.measure('turnout_pct'))],
      ['a long shape with no option or votes column', withShape(base(), 'long')],
    ];
    for (const [name, form] of cases) {
      const formErrors = validateForm(form);
      const response = await engine.analyse({
        op: 'summary', dataset: { upload: { file: 'wide_stations.csv', mapping: mappingFromForm(form) } },
      });
      if (Object.keys(formErrors).length === 0) {
        expect(response.ok, `${name}: ${JSON.stringify(response.error)}`).toBe(true);
        continue;
      }
      expect(response.ok, name).toBe(false);
      const section = errorSection(response.error.field || '');
      expect(Object.keys(formErrors), `${name}: the core says ${response.error.code} at ${response.error.field}`).toContain(section);
      expect(formErrors[section].code, name).toBe(response.error.code);
    }
  });

  it('reads a long mapping and lists the option texts of the preview', async () => {
    await engine.attachFile(new Uint8Array(read('long_stations.csv')));
    const inspected = (await engine.inspect('long_stations.csv')).result;
    let form = formFromMapping(readJson('long_stations.mapping.json'), inspected.header);
    expect(form.shape).toBe('long');
    expect(optionTexts(form, inspected.preview)).toEqual(['Против всех', 'Недействительные бюллетени', 'Иванов Иван Иванович', 'Петров Пётр Петрович']);
    form = withOption(form, 'Итого', 'ignore');
    const mapping = mappingFromForm(form);
    expect(mapping.long).toEqual({
      option_column: 6,
      votes_column: 7,
      options: { 'Против всех': 'against_all', 'Недействительные бюллетени': 'invalid', Итого: 'ignore' },
    });
    const response = await engine.analyse({ op: 'summary', dataset: { upload: { file: 'long_stations.csv', mapping } } });
    expect(response.ok).toBe(true);
    expect(response.result.national.figures.against_all.value).toBe(readJson('stations.expected.json').national.against_all);
  });
});

describe('remembered mappings', () => {
  const header = ['Регион', 'ТИК', 'Против всех'];

  it('hash a header stably, and differently for another order or text', () => {
    expect(headerHash(header)).toMatch(/^[0-9a-f]{16}$/);
    expect(headerHash([...header])).toBe(headerHash(header));
    expect(headerHash(['ТИК', 'Регион', 'Против всех'])).not.toBe(headerHash(header));
    expect(headerHash(['Регион', 'ТИК', 'Против всех '])).not.toBe(headerHash(header));
    expect(headerHash(['a,b'])).not.toBe(headerHash(['a', 'b']));
  });

  it('remember, recall and forget a mapping for exactly that header', () => {
    const storage = memoryStorage();
    const memory = mappingMemory(storage);
    const mapping = { shape: 'wide', hierarchy: [{ level: 'region', column: 0 }] };
    expect(memory.recall(header)).toBeNull();
    expect(memory.remember(header, mapping)).toBe(true);
    expect(memory.recall(header)).toEqual(mapping);
    expect(memory.recall(['Регион', 'ТИК'])).toBeNull();
    const stored = JSON.parse(storage.map.get(storageKey(header)));
    expect(stored.header).toEqual(header); // only the header and the mapping, no figure of the file
    expect(Object.keys(stored).sort()).toEqual(['header', 'mapping', 'saved']);
    memory.forget(header);
    expect(memory.recall(header)).toBeNull();
  });

  it('never applies a mapping stored for another header under the same key', () => {
    const storage = memoryStorage();
    storage.setItem(storageKey(header), JSON.stringify({ header: ['other'], mapping: { shape: 'long' } }));
    expect(mappingMemory(storage).recall(header)).toBeNull();
    storage.setItem(storageKey(header), '{not json');
    expect(mappingMemory(storage).recall(header)).toBeNull();
  });

  it('work without storage (a private window): nothing remembered, nothing thrown', () => {
    const memory = mappingMemory(null);
    expect(memory.available).toBe(false);
    expect(memory.remember(header, {})).toBe(false);
    expect(memory.recall(header)).toBeNull();
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => {} };
    expect(mappingMemory(full).remember(header, {})).toBe(false);
  });
});

describe('the report helpers', () => {
  it('name the problem rows file after the upload', () => {
    expect(problemsFileName('2004.csv')).toBe('2004.problems.csv');
    expect(problemsFileName('итоги.TXT')).toBe('итоги.problems.csv');
    expect(problemsFileName('a/b:c.csv')).toBe('a_b_c.problems.csv');
    expect(problemsFileName('')).toBe('upload.problems.csv');
  });

  it('write the CSV as UTF-8 with a byte order mark, so Excel reads Cyrillic', async () => {
    const bytes = new Uint8Array(await problemsBlob('line;problems\r\n2;Юг\r\n').arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('line;problems\r\n2;Юг\r\n');
  });

  it('page a long list', () => {
    const list = Array.from({ length: 1000 }, (_, i) => i);
    expect(pageOf(list, 0, 50)).toMatchObject({ page: 0, pages: 20, from: 1, to: 50 });
    expect(pageOf(list, 19, 50)).toMatchObject({ page: 19, from: 951, to: 1000 });
    expect(pageOf(list, 99, 50).page).toBe(19);
    expect(pageOf([], 0, 50)).toMatchObject({ pages: 1, from: 0, to: 0 });
  });

  it('list the reasons rows were not used, leaving out reasons with none', () => {
    expect(notUsedReasons({ rows_not_used: { 'csv.field_count': 1, 'row.empty': 0, 'row.duplicate_unit': 2 } })).toEqual([
      { code: 'csv.field_count', count: 1 },
      { code: 'row.duplicate_unit', count: 2 },
    ]);
  });
});

describe('the store with an upload', () => {
  const start = () => ({ ...initialState({ lang: 'ru', datasetId: 'kz-2023-akims' }), status: 'ready', summary: { bundled: true } });
  const summary = { election: { kind: 'upload' }, upload: { file: 'x.csv', rows: 5, rows_used: 5 }, regions: [], contests: [] };
  const dataset = { upload: { file: 'x.csv', mapping: { shape: 'wide' } } };

  it('makes the analysed upload the current dataset, and goes back to the bundled one', () => {
    let state = reducer(start(), { type: 'fileChosen', seq: 1, name: 'x.csv', size: 10 });
    expect(state.upload.phase).toBe('reading');
    state = reducer(state, { type: 'analysisStarted', seq: 2 });
    state = reducer(state, { type: 'uploadAnalysed', seq: 2, summary, dataset, saved: true });
    expect(state.datasetId).toBe(uploadDatasetId);
    expect(state.summary).toBe(summary);
    expect(state.upload.report).toBe(summary.upload);
    expect(state.upload.dataset).toBe(dataset);
    state = reducer(state, { type: 'showBundled' });
    expect(state.datasetId).toBe('kz-2023-akims');
    expect(state.upload.summary).toBe(summary); // kept, to come back to
    state = reducer({ ...state, summary: { bundled: true } }, { type: 'showUpload' });
    expect(state.datasetId).toBe(uploadDatasetId);
    expect(state.summary).toBe(summary);
  });

  it('ignores answers for a file or an analysis that has been replaced', () => {
    let state = reducer(start(), { type: 'fileChosen', seq: 1, name: 'x.csv', size: 10 });
    state = reducer(state, { type: 'fileChosen', seq: 2, name: 'y.csv', size: 10 });
    const after = reducer(state, { type: 'fileFailed', seq: 1, error: { code: 'text.binary' } });
    expect(after).toBe(state);
    const analysed = reducer(state, { type: 'uploadAnalysed', seq: 1, summary, dataset });
    expect(analysed.datasetId).toBe('kz-2023-akims');
  });

  it('returns to the bundled data when another file replaces the analysed one in the engine', () => {
    let state = reducer(start(), { type: 'uploadAnalysed', seq: 0, summary, dataset });
    expect(state.datasetId).toBe(uploadDatasetId);
    state = reducer(state, { type: 'fileChosen', seq: 3, name: 'z.csv', size: 10 });
    expect(state.datasetId).toBe('kz-2023-akims');
    expect(state.upload.dataset).toBeNull();
  });

  it('after a cancel, asks for the scenario again and keeps the last outcomes', () => {
    let state = reducer(start(), { type: 'analysisStarted', seq: 4 });
    state = { ...state, rules: { ...state.rules, evaluation: { totals: {} }, evaluateSeq: 7, evaluating: true } };
    const rule = state.scenario.rule;
    state = reducer(state, { type: 'analysisCancelled', seq: 4 });
    expect(state.upload.cancelled).toBe(true);
    expect(state.scenario.rule).not.toBe(rule);
    state = reducer(state, { type: 'evaluated', seq: 7, response: { ok: false, error: { code: 'engine.cancelled' } } });
    expect(state.rules.evaluation).toEqual({ totals: {} });
    expect(state.rules.evaluationError).toBeNull();
  });
});

describe('views of an uploaded hierarchy', () => {
  let engine;
  const csv = [
    'Регион,Округ,ТИК,УИК,Избирателей,Иванов,Петров,Против всех',
    'A,O1,T1,1,100,30,20,5',
    'A,O1,T1,2,100,30,20,5',
    'A,O1,T2,3,100,30,20,5',
    'A,O2,T3,4,100,30,20,5',
    'B,O3,T4,5,100,30,20,5',
  ].join('\n');
  const summaryFor = async (hierarchy, contestLevel) => {
    const mapping = { shape: 'wide', hierarchy, contest_level: contestLevel, measures: { registered: [4], against_all: [7] }, candidates: [5, 6] };
    const response = await engine.analyse({ op: 'summary', dataset: { upload: { file: 'deep.csv', mapping } } });
    expect(response.ok).toBe(true);
    return response.result;
  };
  const levels = (...cols) => cols.map(([level, column]) => ({ level, column }));

  beforeAll(async () => {
    engine = createEngine(directTransport(await loadWasmCore()));
    await engine.attachFile(new TextEncoder().encode(csv));
  });

  it('finds a region’s contests below a level the summary does not list', async () => {
    const summary = await summaryFor(levels(['region', 0], ['okrug', 1], ['district', 2], ['station', 3]), 'district');
    const a = summary.regions.find((r) => r.id === 'A');
    expect(contestsWithin(summary, a).map((c) => c.id)).toEqual(['A/O1/T1', 'A/O1/T2', 'A/O2/T3']);
    expect(parentRegionOf(summary, 'A/O2/T3').id).toBe('A');
    expect(nationalContest(summary)).toBeNull();
  });

  it('takes a region that is itself the contest', async () => {
    const summary = await summaryFor(levels(['region', 0], ['station', 3]), 'region');
    const b = summary.regions.find((r) => r.id === 'B');
    expect(contestsWithin(summary, b)).toEqual([summary.contests.find((c) => c.id === 'B')]);
  });

  it('knows one contest for the whole file, with regions as the level below', async () => {
    const summary = await summaryFor(levels(['region', 0], ['station', 3]), 'country');
    expect(nationalContest(summary).id).toBe(summary.national.id);
    expect(contestsWithin(summary, summary.regions[0])).toEqual([]);
  });

  it('says the page’s region and contest strings in the file’s levels, every language', async () => {
    const summary = await summaryFor(levels(['region', 0], ['okrug', 1], ['district', 2], ['station', 3]), 'district');
    const ru = datasetI18n(createI18n('ru'), summary);
    expect(ru.t('table.title')).toBe('Регионы');
    expect(ru.t('summary.contests')).toBe('Округа: Районы (ТИК)');
    expect(ru.t('table.open_region', { name: 'A' })).toBe('Открыть: A');
    expect(ru.t('summary.voters')).toBe(dictionaries.ru['summary.voters']);
    const en = datasetI18n(createI18n('en'), summary);
    expect(en.t('table.col.name')).toBe('Region');
    expect(levelName(en, summary, 'okrug', { plural: true })).toBe('Level “Округ”'); // an id the page does not know: its header
    const whole = await summaryFor(levels(['station', 3]), 'country');
    expect(datasetI18n(createI18n('en'), whole).t('summary.contests')).toBe('Contests: the whole file, one contest');
    for (const lang of languages) expect(datasetI18n(createI18n(lang), summary).t('table.caption')).not.toMatch(/[{}]/);
  });

  it('calls a contest by its own level: a constituency is no «район», an unknown level is the file’s header', async () => {
    const kindOf = (i18n, contest) => (i18n.has(`contest.kind.${contest.kind}`) ? i18n.t(`contest.kind.${contest.kind}`) : null);
    const okrugs = await summaryFor(levels(['region', 0], ['constituency', 1], ['station', 3]), 'constituency');
    expect(okrugs.contests[0].kind).toBe('constituency');
    const words = Object.fromEntries(languages.map((lang) => [lang, kindOf(datasetI18n(createI18n(lang), okrugs), okrugs.contests[0])]));
    expect(words).toEqual({ ru: 'избирательный округ', kk: 'сайлау округі', en: 'constituency' });
    const own = await summaryFor(levels(['region', 0], ['okrug', 1], ['station', 3]), 'okrug');
    for (const lang of languages) expect(kindOf(datasetI18n(createI18n(lang), own), own.contests[0])).toBe('Округ');
    expect(createI18n('ru').has('contest.kind.okrug')).toBe(false); // the bundled data's page is not changed
  });
});

describe('messages for every upload error', () => {
  it('translate each code the core and the façade return for a file, in every language', () => {
    const codes = [
      'text.empty', 'text.binary', 'text.invalid_utf8', 'text.invalid_utf16', 'csv.empty', 'csv.field_count',
      'csv.unbalanced_quote', 'csv.text_after_quote', 'row.missing_unit', 'row.duplicate_unit', 'row.empty',
      'value.not_integer', 'value.negative', 'value.overflow', 'map.invalid', 'map.unknown_column', 'map.ambiguous_column',
      'map.duplicate_column', 'map.unknown_measure', 'map.required_column_missing', 'engine.cancelled', 'engine.no_file',
      'engine.failed', 'request.missing_field', 'row.total', 'row.repeated', 'row.namesake', 'total.differs',
      'layout.title', 'layout.note',
    ];
    for (const lang of languages) for (const code of codes) expect(dictionaries[lang], `${lang} ${code}`).toHaveProperty([`error.${code}`]);
  });
});
