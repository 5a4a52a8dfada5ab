/*
 * Keeps the app itself (page, scripts, styles) in the browser, so that a board opened before can
 * be reloaded while offline: the board's content then comes from the browser's IndexedDB copy.
 * The API, the sync socket and health checks always go to the network.
 */
const CACHE = 'partnermap-app-v1';

/**
 * The hashed files a page or script names: `/assets/…` in the page, and in the scripts also as
 * `assets/…` (the chunks loaded later, and the painter's worker).
 */
const assetsIn = (text) => [...new Set((text.match(/\/?assets\/[\w.-]+\.(?:js|css|woff2?|svg|png)/g) ?? []).map((a) => (a.startsWith('/') ? a : `/${a}`)))];

/**
 * The page and the hashed files it loads, read from the page itself, and those its scripts load
 * later. The page's files must all be kept; a name found in a script that is not a file (a
 * match in some text) is skipped.
 */
async function cacheApp() {
  const cache = await caches.open(CACHE);
  const res = await fetch('/index.html', { cache: 'no-store' });
  if (!res.ok) return;
  const html = await res.clone().text();
  const pageAssets = assetsIn(html);
  await cache.put('/index.html', res);
  await cache.addAll(pageAssets);
  const kept = new Set(pageAssets);
  let scripts = pageAssets.filter((a) => a.endsWith('.js'));
  while (scripts.length > 0) {
    const texts = await Promise.all(scripts.map((a) => cache.match(a).then((hit) => hit?.text() ?? '')));
    const found = [...new Set(texts.flatMap(assetsIn))].filter((a) => !kept.has(a));
    for (const a of found) kept.add(a);
    const added = await Promise.allSettled(found.map((a) => cache.add(a).then(() => a)));
    scripts = added.flatMap((r) => (r.status === 'fulfilled' && r.value.endsWith('.js') ? [r.value] : []));
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
