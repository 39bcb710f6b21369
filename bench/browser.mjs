// Drives bench/page.js in Debian's Chromium (headless, playwright-core), serving the page, the
// built wasm core (web/generated/), Papa Parse and uDSV (from node_modules, no CDN) and the
// input file from 127.0.0.1. Everything runs on the page's main thread.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };

/** A server of the bench's pages, the built core and `files` (path → file) on 127.0.0.1. */
export function serve(files) {
  const routes = {
    '/': join(root, 'bench/page.html'),
    '/bench/page.js': join(root, 'bench/page.js'),
    '/bench/page_requests.js': join(root, 'bench/page_requests.js'),
    '/core/against_all_core.mjs': join(root, 'web/generated/against_all_core.mjs'),
    '/core/against_all_core.wasm': join(root, 'web/generated/against_all_core.wasm'),
    '/lib/papaparse.min.js': join(root, 'node_modules/papaparse/papaparse.min.js'),
    '/lib/uDSV.mjs': join(root, 'node_modules/udsv/dist/uDSV.mjs'),
    ...files,
  };
  const server = createServer((req, res) => {
    const path = routes[new URL(req.url, 'http://x').pathname];
    if (!path) {
      res.writeHead(404).end();
      return;
    }
    // Cacheable, as a published page's files are: a second visit may then use the compiled wasm V8 cached.
    res.writeHead(200, { 'content-type': types[extname(path)] || 'application/octet-stream', 'content-length': statSync(path).size,
      'cache-control': 'max-age=3600', 'last-modified': statSync(path).mtime.toUTCString() });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * inputs: [{ key, path, mapping?, columns, runs, evaluateMapping? }] → results by key (parse runs
 * when `mapping` is given, a session and evaluate runs when `evaluateMapping` is).
 * Each input gets a fresh browser context (its own renderer and heap).
 */
export async function runInChromium(inputs, log) {
  const files = Object.fromEntries(inputs.map((input) => [`/data/${input.key}.csv`, input.path]));
  const server = await serve(files);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const userDataDir = mkdtempSync(join(tmpdir(), 'against-all-bench-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--enable-precise-memory-info'],
  });
  const version = browser.browser()?.version() ?? null;
  const results = {};
  try {
    for (const input of inputs) {
      const out = { wasm: [], papa: [], udsv: [] };
      const page = await browser.newPage();
      await page.goto(origin + '/');
      await page.waitForFunction(() => window.benchReady === true);
      await page.evaluate(async (url) => {
        await window.bench.load(url);
        await window.bench.loadCore();
      }, `/data/${input.key}.csv`);
      const request = { op: 'summary', dataset: { upload: { file: 'bench.csv', mapping: input.mapping } } };
      if (input.mapping) {
        // One warm-up run of each, not counted: the first call compiles the hot code.
        await page.evaluate((r) => window.bench.wasmRun(r), request);
        await page.evaluate((c) => window.bench.papaRun(c), input.columns);
        await page.evaluate(() => window.bench.udsvRun());
      }
      for (let run = 0; input.mapping && run < input.runs; run += 1) {
        // The order rotates so that no tool always runs first (or right after the heaviest one).
        const order = [['wasm', () => page.evaluate((r) => window.bench.wasmRun(r), request)],
          ['papa', () => page.evaluate((c) => window.bench.papaRun(c), input.columns)],
          ['udsv', () => page.evaluate(() => window.bench.udsvRun())]];
        for (let k = 0; k < order.length; k += 1) {
          const [name, go] = order[(k + run) % order.length];
          out[name].push(await go());
        }
        log(`  chromium ${input.key}: run ${run + 1}/${input.runs}`);
      }
      await page.close();
      if (input.evaluateMapping) {
        const evalPage = await browser.newPage();
        await evalPage.goto(origin + '/');
        await evalPage.waitForFunction(() => window.benchReady === true);
        out.evaluate = await evalPage.evaluate(async ({ url, mapping, runs }) => {
          await window.bench.load(url);
          await window.bench.loadCore();
          return window.bench.evaluateRuns({ op: 'open', dataset: { upload: { file: 'bench.csv', mapping } } },
            [{ name: 'totals', contests: false, curve: false }, { name: 'contests', contests: true, curve: false },
              { name: 'curve', contests: false, curve: true }, { name: 'full', contests: true, curve: true }], runs);
        }, { url: `/data/${input.key}.csv`, mapping: input.evaluateMapping, runs: input.runs });
        await evalPage.close();
      }
      results[input.key] = out;
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return { version, results };
}

