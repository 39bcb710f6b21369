// "What if against-all were legally binding?" as a user meets it: the built page in Chromium on the
// real wasm core. Every count below is what the engine computes for the bundled data (never a mock):
// `npm run cli -- evaluate data/kz-2023-akims --rule beats-leader` says 8 valid, 0 void, 37 undecidable.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startPage, foreignRequests, showPlace } from './harness.js';

const NBSP = '\u00a0';
const kinds = ['valid', 'void', 'runoff', 'undecided'];

/** The totals as the page shows them: "valid/void/runoff/undecided". */
const totals = (page) =>
  page.$$eval('#scenario-totals .outcome-stat', (cards) => cards.map((c) => `${c.dataset.outcome}=${c.querySelector('.stat__value').textContent}`));
const expected = (counts) => kinds.map((k, i) => `${k}=${counts[i]}`);
/** Wait until the page shows these totals (the engine answers after a short debounce). */
async function waitForTotals(page, counts) {
  const want = expected(counts);
  await page.waitForFunction(
    (w) => JSON.stringify([...document.querySelectorAll('#scenario-totals .outcome-stat')].map(
      (c) => `${c.dataset.outcome}=${c.querySelector('.stat__value').textContent}`)) === JSON.stringify(w),
    want,
  ).catch(() => {});
  expect(await totals(page)).toEqual(want);
}
const comparisonRow = (page, id) => page.locator(`#comparison tr[data-preset="${id}"]`);
const comparisonCounts = (page, id) => comparisonRow(page, id).locator('td').allInnerTexts();
async function waitForComparison(page, id, counts) {
  await page.waitForFunction(
    ([pid, want]) => {
      const cells = [...document.querySelectorAll(`#comparison tr[data-preset="${pid}"] td`)].map((td) => td.textContent);
      return JSON.stringify(cells) === JSON.stringify(want);
    },
    [id, counts],
  ).catch(() => {});
  expect(await comparisonCounts(page, id)).toEqual(counts);
}

describe('what if against-all were binding (Russian, desktop)', () => {
  let session;
  let page;

  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU' });
    page = session.page;
    await page.goto(session.url);
    await showPlace(page, 'scenario');
    await page.waitForSelector('#scenario-totals .outcome-stat');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens on "against all beats the leader": 8 valid, 0 void, 37 undecidable, with the voters living in them', async () => {
    expect(await page.isChecked('#preset-beats-leader')).toBe(true);
    await waitForTotals(page, ['8', '0', '0', '37']);
    const undecided = await page.locator('.outcome-stat--undecided').innerText();
    expect(undecided).toContain('Не определить по данным');
    expect(undecided).toContain(`394${NBSP}093`); // registered voters, summed where known (with the sourced registers of Shortandy and Beyneu)
    expect(undecided).toContain('25 из 37'); // contests lacking the figure
    expect(await page.locator('#preset-note').innerText()).toContain('Беларуси, Кыргызстане, Таджикистане и Болгарии');
    expect(await page.locator('label[for="preset-beats-leader"]').innerText()).toContain('Беларусь, Кыргызстан, Таджикистан и Болгария');
    expect(await page.locator('#rule-edited').count()).toBe(0);
  });

  it('shows each region’s outcomes in the table, and the country’s in its footer', async () => {
    await showPlace(page, 'regions');
    expect(await page.getAttribute('#row-north-kazakhstan .outcome-tally', 'data-counts')).toBe('3/0/0/0');
    expect(await page.getAttribute('#row-abai .outcome-tally', 'data-counts')).toBe('0/0/0/2');
    expect(await page.locator('#row-north-kazakhstan .col-outcome .sr-only').textContent()).toBe('состоялись 3');
    expect(await page.getAttribute('.national-row .outcome-tally', 'data-counts')).toBe('8/0/0/37');
    expect(await page.locator('#regions thead th', { hasText: 'По правилу' }).count()).toBe(1);
  });

  it('tells each contest’s outcome, why, the winner and the distances in the drill-down', async () => {
    await page.click('#open-north-kazakhstan');
    const esil = page.locator('[id="unit-north-kazakhstan/esil"] .contest-outcome');
    await esil.waitFor();
    expect(await esil.getAttribute('data-outcome')).toBe('valid');
    const text = await esil.innerText();
    expect(text).toContain(`состоялись: «против всех» 724 ≤ лидер 8${NBSP}419`);
    expect(text).toContain('Мухамедияров Мереке');
    expect(text).toContain(`3${NBSP}848 от лидера к «против всех»`);
    expect(text).toContain(`7${NBSP}696, голосующих «против всех»`);

    await page.click('#open-abai');
    const kurchatov = page.locator('[id="unit-abai/kurchatov"] .contest-outcome');
    await kurchatov.waitFor();
    expect(await kurchatov.getAttribute('data-outcome')).toBe('undecided');
    expect(await kurchatov.innerText()).toContain('в данных нет: голоса кандидатов');
    await page.click('#region-detail .close-button');
  });

  it('chooses a preset from the picker: the totals, the outcome column and the comparison follow', async () => {
    await showPlace(page, 'scenario');
    await waitForComparison(page, 'beats-leader', ['8', '0', '0', '37']);
    expect(await comparisonRow(page, 'beats-leader').getAttribute('aria-current')).toBe('true');
    await page.click('label[for="preset-statistical"]');
    await waitForTotals(page, ['45', '0', '0', '0']);
    expect(await page.getAttribute('#row-abai .outcome-tally', 'data-counts')).toBe('2/0/0/0');
    expect(await comparisonRow(page, 'statistical').getAttribute('aria-current')).toBe('true');
    expect(await comparisonRow(page, 'beats-leader').getAttribute('aria-current')).toBeNull();

    // A row of the comparison picks its rule too.
    await comparisonRow(page, 'russia-before-2006').locator('button').click();
    await waitForTotals(page, ['1', '0', '0', '44']);
    expect(await page.isChecked('#preset-russia-before-2006')).toBe(true);
    expect(await page.locator('#preset-note').innerText()).toContain('25 %');
  });

  it('edits a threshold (minimum turnout): the counts change, "edited" shows, reset goes back', async () => {
    await page.click('label[for="preset-statistical"]');
    await waitForTotals(page, ['45', '0', '0', '0']);
    await page.check('#rule-min-turnout-on');
    expect(await page.inputValue('#rule-min-turnout')).toBe('50');
    await waitForTotals(page, ['5', '2', '0', '38']); // Beyneu: 11,149 of 40,134 registered (27.8 %) is void
    expect(await page.locator('#rule-edited').innerText()).toBe('изменено');
    await page.fill('#rule-min-turnout', '70');
    await waitForTotals(page, ['4', '3', '0', '38']);
    expect(await comparisonRow(page, 'statistical').locator('.badge--current').innerText()).toBe('изменено');

    await page.click('#rule-reset');
    await waitForTotals(page, ['45', '0', '0', '0']);
    expect(await page.locator('#rule-edited').count()).toBe(0);
    expect(await page.isChecked('#rule-min-turnout-on')).toBe(false);
  });

  it('edits the share rule (against all ≥ 5 % of ballots cast) and moves the swing: the marked point and the counts change', async () => {
    await page.click('label[for="preset-beats-leader"]');
    await page.check('#rule-validity-against_all_share');
    await page.selectOption('#rule-validity-base', 'ballots_cast');
    await page.fill('#rule-validity-percent', '5');
    await waitForTotals(page, ['13', '4', '0', '28']);
    expect(await page.getAttribute('.swing-chart__now', 'data-swing')).toBe('0');

    await page.fill('#swing-number', '5');
    await waitForTotals(page, ['1', '4', '0', '40']);
    expect(await page.getAttribute('.swing-chart__now', 'data-swing')).toBe('5');
    await expect.poll(() => page.inputValue('#swing-range')).toBe('5');
    expect(await page.locator('.swing-chart__now text').textContent()).toBe('сейчас +5 п.п.');
    // The comparison is computed at the same swing.
    // Its counts for beats the leader are the same at 0 and at +5 points, so the wait is for the
    // comparison that says it was computed at +5 (the one at 0 may still be showing).
    await page.waitForFunction(
      () => document.querySelector('#comparison .panel__intro')?.textContent.includes('+5 п.п.'),
    ).catch(() => {});
    expect(await page.locator('#comparison .panel__intro').innerText()).toContain('+5 п.п.');
    // Beats the leader keeps its 8 decided contests at +5 points (issue 12: bounds in share space).
    expect(await comparisonCounts(page, 'beats-leader')).toEqual(['8', '0', '0', '37']);
    // The slider from the keyboard.
    await page.focus('#swing-range');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.inputValue('#swing-number')).toBe('4,5');
    await waitForTotals(page, ['4', '4', '0', '37']);
  });

  it('reads the curve from the keyboard and picks a swing from it', async () => {
    const plot = page.locator('.swing-chart__plot');
    await plot.focus();
    await page.keyboard.press('Home');
    expect(await plot.getAttribute('aria-valuetext')).toBe('0 п.п.: не состоялись 4, второй тур 0, не определить 28, состоялись 13');
    expect(await page.locator('.swing-chart__readout').innerText()).toBe(await plot.getAttribute('aria-valuetext'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await plot.getAttribute('aria-valuenow')).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.inputValue('#swing-number')).toBe('1');
    await waitForTotals(page, ['11', '4', '0', '30']);

    // Hovering shows a point's values too.
    const box = await plot.boundingBox();
    await page.mouse.move(box.x + box.width - 16, box.y + box.height / 2);
    expect(await page.locator('.swing-chart__readout').innerText()).toMatch(/^\+30 п\.п\.: /);
    await page.mouse.move(0, 0);
    expect(await page.locator('.swing-chart__table tbody tr').count()).toBeGreaterThan(2);
  });

  it('names the field of a bad number, shows the engine’s rule.invalid by its field, keeps the last result', async () => {
    await page.check('#rule-min-turnout-on');
    await waitForTotals(page, ['3', '6', '0', '36']);
    await page.fill('#rule-min-turnout', 'abc');
    const error = page.locator('#rule-min-turnout-error');
    expect(await error.innerText()).toBe('«Явка не ниже, % от избирателей в списках»: «abc» — не число; напишите, например, 25 или 12,5.');
    expect(await page.getAttribute('#rule-min-turnout', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#rule-min-turnout', 'aria-describedby')).toBe('rule-min-turnout-error');

    await page.fill('#rule-min-turnout', '150');
    await page.locator('#scenario-stale').waitFor();
    expect(await error.innerText()).toBe('«Явка не ниже, % от избирателей в списках»: нужен процент от 0 до 100 (введено: 150).');
    expect(await totals(page)).toEqual(expected(['3', '6', '0', '36'])); // the last good result stays

    await page.fill('#rule-min-turnout', '50');
    await page.locator('#scenario-stale').waitFor({ state: 'detached' });
    expect(await error.innerText()).toBe('');
    await waitForTotals(page, ['3', '6', '0', '36']);

    await page.fill('#swing-number', '45');
    expect(await page.locator('#swing-number-error').innerText()).toBe('«Прирост в пунктах»: введите число от 0 до 30.');
  });

  it('left no page error and made no request beyond localhost', async () => {
    expect(session.pageErrors.map(String)).toEqual([]);
    expect(foreignRequests(session.requests, session.url)).toEqual([]);
  });
});

describe('what if against-all were binding (English, a 360 px phone)', () => {
  it('speaks English with English numbers, fits the screen, and works the same', async () => {
    const session = await startPage({ locale: 'en-US', viewport: { width: 360, height: 780 } });
    try {
      const { page } = session;
      await page.goto(session.url);
      await showPlace(page, 'scenario');
      await page.waitForSelector('#scenario-totals .outcome-stat');
      await waitForTotals(page, ['8', '0', '0', '37']);
      expect(await page.locator('#scenario-title').innerText()).toBe('What if against-all were legally binding?');
      expect(await page.locator('.outcome-stat--undecided').innerText()).toContain('394,093');
      expect(await page.locator('label[for="preset-crossed-out-counts"]').innerText()).toContain('Mexico');
      await page.click('label[for="preset-crossed-out-counts"]');
      expect(await page.locator('#preset-note').innerText()).toContain('no legal effect');
      await page.click('label[for="preset-blank-counts"]');
      expect(await page.locator('#preset-note').innerText()).toContain('Canada has no such line in federal elections');
      await page.click('label[for="preset-beats-leader"]');

      await page.fill('#swing-number', '2.5');
      await waitForTotals(page, ['8', '0', '0', '37']);
      expect(await page.locator('.swing-chart__now text').textContent()).toBe('now +2.5 pp');
      await waitForComparison(page, 'beats-leader', ['8', '0', '0', '37']);

      await page.check('#rule-min-turnout-on');
      await page.fill('#rule-min-turnout', 'x');
      expect(await page.locator('#rule-min-turnout-error').innerText()).toBe(
        '“Turnout at least, % of registered voters”: “x” is not a number; write, e.g., 25 or 12.5.',
      );

      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1]);
      expect(session.pageErrors.map(String)).toEqual([]);
      expect(foreignRequests(session.requests, session.url)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
