// End to end, issue 30: the meetings in reach from anywhere in the editor.
// On a 390 x 844 phone the bar of the agreement's parts stays at the top,
// its "Møder" in view at every scroll position; a part's link moves focus
// to its heading; and tabbing through the whole editor, no focused element
// is ever under the bar (WCAG 2.2, 2.4.11 Focus Not Obscured).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { open, outputDir, useEnv, agreementLink, edit, AGREEMENT } from "./harness.mjs";

const env = useEnv();
const PHONE = { width: 390, height: 844 };

async function editorOnPhone() {
  const p = await env.page({ viewport: PHONE });
  p.on("dialog", (d) => d.accept());
  await open(p, env.base, agreementLink(AGREEMENT), "[data-testid='print-document'].on-screen");
  await edit(p);
  return p;
}

test("the meetings are one tap away at every scroll position of the editor", async () => {
  const p = await editorOnPhone();
  const meetings = p.locator("[data-testid='nav-meetings-heading']");
  assert.equal(await meetings.innerText(), "Møder");
  const height = await p.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height > 3 * PHONE.height, `the editor is long: ${height} px`);
  for (const at of [0, 0.25, 0.5, 0.75, 1]) {
    await p.evaluate((y) => window.scrollTo(0, y), Math.round(at * (height - PHONE.height)));
    const box = await meetings.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= PHONE.height, `at ${at * 100} % "Møder" is in view: ${JSON.stringify(box)}`);
    assert.ok(box.width >= 24 && box.height >= 24, "a target of at least 24 x 24 px");
  }
  await p.screenshot({ path: join(outputDir, "navigation-phone.png") });
  // A tap moves focus to the meetings, in view below the bar.
  await meetings.click();
  await p.waitForFunction(() => document.activeElement?.id === "meetings-heading");
  const [heading, bar] = await Promise.all([p.locator("#meetings-heading").boundingBox(), p.locator(".part-nav").boundingBox()]);
  assert.ok(heading.y >= bar.y + bar.height - 1 && heading.y + heading.height <= PHONE.height, "the heading is in view, under the bar");
  assert.ok(!p.url().includes("meetings-heading"), "the fragment keeps the calculator");
  // Every part's link leads to its heading.
  for (const id of await p.locator(".part-nav a").evaluateAll((as) => as.map((a) => a.getAttribute("href").slice(1)))) {
    await p.click(`[data-testid='nav-${id}']`);
    await p.waitForFunction((id) => document.activeElement?.id === id, id);
  }
});

test("tabbing through the editor, the bar never covers what has focus", async () => {
  const p = await editorOnPhone();
  await p.focus("#citizen");
  let checked = 0;
  for (let i = 0; i < 400; i++) {
    await p.keyboard.press("Tab");
    const where = await p.evaluate(() => {
      const el = document.activeElement;
      const bar = document.querySelector(".part-nav");
      if (!el || el === document.body || !bar) return null;
      const r = el.getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      return { id: el.id || el.outerHTML.slice(0, 60), inBar: bar.contains(el), top: r.top, bottom: r.bottom, barBottom: b.bottom, barTop: b.top, inOutputs: !!el.closest(".outputs-panel") };
    });
    if (!where || where.inOutputs) break;
    checked++;
    if (where.inBar) continue;
    const clear = where.top >= where.barBottom - 0.5 || where.bottom <= where.barTop + 0.5;
    assert.ok(clear, `${where.id} is under the bar: ${where.top}-${where.bottom}, bar ${where.barTop}-${where.barBottom}`);
    assert.ok(where.bottom <= PHONE.height + 0.5 || where.top < PHONE.height, `${where.id} is in view`);
  }
  assert.ok(checked > 60, `tabbed through ${checked} elements of the editor`);
});
