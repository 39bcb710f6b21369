// The page's places (issue 15, item 1): one place shown at a time, every place reached from the
// navigation and from a link, back returning to the place before, the item a scenario link or a
// finding names brought into view in its place, the scenario's result in view on a 360 px phone
// after a preset change, each place far shorter than the one long page was, and axe-core.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startPage, axeViolations, showPlace } from './harness.js';

const places = ['overview', 'scenario', 'regions', 'findings', 'sources', 'file'];

/** Whether the element's top is inside the viewport and not under the navigation. */
async function inView(page, selector) {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const nav = document.querySelector('.place-nav').getBoundingClientRect();
    const tabBar = nav.top > window.innerHeight / 2; // a phone's tab bar at the bottom, else a bar at the top
    const top = tabBar ? 0 : Math.max(0, nav.bottom);
    const bottom = tabBar ? nav.top : window.innerHeight;
    return box.top >= top - 1 && box.top < bottom && box.height > 0;
  }, selector);
}

/** The places the page shows now (not hidden), by name. */
async function shownPlaces(page) {
  return page.$$eval('[data-place]', (els) => els.filter((e) => !e.hidden && e.getClientRects().length > 0).map((e) => e.dataset.place));
}

// The page's height when every place was drawn one under another (main before issue 15, kz-2023-akims, ru).
const onePageHeight = { 1280: 12201, 360: 27147 };

async function waitInView(page, selector) {
  await page.waitForFunction(
    (sel) => {
      const element = document.querySelector(sel);
      if (!element) return false;
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    },
    selector,
    { timeout: 15000 },
  );
  // Smooth scrolling has settled when two frames agree.
  await page.waitForFunction(() => new Promise((resolve) => {
    const y = window.scrollY;
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY === y)));
  }));
  return inView(page, selector);
}

for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
  describe(`places at ${viewport.width} px`, () => {
    let session;
    let page;
    beforeAll(async () => {
      session = await startPage({ locale: 'ru-RU', viewport });
      page = session.page;
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(session.url);
      await page.waitForSelector('#national');
      await page.waitForSelector('#overview-glance [data-outcome="valid"]');
    });
    afterAll(async () => session && session.close());

    it('the first screen answers the main questions: against all, its share, and what the rule decides', async () => {
      expect(await inView(page, '#national')).toBe(true);
      const first = await page.evaluate(() => {
        const shown = (sel) => {
          const box = document.querySelector(sel).getBoundingClientRect();
          return box.bottom <= window.innerHeight;
        };
        return { share: shown('#national .stat--emphasis'), nav: shown('.place-nav') };
      });
      expect(first.nav).toBe(true);
      if (viewport.width >= 1280) expect(await page.evaluate(() => document.querySelector('#overview-glance').getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    });

    it('shows one place at a time, each reached from the navigation and marked there', async () => {
      for (const place of [...places.slice(1), places[0]]) {
        await showPlace(page, place);
        expect(await shownPlaces(page), place).toEqual([place]);
        expect(await waitInView(page, `#place-${place}`), place).toBe(true);
        expect(await page.getAttribute(`#nav-${place}`, 'aria-current'), place).toBe('page');
        expect(await page.$$eval('.place-nav [aria-current]', (els) => els.length)).toBe(1);
        // The address bar keeps the scenario link: the navigation does not replace it.
        expect(await page.evaluate(() => window.location.hash)).toMatch(/^#v=1&/);
      }
    });

    it('each place is far shorter than the one long page was; the overview is at most two screens wide-screen', async () => {
      const heights = {};
      for (const place of places) {
        await showPlace(page, place);
        heights[place] = await page.evaluate(() => document.documentElement.scrollHeight);
      }
      for (const place of places) expect(heights[place], place).toBeLessThan(onePageHeight[viewport.width] / 2);
      if (viewport.width >= 1280) expect(heights.overview).toBeLessThanOrEqual(2 * viewport.height);
      else expect(heights.overview).toBeLessThanOrEqual(5 * viewport.height);
      await showPlace(page, 'overview');
    });

    it('passes axe-core with the navigation on the page, in the overview and in the regions', async () => {
      expect(await axeViolations(page)).toEqual([]);
      await showPlace(page, 'regions');
      expect(await axeViolations(page)).toEqual([]);
      await showPlace(page, 'overview');
    });

    it('prints every place, one after another, without the navigation', async () => {
      await page.emulateMedia({ media: 'print' });
      try {
        const printed = await page.evaluate(() => ({
          places: [...document.querySelectorAll('[data-place]')].filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.dataset.place),
          nav: getComputedStyle(document.querySelector('.place-nav')).display,
        }));
        expect(printed.places).toEqual(places);
        expect(printed.nav).toBe('none');
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
      expect(await shownPlaces(page)).toHaveLength(1);
    });

    it('the keyboard reaches the navigation and switches the place with it', async () => {
      await page.focus('#nav-overview');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement.id)).toBe('nav-scenario');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#place-scenario:not([hidden])');
      expect(await shownPlaces(page)).toEqual(['scenario']);
      await showPlace(page, 'overview');
    });
  });
}

describe('places from a link', () => {
  let session;
  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU', viewport: { width: 360, height: 740 } });
    await session.page.emulateMedia({ reducedMotion: 'reduce' });
  });
  afterAll(async () => session && session.close());

  it('opens each place a link names (#place-…), that place alone shown', async () => {
    const { page } = session;
    for (const place of places.slice(1)) {
      await page.goto(`${session.url}?p=${place}#place-${place}`);
      await page.waitForSelector('#national', { state: 'attached' });
      await page.waitForSelector(`#place-${place}:not([hidden])`);
      expect(await waitInView(page, `#place-${place}`), place).toBe(true);
      expect(await shownPlaces(page), place).toEqual([place]);
      // Then the address bar holds the scenario link again, and a reload stays in the place.
      await page.waitForFunction(() => window.location.hash.startsWith('#v=1&'));
      await page.reload();
      await page.waitForSelector(`#place-${place}:not([hidden])`);
      expect(await shownPlaces(page), place).toEqual([place]);
    }
  });

  it('back returns to the place before, forward to the one after', async () => {
    const { page } = session;
    await page.goto(`${session.url}?b=1`);
    await page.waitForSelector('#overview-glance [data-outcome="valid"]');
    await page.waitForFunction(() => window.location.hash.startsWith('#v=1&'));
    await showPlace(page, 'scenario');
    await showPlace(page, 'findings');
    await page.goBack();
    await page.waitForSelector('#place-scenario:not([hidden])');
    expect(await shownPlaces(page)).toEqual(['scenario']);
    await page.goBack();
    await page.waitForSelector('#place-overview:not([hidden])');
    expect(await shownPlaces(page)).toEqual(['overview']);
    await page.goForward();
    await page.waitForSelector('#place-scenario:not([hidden])');
    expect(await shownPlaces(page)).toEqual(['scenario']);
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#v=1&/);
  });

  it('a finding’s unit link switches to the regions place, the unit in view', async () => {
    const { page } = session;
    await page.goto(`${session.url}?u=1`);
    await page.waitForSelector('#overview-glance [data-outcome="valid"]');
    await showPlace(page, 'findings');
    // A unit below the country (the country's own link goes to the overview).
    const link = page.locator('#findings .unit-link:not([href="#unit-kz"])').first();
    const name = (await link.textContent()).trim();
    await link.click();
    await page.waitForSelector('#place-regions:not([hidden])');
    expect(await shownPlaces(page)).toEqual(['regions']);
    expect(await page.getAttribute('#nav-regions', 'aria-current')).toBe('page');
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
    expect(focused).toMatch(/^(region-detail-title|unit-|national-title)/);
    expect(await waitInView(page, `#${focused}`)).toBe(true);
    expect(await page.textContent('#place-regions')).toContain(name);
  });

  it('a scenario link naming a region opens the regions place with that region’s contests in view', async () => {
    const { page } = session;
    await page.goto(`${session.url}?r=1#v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&region=west-kazakhstan&end`);
    await page.waitForSelector('#region-detail-title');
    expect(await shownPlaces(page)).toEqual(['regions']);
    expect(await waitInView(page, '#region-detail-title')).toBe(true);
    expect(await page.textContent('#region-detail-title')).toContain('Западно-Казахстанская');
  });

  it('a scenario link naming a finding opens the findings with that finding in view', async () => {
    const { page } = session;
    await page.goto(`${session.url}?f=0`);
    await page.waitForSelector('#findings [id^="finding-"]', { state: 'attached' });
    const ids = await page.$$eval('#findings [id^="finding-"]', (els) => els.map((e) => e.id.replace(/^finding-/, '')));
    const last = ids[ids.length - 1];
    await page.goto(`${session.url}?f=1#v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&finding=${encodeURIComponent(last)}&end`);
    await page.waitForSelector(`#finding-${last}`);
    expect(await shownPlaces(page)).toEqual(['findings']);
    expect(await waitInView(page, `#finding-${last}`)).toBe(true);
  });
});

describe('the scenario on a 360 px phone', () => {
  let session;
  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU', viewport: { width: 360, height: 740 } });
    await session.page.emulateMedia({ reducedMotion: 'reduce' });
  });
  afterAll(async () => session && session.close());

  it('shows the result of a preset change without scrolling: the glance stays in view over the form', async () => {
    const { page } = session;
    await page.goto(session.url);
    await page.waitForSelector('#overview-glance [data-outcome="valid"]');
    await showPlace(page, 'scenario');
    const before = await page.textContent('#scenario-glance');
    // The preset is tapped where it is, far down the list; nothing is scrolled after the tap.
    const preset = page.locator('input[name="preset"][value="russia-before-2006"]');
    await preset.scrollIntoViewIfNeeded();
    await preset.check();
    await page.waitForFunction((was) => document.querySelector('#scenario-glance').textContent !== was, before);
    // Both on the screen at once: the preset just tapped and the result it gives.
    expect(await inView(page, '#scenario-glance')).toBe(true);
    expect(await page.evaluate(() => {
      const box = document.querySelector('input[name="preset"][value="russia-before-2006"]').getBoundingClientRect();
      return box.top >= 0 && box.bottom <= document.querySelector('.place-nav').getBoundingClientRect().top;
    })).toBe(true);
    expect(await page.textContent('#scenario-glance')).toContain('Россия до 2006');
    expect(await page.textContent('#scenario-glance')).toMatch(/не состоялись \d/);
  });
});
