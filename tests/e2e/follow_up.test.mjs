// End to end, issue 23: the follow-up meeting. Three meetings recorded
// through the screen on a phone (12 -> 14 effective at 12 paid -> 15 paid):
// the progression table and chart show them, the gap sentence's kroner are
// the calculator's at those hours, a decision changes the steps and is
// undone, the share link and the file carry the records to a reader, and
// the meeting's note prints to one A4 page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { open, outputDir, result, useEnv, agreementLink, edit, recordFollowUps, AGREEMENT, MEETINGS } from "./harness.mjs";

const env = useEnv();
const PHONE = { width: 390, height: 844 };

/** The calculator's monthly change from `paid` to `target` hours, on the agreement's basis. */
async function calculatorChange(paid, target) {
  const p = await env.page();
  await open(p, env.base, `#year=2026&wage=185&pension_employer=8&kommune=751&paid=${paid}&target=${target}`);
  const change = { net: await result(p, "net-month-diff"), cost: await result(p, "employer-cost-month-diff") };
  await p.context().close();
  return change;
}

async function exportFile(p) {
  const [download] = await Promise.all([p.waitForEvent("download"), p.click("[data-testid='export']")]);
  return readFileSync(await download.path(), "utf8");
}

test("three follow-ups recorded on a phone: progression, gap in kroner, decision and undo, link, file and note", async () => {
  const p = await env.page({ viewport: PHONE, locale: "da-DK" });
  p.on("dialog", (d) => d.accept());
  await open(p, env.base, agreementLink(AGREEMENT), "[data-testid='print-document'].on-screen");
  await edit(p);

  // Two meetings: the second has 14 effective hours at 12 paid.
  await recordFollowUps(p, MEETINGS.slice(0, 2));
  assert.match(await result(p, "plan-change"), /Trinene er uændrede/);
  assert.equal(await p.locator("[data-testid='undo-plan-change']").count(), 0, "nothing to undo");
  const gap = await result(p, "gap-sentence");
  assert.match(gap, /^Du leverer 14 effektive timer, men får løn for 12\./);
  const calculator = await calculatorChange(12, 14);
  assert.equal(`+${await result(p, "gap-gain-net")}`, calculator.net, "the citizen's gain is the calculator's");
  assert.equal(`+${await result(p, "gap-cost-employer")}`, calculator.cost, "the employer's cost is the calculator's");
  // The plan's next step (step 2 from 13 April at 15 paid) is beside it.
  const next = await calculatorChange(12, 15);
  assert.match(await result(p, "gap-next-step"), /Trin 2, fra 13\.04\.2026\) med 15 betalte timer/);
  assert.equal(`+${await result(p, "next-step-gain-net")}`, next.net);

  // The third: 15 paid, and start the next step now.
  await recordFollowUps(p, MEETINGS.slice(2));
  assert.equal(await p.locator("[data-testid='gap-sentence']").count(), 0, "no gap once paid hours caught up");
  assert.match(
    await result(p, "plan-change"),
    /Trin 3 starter nu 02\.05\.2026 i stedet for 25\.05\.2026/,
  );
  assert.equal(await p.inputValue("#step-2-start"), "2026-05-02");
  await p.click("[data-testid='undo-plan-change']");
  assert.match(await result(p, "plan-change"), /Planen er som før/);
  assert.equal(await p.inputValue("#step-2-start"), "2026-05-25");

  // The progression: each meeting beside the plan's paid hours.
  const cell = (n, column) => result(p, `progression-${n}-${column}`);
  const rows = [];
  for (const n of [1, 2, 3]) {
    rows.push([await cell(n, "date"), await cell(n, "planned-paid"), await cell(n, "attended"), await cell(n, "effective"), await cell(n, "paid")]);
  }
  assert.deepEqual(rows, [
    ["16.03.2026", "13", "14", "12", "12"],
    ["02.04.2026", "13", "16", "14", "12"],
    ["02.05.2026", "15", "17", "15", "15"],
  ]);
  assert.equal(await p.locator(".progression-chart svg circle").count(), 3);
  assert.equal(await p.locator(".progression-chart svg polyline").count(), 3);
  // It reads on a phone: the content's width, an hours axis with labels, the dates, a legend.
  const chart = await p.evaluate(() => {
    const box = document.querySelector(".progression-chart");
    const svg = box.querySelector("svg");
    return {
      width: svg.getBoundingClientRect().width,
      hours: [...svg.querySelectorAll("text.hours")].map((t) => t.textContent),
      dates: [...svg.querySelectorAll("text.date")].map((t) => t.textContent),
      legend: [...box.querySelectorAll(".chart-legend li")].map((li) => li.textContent),
      marks: svg.querySelector("g:last-child").innerHTML,
    };
  });
  assert.ok(chart.width >= 300, `the chart is ${chart.width} px wide`);
  assert.ok(chart.hours.filter((h) => /^\d+$/.test(h)).length >= 3, `hours on the axis: ${chart.hours}`);
  assert.ok(chart.hours.includes("timer/uge"), `the axis says its unit: ${chart.hours}`);
  assert.deepEqual(chart.dates, ["16.03.2026", "02.04.2026", "02.05.2026"]);
  assert.deepEqual(chart.legend, ["Planlagt betalt", "Fremmødte timer", "Effektive timer", "Lønnede timer"]);
  // The planned follow-up on 2 May is marked held.
  assert.ok(await p.locator("[data-testid='follow-ups'] tbody tr:nth-child(2) input[type=checkbox]").isChecked());
  await p.locator("[data-testid='progression']").scrollIntoViewIfNeeded();
  await p.screenshot({ path: join(outputDir, "follow-up-progression-phone.png") });

  // The file and the link carry the records to a reader.
  const file = JSON.parse(await exportFile(p));
  assert.equal(file.schema, 6);
  assert.deepEqual(file.records.map((r) => [r.date, r.hours.effective, r.hours.paid]), [
    ["2026-03-16", 12, 12],
    ["2026-04-02", 14, 12],
    ["2026-05-02", 15, 15],
  ]);
  await p.click("[data-testid='make-link']");
  const link = await p.inputValue("[data-testid='share-link']");
  const reader = await env.page();
  await reader.goto(link);
  await reader.waitForSelector("[data-testid='doc-records']");
  const appendix = await reader.locator("[data-testid='doc-records']").innerText();
  for (const expected of ["Opfølgninger", "16.03.2026", "02.04.2026", "02.05.2026", "Klar til næste trin"]) {
    assert.ok(appendix.includes(expected), `the reader's appendix lacks "${expected}":\n${appendix}`);
  }
  // The document's appendix draws the same chart.
  assert.equal(await reader.locator("[data-testid='doc-records'] .doc-chart svg g:last-child").innerHTML(), chart.marks);
  const imported = await env.page();
  await open(imported, env.base, "#view=aftale", ".agreement-editor");
  const path = join(outputDir, "follow-ups.json");
  writeFileSync(path, JSON.stringify(file));
  await imported.setInputFiles("[data-testid='import']", path);
  await imported.waitForSelector("[data-testid='doc-records']");
  assert.equal(await imported.locator("[data-testid='doc-records'] [data-testid='doc-table-progression'] tbody tr").count(), 3);

  // The third meeting's note draws the same chart as the screen: all three meetings.
  await p.click("[data-testid='show-note-3']");
  await p.waitForSelector("[data-testid='follow-up-note'].on-screen .doc-chart");
  assert.equal(await p.locator("[data-testid='follow-up-note'] .doc-chart svg g:last-child").innerHTML(), chart.marks);
  assert.equal(await p.locator("[data-testid='follow-up-note'] .doc-chart .chart-legend li").count(), 4);
  await p.click("[data-testid='follow-up-note-bar'] button.secondary");

  // The second meeting's note: one A4 page with the record, the gap, the next date.
  await p.click("[data-testid='show-note-2']");
  await p.waitForSelector("[data-testid='follow-up-note'].on-screen");
  await p.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  assert.match(await p.title(), /^Opfølgningsnotat – Anna Jensen – 02\.04\.2026/);
  const pdf = join(outputDir, "follow-up-note.pdf");
  writeFileSync(pdf, await p.pdf({ preferCSSPageSize: true }));
  await p.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  const pages = execFileSync("pdfinfo", [pdf], { encoding: "utf8" }).match(/Pages:\s+(\d+)/)[1];
  assert.equal(pages, "1", "the note is one page");
  for (const expected of [
    "Opfølgningsnotat",
    "02.04.2026",
    "Mere tempo om morgenen",
    gap.replace(/\s+/g, " "),
    "Næste opfølgning 02.05.2026",
    "Side 1 af 1",
  ]) {
    assert.ok(text.includes(expected), `the note lacks "${expected}":\n${text}`);
  }
  assert.ok(!text.includes("Aftale om progression"), "only the note is printed");
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, join(outputDir, "follow-up-note")]);
  assert.deepEqual(p.errors, []);
});

test("a record's bad input gets a message beside the field, and nothing typed is lost", async () => {
  const p = await env.page({ viewport: PHONE, locale: "da-DK" });
  p.on("dialog", (d) => d.accept());
  await open(p, env.base, agreementLink(AGREEMENT), "[data-testid='print-document'].on-screen");
  await edit(p);
  await p.click("[data-testid='start-follow-up']");
  await p.fill("#follow-up-date", "2026-02-16");
  await p.fill("#follow-up-next-date", "2026-02-02");
  await p.fill("#follow-up-attended", "10");
  await p.fill("#follow-up-effective", "12,5");
  await p.fill("#follow-up-notes", "Ryggen driller");
  assert.match(await result(p, "follow-up-date-error"), /før fleksjobbets start \(02\.03\.2026\)/);
  assert.match(await result(p, "follow-up-next-date-error"), /efter dette møde \(16\.02\.2026\)/);
  assert.match(await result(p, "follow-up-effective-error"), /effektive/i);
  await p.click("[data-testid='save-follow-up']");
  assert.match(await result(p, "follow-up-fix"), /Ret de markerede felter/);
  assert.equal(await p.locator("[data-testid='follow-up-record']").count(), 1, "the form stays open");
  assert.equal(await p.inputValue("#follow-up-effective"), "12,5");
  assert.equal(await p.inputValue("#follow-up-notes"), "Ryggen driller");
  // Switching to the calculator and back loses nothing.
  await p.click("button.tab:has-text('Beregner')");
  await p.click("button.tab:has-text('Progressionsaftale')");
  assert.equal(await p.inputValue("#follow-up-effective"), "12,5");
  assert.equal(await p.inputValue("#follow-up-notes"), "Ryggen driller");
  await p.fill("#follow-up-attended", "14");
  await p.fill("#follow-up-date", "2026-03-16");
  await p.fill("#follow-up-next-date", "2026-04-02");
  await p.click("[data-testid='save-follow-up']");
  await p.waitForSelector("[data-testid='follow-up-record']", { state: "detached" });
  assert.equal(await result(p, "progression-1-effective"), "12,5");
  assert.deepEqual(p.errors, []);
});

for (const [lang, heading] of [["da", "Møde 1"], ["en", "Meeting 1"]]) {
  test(`one tap from a share link's reading view to a new record, its date in view and focused (${lang})`, async () => {
    const p = await env.page({ viewport: PHONE, locale: "da-DK" });
    const link = agreementLink(AGREEMENT).replace("#view=aftale", `#view=aftale${lang === "en" ? "&lang=en" : ""}`);
    await open(p, env.base, link, "[data-testid='print-document'].on-screen");
    await p.click(".reading-bar [data-testid='start-follow-up']");
    await p.waitForFunction(() => document.activeElement?.id === "follow-up-date");
    const box = await p.locator("#follow-up-date").boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= PHONE.height, `the date field is in view: ${JSON.stringify(box)}`);
    assert.equal(await p.locator("#record-heading").innerText(), heading);
    // The agreement is whole: the editor holds the link's parties and steps.
    assert.equal(await p.inputValue("#citizen"), "Anna Jensen");
    assert.equal(await p.locator("fieldset.step").count(), 3);
    await p.screenshot({ path: join(outputDir, `follow-up-one-tap-phone-${lang}.png`) });
  });
}
