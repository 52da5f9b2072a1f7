// End to end: "does it pay?" — net income, gain of one more hour, the chart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { open, result, offSiteRequests, outputDir, useEnv } from "./harness.mjs";

const env = useEnv();

test("a link with hours, wage and municipality shows net and gain", async () => {
  const page = await env.page();
  await open(page, env.base, "#year=2025&wage=200&paid=10&kommune=K%C3%B8benhavn");
  assert.equal(await page.inputValue("#kommune"), "101");
  // One more hour below the threshold (2025, København 23.50 %):
  // wage +866.67, subsidy −30 % = −260, AM-bidrag +69.33,
  // bundskat +12.01 % × 537.33 = 64.53, kommuneskat +23.5 % × (537.33 − 12.3 % × 866.67) = 101.22
  // -> gross +606.67, net +371.58, kept of 100 kr wage: 42.87
  assert.equal(await result(page, "gain-next-hour-gross"), "607 kr.");
  assert.equal(await result(page, "gain-next-hour-net"), "372 kr.");
  assert.equal(await result(page, "keep-per-100"), "43 kr.");
  assert.match(await result(page, "gain-zone"), /^10–12 timer: Under aftrapningsgrænsen/);
  // Target defaults to two more hours: the employer pays 2 × 866.67 more.
  assert.equal(await result(page, "paid-hours-target"), "12");
  assert.equal(await result(page, "employer-cost-month-diff"), "+1.733 kr.");
  assert.deepEqual(offSiteRequests(page, env.base), []);
  assert.deepEqual(page.errors, []);
});

test("net estimate matches the hand-worked 2026 example", async () => {
  const page = await env.page();
  // tests/tax_golden.rs: 2026, 200 kr/h × 18 h, København 23.39 %: net 21,611.75
  await open(page, env.base, "#year=2026&wage=200&paid=18&kommune=101");
  assert.equal(await result(page, "net-month"), "21.612 kr.");
  // Employer: 15,600 + ATP 132 + payroll contributions 322.44 (tests/tax_golden.rs).
  assert.equal(await result(page, "employer-cost-month"), "16.054 kr.");
  // The ceiling binds at 17.25 h: one more hour adds nothing before tax.
  assert.equal(await result(page, "gain-next-hour-gross"), "0 kr.");
  assert.match(await result(page, "gain-zone"), /Lønloftet er nået/);
  assert.match(await result(page, "gain-next-hour-net"), /^−/);
  // Church tax raises the tax.
  const before = await result(page, "tax-month");
  await page.check("#church");
  assert.notEqual(await result(page, "tax-month"), before);
  assert.match(new URL(page.url()).hash, /church=1/);
});

test("the effective-paid gap is said in plain words", async () => {
  const page = await env.page();
  await open(page, env.base, "#year=2025&wage=180&attended=14&effective=12&paid=10");
  assert.match(await result(page, "intensity"), /86 % \(12 effektive af 14 fremmødte timer\)/);
  assert.match(await result(page, "hours-gap"), /Du leverer 2 effektive timer om ugen mere, end du får løn for/);
  await page.fill("#effective", "10");
  assert.match(await result(page, "hours-gap"), /svarer til/);
  await page.fill("#effective", "8");
  assert.match(await result(page, "hours-gap"), /Bemærk: du får løn for 2 timer/);
  await page.fill("#effective", "15");
  assert.match(await result(page, "effective-error"), /ikke være flere end fremmødte/);
  assert.equal(await result(page, "net-month"), "–");
});

test("the chart and its table agree, and the keyboard reads out points", async () => {
  const page = await env.page();
  await open(page, env.base, "#year=2024&wage=200&paid=18&fulltime_hours=37");
  // 37 hours in half-hour steps: 75 points.
  const totals = (await page.getAttribute("polyline.total", "data-values")).split(" ");
  const nets = (await page.getAttribute("polyline.net", "data-values")).split(" ");
  assert.equal(totals.length, 75);
  await page.click("details:has([data-testid='curve-table']) summary");
  const rows = page.locator("[data-testid='curve-table'] tbody tr");
  // The rows are built when the table is opened: wait for the first.
  await rows.first().waitFor();
  assert.equal(await rows.count(), 75);
  const kr = (s) => Number(s.replace(/[^0-9−-]/g, "").replace("−", "-"));
  for (const i of [0, 20, 36, 37, 50, 74]) {
    const cells = await rows.nth(i).locator("th, td").allInnerTexts();
    assert.equal(cells[0], String(i / 2).replace(".", ","), `row ${i} hours`);
    assert.equal(kr(cells[3]), Number(totals[i]), `row ${i} total`);
    assert.equal(kr(cells[5]), Number(nets[i]), `row ${i} net`);
  }
  // STAR's case at 18 h sits in the table too: total 30,872.
  assert.equal(kr((await rows.nth(36).locator("td").allInnerTexts())[2]), 30872);
  // Keyboard: the chart is a slider over hours; End goes to full time.
  const chart = page.locator("[data-testid='chart']");
  await chart.focus();
  assert.equal(await chart.getAttribute("aria-valuenow"), "18");
  await page.keyboard.press("ArrowRight");
  assert.equal(await chart.getAttribute("aria-valuenow"), "18.5");
  await page.keyboard.press("End");
  assert.equal(await chart.getAttribute("aria-valuenow"), "37");
  const last = await rows.nth(74).locator("th, td").allInnerTexts();
  const readout = await result(page, "chart-readout");
  assert.ok(readout.startsWith("37 timer: i alt " + last[3]), readout);
  assert.ok(readout.includes("til udbetaling " + last[5]), readout);
  assert.equal(await chart.getAttribute("aria-valuetext"), readout);
  // The marks: threshold at 18.83 h and ceiling at 20.6 h are named.
  assert.match(await result(page, "chart-summary"), /Fra 18,83 timer.*Fra 20,6 timer/s);
});

test("ledighedsydelse column on request", async () => {
  const page = await env.page();
  await open(page, env.base, "#year=2025&wage=150&paid=6&kommune=751");
  assert.equal(await page.locator("[data-testid='net-month-ledighedsydelse']").count(), 0);
  await page.selectOption("#ledighedsydelse_level", "89");
  // 89 % × 21,092 = 18,771.88 -> 18,772, the level's amount while no amount is typed
  assert.equal(await page.inputValue("#ledighedsydelse"), "");
  assert.equal(await result(page, "ledighedsydelse-default"), "Tomt felt: 18.772");
  assert.equal(await result(page, "compare-total-month-ledighedsydelse"), "18.772 kr.");
  assert.equal(await result(page, "compare-wage-month-ledighedsydelse"), "0 kr.");
  assert.match(new URL(page.url()).hash, /ledighedsydelse_level=89(&|$)/);
});

test("a screenshot of the does-it-pay screen", async () => {
  const page = await env.page({ viewport: { width: 1300, height: 1200 } });
  await open(page, env.base, "#year=2026&wage=180&attended=14&effective=12&paid=10&target=12&kommune=101");
  await page.screenshot({ path: join(outputDir, "does-it-pay.png"), fullPage: true });
});
