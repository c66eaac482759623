// Quorum's service worker: it lets an open document survive a page reload while offline.
// Only two kinds of requests are handled, everything else goes to the network untouched:
//  - document pages (/documents/<id>): network first; the last good copy is kept per URL and
//    served when the network fails, so the editor starts again and reads the edits kept in
//    IndexedDB (y-indexeddb), which merge with the server once the connection is back;
//  - Next's build assets (/_next/static/…, content-hashed, immutable): cache first.
// Signing out deletes the cache (see lib/collab/client/offline-cache.ts).
const CACHE = "quorum-offline-v1";
const DOCUMENT_PAGE = /^\/documents\/[A-Za-z0-9_-]{1,64}\/?$/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

// The page that registered the worker was loaded before the worker existed: it sends its own URL
// and the assets it loaded, so that this very page survives a reload while offline.
self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "quorum:keep" || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const raw of data.urls.slice(0, 200)) {
        let url;
        try {
          url = new URL(raw, self.location.origin);
        } catch {
          continue;
        }
        if (url.origin !== self.location.origin) continue;
        const isAsset = url.pathname.startsWith("/_next/static/");
        const isPage = DOCUMENT_PAGE.test(url.pathname);
        if (!isAsset && !isPage) continue;
        const key = isPage ? url.pathname.replace(/\/$/, "") : url.href;
        if (isAsset && (await cache.match(key))) continue;
        try {
          const response = await fetch(url.href, { credentials: "same-origin" });
          if (response.ok && !response.redirected) await cache.put(key, response);
        } catch {
          // Offline already: nothing to keep.
        }
      }
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === "navigate" && DOCUMENT_PAGE.test(url.pathname)) {
    event.respondWith(networkFirst(request));
  }
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const key = new URL(request.url).pathname.replace(/\/$/, "");
  try {
    const response = await fetch(request);
    // Only a real page is kept: not a sign-in redirect, an error or a 403/404 page.
    if (response.ok && !response.redirected) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(key);
    if (hit) return hit;
    throw error;
  }
}
