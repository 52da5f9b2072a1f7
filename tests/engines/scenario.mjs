// The cross-engine scenario (issue 21): the paths a citizen and a consultant
// take, written once and run in each engine through a small adapter
// (firefox.test.mjs: puppeteer-core over WebDriver BiDi; webkit.test.mjs:
// selenium-webdriver and WebKitWebDriver). Chromium has the full suite in
// tests/e2e/; this keeps the main paths working where citizens on iPhones
// (WebKit) and municipal desktops (Firefox) run them.
//
// An adapter's browser has `page()` and `close()`. A page has:
//   goto(url)                  navigate and wait for the load event
//   reload()                   load the page again, as the browser's reload does
//   phone()                    the page at a phone's size, 390 x 844
//   screenshot(path)           a PNG of what is on screen
//   click(selector)            a real click; CSS, or XPath when it starts with "//"
//   type(selector, text)       focus, select what is there, type `text` key by key
//   upload(selector, path)     choose a file in an <input type=file>
//   evaluate(fn, ...args)      run `fn` in the page, return its (JSON) result
//   errors()                   every uncaught exception, unhandled rejection,
//                              console error (a Rust panic's message is one)
//                              and CSP violation seen so far, as strings
//   close()
// Dialogs (the import's "Fortsæt?") are accepted.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";
import { agreementLink, AGREEMENT } from "../e2e/harness.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The release build under test; `DIST=/path/to/dist` picks another. */
export const DIST = process.env.DIST ?? join(root, "dist");
/** Screenshots, beside the end-to-end tests' own. */
const OUTPUT = join(root, "tests", "e2e", "output");
const TIMEOUT = 20_000;

const EDITOR = ".agreement-editor";
const tid = (id) => `[data-testid='${id}']`;
const button = (label) => `//button[normalize-space()='${label}']`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `fn(...args)` evaluated in the page until `ok` holds of it, or the
 * timeout; the last value either way. */
async function poll(page, fn, args, ok) {
  const end = Date.now() + TIMEOUT;
  let value;
  while (!ok((value = await page.evaluate(fn, ...args))) && Date.now() < end) await sleep(100);
  return value;
}

/** Wait for an element. */
async function exists(page, selector) {
  assert.ok(await poll(page, (s) => document.querySelector(s) !== null, [selector], Boolean), `${selector} never appeared`);
}

/** Wait until an element's rendered text is `expected` (a string, or a
 * RegExp it matches); returns the text. */
async function text(page, selector, expected) {
  const ok = (t) => t !== null && (expected instanceof RegExp ? expected.test(t) : t === expected);
  const t = await poll(page, (s) => document.querySelector(s)?.innerText ?? null, [selector], ok);
  (expected instanceof RegExp ? assert.match : assert.equal)(t ?? "(no such element)", expected, `${selector} after ${TIMEOUT} ms`);
  return t;
}

/** Wait until a field's value is `expected`. */
async function value(page, selector, expected) {
  const v = await poll(page, (s) => document.querySelector(s)?.value ?? null, [selector], (v) => v === expected);
  assert.equal(v, expected, `${selector}'s value after ${TIMEOUT} ms`);
}

const hash = (page) => page.evaluate(() => location.hash);

/** Define the scenario's tests for one engine. `launch()` resolves to the
 * adapter's browser; `serveOptions` go to scripts/serve.mjs (the WebKit
 * run adds its error recorder to each page). */
export function engineSuite(engine, launch, serveOptions = {}) {
  let server, browser, base;
  before(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    server = await serve(DIST, 0, serveOptions);
    base = `http://127.0.0.1:${server.address().port}/`;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok()));
  });

  /** Run `body` with a page opener; afterwards, no page may have seen an
   * error, and the failure names each one. */
  function scenario(name, body) {
    test(`${engine}: ${name}`, { timeout: 120_000 }, async () => {
      const pages = [];
      const open = async (path) => {
        const page = await browser.page();
        pages.push(page);
        if (path !== undefined) await page.goto(path.startsWith("http") ? path : base + path);
        return page;
      };
      let failure;
      try {
        await body(open);
      } catch (e) {
        failure = e;
      }
      const errors = [];
      for (const page of pages) {
        errors.push(...(await page.errors()));
        await page.close();
      }
      if (errors.length > 0) {
        const also = failure ? `\nand the test failed: ${failure.message}` : "";
        throw new Error(`${engine} reported ${errors.length} page error(s):\n  ${errors.join("\n  ")}${also}`, { cause: failure });
      }
      if (failure) throw failure;
    });
  }

  scenario("the calculator's answer", async (open) => {
    // STAR's 2024 example: 200 kr/h, 18 hours (as in tests/e2e/calculator.test.mjs).
    const page = await open("#year=2024&wage=200&paid=18&pension_employer=0&fulltime_hours=37&more=1");
    await text(page, tid("wage-month"), "15.600 kr.");
    await text(page, tid("lonloft-month"), "32.067 kr.");
    await text(page, tid("subsidy-month"), "15.272 kr.");
    await text(page, tid("total-month"), "30.872 kr.");
    // The citizen's first view: the answer in one sentence, from the same table.
    const citizen = await open("#year=2026&wage=190&paid=15&target=18");
    const sentence = await text(citizen, tid("answer-sentence"), /^Ved 18 timer får du ca\. [\d.]+ kr\. udbetalt om måneden/);
    const net = /ca\. ([\d.]+ kr\.)/.exec(sentence)[1];
    await text(citizen, tid("net-month-target"), net);
    await text(citizen, tid("answer-net"), net);
  });

  scenario("typing a field, with the fragment following", async (open) => {
    const page = await open("#year=2024&more=1");
    await exists(page, tid("total-month"));
    await page.type("#wage", "200");
    await page.type("#paid", "25");
    await text(page, tid("wage-month"), "21.667 kr.");
    await text(page, tid("subsidy-month"), "10.400 kr.");
    await text(page, tid("total-month"), "32.067 kr.");
    // Danish number style.
    await page.type("#paid", "18");
    await page.type("#pension_employer", "10,0");
    await text(page, tid("subsidy-month"), "14.595 kr.");
    const fragment = await poll(page, () => location.hash, [], (h) => /pension_employer=10(&|$)/.test(h));
    assert.match(fragment, /pension_employer=10(&|$)/);
    assert.match(fragment, /wage=200(&|$)/);
    assert.match(fragment, /paid=18(&|$)/);
    // The link reproduces the screen in a page of its own.
    const again = await open(fragment);
    await text(again, tid("subsidy-month"), "14.595 kr.");
    // The number, in the reader's style (the link carries numbers, not what was typed).
    await value(again, "#pension_employer", "10");
  });

  scenario("English", async (open) => {
    const page = await open("#year=2024&wage=200&paid=18&more=1");
    await exists(page, tid("total-month"));
    await page.click(tid("lang-switch"));
    await text(page, "h1", "The fleksjob calculator");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    await text(page, tid("subsidy-month"), "15,272 kr");
    await text(page, tid("lonloft-month"), "32,067 kr");
    assert.match(await hash(page), /lang=en/);
    await page.type("#threshold", "16,000");
    await text(page, tid("rate-threshold"), /^16,000 kr \(entered by you\)/);
    await page.click(tid("lang-switch"));
    await text(page, "h1", "Fleksjob-beregneren");
    // An embedding page sets the language in the query.
    const embedded = await open("?lang=en#year=2024&wage=200&paid=18");
    await text(embedded, "h1", "The fleksjob calculator");
  });

  scenario("the agreement editor: a step, a share link opened here, the reading view, editing", async (open) => {
    const page = await open("#year=2025&wage=200&paid=10&attended=14&effective=12&kommune=101&view=aftale");
    await exists(page, EDITOR);
    await page.type("#citizen", "Anna Testesen");
    await page.click(button("Hent timer fra beregneren"));
    await value(page, "#today-paid", "10");
    await page.click(button("Tilføj trin"));
    await exists(page, "#step-0-hours-paid");
    await page.type("#step-0-hours-paid", "11");
    // One more paid hour at 200 kr/h, København 2025 (tests/e2e/agreement.test.mjs).
    await text(page, tid("step-0-economy"), /Til udbetaling pr\. md\.: .* \(\+372 kr\. ændring fra i dag\)/);
    await page.click(tid("make-link"));
    const link = await poll(page, (s) => document.querySelector(s)?.value ?? "", [tid("share-link")], Boolean);
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/aftale\.html#view=aftale&agreement=[A-Za-z0-9_-]+$/);

    const other = await open(link);
    await text(other, tid("print-document"), /Anna Testesen/);
    await other.click(tid("edit"));
    await exists(other, EDITOR);
    await value(other, "#citizen", "Anna Testesen");
    await value(other, "#step-0-hours-paid", "11");
    assert.doesNotMatch(await other.evaluate(() => location.href), /agreement=/, "the payload leaves the address bar");
  });

  scenario("a reload keeps the work: a typed name and an open record's notes", async (open) => {
    const page = await open("#year=2026&wage=185&paid=12&view=aftale");
    await exists(page, EDITOR);
    await page.type("#citizen", "Anna Jensen");
    await page.click(tid("start-follow-up"));
    // The new record's date takes focus on the next frame (WebKit under Xvfb
    // may draw it late): typing before that lost all but the first keys.
    await poll(page, () => document.activeElement?.id ?? "", [], (id) => id === "follow-up-date");
    await page.type("#follow-up-notes", "Kassen går fint");
    // Once typing pauses, the tab keeps the work (sessionStorage).
    const kept = () => sessionStorage.getItem("fleksjob-beregner/work-on-screen") ?? "";
    assert.match(await poll(page, kept, [], (t) => t.includes("Kassen går fint")), /Anna Jensen/);
    await page.reload();
    await exists(page, EDITOR);
    await value(page, "#citizen", "Anna Jensen");
    await value(page, "#follow-up-notes", "Kassen går fint");
    // Typed and reloaded at once: the page kept it on its way out.
    await page.type("#follow-up-notes", "Mere tempo om morgenen");
    await page.reload();
    await exists(page, EDITOR);
    await value(page, "#follow-up-notes", "Mere tempo om morgenen");
    assert.equal(await page.evaluate(() => localStorage.length), 0, "nothing lasting without asking");
  });

  scenario("one tap from a share link's reading view to a new record, on a phone", async (open) => {
    const page = await open();
    await page.phone();
    await page.goto(`${base}aftale.html${agreementLink(AGREEMENT)}`);
    await text(page, tid("print-document"), /Anna Jensen/);
    await page.click(`.reading-bar ${tid("start-follow-up")}`);
    const focused = await poll(page, () => document.activeElement?.id ?? "", [], (id) => id === "follow-up-date");
    assert.equal(focused, "follow-up-date");
    const inView = await page.evaluate(() => {
      const r = document.getElementById("follow-up-date").getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    assert.ok(inView, "the record's date is in view");
    await page.screenshot(join(OUTPUT, `engine-${engine.toLowerCase()}-one-tap-phone.png`));
    await value(page, "#citizen", "Anna Jensen");
  });

  scenario("importing a file", async (open) => {
    const page = await open("#view=aftale");
    await exists(page, EDITOR);
    await page.type("#goal", "Et udkast, som filen erstatter");
    // A golden file of the Rust tests: quotes, "&", a backslash, ø and an emoji.
    await page.upload(tid("import"), join(root, "tests", "golden", "full.json"));
    // The import asks before it replaces the draft; the adapter says yes.
    await exists(page, tid("edit"));
    await text(page, tid("print-document"), /Anna "Søs" Jensen/);
    await page.click(tid("edit"));
    await exists(page, EDITOR);
    await value(page, "#citizen", 'Anna "Søs" Jensen');
    await value(page, "#goal", "12 lønnede timer inden 1. oktober");
    assert.equal(await page.evaluate(() => document.querySelectorAll("fieldset.step").length), 2);
  });
}
