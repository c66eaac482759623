// The browser side of offline documents: registers the service worker that keeps document pages
// and build assets for a reload while offline (public/offline-sw.js), and forgets it all on sign-out.
const SW_URL = "/offline-sw.js";
const CACHE_PREFIX = "quorum-offline-";

/** Registers the worker once per page load; harmless where service workers are unavailable. */
export function registerOfflineWorker(): void {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return;
  // Only on secure contexts (https or localhost); browsers refuse elsewhere anyway.
  if (!window.isSecureContext) return;
  navigator.serviceWorker
    .register(SW_URL, { scope: "/" })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      // This page was loaded before the worker controlled it: ask it to keep the page and its assets.
      const assets = performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((name) => name.includes("/_next/static/"));
      registration.active?.postMessage({ type: "quorum:keep", urls: [window.location.pathname, ...assets] });
    })
    .catch(() => {
      // Offline reload is a convenience: without the worker the editor still keeps edits in IndexedDB.
    });
}

/** Deletes the cached pages (they hold document content) — for sign-out on shared computers. */
export async function clearOfflineCache(): Promise<void> {
  if (typeof caches === "undefined") return;
  for (const key of await caches.keys()) if (key.startsWith(CACHE_PREFIX)) await caches.delete(key);
}

/**
 * Everything this browser keeps of Quorum documents: cached pages and the IndexedDB copies of all
 * documents (every user of this browser). Edits not yet sent are lost — on a shared computer,
 * signing out must leave nothing of the documents behind.
 */
export async function forgetOfflineData(): Promise<void> {
  await clearOfflineCache().catch(() => undefined);
  if (typeof indexedDB === "undefined" || typeof indexedDB.databases !== "function") return;
  const names = (await indexedDB.databases()).map((d) => d.name ?? "").filter((name) => name.startsWith("quorum-doc-"));
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        }),
    ),
  );
}
