// A browser without the WebAssembly features the core is built with (SIMD, exceptions, bulk memory,
// non-trapping float-to-int: Chrome/Edge before 95, Firefox before 100, Safari before 16.4) gets a
// plain message saying which browsers work, not a crash. Simulated here by an init script that makes
// WebAssembly.validate refuse the feature probes (web/src/engine/wasmSupport.js) before the page runs.
import { describe, it, expect, afterEach } from 'vitest';
import { startPage, openFile, foreignRequests, axeViolations, showPlace } from './harness.js';

/** Makes this context's WebAssembly.validate refuse every module (an old browser's answer to the probes). */
const refuseEveryModule = () => {
  WebAssembly.validate = () => false;
};
/** Only SIMD missing: refuses modules with a v128.const (0xfd 0x0c), as a browser without SIMD would. */
const refuseSimd = () => {
  const validate = WebAssembly.validate.bind(WebAssembly);
  WebAssembly.validate = (bytes) => {
    const b = new Uint8Array(bytes);
    for (let i = 0; i + 1 < b.length; i += 1) if (b[i] === 0xfd && b[i + 1] === 0x0c) return false;
    return validate(bytes);
  };
};

const message = (page) => page.locator('[role="alert"]').first();

describe('a browser without the WebAssembly features the core needs', () => {
  let session;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('says so in Russian, names the browsers that work, and never loads the core', async () => {
    session = await startPage({ locale: 'ru-RU' });
    await session.context.addInitScript(refuseEveryModule);
    await session.page.goto(session.url);
    await message(session.page).waitFor();
    const shown = await message(session.page).innerText();
    expect(shown).toContain('Этот браузер не может запустить калькулятор');
    expect(shown).toContain('Chrome и Edge версии 95 и новее, Firefox 100 и новее и Safari 16.4 и новее');
    expect(shown).toContain('Не хватает: simd, exceptions, bulk-memory и nontrapping-fptoint.');
    expect(await session.page.getAttribute('html', 'lang')).toBe('ru');
    expect(await session.page.locator('.region-table').count()).toBe(0);
    expect(session.requests.filter((url) => /\.wasm$|worker/.test(url))).toEqual([]);
    expect(session.pageErrors.map(String)).toEqual([]);
    expect(foreignRequests(session.requests, session.url)).toEqual([]);
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('in English, naming only the missing feature', async () => {
    session = await startPage({ locale: 'en-GB' });
    await session.context.addInitScript(refuseSimd);
    await session.page.goto(session.url);
    await message(session.page).waitFor();
    const shown = await message(session.page).innerText();
    expect(shown).toContain('This browser cannot run the calculator');
    expect(shown).toContain('Firefox 100 or newer');
    expect(shown).toContain('Missing: simd.');
    expect(session.pageErrors.map(String)).toEqual([]);
  });

  it('the one-file page from disk says the same, in Kazakh', async () => {
    session = await openFile({ locale: 'kk-KZ' });
    await session.context.addInitScript(refuseEveryModule);
    await session.page.goto(session.url);
    await message(session.page).waitFor();
    expect(await message(session.page).innerText()).toContain('Бұл браузер калькуляторды іске қоса алмайды');
    expect(session.pageErrors.map(String)).toEqual([]);
    expect(session.refused).toEqual([]);
  });
});

describe('a browser that has them', () => {
  it('shows the page, not the message', async () => {
    const session = await startPage({ locale: 'ru-RU' });
    try {
      await session.page.goto(session.url);
      await session.page.waitForSelector('#nav-regions', { timeout: 20000 });
      await showPlace(session.page, 'regions');
      await session.page.waitForSelector('.region-table tbody tr', { timeout: 20000 });
      expect(await session.page.getByText('Этот браузер не может запустить калькулятор').count()).toBe(0);
    } finally {
      await session.close();
    }
  });
});
