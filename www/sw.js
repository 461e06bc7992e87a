// Offline support for the standalone page. Caches only this tool's own files (listed at build
// time), in a cache named after the build, and deletes older caches on update. It never caches
// anything else, and the app itself never writes to any storage.
//
// Network first: online, every file comes from the server (a revalidation, answered with 304
// when nothing changed), so a corrected number reaches the person on the very next visit. The
// cache answers only when the network fails (offline) or the page takes too long to arrive.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = 'signaal-' + VERSION;
// The folder the tool is served from: its page is this URL (or index.html in it).
const SCOPE = new URL('./', self.location);
const KNOWN = new Set(FILES.map((f) => new URL(f, SCOPE).href));
// A page that has not started to arrive after this long comes from the cache (bad connection).
const PAGE_WAIT_MS = 5000;

self.addEventListener('install', (event) => {
  // The files were just downloaded by the page itself: these requests revalidate them in the
  // browser's HTTP cache (304), so nothing is downloaded twice.
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('signaal-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

const cached = (key) => caches.open(CACHE).then((c) => c.match(key));

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  // The tool's page itself (with or without index.html): ignore the query string (embed
  // options) when looking it up. Any other page (e.g. embed.html) goes to the network.
  const isApp = req.mode === 'navigate' && (url.pathname === SCOPE.pathname || url.pathname === SCOPE.pathname + 'index.html');
  const key = isApp ? SCOPE.href : url.origin + url.pathname;
  if (!isApp && !KNOWN.has(key)) return;
  const network = fetch(req).then((res) => (res.ok ? res : cached(key).then((hit) => hit || res)));
  const fallback = network.catch(() => cached(key).then((hit) => hit || Response.error()));
  if (!isApp) {
    event.respondWith(fallback);
    return;
  }
  // The page: the network's answer, or the cached page when the network is slower than
  // PAGE_WAIT_MS (a cached page then loads the newest files the network can still deliver).
  const late = new Promise((resolve) => setTimeout(resolve, PAGE_WAIT_MS)).then(() => cached(key));
  event.respondWith(new Promise((resolve) => {
    fallback.then(resolve);
    late.then((hit) => hit && resolve(hit));
  }));
});
