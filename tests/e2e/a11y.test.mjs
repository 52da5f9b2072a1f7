// Accessibility, end to end (WCAG 2.2 AA): axe-core finds no violation on any
// view (calculator, its error state, the chart's table, the agreement editor,
// the print view); the main flow works with the keyboard alone, with a
// visible focus indicator; and at 320 px wide nothing scrolls sideways.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { open, result, outputDir, useEnv, agreementLink, edit, recordFollowUps, AGREEMENT as SAMPLE, MEETINGS } from "./harness.mjs";

const require = createRequire(import.meta.url);
// Injected with page.evaluate (through the DevTools protocol), not as a
// <script>: the page's strict CSP rightly refuses inline scripts.
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const CALCULATOR = "#year=2024&wage=200&paid=18";
const AGREEMENT = "#year=2024&wage=200&paid=18&view=aftale";
const EDITOR = ".agreement-editor";

const env = useEnv();
/** Every view's findings, written to output/a11y-report.json for review. */
const report = {};
after(() => {
  writeFileSync(join(outputDir, "a11y-report.json"), JSON.stringify(report, null, 2));
});

/**
 * Run axe-core on the page with the given tags. Returns the violations and
 * what axe could not decide (for review), trimmed, and how many rules passed.
 */
async function axe(page, tags) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  }
  return page.evaluate(async (values) => {
    const results = await window.axe.run(document, { runOnly: { type: "tag", values } });
    const trim = (list) =>
      list.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target.join(" "),
          html: n.html.slice(0, 160),
          failure: n.failureSummary,
        })),
      }));
    const ran = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
    return { violations: trim(results.violations), incomplete: trim(results.incomplete), passed: results.passes.length, ran };
  }, tags);
}

/** Violations as text a developer can act on: rule, help, first targets and why. */
function describe(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 4)
        .map((n) => `    - ${n.target}\n      ${n.html}\n      ${(n.failure ?? "").replace(/\n/g, "\n      ")}`)
        .join("\n");
      const more = v.nodes.length > 4 ? `\n    … and ${v.nodes.length - 4} more` : "";
      return `  ${v.id} (${v.impact}, ${v.nodes.length} node(s)): ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join("\n");
}

/**
 * Assert that axe finds no WCAG 2.2 A/AA violation (the 2.0 and 2.1 rules
 * with 2.2's). Best-practice findings
 * (heading order, landmarks) are reported as diagnostics but do not fail.
 */
async function assertNoViolations(t, page, view) {
  const { violations, incomplete, passed, ran } = await axe(page, WCAG_TAGS);
  const advice = (await axe(page, ["best-practice"])).violations;
  report[view] = { violations, incomplete, bestPractice: advice, passed };
  // Not failures; the details are in output/a11y-report.json.
  for (const v of advice) t.diagnostic(`${view}: best practice ${v.id} (${v.nodes.length} node(s)): ${v.help}`);
  for (const v of incomplete) t.diagnostic(`${view}: axe could not decide ${v.id} (${v.nodes.length} node(s)), check by hand`);
  // A broken injection would find nothing at all: make sure axe really looked.
  assert.ok(passed >= 5, `axe passed only ${passed} rules on ${view}; did it run?`);
  // WCAG 2.2 AA's own rule (2.5.8, target size) is among those run.
  assert.ok(ran.includes("target-size"), `axe did not run WCAG 2.2's target-size on ${view}`);
  assert.equal(
    violations.length,
    0,
    `axe found ${violations.length} WCAG 2.2 AA rule(s) violated on ${view}:\n${describe(violations)}`,
  );
}

/** The agreement view with two steps added through the button. */
async function agreementWithTwoSteps(options = {}) {
  const page = await env.page(options);
  page.on("dialog", (d) => d.accept());
  await open(page, env.base, AGREEMENT, EDITOR);
  await page.click("text=Tilføj trin");
  await page.click("text=Tilføj trin");
  await page.waitForFunction(() => document.querySelectorAll("fieldset.step").length === 2);
  return page;
}

test("axe: the calculator", async (t) => {
  const page = await env.page();
  await open(page, env.base, CALCULATOR);
  assert.equal(await result(page, "subsidy-month"), "15.272 kr.");
  await assertNoViolations(t, page, "calculator");
});

test("axe: the calculator with an invalid field", async (t) => {
  const page = await env.page();
  await open(page, env.base, "#year=2024&wage=200&paid=tolv");
  assert.match(await result(page, "paid-error"), /Skriv fx 12,5/);
  assert.equal(await page.getAttribute("#paid", "aria-invalid"), "true");
  assert.equal(await result(page, "subsidy-month"), "–");
  await assertNoViolations(t, page, "calculator, error state");
});

test("axe: the calculator with the chart's table open", async (t) => {
  const page = await env.page();
  await open(page, env.base, CALCULATOR);
  await page.click(".chart details > summary");
  await page.waitForSelector("[data-testid='curve-table'] tbody tr");
  await assertNoViolations(t, page, "calculator, chart table open");
});

test("axe: the agreement editor with two steps", async (t) => {
  const page = await agreementWithTwoSteps();
  await assertNoViolations(t, page, "agreement editor");
});

test("axe: a share link's reading build (aftale.html), on a phone, in Danish and English", async (t) => {
  const page = await env.page({ viewport: { width: 390, height: 844 } });
  await page.goto(env.base + "aftale.html" + agreementLink(SAMPLE));
  await page.waitForSelector("[data-testid='print-document'] h1");
  assert.ok(page.requests.some((u) => u.includes("/fleksjob-reader-")), "the reading build");
  await assertNoViolations(t, page, "share link, reading build");
  await page.click("[data-testid='lang-switch']");
  await page.waitForSelector("html[lang='en']");
  await assertNoViolations(t, page, "share link, reading build, English");
});

test("axe: a follow-up being written, the progression with its gap, and a meeting's note, on a phone", async (t) => {
  const page = await env.page({ viewport: { width: 390, height: 844 } });
  page.on("dialog", (d) => d.accept());
  await open(page, env.base, agreementLink(SAMPLE), "[data-testid='print-document'].on-screen");
  await edit(page);
  await recordFollowUps(page, MEETINGS.slice(0, 2));
  assert.ok(await page.locator("[data-testid='gap-sentence']").isVisible());
  // A record being written, with a message beside a field.
  await page.click("[data-testid='start-follow-up']");
  await page.fill("#follow-up-effective", "99");
  assert.ok(await page.locator("#follow-up-effective-error").innerText());
  await assertNoViolations(t, page, "follow-up record and progression");
  await page.click("[data-testid='delete-follow-up']");
  await page.click("[data-testid='show-note-2']");
  await page.waitForSelector("[data-testid='follow-up-note'].on-screen");
  await assertNoViolations(t, page, "follow-up note");
});

test("axe: the agreement's print view", async (t) => {
  const page = await agreementWithTwoSteps();
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.locator("[data-testid='print-document']").isVisible());
  assert.ok(!(await page.locator(EDITOR).isVisible()));
  await assertNoViolations(t, page, "print view");
});

test("axe: in English, and embedded in another page", async (t) => {
  const page = await env.page();
  await open(page, env.base, `${CALCULATOR}&lang=en`);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await assertNoViolations(t, page, "calculator in English");
  const embedded = await env.page();
  await open(embedded, env.base, `?embed=1${CALCULATOR}`);
  await assertNoViolations(t, embedded, "calculator, embedded");
});

// ---------------------------------------------------------------- keyboard

/** A short description of the focused element, for messages. */
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return "body";
    const text = (e.textContent ?? "").trim().slice(0, 30);
    return `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${e.className ? "." + String(e.className).replace(/ /g, ".") : ""}${text ? ` "${text}"` : ""}`;
  });
}

/**
 * Press `key` (Tab or Shift+Tab) until the focused element matches `selector`
 * (and, if given, has exactly `text`); at most `max` presses.
 */
async function tabTo(page, selector, { key = "Tab", text = null, max = 40 } = {}) {
  const path = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const hit = await page.evaluate(
      ([sel, txt]) => {
        const e = document.activeElement;
        return !!e && e.matches(sel) && (txt === null || e.textContent.trim() === txt);
      },
      [selector, text],
    );
    if (hit) return;
    path.push(await focused(page));
  }
  assert.fail(`${key} never reached ${selector}${text ? ` "${text}"` : ""} in ${max} presses; went through:\n  ${path.join("\n  ")}`);
}

/** The focused element shows a focus indicator: an outline or a box shadow. */
async function assertVisibleFocus(page, what) {
  const style = await page.evaluate(() => {
    const e = document.activeElement;
    const s = getComputedStyle(e);
    return {
      focusVisible: e.matches(":focus-visible"),
      outlineStyle: s.outlineStyle,
      outlineWidth: parseFloat(s.outlineWidth),
      outlineColor: s.outlineColor,
      boxShadow: s.boxShadow,
    };
  });
  const outline = style.outlineStyle !== "none" && style.outlineWidth >= 1 && !/rgba\(.*, 0\)$/.test(style.outlineColor);
  const shadow = style.boxShadow !== "none";
  assert.ok(style.focusVisible, `${what}: not :focus-visible after keyboard focus`);
  assert.ok(outline || shadow, `${what}: no visible focus indicator: ${JSON.stringify(style)}`);
}

/** Select the field's text and type `value`, as a keyboard user would. */
async function retype(page, value) {
  await page.keyboard.press("Control+A");
  await page.keyboard.type(value);
}

test("keyboard only: fields, results, the chart slider and the agreement tab", async () => {
  const page = await env.page({ viewport: { width: 1200, height: 900 } });
  await open(page, env.base, CALCULATOR);
  const subsidyBefore = await result(page, "subsidy-month");
  assert.equal(subsidyBefore, "15.272 kr.");

  await tabTo(page, "#year");
  await assertVisibleFocus(page, "year select");

  await tabTo(page, "#wage");
  await assertVisibleFocus(page, "wage input");
  await retype(page, "180");
  assert.equal(await page.inputValue("#wage"), "180");

  await tabTo(page, "#paid");
  await assertVisibleFocus(page, "paid-hours input");
  await retype(page, "20");
  assert.equal(await page.inputValue("#paid"), "20");
  await page.waitForFunction(
    (before) => {
      const text = document.querySelector("[data-testid='subsidy-month']")?.textContent.trim();
      return text && text !== before && text !== "–";
    },
    subsidyBefore,
  );
  assert.match(await result(page, "subsidy-month"), /^\d{1,3}(\.\d{3})* kr\.$/);
  assert.match(new URL(page.url()).hash, /wage=180/);
  assert.match(new URL(page.url()).hash, /paid=20/);

  const chart = "[data-testid='chart']";
  await tabTo(page, chart);
  assert.equal(await page.getAttribute(chart, "role"), "slider");
  await assertVisibleFocus(page, "chart slider");
  const now = Number(await page.getAttribute(chart, "aria-valuenow"));
  assert.equal(now, 20, "the slider starts at today's paid hours");
  await page.keyboard.press("ArrowRight");
  const next = Number(await page.getAttribute(chart, "aria-valuenow"));
  assert.ok(next > now, `ArrowRight moves the slider: ${now} -> ${next}`);
  assert.match(await page.getAttribute(chart, "aria-valuetext"), /\d/);

  // Back up to the view switch in the header and open the agreement.
  await tabTo(page, "button.tab", { key: "Shift+Tab", text: "Progressionsaftale", max: 60 });
  await assertVisibleFocus(page, "Progressionsaftale tab button");
  await page.keyboard.press("Enter");
  await page.waitForSelector(EDITOR);
  assert.equal(await page.getAttribute("button.tab >> text=Progressionsaftale", "aria-pressed"), "true");
  assert.match(new URL(page.url()).hash, /view=aftale/);
  // Focus stays on the button that was pressed; Tab continues through the
  // bar of the agreement's parts, "Møder" first, and on into the editor.
  await tabTo(page, ".part-nav a", { max: 3, text: "Møder" });
  await assertVisibleFocus(page, "the bar's first link");
  await tabTo(page, ".part-nav a", { max: 10, text: "Udskriv, gem og del" });
  await tabTo(page, `${EDITOR} input`, { max: 10 });
  await assertVisibleFocus(page, "first editor field");
});

// ---------------------------------------------------------------- reflow

/** Elements that stick out past the right edge, innermost first (the culprits). */
function overflowing(page) {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    const out = [...document.querySelectorAll("body *")].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.right > limit;
    });
    return out
      .filter((e) => !out.some((o) => o !== e && e.contains(o)))
      .slice(0, 10)
      .map((e) => {
        const r = e.getBoundingClientRect();
        return `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${e.className && typeof e.className === "string" ? "." + e.className.replace(/ /g, ".") : ""} right=${Math.round(r.right)} width=${Math.round(r.width)}`;
      });
  });
}

async function assertNoSidewaysScroll(page, view) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(
    scrollWidth <= 320 + 1,
    `${view} scrolls sideways at 320 px: scrollWidth ${scrollWidth} (client ${clientWidth}); too wide:\n  ${(await overflowing(page)).join("\n  ")}`,
  );
}

const NARROW = { viewport: { width: 320, height: 800 } };

test("reflow at 320 px: the calculator", async (t) => {
  const page = await env.page(NARROW);
  await open(page, env.base, CALCULATOR);
  await assertNoSidewaysScroll(page, "calculator");
  await page.fill("#paid", "tolv");
  await assertNoSidewaysScroll(page, "calculator, error state");
  await page.fill("#paid", "18");
  await page.fill("#ledighedsydelse", "18.000");
  await assertNoSidewaysScroll(page, "calculator with the ledighedsydelse column");
  await page.click(".chart details > summary");
  await page.waitForSelector("[data-testid='curve-table'] tbody tr");
  await assertNoSidewaysScroll(page, "calculator, chart table open");
  // Wide tables scroll inside their own region: it must be reachable, and
  // scrollable, by keyboard (focus the region, arrow keys).
  await assertNoViolations(t, page, "calculator at 320 px, chart table open");
  for (const region of [".compare .table-scroll", ".chart .table-scroll"]) {
    const overflows = await page.$eval(region, (d) => d.scrollWidth > d.clientWidth);
    assert.ok(overflows, `${region} is wider than the screen at 320 px, so this check means something`);
    await page.focus(region);
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    // Keyboard scrolling is animated: wait for it to move.
    const scrolled = await page
      .waitForFunction((sel) => document.querySelector(sel).scrollLeft > 0, region, { timeout: 3000 })
      .then(() => true, () => false);
    assert.ok(scrolled, `${region} scrolls sideways by keyboard`);
  }
  await page.screenshot({ path: join(outputDir, "a11y-320-calculator.png"), fullPage: true });
});

test("reflow at 320 px: the agreement view", async (t) => {
  const page = await agreementWithTwoSteps(NARROW);
  await assertNoSidewaysScroll(page, "agreement view");
  await page.click("[data-testid='make-link']");
  await page.waitForSelector("[data-testid='share-link']");
  await assertNoSidewaysScroll(page, "agreement view with a share link");
  await assertNoViolations(t, page, "agreement view at 320 px");
  await page.screenshot({ path: join(outputDir, "a11y-320-agreement.png"), fullPage: true });
});
