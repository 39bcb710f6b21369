import { defineConfig, build } from 'vite';
import preact from '@preact/preset-vite';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serviceWorkerPlugin } from './vite/service-worker-plugin.js';
import { singleFilePlugin } from './vite/single-file-plugin.js';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const root = here('./web');
const outDir = here('./dist');

// The page lives in web/; the bundled datasets in data/ and the wasm build in web/generated/
// are imported as assets, so the built page needs nothing from the network.
//
// `vite build` writes two pages into dist/:
// - the served, installable page (index.html, assets/, sw.js that precaches them, manifest, icons);
// - the one-file page, dist/against-all.html (mode "single", built right after): the same app with
//   JS, CSS, the wasm and the data inlined, for opening from disk.
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    root,
    base: './',
    plugins: [
      preact(),
      devStylePolicy(),
      ...(single
        ? [singleFilePlugin({ iconSvg: () => fs.readFileSync(here('./web/public/icons/icon.svg'), 'utf8') })]
        : [serviceWorkerPlugin({ template: here('./web/src/offline/service-worker.js') }), alsoBuildSingleFile()]),
    ],
    resolve: single
      ? {
          // The one-file page: the core with its .wasm inlined, its worker started from a Blob URL.
          alias: [
            { find: /^.*\/generated\/against_all_core\.mjs$/, replacement: here('./web/generated/against_all_core_single.mjs') },
            { find: /^\.\/spawnWorker\.js$/, replacement: here('./web/src/engine/spawnWorker.inline.js') },
            // …and one full core in it, not the small first module and a chunk of the full one.
            { find: /^\.\/cores\.js$/, replacement: here('./web/src/engine/cores.inline.js') },
            // …and every bundled election's tables inlined, not fetched as chunks.
            { find: /^\.\/laterTables\.js$/, replacement: here('./web/src/data/laterTables.inline.js') },
            // …and the Kazakh and English dictionaries, not loaded as chunks.
            { find: /^\.\/laterDictionaries\.js$/, replacement: here('./web/src/i18n/laterDictionaries.inline.js') },
          ],
        }
      : {},
    build: {
      outDir,
      emptyOutDir: !single,
      target: 'es2022',
      ...(single ? { copyPublicDir: false, modulePreload: false, cssCodeSplit: false, assetsInlineLimit: Number.MAX_SAFE_INTEGER } : {}),
    },
    // A file:// page may start a classic worker from a Blob URL but not a module one (its opaque
    // origin fails the module fetch's same-origin check), so the one-file page's worker is an IIFE.
    worker: { format: single ? 'iife' : 'es' },
    server: { fs: { allow: [here('.')] } },
    preview: { host: '127.0.0.1' },
  };
});

/** After the served page, the one-file page (a nested build in mode "single"). */
function alsoBuildSingleFile() {
  let config;
  return {
    name: 'against-all:also-single-file',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      await build({ configFile: config.configFile, mode: 'single', logLevel: config.logLevel });
    },
  };
}

/** The dev server injects CSS as <style> elements, which the page's policy would refuse. */
function devStylePolicy() {
  return {
    name: 'against-all:dev-style-policy',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}
