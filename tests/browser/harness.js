// Serves the built page (dist/) on a free localhost port and drives it in Debian's Chromium.
// Records every request the page makes so tests can assert that none leaves localhost.
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function startPage({ locale = 'ru-RU', viewport = { width: 1280, height: 900 } } = {}) {
  const server = await preview({
    root,
    configFile: `${root}/vite.config.js`,
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls.local[0];
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ locale, viewport });
  const requests = [];
  const pageErrors = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error));
  return {
    url,
    browser,
    context,
    page,
    requests,
    pageErrors,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.httpServer.close(resolve));
    },
  };
}

/** Requests that went anywhere but the local server (data: and blob: URLs are local). */
export function foreignRequests(requests, url) {
  const origin = new URL(url).origin;
  return requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'));
}
