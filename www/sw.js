// Keeps our own static files for when the site cannot be reached, so that the small
// bookmarklet's window (relay.html) and the page open offline once either has been visited.
// Network first: while the site answers, every file is fresh and the copy is refreshed, so a
// new build never leaves an old script next to a new .wasm; only when the network fails is the
// copy served. Nothing outside the list below is touched: other requests go to the network
// as if there were no worker.

// A new name when the way files are kept changes; the contents refresh on every online visit.
const CACHE = "article-highlighter-v2";

// The full bookmarklet's link (~500 KB gzipped) is left out: the page fetches it only when
// someone reaches for it, and offline it says it is not available.
const FILES = [
  "./",
  "style.css",
  "page.js",
  "highlighter.js",
  "panel.js",
  "export.js",
  "import.js",
  "article.js",
  "relay.html",
  "relay.css",
  "relay.js",
  "../js/browser.mjs",
  "../js/guard.mjs",
  "../js/spans.mjs",
  "../pkg/web/article_highlighter.js",
  "../pkg/web/article_highlighter_bg.wasm",
  "../dist/readability.js",
  "../dist/bookmarklet-lite.url.txt",
];
const KEPT = new Set(FILES.map((file) => new URL(file, self.location.href).href));
const INDEX = new URL("index.html", self.location.href).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // "reload": past the HTTP cache, so the copy is what the server has now.
      await cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("article-highlighter-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = request.url === INDEX ? new URL("./", self.location.href).href : request.url;
  if (!KEPT.has(url)) return;
  event.respondWith(networkFirst(event, request, url));
});

async function networkFirst(event, request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // Only whole, successful answers are kept (no redirects, errors or partial content).
    if (response.status === 200 && response.type === "basic") event.waitUntil(cache.put(key, response.clone()));
    return response;
  } catch (error) {
    const kept = await cache.match(key);
    if (kept !== undefined) return kept;
    throw error;
  }
}
