// End to end, issue 9: the agreement keeps its economics (its calculator
// basis travels with it), and nothing saved, shared or typed is lost or
// changed. One test per defect found by hostile and unusual input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { edit, open, result, offSiteRequests, outputDir, useEnv } from "./harness.mjs";

const env = useEnv();

const EDITOR = ".agreement-editor";
// The consultant's case: 185 kr./h, 12 -> 15 hours, 8 % employer pension, Aarhus, 2026.
const CASE = "#year=2026&wage=185&paid=12&pension_employer=8&kommune=751&view=aftale";

async function page(options = {}) {
  const p = await env.page({ acceptDownloads: true, viewport: { width: 1300, height: 1000 }, ...options });
  p.on("dialog", (d) => d.accept());
  return p;
}

/** The consultant's draft: today from the calculator, one step to 15 hours. */
async function consultantDraft() {
  const p = await page();
  await open(p, env.base, CASE, EDITOR);
  await p.fill("#citizen", "Anna Testesen");
  await p.click("text=Hent timer fra beregneren");
  await p.click("text=Tilføj trin");
  await p.fill("#step-0-hours-paid", "15");
  return p;
}

/** Switch between the calculator and the agreement. */
async function tab(p, name) {
  await p.click(`button.tab:has-text('${name}')`);
}

async function exportFile(p) {
  const [download] = await Promise.all([p.waitForEvent("download"), p.click("[data-testid='export']")]);
  return readFileSync(await download.path(), "utf8");
}

test("the share link and the file carry the basis: the citizen sees the consultant's money", async () => {
  const consultant = await consultantDraft();
  const economy = await result(consultant, "step-0-economy");
  // 185 kr./h with 8 % pension in Aarhus, 2026: 19.977 kr. to pay out at 15 hours
  // (with the defaults, 200 kr./h and no pension, it would be 20.4xx kr.). The
  // issue quoted 19.944 before the fradrag base was corrected to LL § 9 J:
  // + (962 pension + 66 employer ATP) × 12 × 12.75 % × 24.52 % / 12 = +33 kr.
  assert.match(economy, /Til udbetaling pr\. md\.: 19\.977 kr\./);
  // The printed agreement names the rate year and each rate's status.
  const rates = await consultant.locator("[data-testid='doc-table-rates']").textContent();
  assert.match(rates, /Satser 2026/);
  assert.match(rates, /Maksimalt tilskud21\.600 kr\. pr\. md\. \*beregnet af os, ikke offentliggjort/);
  assert.match(rates, /Aftrapningsgrænse17\.672 kr\. pr\. md\. \*beregnet af os/);
  await consultant.click("[data-testid='make-link']");
  const link = await consultant.inputValue("[data-testid='share-link']");
  const json = await exportFile(consultant);
  assert.equal(JSON.parse(json).schema, 5);
  assert.deepEqual(JSON.parse(json).basis, {
    year: 2026, kommune: 751, church: false, wage: 185, pension_employer: 8, pension_employee: 0, paid: 12,
    fulltime_hours: 37,
  });

  // The citizen opens the link in a fresh browser.
  const citizen = await page();
  await citizen.goto(link);
  await citizen.waitForSelector("[data-testid='print-document']");
  assert.match(await citizen.locator("[data-testid='doc-table-economy']").textContent(), /19\.977 kr\./);
  await edit(citizen);
  assert.equal(await result(citizen, "step-0-economy"), economy);
  assert.match(await result(citizen, "basis-notice"), /samme som i beregneren/);
  await tab(citizen, "Beregner");
  assert.equal(await citizen.inputValue("#wage"), "185");
  // The rest of the basis is under "More settings", built when opened.
  await citizen.click("[data-testid='more-settings']");
  assert.equal(await citizen.inputValue("#pension_employer"), "8");
  assert.equal(await citizen.inputValue("#kommune"), "751");

  // ... or imports the file.
  const other = await page();
  await open(other, env.base, "#view=aftale", EDITOR);
  const path = join(outputDir, "case-file.json");
  writeFileSync(path, json);
  await other.setInputFiles("[data-testid='import']", path);
  await edit(other);
  await other.waitForFunction(() => document.getElementById("citizen")?.value === "Anna Testesen");
  assert.equal(await result(other, "step-0-economy"), economy);

  // A different calculator is named, and either side can be made to agree.
  await tab(other, "Beregner");
  await other.fill("#wage", "200");
  await tab(other, "Progressionsaftale");
  assert.match(await result(other, "basis-notice"), /ikke dem, aftalen er regnet med/);
  assert.equal(await result(other, "step-0-economy"), economy, "the agreement keeps its own money");
  await other.click("[data-testid='update-agreement-figures']");
  assert.notEqual(await result(other, "step-0-economy"), economy, "now at 200 kr./h");
  assert.match(await result(other, "basis-notice"), /samme som i beregneren/);
  await tab(other, "Beregner");
  await other.fill("#wage", "185");
  await tab(other, "Progressionsaftale");
  await other.click("[data-testid='use-agreement-figures']");
  await tab(other, "Beregner");
  assert.equal(await other.inputValue("#wage"), "200");
  for (const p of [consultant, citizen, other]) assert.deepEqual(offSiteRequests(p, env.base), []);
});

test("an older (schema 2) file opens with a notice that its money follows the calculator", async () => {
  const consultant = await consultantDraft();
  const file = JSON.parse(await exportFile(consultant));
  file.schema = 2;
  delete file.basis;
  const path = join(outputDir, "schema-2.json");
  writeFileSync(path, JSON.stringify(file));
  const p = await page();
  await open(p, env.base, "#view=aftale", EDITOR);
  await p.setInputFiles("[data-testid='import']", path);
  await edit(p);
  await p.waitForFunction(() => document.getElementById("citizen")?.value === "Anna Testesen");
  assert.match(await result(p, "basis-notice"), /ældre udgave/);
});

test("9.1 what the editor cannot reopen is never saved, and says why beside the field", async () => {
  const p = await page();
  await open(p, env.base, "#view=aftale", EDITOR);
  await p.fill("#today-attended", "10");
  await p.fill("#today-effective", "12");
  assert.match(await result(p, "today-effective-error"), /ikke være flere end fremmødte/);
  await p.fill("#goal", "x".repeat(4001));
  assert.match(await result(p, "goal-error"), /højst 4000 tegn/);
  await p.fill("#citizen", "y".repeat(201));
  assert.match(await result(p, "citizen-error"), /højst 200 tegn/);
  await p.fill("#agreement-date", "1999-12-31");
  assert.match(await result(p, "agreement-date-error"), /mellem 01\.01\.2000 og 31\.12\.2100/);
  await p.fill("#fleksjob-start", "2101-01-01");
  assert.match(await result(p, "fleksjob-start-error"), /mellem 01\.01\.2000 og 31\.12\.2100/);
  for (const [button, status] of [["save", "save-status"], ["export", "agreement-status"], ["make-link", "share-status"]]) {
    await p.click(`[data-testid='${button}']`);
    assert.match(await result(p, status), /før de markerede felter er rettet/);
    // The user is taken to the first marked field.
    assert.equal(await p.evaluate(() => document.activeElement?.getAttribute("aria-invalid")), "true");
  }
  assert.equal(await p.evaluate(() => localStorage.length), 0);
  assert.equal(await p.locator("[data-testid='share-link']").count(), 0);

  await p.fill("#agreement-date", "2026-11-23");
  await p.fill("#fleksjob-start", "2026-11-23");
  // A step starts from today's hours, error and all, and says so.
  await p.click("text=Tilføj trin");
  assert.match(await result(p, "step-0-hours-effective-error"), /ikke være flere end fremmødte/);
  await p.fill("#step-0-hours-effective", "8");
  await p.fill("#today-effective", "8");
  // Lists stop at their caps, with a message.
  for (let i = 1; i < 20; i++) await p.click("text=Tilføj trin");
  assert.equal(await p.locator("fieldset.step").count(), 20);
  assert.ok(await p.locator("button:has-text('Tilføj trin')").isDisabled());
  assert.match(await result(p, "steps-full"), /Højst 20 trin/);
  const followUps = await p.locator("[data-testid='follow-ups'] tbody tr").count();
  for (let i = followUps; i < 60; i++) await p.click("text=Tilføj opfølgning");
  assert.ok(await p.locator("button:has-text('Tilføj opfølgning')").isDisabled());
  assert.match(await result(p, "follow-ups-full"), /Højst 60/);

  // Corrected, it saves, and what was saved opens.
  await p.fill("#goal", "Flere opgaver");
  await p.fill("#citizen", "Anna");
  await p.click("[data-testid='save']");
  assert.match(await result(p, "save-status"), /Gemt/);
  await p.reload();
  await p.waitForSelector(EDITOR);
  const open_ = p.locator("[data-testid='saved-drafts'] button:has-text('Åbn')");
  assert.ok(await open_.isEnabled());
  await open_.click();
  assert.equal(await p.locator("fieldset.step").count(), 20);
});

test("9.2 a link made in English reads back to the same numbers in both languages", async () => {
  const p = await page();
  await open(p, env.base, "#lang=en&year=2026&paid=12");
  await p.fill("#wage", "1,250");
  await p.fill("#ledighedsydelse", "16,000");
  // The link is written by an effect, a moment after the input.
  await p.waitForFunction(() => location.hash.includes("ledighedsydelse="));
  const hash = new URL(p.url()).hash;
  assert.match(hash, /wage=1250(&|$)/);
  assert.match(hash, /ledighedsydelse=16000(&|$)/);
  const total = await result(p, "total-month");
  await p.reload();
  await p.waitForSelector("[data-testid='total-month']");
  assert.equal(await p.inputValue("#wage"), "1,250");
  assert.equal(await result(p, "total-month"), total);
  // Whoever opens it in Danish gets the same wage.
  const danish = await page();
  await open(danish, env.base, hash.replace("lang=en", "lang=da"));
  assert.equal(await danish.inputValue("#wage"), "1.250");
  assert.equal(await danish.inputValue("#ledighedsydelse"), "16.000");
});

test("9.3 a share link pasted into a tab with unsaved work asks first", async () => {
  const consultant = await consultantDraft();
  await consultant.click("[data-testid='make-link']");
  const link = await consultant.inputValue("[data-testid='share-link']");
  const fragment = new URL(link).hash;

  const p = await env.page({ viewport: { width: 1300, height: 1000 } });
  await open(p, env.base, "#year=2025&wage=210&paid=20&view=aftale", EDITOR);
  await p.fill("#goal", "Mit eget udkast");
  const dialogs = [];
  p.once("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await p.evaluate((h) => (location.hash = h), fragment);
  await p.waitForFunction(() => document.querySelector("[data-testid='link-kept']")?.textContent !== "");
  assert.match(dialogs[0], /erstatter aftalen på skærmen/);
  assert.equal(await p.inputValue("#goal"), "Mit eget udkast");
  assert.ok(!p.url().includes("agreement="), "the payload leaves the address bar");
  await tab(p, "Beregner");
  assert.equal(await p.inputValue("#wage"), "210", "the calculator is kept too");

  // Accepted, the link's agreement and its basis open.
  await tab(p, "Progressionsaftale");
  p.once("dialog", (d) => d.accept());
  await p.evaluate((h) => (location.hash = h), fragment);
  await edit(p);
  await p.waitForFunction(() => document.getElementById("citizen")?.value === "Anna Testesen");
  await tab(p, "Beregner");
  assert.equal(await p.inputValue("#wage"), "185");
});

test("9.5 the server answers a malformed path with 400 and keeps serving", async () => {
  const bad = await fetch(env.base + "%E0%A4%A");
  assert.equal(bad.status, 400);
  const good = await fetch(env.base);
  assert.equal(good.status, 200);
});

test("9.6 the calendar file's DTSTAMP is UTC", async () => {
  const p = await page({ timezoneId: "America/New_York" });
  await open(p, env.base, "#view=aftale", EDITOR);
  const [download] = await Promise.all([p.waitForEvent("download"), p.click("[data-testid='export-ics']")]);
  const ics = readFileSync(await download.path(), "utf8");
  const stamp = ics.match(/DTSTAMP:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/);
  assert.ok(stamp, ics);
  const [, y, mo, d, h, mi, s] = stamp.map(Number);
  const when = Date.UTC(y, mo - 1, d, h, mi, s);
  assert.ok(Math.abs(when - Date.now()) < 5 * 60_000, `DTSTAMP ${stamp[0]} is not now in UTC`);
});

test("9.7 an import error about a huge field name stays short and the page narrow", async () => {
  const consultant = await consultantDraft();
  const file = JSON.parse(await exportFile(consultant));
  file["x".repeat(100_000)] = 1;
  const path = join(outputDir, "huge-field.json");
  writeFileSync(path, JSON.stringify(file));
  const p = await page();
  await open(p, env.base, "#view=aftale", EDITOR);
  await p.setInputFiles("[data-testid='import']", path);
  await p.waitForFunction(() => document.querySelector("[data-testid='import-error']")?.textContent !== "");
  const message = await result(p, "import-error");
  assert.ok(message.length < 200, `${message.length} characters`);
  assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
});

test("9.8 two drafts saved in the same second are both kept", async () => {
  const p = await page();
  await p.clock.setFixedTime(new Date("2026-11-23T10:15:02"));
  await open(p, env.base, "#view=aftale", EDITOR);
  await p.fill("#citizen", "Første");
  await p.click("[data-testid='save']");
  await p.fill("#citizen", "Anden");
  await p.click("[data-testid='save']");
  assert.equal(await p.evaluate(() => localStorage.length), 2);
  const list = await result(p, "saved-drafts");
  assert.match(list, /Første/);
  assert.match(list, /Anden/);
});

test("9.9 control and bidi characters never reach the summary or the print view", async () => {
  const p = await page();
  await open(p, env.base, "#view=aftale", EDITOR);
  await p.fill("#citizen", "Anna\u202enesnej\u0007");
  assert.equal(await p.inputValue("#citizen"), "Annanesnej");
  await p.fill("#goal", "Linje 1\u2066\nLinje 2");
  // The case-record text follows once typing pauses.
  await p.waitForFunction(() => document.querySelector("[data-testid='summary-text']").value.includes("Linje 2"));
  const summary = await p.inputValue("[data-testid='summary-text']");
  assert.ok(!/[\u0000-\u0009\u000b-\u001f\u202a-\u202e\u2066-\u2069]/.test(summary), JSON.stringify(summary));
  assert.match(summary, /## Mål\nLinje 1\nLinje 2/);
  // What is printed: the document is brought up to date when printing begins.
  await p.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  const printed = await p.locator("[data-testid='print-document']").textContent();
  assert.match(printed, /Annanesnej/);
  assert.ok(!/[\u0007\u202e\u2066]/.test(printed));
  // A file brings none either.
  const file = JSON.parse(await exportFile(p));
  file.parties.employer = "Bageriet\u202e\u0007";
  const path = join(outputDir, "bidi.json");
  writeFileSync(path, JSON.stringify(file));
  const other = await page();
  await open(other, env.base, "#view=aftale", EDITOR);
  await other.setInputFiles("[data-testid='import']", path);
  await edit(other);
  await other.waitForFunction(() => document.getElementById("employer")?.value === "Bageriet");
});

test("9.10 messages say link or file, name the full field, and tell a full storage apart", async () => {
  const p = await page();
  await open(p, env.base, "#view=aftale&agreement=AAAA", EDITOR);
  assert.match(await result(p, "link-error"), /^Linket kunne ikke åbnes/);

  const consultant = await consultantDraft();
  const file = JSON.parse(await exportFile(consultant));
  file.steps[0].hours.paid = "12";
  const path = join(outputDir, "nested-error.json");
  writeFileSync(path, JSON.stringify(file));
  await p.setInputFiles("[data-testid='import']", path);
  await p.waitForFunction(() => document.querySelector("[data-testid='import-error']")?.textContent !== "");
  const message = await result(p, "import-error");
  assert.match(message, /^Filen kunne ikke indlæses/);
  assert.match(message, /steps\[0\]\.hours\.paid/);

  // Fill this origin's storage, then save.
  await p.evaluate(() => {
    for (let size = 1 << 20, i = 0; size >= 1; i++) {
      try {
        localStorage.setItem(`filler-${i}`, "x".repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  await p.fill("#citizen", "Anna");
  await p.click("[data-testid='save']");
  assert.match(await result(p, "save-status"), /lager til denne side er fuldt/);
  await p.evaluate(() => localStorage.clear());
});

test("hours that are not hours yet survive a switch to the calculator and back", async () => {
  const p = await page();
  await open(p, env.base, "#view=aftale", EDITOR);
  await p.fill("#today-attended", "99");
  assert.match(await result(p, "today-attended-error"), /Højst 80/);
  await tab(p, "Beregner");
  await tab(p, "Progressionsaftale");
  assert.equal(await p.inputValue("#today-attended"), "99");
  assert.match(await result(p, "today-attended-error"), /Højst 80/);
});

test("21.5 an import asks before replacing only when there are unsaved changes", async () => {
  const consultant = await consultantDraft();
  const path = join(outputDir, "replace-question.json");
  writeFileSync(path, await exportFile(consultant));
  const p = await env.page({ viewport: { width: 1300, height: 1000 } });
  const dialogs = [];
  p.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.accept();
  });
  // An untouched new draft: nothing to lose, so no question.
  await open(p, env.base, "#view=aftale", EDITOR);
  await p.setInputFiles("[data-testid='import']", path);
  await edit(p);
  await p.waitForFunction(() => document.getElementById("citizen")?.value === "Anna Testesen");
  assert.deepEqual(dialogs, []);
  // Just opened, it is saved as it is: importing again asks nothing either.
  await p.setInputFiles("[data-testid='import']", path);
  await edit(p);
  assert.deepEqual(dialogs, []);
  // With a change typed, the import asks first.
  await p.fill("#goal", "Mit eget mål");
  await p.setInputFiles("[data-testid='import']", path);
  await edit(p);
  assert.equal(dialogs.length, 1);
  assert.match(dialogs[0], /erstatter den, du har på skærmen/);
});

test("the case-record text follows the draft once typing pauses, and copies as it is now", async () => {
  const p = await page();
  await open(p, env.base, "#view=aftale", EDITOR);
  const summary = () => p.inputValue("[data-testid='summary-text']");
  assert.match(await summary(), /^Aftale om progression i fleksjob\n/);
  await p.fill("#goal", "Atten timer");
  await p.waitForFunction(() => document.querySelector("[data-testid='summary-text']").value.includes("Atten timer"));
  // Copy takes the text at once, without waiting for the pause.
  await p.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await p.fill("#goal", "Tyve timer");
  await p.click("text=Kopiér");
  assert.match(await summary(), /Tyve timer/);
});

test("a follow-up's note is typed in the editor, cleaned, and printed with the plan", async () => {
  const p = await page();
  await open(p, env.base, CASE, EDITOR);
  await p.fill("#follow-up-0-label", "Besøg\u202e på arbejdspladsen");
  assert.equal(await p.inputValue("#follow-up-0-label"), "Besøg på arbejdspladsen");
  assert.equal(JSON.parse(await exportFile(p)).follow_ups[0].label, "Besøg på arbejdspladsen");
  await p.click("[data-testid='read']");
  const plan = await p.locator("[data-testid='doc-table-follow-ups'] tbody tr:first-child").textContent();
  assert.match(plan, /Besøg på arbejdspladsen/);
  // Too long a note is marked beside the field, and nothing typed is lost.
  await edit(p);
  await p.fill("#follow-up-0-label", "x".repeat(201));
  assert.match(await result(p, "follow-up-0-label-error"), /højst 200 tegn/);
  assert.equal((await p.inputValue("#follow-up-0-label")).length, 201);
});
