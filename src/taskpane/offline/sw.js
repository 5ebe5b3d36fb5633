// The pane's service worker (stand-alone mode, issue 20.1): once the pane has been opened, it opens
// again without network. The build (webpack.config.js, PrecacheServiceWorkerPlugin) writes the list
// of its own files and a version over the two placeholders below; nothing else is ever cached.
//
// - install: every file of this build into the cache "ccr-<version>" (all or nothing: addAll).
// - activate: caches of earlier builds are removed. A new build waits until no page of the old one is
//   open (no skipWaiting), so an open page never loses the chunks it may still load.
// - fetch: the build's own files, same origin, GET, are answered from the cache (cache first); every
//   other request is left to the browser. Inside Office (Word opens the pane with _host_Info in its
//   address, and its requests carry that address as referrer) nothing is answered here: the pane in
//   Word always loads from the server. The page registers this worker only stand-alone and only over
//   https or on localhost (src/taskpane/offline/register.ts).
const FILES = self.__CCR_PRECACHE__;
const VERSION = "__CCR_VERSION__";
const CACHE = `ccr-${VERSION}`;
const scope = new URL(self.registration.scope);
const urls = new Set(FILES.map((f) => new URL(f, scope).href));

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...urls])));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith("ccr-") && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

const inOffice = (text) => typeof text === "string" && text.includes("_host_Info");

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || inOffice(url.search) || inOffice(request.referrer)) return;
  const key = url.origin + url.pathname;
  if (!urls.has(key)) return;
  // A file missing from the cache (storage cleared meanwhile) comes from the pane's own server.
  event.respondWith(caches.match(key, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
