// End to end, issue 13: month by month. An agreement with 12 -> 15 (from
// 1 March) -> 18 hours (from 1 May) shows the one-month lag in March and
// May and the calculator's steady figures in April and June; an event
// entered by hand moves the next month's subsidy, is shared with the
// agreement and printed in its appendix; bad input gets a message by the field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { open, result, offSiteRequests, outputDir, useEnv, edit, agreementLink, calculatorFigures } from "./harness.mjs";

const env = useEnv();
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const STEP = (start, paid) => ({
  start,
  duration_weeks: 6,
  hours: { attended: paid, effective: paid, paid },
  tasks: "",
  trial: true,
  placement: false,
  if_not_working: "",
});

/** 185 kr./h, 8 % employer pension, Aarhus, 2026; 12 -> 15 -> 18 paid hours. */
const AGREEMENT = {
  format: "fleksjob-beregner/progression-agreement",
  schema: 5,
  date: "2026-02-02",
  parties: { citizen: "Anna Jensen", employer: "Bageriet", employer_contact: "", consultant: "", collective_agreement: "" },
  today: { hours: { attended: 12, effective: 12, paid: 12 }, tasks: "", hard_tasks: "", accommodations: [] },
  goal: "",
  steps: [STEP("2026-03-01", 15), STEP("2026-05-01", 18)],
  support: {
    mentor: { given: false, note: "" },
    aids: { given: false, note: "" },
    personal_assistance: { given: false, note: "" },
    other: "",
  },
  fleksjob_start: "2025-01-06",
  first_fleksjob: true,
  follow_ups: [],
  basis: { year: 2026, kommune: 751, church: false, wage: 185, pension_employer: 8, pension_employee: 0, paid: 12, fulltime_hours: 37 },
};

const link = (agreement = AGREEMENT) => agreementLink(agreement);
const DOC = "[data-testid='print-document']";
const calculator = (paid) => calculatorFigures(env, paid);

const cell = (p, month, column) => result(p, `timeline-${month}-${column}`);

async function editor(p, viewport = { width: 1280, height: 900 }) {
  await p.setViewportSize(viewport);
  await open(p, env.base, link(), DOC);
  await edit(p);
  await p.waitForSelector("[data-testid='timeline']");
}

test("the lag shows in March and May, the steady months equal the calculator", async () => {
  const [at12, at15, at18] = [await calculator(12), await calculator(15), await calculator(18)];
  const p = await env.page();
  await editor(p);
  const months = await p.$$eval("[data-testid='timeline'] tbody tr", (rows) => rows.length);
  assert.equal(months, 7, "February to August");
  for (const [month, want] of [["2026-02", at12], ["2026-04", at15], ["2026-06", at18], ["2026-08", at18]]) {
    for (const column of ["wage", "subsidy", "total", "net", "employer-cost"]) {
      assert.equal(await cell(p, month, column), want[column], `${month} ${column}`);
    }
  }
  assert.equal(await cell(p, "2026-03", "paid-hours"), "15");
  // The first month of more hours: the new wage, the subsidy of the old.
  for (const [month, now, before] of [["2026-03", at15, at12], ["2026-05", at18, at15]]) {
    assert.equal(await cell(p, month, "wage"), now.wage, `${month} wage`);
    assert.equal(await cell(p, month, "subsidy"), before.subsidy, `${month} subsidy from the month before`);
    assert.equal(await cell(p, month, "employer-cost"), now["employer-cost"], `${month} employer's cost`);
  }
  const notes = await p.innerText("[data-testid='timeline-section']");
  assert.ok(notes.includes("marts 2026"), notes);
  assert.ok(notes.includes("Løn for 15 timer; tilskuddet er stadig beregnet af lønnen i februar for 12 timer."), notes);
  assert.ok(notes.includes("Tilskuddet er nu beregnet af lønnen i marts for 15 timer."), notes);
  assert.ok(notes.includes("LAB § 124"), "the uncertain rules are stated");
  assert.deepEqual(offSiteRequests(p, env.base), []);
});

test("an event moves the next month's subsidy, travels in the link and prints in the appendix", async () => {
  const p = await env.page();
  p.on("dialog", (d) => d.accept());
  await editor(p);
  const augustBefore = await cell(p, "2026-08", "subsidy");
  await p.click("[data-testid='add-event']");
  await p.selectOption("#event-0-month", "2026-07");
  await p.selectOption("#event-0-kind", "sick_without_wage");
  await p.fill("#event-0-amount", "5");
  await p.waitForFunction(
    (before) => document.querySelector("[data-testid='timeline-2026-08-subsidy']")?.textContent !== before,
    augustBefore,
  );
  const augustAfter = await cell(p, "2026-08", "subsidy");
  const kr = (s) => Number(s.replace(/[^\d]/g, ""));
  assert.ok(kr(augustAfter) < kr(augustBefore), `${augustAfter} < ${augustBefore}: sick pay deducted in full`);
  const text = await p.innerText("[data-testid='timeline-section']");
  assert.ok(text.includes("5 sygedage uden løn"), text);
  assert.equal(
    await p.getAttribute("[data-testid='event-0-remove']", "aria-label"),
    "Fjern syg uden løn (sygedagpenge), juli 2026",
    "the remove button names its row",
  );

  // Shared: the link carries the event, and the reader's appendix shows it.
  await p.click("[data-testid='make-link']");
  const shared = await p.inputValue("[data-testid='share-link']");
  const reader = await env.page({ viewport: { width: 1280, height: 900 } });
  await reader.goto(shared.replace(/^https?:\/\/[^/]+\/?/, `${env.base}`));
  await reader.waitForSelector(DOC);
  const appendix = await reader.innerText("[data-testid='doc-timeline']");
  assert.ok(appendix.includes("Bilag: Måned for måned"), appendix.slice(0, 200));
  assert.ok(appendix.includes("5 sygedage uden løn"), "the event in the printed appendix");
  assert.equal(await result(reader, "timeline-appendix-2026-08-subsidy"), augustAfter, "paper and screen agree");

  // The appendix prints: its heading, the month's figure and the event are
  // in the PDF's text.
  const pdf = join(outputDir, "timeline.pdf");
  await reader.pdf({ path: pdf, format: "A4", preferCSSPageSize: true });
  const printed = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
  for (const words of ["Bilag: Måned for måned", "august 2026", augustAfter, "5 sygedage uden løn"]) {
    assert.ok(printed.includes(words), `${words} in the PDF`);
  }
});

test("bad input gets a message by the field and nothing typed is lost", async () => {
  const p = await env.page();
  await editor(p);
  await p.click("[data-testid='add-event']");
  await p.fill("#event-0-amount", "40");
  assert.match(await result(p, "event-0-amount-error"), /Højst 23\./);
  assert.equal(await p.inputValue("#event-0-amount"), "40", "the text stays as typed");
  await p.fill("#event-0-amount", "12,5");
  assert.equal(await result(p, "event-0-amount-error"), "");
  // A second step that starts before the first one ends.
  await p.fill("#step-1-start", "2026-03-20");
  assert.match(await result(p, "step-1-start-error"), /før trin 1 slutter \(12\.04\.2026\)/);
  assert.ok(await p.isVisible("[data-testid='timeline-problems']"));
  // A step before the fleksjob started.
  await p.fill("#step-0-start", "2024-12-02");
  assert.match(await result(p, "step-0-start-error"), /før fleksjobbet gør \(06\.01\.2025\)/);
  await p.fill("#step-0-start", "2026-03-01");
  await p.fill("#step-1-start", "2026-05-01");
  assert.equal(await result(p, "step-1-start-error"), "");
  // An event in August, then the last step moved to April: August is no
  // longer among the months shown; the event is kept and says why.
  await p.selectOption("#event-0-month", "2026-08");
  await p.fill("#step-1-start", "2026-04-13");
  assert.match(await result(p, "event-0-month-error"), /uden for aftalens måneder \(februar 2026–juli 2026\)/);
  assert.equal(await p.inputValue("#event-0-month"), "2026-08");
  assert.equal(await p.inputValue("#event-0-amount"), "12,5");
});

test("on a phone the months read as cards, with no sideways scroll and no axe violations", async () => {
  const p = await env.page();
  await editor(p, { width: 390, height: 844 });
  await p.click("[data-testid='add-event']");
  await p.selectOption("#event-0-kind", "bonus");
  await p.fill("#event-0-amount", "5.000");
  await p.waitForSelector("text=Bonus på 5.000 kr.");
  const section = p.locator("[data-testid='timeline-section']");
  await section.scrollIntoViewIfNeeded();
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  await section.screenshot({ path: join(outputDir, "timeline-phone.png") });
  // What the first screen of the section shows on a phone, and its events.
  await p.evaluate(() => document.getElementById("timeline-heading").scrollIntoView());
  await p.screenshot({ path: join(outputDir, "timeline-phone-top.png") });
  await p.locator("[data-testid='events']").screenshot({ path: join(outputDir, "timeline-phone-events.png") });
  await p.evaluate(`${AXE_SOURCE}\n;void 0`);
  const violations = await p.evaluate(async () => {
    const r = await window.axe.run("[data-testid='timeline-section']", {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length}`);
  });
  assert.deepEqual(violations, []);
});
