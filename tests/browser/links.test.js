// Scenario links as people use them: the built page in Chromium on the real wasm core. Build a
// scenario, copy its link, open it in a fresh browser context and see the same numbers and rule;
// walk back and forward through the steps; open links carrying data, naming a file, or hostile.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPage, foreignRequests, showPlace } from './harness.js';
import { linkFromState, stateFromLink } from '../../web/src/links/link.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const csvPath = path.join(root, 'tests/fixtures/uploads/wide_stations.csv');
const csv = new Uint8Array(fs.readFileSync(csvPath));
const mapping = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/uploads/wide_stations.mapping.json'), 'utf8'));
/** wide_stations.csv's header over enough stations that the file no longer fits in a link (named by its fingerprint). */
function bigStations(seed = 1) {
  const lines = [fs.readFileSync(csvPath, 'utf8').split('\n')[0]];
  let x = seed;
  const next = (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  for (let i = 0; i < 4000; i++) {
    const registered = 500 + next(1500);
    const cast = 100 + next(registered - 100);
    const a = next(cast / 2);
    const b = next(cast - a);
    lines.push(`Регион ${i % 7},ТИК ${i % 60},${i},${registered},${next(20)},${cast},${next(10)},${a},${b},${next(60)}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}
const emptyView = { region: null, sort: { key: null, direction: null }, finding: null, findingsUnit: null };

const totals = (page) =>
  page.$$eval('#scenario-totals .outcome-stat', (cards) => cards.map((c) => `${c.dataset.outcome}=${c.querySelector('.stat__value').textContent}`));
/** The totals once the engine has answered for the current scenario (no request in flight). */
async function settledTotals(page) {
  await page.waitForSelector('#scenario-totals .outcome-stat', { state: 'attached' });
  await page.waitForFunction(() => document.querySelector('.scenario__results')?.getAttribute('aria-busy') === 'false');
  await page.waitForTimeout(400); // the debounce, then the answer
  await page.waitForFunction(() => document.querySelector('.scenario__results')?.getAttribute('aria-busy') === 'false');
  return totals(page);
}
const hash = (page) => page.evaluate(() => decodeURIComponent(window.location.hash));
async function waitForHash(page, text) {
  await page.waitForFunction((want) => decodeURIComponent(window.location.hash) === want, text, { timeout: 10000 }).catch(() => {});
  expect(await hash(page)).toBe(text);
}
/** The place the page shows (app/places.js). */
const shownPlace = (page) => page.$eval('[data-place]:not([hidden])', (e) => e.dataset.place);
/** Waits until the place is written into the history entry (the link is written after the page settles). */
const placeInHistory = (page, place) => page.waitForFunction((p) => window.history.state && window.history.state.place === p, place);
const regionOutcomes = (page) => page.locator('#region-detail .contest-outcome').evaluateAll((nodes) => nodes.map((n) => n.dataset.outcome));

const linkContext = { datasets: ['kz-2023-akims'], defaultDatasetId: 'kz-2023-akims' };
const sameAs = async (fragment) => {
  const { state, issues, kind } = await stateFromLink(fragment, linkContext);
  return { state: JSON.parse(JSON.stringify({ ...state, dataset: { upload: { ...state.dataset.upload, bytes: state.dataset.upload.bytes ? [...state.dataset.upload.bytes] : null } } })), issues, kind };
};
/** The link the page has written to its address bar once it settled, decoded. */
async function writtenBack(page) {
  await page.waitForFunction(() => /[?&]?v=1&d=upload&.*&map=.*&end$/.test(window.location.hash), null, { timeout: 10000 });
  await page.waitForTimeout(300);
  return sameAs(await page.evaluate(() => window.location.hash));
}

/** A fresh browser context (nothing shared with the sender's), watching for dialogs, errors and requests. */
async function freshPage(session, locale = 'en-US') {
  const context = await session.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const requests = [];
  const dialogs = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => errors.push(e));
  return { context, page, requests, dialogs, errors };
}

describe('scenario links (Russian, desktop)', () => {
  let session;
  let page;
  let shared; // the link copied in the sender's page
  let sent; // what the sender saw

  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU' });
    page = session.page;
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.url).origin });
    await page.goto(session.url);
    await page.waitForSelector('#scenario-totals .outcome-stat', { state: 'attached' });
  });
  afterAll(async () => {
    expect(foreignRequests(session.requests, session.url)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session?.close();
  });

  it('puts the opening state in the address bar and in the share field', async () => {
    await waitForHash(page, '#v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&end');
    expect(await page.inputValue('#share-link')).toBe(`${session.url}#v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&end`);
    const contents = await page.textContent('#link-contents');
    expect(contents).toContain('Ссылка содержит: данные, встроенные в страницу');
    expect(contents).toContain('язык: Русский');
    expect(await page.getAttribute('#link-contents', 'data-kind')).toBe('bundled');
  });

  it('follows the scenario as it is built: a preset, an edit, a swing, a region — readable and short', async () => {
    await showPlace(page, 'scenario');
    await placeInHistory(page, 'scenario');
    await page.click('label[for="preset-russia-before-2006"]');
    await waitForHash(page, '#v=1&d=kz-2023-akims&lang=ru&rule=russia-before-2006&end');
    await page.selectOption('#rule-tie', 'void');
    await page.fill('#swing-number', '2,5');
    await waitForHash(page, '#v=1&d=kz-2023-akims&lang=ru&rule=russia-before-2006&tie=void&swing=2.5&end');
    await showPlace(page, 'regions');
    await placeInHistory(page, 'regions');
    await page.click('#open-west-kazakhstan');
    await page.waitForSelector('#region-detail .contest-outcome');
    const want = '#v=1&d=kz-2023-akims&lang=ru&rule=russia-before-2006&tie=void&swing=2.5&region=west-kazakhstan&end';
    await waitForHash(page, want);
    expect(want.length).toBeLessThan(200);
    const contents = await page.textContent('#link-contents');
    expect(contents).toContain('правило: Россия до 2006 года, с вашими изменениями');
    expect(contents).toContain('сдвиг +2,5 п.');
    expect(contents).toContain('открытый регион: Западно-Казахстанская область');
    sent = { totals: await settledTotals(page), region: await regionOutcomes(page) };
    expect(sent.region.length).toBeGreaterThan(0);
  });

  it('copies the link: the clipboard holds exactly the field’s link', async () => {
    await showPlace(page, 'scenario');
    await placeInHistory(page, 'scenario');
    await page.click('#copy-link');
    await page.waitForFunction(() => document.querySelector('#copy-status').textContent.length > 0);
    expect(await page.textContent('#copy-status')).toBe('Ссылка скопирована.');
    shared = await page.evaluate(() => navigator.clipboard.readText());
    expect(shared).toBe(await page.inputValue('#share-link'));
    expect(decodeURIComponent(new URL(shared).hash)).toBe(await hash(page));
  });

  it('opens in a fresh browser (English locale) with the same rule, numbers, region and language', async () => {
    const fresh = await freshPage(session, 'en-US');
    try {
      await fresh.page.goto(shared);
      await fresh.page.waitForSelector('#region-detail .contest-outcome');
      expect(await fresh.page.evaluate(() => document.documentElement.lang)).toBe('ru');
      expect(await fresh.page.isChecked('#preset-russia-before-2006')).toBe(true);
      expect(await fresh.page.inputValue('#rule-tie')).toBe('void');
      expect(await fresh.page.inputValue('#swing-number')).toBe('2,5');
      expect(await fresh.page.isChecked('#rule-min-turnout-on')).toBe(true);
      expect(await fresh.page.inputValue('#rule-min-turnout')).toBe('25');
      expect(await settledTotals(fresh.page)).toEqual(sent.totals);
      expect(await regionOutcomes(fresh.page)).toEqual(sent.region);
      expect(await fresh.page.locator('#region-detail-title').textContent()).toContain('Западно-Казахстанская');
      expect(await fresh.page.locator('#link-notice').count()).toBe(0);
      expect(await fresh.page.evaluate(() => window.location.href)).toBe(shared); // nothing to correct
      expect(foreignRequests(fresh.requests, session.url)).toEqual([]);
      expect(fresh.errors).toEqual([]);
      expect(fresh.dialogs).toEqual([]);
    } finally {
      await fresh.context.close();
    }
  });

  it('walks back and forward through the steps (a typed swing stays in its step; a place is a step)', async () => {
    await page.goBack();
    await page.waitForSelector('#place-regions:not([hidden]) #region-detail .contest-outcome');
    await page.goBack();
    await waitForHash(page, '#v=1&d=kz-2023-akims&lang=ru&rule=russia-before-2006&tie=void&swing=2.5&end');
    await page.waitForFunction(() => !document.querySelector('#region-detail'));
    expect(await shownPlace(page)).toBe('regions');
    await page.goBack();
    await page.waitForSelector('#place-scenario:not([hidden])');
    await waitForHash(page, '#v=1&d=kz-2023-akims&lang=ru&rule=russia-before-2006&tie=void&swing=2.5&end');
    await page.goBack();
    await waitForHash(page, '#v=1&d=kz-2023-akims&lang=ru&rule=russia-before-2006&end');
    await page.waitForFunction(() => document.querySelector('#rule-tie')?.value === 'valid');
    expect(await page.inputValue('#swing-number')).toBe('0');
    await page.goBack();
    await waitForHash(page, '#v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&end');
    await page.waitForFunction(() => document.querySelector('#preset-beats-leader')?.checked);
    expect(await shownPlace(page)).toBe('scenario');
    for (let i = 0; i < 4; i++) await page.goForward();
    await waitForHash(page, '#v=1&d=kz-2023-akims&lang=ru&rule=russia-before-2006&tie=void&swing=2.5&region=west-kazakhstan&end');
    await page.waitForSelector('#region-detail .contest-outcome');
    expect(await shownPlace(page)).toBe('regions');
    expect(await settledTotals(page)).toEqual(sent.totals);
  });

  it('a language switch is a step of its own', async () => {
    await page.click('.language-switcher button[lang="en"]');
    await waitForHash(page, '#v=1&d=kz-2023-akims&lang=en&rule=russia-before-2006&tie=void&swing=2.5&region=west-kazakhstan&end');
    expect(await page.textContent('#copy-link')).toBe('Copy link');
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    expect(await page.textContent('#copy-link')).toBe('Копировать ссылку');
  });
});

describe('links that carry or name the user’s data', () => {
  let session;
  beforeAll(async () => {
    session = await startPage({ locale: 'en-US' });
  });
  afterAll(async () => {
    expect(foreignRequests(session.requests, session.url)).toEqual([]);
    await session?.close();
  });

  it('the sender’s own upload: the link carries it, and the receiver sees the same numbers', async () => {
    const page = session.page;
    await page.goto(session.url);
    await page.waitForSelector('#scenario-totals .outcome-stat', { state: 'attached' });
    await showPlace(page, 'file');
    await page.setInputFiles('#upload-file', csvPath);
    await page.waitForSelector('#upload[data-file="wide_stations.csv"][data-phase="mapping"]', { timeout: 30000 });
    await page.click('#upload-analyse');
    await page.waitForSelector('#upload-report-title', { timeout: 30000 });
    await showPlace(page, 'scenario');
    await page.click('label[for="preset-statistical"]');
    await page.fill('#swing-number', '3');
    await page.waitForFunction(() => document.querySelector('#link-contents')?.dataset.kind === 'embedded', null, { timeout: 10000 });
    expect(await page.textContent('#link-contents')).toMatch(/your data itself \(\d\.\d KB of link text\)/);
    const sentTotals = await settledTotals(page);
    const link = await page.inputValue('#share-link');
    const decoded = await sameAs(new URL(link).hash);
    expect(decoded.kind).toBe('embedded');
    expect(decoded.state.scenario).toEqual({ preset: 'statistical', rule: {}, swing: 3 });
    expect(Buffer.from(decoded.state.dataset.upload.bytes).equals(Buffer.from(csv))).toBe(true);
    const fresh = await freshPage(session, 'ru-RU');
    try {
      await fresh.page.goto(link);
      await fresh.page.waitForSelector('#upload-report-title', { timeout: 30000 });
      expect(await fresh.page.isChecked('#preset-statistical')).toBe(true);
      expect(await settledTotals(fresh.page)).toEqual(sentTotals);
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.context.close();
    }
  });

  it('a small file rides in the link: the receiver sees its data under the link’s rule', async () => {
    const state = { dataset: { upload: { name: 'wide_stations.csv', size: csv.length, mapping, bytes: csv } }, lang: 'en',
      scenario: { preset: 'statistical', rule: { tie: 'void' }, swing: 5 }, view: { ...emptyView, region: 'Север' } };
    const { fragment, kind } = await linkFromState(state);
    expect(kind).toBe('embedded');
    const fresh = await freshPage(session, 'ru-RU');
    try {
      await fresh.page.goto(`${session.url}#${fragment}`);
      await fresh.page.waitForSelector('#region-detail', { timeout: 30000 });
      expect(await fresh.page.locator('#region-detail-title').textContent()).toContain('Север');
      expect(await fresh.page.isChecked('#preset-statistical')).toBe(true);
      expect(await fresh.page.inputValue('#rule-tie')).toBe('void');
      expect(await fresh.page.locator('#upload').getAttribute('data-file')).toBe('wide_stations.csv');
      await fresh.page.waitForFunction(() => document.querySelector('#link-contents')?.dataset.kind === 'embedded');
      expect(await fresh.page.textContent('#link-contents')).toContain('your data itself');
      // The page writes the same link back: the same state (Chromium's deflate may pick other bytes than Node's).
      expect(await writtenBack(fresh.page)).toEqual(await sameAs(fragment));
      expect(await fresh.page.locator('#link-notice').count()).toBe(0);
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.context.close();
    }
  });

  it('a file named by its fingerprint: the receiver is asked for it, told plainly when it is another, and may go on', async () => {
    const big = bigStations(1);
    const state = { dataset: { upload: { name: 'stations.csv', size: big.length, mapping, bytes: new Uint8Array(big) } }, lang: 'en',
      scenario: { preset: 'beats-leader', rule: {}, swing: 1.5 }, view: emptyView };
    const { fragment, kind } = await linkFromState(state);
    expect(kind).toBe('named');
    const fresh = await freshPage(session, 'en-US');
    try {
      await fresh.page.goto(`${session.url}#${fragment}`);
      await fresh.page.waitForSelector('#link-file');
      expect(await fresh.page.textContent('#link-file')).toContain('open the same file');
      expect(await fresh.page.textContent('#link-file code')).toMatch(/^sha256:[0-9a-f]{64}$/);
      // Another file: said plainly, with the choice to go on.
      await fresh.page.setInputFiles('#link-file-input', { name: 'stations.csv', mimeType: 'text/csv', buffer: bigStations(2) });
      await fresh.page.waitForSelector('#link-file-mismatch');
      expect(await fresh.page.textContent('#link-file-mismatch')).toContain('is not the one the link names');
      expect(await fresh.page.inputValue('#swing-number')).toBe('1.5');
      // The right file: opened, checked, under the link's scenario.
      await fresh.page.setInputFiles('#link-file-input', { name: 'stations.csv', mimeType: 'text/csv', buffer: big });
      await fresh.page.waitForFunction(() => !document.querySelector('#link-file'), null, { timeout: 30000 });
      await fresh.page.waitForFunction(() => document.querySelector('#link-contents')?.dataset.kind === 'named', null, { timeout: 10000 });
      expect(await fresh.page.locator('#upload').getAttribute('data-file')).toBe('stations.csv');
      expect(await writtenBack(fresh.page)).toEqual(await sameAs(fragment));
      expect(await fresh.page.inputValue('#swing-number')).toBe('1.5');
      expect(await fresh.page.textContent('#link-contents')).toContain('the fingerprint of your file');
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.context.close();
    }
  });
});

describe('hostile links open the page with a message, and run nothing', () => {
  let session;
  beforeAll(async () => {
    session = await startPage({ locale: 'en-US' });
  });
  afterAll(async () => {
    expect(foreignRequests(session.requests, session.url)).toEqual([]);
    await session?.close();
  });

  const img = '<img src=x onerror=alert(1)>';
  const goodMap = 'bY5PSsQwHIWvUn7rLP1HrlJCiW2YBjKtJJmRoRSmA7PyAuJG0YVbrRSrQ-sVXm4krQsZcfv43vteRS6XV4o4XetMEaNcKyttmm-IxxUZtVaGOFm10GVBjNLSrJYFccIDOryhx4iBavaLZtp5q1N_BD_iFndHmPPS_518-qHElBVeOZ_8M7pU0q2scsSr-ZbzyqqMeEx4Rh8aHDBG6PGOV_Rhi5ewQ4cDOnywCC0GdKFBhwFDuAn7CG0UGnzN1RGfJBhdSmNK75JUOk88PmGngpEu1tLoSXQmGMmF1IXziTRmVt-HLcawQ482QjsJwp5EzSiVRaYz6afD8Tm7EPU3';
  const js = 'javascript:alert(1)';
  const cases = [
    ['markup and script URLs in every field', `v=1&d=kz-2023-akims&lang=${js}&rule=${img}&blank=${img}&validity=${js}&validity_pct=${img}&validity_base=${js}&turnout=${img}&winner_min=${js}&tie=${img}&max_invalid=${js}&swing=${img}&region=${img}&sort=${js}&finding=${img}&findings=${js}&${img}=${js}&end`,
      ['link.bad_value', 'link.unknown_field', 'link.unknown_region', 'link.unknown_finding']],
    ['a damaged mapping', `v=1&d=upload&name=${img}&size=1&file=sha256:${'a'.repeat(64)}&map=${js}&end`, ['link.bad_base64']],
    ['a file name with markup', `v=1&d=upload&name=${img}&size=1&file=sha256:${'a'.repeat(64)}&colour=${img}&map=${goodMap}&end`, ['link.unknown_field']],
    ['an unknown version', 'v=9&d=kz-2023-akims&end', ['link.unknown_version']],
    ['a link of 100 KB', `v=1&d=kz-2023-akims&region=${'x'.repeat(100 * 1024)}&end`, ['link.too_long']],
    ['a truncated link', 'v=1&d=kz-2023-akims&lang=en&rule=statistical&swing=2', ['link.truncated']],
    ['bad deflate in the data', `v=1&d=upload&name=a.csv&size=3&file=sha256:${'b'.repeat(64)}&map=bY5PSsQwHIWvUn7rLP1HrlJCiW2YBjKtJJmRoRSmA7PyAuJG0YVbrRSrQ-sVXm4krQsZcfv43vteRS6XV4o4XetMEaNcKyttmm-IxxUZtVaGOFm10GVBjNLSrJYFccIDOryhx4iBavaLZtp5q1N_BD_iFndHmPPS_518-qHElBVeOZ_8M7pU0q2scsSr-ZbzyqqMeEx4Rh8aHDBG6PGOV_Rhi5ewQ4cDOnywCC0GdKFBhwFDuAn7CG0UGnzN1RGfJBhdSmNK75JUOk88PmGngpEu1tLoSXQmGMmF1IXziTRmVt-HLcawQ482QjsJwp5EzSiVRaYz6afD8Tm7EPU3&data=AAAAAAAA&end`, ['link.bad_deflate']],
  ];

  for (const [name, fragment, codes] of cases) {
    it(name, async () => {
      const fresh = await freshPage(session, 'en-US');
      try {
        await fresh.page.goto(`${session.url}#${fragment}`);
        await fresh.page.waitForSelector('#link-notice');
        await fresh.page.waitForSelector('#scenario-totals .outcome-stat', { state: 'attached' });
        await fresh.page.waitForTimeout(300);
        const shown = (await fresh.page.getAttribute('#link-notice', 'data-codes')).split(' ');
        for (const code of codes) expect(shown, name).toContain(code);
        expect(await fresh.page.textContent('#link-notice-title')).toBe('This link could not be opened exactly');
        // What the link carried appears as text, never as markup.
        expect(await fresh.page.locator('img[src="x"], #link-notice img, #link-file img').count()).toBe(0);
        if (name === 'a file name with markup') expect(await fresh.page.textContent('#link-file')).toContain(img);
        if (name.startsWith('markup')) expect(await fresh.page.textContent('#link-notice')).toContain(img);
        expect(await fresh.page.evaluate(() => [...document.querySelectorAll('a[href^="javascript:"], [onerror]')].length)).toBe(0);
        await fresh.page.waitForTimeout(300);
        expect(fresh.dialogs).toEqual([]);
        expect(fresh.errors).toEqual([]);
        // The nearest sane state: the page works, and its link no longer carries what was refused.
        expect(await fresh.page.locator('#scenario-totals .outcome-stat').count()).toBe(4);
        const now = await hash(fresh.page);
        if (!fragment.includes('d=upload')) expect(now).not.toMatch(/<img|javascript:/);
      } finally {
        await fresh.context.close();
      }
    });
  }
});
