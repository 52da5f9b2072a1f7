// Benchmarks of the release build (not tests: they print figures, they do
// not pass or fail). Run with `bash scripts/bench.sh`.
//  - transfer size: every asset in dist/, gzipped (level 9) and brotli
//    (quality 11), added up for the first answer (the files a fresh page
//    fetched before it) and for the whole app (both builds)
//  - start-up: navigation to the first rendered result, median of runs,
//    without and with 4x CPU throttling
//  - input-to-updated-screen latency while changing paid hours, p50/p95
//  - keystroke to laid-out screen in the agreement editor at its list caps (20 steps,
//    60 follow-ups), p50/p95
//  - keystroke to laid-out screen in a follow-up record with 60 records (the
//    progression table, chart and gap follow it), p50/p95
//  - keeping the work on screen for the tab (sessionStorage) at those sizes:
//    the write that follows a pause in typing, or the page being hidden, p95
//  - a repeat visit: bytes over the network and time to the first answer at
//    4x CPU, with the service worker and with the HTTP cache alone
//  - pressing the agreement's tab to its editor on screen (the full app loads)
//  - what a share link's reader downloads before the agreement shows, the
//    time to its document at 4x CPU against the empty app, and from its
//    "Redigér aftalen" to the editor, the first time
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";
import { start, agreementLink, AGREEMENT } from "../tests/e2e/harness.mjs";

const root = join(import.meta.dirname, "..");
// DIST=/path/to/dist measures another build (an earlier one, for a before and after).
const dist = process.env.DIST ?? join(root, "dist");
// An empty Leptos app with the same profile: the floor (scripts/bench.sh builds it).
const floorDist = join(root, "benches", "empty-app", "dist");
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 100);

// Shipped beside the app but not loaded by its page: the accessibility
// statement page and the script a host page loads to embed the app.
// The service worker, the manifest and the icons are fetched after the first
// answer, or when the app is installed.
const NOT_THE_APP_PAGE = new Set(["accessibility.html", "statement.css", "embed.js", "sw.js", "manifest.webmanifest"]);

function gzipBrotli(bytes) {
  return {
    gz: gzipSync(bytes, { level: 9 }).length,
    br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const add = (sum, size) => ((sum.gz += size.gz), (sum.br += size.br));

/** One line of a total: `label`, then its gzip and brotli KB. */
function printTotal(label, { gz, br }) {
  console.log(`size ${label.padEnd(56)} ${kb(gz)} KB gzip ${kb(br)} KB brotli`);
}

/** The page's files, each gzipped and brotli-compressed; totals for the
 * first answer (`first`: the files the page fetched before it) and for the
 * whole app (everything the app page can load, both builds). */
function sizes(dir, label, first) {
  const whole = { gz: 0, br: 0 };
  const atFirst = { gz: 0, br: 0 };
  const other = { gz: 0, br: 0 };
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  for (const name of files.map((f) => join(f.parentPath ?? f.path, f.name).slice(dir.length + 1)).sort()) {
    const size = gzipBrotli(readFileSync(join(dir, name)));
    if (NOT_THE_APP_PAGE.has(name) || name.startsWith("icons")) {
      add(other, size);
      continue;
    }
    add(whole, size);
    if (first.has(name)) add(atFirst, size);
    if (label === "app") {
      const when = first.has(name) ? "first answer" : "on demand";
      console.log(`size ${name.padEnd(48)} ${kb(size.gz)} KB gzip ${kb(size.br)} KB brotli  ${when}`);
    }
  }
  printTotal(`first answer, ${label}`, atFirst);
  printTotal(`whole app, ${label}`, whole);
  if (other.gz > 0) printTotal("not loaded by the app page (statement, embed.js, sw.js, manifest, icons)", other);
  return atFirst;
}

/** The files a fresh page at `path` fetches before `ready` holds. */
async function download(env, path, ready) {
  const page = await env.page();
  await page.goto(env.base + path);
  await page.waitForFunction(ready);
  const names = page.requests.filter((u) => u.startsWith(env.base)).map((u) => new URL(u).pathname.slice(1) || "index.html");
  await page.context().close();
  return new Set(names);
}

/** The files a fresh page fetches before its first answer appears. */
const firstDownload = (env) => download(env, "#year=2024&wage=200&paid=18", FIRST_ANSWER);

/** A share link as the app makes it, and its document on screen. */
const SHARE_LINK = "aftale.html" + agreementLink(AGREEMENT);
const DOCUMENT_SHOWN = () => document.querySelector("[data-testid='print-document'] h1") !== null;

/** What a share link downloads before its document shows: on the agreement
 * page (`aftale.html`, as the app makes links: the reading build), and on the
 * app's own page, as links were before (the full app). */
async function shareLinkDownloads(env) {
  const totals = [];
  for (const path of [SHARE_LINK, agreementLink(AGREEMENT)]) {
    const files = await download(env, path, DOCUMENT_SHOWN);
    const sum = { gz: 0, br: 0 };
    for (const name of files) add(sum, gzipBrotli(readFileSync(join(dist, name))));
    printTotal(`share link to ${path.startsWith("aftale") ? "aftale.html" : "the app's page"}, before the agreement shows`, sum);
    totals.push(sum);
  }
  return totals[0];
}

// The first answer: the answer panel's pay-out (the empty app has only its
// one figure, `total-month`).
const FIRST_ANSWER = () =>
  /\d/.test((document.querySelector("[data-testid='answer-net']") ?? document.querySelector("[data-testid='total-month']"))?.textContent ?? "");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** One start-up: navigation to the first answer and to every panel; or,
 * for `path` and `ready`, to that (a share link's document). */
async function startOnce(env, throttle, path = "#year=2024&wage=200&paid=18", ready = FIRST_ANSWER) {
  const page = await env.page();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.goto(env.base + path);
  await page.waitForFunction(ready);
  const first = await page.evaluate(() => performance.now());
  // Every panel: the subsidy table's total (a share link has no other).
  if (ready === FIRST_ANSWER) await page.waitForFunction(() => /\d/.test(document.querySelector("[data-testid='total-month']")?.textContent ?? ""));
  const all = await page.evaluate(() => performance.now());
  await page.context().close();
  return [first, all];
}

/** Start-up of each build, their runs interleaved so that the machine's
 * drift (the empty app alone has moved by a third between runs) hits all
 * alike; the medians of the first answer per build. A build with a `path`
 * and `ready` is timed to those (the share link's document). */
async function startup(builds, throttle) {
  const times = builds.map(() => ({ first: [], all: [] }));
  for (let i = 0; i < RUNS; i++) {
    for (const [k, { env, path, ready }] of builds.entries()) {
      const [first, all] = await startOnce(env, throttle, path, ready);
      times[k].first.push(first);
      times[k].all.push(all);
    }
  }
  const runs = (xs) => xs.map((t) => t.toFixed(0)).join(", ");
  return builds.map(({ label, path }, k) => {
    const { first, all } = times[k];
    console.log(`startup to ${path ? "its document" : "first answer"}, ${label}, ${throttle}x CPU: median ${median(first).toFixed(0)} ms (runs: ${runs(first)})`);
    if (!path) console.log(`startup to every panel, ${label}, ${throttle}x CPU: median ${median(all).toFixed(0)} ms (runs: ${runs(all)})`);
    return median(first);
  });
}

/** A repeat visit in one browser context: the first visit, then the page
 * opened again once the service worker has kept the files (`worker`), or
 * with workers blocked, on the HTTP cache and the server's caching headers
 * alone. Bytes: response bodies that came over the network, not from the
 * worker. Time: navigation to the first answer at `throttle`x CPU. */
async function repeatOnce(env, throttle, worker) {
  const context = await env.browser.newContext(worker ? {} : { serviceWorkers: "block" });
  const visit = async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    // Bytes as they came over the wire (Chromium's encoded length), for
    // responses neither from the worker nor from the HTTP cache.
    let bytes = 0;
    const local = new Set();
    await cdp.send("Network.enable");
    cdp.on("Network.responseReceived", ({ requestId, response: r }) => {
      if (r.fromServiceWorker || r.fromDiskCache || r.fromPrefetchCache) local.add(requestId);
    });
    cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
      if (!local.has(requestId)) bytes += encodedDataLength;
    });
    await page.goto(env.base + "#year=2024&wage=200&paid=18");
    await page.waitForFunction(FIRST_ANSWER);
    const time = await page.evaluate(() => performance.now());
    if (worker) await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForTimeout(100);
    await page.close();
    return { time, bytes };
  };
  const first = await visit();
  const again = await visit();
  await context.close();
  return { first, again };
}

async function repeatVisit(env, throttle) {
  const runs = Math.max(3, Math.floor(RUNS / 2));
  const out = {};
  for (const worker of [false, true]) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await repeatOnce(env, throttle, worker));
    const label = worker ? "with the service worker" : "workers blocked, HTTP cache";
    const ms = (xs) => xs.map((t) => t.toFixed(0)).join(", ");
    const firsts = results.map((r) => r.first.time);
    const agains = results.map((r) => r.again.time);
    const bytes = results.map((r) => r.again.bytes);
    console.log(`repeat visit (${label}), ${throttle}x CPU: first visit median ${median(firsts).toFixed(0)} ms (runs: ${ms(firsts)}); second visit median ${median(agains).toFixed(0)} ms (runs: ${ms(agains)}), ${median(bytes)} bytes over the network (runs: ${bytes.join(", ")})`);
    out[worker ? "worker" : "http"] = { first: median(firsts), again: median(agains), bytes: median(bytes) };
  }
  return out;
}

/** What the split costs: from pressing the agreement's tab in the
 * calculator to the editor on screen (the page loads again with the full
 * app), wall clock; the first time in a fresh browser context, then a second
 * time in the same one. scripts/serve.mjs sends `no-cache` without
 * validators, so the second time downloads the files again too: what it
 * gains is the browser's warm state, not a cache. */
async function openAgreement(env, throttle) {
  const first = [];
  const again = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await env.page();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    for (const times of [first, again]) {
      // A real load of the calculator, not a fragment change in the full app.
      await page.goto("about:blank");
      await page.goto(env.base + "#year=2024&wage=200&paid=18");
      await page.waitForFunction(FIRST_ANSWER);
      const t0 = Date.now();
      await page.locator("nav.tabs .tab").nth(1).click();
      await page.waitForSelector(".agreement-editor");
      times.push(Date.now() - t0);
    }
    await page.context().close();
  }
  const runs = (xs) => xs.join(", ");
  console.log(`calculator -> agreement editor, ${throttle}x CPU: median ${median(first)} ms the first time (runs: ${runs(first)}), ${median(again)} ms the second (runs: ${runs(again)})`);
}

/** From a share link's document to its editor, the first time: "Redigér
 * aftalen" hands the link to the full app, which the page then downloads
 * (a fresh browser context each run, so nothing is cached). */
async function editFromLink(env, throttle) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await env.page();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    await page.goto(env.base + SHARE_LINK);
    await page.waitForFunction(DOCUMENT_SHOWN);
    const t0 = Date.now();
    await page.click("[data-testid='edit']");
    await page.waitForSelector(".agreement-editor");
    times.push(Date.now() - t0);
    await page.context().close();
  }
  console.log(`share link -> "Redigér aftalen" -> editor, ${throttle}x CPU: median ${median(times)} ms the first time (runs: ${times.join(", ")})`);
}

async function latency(env) {
  const page = await env.page();
  await page.goto(env.base + "#year=2026&wage=200&paid=9&kommune=101");
  await page.waitForSelector("[data-testid='net-month']");
  const samples = await page.evaluate(async (updates) => {
    const input = document.getElementById("paid");
    const net = document.querySelector("[data-testid='net-month']");
    const out = [];
    for (let i = 0; i < updates; i++) {
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(net, { childList: true, characterData: true, subtree: true });
        // A missed update must not hang the benchmark: count it as lost.
        setTimeout(() => {
          observer.disconnect();
          resolve(NaN);
        }, 2000);
      });
      const t0 = performance.now();
      input.value = String(10 + (i % 2) + (i % 7) / 2);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      out.push((await changed) - t0);
    }
    return out;
  }, UPDATES);
  const lost = samples.filter(Number.isNaN).length;
  if (lost) console.log(`latency: ${lost} of ${UPDATES} updates did not change the screen within 2 s`);
  samples.splice(0, samples.length, ...samples.filter((x) => !Number.isNaN(x)));
  console.log(`input-to-update latency (paid hours -> net, ${UPDATES} updates): p50 ${percentile(samples, 0.5).toFixed(2)} ms, p95 ${percentile(samples, 0.95).toFixed(2)} ms, max ${Math.max(...samples).toFixed(2)} ms`);
  return percentile(samples, 0.95);
}

/** Up to 50 keystrokes into the input `id`, the i-th typing `text(i)`: the
 * time of each from the input event to the laid-out screen, in ms. */
function keystrokes(page, id, text) {
  const values = Array.from({ length: Math.min(UPDATES, 50) }, (_, i) => text(i));
  return page.evaluate(
    async ({ id, values }) => {
      const input = document.getElementById(id);
      const out = [];
      for (const value of values) {
        await new Promise((r) => requestAnimationFrame(r));
        const t0 = performance.now();
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        // Leptos runs its effects as microtasks: a task later they are done;
        // then force style and layout, what the paint needs.
        await new Promise((r) => setTimeout(r, 0));
        document.documentElement.getBoundingClientRect();
        out.push(performance.now() - t0);
      }
      return out;
    },
    { id, values },
  );
}

/** The write that keeps the work for the tab, after a change to `id`: a
 * pause in typing does it on a timer, a hidden page at once, so the page's
 * own "pagehide" is dispatched to time it. In ms, with the entry's size. */
async function workWrites(page, id, text) {
  const samples = await page.evaluate(
    async ({ id, values }) => {
      const input = document.getElementById(id);
      const out = [];
      for (const value of values) {
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((r) => setTimeout(r, 0));
        const t0 = performance.now();
        window.dispatchEvent(new Event("pagehide"));
        out.push(performance.now() - t0);
      }
      return out;
    },
    { id, values: Array.from({ length: 20 }, (_, i) => text(i)) },
  );
  const bytes = await page.evaluate(() => sessionStorage.getItem("fleksjob-beregner/work-on-screen")?.length ?? 0);
  console.log(`  keeping the work for the tab (${(bytes / 1024).toFixed(0)} KB of JSON, ${samples.length} writes): p50 ${percentile(samples, 0.5).toFixed(1)} ms, p95 ${percentile(samples, 0.95).toFixed(1)} ms`);
  return percentile(samples, 0.95);
}

/** Keystroke to the next frame in the agreement editor with every list at
 * its cap: typing into the last step's tasks, which the summary, the print
 * view and the validator all follow. */
async function editorLatency(env) {
  const page = await env.page();
  await page.goto(env.base + "#year=2026&wage=200&paid=10&view=aftale");
  await page.waitForSelector(".agreement-editor");
  const counts = await page.evaluate(async () => {
    const click = (text) => [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === text)?.click();
    const tick = () => new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < 20; i++) {
      click("Tilføj trin");
      await tick();
    }
    for (let i = 0; i < 60; i++) {
      click("Tilføj opfølgning");
      await tick();
    }
    return [document.querySelectorAll("fieldset.step").length, document.querySelectorAll("[data-testid='follow-ups'] tbody tr").length];
  });
  const samples = await keystrokes(page, "step-19-tasks", (i) => "Kassen om morgenen ".repeat(1 + (i % 5)));
  console.log(`editor keystroke to laid-out screen (${counts[0]} steps, ${counts[1]} follow-ups, ${samples.length} keystrokes): p50 ${percentile(samples, 0.5).toFixed(1)} ms, p95 ${percentile(samples, 0.95).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`);
  await workWrites(page, "step-19-tasks", (i) => "Kassen om morgenen ".repeat(1 + (i % 5)));
  await page.context().close();
  return percentile(samples, 0.95);
}

/** Keystroke to the next frame in the last of 60 follow-up records: typing
 * its effective hours, which the progression table and chart, the gap in
 * kroner and the validator all follow. */
async function progressionLatency(env) {
  const day = (days) => new Date(Date.UTC(2026, 2, 16 + days)).toISOString().slice(0, 10);
  const records = Array.from({ length: 60 }, (_, i) => ({
    date: day(14 * i),
    participants: "Anna Jensen, Bo Hansen, Carl Madsen",
    hours: { attended: 14 + (i % 4), effective: 12 + (i % 3), paid: 12 },
    tasks: "",
    notes: `Møde ${i + 1}: hvad virker, og hvad er svært`,
    accommodations: "",
    citizen_words: "",
    decision: "continue",
  }));
  const page = await env.page();
  await page.goto(env.base + agreementLink({ ...AGREEMENT, schema: 6, records }));
  await page.click("[data-testid='edit']");
  await page.click("[data-testid='open-follow-up-60']");
  await page.waitForSelector("#follow-up-effective");
  const samples = await keystrokes(page, "follow-up-effective", (i) => String(12 + (i % 4)));
  const rows = await page.locator("[data-testid='progression'] tbody tr").count();
  console.log(`follow-up keystroke to laid-out progression (${rows} records, ${samples.length} keystrokes): p50 ${percentile(samples, 0.5).toFixed(1)} ms, p95 ${percentile(samples, 0.95).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`);
  await workWrites(page, "follow-up-effective", (i) => String(12 + (i % 4)));
  await page.context().close();
  return percentile(samples, 0.95);
}

/** The budget per screen (README, "Benchmarks"), each beside what this run
 * measured. */
const BUDGETS = [
  { key: "firstAnswer", what: "the citizen's first answer, gzip", max: 150, unit: "KiB" },
  { key: "shareLink", what: "a share link's reader (aftale.html), gzip", max: 150, unit: "KiB" },
  { key: "startup", what: "start-up to the first answer at 4x CPU, x the empty app", max: 2.0, unit: "x" },
  { key: "inputP95", what: "input-to-update p95", max: 16, unit: "ms" },
  { key: "editorP95", what: "the editor at its caps, p95", max: 16, unit: "ms" },
  { key: "progressionP95", what: "the progression at 60 follow-ups, p95", max: 16, unit: "ms" },
];

function printBudgets(measured) {
  for (const { key, what, max, unit } of BUDGETS) {
    const value = measured[key];
    const verdict = value <= max ? "within" : "OVER";
    console.log(`budget ${what.padEnd(58)} ${value.toFixed(2).padStart(7)} ${unit} (at most ${max}): ${verdict}`);
  }
}

if (process.argv.includes("--open-agreement")) {
  // Only the calculator -> agreement benchmark.
  const env = await start(dist);
  await openAgreement(env, 1).then(() => openAgreement(env, 4)).finally(() => env.close());
  process.exit(0);
}
if (process.argv.includes("--latency")) {
  // Only the calculator's input-to-update benchmark.
  const env = await start(dist);
  await latency(env).finally(() => env.close());
  process.exit(0);
}
if (process.argv.includes("--repeat")) {
  // Only the repeat visit.
  const env = await start(dist);
  await repeatVisit(env, 4).finally(() => env.close());
  process.exit(0);
}
if (process.argv.includes("--progression")) {
  // Only the follow-up progression benchmark.
  const env = await start(dist);
  await progressionLatency(env).finally(() => env.close());
  process.exit(0);
}
if (process.argv.includes("--startup")) {
  // Only the start-up against the empty app at 4x CPU, for more runs of it.
  const builds = [
    { dir: dist, label: "app" },
    { dir: floorDist, label: "empty Leptos app (floor)" },
  ];
  for (const build of builds) build.env = await start(build.dir);
  try {
    const [app, empty] = await startup(builds, 4);
    console.log(`startup at 4x CPU, app / empty app: ${(app / empty).toFixed(2)} (same run, interleaved)`);
  } finally {
    for (const { env } of builds) await env.close();
  }
  process.exit(0);
}
if (process.argv.includes("--reader")) {
  // Only the share link's reader: its download, start-up and hand-over.
  const builds = [
    { dir: dist, label: "share link's document (the reader)", path: SHARE_LINK, ready: DOCUMENT_SHOWN },
    { dir: floorDist, label: "empty Leptos app (floor)" },
  ];
  for (const build of builds) build.env = await start(build.dir);
  try {
    await shareLinkDownloads(builds[0].env);
    const [reader, empty] = await startup(builds, 4);
    console.log(`share link's document at 4x CPU, reader / empty app: ${(reader / empty).toFixed(2)} (same run, interleaved)`);
    await editFromLink(builds[0].env, 4);
  } finally {
    for (const { env } of builds) await env.close();
  }
  process.exit(0);
}
if (process.argv.includes("--editor")) {
  // Only the editor benchmark, for working on it.
  const env = await start(dist);
  await editorLatency(env).finally(() => env.close());
  process.exit(0);
}
const builds = [
  { dir: dist, label: "app" },
  { dir: floorDist, label: "empty Leptos app (floor)" },
];
for (const build of builds) build.env = await start(build.dir);
try {
  const firsts = [];
  for (const { dir, label, env } of builds) firsts.push(sizes(dir, label, await firstDownload(env)));
  const shareLink = await shareLinkDownloads(builds[0].env);
  await startup(builds, 1);
  const [app, empty] = await startup(builds, 4);
  console.log(`startup at 4x CPU, app / empty app: ${(app / empty).toFixed(2)} (same run, interleaved)`);
  const repeat = await repeatVisit(builds[0].env, 4);
  console.log(`repeat visit at 4x CPU: ${repeat.worker.again.toFixed(0)} ms and ${repeat.worker.bytes} bytes with the service worker, against the first visit's ${repeat.worker.first.toFixed(0)} ms and the empty app's ${empty.toFixed(0)} ms`);
  const [reader, emptyAgain] = await startup(
    [
      { ...builds[0], label: "share link's document (the reader)", path: SHARE_LINK, ready: DOCUMENT_SHOWN },
      builds[1],
    ],
    4,
  );
  console.log(`share link's document at 4x CPU, reader / empty app: ${(reader / emptyAgain).toFixed(2)} (same run, interleaved)`);
  await openAgreement(builds[0].env, 1);
  await openAgreement(builds[0].env, 4);
  await editFromLink(builds[0].env, 4);
  const inputP95 = await latency(builds[0].env);
  const editorP95 = await editorLatency(builds[0].env);
  const progressionP95 = await progressionLatency(builds[0].env);
  printBudgets({
    firstAnswer: firsts[0].gz / 1024,
    shareLink: shareLink.gz / 1024,
    startup: app / empty,
    inputP95,
    editorP95,
    progressionP95,
  });
} finally {
  for (const { env } of builds) await env.close();
}
