// Offline support for the standalone page. Caches only this tool's own files (listed at build
// time), in a cache named after the build, and deletes older caches on update. It never caches
// anything else, and the app itself never writes to any storage.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = 'signaal-' + VERSION;
// The folder the tool is served from: its page is this URL (or index.html in it).
const SCOPE = new URL('./', self.location);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('signaal-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  // The tool's page itself (with or without index.html): ignore the query string (embed
  // options) when looking it up. Any other page (e.g. embed.html) goes to the network.
  const isApp = req.mode === 'navigate' && (url.pathname === SCOPE.pathname || url.pathname === SCOPE.pathname + 'index.html');
  const key = isApp ? SCOPE.href : url.origin + url.pathname;
  event.respondWith(
    caches.open(CACHE).then((c) => c.match(key).then((hit) => hit || fetch(req)))
  );
});
