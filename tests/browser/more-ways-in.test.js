// The other ways in, as a user meets them in the built page (Chromium, the real wasm core in its
// worker): an Excel workbook through the real file input and its second sheet chosen (one of them
// saved by LibreOffice, with a two-row header of merged cells), a table
// pasted from the clipboard, a .csv.gz and an HTML page dropped on the drop zone.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPage, foreignRequests, showPlace } from './harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workbooks = path.join(root, 'tests/fixtures/workbooks');
const shots = path.join(root, 'build/screenshots');
const NBSP = '\u00a0';

async function waitForFile(page, name) {
  await page.waitForSelector(`#upload[data-file="${name}"]:is([data-phase="mapping"], [data-phase="failed"])`, { timeout: 30000 });
}

async function analyse(page) {
  await page.click('#upload-analyse');
  await page.waitForSelector('#upload-report-title, #mapping-errors li, #upload-error-title', { timeout: 60000 });
}

/** Drops a file on the drop zone as a browser does (a DataTransfer holding a File). */
async function dropFile(page, name, bytes, type) {
  await page.evaluate(({ name, data, type }) => {
    const file = new File([Uint8Array.from(data)], name, { type });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const zone = document.querySelector('.file-drop');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { name, data: [...bytes], type });
}

describe('more ways in: workbooks, pasted tables, compressed files, what is not a table (Russian)', () => {
  let session;
  let page;

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    session = await startPage({ locale: 'ru-RU' });
    page = session.page;
    await page.goto(session.url);
    await page.waitForSelector('#national');
    await showPlace(page, 'file'); // every way in is in the place of the user's file
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads an .xlsx from the file input, lists its sheets, and analyses the second sheet', async () => {
    await page.setInputFiles('#upload-file', path.join(workbooks, 'results.xlsx'));
    await waitForFile(page, 'results.xlsx');
    const options = await page.locator('#source-sheet option').allTextContents();
    expect(options).toEqual(['Справка — строк: 2, столбцов: 1', 'Итоги — строк: 5, столбцов: 7']);
    expect(await page.inputValue('#source-sheet')).toBe('Справка'); // the first sheet with data
    await page.selectOption('#source-sheet', 'Итоги');
    await page.waitForFunction(() => [...document.querySelectorAll('.preview-table thead th')].some((th) => th.textContent.includes('Против всех')), null, { timeout: 30000 });
    await waitForFile(page, 'results.xlsx');
    expect(await page.inputValue('#source-sheet')).toBe('Итоги');
    expect(await page.locator('#source-facts [data-note="hidden-rows"]').textContent()).toContain('5');
    expect(await page.locator('#source-facts [data-note="rounded"]').textContent()).toContain('C5');
    expect(await page.inputValue('#role-4')).toBe('measure:against_all');
    await page.screenshot({ path: path.join(shots, 'xlsx-sheet-1280.png'), fullPage: false });
    await analyse(page);
    expect(await page.locator('.report-stats [data-stat="rows_used"] .stat__value').textContent()).toBe('4');
    expect(await page.locator('#national').innerText()).toContain('290');
    expect(await page.locator('.site-header__title h1').textContent()).toBe('results.xlsx');
  });

  it('a scenario link carries the workbook and its sheet: a fresh page opens the same analysis', async () => {
    await page.waitForFunction(() => /&d=upload&.*&map=.*&data=.*&end$/.test(window.location.hash), null, { timeout: 15000 });
    const link = await page.evaluate(() => window.location.href);
    const context = await session.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    try {
      const fresh = await context.newPage();
      await fresh.goto(link);
      await fresh.waitForSelector('#upload-report-title', { timeout: 30000 });
      expect(await fresh.locator('.site-header__title h1').textContent()).toBe('results.xlsx');
      expect(await fresh.locator('#national').innerText()).toContain('290');
      expect(await fresh.inputValue('#source-sheet')).toBe('Итоги');
    } finally {
      await context.close();
    }
  });

  it('reads a LibreOffice workbook’s two-row header of merged cells, and calls its contests by the file’s level', async () => {
    await showPlace(page, 'file');
    await page.setInputFiles('#upload-file', path.join(workbooks, 'libreoffice/protocol.xlsx'));
    await waitForFile(page, 'protocol.xlsx');
    await page.selectOption('#source-sheet', 'Округа');
    await page.waitForFunction(() => [...document.querySelectorAll('.preview-table thead th')].some((th) => th.textContent.includes('Число голосов Иванов')), null, { timeout: 30000 });
    await waitForFile(page, 'protocol.xlsx');
    expect(await page.inputValue('#role-0')).toBe('level');
    expect(await page.inputValue('#role-6')).toBe('candidate');
    expect(await page.inputValue('#role-7')).toBe('candidate');
    expect(await page.inputValue('#role-8')).toBe('measure:against_all');
    await page.selectOption('#contest-level', 'constituency'); // the same candidates everywhere: the page asks
    await analyse(page);
    expect(await page.locator('.report-stats [data-stat="rows_used"] .stat__value').textContent()).toBe('4');
    expect(await page.locator('#national').innerText()).toContain(`4${NBSP}205`);
    await showPlace(page, 'regions');
    await page.click('#regions tbody tr[data-unit="Северная"] .link-button');
    await page.waitForSelector('#region-detail');
    const card = page.locator('[id="unit-Северная/Северный округ № 2"]');
    expect(await card.locator('.contest__meta').innerText()).toContain('избирательный округ');
    expect(await card.innerText()).toContain(`9${NBSP}890`); // Петров: the formula’s cached value
    // «Число голосов» over both candidates says what is counted: the candidate is named by the row below.
    expect(await card.innerText()).toContain('Петров');
    expect(await card.innerText()).not.toContain('Число голосов Петров');
    await showPlace(page, 'file');
  });

  it('locates a workbook’s problems by sheet and cell', async () => {
    await page.setInputFiles('#upload-file', path.join(workbooks, 'cells.xlsx'));
    await waitForFile(page, 'cells.xlsx');
    expect(await page.locator('#source-facts [data-note="cell-problems"]').textContent()).toContain('3');
    expect(await page.locator('#source-facts [data-note="merged"]').textContent()).toContain('C1:D1');
    await analyse(page);
    const cells = await page.locator('#problem-table tbody tr td[data-cell]').evaluateAll((tds) => tds.map((td) => td.dataset.cell));
    expect(cells).toContain('C4');
    const header = await page.locator('#problem-table thead th').allTextContents();
    expect(header.slice(0, 2)).toEqual(['Ячейка', 'Лист']);
  });

  it('reads a table pasted from a web page (the clipboard’s HTML) like a file', async () => {
    const html = '<table><tr><th>Регион</th><th>Район</th><th>Против всех</th><th>Иванов</th><th>Петров</th></tr>'
      + '<tr><td rowspan="2">Север</td><td>Северный-1</td><td>50</td><td>300</td><td>250</td></tr>'
      + '<tr><td>Северный-2</td><td>100</td><td>500</td><td>500</td></tr>'
      + '<tr><td>Юг</td><td>Южный-1</td><td>1&nbsp;080</td><td>420</td><td>400</td></tr></table>';
    await page.focus('#paste-table');
    await page.evaluate(({ html }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'ignored');
      document.querySelector('#paste-table').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, { html });
    expect(await page.locator('#paste-note').textContent()).toBe('Взято из таблицы веб-страницы: строк — 4, столбцов — 5.');
    expect(await page.inputValue('#paste-table')).toContain('Север\tСеверный-2\t100');
    await page.click('#paste-use');
    await waitForFile(page, 'pasted-table.tsv');
    expect(await page.locator('#file-facts [data-fact="rows"] dd').textContent()).toBe('3');
    await page.screenshot({ path: path.join(shots, 'paste-1280.png'), fullPage: false });
    await analyse(page);
    expect(await page.locator('#national').innerText()).toContain(`1${NBSP}230`);
  });

  it('a pasted table rides in the scenario link like a small file', async () => {
    await page.waitForFunction(() => /&d=upload&name=pasted-table\.tsv&.*&map=.*&data=.*&end$/.test(window.location.hash), null, { timeout: 15000 });
    const link = await page.evaluate(() => window.location.href);
    const context = await session.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    try {
      const fresh = await context.newPage();
      await fresh.goto(link);
      await fresh.waitForSelector('#upload-report-title', { timeout: 30000 });
      expect(await fresh.locator('.site-header__title h1').textContent()).toBe('pasted-table.tsv');
      expect(await fresh.locator('#national').innerText()).toContain(`1${NBSP}230`);
    } finally {
      await context.close();
    }
  });

  it('opens a dropped .csv.gz', async () => {
    await dropFile(page, 'results.csv.gz', fs.readFileSync(path.join(workbooks, 'results.csv.gz')), 'application/gzip');
    await waitForFile(page, 'results.csv.gz');
    expect(await page.locator('#source-facts [data-note="from-gzip"]').count()).toBe(1);
    expect(await page.locator('#file-facts [data-fact="rows"] dd').textContent()).toBe('4');
  });

  it('names a dropped HTML page and says what to do', async () => {
    const html = '<!DOCTYPE html><html><head><title>ЦИК</title></head><body><table><tr><td>1</td></tr></table></body></html>';
    await dropFile(page, 'results.csv', Buffer.from(html), 'text/csv');
    await waitForFile(page, 'results.csv');
    expect(await page.locator('#upload-error-message').textContent()).toContain('Это веб-страница (HTML)');
    expect(await page.locator('#upload-error-message').textContent()).toContain('вставьте в поле «Или вставьте таблицу»');
    await page.screenshot({ path: path.join(shots, 'html-refused-1280.png'), fullPage: false });
  });

  it('fits a 360 px screen with the paste box and a workbook’s sheet choice', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.setInputFiles('#upload-file', path.join(workbooks, 'results.xlsx'));
    await waitForFile(page, 'results.xlsx');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.locator('#source-facts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'xlsx-360.png'), fullPage: false });
    await page.locator('#paste-box').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'paste-360.png'), fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('made no request beyond the page itself', () => {
    expect(foreignRequests(session.requests, session.url)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.policyViolations).toEqual([]);
  });
});
