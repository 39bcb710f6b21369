// The results explorer as a user meets it: the built page (dist/) in Chromium, on the real wasm core.
// Numbers are asserted exactly as shown, with U+00A0 no-break spaces (web/src/i18n/format.js).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startPage, foreignRequests, showPlace } from './harness.js';

const NBSP = '\u00a0';

/** Region ids in the order the table shows them. */
const rowOrder = (page) => page.$$eval('.region-table tbody tr', (rows) => rows.map((r) => r.dataset.unit));
const text = (page, selector) => page.locator(selector).first().innerText();
const headerFor = (page, label) => page.locator('.region-table thead th', { hasText: label });
/** Focus moves after the render (an effect), so wait for it rather than read it at once. */
const focusedId = async (page, pattern) => {
  await page.waitForFunction((source) => new RegExp(source).test(document.activeElement.id), pattern.source);
  return page.evaluate(() => document.activeElement.id);
};

describe('results explorer (Russian browser, desktop)', () => {
  let session;
  let page;

  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU' });
    page = session.page;
    await page.goto(session.url);
    await page.waitForSelector('.region-table tbody tr', { state: 'attached' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads the bundled data: 17 region rows and the national figures, in Russian', async () => {
    expect(await page.locator('.region-table tbody tr').count()).toBe(17);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await text(page, 'h1')).toContain('Выборы акимов районов');
    const national = await text(page, '#national .stats');
    expect(national).toContain(`654${NBSP}443`);
    expect(national).toContain(`14${NBSP}267`);
    expect(national).toContain(`2,2${NBSP}%`);
    expect(national).toContain('45');
    expect(national).toContain('17');
    const completeness = await text(page, '.completeness');
    expect(completeness).toMatch(/\d+ из 45/);
    expect(await page.title()).toContain('Против всех');
  });

  it('shows every region as the engine gives it: unknown as a dash, marks for mismatches and disputes', async () => {
    await showPlace(page, 'regions');
    const wko = await text(page, '#row-west-kazakhstan');
    expect(wko).toContain('Западно-Казахстанская область');
    expect(wko).toContain(`16${NBSP}437`);
    expect(wko).toContain(`3,71${NBSP}%`);
    expect(wko).toContain(`6,4${NBSP}%`);
    expect(await page.locator('#row-west-kazakhstan .badge--mismatch').count()).toBe(1);
    expect(await page.locator('#row-west-kazakhstan .badge--disagreement').count()).toBe(1);
    expect(await page.locator('#row-abai .badge--mismatch').count()).toBe(0);
  });

  it('sorts by a column when its heading is clicked, and says so in aria-sort', async () => {
    const share = headerFor(page, 'Доля, пересчёт');
    expect(await share.getAttribute('aria-sort')).toBe('none');
    await share.locator('button').click();
    expect(await share.getAttribute('aria-sort')).toBe('descending');
    const order = await rowOrder(page);
    expect(order.slice(0, 3)).toEqual(['abai', 'pavlodar', 'north-kazakhstan']);
    expect(order[16]).toBe('kyzylorda');
    const ranks = await page.$$eval('.region-table tbody tr td:nth-child(6) [aria-hidden="true"]', (cells) =>
      cells.map((c) => c.textContent.trim()),
    );
    expect(ranks).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));

    await share.locator('button').click();
    expect(await share.getAttribute('aria-sort')).toBe('ascending');
    expect((await rowOrder(page))[0]).toBe('kyzylorda');
  });

  it('sorts from the keyboard: Tab to a heading, Enter and Space', async () => {
    const against = headerFor(page, 'Против всех');
    await against.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await against.getAttribute('aria-sort')).toBe('descending');
    expect((await rowOrder(page))[0]).toBe('turkestan');
    expect(await headerFor(page, 'Доля, пересчёт').getAttribute('aria-sort')).toBe('none');
    await page.keyboard.press('Space');
    expect(await against.getAttribute('aria-sort')).toBe('ascending');
    expect((await rowOrder(page))[0]).toBe('kyzylorda');

    // Tab order reaches the next heading's button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await headerFor(page, 'Проголосовали').getAttribute('aria-sort')).toBe('descending');
    expect((await rowOrder(page))[0]).toBe('turkestan');
  });

  it('drills down into a region with contests and candidates (West Kazakhstan)', async () => {
    await page.click('#open-west-kazakhstan');
    const detail = page.locator('#region-detail');
    await detail.waitFor();
    expect(await focusedId(page, /^region-detail-title$/)).toBe('region-detail-title');
    expect(await page.getAttribute('#open-west-kazakhstan', 'aria-expanded')).toBe('true');
    expect(await detail.locator('h2').innerText()).toContain('Западно-Казахстанская область');
    expect(await detail.locator('article.contest').count()).toBe(3);

    const bokeyorda = detail.locator('[id="unit-west-kazakhstan/bokeyorda"]');
    const card = await bokeyorda.innerText();
    expect(card).toContain('Бокейординский район');
    expect(card).toContain('Даумов Нурлыбек');
    expect(card).toContain(`4${NBSP}660`);
    expect(card).toContain(`77,1${NBSP}%`); // share of valid votes
    expect(card).toContain(`4${NBSP}482`); // the leader's margin over against all
    expect(await bokeyorda.locator('.candidate-table tbody tr').count()).toBe(4); // 3 candidates + against all

    // A derived figure is marked and says how it was derived.
    const taskala = detail.locator('[id="unit-west-kazakhstan/taskala"]');
    const derived = taskala.locator('.badge--derived').first();
    expect(await derived.locator('[aria-hidden="true"]').innerText()).toBe('расч.');
    expect(await derived.getAttribute('title')).toMatch(/^Выведено: итог уровнем выше минус остальные единицы; исходные числа — против всех: Западно-Казахстанская/);
    expect(await derived.locator('.sr-only').textContent()).toBe(await derived.getAttribute('title'));

    // Every figure names its source, which is an anchor in the sources list.
    const ref = bokeyorda.locator('a.source-ref').first();
    expect(await ref.getAttribute('href')).toBe('#source-mgorod-zko');
    expect(await page.locator('#source-mgorod-zko').count()).toBe(1);

    await page.click('#region-detail .close-button');
    expect(await page.locator('#region-detail').count()).toBe(0);
    expect(await focusedId(page, /^open-west-kazakhstan$/)).toBe('open-west-kazakhstan');
  });

  it('drills down into North Kazakhstan: three contests whose against-all adds up to the region', async () => {
    await page.click('#open-north-kazakhstan');
    const detail = page.locator('#region-detail');
    await detail.waitFor();
    const all = await detail.innerText();
    for (const n of ['724', '416', '181', `1${NBSP}321`, 'Мухамедияров Мереке']) expect(all).toContain(n);
    expect(await detail.locator('.notice--totals-only').count()).toBe(0);
  });

  it('says "region totals only" where no contest has figures (Aktobe), and shows a remainder where some do (Akmola)', async () => {
    await page.click('#open-aktobe');
    const notice = page.locator('#region-detail .notice--totals-only');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Только итоги по региону');
    expect(await page.locator('#region-detail h2').innerText()).toContain('Актюбинская область');

    await page.click('#open-akmola');
    await page.locator('#region-detail h2', { hasText: 'Акмолинская' }).waitFor();
    expect(await page.locator('#region-detail .notice--totals-only').count()).toBe(0);
    const remainder = await text(page, '#region-detail .contest--remainder');
    expect(remainder).toContain(`44${NBSP}319`);
    expect(remainder).toContain(`1${NBSP}891`);
    expect(remainder).toContain('Аккольский район');
  });

  it('lists every finding with a translated message, and links each back to its units', async () => {
    await showPlace(page, 'findings');
    const items = page.locator('#findings .finding');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    expect(await text(page, '#findings .panel__count')).toContain(String(count));
    for (const message of await items.locator('.finding__message').allInnerTexts()) {
      expect(message).not.toMatch(/[{}]|finding\./);
    }
    const disagreement = await text(page, '#findings .finding:has-text("kazinform-sko")');
    expect(disagreement).toContain(`23${NBSP}451 (article) и 24${NBSP}061 (kazinform-sko)`);
    expect(disagreement).toContain('Северо-Казахстанская область');
    expect(await page.locator('#findings .finding--error').count()).toBeGreaterThan(0);
  });

  it('reaches a region’s findings from its row, and the region from its finding', async () => {
    await showPlace(page, 'regions');
    await page.click('#row-north-kazakhstan .marker');
    await page.waitForSelector('#place-findings:not([hidden])');
    const notice = page.locator('#findings .filter-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Северо-Казахстанская область');
    const shown = page.locator('#findings .finding');
    expect(await shown.count()).toBe(1);
    const focused = await focusedId(page, /^finding-F\d+$/);
    expect(await page.locator(`#${focused}`).getAttribute('aria-current')).toBe('true');
    expect(await page.locator('#row-north-kazakhstan').getAttribute('class')).toContain('is-highlighted');

    await shown.locator('a.unit-link').first().click();
    await page.locator('#region-detail h2', { hasText: 'Северо-Казахстанская' }).waitFor();
    expect(await page.getAttribute('#nav-regions', 'aria-current')).toBe('page');

    await showPlace(page, 'findings');
    await page.click('#findings .filter-notice button');
    expect(await page.locator('#findings .finding').count()).toBeGreaterThan(1);
  });

  it('opens a contest named by a finding inside its region, and focuses it', async () => {
    const link = page.locator('#findings a.unit-link[href*="/"]').first();
    const target = (await link.getAttribute('href')).slice(1); // "unit-<region>/<contest>"
    const region = target.slice('unit-'.length).split('/')[0];
    await link.click();
    expect(await focusedId(page, new RegExp(`^${target}$`))).toBe(target);
    await page.waitForSelector('#place-regions:not([hidden])');
    expect(await page.locator('#region-detail').getAttribute('aria-labelledby')).toBe('region-detail-title');
    expect(await page.getAttribute(`#open-${region}`, 'aria-expanded')).toBe('true');
  });

  it('switches to English and to Kazakh, numbers and names included', async () => {
    await page.click('.language-switcher button[lang="en"]');
    await page.locator('h1', { hasText: 'Elections of district akims' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    let national = await text(page, '#national .stats');
    expect(national).toContain('654,443');
    expect(national).toContain('14,267');
    expect(national).toContain('2.2%');
    expect(await text(page, '#row-west-kazakhstan')).toContain('West Kazakhstan Region');
    expect(await headerFor(page, 'Share, recomputed').count()).toBe(1);
    expect(await page.getAttribute('.language-switcher button[lang="en"]', 'aria-pressed')).toBe('true');

    await page.click('.language-switcher button[lang="kk"]');
    await page.locator('h1', { hasText: 'Аудандар мен облыстық' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    national = await text(page, '#national .stats');
    expect(national).toContain(`654${NBSP}443`);
    expect(national).toContain(`14${NBSP}267`);
    expect(national).toContain('2,2%');
    expect(await text(page, '#row-west-kazakhstan')).toContain('Батыс Қазақстан облысы');
    expect(await text(page, '#findings h2')).toBe('Тексеру ескертулері');

    await page.click('.language-switcher button[lang="ru"]');
    await page.locator('h1', { hasText: 'Выборы акимов' }).waitFor();
  });

  it('lists the data sources with plain links, and nothing left localhost', async () => {
    await showPlace(page, 'sources');
    const sources = page.locator('#sources li');
    expect(await sources.count()).toBeGreaterThan(10);
    expect(await page.locator('#sources a[href^="https://"]').count()).toBeGreaterThan(10);
    // The notes in the reader's language (Russian here), written in it: no lang mark of a fallback.
    const note = page.locator('#source-elkz .source-list__note');
    expect(await note.innerText()).toContain('итоги ЦИК: 125 кандидатов, явка 62,79 %');
    expect(await note.getAttribute('lang')).toBeNull();
    expect(await text(page, '#source-article')).toContain('Цифры статьи собраны из официальных итогов');
    expect(session.pageErrors.map(String)).toEqual([]);
    expect(foreignRequests(session.requests, session.url)).toEqual([]);
  });
});

describe('results explorer (other browsers and screens)', () => {
  it('opens in Kazakh for a Kazakh browser and in English for an English one', async () => {
    const session = await startPage({ locale: 'kk-KZ' });
    try {
      await session.page.goto(session.url);
      await session.page.waitForSelector('.region-table tbody tr', { state: 'attached' });
      expect(await session.page.getAttribute('html', 'lang')).toBe('kk');
      const english = await session.browser.newContext({ locale: 'en-US' });
      const page = await english.newPage();
      await page.goto(session.url);
      await page.waitForSelector('.region-table tbody tr', { state: 'attached' });
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('#national .stats').innerText()).toContain('654,443');
      await english.close();
      expect(foreignRequests(session.requests, session.url)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('fits a 360 px screen: no sideways scrolling, regions as cards, a sort control that works', async () => {
    const session = await startPage({ locale: 'ru-RU', viewport: { width: 360, height: 740 } });
    try {
      const { page } = session;
      await page.goto(session.url);
      await showPlace(page, 'regions');
      await page.waitForSelector('.region-table tbody tr');
      const width = () => page.evaluate(() => document.documentElement.scrollWidth);
      expect(await width()).toBeLessThanOrEqual(360);
      expect(await page.locator('#region-sort').isVisible()).toBe(true);
      await page.selectOption('#region-sort', 'share');
      expect((await rowOrder(page))[0]).toBe('abai');
      await page.click('#open-west-kazakhstan');
      await page.locator('#region-detail').waitFor();
      expect(await width()).toBeLessThanOrEqual(360);
      expect(session.pageErrors.map(String)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('results explorer (a broken dataset)', () => {
  it('shows the engine’s error translated, with file, line, column and the offending text', async () => {
    const session = await startPage({ locale: 'en-US' });
    try {
      const { page } = session;
      // The bundled CSV travels inside the page's script; damage one count on its way to the browser.
      await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('abai,against_all,745,article', 'abai,against_all,7x5,article');
        await route.fulfill({ response, body });
      });
      await page.goto(session.url);
      const alert = page.locator('[role="alert"]');
      await alert.waitFor();
      const shown = await alert.innerText();
      expect(shown).toContain('The data could not be read');
      expect(shown).toContain('The value is not a whole number.');
      expect(shown).toMatch(/file figures\.csv, line \d+, column \d+, field “value”, value “7x5”/);
      expect(shown).toContain('value.not_integer');
      expect(await page.locator('.region-table').count()).toBe(0);
      expect(session.pageErrors.map(String)).toEqual([]);
      expect(foreignRequests(session.requests, session.url)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
