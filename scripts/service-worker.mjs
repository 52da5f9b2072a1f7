// The service worker: workbox-build's generateSW, with its runtime inlined
// into sw.js, so nothing loads from elsewhere (the CSP allows 'self' only).
// It precaches the app's own files, each by its content, and nothing else:
// no fragment, draft or file of the user's is ever in a request, and no
// response but these files is cached. A new build's worker waits until the
// page asks it to take over (the update notice in loader.js), and then the
// page loads again, so files of two builds are never combined.
// Used by scripts/post-build.mjs on every release build, and by the update
// test for a second build.
import { generateSW } from "workbox-build";
import { join } from "node:path";

/** Write `sw.js` for the files in `dir`; resolves to workbox's report. */
export function writeServiceWorker(dir) {
  return generateSW({
    globDirectory: dir,
    globPatterns: ["**/*.{html,js,wasm,css,svg,png,webmanifest}"],
    globIgnores: ["sw.js"],
    swDest: join(dir, "sw.js"),
    inlineWorkboxRuntime: true,
    mode: "production",
    sourcemap: false,
    // The waiting worker takes over only when the page says so.
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    cacheId: "fleksjob-beregner",
    // The pages answer with or without a query (?embed=1, ?lang=en).
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: "index.html",
    // Hashed names change with their content: no revision needed.
    dontCacheBustURLsMatching: /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|svg)$/,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  });
}
