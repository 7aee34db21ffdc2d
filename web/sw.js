// The service worker: after the first visit, the page, its modules and the
// WebAssembly module come from a cache, so lede opens and analyzes offline.
// VERSION is replaced at build time by a hash of the site's files
// (cmake/stamp_sw.cmake), so every deploy that changes a file changes this
// script; the browser then installs the new worker, which fetches the new
// files into a new cache, takes over, and deletes the old cache.
// Depends on nothing; only ever reads files of its own folder.
const VERSION = '__LEDE_VERSION__';
const CACHE = `lede-${VERSION}`;
const ASSETS = [
  './', 'index.html', 'style.css', 'boot.js', 'app.js', 'types.js', 'render.js', 'reader.js',
  'panels.js', 'export.js', 'share.js', 'files.js', 'sample.js', 'worker.js', 'merge.js', 'dateline.js',
  'lede.js', 'lede_web.js', 'lede_web.wasm', 'embed.html',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'reload' skips the HTTP cache so a new version never stores old files.
    await cache.addAll(ASSETS.map((path) => new Request(path, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('lede-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// Cache first (the files of one version never change); anything not cached
// (a file added later) is fetched and kept.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const url = new URL(request.url);
    url.hash = '';
    const key = request.mode === 'navigate' ? url.origin + url.pathname : request;
    const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    if (hit) return hit;
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') cache.put(request, response.clone());
    return response;
  })());
});
