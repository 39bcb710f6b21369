// The catalogue of broken uploads (tests/fixtures/bad-csv/catalogue.json) through the page: each
// file is given to the real file input, read by the real core in its worker, and ends in its
// documented error (translated, with its code) or its documented problems, line by line.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPage, foreignRequests, showPlace } from './harness.js';
import { catalogueBytes } from '../support/encodings.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const catalogue = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/bad-csv/catalogue.json'), 'utf8'));



describe('bad-input catalogue through the page (Chromium, Russian)', () => {
  let session;
  let page;
  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU' });
    page = session.page;
    await page.goto(session.url);
    await page.waitForSelector('#upload-file', { state: 'attached', timeout: 30000 });
  });
  afterAll(async () => {
    expect(session.pageErrors).toEqual([]);
    expect(foreignRequests(session.requests, session.url)).toEqual([]);
    await session.close();
  });

  // Cases that edit the suggested mapping are the mapping editor's to test (upload.test.js);
  // here every file goes through as the page suggests.
  for (const c of catalogue.filter((entry) => !entry.mapping_patch)) {
    it(`${c.name}: ${c.about}`, async () => {
      const name = `${c.name}.csv`;
      await showPlace(page, 'file');
      await page.setInputFiles('#upload-file', { name, mimeType: 'text/csv', buffer: Buffer.from(catalogueBytes(c)) });
      await page.waitForSelector(`#upload[data-file="${name}"]:is([data-phase="mapping"], [data-phase="failed"])`, { timeout: 30000 });
      const expectError = async () => {
        expect(await page.locator('#upload .error-code code').textContent()).toBe(c.error.code);
        const message = await page.locator('#upload-error-message').textContent();
        expect(message.length).toBeGreaterThan(5);
        expect(message).not.toContain('error.'); // a translated sentence, not a key
        const location = await page.locator('#upload-error-location').textContent();
        // A file that is not a table has no line: its location names the file and the format found.
        if (c.error.line) expect(location).toContain(`строка ${c.error.line}`);
        else expect(location).toContain(name);
      };
      if (c.error && c.error.stage === 'inspect') return expectError();
      if (c.header_problems) {
        const items = page.locator('#header-problems li');
        expect(await items.count()).toBe(c.header_problems.length);
        expect(await items.first().getAttribute('data-code')).toBe(c.header_problems[0].code);
        expect(await items.first().textContent()).toContain(String(c.header_problems[0].column + 1));
      }
      await page.click('#upload-analyse');
      await page.waitForSelector('#upload-report-title, #mapping-errors li, #upload-error-title', { timeout: 60000 });
      if (c.error) return expectError();
      const stat = (key) => page.locator(`.report-stats [data-stat="${key}"] .stat__value`).textContent();
      expect(await stat('rows')).toBe(String(c.rows));
      expect(await stat('rows_used')).toBe(String(c.rows_used));
      if (c.problems) {
        const rows = page.locator('#problem-table tbody tr');
        expect(await rows.count()).toBe(c.problems.length);
        for (const [i, p] of c.problems.entries()) {
          expect(await rows.nth(i).getAttribute('data-code')).toBe(p.code);
          const cells = await rows.nth(i).locator('td').allTextContents();
          expect(cells[0]).toBe(String(p.line));
          expect(cells[1]).toBe(String(p.column));
          expect(cells[3]).not.toMatch(/^error\./); // the problem is described in words
        }
      }
    });
  }
});
