// A browser too old for the wasm build (no wasm SIMD or no wasm exceptions: before Chrome 91/95,
// Safari 16.4/15.2) gets a plain, translated message instead of a blank page. Chromium has both
// features, so the page is told it lacks them: WebAssembly.validate refuses every module.
import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import { startPage, openFile } from './harness.js';

const screenshotDir = new URL('../../test-results/', import.meta.url);
const withoutWasmFeatures = () => {
  WebAssembly.validate = () => false;
};

describe('a browser without wasm SIMD or exceptions', () => {
  let session;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('served: says so in the browser’s language, and starts no engine', async () => {
    session = await startPage({ locale: 'en-US', viewport: { width: 360, height: 740 } });
    await session.page.addInitScript(withoutWasmFeatures);
    await session.page.goto(session.url);
    const notice = session.page.locator('#unsupported-browser');
    await notice.waitFor();
    expect(await notice.getAttribute('data-missing')).toBe('simd exceptions');
    expect(await notice.innerText()).toContain('This browser cannot run the calculator.');
    expect(await notice.innerText()).toContain('Safari 16.4');
    expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(session.requests.some((url) => url.endsWith('.wasm'))).toBe(false);
    expect(session.pageErrors).toEqual([]);
    fs.mkdirSync(screenshotDir, { recursive: true });
    await session.page.screenshot({ path: new URL('unsupported-360-en.png', screenshotDir).pathname });
  });

  it('the one-file page from disk: the same message, in Russian by default', async () => {
    session = await openFile({ locale: 'ru-RU' });
    await session.page.addInitScript(withoutWasmFeatures);
    await session.page.goto(session.url);
    const notice = session.page.locator('#unsupported-browser');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Этот браузер не может запустить калькулятор.');
    expect(session.pageErrors).toEqual([]);
    await session.page.screenshot({ path: new URL('unsupported-1280-ru.png', screenshotDir).pathname });
  });
});
