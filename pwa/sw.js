// The offline worker. `scripts/post-build.mjs` (a Trunk post_build hook) fills in the build's
// version and the exact list of files it produced; nothing here is maintained by hand.
const VERSION = "%BUILD_VERSION%";
const PRECACHE = ["%PRECACHE_LIST%"];
const PREFIX = "cto-or-cio-";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (event) => {
  // Precache the whole shell of this build before it can take over. No skipWaiting here: a new
  // version waits until the page asks, so a page never runs a mix of two builds' files.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  // Pages always get this build's index.html, so the files it names are in this same cache.
  const lookup = request.mode === "navigate" ? "./index.html" : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(lookup, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});
