// Shared set-up for the end-to-end tests: serve the release build (dist/) on
// 127.0.0.1 with the strict CSP header, drive Debian's Chromium through
// playwright-core, and record every request and console error. Any page
// error, console error or Rust panic on a page a test opened fails that test.
import { before, after, afterEach } from "node:test";
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";
import assert from "node:assert/strict";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const outputDir = join(root, "tests", "e2e", "output");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--disable-quic",
];

/** Start server (for `dist`, by default the release build) and browser;
 * returns helpers and a close(). */
export async function start(dist = process.env.DIST ?? join(root, "dist")) {
  const server = await serve(dist, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  mkdirSync(outputDir, { recursive: true });
  return {
    base,
    browser,
    /** Every page opened since the last `takeErrors`, popups included. */
    opened: [],
    /** A fresh page that records requests and errors. */
    async page(options = {}) {
      const context = await browser.newContext(options);
      const track = (p) => {
        if (!p.errors) this.opened.push(watch(p));
        return p;
      };
      context.on("page", track);
      return track(await context.newPage());
    },
    /** The errors of the pages opened since the last call, less those a
     * test allowed; forgets those pages. */
    takeErrors() {
      const pages = this.opened.splice(0);
      return pages.flatMap((p) => p.errors.filter((e) => !p.allowed.some(({ pattern }) => pattern.test(e))));
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** Record a page's requests, uncaught errors and console errors (a Rust
 * panic is one: the panic hook writes it with console.error). */
function watch(page) {
  page.requests = [];
  page.errors = [];
  page.allowed = [];
  page.on("request", (r) => page.requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && page.errors.push(`console error: ${m.text()}`));
  page.on("pageerror", (e) => page.errors.push(`page error: ${e}`));
  return page;
}

/** Let `page` show errors matching `pattern` without failing its test: for
 * a test that provokes one on purpose, saying why. */
export function allowErrors(page, pattern, reason) {
  assert.ok(reason, "say why the error is expected");
  page.allowed.push({ pattern, reason });
}

/** The test file's server and browser: started before its tests, closed
 * after them. The returned object is filled in by the time tests run; a
 * file's own `before` hook that needs it awaits `env.ready` (hooks do not
 * wait for each other). */
export function useEnv(dist) {
  let started, failed;
  const env = { ready: new Promise((ok, no) => ((started = ok), (failed = no))) };
  // Only awaiters see a failed start; the hook itself reports it.
  env.ready.catch(() => {});
  before(async () => {
    try {
      Object.assign(env, await start(dist));
      started();
    } catch (e) {
      failed(e);
      throw e;
    }
  });
  // The guard: a test fails on any error of a page it opened, naming it.
  afterEach(() => {
    const errors = env.takeErrors?.() ?? [];
    assert.deepEqual(errors, [], `errors on a page this test opened:\n${errors.join("\n")}`);
  });
  after(async () => {
    await env.close?.();
  });
  return env;
}

/** Open the app at `fragment` and wait until `ready` (by default the results)
 * is rendered. The calculator's "More settings" are opened (`more=1`), as a
 * consultant has them, unless `more` is false (a citizen's first view). */
export async function open(page, base, fragment = "", ready = "[data-testid='total-month']", { more = true } = {}) {
  const withMore = more && !fragment.includes("more=") ? `${fragment || "#"}${fragment.length > 1 ? "&" : ""}more=1` : fragment;
  await page.goto(base + withMore);
  await page.waitForSelector(ready);
}

/** The text of a result by its data-testid. */
export function result(page, testid) {
  return page.locator(`[data-testid='${testid}']`).innerText();
}

/** Every request went to the test server on 127.0.0.1 and nowhere else. */
export function offSiteRequests(page, base) {
  return page.requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:"));
}

/** From the reading view that a link or an opened file shows first, to the editor. */
export async function edit(page) {
  await page.click("[data-testid='edit']");
  await page.waitForSelector(".agreement-editor");
}

const STEP = (start, paid, trial, placement) => ({
  start,
  duration_weeks: 6,
  hours: { attended: paid + 2, effective: paid, paid },
  tasks: start === "2026-03-02" ? "Kassen om morgenen" : "",
  trial,
  placement,
  if_not_working: start === "2026-03-02" ? "Tilbage til 12 timer" : "",
});

/** A three-step agreement as a consultant sends it: 185 kr./h, 8 % employer
 * pension, Aarhus, 2026; 12 -> 13 -> 15 -> 18 paid hours. */
export const AGREEMENT = {
  format: "fleksjob-beregner/progression-agreement",
  schema: 4,
  date: "2026-03-02",
  parties: {
    citizen: "Anna Jensen",
    employer: "Bageriet",
    employer_contact: "Bo Hansen",
    consultant: "Carl Madsen",
    collective_agreement: "HK Handel, HK",
  },
  today: {
    hours: { attended: 14, effective: 12, paid: 12 },
    tasks: "Pakning",
    hard_tasks: "Telefonen",
    accommodations: ["pace", { other: "Hjemmearbejde om fredagen" }],
  },
  goal: "18 lønnede timer",
  steps: [STEP("2026-03-02", 13, true, true), STEP("2026-04-13", 15, true, false), STEP("2026-05-25", 18, false, false)],
  support: {
    mentor: { given: true, note: "Kollega Dorte" },
    aids: { given: false, note: "" },
    personal_assistance: { given: false, note: "" },
    other: "",
  },
  fleksjob_start: "2026-03-02",
  first_fleksjob: true,
  follow_ups: [
    { date: "2026-04-02", kind: "early", label: "", done: true },
    { date: "2026-05-02", kind: "early", label: "Besøg på arbejdspladsen", done: false },
    { date: "2026-07-02", kind: "early", label: "", done: false },
  ],
  basis: { year: 2026, kommune: 751, church: false, wage: 185, pension_employer: 8, pension_employee: 0, paid: 12, target: 18, fulltime_hours: 37 },
};

/** A share link's fragment for an agreement file object. */
export function agreementLink(agreement) {
  return `#view=aftale&agreement=${Buffer.from(JSON.stringify(agreement)).toString("base64url")}`;
}

/** The calculator's own figures at `paid` hours for 185 kr./h, 8 % employer
 * pension, Aarhus, 2026, read from its screen in a page of its own. */
export async function calculatorFigures(env, paid) {
  const p = await env.page();
  await open(p, env.base, `#year=2026&wage=185&pension_employer=8&kommune=751&paid=${paid}`);
  const figures = {
    wage: await result(p, "compare-wage-month"),
    subsidy: await result(p, "compare-subsidy-month"),
    total: await result(p, "compare-total-month"),
    net: await result(p, "net-month"),
    "employer-cost": await result(p, "employer-cost-month"),
  };
  await p.context().close();
  return figures;
}

/** The three follow-up meetings on AGREEMENT: 12 effective at 12
 * paid, then 14 effective at 12 paid, then 15 paid (and the next step now). */
export const MEETINGS = [
  { date: "2026-03-16", attended: "14", effective: "12", paid: "12", decision: "continue", notes: "Kassen går fint", next: "2026-04-02" },
  { date: "2026-04-02", attended: "16", effective: "14", paid: "12", decision: "continue", notes: "Mere tempo om morgenen", next: "2026-05-02" },
  { date: "2026-05-02", attended: "17", effective: "15", paid: "15", decision: "next_step_now", notes: "Klar til næste trin", next: "2026-07-02" },
];

/** Record follow-up meetings through the screen, in the editor: start,
 * fill in, save, and wait until the record's form has closed. */
export async function recordFollowUps(page, meetings = MEETINGS) {
  for (const m of meetings) {
    await page.click("[data-testid='start-follow-up']");
    await page.fill("#follow-up-date", m.date);
    for (const name of ["attended", "effective", "paid"]) await page.fill(`#follow-up-${name}`, m[name]);
    await page.fill("#follow-up-notes", m.notes);
    await page.selectOption("#follow-up-decision", m.decision);
    await page.fill("#follow-up-next-date", m.next);
    await page.click("[data-testid='save-follow-up']");
    await page.waitForSelector("[data-testid='follow-up-record']", { state: "detached" });
  }
}
