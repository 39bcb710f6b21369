// Pictures, exports and access, as a user meets them: the built page (dist/) in Chromium on the real
// wasm core. Charts and their marks, values on keyboard focus, the files the buttons save (read back
// and checked), axe-core's accessibility check (injected from node_modules), and a 360 px phone.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import { startPage, foreignRequests, axeViolations, showPlace } from './harness.js';

const NBSP = '\u00a0';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Clicks a download button and returns the saved file's name and bytes. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(path) };
}

const text = (bytes) => bytes.toString('utf8');
const csvLines = (bytes) => text(bytes).split('\r\n').filter(Boolean);

describe('charts, exports and access (Russian, desktop)', () => {
  let session;
  let page;

  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU' });
    page = session.page;
    await page.goto(session.url);
    await showPlace(page, 'regions');
    await page.waitForSelector('[data-chart="regions-share"] .chart-mark');
    await page.waitForSelector('.swing-chart__band', { state: 'attached' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('draws every chart with the right number of marks', async () => {
    expect(await page.locator('[data-chart="regions-share"] .chart-bar').count()).toBe(17);
    expect(await page.locator('[data-chart="regions-share"] .chart-mark[role="button"]').count()).toBe(17);
    expect(await page.locator('[data-chart="regions-map"] .tile').count()).toBe(17);
    expect(await page.locator('.swing-chart__band').count()).toBe(4);
    expect(await page.getAttribute('.swing-chart__plot', 'aria-valuemax')).toBe('30');
    // The national line and its value; the first bar is Abai at 7.6 %.
    expect(await page.locator('[data-chart="regions-share"] .chart-national text').textContent()).toBe(`По стране 2,2${NBSP}%`);
    expect(await page.getAttribute('[data-chart="regions-share"] .chart-mark >> nth=0', 'data-id')).toBe('abai');
    expect(await page.locator('.chart--map .chart-legend li').allTextContents()).toEqual([`0–2${NBSP}%`, `2–4${NBSP}%`, `4–6${NBSP}%`, `6–8${NBSP}%`, 'неизвестно']);
    expect(await page.getAttribute('[data-chart="regions-map"] [data-id="abai"]', 'data-bin')).toBe('3');
  });

  it('shows a value on keyboard focus and moves with the arrow keys; Enter opens the region', async () => {
    await page.focus('[data-chart="regions-share"] .chart-mark[tabindex="0"]');
    let tip = await page.locator('.chart--regions .chart-tip').innerText();
    expect(tip).toContain('область Абай');
    expect(tip).toContain(`7,60${NBSP}%`);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement.dataset.id)).toBe('pavlodar');
    tip = await page.locator('.chart--regions .chart-tip').innerText();
    expect(tip).toContain(`7,47${NBSP}%`);
    expect(tip).toContain('2 из 17');
    expect(await page.evaluate(() => document.activeElement.getAttribute('aria-label'))).toBe(`Павлодарская область: 7,47${NBSP}%, место 2 из 17`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement.id === 'region-detail-title');
    expect(await page.locator('#region-detail-title').innerText()).toBe('Павлодарская область');

    // On the map the arrows follow the grid: from Akmola up is North Kazakhstan.
    await page.focus('[data-chart="regions-map"] [data-id="akmola"]');
    expect(await page.locator('.chart--map .chart-tip').innerText()).toContain(`4,82${NBSP}%`);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement.dataset.id)).toBe('north-kazakhstan');
  });

  it('opens a region from the map, with its contests: leader and against all side by side', async () => {
    await page.click('[data-chart="regions-map"] [data-id="west-kazakhstan"]');
    await page.waitForSelector('[data-chart="contests"]');
    expect(await page.locator('#region-detail-title').innerText()).toContain('Западно-Казахстанская');
    expect(await page.locator('[data-chart="contests"] .contest-mark').count()).toBe(3);
    expect(await page.locator('[data-chart="contests"] .contest-bar--leader .chart-bar').count()).toBe(3);
    expect(await page.locator('[data-chart="contests"] .contest-bar--against_all .chart-bar').count()).toBe(3);
    const first = page.locator('[data-chart="contests"] .contest-mark >> nth=0');
    // The keyboard's value: the pointer, left where the map's tile was, is taken off the chart first.
    await page.mouse.move(0, 0);
    await first.focus();
    const tip = await page.locator('.chart--contests .chart-tip').innerText();
    expect(tip).toContain(`4${NBSP}660`);
    expect(tip).toContain('178');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement.id === 'unit-west-kazakhstan/bokeyorda');
  });

  it('saves the regions table as CSV (BOM, 17 rows) and JSON', async () => {
    const csv = await download(page, '#export-regions [data-format="csv"]');
    expect(csv.name).toBe('against-all_kz-2023-akims_regions_ru.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csvLines(csv.bytes);
    expect(lines).toHaveLength(18);
    expect(lines[0]).toMatch(/^\uFEFFКод,Регион,Против всех,/);
    expect(lines.some((l) => l.startsWith('abai,область Абай,745,9803,7.5997,7.6,1,'))).toBe(true);
    const json = await download(page, '#export-regions [data-format="json"]');
    expect(json.name).toBe('against-all_kz-2023-akims_regions_ru.json');
    const data = JSON.parse(text(json.bytes));
    expect(data.rows).toHaveLength(17);
    expect(data.national).toMatchObject({ id: 'kz', against_all: 14267, ballots_cast: 654443 });
    expect(data.columns.map((c) => c.key)).toContain('valid'); // the scenario's outcomes by region
  });

  it('saves the other tables: contests, candidates, findings, comparison, swing curve', async () => {
    const contests = await download(page, '#export-contests [data-format="csv"]');
    expect(contests.name).toBe('against-all_kz-2023-akims_contests_west-kazakhstan_ru.csv');
    expect(csvLines(contests.bytes)).toHaveLength(4);
    const candidates = JSON.parse(text((await download(page, '#export-candidates [data-format="json"]')).bytes));
    expect(candidates.rows.filter((r) => r.line === 'candidate')).toHaveLength(8);
    await showPlace(page, 'findings');
    const findings = await download(page, '#export-findings [data-format="csv"]');
    expect(csvLines(findings.bytes).length).toBeGreaterThan(1);
    await showPlace(page, 'scenario');
    const comparison = JSON.parse(text((await download(page, '#export-comparison [data-format="json"]')).bytes));
    expect(comparison.rows.find((r) => r.preset === 'beats-leader')).toMatchObject({ valid: 8, void: 0, runoff: 0, undecided: 37 });
    const curve = JSON.parse(text((await download(page, '#export-swing [data-format="json"]')).bytes));
    expect(curve.rows).toHaveLength(61);
    expect(curve.rows[60].swing).toBe(30);
  });

  it('saves every chart as a standalone SVG and a 2× PNG', async () => {
    // Chromium drops the 11th download a page starts in quick succession (its download throttle;
    // measured: downloads 1–10 and 12+ arrive, the 11th never does), and the tests above made 7.
    // A reload starts a fresh count; the link in the address bar keeps West Kazakhstan open.
    await page.reload();
    await page.waitForSelector('.chart--contests .export [data-format="svg"]', { state: 'attached' });
    await page.waitForSelector('.swing-chart__band', { state: 'attached' });
    const charts = [
      ['.chart--regions', 'chart-regions-share', 'regions'],
      ['.chart--map', 'map-regions-share', 'regions'],
      ['.chart--contests', 'chart-contests_west-kazakhstan', 'regions'],
      ['.swing-chart', 'chart-swing-curve', 'scenario'],
    ];
    for (const [figure, part, place] of charts) {
      await showPlace(page, place);
      const svg = await download(page, `${figure} .export [data-format="svg"]`);
      expect(svg.name).toBe(`against-all_kz-2023-akims_${part}_ru.svg`);
      const check = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror') !== null,
          root: doc.documentElement.localName,
          width: Number(doc.documentElement.getAttribute('width')),
          vermillion: doc.querySelectorAll('[fill="#d55e00"]').length,
          classes: doc.querySelectorAll('[class]').length,
          fonts: doc.documentElement.getAttribute('font-family'),
          title: doc.querySelector('title').textContent,
        };
      }, text(svg.bytes));
      expect(check).toMatchObject({ error: false, root: 'svg', classes: 0 });
      expect(check.fonts).toContain('system-ui');
      if (part === 'chart-regions-share') expect(check.vermillion).toBeGreaterThanOrEqual(17);
      const png = await download(page, `${figure} .export [data-format="png"]`);
      expect(png.name).toBe(`against-all_kz-2023-akims_${part}_ru.png`);
      expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(png.bytes.readUInt32BE(16)).toBe(check.width * 2); // IHDR width: twice the SVG's
    }
  });

  it('passes axe-core with no serious or critical violations, in Russian and in English, with a region open', async () => {
    await page.waitForSelector('#region-detail', { state: 'attached' });
    await page.waitForSelector('#scenario .scenario__grid', { state: 'attached' });
    // The place with the charts and the open region, and the scenario's with its curve.
    await showPlace(page, 'regions');
    expect(await axeViolations(page)).toEqual([]);
    await showPlace(page, 'scenario');
    expect(await axeViolations(page)).toEqual([]);
    await showPlace(page, 'regions');
    await page.click('.language-switcher button[lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('[data-chart="regions-share"] .chart-national text').textContent()).toBe('Country 2.2%');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('made no request beyond the page and threw no errors', () => {
    expect(foreignRequests(session.requests, session.url)).toEqual([]);
    expect(session.pageErrors.map(String)).toEqual([]);
    expect(session.policyViolations).toEqual([]);
  });
});

describe('a 360 px phone', () => {
  let session;

  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU', viewport: { width: 360, height: 740 } });
    await session.page.goto(session.url);
    await showPlace(session.page, 'regions');
    await session.page.waitForSelector('[data-chart="regions-share"] .chart-mark');
    await session.page.waitForSelector('.swing-chart__band', { state: 'attached' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('has no horizontal scroll, with a region open too', async () => {
    const { page } = session;
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const shot = await page.screenshot({ fullPage: true });
    expect([...shot.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(await overflow()).toBe(0);
    expect(await page.locator('[data-chart="regions-share"] .chart-bar').count()).toBe(17);
    await page.click('[data-chart="regions-map"] [data-id="north-kazakhstan"]');
    await page.waitForSelector('[data-chart="contests"]');
    expect(await overflow()).toBe(0);
    const svgWidth = await page.evaluate(() => document.querySelector('[data-chart="regions-share"]').getBoundingClientRect().right);
    expect(svgWidth).toBeLessThanOrEqual(360);
    expect(session.pageErrors.map(String)).toEqual([]);
    expect(foreignRequests(session.requests, session.url)).toEqual([]);
  });
});
