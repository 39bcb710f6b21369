// Writes dist/sw.js: the service worker of web/src/offline/service-worker.js with the list of
// every file the build wrote (JS, CSS, the .wasm, the worker, icons, manifest), each hashed.
import fs from 'node:fs';
import path from 'node:path';
import { precacheManifestOf, serviceWorkerSource } from './precache.js';

export function serviceWorkerPlugin({ template }) {
  return {
    name: 'against-all:service-worker',
    apply: 'build',
    // After every file is on disk, the public folder's included.
    writeBundle(options) {
      const outDir = options.dir;
      const manifest = precacheManifestOf(outDir);
      const source = serviceWorkerSource(fs.readFileSync(template, 'utf8'), manifest);
      fs.writeFileSync(path.join(outDir, 'sw.js'), source);
    },
  };
}
