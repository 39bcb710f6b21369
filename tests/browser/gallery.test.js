// The gallery of bundled elections as a user meets it, in the built page (dist/) on the real wasm
// core: the picker on the first screen, each election's summary, the link naming it, its tables
// fetched only when chosen, and every election working offline after one visit and from the one file.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import { startPage, openFile, foreignRequests, distDir, showPlace } from './harness.js';

const NBSP = '\u00a0';
const screenshotDir = new URL('../../test-results/', import.meta.url);

/** Each gallery election: its id, a word of its title in Russian, a figure its summary shows. */
const elections = [
  { id: 'ru-2004-president', title: 'Президента Российской Федерации', figure: `2${NBSP}396${NBSP}550`, regions: 91 },
  { id: 'kg-2017-president', title: 'Кыргызской Республики', figure: `12${NBSP}111`, regions: 53 },
  { id: 'bg-2021-04-04-national-assembly', title: 'Народное собрание', figure: `46${NBSP}049`, regions: 29 },
  { id: 'bg-2021-07-11-national-assembly', title: 'Народное собрание', figure: `33${NBSP}708`, regions: 29 },
  { id: 'bg-2021-11-14-national-assembly', title: 'Народное собрание', figure: `33${NBSP}617`, regions: 29 },
  { id: 'bg-2022-10-02-national-assembly', title: 'Народное собрание', figure: `83${NBSP}752`, regions: 29 },
  { id: 'bg-2023-04-02-national-assembly', title: 'Народное собрание', figure: `104${NBSP}424`, regions: 29 },
  { id: 'bg-2024-06-09-national-assembly', title: 'Народное собрание', figure: `61${NBSP}144`, regions: 29 },
];

async function screenshot(page, name) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: new URL(name, screenshotDir).pathname, fullPage: false });
}

/** The built files that hold a gallery election's tables (they name its compiler's source id). */
function galleryChunks() {
  const dir = `${distDir}/assets`;
  return fs
    .readdirSync(dir)
    .filter((name) => /^(figures|units|sources|candidates|against-all-first)-.*\.js$/.test(name))
    .filter((name) => /kobak-shpilkin|bekturov|bakalov/.test(fs.readFileSync(`${dir}/${name}`, 'utf8')));
}

async function pick(page, id) {
  await showPlace(page, 'overview'); // the picker is on the overview
  await page.click(`.picker__item[data-dataset="${id}"]`);
  await page.waitForFunction((want) => document.querySelector(`.picker__item[data-dataset="${want}"]`)?.getAttribute('aria-pressed') === 'true', id);
  await page.waitForSelector('#national-contest', { timeout: 20000 });
}

const regionRows = (page) => page.locator('.region-table tbody tr').count();

describe('the election picker (Russian, desktop)', () => {
  let session;
  let page;
  const pageRequests = [];

  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU' });
    page = session.page;
    // What the page itself fetches (the service worker's precaching is counted apart).
    page.on('request', (request) => {
      if (!request.serviceWorker()) pageRequests.push(request.url());
    });
    await page.goto(session.url);
    await page.waitForSelector('.region-table tbody tr', { state: 'attached' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists every election with its country, date, kind and how complete it is; the first load fetches none of their tables', async () => {
    const items = page.locator('.picker__item');
    expect(await items.count()).toBe(9);
    const first = await items.first().innerText();
    expect(first).toContain('Казахстан');
    expect(first).toContain('Данные неполные.');
    const russia = await page.locator('.picker__item[data-dataset="ru-2004-president"]').innerText();
    expect(russia).toContain('Россия');
    expect(russia).toContain('14 марта 2004');
    expect(russia).toContain('Выборы президента');
    expect(russia).toContain('регионов: 91');
    expect(russia).toContain('Данные полные.');
    const chunks = galleryChunks();
    expect(chunks.length).toBeGreaterThan(0);
    expect(pageRequests.filter((url) => chunks.some((c) => url.endsWith(`/assets/${c}`)))).toEqual([]);
    await screenshot(page, 'gallery-picker-ru-1280.png');
  });

  it.each(elections)('picks $id: its summary, its areas, the link names it', async ({ id, title, figure, regions }) => {
    await pick(page, id);
    expect(await page.locator('h1').innerText()).toContain(title);
    await expect.poll(() => regionRows(page), { timeout: 10000 }).toBe(regions);
    expect(await page.locator('#national .stats').innerText()).toContain(figure);
    expect(await page.locator('#national-contest').innerText()).toMatch(/Голосование по всей стране/);
    expect(new URL(page.url()).hash).toContain(`d=${id}`);
  });

  it('says on the page how the rules apply to a party-list vote', async () => {
    await pick(page, 'bg-2023-04-02-national-assembly');
    expect(await page.locator('.national-contest__rules').innerText()).toContain('мысленный эксперимент');
    await screenshot(page, 'gallery-bulgaria-ru-1280.png');
  });

  it('names the Russian stations where against all came first in their region', async () => {
    await pick(page, 'ru-2004-president');
    await showPlace(page, 'regions');
    await page.click('#open-r25');
    expect(await page.locator('#region-detail-notice').innerText()).toContain('УИК 1509');
  });

  it('shows the municipalities of a Bulgarian constituency, named, with their shares', async () => {
    await pick(page, 'bg-2023-04-02-national-assembly');
    await showPlace(page, 'regions');
    await page.click('#open-mir-01');
    await page.waitForSelector('.area-table tbody tr');
    expect(await page.locator('.area-table tbody tr').count()).toBe(14);
    expect(await page.locator('[data-areas="mir-01"] h3').innerText()).toBe('Общины (14)');
    // A list vote: the view says which rules apply as they stand and which only as a thought experiment.
    const listNote = page.locator('[data-areas="mir-01"] [data-list-vote-note]');
    expect(await listNote.locator('[data-applies="yes"]').innerText()).toContain('Только подсчёт');
    expect(await listNote.locator('[data-applies="no"]').innerText()).toMatch(/мысленный эксперимент.*«Против всех» больше, чем у лидера/s);
    const row = await page.locator('.area-table tbody tr').first().innerText();
    expect(row).toMatch(/%/);
    expect(await page.locator('#region-detail').innerText()).not.toContain('mir-01/BLG01');
    await page.locator('[data-areas="mir-01"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'gallery-bulgaria-municipalities-ru-1280.png');
    await page.click('#region-detail .close-button');
  });

  it('the Kyrgyz rows that do not add up are findings', async () => {
    await pick(page, 'kg-2017-president');
    await showPlace(page, 'findings');
    const findings = await page.locator('#findings').innerText();
    expect(findings).toContain('Сузакский');
    expect(findings).toContain('Сокулукский');
    expect(findings).toContain('г.Сулюкта');
  });

  it('goes back to the akim elections; no request left the machine, no error', async () => {
    await showPlace(page, 'overview');
    await page.click('.picker__item[data-dataset="kz-2023-akims"]');
    await expect.poll(() => regionRows(page), { timeout: 10000 }).toBe(17);
    expect(pageRequests.some((url) => galleryChunks().some((c) => url.endsWith(`/assets/${c}`)))).toBe(true);
    expect(session.pageErrors.map(String)).toEqual([]);
    expect(session.policyViolations).toEqual([]);
    expect(foreignRequests(session.requests, session.url)).toEqual([]);
  });
});

describe('elections side by side', () => {
  let session;
  afterAll(async () => {
    await session?.close();
  });

  it.each([
    ['ru-RU', 'ru', 1280],
    ['en-GB', 'en', 360],
  ])('(%s, %s, %i px): three elections in one table and one chart, labelled by kind, the table exported, the copied link reopens them', async (locale, lang, width) => {
    await session?.close();
    session = await startPage({ locale, viewport: { width, height: 900 } });
    const { page } = session;
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.url).origin });
    await page.goto(session.url);
    await showPlace(page, 'scenario'); // the elections side by side are with the rule they are compared under
    await page.waitForSelector('#elections');
    // Ticked in an order that is not the picker's: the table, the export and the link keep it.
    const ids = ['bg-2023-04-02-national-assembly', 'kz-2023-akims', 'ru-2004-president'];
    for (const id of ids) {
      await page.check(`#elections input[value="${id}"]`);
    }
    await page.waitForSelector('.elections-table tbody tr[data-dataset="ru-2004-president"]', { timeout: 30000 });
    const rowOrder = (p) => p.locator('.elections-table tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.dataset));
    expect(await rowOrder(page)).toEqual(ids);
    const ru = await page.locator('.elections-table tr[data-dataset="ru-2004-president"]').innerText();
    expect(ru).toContain(lang === 'ru' ? '3,45' : '3.45'); // 2,396,550 of 69,504,278 ballots cast
    expect(await page.locator('.elections__kinds').count()).toBe(1); // presidential, akims, party list: said to differ
    expect(await page.locator('[data-chart="elections"] g[data-id]').count()).toBe(3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-elections [data-format="csv"]')]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toMatch(/elections.*\.csv$/);
    const csvLines = csv.split('\r\n').filter(Boolean);
    expect(csvLines).toHaveLength(4); // the header and three elections
    expect(ids.map((id) => csvLines.findIndex((line) => line.includes(id)))).toEqual([1, 2, 3]);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('.chart--elections [data-format="svg"]')]);
    expect(svg.suggestedFilename()).toMatch(/elections.*\.svg$/);
    expect(fs.readFileSync(await svg.path(), 'utf8')).toContain('<svg');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(width);
    // Every figure of the table is on screen: nothing reaches past the table's box (a phone stacks each election).
    const cut = await page.evaluate(() => {
      const box = document.querySelector('.elections-table').parentElement.getBoundingClientRect();
      return [...document.querySelectorAll('.elections-table tbody :is(th, td)')].filter((cell) => cell.getBoundingClientRect().right > box.right + 0.5).length;
    });
    expect(cut).toBe(0);
    await page.locator('#elections-title').scrollIntoViewIfNeeded();
    await screenshot(page, `gallery-elections-${lang}-${width}.png`);
    // The comparison is in the link (v=2): copied with the page's own button, opened in a fresh page,
    // it shows the same three in the same order, in view.
    const compare = ids.join(',');
    await page.waitForFunction((want) => document.querySelector('#share-link')?.value.includes(`#v=2&`) && document.querySelector('#share-link').value.includes(`&compare=${want}&`), compare, { timeout: 15000 });
    await page.click('#copy-link');
    await page.waitForFunction(() => document.querySelector('#copy-status').textContent.length > 0);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await page.inputValue('#share-link'));
    expect(link).toContain(`&compare=${compare}&`);
    const fresh = await session.context.newPage();
    try {
      await fresh.goto(link);
      await fresh.waitForSelector('.elections-table tbody tr[data-dataset="ru-2004-president"]', { timeout: 30000 });
      expect(await rowOrder(fresh)).toEqual(ids);
      expect(await fresh.locator('#elections input:checked').evaluateAll((inputs) => inputs.map((i) => i.value)))
        .toEqual(expect.arrayContaining(ids));
      await fresh.waitForFunction(() => {
        const box = document.querySelector('#elections-title').getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight;
      }, null, { timeout: 30000 });  // the reopened page computes three elections first, as the waits above allow
    } finally {
      await fresh.close();
    }
    expect(session.pageErrors.map(String)).toEqual([]);
  });
});

describe('links name the election', () => {
  let session;
  beforeAll(async () => {
    session = await startPage({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a link with d=kg-2017-president opens it; a version-1 link to the akim data still opens', async () => {
    const { page } = session;
    await page.goto(`${session.url}#v=1&d=kg-2017-president&lang=en&rule=beats-leader&end`);
    await page.waitForSelector('#national-contest', { timeout: 20000 });
    expect(await page.locator('h1').innerText()).toContain('Kyrgyzstan');
    expect(await page.locator('.picker__item[data-dataset="kg-2017-president"]').getAttribute('aria-pressed')).toBe('true');
    await page.goto('about:blank');
    await page.goto(`${session.url}#v=1&d=kz-2023-akims&lang=en&rule=beats-leader&region=west-kazakhstan&end`);
    await page.waitForSelector('#region-detail-title', { timeout: 20000 });
    expect(await page.locator('.region-table tbody tr').count()).toBe(17);
  });

  it('looks right in English at 1280 px', async () => {
    const { page } = session;
    await page.goto(`${session.url}#v=1&d=ru-2004-president&lang=en&end`);
    await page.waitForSelector('#national-contest', { timeout: 20000 });
    expect(await page.locator('.picker__item[data-dataset="ru-2004-president"]').innerText()).toContain('regions: 91');
    await page.locator('#picker-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'gallery-picker-en-1280.png');
  });
});

describe.each([
  ['ru-RU', 'ru'],
  ['en-GB', 'en'],
])('the picker on a 360 px phone (%s)', (locale, lang) => {
  let session;
  beforeAll(async () => {
    session = await startPage({ locale, viewport: { width: 360, height: 800 } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('fits the screen: no element wider than the page', async () => {
    const { page } = session;
    await page.goto(`${session.url}#v=1&d=bg-2024-06-09-national-assembly&lang=${lang}&end`);
    await page.waitForSelector('#national-contest', { timeout: 20000 });
    await page.locator('#picker-title').scrollIntoViewIfNeeded();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      items: [...document.querySelectorAll('.picker__item')].map((b) => b.getBoundingClientRect().right),
    }));
    expect(widths.page).toBeLessThanOrEqual(360);
    for (const right of widths.items) expect(right).toBeLessThanOrEqual(360);
    await screenshot(session.page, `gallery-picker-${lang}-360.png`);
  });
});

describe('offline', () => {
  it('after one visit, with the network off, an election never opened before still opens (precached)', async () => {
    const session = await startPage({ locale: 'ru-RU' });
    try {
      const { page } = session;
      await page.goto(session.url);
      await page.waitForSelector('.region-table tbody tr', { state: 'attached' });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
      await session.context.setOffline(true);
      await page.reload();
      await page.waitForSelector('.region-table tbody tr', { state: 'attached', timeout: 20000 });
      await pick(page, 'bg-2023-04-02-national-assembly');
      expect(await page.locator('#national .stats').innerText()).toContain(`104${NBSP}424`);
      expect(session.pageErrors.map(String)).toEqual([]);
      await session.context.setOffline(false);
    } finally {
      await session.close();
    }
  });

  it('the one-file page opens every election from disk with the network refused', async () => {
    const session = await openFile();
    try {
      const { page } = session;
      await page.goto(session.url);
      await page.waitForSelector('.region-table tbody tr', { state: 'attached', timeout: 20000 });
      await pick(page, 'ru-2004-president');
      expect(await page.locator('#national .stats').innerText()).toContain(`2${NBSP}396${NBSP}550`);
      expect(session.refused).toEqual([]);
      expect(session.pageErrors.map(String)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
