// End to end: a jobcentre page on another origin embeds the calculator with
// the one-line snippet; the frame loads under the strict CSP, computes, and
// the host fits it to the height the frame reports.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { offSiteRequests, useEnv } from "./harness.mjs";
import { serve } from "../../scripts/serve.mjs";

const env = useEnv();
let host, hostBase;
before(async () => {
  await env.ready;
  // "localhost" and "127.0.0.1" are different origins: a real cross-origin frame.
  const app = env.base.replace("127.0.0.1", "localhost");
  host = await serve(join(import.meta.dirname, "..", "..", "examples"), 0, {
    csp: `default-src 'none'; frame-src ${app}; script-src ${app}; style-src 'unsafe-inline'`,
    rewrite: (html) => html.replaceAll("{{APP}}", app),
  });
  hostBase = `http://127.0.0.1:${host.address().port}/`;
});
after(async () => {
  await new Promise((ok) => host?.close(ok));
});

test("the host page's iframe loads, computes and resizes", async () => {
  const page = await env.page({ viewport: { width: 1000, height: 800 } });
  await page.goto(hostBase + "embed-host.html");
  const frameElement = page.locator("iframe[data-fleksjob-beregner]");
  const frame = page.frameLocator("iframe[data-fleksjob-beregner]");
  await frame.locator("[data-testid='total-month']").waitFor();
  // No page chrome inside: the intro is gone, the heading only for screen readers.
  assert.equal(await frame.locator("header p:not(.privacy)").count(), 0);
  assert.match(await frame.locator("h1").getAttribute("class"), /visually-hidden/);
  // It computes (the year is under "More settings").
  await frame.locator("[data-testid='more-settings']").click();
  await frame.locator("#year").selectOption("2024");
  await frame.locator("#wage").fill("200");
  await frame.locator("#paid").fill("18");
  assert.equal(await frame.locator("[data-testid='subsidy-month']").innerText(), "15.272 kr.");
  // It resized: the frame is as tall as its content, not the snippet's 600 px.
  await page.waitForFunction(() => parseInt(document.querySelector("iframe").style.height) > 1000);
  const frameHeight = await frameElement.evaluate((f) => parseInt(f.style.height));
  const contentHeight = await frame.locator("html").evaluate((e) => e.scrollHeight);
  assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `frame ${frameHeight} vs content ${contentHeight}`);
  // Every request went to the host page or the app, both on this machine.
  const app = env.base.replace("127.0.0.1", "localhost");
  assert.deepEqual(page.requests.filter((u) => !u.startsWith(hostBase) && !u.startsWith(app)), []);
  assert.deepEqual(page.errors, []);
});

test("embed parameters choose language and parts", async () => {
  const page = await env.page();
  await page.goto(env.base + "?embed=1&lang=en&parts=calculator&year=2024&kommune=101");
  await page.waitForSelector("[data-testid='total-month']");
  assert.equal(await page.locator("nav.tabs .tab").count(), 0, "one part: no tabs");
  // Municipality and year are under "More settings", built when opened.
  await page.click("[data-testid='more-settings']");
  assert.equal(await page.inputValue("#kommune"), "101");
  assert.equal(await page.inputValue("#year"), "2024");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  const agreementOnly = await env.page();
  await agreementOnly.goto(env.base + "?embed=1&parts=agreement");
  await agreementOnly.waitForSelector(".agreement-editor");
  assert.deepEqual(offSiteRequests(agreementOnly, env.base), []);
});

test("the <fleksjob-beregner> element builds its frame from its attributes and fits it", async () => {
  const page = await env.page({ viewport: { width: 1000, height: 800 } });
  await page.goto(hostBase + "embed-host.html");
  const element = page.locator("fleksjob-beregner > iframe");
  await element.waitFor({ state: "attached" });
  const src = new URL(await element.getAttribute("src"));
  assert.equal(src.searchParams.get("embed"), "1");
  assert.equal(src.searchParams.get("parts"), "calculator");
  assert.equal(src.searchParams.get("kommune"), "751");
  assert.equal(src.searchParams.get("accent"), "005a9c");
  assert.equal(src.searchParams.get("compact"), "1");
  assert.equal(await element.getAttribute("title"), "Fleksjob-beregneren");
  assert.equal(await element.getAttribute("referrerpolicy"), "no-referrer");
  // Its fallback link is gone once the frame is there.
  assert.equal(await page.locator("fleksjob-beregner > a").count(), 0);
  const frame = page.frameLocator("fleksjob-beregner > iframe");
  await element.scrollIntoViewIfNeeded();
  await frame.locator("[data-testid='answer-sentence']").waitFor();
  assert.equal(await frame.locator("nav.tabs .tab").count(), 0, "calculator only");
  assert.match(await frame.locator("main").getAttribute("class"), /compact/);
  const accent = await frame.locator("html").evaluate((e) => getComputedStyle(e).getPropertyValue("--accent").trim());
  assert.equal(accent, "#005a9c");
  // It resized to its content.
  await page.waitForFunction(() => parseInt(document.querySelector("fleksjob-beregner > iframe").style.height) > 1000);
  const frameHeight = await element.evaluate((f) => parseInt(f.style.height));
  const contentHeight = await frame.locator("html").evaluate((e) => e.scrollHeight);
  assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `frame ${frameHeight} vs content ${contentHeight}`);
  assert.deepEqual(page.errors, []);
});

test("an element for the agreement alone opens the editor page, which downloads only the full app", async () => {
  const page = await env.page({ viewport: { width: 1000, height: 800 } });
  await page.goto(hostBase + "embed-host.html");
  await page.locator("fleksjob-beregner > iframe").waitFor({ state: "attached" });
  // What the new frame fetches (the host's other element loads the calculator).
  const fetched = [];
  page.on("request", (r) => r.frame().url().includes("/aftale-rediger.html") && fetched.push(new URL(r.url()).pathname));
  await page.evaluate(() => {
    const element = document.createElement("fleksjob-beregner");
    element.setAttribute("parts", "agreement");
    element.id = "agreement-only";
    document.body.append(element);
  });
  const element = page.locator("#agreement-only > iframe");
  await element.waitFor({ state: "attached" });
  const src = new URL(await element.getAttribute("src"));
  assert.equal(src.pathname, "/aftale-rediger.html");
  assert.equal(src.searchParams.get("parts"), "agreement");
  await element.scrollIntoViewIfNeeded();
  await page.frameLocator("#agreement-only > iframe").locator(".agreement-editor").waitFor();
  assert.equal(fetched.filter((p) => /^\/fleksjob-beregner-.*_bg\.wasm$/.test(p)).length, 1, fetched.join(" "));
  assert.deepEqual(fetched.filter((p) => p.includes("fleksjob-calculator")), []);
  assert.deepEqual(fetched.filter((p) => p.includes("fleksjob-reader")), [], "not the share link's reader");
  assert.deepEqual(page.errors, []);
});

test("embedded, the app's offline worker never touches the host page, and ?offline=0 turns it off", async () => {
  const page = await env.page();
  await page.goto(hostBase + "embed-host.html");
  const frame = page.frameLocator("iframe[data-fleksjob-beregner]");
  await frame.locator("[data-testid='total-month']").waitFor();
  await page.waitForTimeout(500);
  // The host's own origin has no worker of the app's, whatever the frame did.
  assert.deepEqual(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  assert.deepEqual(page.errors, []);

  const off = await env.page();
  await off.goto(env.base + "?embed=1&offline=0");
  await off.waitForSelector("[data-testid='total-month']");
  await off.waitForTimeout(500);
  assert.equal(await off.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, "no worker with offline=0");
  const on = await env.page();
  await on.goto(env.base + "?embed=1");
  await on.waitForSelector("[data-testid='total-month']");
  const active = () =>
    Promise.race([navigator.serviceWorker.ready.then((r) => Boolean(r.active)), new Promise((ok) => setTimeout(() => ok(false), 20_000))]);
  assert.ok(await on.evaluate(active), "a worker by default");
});
