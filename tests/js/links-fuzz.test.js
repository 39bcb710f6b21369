// Random and mutated links (a property test standing in for a fuzzer: the link decoder is JS).
// Whatever a link holds, opening it never throws, gives a sane state or none, and every issue is
// a known code with a message in each language; nothing from the link becomes anything but data.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './support.js';
import { stateFromLink } from '../../web/src/links/link.js';
import { linkIssueText } from '../../web/src/links/issueText.js';
import { presets } from '../../web/src/links/versions/v1.js';
import { createI18n, languages } from '../../web/src/i18n/index.js';

const fixtures = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/links/v1.json'), 'utf8'));
const context = fixtures.context || { datasets: ['kz-2023-akims'], defaultDatasetId: 'kz-2023-akims' };
const seeds = fixtures.links.map((l) => l.link.replace(/^#/, ''));

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const alphabet = ['<', '>', '"', "'", '&', '=', '%', '#', '?', '/', '\\', '\u0000', '\u202e', 'Ж', '😀', ' ', '+', '-', '.', 'e', '9', 'z', '%00', '%3C', '%ZZ'];
const payloads = ['<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><script>alert(1)</script>', '&v=2', '&end', '&rule=', '&swing=1e309', '&swing=-5', '&turnout=NaN', '&region=__proto__', '&constructor=1', '&data=' + 'A'.repeat(5000)];

function mutate(link, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const at = Math.floor(random() * (link.length + 1));
  switch (Math.floor(random() * 6)) {
    case 0: return link.slice(0, at); // cut short
    case 1: return link.slice(0, at) + pick(alphabet) + link.slice(at + 1); // one character changed
    case 2: return link.slice(0, at) + pick(payloads) + link.slice(at); // something inserted
    case 3: { const fields = link.split('&'); fields.splice(Math.floor(random() * fields.length), 0, pick(fields)); return fields.join('&'); }
    case 4: { const fields = link.split('&'); return fields.sort(() => random() - 0.5).join('&'); } // reordered
    default: return Array.from({ length: Math.floor(random() * 200) }, () => pick(alphabet)).join(''); // noise
  }
}

const i18ns = languages.map((lang) => createI18n(lang));

function expectSane(result, link) {
  expect(result, link).toBeTypeOf('object');
  expect(Array.isArray(result.issues), link).toBe(true);
  for (const issue of result.issues) {
    expect(issue.code, link).toMatch(/^link\.[a-z0-9_]+$/);
    for (const i18n of i18ns) {
      const text = linkIssueText(i18n, issue);
      expect(typeof text, link).toBe('string');
      expect(text, link).not.toContain('link.issue.'); // a sentence, not a missing key
    }
  }
  if (!result.state) return;
  const { state } = result;
  if (state.lang !== null) expect(languages, link).toContain(state.lang); // null: not in the link, the browser's language stays
  expect(presets, link).toContain(state.scenario.preset);
  expect(Number.isFinite(state.scenario.swing), link).toBe(true);
  expect(state.scenario.swing, link).toBeGreaterThanOrEqual(0);
  expect(state.scenario.swing, link).toBeLessThanOrEqual(30);
  expect(Object.getPrototypeOf(state.scenario.rule), link).toBe(Object.prototype);
  for (const value of Object.values(state.scenario.rule)) expect(typeof value === 'function', link).toBe(false);
}

describe('mutated and random links', () => {
  it('never throw and always open to a sane state with known, translated issues', async () => {
    const random = rng(20231105);
    let opened = 0;
    for (let i = 0; i < 3000; i += 1) {
      const link = mutate(seeds[i % seeds.length], random);
      let result;
      try {
        result = await stateFromLink(link, context);
      } catch (e) {
        throw new Error(`opening ${JSON.stringify(link.slice(0, 200))} threw: ${e && e.message}`);
      }
      expectSane(result, link);
      if (result.state) opened += 1;
    }
    expect(opened).toBeGreaterThan(1000);
  }, 120000);
});
