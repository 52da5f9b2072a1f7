// End to end, issue 28: nothing typed at a meeting is lost. The work on
// screen (the agreement as typed, an open follow-up record with its field
// messages, the view, the note shown) survives a reload and a trip away
// and back, in the tab's sessionStorage alone: another tab sees none of it,
// nothing lasting holds it, "Slet alt" takes it, and an entry that cannot
// be read is dropped with a message. As a user does it: type, reload, look.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { open, outputDir, result, useEnv, agreementLink, edit, recordFollowUps, AGREEMENT, MEETINGS } from "./harness.mjs";

const env = useEnv();
const PHONE = { width: 390, height: 844 };
const EDITOR = ".agreement-editor";
const KEY = "fleksjob-beregner/work-on-screen";
const START = "#year=2026&wage=185&paid=12&view=aftale";

async function phone() {
  const p = await env.page({ viewport: PHONE, locale: "da-DK" });
  p.on("dialog", (d) => d.accept());
  return p;
}

/** What the tab keeps, as text ("" when nothing). */
const kept = (p) => p.evaluate((key) => sessionStorage.getItem(key) ?? "", KEY);

/** A tab whose kept work is `entry`, put there by a page of the same
 * origin without the app, so the app cannot write over it. */
async function tabHolding(entry, fragment = START) {
  const p = await phone();
  await p.goto(env.base + "accessibility.html");
  await p.evaluate(([key, value]) => sessionStorage.setItem(key, value), [KEY, entry]);
  await open(p, env.base, fragment, EDITOR);
  return p;
}

/** The parties, the goal, a step's hours half typed, and an open follow-up
 * with notes and two field messages, as at a meeting. */
async function typeAMeeting(p) {
  await p.fill("#citizen", "Anna Jensen");
  await p.fill("#employer", "Bageriet");
  await p.fill("#goal", "18 lønnede timer til sommer");
  await p.click("text=Tilføj trin");
  await p.click("[data-testid='start-follow-up']");
  await p.fill("#follow-up-date", "2026-12-07");
  await p.fill("#follow-up-attended", "14");
  await p.fill("#follow-up-effective", "15");
  await p.fill("#follow-up-paid", "12");
  await p.fill("#follow-up-notes", "Kassen går fint, telefonen er svær");
  await p.fill("#step-0-hours-paid", "13,x");
}

/** Everything `typeAMeeting` typed is on screen, messages included. */
async function seeTheMeeting(p) {
  await p.waitForSelector("[data-testid='follow-up-record']");
  assert.equal(await p.inputValue("#citizen"), "Anna Jensen");
  assert.equal(await p.inputValue("#employer"), "Bageriet");
  assert.equal(await p.inputValue("#goal"), "18 lønnede timer til sommer");
  assert.equal(await p.inputValue("#step-0-hours-paid"), "13,x");
  assert.match(await result(p, "step-0-hours-paid-error"), /kan vi ikke læse som et tal/);
  assert.equal(await p.inputValue("#follow-up-date"), "2026-12-07");
  assert.equal(await p.inputValue("#follow-up-attended"), "14");
  assert.equal(await p.inputValue("#follow-up-effective"), "15");
  assert.equal(await p.inputValue("#follow-up-paid"), "12");
  assert.match(await result(p, "follow-up-effective-error"), /ikke være flere end fremmødte/);
  assert.equal(await p.inputValue("#follow-up-notes"), "Kassen går fint, telefonen er svær");
  assert.match(await result(p, "unsaved"), /ikke er gemt/);
}

test("a reload keeps everything typed, an open record and its messages included", async () => {
  const p = await phone();
  await open(p, env.base, START, EDITOR);
  await typeAMeeting(p);
  // Reloaded at once: the page keeps the work on its way out.
  await p.reload();
  await p.waitForSelector(EDITOR);
  await seeTheMeeting(p);
  await p.locator("#follow-up-notes").scrollIntoViewIfNeeded();
  await p.screenshot({ path: join(outputDir, "work-after-reload-phone.png") });

  // Corrected after the reload, the record saves as if nothing happened.
  await p.fill("#follow-up-effective", "12");
  await p.fill("#step-0-hours-paid", "13");
  await p.click("[data-testid='save-follow-up']");
  await p.waitForSelector("[data-testid='follow-up-record']", { state: "detached" });
  assert.equal(await result(p, "progression-1-effective"), "12");

  // A moment after typing pauses, the tab has it without a reload.
  await p.fill("#goal", "20 lønnede timer");
  await p.waitForFunction((key) => sessionStorage.getItem(key)?.includes("20 lønnede timer"), KEY);
  await p.reload();
  await p.waitForSelector(EDITOR);
  assert.equal(await p.inputValue("#goal"), "20 lønnede timer");
  assert.equal(await result(p, "progression-1-effective"), "12");
});

test("a shared agreement read, and a note shown, are still so after a reload", async () => {
  const p = await phone();
  await open(p, env.base, agreementLink(AGREEMENT), "[data-testid='print-document'].on-screen");
  await p.reload();
  await p.waitForSelector("[data-testid='print-document'].on-screen");
  assert.match(await result(p, "print-document"), /Anna Jensen/);
  assert.ok(!p.url().includes("agreement="));
  await edit(p);
  await recordFollowUps(p, MEETINGS.slice(0, 1));
  await p.click("[data-testid='show-note-1']");
  await p.waitForSelector("[data-testid='follow-up-note']");
  await p.reload();
  await p.waitForSelector("[data-testid='follow-up-note']");
  assert.match(await result(p, "follow-up-note"), /Kassen går fint/);
  assert.match(await result(p, "unsaved"), /ikke er gemt/, "the record is still not saved");
});

test("away and back keeps everything: another page, and the calculator's own build", async () => {
  const p = await phone();
  await open(p, env.base, START, EDITOR);
  await typeAMeeting(p);
  await p.goto(env.base + "accessibility.html");
  await p.goBack();
  await p.waitForSelector(EDITOR);
  await seeTheMeeting(p);

  // The calculator reloaded on its own (smaller) build, then the agreement again.
  await p.click("button.tab:has-text('Beregner')");
  await p.waitForSelector("[data-testid='total-month']");
  await p.reload();
  await p.waitForSelector("[data-testid='total-month']");
  await p.click("button.tab:has-text('Progressionsaftale')");
  await p.waitForSelector(EDITOR);
  await seeTheMeeting(p);
});

test("another tab sees none of it, and nothing lasting holds it", async () => {
  const p = await phone();
  await open(p, env.base, START, EDITOR);
  await typeAMeeting(p);
  await p.waitForFunction((key) => sessionStorage.getItem(key)?.includes("telefonen er svær"), KEY);

  const other = await p.context().newPage();
  await open(other, env.base, START, EDITOR);
  assert.equal(await other.inputValue("#citizen"), "");
  assert.equal(await kept(other), "");
  assert.equal(await other.locator("[data-testid='follow-up-record']").count(), 0);

  const lasting = await p.evaluate(async () => {
    const cached = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const r of await cache.keys()) cached.push(r.url);
    }
    return {
      local: Object.keys(localStorage),
      databases: (await indexedDB.databases()).map((d) => d.name),
      cookie: document.cookie,
      cached,
    };
  });
  assert.deepEqual(lasting.local, []);
  assert.deepEqual(lasting.databases, []);
  assert.equal(lasting.cookie, "");
  assert.deepEqual(lasting.cached.filter((u) => /Anna|Jensen|%20/.test(u) || u.includes("#")), []);
  assert.deepEqual(await p.context().cookies(), []);
});

test("after 'Slet alt' a reload shows nothing", async () => {
  const p = await phone();
  await open(p, env.base, START, EDITOR);
  await typeAMeeting(p);
  const question = new Promise((resolve) => p.once("dialog", (d) => resolve(d.message())));
  await p.click("[data-testid='delete-all']");
  assert.match(await question, /aftalen i denne fane/);
  assert.equal(await p.inputValue("#citizen"), "", "the screen is cleared at once");
  assert.equal(await p.locator("[data-testid='follow-up-record']").count(), 0);
  await p.reload();
  await p.waitForSelector(EDITOR);
  assert.equal(await p.inputValue("#citizen"), "");
  assert.equal(await p.inputValue("#goal"), "");
  assert.equal(await p.locator("fieldset.step").count(), 0);
  assert.equal(await p.evaluate(() => sessionStorage.length + localStorage.length), 0);
});

test("kept work that cannot be read is dropped with a message, never a blank page", async () => {
  for (const [entry, why] of [
    ["{not json", "not JSON"],
    [JSON.stringify({ format: "fleksjob-beregner/work-on-screen", schema: 99, draft: {} }), "a newer schema"],
    [JSON.stringify({ format: "fleksjob-beregner/work-on-screen", schema: 1, draft: { format: "x" } }), "no agreement"],
  ]) {
    const p = await tabHolding(entry);
    assert.match(await result(p, "work-trouble"), /kunne ikke læses/, why);
    assert.equal(await p.inputValue("#citizen"), "", why);
    assert.equal(await kept(p), "", `${why}: removed`);
    // The editor works: what is typed now is kept.
    await p.fill("#citizen", "Anna");
    await p.reload();
    await p.waitForSelector(EDITOR);
    assert.equal(await p.inputValue("#citizen"), "Anna", why);
    await p.context().close();
  }
});

test("a share link opened over recovered unsaved work asks first; over saved work it does not", async () => {
  const p = await phone();
  await open(p, env.base, START, EDITOR);
  await p.fill("#citizen", "Mit eget udkast");
  await p.reload();
  await p.waitForSelector(EDITOR);
  assert.equal(await p.inputValue("#citizen"), "Mit eget udkast");

  // Unsaved: the question, and "no" keeps the work. Leaving the page may
  // ask too (beforeunload): that is answered yes.
  p.removeAllListeners("dialog");
  const asked = [];
  let answer = false;
  p.on("dialog", (d) => {
    if (d.type() === "beforeunload") return d.accept();
    asked.push(d.message());
    return answer ? d.accept() : d.dismiss();
  });
  await p.goto(env.base + "aftale.html" + agreementLink(AGREEMENT));
  await p.waitForSelector("[data-testid='link-kept']:not(:empty)");
  assert.match(asked[0] ?? "", /erstatter aftalen på skærmen/);
  assert.equal(await p.inputValue("#citizen"), "Mit eget udkast");

  // Saved: the link opens without a question.
  answer = true;
  await p.click("[data-testid='save']");
  await p.reload();
  await p.waitForSelector(EDITOR);
  await p.goto(env.base + "aftale.html" + agreementLink(AGREEMENT));
  await p.waitForSelector("[data-testid='print-document'].on-screen");
  assert.match(await result(p, "print-document"), /Anna Jensen/);
  assert.equal(asked.length, 1, `asked: ${asked.join(" | ")}`);
  await p.evaluate(() => localStorage.clear());
});

test("English: the privacy sentence says what the tab keeps", async () => {
  const p = await tabHolding("{", `${START}&lang=en`);
  assert.match(await p.locator(".privacy").innerText(), /Only this tab remembers what you type, until you close it/);
  assert.match(await result(p, "work-trouble"), /could not be read/);
});
