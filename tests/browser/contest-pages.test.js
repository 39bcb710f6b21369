// Issue 14: an upload with more contests than the page takes as one list (pagedDecisions.js) is
// evaluated for its tallies only, and the contests it draws get their decisions in pages from the
// real core in its worker. Each station here is a contest; against all beats the leader exactly
// in the even-numbered ones, so every card's outcome is known in advance.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startPage, foreignRequests, showPlace } from './harness.js';
import { fullListMost } from '../../web/src/scenario/pagedDecisions.js';

const stations = fullListMost + 500;

function stationsFile() {
  const lines = ['Регион,ТИК,УИК,Число избирателей внесенных в список,Число бюллетеней в стационарных ящиках,Иванов,Петров,Против всех'];
  for (let i = 0; i < stations; i += 1) {
    const against = i % 2 === 0 ? 400 : 100;
    lines.push(`Регион ${i % 5},ТИК ${i % 50},${i},1000,${300 + 100 + against},300,100,${against}`);
  }
  return { name: 'stations-paged.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') };
}

describe('many contests: decisions in pages (Russian, desktop)', () => {
  let session;
  let page;
  beforeAll(async () => {
    session = await startPage({ locale: 'ru-RU' });
    page = session.page;
    await page.goto(session.url);
    await page.waitForSelector('#scenario-totals .outcome-stat', { state: 'attached' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the tallies and each drawn contest its own outcome, before and after a swing', async () => {
    await showPlace(page, 'file');
    await page.setInputFiles('#upload-file', stationsFile());
    await page.waitForSelector('#upload[data-file="stations-paged.csv"][data-phase="mapping"]', { timeout: 60000 });
    await page.selectOption('#contest-level', 'station');
    await page.click('#upload-analyse');
    await page.waitForSelector('#upload-report-title', { timeout: 60000 });
    const totals = async () => page.$$eval('#scenario-totals .outcome-stat', (cards) =>
      Object.fromEntries(cards.map((c) => [c.dataset.outcome, c.querySelector('.stat__value').textContent])));
    await page.waitForFunction((n) => {
      const valid = document.querySelector('#scenario-totals .outcome-stat[data-outcome="void"] .stat__value');
      return valid && valid.textContent.replace(/\D/g, '') === String(n);
    }, stations / 2, { timeout: 30000 });
    const shown = await totals();
    expect(Number(shown.void.replace(/\D/g, ''))).toBe(stations / 2);
    expect(Number(shown.valid.replace(/\D/g, ''))).toBe(stations / 2);

    await showPlace(page, 'regions');
    await page.click('#regions tbody tr[data-unit="Регион 0"] .link-button');
    await page.waitForSelector('#region-detail [data-outcome]', { timeout: 30000 });
    const outcomes = () => page.$$eval('#region-detail article[id^="unit-"]', (cards) =>
      cards.map((c) => [c.id, (c.querySelector('[data-outcome]') || {}).dataset?.outcome || null]));
    const before = await outcomes();
    expect(before.length).toBe(60); // the contests drawn at first
    for (const [id, outcome] of before) {
      const number = Number(id.split('/').pop());
      expect(outcome, id).toBe(number % 2 === 0 ? 'void' : 'valid');
    }

    // A swing of 25 points moves 125 of the odd stations' 500 valid votes: against all (225) then
    // beats the leader (300 − 94 = 206) there too, so every contest is void and every card says so.
    await showPlace(page, 'scenario');
    await page.fill('#swing-number', '25');
    await page.waitForFunction((n) => {
      const v = document.querySelector('#scenario-totals .outcome-stat[data-outcome="void"] .stat__value');
      return v && v.textContent.replace(/\D/g, '') === String(n);
    }, stations, { timeout: 30000 });
    await page.waitForFunction(() => [...document.querySelectorAll('#region-detail [data-outcome]')].every((e) => e.dataset.outcome === 'void'), null, { timeout: 30000 });
    const after = await outcomes();
    expect(after.length).toBe(60);
    for (const [id, outcome] of after) expect(outcome, id).toBe('void');
    expect(session.pageErrors).toEqual([]);
    expect(foreignRequests(session.requests, session.url)).toEqual([]);
  });
});
