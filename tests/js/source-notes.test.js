// A source's note in the reader's language, from the real wasm core: every bundled note written in
// ru, kk and en; a dataset without the language columns gives every reader its English note, marked
// as English so that the page can set the lang attribute.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createEngine, directTransport } from '../../web/src/engine/index.js';
import { loadWasmCore, readDatasetFolder } from './support.js';

describe('source notes per language', () => {
  let engine;
  beforeAll(async () => {
    engine = createEngine(directTransport(await loadWasmCore()));
  });
  afterAll(() => engine.close());

  async function sourcesOf(dataset) {
    const response = await engine.summary(dataset);
    expect(response.ok).toBe(true);
    return Object.fromEntries(response.result.sources.map((s) => [s.id, s]));
  }

  it('gives the bundled election sources their notes in ru, kk and en', async () => {
    const sources = await sourcesOf(readDatasetFolder('data/kz-2023-akims'));
    expect(sources.elkz.note).toEqual({
      ru: 'итоги ЦИК: 125 кандидатов, явка 62,79 %, 1 553 комиссии',
      kk: 'ОСК қорытындысы: 125 кандидат, сайлаушылардың қатысуы 62,79 %, 1 553 комиссия',
      en: 'CEC summary: 125 candidates, turnout 62.79%, 1,553 commissions',
    });
    expect(sources.elkz.note_language).toEqual({ ru: 'ru', kk: 'kk', en: 'en' });
    expect(sources['qazaqstan-tv-kyzylorda'].note).toBeNull();
    expect(sources['qazaqstan-tv-kyzylorda'].note_language).toBeNull();
  });

  it('gives every note of the gallery elections in three languages', async () => {
    for (const folder of ['data/ru-2004-president', 'data/kg-2017-president', 'data/bg-2024-06-09-national-assembly']) {
      const sources = Object.values(await sourcesOf(readDatasetFolder(folder)));
      expect(sources.length).toBeGreaterThan(1);
      for (const s of sources) expect(s.note_language).toEqual({ ru: 'ru', kk: 'kk', en: 'en' });
    }
    const russia = await sourcesOf(readDatasetFolder('data/ru-2004-president'));
    expect(russia['cec-ru'].note.ru).toContain('108 064 281 против 108 064 342');
    expect(russia['cec-ru'].note.en).toContain('108,064,281 vs 108,064,342');
  });

  it('names a compiled source in the reader\'s language, and a publisher\'s own name as it writes it', async () => {
    const russia = await sourcesOf(readDatasetFolder('data/ru-2004-president'));
    expect(russia['kobak-shpilkin'].publisher.ru).toBe(
      'Центральная избирательная комиссия Российской Федерации (vybory.izbirkom.ru); свод — Сергей Шпилькин; файл — Дмитрий Кобак',
    );
    expect(russia['kobak-shpilkin'].publisher.en).toMatch(/^Central Election Commission of the Russian Federation/);
    expect(russia['kobak-shpilkin'].publisher_language).toEqual({ ru: 'ru', kk: 'kk', en: 'en' });
    // Written once, as the commission writes its name (the `publisher` column): every language shows it.
    expect(russia['cec-ru'].publisher).toEqual({
      ru: 'Центральная избирательная комиссия Российской Федерации',
      kk: 'Центральная избирательная комиссия Российской Федерации',
      en: 'Центральная избирательная комиссия Российской Федерации',
    });
    const kz = await sourcesOf(readDatasetFolder('data/kz-2023-akims'));
    expect(kz.article.publisher.ru).toBe('Научная статья (Казахстан, на русском языке)');
    expect(kz.article.publisher.en).toBe('Research article (Kazakhstan, in Russian)');
    for (const folder of ['data/bg-2024-06-09-national-assembly', 'data/kg-2017-president']) {
      for (const s of Object.values(await sourcesOf(readDatasetFolder(folder)))) {
        expect(s.publisher.ru, `${folder} ${s.id}`).not.toMatch(/compiled by|Bulgaria\)/);
      }
    }
  });

  it('falls back to the English note, marked as English, where a language has none', async () => {
    const clean = readDatasetFolder('tests/fixtures/clean');
    const sources = await sourcesOf({
      files: {
        ...clean.files,
        'sources.csv':
          'id,publisher,title,url,language,kind,note,note_ru\n' +
          'news,A newspaper,Results,,en,news,as reported,как сообщено\n' +
          'official,Election commission,Final protocol,,en,official,,\n',
      },
    });
    expect(sources.news.note).toEqual({ ru: 'как сообщено', kk: 'as reported', en: 'as reported' });
    expect(sources.news.note_language).toEqual({ ru: 'ru', kk: 'en', en: 'en' });
    expect(sources.official.note).toBeNull();
  });
});
