// Scenario links (web/src/links/): state → link → state is the identity; every v1 link of the
// fixture set opens to its recorded state; every hostile link ends in its message code.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, loadWasmCore, readDatasetFolder } from './support.js';
import { linkFromState, stateFromLink, uploadBlobs } from '../../web/src/links/link.js';
import { readFragment, writeFragment, historyStep, isLinkFragment, linkLimits, splitFragment } from '../../web/src/links/codec.js';
import { encodeBase64url, decodeBase64url } from '../../web/src/links/base64url.js';
import { deflateRaw, inflateRaw } from '../../web/src/links/compress.js';
import { sha256Hex } from '../../web/src/links/hash.js';
import { checkView, linkHandlers, initialLink } from '../../web/src/links/linkState.js';
import { linkIssueText } from '../../web/src/links/issueText.js';
import { linkContents } from '../../web/src/links/contents.js';
import * as v1 from '../../web/src/links/versions/v1.js';
import { createI18n, languages, dictionaries } from '../../web/src/i18n/index.js';
import { reducer, initialState } from '../../web/src/app/state.js';

const context = { datasets: ['kz-2023-akims'], defaultDatasetId: 'kz-2023-akims' };
const fixtures = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/links/v1.json'), 'utf8'));
const csv = new Uint8Array(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/uploads/wide_stations.csv')));
const mapping = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/uploads/wide_stations.mapping.json'), 'utf8'));
let summary; // the bundled data's summary from the real core: the ids a link's view is checked against
beforeAll(async () => {
  const core = await loadWasmCore();
  summary = core.call({ op: 'summary', dataset: readDatasetFolder('data/kz-2023-akims') }).result;
});
const utf8 = new TextEncoder();

const emptyView = () => ({ region: null, sort: { key: null, direction: null }, finding: null, findingsUnit: null });
const bundled = (over = {}) => ({ dataset: { id: 'kz-2023-akims' }, lang: 'ru', scenario: { preset: 'beats-leader', rule: {}, swing: 0 }, view: emptyView(), ...over });
const codes = (issues) => issues.map((i) => i.code);
/** Bytes compared as text in expectations (JSON cannot hold a Uint8Array). */
const plain = (state) => JSON.parse(JSON.stringify(state, (k, v) => (v instanceof Uint8Array ? { utf8: new TextDecoder().decode(v) } : v)));
const open = (fragment) => stateFromLink(fragment, context);

// ---- a seeded generator of states ----
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

function generator(seed) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const chance = (p) => r() < p;
  const percent = () => pick([0, 100, 50, 25, Math.round(r() * 100), Math.round(r() * 10000) / 100, Math.round(r() * 1000) / 1000]);
  const text = () => pick(['west-kazakhstan', 'abai', 'north-kazakhstan/esil', 'Север', 'Юг/Южный-1', 'Республика Адыгея (Адыгея)',
    'a&b=c#d%e', 'Barlyǵyna qarsy', '  spaces  ', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'F12', "O'Neil \"x\"", '100%']);
  function rule() {
    const edits = {};
    if (chance(0.3)) edits.counting = chance(0.5) ? { blank: chance(0.5) } : { blank: chance(0.5), crossed_out: chance(0.5) };
    if (chance(0.2) && !edits.counting) edits.counting = { crossed_out: chance(0.5) };
    if (chance(0.4)) {
      const validity = {};
      if (chance(0.7)) validity.kind = pick(['none', 'against_all_beats_leader', 'against_all_share', 'against_all_majority']);
      if (chance(0.5)) validity.percent = percent();
      if (chance(0.4)) validity.base = pick(['ballots_cast', 'valid_votes', 'registered']);
      if (Object.keys(validity).length) edits.validity = validity;
    }
    if (chance(0.4)) edits.min_turnout = chance(0.2) ? null : percent();
    if (chance(0.3)) edits.winner_min = chance(0.2) ? null : { percent: percent(), base: pick(['ballots_cast', 'valid_votes', 'registered']) };
    if (chance(0.3)) edits.tie = pick(['valid', 'void']);
    if (chance(0.3)) edits.assume_max_invalid = chance(0.2) ? null : percent();
    return edits;
  }
  function view() {
    return {
      region: chance(0.4) ? text() : null,
      sort: chance(0.5) ? { key: pick(v1.sortKeys), direction: pick(['ascending', 'descending']) } : { key: null, direction: null },
      finding: chance(0.2) ? pick(['F1', 'F7', 'F23', text()]) : null,
      findingsUnit: chance(0.2) ? text() : null,
    };
  }
  return (kind) => {
    const state = {
      dataset: { id: 'kz-2023-akims' },
      lang: pick(languages),
      scenario: { preset: pick(v1.presets), rule: rule(), swing: pick([0, 0, 0.5, 2.5, 30, Math.round(r() * 60) / 2, Math.round(r() * 3000) / 100]) },
      view: view(),
    };
    if (kind === 'embedded') {
      const rows = Array.from({ length: 1 + Math.floor(r() * 30) }, (_, i) => `R${i},${text()},${Math.floor(r() * 1e6)}`);
      const bytes = utf8.encode(`region,name,votes\n${rows.join('\n')}\n`);
      state.dataset = { upload: { name: `${text()}.csv`, size: bytes.length, mapping: { ...mapping, note: text() }, bytes } };
    } else if (kind === 'named') {
      state.dataset = { upload: { name: `${text()}.csv`, size: Math.floor(r() * 1e9), mapping: { ...mapping, candidates: [Math.floor(r() * 20)] },
        sha256: Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('') } };
    }
    return state;
  };
}

describe('base64url and deflate', () => {
  it('round-trips every byte length 0–300', () => {
    const r = rng(7);
    for (let n = 0; n <= 300; n++) {
      const bytes = Uint8Array.from({ length: n }, () => Math.floor(r() * 256));
      const text = encodeBase64url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(decodeBase64url(text)).toEqual({ ok: true, bytes });
    }
  });

  it('refuses what no encoder writes', () => {
    for (const bad of ['a', 'ab=c', 'ab+c', 'ab/c', 'a b', 'abcde', 'AB', '<img>', 'javascript:alert(1)']) {
      expect(decodeBase64url(bad).ok, bad).toBe(false);
    }
  });

  it('inflates what it deflates, and refuses garbage and bombs', async () => {
    const bytes = utf8.encode('Против всех,'.repeat(500));
    const packed = await deflateRaw(bytes);
    expect(packed.length).toBeLessThan(bytes.length / 10);
    expect(await inflateRaw(packed, 1e6)).toEqual({ ok: true, bytes });
    expect(await inflateRaw(Uint8Array.from([255, 255, 1, 2, 3]), 1e6)).toEqual({ ok: false, code: 'bad_deflate' });
    expect(await inflateRaw(packed.slice(0, 5), 1e6)).toEqual({ ok: false, code: 'bad_deflate' });
    expect((await inflateRaw(packed, 100)).code).toBe('too_large');
  });

  it('fingerprints as sha256sum does', async () => {
    expect(await sha256Hex(utf8.encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('round trip: state → link → state', () => {
  it('is the identity for 600 generated bundled states', async () => {
    const next = generator(2023);
    for (let i = 0; i < 600; i++) {
      const state = next('bundled');
      const link = await linkFromState(state);
      const back = await open(`#${link.fragment}`);
      expect(back.issues, link.fragment).toEqual([]);
      expect(back.state, link.fragment).toEqual(state);
      expect(link.kind).toBe('bundled');
    }
  });

  it('is the identity for 120 generated states with embedded data', async () => {
    const next = generator(45);
    for (let i = 0; i < 120; i++) {
      const state = next('embedded');
      const link = await linkFromState(state);
      expect(link.kind).toBe('embedded');
      const back = await open(link.fragment);
      expect(back.issues).toEqual([]);
      expect(back.kind).toBe('embedded');
      expect(plain(back.state)).toEqual(plain({ ...state, dataset: { upload: { ...state.dataset.upload, sha256: await sha256Hex(state.dataset.upload.bytes) } } }));
    }
  });

  it('is the identity for 120 generated states naming a file by its fingerprint', async () => {
    const next = generator(17);
    for (let i = 0; i < 120; i++) {
      const state = next('named');
      const link = await linkFromState(state);
      expect(link.kind).toBe('named');
      const back = await open(link.fragment);
      expect(back.issues).toEqual([]);
      expect(back.state).toEqual(state);
    }
  });

  it('embeds a file only under the cap, else names it by the SHA-256 of its bytes', async () => {
    const r = rng(3);
    const noise = Uint8Array.from({ length: 7000 }, () => Math.floor(r() * 256)); // does not compress
    const state = bundled({ dataset: { upload: { name: 'noise.csv', size: noise.length, mapping, bytes: noise } } });
    const link = await linkFromState(state);
    expect(link.kind).toBe('named');
    expect(link.fragment).toContain(`file=sha256:${await sha256Hex(noise)}`);
    expect(link.fragment).not.toContain('data=');
    const blobs = await uploadBlobs({ bytes: csv, mapping });
    expect(blobs.data.length).toBeLessThanOrEqual(linkLimits.embedMaxChars);
    expect((await uploadBlobs({ bytes: csv, mapping }, { embedMaxChars: 10 })).data).toBe(null);
  });
});

describe('readable and short', () => {
  it('reads as its settings, under 200 characters for a preset with a few edits', async () => {
    const state = bundled({
      scenario: { preset: 'beats-leader', rule: { tie: 'void', min_turnout: 25 }, swing: 2.5 },
      view: { ...emptyView(), region: 'west-kazakhstan', sort: { key: 'share', direction: 'descending' } },
    });
    const { fragment } = await linkFromState(state);
    expect(fragment).toBe('v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&turnout=25&tie=void&swing=2.5&region=west-kazakhstan&sort=share-desc&end');
    expect(fragment.length).toBeLessThan(200);
    const busy = bundled({ scenario: { preset: 'russia-before-2006', rule: { counting: { blank: true }, validity: { kind: 'against_all_share', percent: 40 }, winner_min: { percent: 50, base: 'ballots_cast' } }, swing: 12.5 } });
    expect((await linkFromState(busy)).fragment.length).toBeLessThan(200);
  });

  it('tells an anchor (#main) from a link', () => {
    expect(isLinkFragment('main')).toBe(false);
    expect(readFragment('#main', context)).toEqual({ state: null, issues: [], blobs: {} });
    expect(isLinkFragment('v=1&end')).toBe(true);
  });
});

describe('history: a step pushes, a number typed or slid replaces', () => {
  const base = 'v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&end';
  it.each([
    [null, base, 'replace'],
    [base, base, 'none'],
    [base, 'v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&swing=0.5&end', 'replace'],
    ['v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&swing=0.5&end', 'v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&swing=1&end', 'replace'],
    ['v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&turnout=2&end', 'v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&turnout=25&end', 'replace'],
    [base, 'v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&turnout=50&end', 'push'], // a lever switched on
    ['v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&turnout=25&end', 'v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&turnout=off&end', 'push'],
    [base, 'v=1&d=kz-2023-akims&lang=ru&rule=statistical&end', 'push'],
    [base, 'v=1&d=kz-2023-akims&lang=en&rule=beats-leader&end', 'push'],
    [base, 'v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&region=abai&end', 'push'],
    [base, 'v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&sort=share-desc&end', 'push'],
    ['v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&swing=1&end', 'v=1&d=kz-2023-akims&lang=ru&rule=statistical&swing=2&end', 'push'],
  ])('%s → %s: %s', (a, b, step) => {
    expect(historyStep(a, b)).toBe(step);
  });
});

describe('v1 fixture links open to their recorded states', () => {
  const kinds = new Set(fixtures.links.map((f) => f.kind));
  it('cover every kind, preset and language', () => {
    expect([...kinds].sort()).toEqual(['bundled', 'embedded', 'named']);
    const links = fixtures.links.map((f) => f.link).join(' ');
    for (const preset of v1.presets) expect(links).toContain(`rule=${preset}&`);
    for (const lang of languages) expect(links).toContain(`lang=${lang}&`);
  });

  for (const fixture of fixtures.links) {
    it(`${fixture.name} (${fixture.length} characters)`, async () => {
      const back = await stateFromLink(fixture.link, fixtures.context);
      expect(back.kind).toBe(fixture.kind);
      expect(codes(back.issues)).toEqual(fixture.issues);
      expect(plain(back.state)).toEqual(fixture.state);
      expect(fixture.link.length).toBe(fixture.length);
    });
  }

  it('are written the same way by this version', async () => {
    for (const fixture of fixtures.links) {
      const back = await stateFromLink(fixture.link, fixtures.context);
      const again = await linkFromState(back.state);
      if (fixture.kind !== 'named') expect(`#${again.fragment}`).toBe(fixture.link);
    }
  });
});

describe('hostile links: each opens to the nearest sane state, with its message', () => {
  const good = 'v=1&d=kz-2023-akims&lang=en&rule=statistical&tie=void&swing=2.5&region=abai&end';
  const payloads = ['<img src=x onerror=alert(1)>', 'javascript:alert(document.cookie)', '"><script>alert(1)</script>', '\u0000\u001b[31m'];

  it('a truncated link: the last (possibly cut) field is not used', async () => {
    const back = await open(good.slice(0, good.indexOf('&region') + 10)); // ...&region=ab
    expect(codes(back.issues)).toEqual(['link.truncated']);
    expect(back.issues[0].field).toBe('region');
    expect(back.state.scenario).toEqual({ preset: 'statistical', rule: { tie: 'void' }, swing: 2.5 });
    expect(back.state.view.region).toBe(null);
    const cutInSwing = await open('v=1&d=kz-2023-akims&rule=statistical&swing=2');
    expect(codes(cutInSwing.issues)).toEqual(['link.truncated']);
    expect(cutInSwing.state.scenario.swing).toBe(0);
  });

  it('a truncated embedded link keeps its settings and asks for the file', async () => {
    const { fragment } = await linkFromState(bundled({ dataset: { upload: { name: 'w.csv', size: csv.length, mapping, bytes: csv } } }));
    const back = await open(fragment.slice(0, fragment.length - 40));
    expect(codes(back.issues)).toEqual(['link.truncated']);
    expect(back.kind).toBe('named');
    expect(back.state.dataset.upload.mapping).toEqual(mapping);
  });

  it('bad base64, bad deflate, a deflate bomb, a wrong fingerprint', async () => {
    const blobs = await uploadBlobs({ bytes: csv, mapping });
    const sha = blobs.sha256;
    const upload = (data, file = sha, map = blobs.map) => `v=1&d=upload&name=w.csv&size=720&file=sha256:${file}&rule=statistical&map=${map}&data=${data}&end`;
    const tamper = (text, at) => text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1);
    const tamperedCode = 'link.bad_deflate'; // one character changed in the middle of the data
    const bomb = encodeBase64url(await deflateRaw(new Uint8Array(linkLimits.embedMaxBytes + 1)));
    const cases = [
      [upload('!!notbase64!!'), ['link.bad_base64'], 'named'],
      [upload(blobs.data + 'A'.repeat((5 - (blobs.data.length % 4)) % 4)), ['link.bad_base64'], 'named'], // a length no encoder writes
      [upload(tamper(blobs.data, 100)), [tamperedCode], 'named'],
      [upload(encodeBase64url(Uint8Array.from([255, 1, 2, 3, 4, 5]))), ['link.bad_deflate'], 'named'],
      [upload(blobs.data.slice(0, 200)), ['link.bad_deflate'], 'named'],
      [upload(bomb), ['link.data_too_large'], 'named'],
      [upload(blobs.data, '0'.repeat(64)), ['link.hash_mismatch'], 'named'],
      [upload(encodeBase64url(await deflateRaw(utf8.encode('Регион,ТИК\nСевер,1\n')))), ['link.hash_mismatch'], 'named'], // other data under the fingerprint
      [upload(blobs.data, sha, '%%%'), ['link.bad_value', 'link.bad_mapping'], 'bundled'],
      [upload(blobs.data, sha, 'bad*'), ['link.bad_base64'], 'bundled'],
      [upload(blobs.data, sha, encodeBase64url(await deflateRaw(utf8.encode('[1,2]')))), ['link.bad_mapping'], 'bundled'],
      [upload(blobs.data, sha, encodeBase64url(Uint8Array.from([9, 9, 9]))), ['link.bad_deflate'], 'bundled'],
      [upload(blobs.data, 'xyz'), ['link.bad_value', 'link.unknown_dataset'].slice(0, 1), 'bundled'],
    ];
    for (const [fragment, expected, kind] of cases) {
      const back = await open(fragment);
      expect(codes(back.issues), fragment.slice(0, 300)).toEqual(expected);
      expect(back.kind).toBe(kind);
      expect(back.state.scenario.preset).toBe('statistical');
    }
  });

  it('an unknown or missing version, a link over 64 KB: nothing read', async () => {
    expect(codes((await open('v=3&d=kz-2023-akims&rule=statistical&end')).issues)).toEqual(['link.unknown_version']);
    expect((await open('v=3&d=kz-2023-akims&end')).state).toBe(null);
    expect(codes((await open('d=kz-2023-akims&rule=statistical&end')).issues)).toEqual(['link.unknown_version']);
    expect(codes((await open('v=<img src=x onerror=alert(1)>&end')).issues)).toEqual(['link.unknown_version']);
    const huge = `v=1&d=kz-2023-akims&region=${'a'.repeat(100 * 1024)}&end`;
    const back = await open(huge);
    expect(codes(back.issues)).toEqual(['link.too_long']);
    expect(back.state).toBe(null);
  });

  it('unknown, repeated and after-the-end fields are listed and ignored', async () => {
    const back = await open('v=1&d=kz-2023-akims&rule=statistical&colour=red&swing=1&swing=2&end&tie=void');
    expect(codes(back.issues)).toEqual(['link.unknown_field', 'link.unknown_field', 'link.duplicate_field']);
    expect(back.issues.map((i) => i.field)).toEqual(['tie', 'colour', 'swing']);
    expect(back.state.scenario).toEqual({ preset: 'statistical', rule: {}, swing: 1 });
  });

  it('values out of range or of the wrong kind are dropped and named', async () => {
    const back = await open('v=1&d=nowhere&lang=de&rule=mars&blank=maybe&validity=always&validity_pct=101&validity_base=voters&turnout=-5&winner_min=1e3&tie=sometimes&max_invalid=NaN&swing=31&sort=share-up&size=12&end');
    expect(back.issues).toEqual([
      { code: 'link.unknown_dataset', text: 'nowhere' },
      { code: 'link.unknown_field', field: 'size' },
      ...[['lang', 'de'], ['rule', 'mars'], ['blank', 'maybe'], ['validity', 'always'], ['validity_pct', '101'], ['validity_base', 'voters'],
        ['turnout', '-5'], ['winner_min', '1e3'], ['tie', 'sometimes'], ['max_invalid', 'NaN'], ['swing', '31'], ['sort', 'share-up']]
        .map(([field, text]) => ({ code: 'link.bad_value', field, text })),
    ]);
    expect(back.state).toEqual({ ...bundled({ lang: null }), scenario: { preset: 'beats-leader', rule: {}, swing: 0 } });
  });

  it('malformed percent-encoding is named, not thrown', async () => {
    const back = await open('v=1&d=kz-2023-akims&region=%E0%A4%A&rule=statistical&end');
    expect(codes(back.issues)).toEqual(['link.bad_value']);
    expect(back.state.scenario.preset).toBe('statistical');
  });

  // Every field of v1, each given markup or a script URL: never anything but an issue or plain text.
  const fields = ['d', 'name', 'size', 'file', 'lang', 'rule', 'blank', 'crossed_out', 'validity', 'validity_pct', 'validity_base',
    'turnout', 'winner_min', 'winner_base', 'tie', 'max_invalid', 'swing', 'region', 'sort', 'finding', 'findings', 'map', 'data'];
  const textFields = { region: 'link.unknown_region', finding: 'link.unknown_finding', findings: 'link.unknown_region', name: null };

  for (const payload of payloads) {
    it(`"${JSON.stringify(payload)}" in every field`, async () => {
      const blobs = await uploadBlobs({ bytes: csv, mapping });
      for (const field of fields) {
        const values = { d: 'upload', name: 'w.csv', size: '720', file: `sha256:${blobs.sha256}`, lang: 'en', rule: 'statistical', winner_min: '50',
          winner_base: 'valid_votes', map: blobs.map, data: blobs.data, [field]: payload };
        if (field === 'd') values.d = payload;
        const fragment = [['v', '1'], ...fields.map((f) => [f, values[f] ?? (field === f ? payload : undefined)]).filter(([, v]) => v !== undefined), ['end', null]]
          .map(([k, v]) => (v === null ? k : `${k}=${encodeURIComponent(v)}`)).join('&');
        const back = await open(fragment);
        expect(back.state, field).not.toBe(null);
        const issueCodes = codes(back.issues);
        if (field in textFields) {
          // Ids and names are text: kept as text here, checked against the data when it is shown.
          const onView = payload.match(controlRe) ? ['link.bad_value'] : [];
          if (onView.length) expect(issueCodes, field).toEqual(['link.bad_value']);
          else expect(issueCodes, field).toEqual([]);
        } else if (field === 'd') {
          expect(issueCodes).toContain('link.unknown_dataset');
        } else if (field === 'map' || field === 'data') {
          expect(issueCodes, field).toEqual(['link.bad_base64']);
        } else {
          expect(issueCodes, field).toContain('link.bad_value');
          expect(back.issues.find((i) => i.code === 'link.bad_value').field).toBe(field);
        }
        // The view's ids are then checked against the dataset's summary.
        const checked = checkView(back.state.view, summary);
        for (const key of ['region', 'finding', 'findingsUnit']) expect(checked.view[key] === null || !/[<>]|javascript:/.test(checked.view[key])).toBe(true);
        if (field in textFields && field !== 'name' && !payload.match(controlRe)) expect(codes(checked.issues)).toEqual([textFields[field]]);
      }
    });
  }
  const controlRe = /[\u0000-\u001f]/;

  it('names every issue code in every language, showing link text only cut short', () => {
    const every = ['too_long', 'unknown_version', 'truncated', 'unknown_field', 'duplicate_field', 'bad_value', 'unknown_dataset', 'bad_base64',
      'bad_deflate', 'data_too_large', 'bad_mapping', 'hash_mismatch', 'unknown_region', 'unknown_finding'];
    for (const lang of languages) {
      const i18n = createI18n(lang);
      for (const code of every) {
        expect(dictionaries[lang], `${lang} ${code}`).toHaveProperty([`link.issue.${code}`]);
        const text = linkIssueText(i18n, { code: `link.${code}`, field: 'region', text: 'x'.repeat(500) });
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text.length).toBeLessThan(400);
      }
      expect(linkIssueText(i18n, { code: 'link.<b>' })).toContain('link.<b>');
    }
  });
});

describe('the store opens a link', () => {
  const ready = () => ({ ...initialState({ lang: 'ru', datasetId: 'kz-2023-akims' }), status: 'ready', summary });

  it('sets the language, the scenario and the view; waits for a new dataset to load before checking the view', async () => {
    const { state: link } = await open('v=1&d=kz-2023-akims&lang=en&rule=statistical&tie=void&swing=2.5&region=abai&sort=share-desc&end');
    const s = reducer(ready(), { type: 'linkOpened', link, issues: [] });
    expect(s.lang).toBe('en');
    expect(s.scenario).toEqual({ preset: 'statistical', rule: { tie: 'void' }, swing: 2.5 });
    expect(s.selectedRegion).toBe('abai');
    expect(s.sort).toEqual({ key: 'share', direction: 'descending' });
    expect(s.status).toBe('ready');
    expect(s.link.pendingView.datasetId).toBe('kz-2023-akims');
    const checked = reducer(s, { type: 'linkViewChecked', ...checkView(s.link.pendingView.view, summary) });
    expect(checked.link.pendingView).toBe(null);
    expect(checked.selectedRegion).toBe('abai');
  });

  it('drops a region the data does not have, and says so', () => {
    const out = checkView({ ...emptyView(), region: '<img src=x onerror=alert(1)>', finding: 'F999' }, summary);
    expect(out.view.region).toBe(null);
    expect(codes(out.issues)).toEqual(['link.unknown_region', 'link.unknown_finding']);
  });

  it('asks for the file a link names, keeping the bundled data meanwhile', async () => {
    const named = fixtures.links.find((f) => f.kind === 'named');
    const { state: link } = await stateFromLink(named.link, context);
    const s = reducer(ready(), { type: 'linkOpened', link, issues: [], fallbackDatasetId: 'kz-2023-akims' });
    expect(s.datasetId).toBe('kz-2023-akims');
    expect(s.link.awaitingFile).toMatchObject({ name: 'Выборы 2004 (итоги).csv', embedded: false, sha256: link.dataset.upload.sha256 });
    expect(reducer(s, { type: 'linkFileMismatch', name: 'other.csv', sha256: 'f'.repeat(64) }).link.fileCheck.status).toBe('mismatch');
    const declined = reducer(s, { type: 'linkFileDeclined' });
    expect(declined.link).toEqual({ ...initialLink(), issues: [] });
  });

  it('keeps only issues when nothing could be read', () => {
    const s = reducer(ready(), { type: 'linkOpened', link: null, issues: [{ code: 'link.too_long' }] });
    expect(s.link.issues).toEqual([{ code: 'link.too_long' }]);
    expect(s.scenario).toEqual(ready().scenario);
    expect(reducer(s, { type: 'linkIssuesDismissed' }).link.issues).toEqual([]);
  });
});

describe('what the link contains, before it is shared', () => {
  it('says bundled data, the rule, the swing, the region and the language', () => {
    const en = createI18n('en');
    expect(linkContents(en, { kind: 'bundled', ruleName: 'Against all beats the leader', edited: true, swing: 2.5, regionName: 'Abai', lang: 'en' }))
      .toEqual(['the data bundled with this page', 'rule: Against all beats the leader, with your changes', 'swing +2.5 points', 'open region: Abai', 'language: English']);
  });

  it('says when the link contains the user’s data, and how much', () => {
    for (const lang of languages) {
      const parts = linkContents(createI18n(lang), { kind: 'embedded', dataChars: 3174, ruleName: 'X', swing: 0, lang });
      expect(parts[0]).toMatch(/3[.,]1/);
    }
    expect(linkContents(createI18n('ru'), { kind: 'embedded', dataChars: 3174 })[0]).toBe('сами ваши данные (3,1 КБ текста ссылки): их прочтёт любой, у кого есть ссылка');
    expect(linkContents(createI18n('en'), { kind: 'named', fileName: 'big.csv' })[0]).toBe('the fingerprint of your file “big.csv”, not its data: the receiver needs the same file');
  });
});

describe('splitting', () => {
  it('keeps a bare key as a flag and never throws on garbage', () => {
    expect(splitFragment('a=1&&b&c=%ZZ').fields).toEqual([['a', '1'], ['b', null]]);
    for (const junk of ['&&&', '=', '==&=', '%', 'v=1&%', '\u0000=\u0000']) expect(() => readFragment(junk, context)).not.toThrow();
  });

  it('writes each version’s fields between v and end', () => {
    expect(writeFragment(bundled())).toBe('v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&end');
  });
});

describe('version 2: the elections compared side by side (issue 16)', () => {
  const gallery = { datasets: ['kz-2023-akims', 'kg-2017-president', 'ru-2004-president', 'bg-2024-06-09-national-assembly'], defaultDatasetId: 'kz-2023-akims' };
  const withCompare = (compare) => bundled({ compare });

  it('writes version 1 while nothing is compared, so pages saved before version 2 open the link', () => {
    expect(writeFragment(withCompare([]))).toBe('v=1&d=kz-2023-akims&lang=ru&rule=beats-leader&end');
  });

  it('writes the comparison as v=2 before the bulky fields and reads it back in order', () => {
    const fragment = writeFragment(withCompare(['kg-2017-president', 'ru-2004-president']));
    expect(fragment).toBe('v=2&d=kz-2023-akims&lang=ru&rule=beats-leader&compare=kg-2017-president,ru-2004-president&end');
    const read = readFragment(fragment, gallery);
    expect(read.issues).toEqual([]);
    expect(read.state).toEqual(withCompare(['kg-2017-president', 'ru-2004-president']));
    const upload = { dataset: { upload: { name: 'w.csv', size: 3, sha256: 'a'.repeat(64) } }, lang: 'en', scenario: { preset: 'statistical', rule: {}, swing: 0 }, view: emptyView(), compare: ['kz-2023-akims'] };
    const withBlobs = writeFragment(upload, { map: 'MAP', data: 'DATA' });
    expect(withBlobs).toMatch(/&compare=kz-2023-akims&map=MAP&data=DATA&end$/);
  });

  it('names every id it cannot use and keeps the rest', () => {
    const read = readFragment('v=2&d=kz-2023-akims&compare=kg-2017-president,mars,kg-2017-president,ru-2004-president&end', gallery);
    expect(read.state.compare).toEqual(['kg-2017-president', 'ru-2004-president']);
    expect(read.issues).toEqual([
      { code: 'link.unknown_dataset', field: 'compare', text: 'mars' },
      { code: 'link.duplicate_field', field: 'compare', text: 'kg-2017-president' },
    ]);
    expect(codes(readFragment('v=2&d=kz-2023-akims&compare=kg-2017-president&compare=ru-2004-president&end', gallery).issues)).toEqual(['link.duplicate_field']);
    expect(codes(readFragment('v=2&d=kz-2023-akims&compare&end', gallery).issues)).toEqual(['link.bad_value']);
    const many = Array.from({ length: 8 }, (_, i) => `e${i}`);
    const read8 = readFragment(`v=2&d=kz-2023-akims&compare=${many.join(',')}&end`, { ...gallery, datasets: [...gallery.datasets, ...many] });
    expect(read8.state.compare).toEqual(many.slice(0, 6));
    expect(codes(read8.issues)).toEqual(['link.bad_value', 'link.bad_value']);
  });

  it('does not trust a comparison cut short at the end of a link, and reads v1 fields as v1 does', () => {
    const cut = readFragment('v=2&d=kz-2023-akims&rule=statistical&compare=kg-2017-pre', gallery);
    expect(cut.state.compare).toEqual([]);
    expect(cut.state.scenario.preset).toBe('statistical');
    expect(codes(cut.issues)).toEqual(['link.truncated']);
    const cutBefore = readFragment('v=2&d=kz-2023-akims&compare=kg-2017-president&swing=2', gallery);
    expect(cutBefore.state.compare).toEqual(['kg-2017-president']);
    expect(cutBefore.state.scenario.swing).toBe(0);
    expect(codes(cutBefore.issues)).toEqual(['link.truncated']);
    // A v1 link knows no comparison: it opens with none, and `compare` in a v1 link is unknown.
    expect(readFragment('v=1&d=kz-2023-akims&end', gallery).state.compare).toBeUndefined();
    expect(codes(readFragment('v=1&d=kz-2023-akims&compare=kg-2017-president&end', gallery).issues)).toEqual(['link.unknown_field']);
  });

  it('an opened link sets the comparison in the store (none for a v1 link)', () => {
    let state = { ...initialState({ lang: 'ru', datasetId: 'kz-2023-akims' }), compare: ['ru-2004-president'] };
    state = reducer(state, { type: 'linkOpened', link: withCompare(['kg-2017-president']) });
    expect(state.compare).toEqual(['kg-2017-president']);
    state = reducer(state, { type: 'linkOpened', link: bundled() });
    expect(state.compare).toEqual([]);
    state = reducer(state, { type: 'compareToggled', id: 'kg-2017-president' });
    state = reducer(state, { type: 'compareToggled', id: 'ru-2004-president' });
    state = reducer(state, { type: 'compareToggled', id: 'kg-2017-president' });
    expect(state.compare).toEqual(['ru-2004-president']);
  });

  it('says in the link’s contents how many elections it compares', () => {
    expect(linkContents(createI18n('en'), { kind: 'bundled', compared: 3 })).toContain('the comparison of 3 elections');
    expect(linkContents(createI18n('ru'), { kind: 'bundled', compared: 2 })).toContain('сравнение выборов (2)');
  });
});
