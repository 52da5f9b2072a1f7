// End to end, issue 12: the citizen's answer first, on a phone; one story of
// "does it pay"; an embed that follows its frame's width and the host's wishes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { open, result, offSiteRequests, outputDir, useEnv } from "./harness.mjs";
import { serve } from "../../scripts/serve.mjs";

const env = useEnv();
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// The citizen, exactly as the link is written (the year is the current one).
const CITIZEN = "#wage=190&paid=15&target=18";
// The same with the year fixed, where a test names where the rules change.
const CITIZEN_2026 = "#year=2026&wage=190&paid=15&target=18";
const PHONE = { width: 390, height: 844 };

/** The answer's box lies wholly inside the first screen. */
async function inFirstScreen(page, testid) {
  const box = await page.locator(`[data-testid='${testid}']`).boundingBox();
  const height = page.viewportSize().height;
  return box && box.y >= 0 && box.y + box.height <= height;
}

async function axe(page) {
  await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  return page.evaluate(async () => {
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

for (const [lang, fragment, words] of [
  ["da", CITIZEN, /^Ved 18 timer får du ca\. ([\d.]+ kr\.) udbetalt om måneden: ([\d.]+ kr\.) mere for 3 timer mere om ugen\. Lønloftet nås ved (\d+,\d) timer/],
  ["en", `${CITIZEN}&lang=en`, /^At 18 hours you get about ([\d,]+ kr) paid out a month: ([\d,]+ kr) more for 3 more hours a week\. The wage ceiling is reached at (\d+\.\d) hours/],
]) {
  test(`on a phone the answer is on the first screen and equals the table (${lang})`, async () => {
    const page = await env.page({ viewport: PHONE });
    await open(page, env.base, fragment, "[data-testid='answer-sentence']", { more: false });
    assert.ok(await inFirstScreen(page, "answer-sentence"), "the sentence is on the first screen");
    const sentence = await result(page, "answer-sentence");
    const [, net, more] = words.exec(sentence) ?? assert.fail(sentence);
    assert.equal(net, await result(page, "net-month-target"));
    assert.equal(`+${more}`, await result(page, "net-month-diff"));
    assert.equal(await result(page, "answer-net"), net, "the headline is the pay-out");
    assert.doesNotMatch(sentence, /\.\./);
    // No double full stop anywhere on the page.
    assert.doesNotMatch(await page.locator("main").innerText(), /[^.]\.\.(?!\.)/);
    // Everything else waits under "More settings", closed for the citizen.
    assert.equal(await page.locator("details.more").getAttribute("open"), null);
    assert.equal(await page.isVisible("#year"), false);
    await page.screenshot({ path: join(outputDir, `answer-phone-${lang}.png`) });
    assert.deepEqual(offSiteRequests(page, env.base), []);
    assert.deepEqual(page.errors, []);
  });
}

test("at 200 % zoom on a desktop the answer is on the first screen", async () => {
  // A 1280 × 900 window at 200 % is 640 × 450 CSS pixels.
  const page = await env.page({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  await open(page, env.base, CITIZEN, "[data-testid='answer-sentence']", { more: false });
  assert.ok(await inFirstScreen(page, "answer-sentence"));
  await page.screenshot({ path: join(outputDir, "answer-zoom-200.png") });
});

test("the keyboard reaches the answer in at most five tab stops", async () => {
  const page = await env.page({ viewport: PHONE });
  await open(page, env.base, CITIZEN, "[data-testid='answer-sentence']", { more: false });
  let stops = 0;
  while (stops < 5) {
    await page.keyboard.press("Tab");
    stops += 1;
    const at = await page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
    if (at === "skip-link") break;
  }
  assert.ok(await page.locator("[data-testid='skip-link']").isVisible(), "the skip link shows when focused");
  const before = await result(page, "answer-sentence");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "answer");
  assert.ok(stops <= 5, `${stops} tab stops`);
  // Following the link keeps what was entered (the fragment holds the form).
  assert.equal(await result(page, "answer-sentence"), before);
  assert.match(await page.evaluate(() => location.hash), /wage=190/);
});

test("the per-hour panel is about the hours discussed, zone by zone", async () => {
  const page = await env.page();
  await open(page, env.base, CITIZEN_2026, "[data-testid='answer-sentence']", { more: false });
  assert.equal(await result(page, "gain-heading"), "Pr. ekstra time om ugen fra 15 til 18 timer");
  // Per extra hour = the table's difference over 3 hours.
  const kr = (s) => Number(s.replace(/[^0-9−-]/g, "").replace("−", "-"));
  const perHour = kr(await result(page, "gain-next-hour-net"));
  assert.ok(Math.abs(perHour - kr(await result(page, "net-month-diff")) / 3) <= 1, `${perHour}`);
  // The ceiling is crossed between 15 and 18: two zones, each named.
  const zones = await page.locator("[data-testid='gain-zone'] li").allInnerTexts();
  assert.equal(zones.length, 2, zones.join(" | "));
  assert.match(zones[0], /^15–15,\d timer: Under aftrapningsgrænsen/);
  assert.match(zones[1], /^15,\d–18 timer: Lønloftet er nået/);
  // With no hours discussed, one more hour from today, said so.
  await page.fill("#target", "15");
  assert.equal(await result(page, "gain-heading"), "Én time mere om ugen fra 15 timer");
  // The employer's line names what is and is not included.
  await page.fill("#target", "18");
  assert.match(await result(page, "employer-line"), /^3 timer mere om ugen koster arbejdsgiveren ca\. [\d.]+ kr\. mere om måneden \([\d.]+ kr\. pr\. time\)\. Med i tallet: .* Ikke med: feriepenge/);
});

test("placeholders say optional, and what an empty field stands for is said beside it", async () => {
  const page = await env.page();
  await open(page, env.base, "#year=2026&wage=190&paid=15");
  assert.equal(await page.getAttribute("#target", "placeholder"), "valgfri");
  assert.equal(await page.getAttribute("#wage", "placeholder"), null);
  assert.equal(await result(page, "target-default"), "Tomt felt: 17");
  await page.fill("#target", "18");
  assert.equal(await result(page, "target-default"), "");
});

test("'More settings' is remembered in the link", async () => {
  const page = await env.page();
  await open(page, env.base, CITIZEN, "[data-testid='answer-sentence']", { more: false });
  await page.click("[data-testid='more-settings']");
  await page.waitForFunction(() => location.hash.includes("more=1"));
  await page.reload();
  await page.waitForSelector("[data-testid='answer-sentence']");
  assert.equal(await page.isVisible("#year"), true);
});

test("the chart's words are at least 12 px at 360 px and none overlap", async () => {
  const page = await env.page({ viewport: { width: 360, height: 800 } });
  await open(page, env.base, CITIZEN, "[data-testid='answer-sentence']", { more: false });
  // The chart is drawn at the frame after the figures.
  await page.waitForSelector(".chart-svg text");
  const labels = await page.$$eval(".chart-svg text", (ts) =>
    ts
      .filter((t) => getComputedStyle(t).display !== "none")
      .map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent, size: r.height, box: [r.left, r.top, r.right, r.bottom] };
      }),
  );
  assert.ok(labels.length >= 8, `${labels.length} labels`);
  for (const l of labels) assert.ok(l.size >= 12, `${l.text}: ${l.size.toFixed(1)} px`);
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i].box, labels[j].box];
      const overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
      assert.ok(!overlap, `"${labels[i].text}" overlaps "${labels[j].text}"`);
    }
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `${overflow} px sideways`);
});

// Embedded: a host page on another origin with a normal 760 px content column.
const HOSTS = { plain: "", styled: "accent=005a9c&compact=1&hide=lang,delete", yellow: "accent=ffd700" };
let host, hostBase;
before(async () => {
  await env.ready;
  const dir = mkdtempSync(join(tmpdir(), "host-"));
  for (const [name, query] of Object.entries(HOSTS)) {
    writeFileSync(
      join(dir, `${name}.html`),
      `<!doctype html><html lang="da"><title>Kommunen</title><body><main style="width:760px;margin:0 auto">
       <h1>Fleksjob</h1><iframe title="Fleksjob-beregneren" style="width:100%;height:1400px;border:0"
       src="{{APP}}?embed=1&${query}#year=2026&wage=190&paid=15&target=18"></iframe></main></body></html>`,
    );
  }
  // "localhost" and "127.0.0.1" are different origins: a real cross-origin frame.
  const app = env.base.replace("127.0.0.1", "localhost");
  host = await serve(dir, 0, {
    csp: `default-src 'none'; frame-src ${app}; style-src 'unsafe-inline'`,
    rewrite: (html) => html.replaceAll("{{APP}}", app),
  });
  hostBase = `http://127.0.0.1:${host.address().port}/`;
});
after(async () => {
  await new Promise((ok) => host?.close(ok));
});

async function hostPage(name) {
  const page = await env.page({ viewport: { width: 1200, height: 900 } });
  await page.goto(`${hostBase}${name}.html`);
  const frame = page.frameLocator("iframe");
  await frame.locator("[data-testid='answer-sentence']").waitFor();
  return { page, frame };
}

test("in a 760 px column the results sit beside the inputs", async () => {
  const { page, frame } = await hostPage("plain");
  const inputs = await frame.locator("form.inputs").boundingBox();
  const answer = await frame.locator("#answer").boundingBox();
  assert.ok(inputs.x + inputs.width <= answer.x, `inputs end ${inputs.x + inputs.width}, answer starts ${answer.x}`);
  assert.ok(Math.abs(inputs.y - answer.y) < 2, "side by side, top-aligned");
  await page.screenshot({ path: join(outputDir, "embed-760.png") });
});

test("embed parameters: accent colour, compact, hidden language switch and delete button", async () => {
  const { frame } = await hostPage("styled");
  const accent = await frame.locator("html").evaluate((e) => getComputedStyle(e).getPropertyValue("--accent").trim());
  assert.equal(accent, "#005a9c");
  assert.equal(await frame.locator("[data-testid='lang-switch']").count(), 0);
  assert.equal(await frame.locator("footer [data-testid='delete-all']").count(), 0);
  assert.match(await frame.locator("main").getAttribute("class"), /compact/);
  // "Delete everything" is still at hand where drafts are stored (the
  // agreement loads the full app first).
  await frame.locator("button.tab:has-text('Progressionsaftale')").click();
  await frame.locator(".agreement-editor").waitFor();
  assert.equal(await frame.locator("[data-testid='delete-all']").count(), 1);
  // An unreadable accent is ignored.
  const { frame: yellow } = await hostPage("yellow");
  const kept = await yellow.locator("html").evaluate((e) => getComputedStyle(e).getPropertyValue("--accent").trim());
  assert.equal(kept, "#0b5394");
});

test("axe finds nothing on the citizen's view, with more settings, and in each embed mode", async () => {
  for (const [name, url, viewport] of [
    ["phone", `${CITIZEN}&more=0`, PHONE],
    ["more settings", `${CITIZEN}&more=1`, { width: 1280, height: 900 }],
    ["embed compact", `?embed=1&compact=1&accent=005a9c&hide=lang,delete${CITIZEN}`, { width: 760, height: 900 }],
    ["embed calculator only, English", `?embed=1&parts=calculator&lang=en${CITIZEN}`, { width: 760, height: 900 }],
    ["embed agreement only", `?embed=1&parts=agreement`, { width: 760, height: 900 }],
  ]) {
    const page = await env.page({ viewport });
    await page.goto(env.base + url);
    await page.waitForSelector("main");
    await page.waitForFunction(() => document.querySelector("[data-testid='answer-sentence'], .agreement-editor"));
    assert.deepEqual(await axe(page), [], name);
    await page.context().close();
  }
});

test("the words people ask about are explained, in Danish and English", async () => {
  for (const [lang, first] of [["da", "Fleksløntilskud"], ["en", "Fleksløntilskud (flex-wage subsidy)"]]) {
    const page = await env.page();
    await open(page, env.base, `${CITIZEN}&lang=${lang}`, "[data-testid='answer-sentence']", { more: false });
    const glossary = page.locator("[data-testid='glossary']");
    assert.equal(await glossary.locator("dd").first().isVisible(), false, "closed until asked for");
    await glossary.locator("summary").click();
    const terms = await glossary.locator("dt").allInnerTexts();
    assert.equal(terms.length, 7);
    assert.equal(terms[0], first);
    for (const word of ["Lønloft", "Aftrapningsgrænse", "Ledighedsydelse", "Dagpenge", "AM-bidrag", "ATP"]) {
      assert.ok(terms.some((t) => t.startsWith(word)), `${word} in ${lang}`);
    }
    await page.context().close();
  }
});

test("the accessibility statement page is served, readable and linked", async () => {
  const page = await env.page({ viewport: { width: 320, height: 800 } });
  await open(page, env.base, CITIZEN, "[data-testid='answer-sentence']", { more: false });
  await page.click("[data-testid='accessibility-link']");
  await page.waitForSelector("h1");
  assert.match(await page.locator("h1").first().innerText(), /Tilgængelighedserklæring/);
  assert.match(await page.locator("body").innerText(), /WCAG 2\.1/);
  assert.deepEqual(await axe(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `${overflow} px sideways`);
  assert.deepEqual(offSiteRequests(page, env.base), []);
  assert.deepEqual(page.errors, []);
});
