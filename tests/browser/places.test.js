// The page's places (issue 15, item 1): every place reached from the navigation and from a link,
// the item a scenario link names brought into view, the scenario's result in view on a 360 px phone
// after a preset change, and axe-core with the navigation on the page.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startPage, axeViolations } from './harness.js';

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

    it('reaches every place from the navigation, the place marked as the one in view', async () => {
      for (const place of [...places.slice(1), places[0]]) {
        await page.click(`#nav-${place}`);
        expect(await waitInView(page, `#place-${place}`), place).toBe(true);
        await page.waitForFunction((p) => document.querySelector(`#nav-${p}`).getAttribute('aria-current') === 'location', place);
        // The address bar keeps the scenario link: the navigation does not replace it.
        expect(await page.evaluate(() => window.location.hash)).toMatch(/^#v=1&/);
      }
    });

    it('passes axe-core with the navigation on the page', async () => {
      expect(await axeViolations(page)).toEqual([]);
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

  it('opens each place a link names (#place-…)', async () => {
    const { page } = session;
    for (const place of places.slice(1)) {
      await page.goto(`${session.url}?p=${place}#place-${place}`);
      await page.waitForSelector('#national');
      expect(await waitInView(page, `#place-${place}`), place).toBe(true);
    }
  });

  it('a scenario link naming a region opens the regions place with that region’s contests in view', async () => {
    const { page } = session;
    await page.goto(`${session.url}?r=1#v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&region=west-kazakhstan&end`);
    await page.waitForSelector('#region-detail-title');
    expect(await waitInView(page, '#region-detail-title')).toBe(true);
    expect(await page.textContent('#region-detail-title')).toContain('Западно-Казахстанская');
  });

  it('a scenario link naming a finding opens the findings with that finding in view', async () => {
    const { page } = session;
    await page.goto(`${session.url}?f=0`);
    await page.waitForSelector('#findings [id^="finding-"]');
    const ids = await page.$$eval('#findings [id^="finding-"]', (els) => els.map((e) => e.id.replace(/^finding-/, '')));
    const last = ids[ids.length - 1];
    await page.goto(`${session.url}?f=1#v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&finding=${encodeURIComponent(last)}&end`);
    await page.waitForSelector(`#finding-${last}`);
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
    await page.click('#nav-scenario');
    await waitInView(page, '#place-scenario');
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
