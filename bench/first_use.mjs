// Issue 14, item 5: the user's first upload against warm ones, in Chromium. Two fresh browser
// profiles: in each a page loads the full core (fetch + streaming compile + instantiate), the
// second also runs the worker's warm-up (web/src/engine/warmUp.js: what the page does once its
// first screen is shown), then the upload's summary is called once (cold) and `runs` more times
// (warm), a few seconds after the load (BENCH_FIRST_USE_PAUSE_MS: the user picks the file). The
// target is the cold call with the warm-up ≤ 1.5× the median warm call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Between the warm-up and the first upload: a conservative few seconds for picking a file and
// confirming its mapping (each a click at least; the file's inspection alone takes longer on big files).
const pauseMs = Number(process.env.BENCH_FIRST_USE_PAUSE_MS || 3000);

async function visit(origin, input, warmUp) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'against-all-first-use-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const request = { op: 'summary', dataset: { upload: { file: 'bench.csv', mapping: input.mapping } } };
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/first-use`);
    await page.waitForFunction(() => window.firstUseReady === true);
    await page.evaluate((url) => window.firstUse.load(url), `/data/${input.key}.csv`);
    const loadMs = await page.evaluate(() => window.firstUse.loadCore());
    const warm = warmUp ? await page.evaluate(() => window.firstUse.warmUp()) : null;
    // The first upload comes at the earliest after the user has picked a file and confirmed its
    // mapping (the page warms the core right after its first screen); V8 optimises in the background meanwhile.
    await page.waitForTimeout(pauseMs);
    const first = await page.evaluate((r) => window.firstUse.run(r), request);
    const later = [];
    for (let run = 0; run < input.runs; run += 1) later.push(await page.evaluate((r) => window.firstUse.run(r), request));
    return {
      warm_up: Boolean(warmUp),
      load_ms: loadMs,
      warm_up_ms: warm ? warm.ms : null,
      pause_ms: pauseMs,
      first_ms: first.ms,
      warm_ms: later.map((r) => r.ms),
      ok: first.ok && later.every((r) => r.ok) && (!warm || warm.ok),
    };
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** input: { key, path, mapping, runs } → { visits: [without the warm-up, with it] }. */
export async function firstUseInChromium(input, log) {
  const server = await serve({
    [`/data/${input.key}.csv`]: input.path,
    '/first-use': join(root, 'bench/first_use.html'),
    '/bench/first_use_page.js': join(root, 'bench/first_use_page.js'),
    '/engine/warmUp.js': join(root, 'web/src/engine/warmUp.js'),
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const visits = [];
  try {
    for (const warmUp of [false, true]) {
      const result = await visit(origin, input, warmUp);
      visits.push(result);
      log(`  first use ${input.key}${warmUp ? ', after the warm-up' : ''}: load ${result.load_ms.toFixed(0)} ms, first call ${result.first_ms.toFixed(0)} ms`);
    }
  } finally {
    server.close();
  }
  return { visits };
}
