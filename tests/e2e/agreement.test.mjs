// End to end: writing a two-step progression agreement, printing it to PDF,
// export and import, the calendar file, the share link, and storage on the
// device. Nothing may leave 127.0.0.1 at any point.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { edit, open, result, offSiteRequests, outputDir, useEnv, agreementLink, AGREEMENT } from "./harness.mjs";

const env = useEnv();

const EDITOR = ".agreement-editor";

/** A page on the agreement view with the calculator at 200 kr/h, 10 hours (2025). */
async function agreementPage() {
  const page = await env.page({ acceptDownloads: true, viewport: { width: 1300, height: 1000 } });
  page.on("dialog", (d) => d.accept());
  await open(page, env.base, "#year=2025&wage=200&paid=10&attended=14&effective=12&kommune=101&view=aftale", EDITOR);
  return page;
}

/** Fill parties, today, an accommodation, the goal and two steps. */
async function fillTwoSteps(page) {
  await page.fill("#citizen", "Anna Testesen");
  await page.fill("#employer", "Bageriet Krumme");
  await page.fill("#consultant", "Kim Konsulent");
  await page.click("text=Hent timer fra beregneren");
  assert.equal(await page.inputValue("#today-paid"), "10");
  assert.equal(await page.inputValue("#today-effective"), "12");
  await page.fill("#today-tasks", "Pakke brød, rengøring");
  await page.check("#acc-pace");
  await page.fill("#goal", "12 lønnede timer fra 1. juni");
  await page.click("text=Tilføj trin");
  await page.fill("#step-0-start", "2027-03-01");
  await page.fill("#step-0-hours-attended", "14");
  await page.fill("#step-0-hours-effective", "12");
  await page.fill("#step-0-hours-paid", "11");
  await page.fill("#step-0-tasks", "Betjene kassen om morgenen");
  await page.fill("#step-0-if-not", "Tilbage til 10 timer, ny snak om opgaver");
  await page.click("text=Tilføj trin");
  await page.fill("#step-1-hours-paid", "12,5");
  await page.uncheck("#step-1-trial");
}

test("a two-step agreement with economics, printed to an A4 PDF", async () => {
  const page = await agreementPage();
  await fillTwoSteps(page);
  assert.equal(await page.locator("fieldset.step").count(), 2);
  // Step 1 starts where step 0 ends: 1 March 2027 + 6 weeks = 12 April.
  assert.equal(await page.inputValue("#step-1-start"), "2027-04-12");
  // Economics from the engine: one more paid hour at 200 kr/h, København 2025,
  // raises the net by 372 kr (see does_it_pay.test.mjs) and the employer's cost by 867.
  const economy = await result(page, "step-0-economy");
  assert.match(economy, /Til udbetaling pr\. md\.: .* \(\+372 kr\. ændring fra i dag\)/);
  assert.match(economy, /Arbejdsgivers udgift pr\. md\.: .* \(\+867 kr\. ændring fra i dag\)/);
  assert.match(await result(page, "unsaved"), /ikke er gemt/);

  // The print view: only the document, with signature lines.
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.locator("[data-testid='print-document']").isVisible());
  assert.ok(!(await page.locator(EDITOR).isVisible()));
  const pdf = join(outputDir, "agreement.pdf");
  await page.pdf({ path: pdf, format: "A4", printBackground: true });
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  for (const expected of [
    "Aftale om progression i fleksjob",
    "Anna Testesen",
    "Bageriet Krumme",
    "Pakke brød, rengøring",
    "Lavere tempo",
    "Trin 1",
    "Trin 2",
    "Betjene kassen om morgenen",
    "Aftale og underskrifter",
  ]) {
    assert.ok(text.includes(expected), `PDF lacks "${expected}":\n${text}`);
  }
  assert.ok(!text.includes("Udskriv / gem som PDF"), "no app chrome on paper");
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, join(outputDir, "agreement-page")]);
  assert.deepEqual(offSiteRequests(page, env.base), []);
  assert.deepEqual(page.errors, []);
});

test("export, clear, import gives the same agreement; bad files are refused", async () => {
  const page = await agreementPage();
  await fillTwoSteps(page);
  const exported = async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid='export']")]);
    return readFileSync(await download.path(), "utf8");
  };
  const first = await exported();
  const file = JSON.parse(first);
  assert.equal(file.schema, 5);
  assert.equal(file.parties.citizen, "Anna Testesen");
  assert.equal(file.steps.length, 2);
  assert.equal(file.steps[1].hours.paid, 12.5);

  // Clear: a fresh page holds an empty draft.
  const fresh = await agreementPage();
  assert.equal(await fresh.inputValue("#citizen"), "");
  const path = join(outputDir, "agreement.json");
  writeFileSync(path, first);
  await fresh.setInputFiles("[data-testid='import']", path);
  await edit(fresh);
  await fresh.waitForFunction(() => document.getElementById("citizen")?.value === "Anna Testesen");
  assert.equal(await fresh.inputValue("#step-1-hours-paid"), "12,5");
  const [download] = await Promise.all([fresh.waitForEvent("download"), fresh.click("[data-testid='export']")]);
  assert.equal(readFileSync(await download.path(), "utf8"), first, "import then export is identical");

  // A file that is not an agreement: a clear error, the draft untouched.
  const bad = join(outputDir, "not-an-agreement.json");
  writeFileSync(bad, JSON.stringify({ hello: "world" }));
  await fresh.setInputFiles("[data-testid='import']", bad);
  await fresh.waitForFunction(() => document.querySelector("[data-testid='import-error']")?.textContent !== "");
  assert.match(await result(fresh, "import-error"), /ikke en progressionsaftale/);
  assert.equal(await fresh.inputValue("#citizen"), "Anna Testesen");
  assert.deepEqual(offSiteRequests(fresh, env.base), []);
});

test("the calendar file parses and holds the follow-up dates", async () => {
  const page = await agreementPage();
  await page.fill("#fleksjob-start", "2028-01-31");
  await page.click("text=Lav opfølgningsplan ud fra startdatoen");
  const dates = await page.locator("[data-testid='follow-ups'] input[type='date']").evaluateAll((xs) => xs.map((x) => x.value));
  // 31 Jan 2028 + 1 month = 29 Feb (leap year); + 2 = 31 March.
  assert.deepEqual(dates.slice(0, 2), ["2028-02-29", "2028-03-31"]);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid='export-ics']")]);
  const ics = readFileSync(await download.path(), "utf8");
  const lines = ics.split("\r\n");
  assert.equal(lines[0], "BEGIN:VCALENDAR");
  assert.ok(!ics.replace(/\r\n/g, "").includes("\n"), "CRLF line endings only");
  assert.ok(lines.every((l) => Buffer.byteLength(l) <= 75), "lines folded at 75 octets");
  const starts = lines.filter((l) => l.startsWith("DTSTART;VALUE=DATE:")).map((l) => l.slice(-8));
  assert.deepEqual(starts, dates.map((d) => d.replaceAll("-", "")));
  assert.equal(lines.filter((l) => l === "BEGIN:VEVENT").length, dates.length);
  assert.equal(lines.filter((l) => l === "END:VEVENT").length, dates.length);
});

test("share link: warned, compact, and it opens the same draft", async () => {
  const page = await agreementPage();
  await fillTwoSteps(page);
  assert.match(await result(page, "share-warning"), /helbredsoplysninger/);
  await page.click("[data-testid='make-link']");
  const link = await page.inputValue("[data-testid='share-link']");
  // On the agreement page, which preloads the full app, not the calculator build.
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/aftale\.html#view=aftale&agreement=[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 4000, `link length ${link.length}`);
  // The address bar itself never holds the agreement.
  assert.ok(!page.url().includes("agreement="));
  const other = await env.page();
  await other.goto(link);
  await other.waitForSelector("[data-testid='print-document']");
  await edit(other);
  assert.equal(await other.inputValue("#citizen"), "Anna Testesen");
  assert.equal(await other.inputValue("#step-1-hours-paid"), "12,5");
  assert.ok(!other.url().includes("agreement="), "the payload leaves the address bar once read");
  assert.deepEqual(other.requests.filter((u) => u.includes("fleksjob-calculator")), [], "one build downloaded");
});

test("save on the device, reload, open; delete all leaves nothing", async () => {
  const page = await agreementPage();
  assert.equal(await page.evaluate(() => localStorage.length), 0, "nothing stored before the user asks");
  await fillTwoSteps(page);
  await page.click("[data-testid='save']");
  assert.match(await result(page, "save-status"), /Gemt/);
  assert.equal(await result(page, "unsaved"), "");
  // The tab keeps its work across a reload (work.test.mjs), still saved.
  await page.reload();
  await page.waitForSelector(EDITOR);
  assert.equal(await page.inputValue("#citizen"), "Anna Testesen");
  assert.equal(await result(page, "unsaved"), "");
  // Another tab starts with a new draft, and opens the saved one.
  const other = await page.context().newPage();
  other.on("dialog", (d) => d.accept());
  await open(other, env.base, "#year=2025&wage=200&paid=10&view=aftale", EDITOR);
  assert.equal(await other.inputValue("#citizen"), "");
  assert.match(await result(other, "saved-drafts"), /Anna Testesen/);
  await other.click("[data-testid='saved-drafts'] button:has-text('Åbn')");
  assert.equal(await other.inputValue("#citizen"), "Anna Testesen");
  assert.equal(await other.locator("fieldset.step").count(), 2);

  await page.click("[data-testid='delete-all']");
  await page.reload();
  await page.waitForSelector(EDITOR);
  assert.equal(await page.inputValue("#citizen"), "");
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  assert.ok(await page.locator("[data-testid='nothing-saved']").isVisible());
  assert.deepEqual(offSiteRequests(page, env.base), []);
  assert.deepEqual(page.errors, []);
});

test("leaving with unsaved changes asks first", async () => {
  const page = await env.page();
  await open(page, env.base, "#view=aftale", EDITOR);
  await page.fill("#goal", "Flere opgaver i kassen");
  const asked = new Promise((resolve) =>
    page.once("dialog", async (d) => {
      resolve(d.type());
      await d.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  assert.equal(await asked, "beforeunload");
});

test("a screenshot of the agreement editor", async () => {
  const page = await agreementPage();
  await fillTwoSteps(page);
  await page.screenshot({ path: join(outputDir, "agreement.png"), fullPage: true });
});

test("a new agreement takes today's hours from the calculator, follows them until touched; an opened one keeps its own", async () => {
  const page = await env.page({ viewport: { width: 390, height: 844 } });
  page.on("dialog", (d) => d.accept());
  await open(page, env.base, "#year=2026&wage=185&paid=12&attended=14&effective=12", "[data-testid='total-month']");
  await page.click("button.tab:has-text('Progressionsaftale')");
  await page.waitForSelector(EDITOR);
  assert.deepEqual(
    [await page.inputValue("#today-attended"), await page.inputValue("#today-effective"), await page.inputValue("#today-paid")],
    ["14", "12", "12"],
  );
  assert.match(await result(page, "today-from-calculator"), /hentet fra beregneren/);
  assert.equal(await result(page, "unsaved"), "", "nothing typed yet, nothing unsaved");

  // Untouched, it follows the calculator.
  await page.click("button.tab:has-text('Beregner')");
  await page.fill("#paid", "13");
  await page.click("button.tab:has-text('Progressionsaftale')");
  assert.equal(await page.inputValue("#today-paid"), "13");

  // Touched, it keeps its hours, and the screen no longer says they are the calculator's.
  await page.fill("#today-paid", "12,5");
  assert.equal(await result(page, "today-from-calculator"), "");
  await page.click("button.tab:has-text('Beregner')");
  await page.fill("#paid", "15");
  await page.click("button.tab:has-text('Progressionsaftale')");
  assert.equal(await page.inputValue("#today-paid"), "12,5");

  // An opened agreement keeps its own hours (the link's 14 / 12 / 12 while the calculator says 18).
  const other = await env.page();
  await open(other, env.base, `${agreementLink(AGREEMENT)}&paid=18`, "[data-testid='print-document'].on-screen");
  await edit(other);
  assert.equal(await other.inputValue("#today-paid"), "12");
  assert.equal(await result(other, "today-from-calculator"), "");
});
