// Starts the app. A file of its own instead of Trunk's inline script, so the
// page runs under a Content-Security-Policy without 'unsafe-inline'.
//
// The page has three builds of the app (docs/performance.md): the
// calculator alone, which is the first download; the full app with the
// agreement; and the reader of a share link. The URL says which one to
// start, by the keys the app itself reads: the agreement's view or a shared
// agreement in the fragment, or an embedding that shows one part only. When
// the user opens the agreement, the calculator loads the page again with the
// fragment asking for it. aftale.html, the page share links open, names the
// reader where index.html names the calculator: a link is read by the
// reader, unless this tab already has work of its own, which the full app
// brings back and never replaces unasked. aftale-rediger.html names the full
// app in both places: the reader hands a link over to it ("Redigér aftalen",
// "Start opfølgning", with `open=` saying which), and an embedding of the
// agreement alone opens it.
const query = new URLSearchParams(location.search);
const fragment = new URLSearchParams(location.hash.slice(1));
function wantsAgreement() {
  const parts = query.get("parts");
  if (parts === "agreement" || parts === "aftale") return true;
  if (parts === "calculator" || parts === "beregner") return false;
  return fragment.get("view") === "aftale" || fragment.has("agreement");
}
/** The work the full app keeps for this tab (src/app/keep.rs, WORK_KEY; tests/shell/loader.rs checks it). */
function tabHasWork() {
  try {
    return sessionStorage.getItem("fleksjob-beregner/work-on-screen") !== null;
  } catch {
    return false;
  }
}

const build = document.querySelector("script[data-js]").dataset;
const agreementPage = build.js === build.readerJs;
const reads = agreementPage && fragment.has("agreement") && !tabHasWork();
const full = !reads && (agreementPage || build.js === build.fullJs || wantsAgreement());
// Until the app is there (the full app is a larger download), the page says so.
// The fragment's language wins over the query's, as in the app.
const english = (fragment.get("lang") ?? query.get("lang")) === "en";
const waiting = document.createElement("p");
waiting.setAttribute("role", "status");
waiting.textContent = english ? "Loading …" : "Indlæser …";
document.body.append(waiting);
// The agreement's stylesheet comes with the full app and the reader, loaded
// beside their code.
const styled = new Promise((done) => {
  if (!full && !reads) return done();
  const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href: build.fullCss });
  link.onload = link.onerror = done;
  document.head.append(link);
});
const [js, wasm] = full ? [build.fullJs, build.fullWasm] : reads ? [build.readerJs, build.readerWasm] : [build.js, build.wasm];
const [{ default: init }] = await Promise.all([import(js), styled]);
await init({ module_or_path: wasm });
waiting.remove();
// Opening the agreement from the calculator loaded the page again: focus
// goes back to the tab the user pressed.
if (full && performance.getEntriesByType("navigation")[0]?.type === "reload") {
  document.querySelector("nav.tabs .tab[aria-pressed='true']")?.focus();
}

// Kept for use without a network (sw.js, scripts/service-worker.mjs): once
// the app has been opened, it opens again offline, a shared agreement too.
// Only the app's own files are kept. In another site's frame the browser
// may refuse the worker, which changes nothing for the host page; a host
// turns it off with ?offline=0 (docs/embedding.md).
if ("serviceWorker" in navigator && query.get("offline") !== "0") {
  navigator.serviceWorker
    .register("sw.js")
    .then(watchForUpdates)
    .catch(() => {});
}

/** When a new build's worker is installed and waiting, say so; it takes
 * over when the user reloads through the notice, and the page loads again
 * at once, so the open page never mixes its files with the new build's. */
function watchForUpdates(registration) {
  const notify = () => {
    if (registration.waiting && navigator.serviceWorker.controller) updateNotice(registration.waiting);
  };
  notify();
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => worker.state === "installed" && notify());
  });
  // A page left open (a follow-up meeting's laptop) looks again when shown.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") registration.update().catch(() => {});
  });
}

function updateNotice(worker) {
  if (document.querySelector("[data-testid='update-notice']")) return;
  const notice = document.createElement("div");
  notice.className = "update-notice no-print";
  notice.setAttribute("role", "status");
  notice.dataset.testid = "update-notice";
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = english ? "A new version is ready (new rates) – reload" : "En ny version er klar (nye satser) – genindlæs";
  button.addEventListener("click", () => {
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    worker.postMessage({ type: "SKIP_WAITING" });
  });
  notice.append(button);
  document.body.prepend(notice);
}
