// End to end, issue 14: the page's first download is the calculator alone
// (fleksjob-calculator-*); the full app (fleksjob-beregner-*) is loaded when
// the agreement is opened, and first when a link asks for the agreement; a
// share link is read by the reading build (fleksjob-reader-*, issue 31).
// Nothing typed is lost on the way, and nothing leaves the site.
import { test } from "node:test";
import assert from "node:assert/strict";
import { offSiteRequests, useEnv, agreementLink } from "./harness.mjs";

const env = useEnv();
// What the network brings on a first visit: the service worker, which keeps
// the files for the next one (offline.test.mjs), would answer some of them.
const FIRST_VISIT = { serviceWorkers: "block" };

const CALCULATOR = "/fleksjob-calculator-";
const FULL = "/fleksjob-beregner-";
const READER = "/fleksjob-reader-";
const loaded = (page, build) => page.requests.filter((u) => u.includes(build) && u.endsWith(".wasm"));

/** A small agreement as schema 1 wrote it (tests/agreement_io.rs). */
const AGREEMENT = {
  format: "fleksjob-beregner/progression-agreement",
  schema: 1,
  date: "2024-02-29",
  parties: { citizen: "Anna", employer: "Bageriet", employer_contact: "", consultant: "Carl" },
  today: { attended: "10", effective: "4", paid: "3,5", tasks: "Pakning", accommodations: ["breaks"] },
  goal: "12 timer",
  steps: [{ start: "2024-03-01", weeks: 6, attended: "12,5", effective: "5", paid: "4.75", tasks: "Kassen", trial: true, if_not_working: "Tilbage" }],
  fleksjob_start: "2024-01-31",
  first_fleksjob: true,
  follow_ups: [{ date: "2024-02-29", kind: "early", label: "" }],
};

test("the first answer loads the calculator alone; opening the agreement loads the full app and keeps what was typed", async () => {
  const page = await env.page(FIRST_VISIT);
  await page.goto(env.base + "#year=2026&wage=190&paid=14&lang=en&more=1");
  await page.waitForSelector("[data-testid='answer-net']");
  assert.equal(await page.getByText("Loading …").count(), 0);
  assert.equal(loaded(page, CALCULATOR).length, 1);
  assert.deepEqual(loaded(page, FULL), [], "the full app is not part of the first download");
  // A consultant's changes, one of them not a number yet.
  await page.fill("#paid", "15.5");
  await page.fill("#pension_employer", "8x");
  await page.waitForSelector("#pension_employer[aria-invalid='true']");

  // While the full app downloads (held back here), the page says so.
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(/fleksjob-beregner-[^/]*_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.locator("nav.tabs .tab").nth(1).click();
  await page.getByRole("status").filter({ hasText: "Loading …" }).waitFor();
  release();
  await page.waitForSelector(".agreement-editor");
  assert.equal(await page.getByText("Loading …").count(), 0, "the waiting message leaves with the app's arrival");
  assert.equal(loaded(page, FULL).length, 1);
  const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
  assert.equal(hash.get("view"), "aftale");
  assert.equal(hash.get("lang"), "en");
  // Focus is where the user left it: on the tab they pressed.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-pressed")), "true");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), "Progression agreement");

  // Back in the calculator, in the full app now, with everything as typed.
  await page.locator("nav.tabs .tab").nth(0).click();
  await page.waitForSelector("#paid");
  assert.equal(await page.inputValue("#paid"), "15.5");
  assert.equal(await page.inputValue("#wage"), "190");
  assert.equal(await page.inputValue("#pension_employer"), "8x");
  assert.notEqual(await page.locator("#pension_employer-error").innerText(), "");
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.equal(loaded(page, FULL).length, 1, "no further download");
  assert.deepEqual(offSiteRequests(page, env.base), []);
  assert.deepEqual(page.errors, [], "no CSP violation or other console error");
});

test("a share link is read by the reader alone; an older link, an agreement embed and a link pasted into the same tab start the full app", async () => {
  // A share link as the app makes it, on the agreement page: the reading
  // build alone is downloaded, neither the full app nor the calculator build
  // even preloaded (reader.test.mjs follows it on to the editor).
  const shared = await env.page(FIRST_VISIT);
  await shared.goto(env.base + "aftale.html" + agreementLink(AGREEMENT));
  await shared.waitForSelector("[data-testid='print-document'] h1");
  assert.match(await shared.locator("[data-testid='print-document']").innerText(), /Bageriet/);
  assert.equal(loaded(shared, READER).length, 1);
  assert.deepEqual(shared.requests.filter((u) => u.includes(CALCULATOR) || u.includes(FULL)), []);
  assert.deepEqual(shared.errors, []);
  // A link to the app's own page, as links were before the agreement page:
  // still the full app, beside the preloaded calculator build.
  const older = await env.page(FIRST_VISIT);
  await older.goto(env.base + agreementLink(AGREEMENT));
  await older.waitForSelector("[data-testid='print-document'] h1");
  assert.equal(loaded(older, FULL).length, 1);
  // The agreement page without a fragment: the full app, showing the calculator.
  const bare = await env.page(FIRST_VISIT);
  await bare.goto(env.base + "aftale.html");
  await bare.waitForSelector("[data-testid='answer-net']");
  await bare.locator("nav.tabs .tab").nth(1).click();
  await bare.waitForSelector(".agreement-editor");
  assert.equal(loaded(bare, FULL).length, 1);
  assert.deepEqual(bare.requests.filter((u) => u.includes(CALCULATOR)), []);
  assert.deepEqual([...older.errors, ...bare.errors], []);

  // An embedding that shows the agreement only.
  const embedded = await env.page();
  await embedded.goto(env.base + "?embed=1&parts=agreement");
  await embedded.waitForSelector(".agreement-editor");
  assert.equal(loaded(embedded, FULL).length, 1);
  // An embedding of the calculator only never loads the full app.
  const calculatorOnly = await env.page();
  await calculatorOnly.goto(env.base + "?embed=1&parts=calculator#view=aftale");
  await calculatorOnly.waitForSelector("[data-testid='answer-net']");
  assert.deepEqual(loaded(calculatorOnly, FULL), []);

  // A share link pasted into a tab that has the calculator open.
  const pasted = await env.page();
  await pasted.goto(env.base + "#year=2026&paid=12");
  await pasted.waitForSelector("[data-testid='answer-net']");
  await pasted.evaluate((fragment) => (location.hash = fragment), agreementLink(AGREEMENT));
  await pasted.waitForSelector("[data-testid='print-document'] h1");
  assert.match(await pasted.locator("[data-testid='print-document']").innerText(), /Anna/);
  // Opened, the agreement's payload leaves the address bar.
  await pasted.waitForFunction(() => !location.hash.includes("agreement="));
  assert.deepEqual([...shared.errors, ...embedded.errors, ...calculatorOnly.errors, ...pasted.errors], []);
});
