// The build steps behind the offline page: the service worker's precache list (vite/precache.js)
// and the one-file page's inlining and policy (vite/single-file-plugin.js).
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precacheManifest, precacheManifestOf, listFiles, serviceWorkerSource } from '../../vite/precache.js';
import { inlinePage, singleFilePolicy } from '../../vite/single-file-plugin.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dist = path.join(repoRoot, 'dist');

const files = (entries) => Object.entries(entries).map(([p, bytes]) => ({ path: p, bytes }));
const built = files({
  'index.html': '<!doctype html>',
  'assets/index-abc.js': 'console.log(1)',
  'assets/against_all_core-def.wasm': Buffer.from([0, 97, 115, 109]),
  'assets/worker-123.js': 'self.onmessage = null',
  'manifest.webmanifest': '{}',
  'sw.js': 'old service worker',
  'against-all.html': '<!doctype html>',
  'assets/index-abc.js.map': '{}',
});

describe('precache list', () => {
  it('lists every file of the page relative to the service worker, the index first', () => {
    const { entries } = precacheManifest(built);
    expect(entries.map((e) => e.url)).toEqual([
      './index.html',
      './assets/against_all_core-def.wasm',
      './assets/index-abc.js',
      './assets/worker-123.js',
      './manifest.webmanifest',
    ]);
    for (const e of entries) expect(e.revision).toMatch(/^[0-9a-f]{16}$/);
  });

  it('leaves out the service worker itself, the one-file page and source maps', () => {
    const urls = precacheManifest(built).entries.map((e) => e.url);
    expect(urls).not.toContain('./sw.js');
    expect(urls).not.toContain('./against-all.html');
    expect(urls.some((u) => u.endsWith('.map'))).toBe(false);
  });

  it('has one version that changes when any file changes, and only then', () => {
    const a = precacheManifest(built);
    expect(precacheManifest([...built].reverse())).toEqual(a);
    const changed = built.map((f) => (f.path === 'index.html' ? { ...f, bytes: '<!doctype html><p>new' } : f));
    const b = precacheManifest(changed);
    expect(b.version).not.toBe(a.version);
    expect(b.entries.find((e) => e.url === './index.html').revision).not.toBe(a.entries[0].revision);
    expect(b.entries.slice(1)).toEqual(a.entries.slice(1));
    // The old service worker's text is no part of the version (the new one replaces it).
    expect(precacheManifest(built.map((f) => (f.path === 'sw.js' ? { ...f, bytes: 'other' } : f))).version).toBe(a.version);
  });

  it('reads a built folder, sub-folders included', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'against-all-precache-'));
    try {
      for (const { path: p, bytes } of built) {
        fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
        fs.writeFileSync(path.join(dir, p), bytes);
      }
      expect(listFiles(dir)).toContain('assets/worker-123.js');
      expect(precacheManifestOf(dir)).toEqual(precacheManifest(built));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('goes into the service worker in place of its placeholder', () => {
    const manifest = precacheManifest(built);
    const source = serviceWorkerSource('const manifest = self.__PRECACHE_MANIFEST__;', manifest);
    expect(source).toContain(manifest.version);
    expect(source).not.toContain('__PRECACHE_MANIFEST__');
    expect(() => serviceWorkerSource('const manifest = {};', manifest)).toThrow(/__PRECACHE_MANIFEST__/);
    const template = fs.readFileSync(path.join(repoRoot, 'web/src/offline/service-worker.js'), 'utf8');
    expect(() => serviceWorkerSource(template, manifest)).not.toThrow();
  });

  it.skipIf(!fs.existsSync(path.join(dist, 'sw.js')))('matches the built page in dist/: every file, nothing else', () => {
    const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
    const manifest = precacheManifestOf(dist);
    expect(sw).toContain(JSON.stringify(manifest, null, 2));
    const urls = manifest.entries.map((e) => e.url);
    expect(urls.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(urls.filter((u) => /^\.\/assets\/.*\.js$/.test(u)).length).toBeGreaterThanOrEqual(2);
    for (const u of urls) expect(u).toMatch(/^\.\/[\w./-]+$/); // all relative: nothing from another origin
  });
});

describe('one-file page', () => {
  const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const html = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'" />
<link rel="icon" href="./icons/icon.svg" type="image/svg+xml" />
<link rel="apple-touch-icon" href="./icons/apple-touch-icon.png" />
<link rel="manifest" href="./manifest.webmanifest" />
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index-abc.css">
</head><body><div id="app"></div></body></html>`;
  const sources = { 'assets/index-abc.js': 'const s = "</script>"; run(s);', 'assets/index-abc.css': 'body{margin:0}' };
  const page = inlinePage(html, (f) => sources[f], '<svg xmlns="http://www.w3.org/2000/svg"/>');

  it('inlines the script and the stylesheet and references no file', () => {
    expect(page).toContain('<script type="module">const s = "<\\/script>"; run(s);</script>');
    expect(page).toContain('<style>body{margin:0}</style>');
    expect(page).not.toMatch(/(?:src|href)="\.?\/?(?:assets|icons|manifest)/);
    expect(page).toContain('<link rel="icon" href="data:image/svg+xml,');
  });

  it('allows exactly its own inline blocks, by hash, and no origin', () => {
    const policy = page.match(/content="([^"]+)"/)[1];
    expect(policy).toBe(singleFilePolicy({ scripts: ['const s = "<\\/script>"; run(s);'], styles: ['body{margin:0}'] }));
    expect(policy).toContain(`script-src ${sha('const s = "<\\/script>"; run(s);')} 'wasm-unsafe-eval'`);
    expect(policy).toContain(`style-src ${sha('body{margin:0}')}`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'self'|https?:/);
  });

  it('refuses to write a page that would still need a file beside it', () => {
    const withImage = html.replace('<div id="app"></div>', '<script src="./other.js"></script>');
    expect(() => inlinePage(withImage, (f) => sources[f], '<svg/>')).toThrow(/references a file/);
  });
});
