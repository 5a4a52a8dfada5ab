/*
 * Keeps the app itself (page, scripts, styles) in the browser, so that a board opened before can
 * be reloaded while offline: the board's content then comes from the browser's IndexedDB copy.
 * The API, the sync socket and health checks always go to the network.
 */
const CACHE = 'partnermap-app-v1';

/** The hashed files a page or script names. */
const assetsIn = (text) => text.match(/\/assets\/[^"'`\s)]+/g) ?? [];

/**
 * The page and the hashed files it loads, read from the page itself, and those its scripts load
 * in turn (the overview's painter, which the page starts as a worker).
 */
async function cacheApp() {
  const cache = await caches.open(CACHE);
  const res = await fetch('/index.html', { cache: 'no-store' });
  if (!res.ok) return;
  const html = await res.clone().text();
  const kept = new Set();
  let next = [...new Set(assetsIn(html))];
  await cache.put('/index.html', res);
  while (next.length > 0) {
    await cache.addAll(next);
    for (const asset of next) kept.add(asset);
    const scripts = await Promise.all(next.filter((a) => a.endsWith('.js')).map((a) => cache.match(a).then((hit) => hit?.text() ?? '')));
    next = [...new Set(scripts.flatMap(assetsIn))].filter((a) => !kept.has(a));
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheApp().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Network first, so that a new release shows at once; the kept page only when offline.
    event.respondWith(
      fetch(request)
        .then((res) => {
          if (res.ok && (res.headers.get('content-type') ?? '').includes('text/html')) {
            const copy = res.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put('/index.html', copy)));
          }
          return res;
        })
        .catch(() => caches.match('/index.html').then((hit) => hit ?? Response.error())),
    );
  } else if (url.pathname.startsWith('/assets/')) {
    // Hashed names: a file's content never changes, so the kept copy is always right.
    event.respondWith(
      caches.match(request).then(
        (hit) =>
          hit ??
          fetch(request).then((res) => {
            if (res.ok) {
              const copy = res.clone();
              event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
            }
            return res;
          }),
      ),
    );
  }
});
