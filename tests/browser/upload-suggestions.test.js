// The suggestion's questions and the conventions found from the numbers, as a user meets them: a
// file through the real file input, the real wasm core; one click answers a question or applies a
// reading, and the page's figures follow. Screenshots at 1280 and 360 px go to build/screenshots/.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPage, showPlace } from './harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shots = path.join(root, 'build/screenshots');

const partyLists = Buffer.from(
  [
    'region_name,municipality_name,ГЕРБ,БСП,не подкрепям никого,невалидни,eligible_voters,total',
    'Варна,Аврен,100,50,8,3,400,161',
    'Варна,Аксаково,80,20,4,2,300,106',
    'Русе,Русе,90,90,9,9,500,198',
  ].join('\n'),
);

const eciLike = Buffer.from(
  [
    'State Name,PC Name,Candidate Name,Votes Secured - General,Votes Secured - Postal,Votes Secured - Total,Total Votes Polled In The Constituency,Valid Votes,Total Electors',
    'Goa,North Goa,A,900,10,910,1200,1110,2000',
    'Goa,North Goa,B,190,10,200,1200,1110,2000',
    'Goa,North Goa,NOTA,89,1,90,1200,1110,2000',
    'Goa,South Goa,C,500,0,500,1000,950,1800',
    'Goa,South Goa,D,450,0,450,1000,950,1800',
    'Goa,South Goa,NOTA,50,0,50,1000,950,1800',
  ].join('\n'),
);

async function openFile(page, name, buffer) {
  await showPlace(page, 'file');
  await page.setInputFiles('#upload-file', { name, mimeType: 'text/csv', buffer });
  await page.waitForSelector(`#upload[data-file="${name}"][data-phase="mapping"]`, { timeout: 30000 });
}

for (const [width, locale] of [
  [1280, 'ru-RU'],
  [360, 'en-GB'],
]) {
  describe(`suggestion questions and conventions (${locale}, ${width} px)`, () => {
    let session;
    let page;

    beforeAll(async () => {
      fs.mkdirSync(shots, { recursive: true });
      session = await startPage({ locale, viewport: { width, height: 900 } });
      page = session.page;
      await page.goto(session.url);
      await page.waitForSelector('#national');
    });
    afterAll(async () => {
      await session?.close();
    });

    it('asks what the file does not settle, one click an answer', async () => {
      await openFile(page, 'party-lists.csv', partyLists);
      const questions = page.locator('#suggestion-questions .suggestion-question');
      expect(await questions.count()).toBe(2);
      const contest = page.locator('#suggestion-questions [data-field="contest_level"]');
      expect(await contest.locator('[aria-pressed="true"]').getAttribute('data-answer')).toBe('country');
      await page.locator('#suggestion-questions').screenshot({ path: path.join(shots, `questions-${locale}-${width}.png`) });
      await contest.locator('[data-answer="region"]').click();
      expect(await contest.locator('[aria-pressed="true"]').getAttribute('data-answer')).toBe('region');
      // The page stays within the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.click('#upload-analyse');
      await page.waitForSelector('#upload-report-title', { timeout: 60000 });
    });

    it('says valid votes leave NOTA out, and one click reads them right', async () => {
      await openFile(page, 'eci.csv', eciLike);
      expect(await page.locator('#suggestion-questions').count()).toBe(0);   // every choice sure
      await page.click('#upload-analyse');
      await page.waitForSelector('#convention-offers', { timeout: 60000 });
      const offer = page.locator('[data-code="convention.valid_votes_exclude_against_all"]');
      expect(await offer.textContent()).toMatch(locale === 'ru-RU' ? /2 из 2/ : /2 of 2/);
      await page.locator('#convention-offers').screenshot({ path: path.join(shots, `conventions-${locale}-${width}.png`) });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await offer.locator('[data-reading="valid_votes_plus_against_all"]').click();
      await page.waitForFunction(() => !document.querySelector('[data-code="convention.valid_votes_exclude_against_all"]'), null, {
        timeout: 60000,
      });
      expect(await page.locator('.report-notes').textContent()).toMatch(locale === 'ru-RU' ? /против всех в \d/ : /against all in \d/);
    });
  });
}
