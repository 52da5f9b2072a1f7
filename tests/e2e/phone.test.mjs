// End to end, issue 21.4: on a phone (360 and 390 px) nothing reaches past
// the screen's edge, in any view, except inside a deliberate scroll box; and
// the editor's follow-up plan is a list of cards, not a table to scroll.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { open, outputDir, useEnv, agreementLink, edit, recordFollowUps, AGREEMENT, MEETINGS } from "./harness.mjs";

const env = useEnv();
const WIDTHS = [360, 390];

/** The day `days` after 2 March 2026, as an ISO date. */
const day = (days) => new Date(Date.UTC(2026, 2, 2 + days)).toISOString().slice(0, 10);

/** An agreement at its caps: 20 four-week steps and 60 follow-ups. */
const FULL = {
  ...AGREEMENT,
  steps: Array.from({ length: 20 }, (_, i) => ({
    ...AGREEMENT.steps[0],
    start: day(28 * i),
    duration_weeks: 4,
    hours: { attended: 14 + i, effective: 12 + i, paid: 12 + i },
  })),
  follow_ups: Array.from({ length: 60 }, (_, i) => ({
    date: day(14 * (i + 1)),
    kind: i < 4 ? "early" : "custom",
    label: i < 4 ? "" : `Opfølgning nr. ${i + 1} på arbejdspladsen`,
    done: i < 10,
  })),
};

/** Every visible element that reaches past the viewport's left or right
 * edge and is not inside a box that scrolls or clips sideways. */
function pastTheEdge() {
  const width = document.documentElement.clientWidth;
  const boxed = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== "visible") return true;
    }
    return false;
  };
  const name = (el) => {
    const own = `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${typeof el.className === "string" && el.className ? "." + el.className.trim().replace(/\s+/g, ".") : ""}`;
    const where = el.closest("[data-testid]");
    return where && where !== el ? `${own} in [data-testid=${where.dataset.testid}]` : own;
  };
  const out = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    // Hidden from sight but kept for screen readers (clipped to nothing),
    // and the skip link, which waits off screen until it has focus.
    if (getComputedStyle(el).clip === "rect(0px, 0px, 0px, 0px)" || el.matches(".skip-link:not(:focus)")) continue;
    if ((r.left < -0.5 || r.right > width + 0.5) && !boxed(el)) {
      out.push(`${name(el)} ${Math.round(r.left)}..${Math.round(r.right)} of ${width}`);
    }
  }
  return out;
}

async function assertWithinScreen(p, view, width) {
  const out = await p.evaluate(pastTheEdge);
  assert.deepEqual(out, [], `${view} at ${width} px: past the screen's edge`);
  const sideways = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(sideways <= 0, `${view} at ${width} px scrolls sideways by ${sideways} px`);
}

for (const width of WIDTHS) {
  const viewport = { width, height: 844 };

  test(`the calculator with "Flere indstillinger" open fits ${width} px`, async () => {
    const p = await env.page({ viewport, locale: "da-DK" });
    await open(p, env.base, "#year=2026&wage=185&paid=12&target=18&attended=14&effective=12&kommune=751&ledighedsydelse=16000");
    assert.ok(await p.locator("details.more[open]").count(), "more settings open");
    await assertWithinScreen(p, "calculator", width);
  });

  test(`a follow-up written across the table, the progression and the note fit ${width} px`, async () => {
    const p = await env.page({ viewport, locale: "da-DK" });
    p.on("dialog", (d) => d.accept());
    await open(p, env.base, agreementLink(AGREEMENT), "[data-testid='print-document'].on-screen");
    await edit(p);
    await recordFollowUps(p, MEETINGS.slice(0, 2));
    await p.click("[data-testid='start-follow-up']");
    await p.fill("#follow-up-notes", "En lang sætning om hvad der virker og hvad der er svært på arbejdspladsen");
    await assertWithinScreen(p, "follow-up record", width);
    await p.click("[data-testid='save-follow-up']");
    await p.waitForSelector("[data-testid='follow-up-record']", { state: "detached" });
    await assertWithinScreen(p, "progression", width);
    if (width === 390) {
      await p.locator(".progression-chart").scrollIntoViewIfNeeded();
      await p.screenshot({ path: join(outputDir, "progression-chart-phone.png") });
    }
    await p.click("[data-testid='show-note-2']");
    await p.waitForSelector("[data-testid='follow-up-note'].on-screen");
    await assertWithinScreen(p, "follow-up note", width);
  });

  test(`the reading view, the editor at its caps and month by month fit ${width} px`, async () => {
    const p = await env.page({ viewport, locale: "da-DK" });
    p.on("dialog", (d) => d.accept());
    await open(p, env.base, agreementLink(FULL), "[data-testid='print-document'].on-screen");
    await assertWithinScreen(p, "reading view", width);

    await edit(p);
    assert.equal(await p.locator("[data-testid^='step-'][data-testid$='-economy']").count(), 20);
    assert.equal(await p.locator("[data-testid='follow-ups'] tbody tr").count(), 60);
    await assertWithinScreen(p, "editor", width);

    // Month by month, below the steps: its chart may scroll in its own box.
    const months = p.locator("[data-testid='timeline-section']");
    await months.scrollIntoViewIfNeeded();
    assert.ok(await months.isVisible());
    await assertWithinScreen(p, "month by month", width);

    // The follow-up plan is cards: its box does not scroll, each card's
    // "Fjern" is whole on the screen, and each cell says what it is.
    const plan = p.locator("[data-testid='follow-ups']");
    const box = await plan.evaluate((t) => {
      const scroller = t.closest(".table-scroll");
      return { scroll: scroller.scrollWidth - scroller.clientWidth, width: t.getBoundingClientRect().width };
    });
    assert.ok(box.scroll <= 0, `the follow-up plan scrolls sideways by ${box.scroll} px in its box`);
    const removes = await plan.locator("tbody tr td:last-child button").evaluateAll((buttons) =>
      buttons.map((b) => b.getBoundingClientRect()).filter((r) => r.left < 0 || r.right > document.documentElement.clientWidth).length,
    );
    assert.equal(removes, 0, "every Fjern button is whole on the screen");
    const label = await plan.locator("tbody tr:first-child td:nth-child(2)").evaluate((td) => getComputedStyle(td, "::before").content);
    assert.equal(label, '"Hvad: "');
    if (width === 390) {
      await plan.locator("tbody tr:nth-child(-n+3)").last().scrollIntoViewIfNeeded();
      await p.screenshot({ path: join(outputDir, "follow-ups-phone.png") });
    }
  });
}
