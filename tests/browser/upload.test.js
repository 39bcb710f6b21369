// Own results as a user meets them: the built page in Chromium, files given to the real file input,
// the real wasm core in its worker (never a mock). Expected figures are the fixtures' own
// (tests/fixtures/uploads/*.expected.json), which GoogleTest checks against the core too.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPage, showPlace, foreignRequests } from './harness.js';
import { windows1251 } from '../support/encodings.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const uploads = path.join(root, 'tests/fixtures/uploads');
const fixture = (name) => path.join(uploads, name);
const expectedJson = (name) => JSON.parse(fs.readFileSync(fixture(name), 'utf8'));
const real2004 = path.join(root, '../shared/data/ru-2004-president-stations/2004.csv');
const NBSP = '\u00a0';
const ru = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);

/** The outcome totals as the page shows them: "valid=…" for valid/void/runoff/undecided. */
async function waitForTotals(page, counts) {
  const want = ['valid', 'void', 'runoff', 'undecided'].map((k, i) => `${k}=${counts[i]}`);
  const read = () =>
    page.$$eval('#scenario-totals .outcome-stat', (cards) => cards.map((c) => `${c.dataset.outcome}=${c.querySelector('.stat__value').textContent}`));
  await page
    .waitForFunction(
      (w) => JSON.stringify([...document.querySelectorAll('#scenario-totals .outcome-stat')].map((c) => `${c.dataset.outcome}=${c.querySelector('.stat__value').textContent}`)) === JSON.stringify(w),
      want,
      { timeout: 15000 },
    )
    .catch(() => {});
  expect(await read()).toEqual(want);
}

/** Opens a file (a path, or { name, mimeType, buffer }) and waits until the core has inspected it or refused it. */
async function openFile(page, file) {
  const name = typeof file === 'string' ? path.basename(file) : file.name;
  await showPlace(page, 'file');
  // Handing a 32 MB buffer to Chromium over the DevTools protocol can outlast the 30 s default
  // when the two cores are busy (CI): the same allowance as the wait for the core below, and more.
  await page.setInputFiles('#upload-file', file, { timeout: 90000 });
  await page.waitForSelector(`#upload[data-file="${name}"]:is([data-phase="mapping"], [data-phase="failed"])`, { timeout: 30000 });
}

async function analyse(page) {
  await page.click('#upload-analyse');
  await page.waitForSelector('#upload-report-title, #mapping-errors li, #upload-error-title', { timeout: 60000 });
}

const stat = (page, name) => page.locator(`.report-stats [data-stat="${name}"] .stat__value`).textContent();
const fact = (page, name) => page.locator(`#file-facts [data-fact="${name}"] dd`).textContent();


/** A generated polling-station file of about `megabytes` MB (wide, three levels). */
function bigFile(megabytes) {
  const head = 'Регион,ТИК,УИК,Число избирателей внесенных в список,Число бюллетеней в стационарных ящиках,Иванов,Петров,Против всех\n';
  const chunks = [head];
  let size = Buffer.byteLength(head);
  for (let i = 0; size < megabytes * 1e6; i += 1) {
    const line = `Регион ${i % 80},ТИК ${i % 2000},${i},${1000 + (i % 500)},${600 + (i % 300)},${300 + (i % 100)},${200 + (i % 90)},${20 + (i % 40)}\n`;
    chunks.push(line);
    size += Buffer.byteLength(line);
  }
  return Buffer.from(chunks.join(''));
}

describe('own results: upload a CSV and analyse it (Russian, desktop)', () => {
  let session;
  let page;

  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU' });
    page = session.page;
    await page.goto(session.url);
    await page.waitForSelector('#national');
    await page.waitForSelector('#scenario-totals .outcome-stat', { state: 'attached' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('offers the file and says it never leaves the browser; shows how the core read it and a preview', async () => {
    expect(await page.locator('label[for="upload-file"]').textContent()).toBe('Открыть файл с результатами');
    expect(await page.locator('#upload-privacy').textContent()).toContain('Файл не покидает ваш браузер');
    await openFile(page, fixture('wide_stations.csv'));
    expect(await fact(page, 'encoding')).toBe('UTF-8');
    expect(await fact(page, 'delimiter')).toBe('запятая «,»');
    expect(await fact(page, 'rows')).toBe('5');
    const headers = await page.locator('.preview-table thead th').allTextContents();
    expect(headers).toHaveLength(11); // the line number and the 10 columns
    expect(headers[10]).toContain('Против всех');
    expect(await page.locator('.preview-table tbody tr').count()).toBe(5);
    expect(await page.locator('.preview-table tbody tr').nth(3).locator('td').nth(3).textContent()).toBe('1 500'); // as written in the file
  });

  it('shows the suggested mapping, every part editable: levels, a sum of two columns, candidates, against all', async () => {
    expect(await page.inputValue('#role-0')).toBe('level');
    expect(await page.inputValue('#role-4')).toBe('measure:ballots_cast');
    expect(await page.inputValue('#role-5')).toBe('measure:ballots_cast');
    expect(await page.inputValue('#role-7')).toBe('candidate');
    expect(await page.inputValue('#role-9')).toBe('measure:against_all');
    expect(await page.inputValue('#level-0')).toBe('region');
    expect(await page.inputValue('#level-2')).toBe('station');
    expect(await page.inputValue('#contest-level')).toBe('country'); // every station has both candidates
    const cast = await page.locator('.mapping-overview__item[data-measure="ballots_cast"] dd').textContent();
    expect(cast).toContain('в переносных ящиках');
    expect(cast).toContain('в стационарных ящиках');
    expect(cast).toContain('сумма 2 столбцов');
    expect(await page.getAttribute('#mapping-memory', 'data-memory')).toBe('none');
  });

  it('checks the mapping before sending it, and says what is wrong next to the field', async () => {
    await page.fill('#level-1', 'region');
    await page.click('#upload-analyse');
    await page.waitForSelector('#error-level-1');
    expect(await page.locator('#error-level-1').getAttribute('data-code')).toBe('map.invalid');
    expect(await page.locator('#mapping-errors li').count()).toBe(1);
    await page.fill('#level-1', 'district');
    expect(await page.locator('#error-level-1').count()).toBe(0);
  });

  it('analyses the file with contests at the district level: the core’s figures, the report, the tables', async () => {
    const expected = expectedJson('stations.expected.json');
    await page.selectOption('#contest-level', 'district');
    await analyse(page);
    expect(await stat(page, 'rows')).toBe('5');
    expect(await stat(page, 'rows_used')).toBe('5');
    expect(await stat(page, 'problems')).toBe('0');
    expect(await page.locator('#problems-none').count()).toBe(1);
    expect(await page.locator('.site-header__title h1').textContent()).toBe('wide_stations.csv');
    const national = await page.locator('#national').innerText();
    expect(national).toContain(ru(expected.national.ballots_cast));
    expect(national).toContain(ru(expected.national.against_all));
    expect(national).toContain(`11,3${NBSP}%`); // 363 / 3 220
    expect(await page.locator('#regions-title').textContent()).toBe('Регионы');
    expect(await page.locator('#regions tbody tr').count()).toBe(2);
    await showPlace(page, 'regions');
    await page.click('#regions tbody tr[data-unit="Север"] .link-button');
    await page.waitForSelector('#region-detail');
    for (const id of ['Север/Северный-1', 'Север/Северный-2']) {
      const card = await page.locator(`[id="unit-${id}"]`).innerText();
      expect(card).toContain(ru(expected.contests[id].against_all));
      for (const [name, votes] of Object.entries(expected.contests[id].candidates)) {
        expect(card).toContain(name);
        expect(card).toContain(ru(votes));
      }
    }
    expect(await page.getAttribute('#mapping-memory', 'data-memory')).toBe('saved');
  });

  it('runs the rules on the upload: a country’s rule, an edited rule, a swing', async () => {
    await waitForTotals(page, ['3', '0', '0', '0']); // against all beats the leader nowhere
    await showPlace(page, 'scenario');
    await page.check('#rule-validity-against_all_share');
    await page.selectOption('#rule-validity-base', 'ballots_cast');
    await page.fill('#rule-validity-percent', '10');
    await waitForTotals(page, ['2', '1', '0', '0']); // 161 of 1 100 ballots in Северный-1
    await page.click('#rule-reset');
    await page.fill('#swing-number', '30');
    await waitForTotals(page, ['0', '3', '0', '0']);
    await page.fill('#swing-number', '0');
    await waitForTotals(page, ['3', '0', '0', '0']);
  });

  it('remembers the mapping for the same header, and forgets it on request', async () => {
    await openFile(page, fixture('wide_stations.csv'));
    // back on the bundled data meanwhile: its summary is asked of the engine again, so it comes a moment later
    await page.waitForSelector('#national', { state: 'attached', timeout: 30000 });
    expect(await page.locator('#national').count()).toBe(1);
    expect(await page.getAttribute('#mapping-memory', 'data-memory')).toBe('recalled');
    expect(await page.inputValue('#contest-level')).toBe('district');
    await page.click('#mapping-forget');
    expect(await page.inputValue('#contest-level')).toBe('country');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('against-all:mapping:')).length)).toBe(0);
  });

  it('lists every problem of problems.csv with its line, column and text, and downloads the problem rows', async () => {
    const expected = expectedJson('problems.expected.json');
    await openFile(page, fixture('problems.csv'));
    expect(await fact(page, 'delimiter')).toBe('точка с запятой «;»');
    await page.selectOption('#contest-level', 'region');
    await analyse(page);
    expect(await stat(page, 'rows')).toBe(String(expected.rows));
    expect(await stat(page, 'rows_used')).toBe(String(expected.rows_used));
    expect(await stat(page, 'rows_not_used')).toBe(String(expected.rows - expected.rows_used));
    expect(await page.locator('.not-used li').evaluateAll((items) => items.map((li) => li.dataset.code))).toEqual(Object.keys(expected.rows_not_used));
    const rows = page.locator('#problem-table tbody tr');
    expect(await rows.count()).toBe(expected.problems.length);
    for (const [i, p] of expected.problems.entries()) {
      const cells = await rows.nth(i).locator('td').allTextContents();
      expect(await rows.nth(i).getAttribute('data-code')).toBe(p.code);
      expect(cells[0]).toBe(String(p.line));
      expect(cells[1]).toBe(String(p.column));
      if (p.field) expect(cells[2]).toBe(p.field);
      if (p.text) expect(cells[4]).toBe(p.text);
      expect(cells[5]).toBe(p.row_used ? 'использована' : 'не использована');
    }
    const unknown = page.locator('#unknown-table tbody tr');
    expect(await unknown.count()).toBe(expected.unknown_figures.length);
    expect(await unknown.first().innerText()).toContain(`не меньше 200`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#problems-download')]);
    expect(download.suggestedFilename()).toBe('problems.problems.csv');
    const bytes = fs.readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('line;problems;region;station;registered;ballots_cast;against_all;A;B');
    expect(lines).toHaveLength(1 + expected.problems.length);
    for (const [i, p] of expected.problems.entries()) expect(lines[i + 1]).toMatch(new RegExp(`^${p.line};${p.code.replace('.', '\\.')} ${p.line}:${p.column}`));
    expect(lines[1]).toBe('2;value.not_integer 2:13 against_all;R1;1;100;60;2,5;30;28');
  });

  it('writes the problem rows with a hostile cell inert: a station named =HYPERLINK(…) comes back as text', async () => {
    const hostile = '=HYPERLINK("http://example.invalid/steal","открыть")';
    const text = 'region;station;registered;ballots_cast;against_all;A;B\r\n' +
      `R1;"${hostile.replace(/"/g, '""')}";100;60;2,5;30;28\r\n` +
      'R1;2;100;50;5;25;20\r\n' +
      'R2;@SUM(1+1);100;40;4;-20;16\r\n';
    await openFile(page, { name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.selectOption('#contest-level', 'region');
    await analyse(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#problems-download')]);
    const lines = fs.readFileSync(await download.path()).subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3); // the header and the two rows with a problem
    // The formula's text is kept whole, behind an apostrophe, so a spreadsheet shows it and runs nothing.
    expect(lines[1]).toContain(`;"'${hostile.replace(/"/g, '""')}";`);
    expect(lines[2]).toContain(";'@SUM(1+1);");
    for (const line of lines) for (const cell of line.split(';')) expect(cell).not.toMatch(/^"?[=+@]/);
  });

  it('reads a Windows-1251 file with semicolons, spaced thousands and decimal commas', async () => {
    const text = 'Регион;Район;Число избирателей;Проголосовали;Против всех;Иванов;Петров;Явка, %\r\n' +
      'Абай;Курчатов;6 931;4 120;463;2 000;1 657;59,4\r\n' +
      'Абай;Аягоз;10 250;7 002;512;4 100;2 390;68,3\r\n';
    await openFile(page, { name: 'итоги-1251.csv', mimeType: 'text/csv', buffer: Buffer.from(windows1251(text)) });
    expect(await fact(page, 'encoding')).toBe('Windows-1251 (кириллица)');
    expect(await fact(page, 'delimiter')).toBe('точка с запятой «;»');
    expect(await page.locator('.preview-table tbody tr').first().innerText()).toContain('Курчатов');
    await analyse(page);
    expect(await stat(page, 'rows_used')).toBe('2');
    expect(await page.locator('#national').innerText()).toContain(ru(463 + 512));
  });

  it('says what is wrong with a file it cannot read, and where', async () => {
    // The first bytes of an .xlsx cut short: a workbook is read now (issue 13), so this one is a broken zip.
    await openFile(page, { name: 'results.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0]) });
    expect(await page.locator('#upload .error-code code').textContent()).toBe('zip.broken');
    await openFile(page, { name: 'data.bin', mimeType: 'application/octet-stream', buffer: Buffer.from('Регион,УИК\n\u0000\u0000\u0000,1\n') });
    expect(await page.locator('#upload-error-message').textContent()).toContain('Это не текстовый файл');
    expect(await page.locator('#upload-error-location').textContent()).toMatch(/строка 2, столбец \d+, байт \d+ от начала файла/);
    await openFile(page, { name: 'header.csv', mimeType: 'text/csv', buffer: Buffer.from('Регион,Против всех\n') });
    expect(await page.locator('#no-data-rows').textContent()).toContain('нет ни одной строки данных');
    await analyse(page);
    expect(await page.locator('#upload .error-code code').textContent()).toBe('csv.empty');
    expect(await page.locator('#upload-error-message').textContent()).toBe('В файле нет строки заголовка или нет данных.');
    expect(await page.locator('#upload-error-location').textContent()).toContain('строка 2');
    await openFile(page, { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    expect(await page.locator('#upload-error-message').textContent()).toBe('Файл пуст.');
  });

  it('reads a large file in the worker with progress, stays responsive, cancels, and carries on', async () => {
    await openFile(page, { name: 'big.csv', mimeType: 'text/csv', buffer: bigFile(32) });
    expect(Number((await fact(page, 'rows')).replace(/\D/g, ''))).toBeGreaterThan(400000);
    await page.click('#upload-analyse');
    await page.waitForFunction(() => /строк: [1-9]/.test(document.querySelector('.analysis-progress__figures')?.textContent || ''), null, { timeout: 30000 });
    const started = Date.now();
    expect(await page.evaluate(() => document.title.length > 0)).toBe(true); // the page answers while the worker reads
    expect(Date.now() - started).toBeLessThan(1000);
    expect(Number(await page.getAttribute('.analysis-progress__bar', 'value'))).toBeGreaterThan(0);
    await page.click('#upload-cancel');
    await page.waitForSelector('#upload-cancelled');
    expect(await page.locator('#analysis-progress').count()).toBe(0);
    expect(await page.locator('#upload-analyse').isEnabled()).toBe(true);
    // Still usable: the bundled data and its rules answer, and another file is read.
    await showPlace(page, 'scenario');
    await page.click('label[for="preset-statistical"]');
    await waitForTotals(page, ['45', '0', '0', '0']);
    await openFile(page, fixture('wide_stations.csv'));
    expect(await fact(page, 'rows')).toBe('5');
  });

  it.runIf(fs.existsSync(real2004))('analyses the real 2004 polling-station file: 95 779 rows, 91 regions, one contest', async () => {
    await openFile(page, real2004);
    await analyse(page);
    expect(await stat(page, 'rows_used')).toBe(ru(95779));
    expect(await page.locator('#regions tbody tr').count()).toBe(91);
    const contest = await page.locator('#national-contest').innerText();
    expect(contest).toContain('Путин Владимир Владимирович');
    expect(contest).toContain(ru(2396550));
  });

  it('made no request beyond the page’s own server and threw no error', () => {
    if (!fs.existsSync(real2004)) console.log(`skipped the real 2004 file: ${real2004} is absent`);
    expect(foreignRequests(session.requests, session.url)).toEqual([]);
    expect(session.pageErrors.map(String)).toEqual([]);
  });
});

describe('own results on a phone (360 px, Russian)', () => {
  let session;
  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU', viewport: { width: 360, height: 800 } });
    await session.page.goto(session.url);
  });
  afterAll(async () => {
    expect(session.pageErrors).toEqual([]);
    await session?.close();
  });

  it('keeps the preview, the mapping and the report within the screen: their tables scroll in their boxes', async () => {
    const { page } = session;
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    await openFile(page, fixture('wide_stations.csv'));
    expect(await page.locator('.preview-table').evaluate((t) => t.getBoundingClientRect().width)).toBeGreaterThan(360);
    expect(await pageWidth()).toBeLessThanOrEqual(360);
    await analyse(page);
    expect(await pageWidth()).toBeLessThanOrEqual(360);
  });
});
