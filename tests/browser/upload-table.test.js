// Issue 11 in the browser: a file as Excel exports it — title lines above the header, an «Итого»
// row at the bottom — given to the real file input and read by the real wasm core. The national
// figures are the rows' sums (never doubled by the total), the skipped lines are listed, and the
// total is shown as checked against the sum.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPage, showPlace } from './harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const NBSP = '\u00a0';
const ru = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);

const file = {
  name: 'итоги-акимов.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    [
      'Итоги голосования по выборам акимов районов',
      'по состоянию на 06.11.2023',
      'Регион;УИК;Число избирателей;Число бюллетеней в стационарных ящиках;Против всех;Иванов;Петров',
      'Абай;1;10000;6000;1500;2500;1900',
      'Абай;2;20000;12000;2100;5000;4800',
      'Абай;3;15000;9000;1111;4000;3800',
      'Итого;;45000;27000;4711;11500;10500',
      '',
    ].join('\n'),
  ),
};

describe('own results: a title line and a total row (Russian)', () => {
  let session;
  let page;

  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU' });
    page = session.page;
    await page.goto(session.url);
    await page.waitForSelector('#national');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('skips the title lines, does not add the total in, and shows it checked', async () => {
    await showPlace(page, 'file');
    await page.setInputFiles('#upload-file', file);
    await page.waitForSelector(`#upload[data-file="${file.name}"][data-phase="mapping"]`, { timeout: 30000 });
    expect(await page.locator('#file-facts [data-fact="delimiter"] dd').textContent()).toContain('точка с запятой');
    expect(await page.locator('#layout-header').textContent()).toContain('3');
    await page.click('#layout-skipped summary');
    expect(await page.locator('#layout-skipped li').count()).toBe(2);

    await page.click('#upload-analyse');
    await page.waitForSelector('#upload-report-title', { timeout: 60000 });
    const national = await page.locator('#national').innerText();
    expect(national).toContain(ru(27000)); // not 54 000
    expect(national).toContain(ru(4711));
    expect(national).not.toContain(ru(54000));

    const totals = page.locator('#report-totals');
    expect(await totals.locator('.total-row').count()).toBe(1);
    expect(await totals.locator('.total-row').getAttribute('data-line')).toBe('7');
    const checks = await totals.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.agrees));
    expect(checks.length).toBeGreaterThanOrEqual(3);
    expect(checks.every((a) => a === 'true')).toBe(true);
    expect(await totals.innerText()).toContain('сходится');
    await page.click('#report-skipped summary');
    expect(await page.locator('#report-skipped li').count()).toBe(2);
    expect(await totals.innerText()).toContain('всему файлу');
    await page.locator('#upload-report').screenshot({ path: '/tmp/h-read-report-1280.png' });
    expect(session.pageErrors.map(String)).toEqual([]);
  });
});

describe('own results on a phone: the totals and skipped lines stay within 360 px', () => {
  let session;
  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU', viewport: { width: 360, height: 800 } });
    await session.page.goto(session.url);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps the report within the screen', async () => {
    const { page } = session;
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    await showPlace(page, 'file');
    await page.setInputFiles('#upload-file', file);
    await page.waitForSelector(`#upload[data-file="${file.name}"][data-phase="mapping"]`, { timeout: 30000 });
    await page.click('#layout-skipped summary');
    expect(await pageWidth()).toBeLessThanOrEqual(360);
    await page.click('#upload-analyse');
    await page.waitForSelector('#report-totals', { timeout: 60000 });
    await page.click('#report-skipped summary');
    expect(await pageWidth()).toBeLessThanOrEqual(360);
    await page.locator('#upload-report').screenshot({ path: '/tmp/h-read-report-360.png' });
    expect(session.pageErrors).toEqual([]);
  });
});

const colombia = path.join(root, '../shared/data/real-files/colombia-president-2018-runoff-bogota/Votacion_Bogota_Unificada.csv');

describe('own results: a transposed table read with one click (English)', () => {
  let session;
  beforeAll(async () => {
    session = await startPage({ locale: 'en-GB' });
    await session.page.goto(session.url);
    await session.page.waitForSelector('#national');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('offers the transpose for the Bogotá file, and reads its columns as areas when asked', async (ctx) => {
    if (!fs.existsSync(colombia)) ctx.skip('real-files/colombia… is absent');
    const { page } = session;
    await showPlace(page, 'file');
    await page.setInputFiles('#upload-file', colombia);
    const name = path.basename(colombia);
    await page.waitForSelector(`#upload[data-file="${name}"][data-phase="mapping"]`, { timeout: 30000 });
    expect(await page.locator('#layout-looks-transposed').textContent()).toContain('looks transposed');
    await page.locator('#upload').screenshot({ path: '/tmp/h-read-transpose-offer-1280.png' });
    await page.click('#transpose-on');
    await page.waitForSelector('#layout-transposed', { timeout: 30000 });
    await page.waitForSelector(`#upload[data-phase="mapping"]`);
    expect(await page.locator('#file-facts [data-fact="rows"] dd').textContent()).toBe('23'); // 22 areas + Total Bogota
    const header = await page.locator('.preview-table thead th').allTextContents();
    expect(header.join(' ')).toContain('Gustavo Petro');
    await page.click('#transpose-off');
    await page.waitForSelector('#layout-looks-transposed', { timeout: 30000 });
    expect(session.pageErrors).toEqual([]);
  });
});
