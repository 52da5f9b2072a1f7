// End to end, issue 35: the rules a real year holds. Other wage income and
// the year of birth through the link and back, the ledighedsydelse levels,
// English, and the agreement's document carrying both.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { open, result, offSiteRequests, outputDir, useEnv, agreementLink, AGREEMENT } from "./harness.mjs";

const env = useEnv();
const DOC = "[data-testid='print-document']";

test("other wage income and the year of birth: typed, in the link, after a reload", async () => {
  const p = await env.page({ viewport: { width: 390, height: 844 } });
  await open(p, env.base, "#year=2026&wage=200&paid=12");
  const before = await result(p, "subsidy-month");
  await p.fill("#other_wage", "3.000");
  await p.fill("#born", "1961");
  await p.waitForFunction(() => location.hash.includes("born=1961"));
  const hash = new URL(p.url()).hash;
  assert.match(hash, /other_wage=3000(&|$)/);
  // 12 h × 200 × 52/12 = 10,400; with 3,000 more, all below the 2026
  // threshold: the subsidy falls by 30 % of 3,000 = 900.
  assert.equal(await result(p, "other-wage-month"), "3.000 kr.");
  // The comparison names it too, so wage, other wage and subsidy add up to the total.
  assert.equal(await result(p, "compare-other-wage-month"), "3.000 kr.");
  const toNumber = (text) => Number(text.replace(/\D/g, ""));
  assert.equal(toNumber(before) - toNumber(await result(p, "subsidy-month")), 900);
  // Born 1961: folkepension age 67 in 2028, so 2026 and 2027 have the fradrag.
  assert.match(await result(p, "senior-fradrag"), /du når folkepensionsalderen i 2028.*gælder i 2026 og 2027/);
  assert.match(await result(p, "senior-fradrag-month"), /^\d+ kr\.$/);
  await p.locator("section.net").screenshot({ path: join(outputDir, "senior-fradrag-phone.png") });

  await p.reload();
  await p.waitForSelector("[data-testid='total-month']");
  assert.equal(await p.inputValue("#other_wage"), "3.000");
  assert.equal(await p.inputValue("#born"), "1961");
  assert.equal(await result(p, "other-wage-month"), "3.000 kr.");

  // A bad year says so at the field; the figures wait, nothing is lost.
  await p.fill("#born", "61");
  assert.equal(await result(p, "born-error"), "Skriv fødselsåret med fire cifre, fx 1961.");
  assert.equal(await result(p, "total-month"), "–");
  assert.equal(await p.inputValue("#other_wage"), "3.000");

  // In English the same settings read in English.
  await p.fill("#born", "1960");
  await p.click("[data-testid='lang-switch']");
  await p.waitForFunction(() => document.documentElement.lang === "en");
  // "3.000" reads as three thousand in English too, so it stays as typed.
  assert.equal(await p.inputValue("#other_wage"), "3.000");
  assert.equal(await result(p, "other-wage-month"), "3,000 kr");
  assert.match(await result(p, "senior-fradrag"), /you reach the state pension age in 2027/);
  assert.match(await p.locator("[data-testid='other-wage-counts'] summary").innerText(), /What counts as other wage income/);
  assert.deepEqual(offSiteRequests(p, env.base), []);
});

test("the ledighedsydelse levels the law sets, each with its source, and one's own amount over them", async () => {
  const p = await env.page();
  await open(p, env.base, "#year=2026&wage=150&paid=6");
  const options = await p.$$eval("#ledighedsydelse_level option", (os) => os.map((o) => [o.value, o.textContent]));
  assert.deepEqual(options.map(([value]) => value), ["", "89", "forsorger", "andre"]);
  // 2026: 89 % × 22,041 = 19,616.49; the kontanthjælp rates derived from 2023's.
  assert.equal(options[1][1], "89 % af højeste dagpenge: 19.616 kr.");
  assert.equal(options[2][1], "Kontanthjælp, forsørger: 17.736 kr.");
  assert.equal(options[3][1], "Kontanthjælp, ikke forsørger: 13.345 kr.");
  assert.equal(await p.isVisible("[data-testid='compare-other-wage-month']"), false, "no other wage, no row");
  await p.selectOption("#ledighedsydelse_level", "andre");
  assert.equal(await result(p, "compare-total-month-ledighedsydelse"), "13.345 kr.");
  assert.match(await result(p, "ledighedsydelse-level-source"), /beregnet af os.*§ 25, stk\. 2, nr\. 2/);
  assert.match(new URL(p.url()).hash, /ledighedsydelse_level=andre(&|$)/);
  // An amount typed overrides the level.
  await p.fill("#ledighedsydelse", "16.000");
  assert.equal(await result(p, "compare-total-month-ledighedsydelse"), "16.000 kr.");
  // Through the link and back, in English.
  const hash = new URL(p.url()).hash;
  const en = await env.page();
  await open(en, env.base, `${hash}&lang=en`);
  assert.equal(await en.inputValue("#ledighedsydelse_level"), "andre");
  assert.equal(await result(en, "compare-total-month-ledighedsydelse"), "16,000 kr");
  const english = await en.$$eval("#ledighedsydelse_level option", (os) => os.map((o) => o.textContent));
  assert.equal(english[2], "Cash benefit, with children: 17,736 kr");
  assert.deepEqual(offSiteRequests(p, env.base), []);
});

test("the agreement's document carries other wage income and the year of birth", async () => {
  const agreement = { ...AGREEMENT, basis: { ...AGREEMENT.basis, other_wage: 3000, born: 1961 } };
  const p = await env.page({ viewport: { width: 390, height: 844 } });
  await open(p, env.base, agreementLink(agreement), DOC);
  const basis = p.locator("[data-testid='doc-basis']");
  assert.equal(await basis.locator("tr:has(th:text-is('Anden lønindtægt pr. måned')) td").textContent(), "3.000 kr.");
  assert.equal(await basis.locator("tr:has(th:text-is('Fødselsår')) td").textContent(), "1961");
  assert.match(await p.locator(DOC).innerText(), /Tallene omfatter anden lønindtægt på 3\.000 kr\. om måneden/);
  assert.deepEqual(offSiteRequests(p, env.base), []);
});
