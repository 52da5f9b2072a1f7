// End to end, issue 24: after one visit the app works without a network
// (the calculator, the agreement editor, a share link's reading view, the
// statement page), is installable, and a new build is announced and taken
// into use on reload without ever mixing files of two builds. Each test
// runs its own server, so "offline" can also mean the server is gone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { writeServiceWorker } from "../../scripts/service-worker.mjs";
import { chromium } from "playwright-core";
import { agreementLink, offSiteRequests, useEnv, AGREEMENT, CHROMIUM_ARGS } from "./harness.mjs";

const env = useEnv();
const dist = process.env.DIST ?? join(import.meta.dirname, "..", "..", "dist");

async function server(dir) {
  const s = await serve(dir, 0);
  return { base: `http://127.0.0.1:${s.address().port}/`, close: () => new Promise((done) => s.close(done)) };
}

/** Wait until this page's service worker is active (its files are kept);
 * `ready` never settles if registration failed, so this gives up after 20 s. */
function workerReady(p) {
  return p.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((r) => Boolean(r.active)),
      new Promise((_, fail) => setTimeout(() => fail(new Error("no active service worker after 20 s")), 20_000)),
    ]),
  );
}

/** No test here may hang the suite: each gives up after two minutes. */
const LIMIT = { timeout: 120_000 };

/** The app's own script and wasm files this page loaded. */
function appFiles(p) {
  return p.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname.slice(1))
      .filter((name) => /^fleksjob-(calculator|beregner)-/.test(name)),
  );
}

test("after one visit the calculator, the editor, a share link and the statement open offline", LIMIT, async () => {
  const s = await server(dist);
  const p = await env.page({ locale: "da-DK" });
  await p.goto(s.base + "#year=2026&wage=185&paid=12&kommune=751");
  await p.waitForSelector("[data-testid='total-month']");
  assert.ok(await workerReady(p), "the service worker is active");
  const answer = await p.locator("[data-testid='total-month']").innerText();
  // The network goes, and so does the server.
  await p.context().setOffline(true);
  await s.close();

  await p.reload();
  await p.waitForSelector("[data-testid='total-month']");
  assert.equal(await p.locator("[data-testid='total-month']").innerText(), answer);
  await p.click("button.tab:has-text('Progressionsaftale')");
  await p.waitForSelector(".agreement-editor");
  await p.goto(s.base + "aftale.html" + agreementLink(AGREEMENT));
  await p.waitForSelector("[data-testid='print-document'].on-screen");
  assert.match(await p.locator("[data-testid='print-document']").innerText(), /Anna Jensen/);
  await p.goto(s.base + "accessibility.html");
  assert.match(await p.locator("h1").innerText(), /Tilgængelighed/i);
  // What the browser keeps is the build's own files, and nothing else: no
  // fragment, no agreement, no answer of any other request.
  const kept = await p.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  const files = new Set(readdirSync(dist, { recursive: true }).map((f) => f.replaceAll("\\", "/")));
  assert.ok(kept.length >= 15, `the build's files are kept: ${kept.length}`);
  for (const url of kept) {
    const u = new URL(url);
    assert.equal(u.hash, "");
    assert.ok(files.has(u.pathname.slice(1)), `only the build's own files are kept, not ${url}`);
    assert.ok(!/agreement|wage=|paid=/.test(u.search), `no user data in ${url}`);
  }
  assert.deepEqual(offSiteRequests(p, s.base), []);
  assert.deepEqual(p.errors, []);
});

test("kept offline past New Year, the app still says the new year's rates are not in it", LIMIT, async () => {
  const s = await server(dist);
  const p = await env.page();
  await p.clock.setFixedTime(new Date("2027-12-30T10:00:00"));
  await p.goto(s.base + "#wage=200&paid=18&more=1");
  await p.waitForSelector("[data-testid='total-month']");
  await workerReady(p);
  await p.context().setOffline(true);
  await s.close();
  await p.clock.setFixedTime(new Date("2028-01-05T10:00:00"));
  await p.reload();
  await p.waitForSelector("[data-testid='total-month']");
  assert.match(await p.locator("[data-testid='year-notice']").innerText(), /Satserne for 2028 er ikke lagt ind endnu/);
  assert.deepEqual(p.errors, []);
});

test("the manifest is valid and Chromium finds the app installable", LIMIT, async () => {
  const s = await server(dist);
  // Chromium installs nothing from an incognito context, as the others are:
  // this test has a profile of its own.
  const profile = mkdtempSync(join(tmpdir(), "profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    const p = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    p.on("pageerror", (e) => errors.push(e.message));
    p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await p.goto(s.base);
    await p.waitForSelector("[data-testid='total-month']");
    await workerReady(p);
    const cdp = await p.context().newCDPSession(p);
    const { errors: manifestErrors, data } = await cdp.send("Page.getAppManifest");
    assert.deepEqual(manifestErrors, [], "the manifest parses without errors");
    const manifest = JSON.parse(data);
    assert.equal(manifest.display, "standalone");
    assert.equal(manifest.short_name, "Fleksjob");
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors, [], "installable");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await s.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

/** A next build made from `dir`: its calculator files under new hashed
 * names (`stamp`, as a build with new rates has) and its pages pointing at
 * them; the caller writes its service worker. */
function nextBuild(dir, stamp) {
  const b = mkdtempSync(join(tmpdir(), "build-next-"));
  cpSync(dir, b, { recursive: true });
  let index = readFileSync(join(b, "index.html"), "utf8");
  for (const name of readdirSync(b).filter((n) => n.startsWith("fleksjob-calculator-"))) {
    const renamed = name.replace(/^fleksjob-calculator-[0-9a-f]{16}/, `fleksjob-calculator-${stamp}`);
    renameSync(join(b, name), join(b, renamed));
    index = index.replaceAll(name, renamed);
  }
  writeFileSync(join(b, "index.html"), index);
  return b;
}

test("a new build is announced, taken into use through the notice or on the next visit, and never mixed with the old", LIMIT, async () => {
  const root = mkdtempSync(join(tmpdir(), "deploy-"));
  const a = join(root, "a");
  cpSync(dist, a, { recursive: true });
  const b = nextBuild(a, "0123456789abcdef");
  await writeServiceWorker(b);
  const c = nextBuild(a, "fedcba9876543210");
  await writeServiceWorker(c);
  const live = join(root, "live");
  symlinkSync(a, live);
  const s = await server(live);
  try {
    const p = await env.page();
    const loads = [];
    p.on("load", async () => loads.push(await appFiles(p).catch(() => [])));
    await p.goto(s.base);
    await p.waitForSelector("[data-testid='total-month']");
    await workerReady(p);
    await p.reload();
    await p.waitForSelector("[data-testid='total-month']");

    // Deploy B; the open page looks for updates.
    rmSync(live);
    symlinkSync(b, live);
    await p.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await p.waitForSelector("[data-testid='update-notice']");
    assert.match(await p.locator("[data-testid='update-notice']").innerText(), /En ny version er klar \(nye satser\) – genindlæs/);
    const before = await appFiles(p);
    assert.ok(before.every((f) => !f.includes("0123456789abcdef")), `still A: ${before}`);

    await Promise.all([p.waitForEvent("load"), p.click("[data-testid='update-notice'] button")]);
    await p.waitForSelector("[data-testid='total-month']");
    const after = await appFiles(p);
    assert.ok(after.length > 0 && after.every((f) => f.includes("0123456789abcdef")), `runs B alone: ${after}`);
    // Deploy C; this time the user ignores the notice and closes the tab.
    // The next visit is C's.
    rmSync(live);
    symlinkSync(c, live);
    await p.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await p.waitForSelector("[data-testid='update-notice']");
    const context = p.context();
    await p.close();
    const next = await context.newPage();
    next.on("load", async () => loads.push(await appFiles(next).catch(() => [])));
    await next.goto(s.base);
    await next.waitForSelector("[data-testid='total-month']");
    const last = await appFiles(next);
    assert.ok(last.length > 0 && last.every((f) => f.includes("fedcba9876543210")), `the next visit runs C: ${last}`);
    await next.waitForTimeout(200);
    const version = (f) => (f.includes("0123456789abcdef") ? "B" : f.includes("fedcba9876543210") ? "C" : "A");
    for (const files of loads) {
      const versions = new Set(files.map(version));
      assert.ok(versions.size <= 1, `one page load used files of two builds: ${files}`);
    }
    assert.deepEqual([...p.errors, ...next.errors], []);
  } finally {
    await s.close();
    rmSync(root, { recursive: true, force: true });
  }
});
