// The dictionaries and the number formats, exactly as the page shows them.
// Separators are U+00A0 (no-break space) by design: see web/src/i18n/format.js.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionaries, languages, detectLanguage, createI18n, translate, translatePlural, pluralCategories } from '../../web/src/i18n/index.js';
import { formatCount, formatShare, formatPercentValue, formatDate, formatList, NBSP } from '../../web/src/i18n/format.js';
import { findingText } from '../../web/src/i18n/findingText.js';
import { errorMessage, errorLocation } from '../../web/src/i18n/errorText.js';
import { presets as linkPresets } from '../../web/src/links/versions/v1.js';
import { laterDictionaries } from '../../web/src/i18n/laterDictionaries.js';
import { laterDictionaries as inlineDictionaries } from '../../web/src/i18n/laterDictionaries.inline.js';
import kk from '../../web/src/i18n/kk.js';
import en from '../../web/src/i18n/en.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiDoc = fs.readFileSync(path.join(repoRoot, 'docs/engine-api.md'), 'utf8');

/** The error codes of docs/engine-api.md: the "Error codes:" list and every "Errors:" line of later ops. */
function documentedErrorCodes() {
  const codes = [];
  for (const marker of ['Error codes:', 'Errors:']) {
    for (let at = apiDoc.indexOf(marker); at >= 0; at = apiDoc.indexOf(marker, at + 1)) {
      // Parenthesised asides name fields (`validity.base`), not codes.
      const paragraph = apiDoc.slice(at, apiDoc.indexOf('\n\n', at)).replace(/\([^)]*\)/g, '');
      for (const m of paragraph.matchAll(/`([a-z_]+\.[a-z_]+)`/g)) codes.push(m[1]);
    }
  }
  return [...new Set(codes)];
}

/** The finding codes listed as "- `code` (severity)" in docs/engine-api.md. */
function documentedFindingCodes() {
  return [...apiDoc.matchAll(/^- `([a-z_]+\.[a-z_]+)` \((?:error|warning|info)\)/gm)].map((m) => m[1]);
}

/** The derivation rules listed under "Derivation rules" in docs/engine-api.md. */
function documentedDerivationRules() {
  const start = apiDoc.indexOf('Derivation rules');
  const section = apiDoc.slice(start, apiDoc.indexOf('\n#', start));
  return [...section.matchAll(/^- `([a-z_]+)`: /gm)].map((m) => m[1]);
}

const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('number formats', () => {
  it('Russian: 654 443 and 2,2 % with no-break spaces', () => {
    expect(formatCount(654443, 'ru')).toBe(`654${NBSP}443`);
    expect(formatCount(14267, 'ru')).toBe(`14${NBSP}267`);
    expect(formatShare(14267 / 654443, 'ru')).toBe(`2,2${NBSP}%`);
    expect(formatShare(14267 / 654443, 'ru', 2)).toBe(`2,18${NBSP}%`);
    expect(formatPercentValue(7.6, 'ru')).toBe(`7,6${NBSP}%`);
    expect(formatPercentValue(0.03, 'ru')).toBe(`0,03${NBSP}%`);
    expect(formatPercentValue(7, 'ru', 1)).toBe(`7,0${NBSP}%`);
  });

  it('English: 654,443 and 2.2%', () => {
    expect(formatCount(654443, 'en')).toBe('654,443');
    expect(formatShare(14267 / 654443, 'en')).toBe('2.2%');
    expect(formatPercentValue(62.79, 'en')).toBe('62.79%');
    expect(formatPercentValue(0.03, 'en', 2)).toBe('0.03%');
  });

  it('Kazakh: space groups and a decimal comma, the percent sign without a space', () => {
    expect(formatCount(654443, 'kk')).toBe(`654${NBSP}443`);
    expect(formatShare(14267 / 654443, 'kk')).toBe('2,2%');
    expect(formatPercentValue(7.6, 'kk')).toBe('7,6%');
  });

  it('never lets a figure wrap: no ordinary or narrow spaces inside numbers', () => {
    for (const lang of languages) {
      for (const text of [formatCount(1234567, lang), formatShare(0.1234, lang, 2), formatPercentValue(12.5, lang)]) {
        expect(text).not.toMatch(/[ \u202f\u2009]/);
      }
    }
  });

  it('dates and lists per language', () => {
    expect(formatDate('2023-11-05', 'ru')).toBe(`5 ноября 2023${NBSP}г.`);
    expect(formatDate('2023-11-05', 'kk')).toBe(`2023${NBSP}ж. 5 қараша`);
    expect(formatDate('2023-11-05', 'en')).toBe('5 November 2023');
    expect(formatList(['A', 'B', 'C'], 'ru')).toBe('A, B и C');
    expect(formatList(['A', 'B', 'C'], 'kk')).toBe('A, B және C');
    expect(formatList(['A', 'B'], 'en')).toBe('A and B');
  });
});

describe('dictionaries loaded on demand', () => {
  it('loads Kazakh and English from their own modules, the same in the one-file page', async () => {
    expect(Object.keys(laterDictionaries).sort()).toEqual(['en', 'kk']);
    expect(await laterDictionaries.kk()).toBe(kk);
    expect(await laterDictionaries.en()).toBe(en);
    expect(await inlineDictionaries.kk()).toBe(kk);
    expect(await inlineDictionaries.en()).toBe(en);
    expect(dictionaries.kk).toBe(kk); // loaded by tests/js/setup/languages.js through loadLanguage
  });
});

describe('dictionaries', () => {
  const keys = (lang) => Object.keys(dictionaries[lang]).sort();

  // A plural message is one family (`key.one`, `key.few`, …): each language has the forms its
  // grammar needs, so families are compared by their base key.
  const pluralSuffix = new RegExp(`\\.(${pluralCategories.join('|')})$`);
  const families = (lang) => [...new Set(keys(lang).map((k) => k.replace(pluralSuffix, '')))].sort();

  it('have the same keys in ru, kk and en (plural families by their base key)', () => {
    expect(families('kk')).toEqual(families('ru'));
    expect(families('en')).toEqual(families('ru'));
  });

  it('have every plural form each language uses, and agree with the number', () => {
    for (const lang of languages) {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const bases = new Set(keys(lang).filter((k) => /\.(one|few|many)$/.test(k)).map((k) => k.replace(pluralSuffix, '')));
      for (const base of bases) {
        for (const category of needed) expect(dictionaries[lang], `${lang} ${base}.${category}`).toHaveProperty([`${base}.${category}`]);
      }
    }
    expect(translatePlural('ru', 'scenario.results', 1)).toBe('Итог по 1 округу');
    expect(translatePlural('ru', 'scenario.results', 21)).toBe('Итог по 21 округу');
    expect(translatePlural('ru', 'scenario.results', 45)).toBe('Итог по 45 округам');
    expect(translatePlural('en', 'scenario.results', 1)).toBe('Outcome of the 1 contest');
    expect(translatePlural('en', 'scenario.results', 1000)).toBe('Outcome of the 1,000 contests');
  });

  it('call against all by one Kazakh term everywhere: «Барлығына қарсы», never «Бәріне қарсы»', () => {
    const strays = Object.entries(dictionaries.kk).filter(([, text]) => /бәріне қарсы/i.test(text));
    expect(strays).toEqual([]);
  });

  it('have a non-empty string for every key, with the same placeholders in every language', () => {
    for (const lang of languages) {
      for (const key of keys(lang)) {
        const text = dictionaries[lang][key];
        // A plural form is compared with the Russian form of its family that every language has.
        const ruKey = key in dictionaries.ru ? key : key.replace(pluralSuffix, '.other');
        expect(typeof text, `${lang} ${key}`).toBe('string');
        expect(text.trim().length, `${lang} ${key}`).toBeGreaterThan(0);
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(dictionaries.ru[ruKey]));
      }
    }
  });

  it('have a message for every error code of docs/engine-api.md', () => {
    const codes = documentedErrorCodes();
    expect(codes).toContain('csv.unbalanced_quote');
    expect(codes).toContain('rule.invalid');
    expect(codes.length).toBeGreaterThanOrEqual(26);
    for (const code of codes) {
      for (const lang of languages) expect(dictionaries[lang], `${lang} error.${code}`).toHaveProperty([`error.${code}`]);
    }
  });

  it('have a message for every code docs/limits.md names, and the core returns each of them', () => {
    const limitsDoc = fs.readFileSync(path.join(repoRoot, 'docs/limits.md'), 'utf8');
    const codes = [...new Set([...limitsDoc.matchAll(/`((?:limit|zip|gzip|xlsx|xml|file|text|value)\.[a-z0-9_]+)`/g)].map((m) => m[1]))];
    expect(codes).toEqual(expect.arrayContaining(['limit.zip_ratio', 'zip.no_inflate', 'xlsx.empty_sheet', 'file.ods', 'text.invalid_utf8']));
    const coreDir = path.join(repoRoot, 'wasm/src');
    const core = fs.readdirSync(coreDir, { recursive: true })
      .filter((f) => fs.statSync(path.join(coreDir, f)).isFile())
      .map((f) => fs.readFileSync(path.join(coreDir, f), 'utf8')).join('\n');
    for (const code of codes) {
      expect(core, `${code} in wasm/src`).toContain(`"${code}"`);
      for (const lang of languages) expect(dictionaries[lang], `${lang} error.${code}`).toHaveProperty([`error.${code}`]);
    }
  });

  it('have a message for the façade’s own error (the worker failed)', () => {
    for (const code of ['engine.failed']) {
      for (const lang of languages) expect(dictionaries[lang], `${lang} error.${code}`).toHaveProperty([`error.${code}`]);
    }
  });

  it('have a message for every finding code of docs/engine-api.md', () => {
    const codes = documentedFindingCodes();
    expect(codes).toContain('claims.disagree');
    expect(codes.length).toBeGreaterThanOrEqual(11);
    for (const code of codes) {
      for (const lang of languages) expect(dictionaries[lang], `${lang} finding.${code}`).toHaveProperty([`finding.${code}`]);
    }
  });

  it('explain every derivation rule of docs/engine-api.md', () => {
    const rules = documentedDerivationRules();
    expect(rules).toEqual(expect.arrayContaining(['sum_of_children', 'parent_minus_siblings', 'region_remainder']));
    for (const rule of rules) {
      for (const lang of languages) expect(dictionaries[lang], `${lang} derivation.${rule}`).toHaveProperty([`derivation.${rule}`]);
    }
  });

  it('name every count measure of the contract', () => {
    const measures = ['registered', 'ballots_cast', 'invalid', 'blank', 'crossed_out', 'against_all', 'valid_votes', 'candidates'];
    for (const m of measures) for (const lang of languages) expect(dictionaries[lang]).toHaveProperty([`measure.${m}`]);
  });

  it('name every rule preset, its countries, and every measure an undecided contest can lack', async () => {
    const presetIds = [...apiDoc.matchAll(/`([a-z0-9-]+)` \(([A-Z]{2}(?:[ ,:][^)]*)?)\)/g)].map((m) => m[1]);
    expect(presetIds).toEqual(linkPresets);   // the core's list (parity-rules.test.js checks the two agree)
    const countries = new Set([...apiDoc.matchAll(/`[a-z0-9-]+` \(([A-Z]{2}(?: [A-Z]{2})*)/g)].flatMap((m) => m[1].split(' ')));
    expect(countries.size).toBeGreaterThanOrEqual(15);
    const missing = ['candidate_votes', 'against_all', 'ballots_cast', 'registered', 'blank', 'crossed_out', 'consistent_counts', 'bounds_too_wide'];
    for (const lang of languages) {
      for (const id of presetIds) {
        for (const part of ['name', 'description', 'note']) expect(dictionaries[lang], `${lang} ${id}.${part}`).toHaveProperty([`preset.${id}.${part}`]);
      }
      for (const code of countries) expect(dictionaries[lang], `${lang} country.${code}`).toHaveProperty([`country.${code}`]);
      for (const m of missing) expect(dictionaries[lang], `${lang} missing.${m}`).toHaveProperty([`missing.${m}`]);
      for (const kind of ['valid', 'void', 'runoff', 'undecided']) {
        for (const prefix of ['outcome', 'outcome.title', 'outcome.count']) expect(dictionaries[lang]).toHaveProperty([`${prefix}.${kind}`]);
      }
    }
  });

  it('fill placeholders and fall back to the key when a string is missing', () => {
    expect(translate('ru', 'completeness.of', { n: 22, total: 45 })).toBe('22 из 45');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});

describe('language detection', () => {
  it('takes the first of kk, ru, en among the browser languages, else Russian', () => {
    expect(detectLanguage(['kk-KZ', 'ru-RU'])).toBe('kk');
    expect(detectLanguage(['ru-KZ', 'kk'])).toBe('ru');
    expect(detectLanguage(['de-DE', 'en-US', 'ru'])).toBe('en');
    expect(detectLanguage(['en'])).toBe('en');
    expect(detectLanguage(['de-DE', 'fr'])).toBe('ru');
    expect(detectLanguage([])).toBe('ru');
    expect(detectLanguage(['KK'])).toBe('kk');
  });
});

describe('findings and errors as sentences', () => {
  const disagreement = {
    id: 'F3',
    code: 'claims.disagree',
    severity: 'warning',
    units: ['north-kazakhstan'],
    measure: 'ballots_cast',
    values: { claims: [{ value: 23451, source: 'article' }, { value: 24061, source: 'kazinform-sko' }] },
    sources: ['article', 'kazinform-sko'],
  };

  it('formats a finding’s values per language', () => {
    expect(findingText(createI18n('ru'), disagreement)).toBe(
      `Проголосовали: источники расходятся — 23${NBSP}451 (article) и 24${NBSP}061 (kazinform-sko).`,
    );
    expect(findingText(createI18n('en'), disagreement)).toBe(
      'Voters (ballots cast): the sources disagree — 23,451 (article) and 24,061 (kazinform-sko).',
    );
  });

  it('shows published and recomputed percentages as percentages', () => {
    const mismatch = { id: 'F7', code: 'check.published_pct_mismatch', severity: 'error', units: ['west-kazakhstan'],
      measure: 'against_all_pct', values: { published: 6.4, recomputed: 3.7111395023422764 } };
    expect(findingText(createI18n('ru'), mismatch)).toBe(`Доля «против всех»: опубликовано 6,4${NBSP}%, пересчёт даёт 3,71${NBSP}%.`);
    expect(findingText(createI18n('kk'), mismatch)).toContain('6,4%');
  });

  it('leaves no placeholder unfilled for any documented finding code', () => {
    const values = { claims: [{ value: 1, source: 'a' }], parts: 1, ballots_cast: 2, registered: 3, parent: 4,
      children_sum: 5, unknown_children: 2, published: 2.2, recomputed: 2.18, missing: ['registered'], claimed: 2,
      listed: 3, elected: 'A', elected_votes: 1, leader: 'B', leader_votes: 2,
      // issue 11: why a contest cannot be decided
      candidates: 7, against_all: 1, sum: 8, valid_votes: 7, difference: 1, direction: 'short', invalid: null };
    for (const code of documentedFindingCodes()) {
      for (const lang of languages) {
        const text = findingText(createI18n(lang), { id: 'F1', code, severity: 'info', units: [], measure: 'ballots_cast', values });
        expect(text, `${lang} ${code}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('translates an error and says where it is', () => {
    const error = { code: 'value.not_integer', file: 'figures.csv', line: 3,
      column: 17, field: 'value', text: '7x5' };
    expect(errorMessage(createI18n('en'), error)).toBe('The value is not a whole number.');
    expect(errorLocation(createI18n('en'), error)).toBe('file figures.csv, line 3, column 17, field “value”, value “7x5”');
    expect(errorLocation(createI18n('ru'), error)).toBe('файл figures.csv, строка 3, столбец 17, поле «value», значение «7x5»');
    expect(errorMessage(createI18n('ru'), { code: 'no.such_code' })).toBe('Неизвестная ошибка (no.such_code).');
  });
});
