// What the page loads before its first screen, gzipped (issue 14, item 5): the files dist/index.html
// names (the entry script, its stylesheet, module preloads), every module they import statically,
// the engine's worker (started at once) and whatever it fetches by `new URL(…, import.meta.url)`
// (the first wasm module, against_all_core_lite). Dynamic `import()` chunks are left out: they load
// when a feature asks (another election's tables, the Kazakh and English dictionaries, the full
// core the worker loads for the first file or warms after the first screen). Each file is gzipped at level 9 as a server
// would send it. Run by `npm run build` (scripts/build.sh) after `vite build`.
//
//   node scripts/first-load-size.mjs [dist] [--json]
//
// Prints every file and the total; exits 1 when the total is past the budget (FIRST_LOAD_BUDGET_KB,
// by default the target, 300 KB, met since the first module and the dictionaries were
// split off), so a change that makes the first load heavier fails the build loudly.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const targetKb = 300;
export const budgetKb = Number(process.env.FIRST_LOAD_BUDGET_KB || targetKb);

const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const urlReference = /new URL\(\s*["'`]([^"'`]+)["'`]\s*,\s*import\.meta\.url/g;

function htmlAssets(html) {
  const out = [];
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) out.push(m[1]);
  for (const m of html.matchAll(/<link[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g)) out.push(m[1]);
  for (const m of html.matchAll(/<link[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|modulepreload)"/g)) out.push(m[1]);
  return out;
}

/** The files of the first load, relative to dist, in the order found. */
export function firstLoadFiles(dist) {
  const seen = new Set(['index.html']);
  const queue = htmlAssets(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).map((href) => path.normalize(href));
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    const full = path.join(dist, file);
    if (!fs.existsSync(full)) throw new Error(`first-load-size: ${file} is named but not in ${dist}`);
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const text = fs.readFileSync(full, 'utf8');
    const here = path.dirname(file);
    for (const m of text.matchAll(staticImport)) queue.push(path.normalize(path.join(here, m[1])));
    for (const m of text.matchAll(urlReference)) {
      if (/^[a-z]+:/i.test(m[1])) continue;
      queue.push(path.normalize(path.join(here, m[1])));
    }
  }
  return [...seen];
}

export function measure(dist) {
  const files = firstLoadFiles(dist).map((file) => {
    const bytes = fs.readFileSync(path.join(dist, file));
    return { file, bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  return { files, total, budget: budgetKb * 1000, target: targetKb * 1000 };
}

function main() {
  const args = process.argv.slice(2);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dist = args.find((a) => !a.startsWith('--')) || path.join(root, 'dist');
  const result = measure(dist);
  if (args.includes('--json')) {
    console.log(JSON.stringify(result));
  } else {
    const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
    console.log('First load (what the first screen fetches), gzipped:');
    for (const f of result.files) console.log(`  ${kb(f.gzip).padStart(10)}  ${f.file} (${kb(f.bytes)} raw)`);
    console.log(`  ${kb(result.total).padStart(10)}  total; target ${targetKb} KB: ${result.total <= result.target ? 'met' : 'NOT met'}; budget ${budgetKb} KB`);
  }
  if (result.total > result.budget) {
    console.error(`first-load-size: the first load is ${(result.total / 1000).toFixed(1)} KB gzipped, past the budget of ${budgetKb} KB (scripts/first-load-size.mjs)`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
