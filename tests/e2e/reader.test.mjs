// End to end, issue 31: a share link is read by the reading build
// (fleksjob-reader-*), which downloads neither the editor nor the
// calculator. It reads, prints, copies the case-record text and gives the
// calendar file; "Redigér aftalen" and "Start opfølgning" hand the link over
// to the full app with the agreement whole: the full app's own reading of
// the link is the same document, the same text and the same calendar.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { agreementLink, offSiteRequests, outputDir, useEnv, AGREEMENT, MEETINGS } from "./harness.mjs";

const env = useEnv();
const FIRST_VISIT = { serviceWorkers: "block" };
const builds = (p, build) => p.requests.filter((u) => u.includes(`/fleksjob-${build}-`) && u.endsWith(".wasm"));
const DOC = "[data-testid='print-document']";

/** The agreement with a meeting recorded, so the document has its chart and records. */
const WITH_RECORD = {
  ...AGREEMENT,
  schema: 6,
  records: [
    {
      date: MEETINGS[0].date,
      participants: "Anna Jensen, Bo Hansen, Carl Madsen",
      hours: { attended: 16, effective: 14, paid: 13 },
      notes: "Kassen om morgenen virker",
      decision: "continue",
      next_date: "2026-05-02",
    },
  ],
};

/** The calendar file the page gives, its time stamps left out. */
async function calendar(p) {
  const [download] = await Promise.all([p.waitForEvent("download"), p.click("[data-testid='export-ics']")]);
  const text = readFileSync(await download.path(), "utf8").replace(/^DTSTAMP:.*$/gm, "DTSTAMP");
  return { text, name: download.suggestedFilename() };
}

for (const [lang, words] of [
  ["da", { edit: "Redigér aftalen", start: "Start opfølgning", copied: "Kopieret.", title: "Progressionsaftale – Anna Jensen – 02.03.2026" }],
  ["en", { edit: "Edit the agreement", start: "Start follow-up", copied: "Copied.", title: "Progression agreement – Anna Jensen – 2026-03-02" }],
]) {
  test(`a share link reads, prints, copies and edits with the agreement whole, in ${lang === "da" ? "Danish" : "English"}`, async () => {
    const p = await env.page({ ...FIRST_VISIT, viewport: { width: 390, height: 844 } });
    await p.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const link = agreementLink(WITH_RECORD) + (lang === "en" ? "&lang=en" : "");
    await p.goto(env.base + "aftale.html" + link);
    await p.waitForSelector(`${DOC} h1`);
    assert.equal(builds(p, "reader").length, 1, "the reader is downloaded");
    assert.deepEqual([...builds(p, "beregner"), ...builds(p, "calculator")], [], "and nothing else");
    assert.equal(await p.locator("html").getAttribute("lang"), lang);
    assert.equal(await p.locator("[data-testid='edit']").innerText(), words.edit);
    assert.equal(await p.locator("[data-testid='start-follow-up']").innerText(), words.start);
    assert.ok(await p.locator(`${DOC} .doc-chart svg`).count(), "the progression chart is in the document");
    await p.screenshot({ path: join(outputDir, `reader-${lang}-phone.png`) });

    // Printed: the page margin's title and the PDF's name, as the full app sets them.
    await p.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    assert.equal(await p.title(), words.title);
    const file = join(outputDir, `reader-${lang}.pdf`);
    writeFileSync(file, await p.pdf({ preferCSSPageSize: true }));
    await p.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    assert.equal(await p.title(), "Fleksjob-beregneren");
    const printed = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    assert.match(printed, /Anna Jensen/);
    assert.ok(!printed.includes(words.edit), "the reading bar is not printed");

    // The case-record text and the calendar file.
    await p.click("[data-testid='copy-case-text']");
    const caseText = await p.evaluate(() => navigator.clipboard.readText());
    assert.match(caseText, /Anna Jensen/);
    assert.equal(await p.locator("[data-testid='reading-status']").innerText(), words.copied);
    const ics = await calendar(p);
    assert.match(ics.text, /BEGIN:VCALENDAR/);
    const html = await p.locator(DOC).innerHTML();

    // "Redigér aftalen": the full app, once, with the link's agreement.
    await p.click("[data-testid='edit']");
    await p.waitForSelector(".agreement-editor");
    assert.equal(builds(p, "beregner").length, 1, "the full app is downloaded on demand");
    assert.equal(await p.inputValue("#citizen"), "Anna Jensen");
    assert.equal(await p.locator("html").getAttribute("lang"), lang);
    const hash = new URLSearchParams(new URL(p.url()).hash.slice(1));
    assert.ok(!hash.has("agreement") && !hash.has("open"), "the link leaves the address bar");
    // Nothing lost, nothing read differently: the full app's document,
    // case-record text and calendar file are the reader's.
    assert.equal(await p.inputValue("[data-testid='summary-text']"), caseText);
    assert.deepEqual(await calendar(p), ics);
    await p.click("[data-testid='read']");
    await p.waitForSelector(`${DOC}.on-screen h1`);
    assert.equal(await p.locator(DOC).innerHTML(), html);
    assert.deepEqual(offSiteRequests(p, env.base), []);
  });
}

test("'Start opfølgning' in the reader opens the full app on a new record, its date in view", async () => {
  const p = await env.page({ ...FIRST_VISIT, viewport: { width: 390, height: 844 } });
  await p.goto(env.base + "aftale.html" + agreementLink(WITH_RECORD));
  await p.waitForSelector(`${DOC} h1`);
  await p.click("[data-testid='start-follow-up']");
  await p.waitForFunction(() => document.activeElement?.id === "follow-up-date");
  const inView = await p.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert.ok(inView, "the record's date is in view");
  // The recorded meeting is there, and the new one after it.
  assert.equal(await p.locator("[data-testid^='open-follow-up-']").count(), 2);
  const today = await p.evaluate(() => new Date().toLocaleDateString("sv-SE"));
  assert.equal(await p.inputValue("#follow-up-date"), today, "the new record is today's meeting");
  assert.equal(await p.inputValue("#citizen"), "Anna Jensen");
  // The editor page, whose preload hints name the full app alone.
  assert.equal(new URL(p.url()).pathname, "/aftale-rediger.html");
  assert.equal(builds(p, "reader").length, 1);
  assert.equal(builds(p, "beregner").length, 1);
  // A reload there keeps the record, from the tab's work.
  await p.fill("#follow-up-notes", "Kassen går godt");
  await p.reload();
  await p.waitForSelector("#follow-up-notes");
  assert.equal(await p.inputValue("#follow-up-notes"), "Kassen går godt");
});

test("the reader in the other language, across a reload; a link that does not read goes to the full app's message", async () => {
  const p = await env.page(FIRST_VISIT);
  await p.goto(env.base + "aftale.html" + agreementLink(AGREEMENT));
  await p.waitForSelector(`${DOC} h1`);
  assert.match(await p.locator(`${DOC} h1`).innerText(), /Aftale om progression/);
  await p.click("[data-testid='lang-switch']");
  await p.waitForSelector("html[lang='en']");
  assert.match(await p.locator(`${DOC} h1`).innerText(), /agreement/i);
  assert.equal(await p.evaluate(() => document.activeElement?.dataset.testid), "lang-switch", "focus stays on the switch");
  await p.reload();
  await p.waitForSelector(`${DOC} h1`);
  assert.equal(await p.locator("html").getAttribute("lang"), "en");
  assert.equal(await p.locator("[data-testid='edit']").innerText(), "Edit the agreement");

  // Another link pasted into the same tab: its agreement, not the first one's.
  await p.evaluate((fragment) => (location.hash = fragment), agreementLink({ ...AGREEMENT, parties: { ...AGREEMENT.parties, citizen: "Eva Holm" } }));
  await p.waitForFunction(() => document.querySelector("[data-testid='print-document']")?.textContent.includes("Eva Holm"));
  assert.ok(!(await p.locator(DOC).innerText()).includes("Anna Jensen"));

  const bad = await env.page(FIRST_VISIT);
  await bad.goto(env.base + "aftale.html#view=aftale&agreement=bm90IGFuIGFncmVlbWVudA");
  await bad.waitForSelector("[data-testid='link-error']:not(:empty)");
  assert.match(await bad.locator("[data-testid='link-error']").innerText(), /link/i);
  assert.equal(builds(bad, "beregner").length, 1);
});

test("'Slet alt' in the reader takes the link's agreement off the screen and out of the address bar", async () => {
  const p = await env.page(FIRST_VISIT);
  p.on("dialog", (d) => d.accept());
  await p.goto(env.base + "aftale.html" + agreementLink(AGREEMENT));
  await p.waitForSelector(`${DOC} h1`);
  await p.click("[data-testid='delete-all']");
  await p.waitForSelector("[data-testid='answer-net']");
  assert.ok(!p.url().includes("agreement="));
  assert.equal(await p.locator(DOC).count(), 0);
});

test("offline, a share link is read by the kept reader", { timeout: 120_000 }, async () => {
  const s = await serve(process.env.DIST ?? join(import.meta.dirname, "..", "..", "dist"), 0);
  const base = `http://127.0.0.1:${s.address().port}/`;
  const p = await env.page();
  await p.goto(base + "#year=2026&paid=12");
  await p.waitForSelector("[data-testid='total-month']");
  await p.evaluate(() => navigator.serviceWorker.ready);
  await p.context().setOffline(true);
  await new Promise((done) => s.close(done));
  await p.goto(base + "aftale.html" + agreementLink(AGREEMENT));
  await p.waitForSelector(`${DOC} h1`);
  assert.match(await p.locator(DOC).innerText(), /Anna Jensen/);
  const files = await p.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));
  assert.ok(files.some((f) => f.startsWith("/fleksjob-reader-")), `the reader, from the worker's cache: ${files}`);
  assert.ok(!files.some((f) => f.startsWith("/fleksjob-beregner-")), "not the full app");
});
