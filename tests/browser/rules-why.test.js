// Issue 12 as a journalist meets it: under "against all beats the leader", the summary says why the
// open contests are open and offers the invalid-ballot assumption; an open contest says what
// would decide it, in numbers, in Russian and English; moving the swing turns no decided contest
// undecided. The built page on the real wasm core, screenshots at 1280 and 360 px.
import fs from 'node:fs';
import { describe, it, expect, afterEach } from 'vitest';
import { startPage, showPlace } from './harness.js';

const NBSP = '\u00a0';
const shots = new URL('../../test-results/', import.meta.url);
async function shoot(page, name, selector) {
  fs.mkdirSync(shots, { recursive: true });
  const path = new URL(name, shots).pathname;
  if (selector) await page.locator(selector).screenshot({ path });
  else await page.screenshot({ path, fullPage: false });
}
const totals = (page) => page.$$eval('#scenario-totals .outcome-stat', (cards) =>
  Object.fromEntries(cards.map((c) => [c.dataset.outcome, Number(c.querySelector('.stat__value').textContent.replace(/\D/g, ''))])));
async function waitForUndecided(page, n) {
  await page.waitForFunction((want) => {
    const card = document.querySelector('#scenario-totals .outcome-stat--undecided .stat__value');
    return card && card.textContent.replace(/\D/g, '') === String(want);
  }, n).catch(() => {});
}
/** Ids of the contests a region's drill-down shows as decided. */
const decidedIn = (page) => page.$$eval('.contest-outcome', (cards) =>
  cards.filter((c) => c.dataset.outcome !== 'undecided').map((c) => c.closest('[id^="unit-"]').id));

let session;
afterEach(async () => {
  await session?.close();
  session = null;
});

const cases = [
  { lang: 'ru', locale: 'ru-RU', summary: 'Не определить: 37. Ни одного числа голосов или избирателей — 17; нет данных (голоса кандидатов) — 14',
    lever: 'Из них 12 определились бы при любой доле недействительных до 55,3',
    settle: `состоялись, если недействительных бюллетеней было не больше 3${NBSP}540 (71,8`,
    reason: `состоялись: «против всех» 724 ≤ лидер 8${NBSP}419`,
    region: `нужно число «против всех»; итог области оставляет на этот округ не больше 1${NBSP}891 (округов области без этого числа: 4)` },
  { lang: 'en', locale: 'en-GB', summary: '37 cannot be decided: 17 have no count of votes or voters; 14 lack candidate votes',
    lever: '12 of them would be decided under any invalid-ballot share up to 55.3',
    settle: 'valid unless more than 3,540 ballots (71.8% of those cast) were invalid',
    reason: 'valid: against all 724 ≤ leader 8,419',
    region: 'needs the against-all count; the region’s total leaves at most 1,891 for this district (4 districts of the region lack the count)' },
];

describe.each(cases)('why contests are open and what would decide them ($lang)', (c) => {
  it('reads the summary of reasons, an open contest’s threshold, a decided one’s reason; the swing decides no fewer', async () => {
    session = await startPage({ locale: c.locale });
    const { page } = session;
    await page.goto(session.url);
    await showPlace(page, 'scenario');
    await page.click('label[for="preset-beats-leader"]');
    await waitForUndecided(page, 37);
    const summary = page.locator('#why-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain(c.summary);
    expect(await summary.innerText()).toContain(c.lever);
    expect(await page.locator('#why-summary button').count()).toBe(3);
    await shoot(page, `rules-why-${c.lang}-1280.png`);

    // An open contest says what would decide it; a decided one gives its reason in numbers.
    await showPlace(page, 'regions');
    await page.click('#open-abai');
    const kurchatov = page.locator('[id="unit-abai/kurchatov"] .contest-outcome');
    await kurchatov.waitFor();
    expect(await kurchatov.getAttribute('data-outcome')).toBe('undecided');
    expect(await kurchatov.innerText()).toContain(c.settle);
    await shoot(page, `rules-why-${c.lang}-contest-1280.png`, '[id="unit-abai/kurchatov"]');
    await page.click('#region-detail .close-button');
    // A district without its against-all count: what the region's published total leaves for it.
    await page.click('#open-akmola');
    const akkol = page.locator('[id="unit-akmola/akkol"] .contest-outcome');
    await akkol.waitFor();
    expect(await akkol.getAttribute('data-outcome')).toBe('undecided');
    expect(await akkol.innerText()).toContain(c.region);
    await shoot(page, `rules-why-${c.lang}-region-bound-1280.png`, '[id="unit-akmola/akkol"]');
    await page.click('#region-detail .close-button');
    await page.click('#open-north-kazakhstan');
    const esil = page.locator('[id="unit-north-kazakhstan/esil"] .contest-outcome');
    await esil.waitFor();
    expect(await esil.innerText()).toContain(c.reason);
    await page.click('#region-detail .close-button');

    // Growing the protest decides no fewer contests, up to +20 points.
    const decided0 = await totals(page);
    await page.click('#open-west-kazakhstan');
    await page.locator('[id="unit-west-kazakhstan/karatobe"] .contest-outcome').waitFor();
    const before = await decidedIn(page);
    expect(before).toContain('unit-west-kazakhstan/karatobe');
    await showPlace(page, 'scenario'); // the swing is set in the rule's place; the region stays open in its own
    for (const swing of ['5', '12,5', '20']) {
      await page.fill('#swing-number', c.lang === 'en' ? swing.replace(',', '.') : swing);
      await page.press('#swing-number', 'Enter');
      await page.waitForFunction((s) => document.querySelector('.swing-chart__now')?.dataset.swing === s, swing.replace(',', '.'));
      await waitForUndecided(page, decided0.undecided);
      const now = await totals(page);
      expect(now.valid + now.void + now.runoff, `at +${swing}`).toBeGreaterThanOrEqual(decided0.valid + decided0.void + decided0.runoff);
      const after = await decidedIn(page);
      for (const id of before) expect(after, `${id} at +${swing}`).toContain(id);
    }
  });
});

describe('the rule panel at 360 px and on the desktop', () => {
  it('keeps the summary beside the form, the threshold under its option, the base text whole, an edited preset marked', async () => {
    session = await startPage({ locale: 'ru-RU' });
    const { page } = session;
    await page.goto(session.url);
    await showPlace(page, 'scenario');
    await page.click('label[for="preset-beats-leader"]');
    await waitForUndecided(page, 37);
    await page.check('#rule-validity-against_all_share');
    // The threshold's fields sit right under their option.
    const option = await page.locator('label[for="rule-validity-against_all_share"]').boundingBox();
    const percent = await page.locator('#rule-validity-percent').boundingBox();
    const nextOption = await page.locator('label[for="rule-validity-against_all_majority"]').boundingBox();
    expect(percent.y).toBeGreaterThan(option.y);
    expect(percent.y).toBeLessThan(nextOption.y);
    // The base drop-down shows its whole text.
    const fits = await page.$eval('#rule-validity-base', (s) => {
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(s).font;
      probe.textContent = s.options[s.selectedIndex].text;
      document.body.appendChild(probe);
      const ok = probe.getBoundingClientRect().width + 24 <= s.clientWidth;
      probe.remove();
      return ok;
    });
    expect(fits).toBe(true);
    // The edited preset says so and is not highlighted as the country's rule.
    const preset = page.locator('label[for="preset-beats-leader"]');
    expect(await preset.getAttribute('class')).toContain('is-edited');
    expect(await preset.innerText()).toContain('с изменениями');
    // Editing the threshold changes numbers that stay in view beside the form.
    await page.fill('#rule-validity-percent', '5');
    await page.press('#rule-validity-percent', 'Enter');
    await page.locator('#rule-validity-percent').scrollIntoViewIfNeeded();
    const box = await page.locator('#scenario-totals').boundingBox();
    const viewport = page.viewportSize();
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(viewport.height);
    await shoot(page, 'rules-panel-ru-1280.png');
    // "The whole country" is not said of 45 pilot districts.
    expect(await page.locator('.national-row th').innerText()).toBe('Все 45 округов');

    await page.setViewportSize({ width: 360, height: 800 });
    await page.locator('#why-summary').scrollIntoViewIfNeeded();
    await shoot(page, 'rules-why-ru-360.png');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
