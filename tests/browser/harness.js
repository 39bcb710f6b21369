// Serves the built page (dist/) on a free localhost port and drives it in Debian's Chromium;
// or opens a page from disk (file://) with every http(s) request refused.
// Records every request the page makes so tests can assert that none leaves the machine, and
// every Content-Security-Policy violation Chromium reports.
//
// One Chromium and one server of dist/ per test file, shared by its sessions: each session is a
// fresh browser context (its own storage, cache and service workers), so tests stay independent
// while the file starts Chromium and the server once instead of once per describe (docs/testing.md).
import { afterAll } from 'vitest';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The built pages: the served one (dist/) and the one-file page. */
export const distDir = `${root}/dist`;
export const singleFilePath = `${root}/dist/against-all.html`;

let sharedBrowser = null;  // a promise of the file's Chromium
let sharedServer = null;   // a promise of the file's server of dist/

function sharedChromium() {
  sharedBrowser ??= launchChromium();
  return sharedBrowser;
}

function serve(dir) {
  return preview({
    root,
    configFile: `${root}/vite.config.js`,
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    ...(dir ? { build: { outDir: dir } } : {}),
    logLevel: 'silent',
  });
}

async function closeServer(server) {
  server.httpServer.closeAllConnections?.();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

afterAll(async () => {
  const [browser, server] = [sharedBrowser, sharedServer];
  sharedBrowser = sharedServer = null;
  if (browser) await (await browser).close();
  if (server) await closeServer(await server);
});

function launchChromium() {
  return chromium.launch({
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
}

/** A browser context and page that record requests, page errors and policy violations. */
async function openContext(browser, { locale, viewport }) {
  const context = await browser.newContext({ locale, viewport });
  const requests = [];
  const pageErrors = [];
  const policyViolations = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  return { context, page, requests, pageErrors, policyViolations };
}

/**
 * Opens a page of the built site (dist/, served on 127.0.0.1) in a fresh context of the file's
 * Chromium. With `dir`, that folder gets a server of its own, and `stopServer()` takes it away
 * while the browser stays (for offline checks); the shared server of dist/ cannot be stopped.
 */
export async function startPage({ locale = 'ru-RU', viewport = { width: 1280, height: 900 }, dir } = {}) {
  const own = Boolean(dir);
  const server = own ? await serve(dir) : await (sharedServer ??= serve());
  const url = server.resolvedUrls.local[0];
  const browser = await sharedChromium();
  const session = await openContext(browser, { locale, viewport });
  let serving = own;
  const stopServer = async () => {
    if (!own) throw new Error('stopServer() needs a server of its own: pass startPage({ dir })');
    if (!serving) return;
    serving = false;
    await closeServer(server);
  };
  return {
    url,
    browser,
    ...session,
    stopServer,
    async close() {
      await session.context.close();
      if (own) await stopServer();
    },
  };
}

/**
 * Opens a page from disk (file://, the one-file page unless `path` is given) with the network
 * refused: every request that is not file:, data: or blob: is aborted and listed in `refused`.
 */
export async function openFile({ path = singleFilePath, locale = 'ru-RU', viewport = { width: 1280, height: 900 } } = {}) {
  const browser = await sharedChromium();
  const session = await openContext(browser, { locale, viewport });
  const refused = [];
  await session.context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  return {
    url: pathToFileURL(path).href,
    browser,
    ...session,
    refused,
    async close() {
      await session.context.close();
    },
  };
}

/** Requests that went anywhere but the page's own place (data: and blob: URLs are local). */
export function foreignRequests(requests, url) {
  const origin = new URL(url).origin;
  const local = (r) =>
    r.startsWith('data:') || r.startsWith('blob:') || (url.startsWith('file:') ? r.startsWith('file:') : r.startsWith(`${origin}/`) || r === origin);
  return requests.filter((r) => !local(r));
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now (axe injected from node_modules). */
export async function axeViolations(page) {
  // page.evaluate goes through the DevTools protocol, which the page's script policy does not govern.
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * Shows a place of the page (overview, scenario, regions, findings, sources, file) through its
 * navigation, as a reader would, and waits until it is the one shown (app/places.js).
 */
export async function showPlace(page, place) {
  await page.click(`#nav-${place}`);
  await page.waitForSelector(`#place-${place}:not([hidden])`);
}
