// End to end: the release build in Chromium, as a citizen would use it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { open, result, offSiteRequests, outputDir, useEnv } from "./harness.mjs";

const env = useEnv();

test("STAR's 2024 example from a link: 200 kr/h, 18 hours", async () => {
  const page = await env.page();
  await open(page, env.base, "#year=2024&wage=200&paid=18&pension_employer=0&fulltime_hours=37");
  assert.equal(await result(page, "wage-month"), "15.600 kr.");
  assert.equal(await result(page, "lonindtaegt-month"), "15.600 kr.");
  assert.equal(await result(page, "lonloft-month"), "32.067 kr.");
  assert.equal(await result(page, "subsidy-month"), "15.272 kr.");
  assert.equal(await result(page, "atp-subsidy-month"), "500 kr.");
  assert.equal(await result(page, "total-month"), "30.872 kr.");
  assert.equal(await page.inputValue("#paid"), "18");
  assert.equal(await page.inputValue("#year"), "2024");
  assert.deepEqual(page.errors, []);
});

test("typing values updates the results and the link", async () => {
  const page = await env.page();
  await open(page, env.base, "#year=2024");
  await page.fill("#wage", "200");
  await page.fill("#paid", "25");
  assert.equal(await result(page, "wage-month"), "21.667 kr.");
  assert.equal(await result(page, "subsidy-month"), "10.400 kr.");
  assert.equal(await result(page, "total-month"), "32.067 kr.");
  // Danish number style, employer pension raises lønindtægt and the ceiling.
  await page.fill("#paid", "18");
  await page.fill("#pension_employer", "10,0");
  assert.equal(await result(page, "lonindtaegt-month"), "17.160 kr.");
  assert.equal(await result(page, "subsidy-month"), "14.595 kr.");
  assert.match(new URL(page.url()).hash, /pension_employer=10(&|$)/);
  // The link reproduces the screen in a new page: the number, in the
  // reader's style (the link carries numbers, not what was typed).
  const again = await env.page();
  await open(again, env.base, new URL(page.url()).hash);
  assert.equal(await result(again, "subsidy-month"), "14.595 kr.");
  assert.equal(await again.inputValue("#pension_employer"), "10");
});

test("bad input gets a message beside the field and keeps the text", async () => {
  const page = await env.page();
  await open(page, env.base, "#year=2024&wage=200&paid=18");
  await page.fill("#paid", "tolv");
  assert.match(await result(page, "paid-error"), /Skriv fx 12,5/);
  assert.equal(await page.getAttribute("#paid", "aria-invalid"), "true");
  assert.equal(await page.inputValue("#paid"), "tolv");
  assert.equal(await result(page, "subsidy-month"), "–");
  assert.ok(!(await page.innerText("body")).includes("NaN"));
  await page.fill("#wage", "5000");
  assert.match(await result(page, "wage-error"), /Højst 2\.000/);
  await page.fill("#wage", "-200");
  assert.match(await result(page, "wage-error"), /negativ/);
  await page.fill("#paid", "");
  assert.match(await result(page, "paid-error"), /Skriv et tal/);
  // Fixing the fields brings the numbers back.
  await page.fill("#wage", "200 kr.");
  await page.fill("#paid", "18");
  assert.equal(await result(page, "subsidy-month"), "15.272 kr.");
  assert.equal(await result(page, "paid-error"), "");
  assert.deepEqual(page.errors, []);
});

test("the page asks nothing of any host but its own, under a strict CSP", async () => {
  const page = await env.page();
  const response = await page.goto(env.base + "#year=2025&wage=187,5&paid=12,5");
  assert.match(response.headers()["content-security-policy"], /default-src 'none'/);
  await page.waitForSelector("[data-testid='total-month']");
  await page.fill("#paid", "14");
  await page.waitForTimeout(300);
  assert.ok(page.requests.length >= 4, `requests: ${page.requests}`);
  assert.deepEqual(offSiteRequests(page, env.base), []);
  assert.deepEqual(page.errors, [], "no CSP violation or other console error");
  // Nothing is stored, and "delete everything" is at hand on this view too.
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  assert.ok(await page.locator("[data-testid='delete-all']").isVisible());
});

test("derived rates are marked as such on screen", async () => {
  const page = await env.page();
  await open(page, env.base, "#year=2026");
  assert.match(await result(page, "rate-threshold"), /17\.672 kr\. \(beregnet af os, ikke offentliggjort\)/);
  await open(page, env.base, "#year=2024");
  assert.match(await result(page, "rate-threshold"), /16\.323 kr\. \(offentliggjort\)/);
  await page.fill("#threshold", "16.000");
  assert.match(await result(page, "rate-threshold"), /16\.000 kr\. \(indtastet\)/);
});

test("a screenshot for review", async () => {
  const page = await env.page({ viewport: { width: 1200, height: 1400 } });
  await open(page, env.base, "#year=2024&wage=200&paid=18");
  await page.screenshot({ path: join(outputDir, "calculator.png"), fullPage: true });
  const narrow = await env.page({ viewport: { width: 360, height: 800 } });
  await open(narrow, env.base, "#year=2024&wage=200&paid=tolv");
  await narrow.screenshot({ path: join(outputDir, "calculator-narrow-error.png"), fullPage: true });
});

test("English: the switch, the link and the embed's query parameter", async () => {
  const page = await env.page();
  await open(page, env.base, "#year=2024&wage=200&paid=18");
  await page.click("[data-testid='lang-switch']");
  assert.equal(await page.innerText("h1"), "The fleksjob calculator");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await result(page, "subsidy-month"), "15,272 kr");
  assert.equal(await result(page, "lonloft-month"), "32,067 kr");
  assert.match(new URL(page.url()).hash, /lang=en/);
  // English number style: "32,067" is thirty-two thousand.
  await page.fill("#threshold", "16,000");
  assert.match(await result(page, "rate-threshold"), /^16,000 kr \(entered by you\)/);
  // No common Danish word in the visible text (cited titles in «» and the
  // municipality list, which are names, aside).
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll("select, script, noscript").forEach((e) => e.remove());
    return copy.innerText.replace(/«[^»]*»/g, "");
  });
  const danish = /\b(og|af|til|timer|måned|lønnede|tilskud|skat|udbetaling|arbejdsgiver|beregner|kommune)\b/i;
  assert.ok(!danish.test(text), `Danish word in English mode: ${text.match(danish)}`);
  // And back.
  await page.click("[data-testid='lang-switch']");
  assert.equal(await page.innerText("h1"), "Fleksjob-beregneren");
  assert.equal(await result(page, "subsidy-month"), "15.272 kr.");
  // An embedding page sets the language in the query.
  const embedded = await env.page();
  await embedded.goto(env.base + "?lang=en#year=2024&wage=200&paid=18");
  await embedded.waitForSelector("[data-testid='total-month']");
  assert.equal(await embedded.innerText("h1"), "The fleksjob calculator");
});
