// The service worker's precache list: every file of the built page, each with a content hash,
// and one version for the whole set. Pure functions over a folder, so Vitest can check them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Files the service worker itself is, or that are not part of the installable page. */
export const notPrecached = ['sw.js', 'against-all.html'];

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Paths of every file under `dir`, relative, with forward slashes, sorted. */
export function listFiles(dir) {
  const files = [];
  const walk = (sub) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const relative = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else if (entry.isFile()) files.push(relative);
    }
  };
  walk('');
  return files.sort();
}

/**
 * The precache manifest of a built page.
 * @param {{ path: string, bytes: Buffer | Uint8Array | string }[]} files
 * @returns {{ version: string, entries: { url: string, revision: string }[] }}
 *   `url` is relative to the service worker (which sits at the root of the page); the index is
 *   the first entry; `version` changes whenever any file's content or name changes.
 */
export function precacheManifest(files) {
  const entries = files
    .filter((f) => !notPrecached.includes(f.path) && !f.path.endsWith('.map'))
    .map((f) => ({ url: `./${f.path}`, revision: sha256(f.bytes).slice(0, 16) }))
    .sort((a, b) => (a.url === './index.html' ? -1 : b.url === './index.html' ? 1 : a.url < b.url ? -1 : 1));
  const version = sha256(entries.map((e) => `${e.url} ${e.revision}`).join('\n')).slice(0, 16);
  return { version, entries };
}

/** The manifest of the built page in `dir`. */
export function precacheManifestOf(dir) {
  return precacheManifest(listFiles(dir).map((p) => ({ path: p, bytes: fs.readFileSync(path.join(dir, p)) })));
}

/** The service worker's source with the manifest put in place of its placeholder. */
export function serviceWorkerSource(template, manifest) {
  const placeholder = 'self.__PRECACHE_MANIFEST__';
  if (!template.includes(placeholder)) throw new Error(`service worker template lacks ${placeholder}`);
  return template.replace(placeholder, JSON.stringify(manifest, null, 2));
}
