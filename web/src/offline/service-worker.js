// The page's service worker (built to dist/sw.js with the precache manifest filled in by
// vite/service-worker-plugin.js). Every file of the page is cached at install and served from the
// cache first, so the page works with no network after one visit.
//
// A new version never mixes with the old one: its worker installs into a cache of its own and then
// waits; the page keeps running on the old cache until the user accepts the update (the page then
// sends 'skip-waiting' and reloads). Only once the new worker is active are older caches deleted.
const manifest = self.__PRECACHE_MANIFEST__;
const prefix = 'against-all-';
const cacheName = `${prefix}${manifest.version}`;
const scope = new URL(self.registration.scope);
const precached = new Set(manifest.entries.map((e) => new URL(e.url, scope).href));
const indexUrl = new URL('./index.html', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(cacheName).then((cache) =>
      // 'reload' skips the HTTP cache: every file must come from this very build.
      cache.addAll(manifest.entries.map((e) => new Request(new URL(e.url, scope), { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(prefix) && k !== cacheName).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

/** The cached file for a request: the page's own files, and the page itself for its folder. */
function precachedUrl(request) {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (request.mode === 'navigate' && url.href === scope.href) return indexUrl;
  return precached.has(url.href) ? url.href : null;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = precachedUrl(request);
  if (!url) return; // not part of the page (e.g. the one-file download): the browser fetches it
  event.respondWith(
    caches.open(cacheName).then((cache) => cache.match(url)).then((cached) => cached || fetch(request)),
  );
});
