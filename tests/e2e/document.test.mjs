// End to end, issue 11: the signable agreement document. A share link opens
// it read-only (on a phone too), with Edit as a second step; printed to PDF
// by headless Chromium it has one title, every section, the calculator's
// figures, names under the signature lines, "Side x af y" and no address.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync, unlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { open, result, offSiteRequests, outputDir, useEnv, agreementLink, calculatorFigures, AGREEMENT } from "./harness.mjs";

const env = useEnv();
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const link = (agreement = AGREEMENT) => agreementLink(agreement);
const DOC = "[data-testid='print-document']";
const calculator = (paid) => calculatorFigures(env, paid);

/** A table of the document as rows of cell texts, by its key. */
async function table(p, key) {
  return p.$$eval(`[data-testid='doc-table-${key}'] tbody tr`, (rows) =>
    rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent.trim())),
  );
}

test("a share link opens the agreement as a document to read; editing is a second step", async () => {
  const p = await env.page({ viewport: { width: 390, height: 844 } });
  p.on("dialog", (d) => d.accept());
  await open(p, env.base, link(), DOC);
  assert.ok(await p.isVisible(DOC), "the document is on screen");
  assert.equal(await p.locator(".agreement-editor").count(), 0, "no editor before Edit");
  assert.equal(await p.locator("h1:visible").count(), 2, "the app's title and the document's");
  // Readable on a phone: nothing scrolls sideways.
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `sideways scroll of ${overflow} px`);
  await p.screenshot({ path: join(outputDir, "document-phone.png"), fullPage: true });
  await p.screenshot({ path: join(outputDir, "document-phone-first-screen.png") });
  await p.locator("[data-testid='doc-steps']").screenshot({ path: join(outputDir, "document-phone-steps.png") });

  // The step money is the calculator's own at each step's hours.
  const economy = await table(p, "economy");
  for (const [row, paid] of [["I dag", 12], ["Trin 2", 15], ["Trin 3", 18]]) {
    const cells = economy.find((r) => r[0] === row);
    const calc = await calculator(paid);
    assert.deepEqual(
      { wage: cells[2], subsidy: cells[3], total: cells[4], net: cells[5], "employer-cost": cells[6] },
      calc,
      `${row} against the calculator at ${paid} hours`,
    );
  }

  await p.click("[data-testid='edit']");
  await p.waitForSelector(".agreement-editor");
  assert.equal(await p.inputValue("#citizen"), "Anna Jensen");
  assert.equal(await p.inputValue("#collective-agreement"), "HK Handel, HK");
  assert.equal(await p.inputValue("#today-hard-tasks"), "Telefonen");
  assert.equal(await p.isChecked("#step-0-placement"), true);
  // The editor states the wage ceiling the document prints.
  const ceiling = await p.locator("[data-testid='doc-basis'] tr:has(th:text-is('Lønloft')) td").textContent();
  assert.match(ceiling, /^32\.0\d\d kr\. \(fuldtidsløn 185 kr\. pr\. time i 37 timer om ugen, inkl\. pension\)$/);
  assert.ok((await result(p, "editor-lonloft")).includes(ceiling));
  assert.equal(await p.isVisible(DOC), false, "the document is for print only while editing");
  await p.click("[data-testid='read']");
  await p.waitForSelector(`${DOC}:visible`);
  assert.deepEqual(offSiteRequests(p, env.base), []);
  assert.deepEqual(p.errors, []);
});

test("the reading view has no accessibility violations", async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    const p = await env.page({ viewport });
    await open(p, env.base, link(), DOC);
    await p.evaluate(`${AXE_SOURCE}\n;void 0`);
    const violations = await p.evaluate(async () => {
      const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
      const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    assert.deepEqual(violations, [], `at ${viewport.width} px`);
    // Real tables: a caption, column headers and row headers.
    const tables = await p.$$eval(".doc-table", (ts) =>
      ts.map((t) => ({
        caption: !!t.caption?.textContent.trim(),
        cols: t.querySelectorAll("thead th[scope='col']").length,
        rows: t.querySelectorAll("tbody th[scope='row']").length === t.querySelectorAll("tbody tr").length,
      })),
    );
    assert.ok(tables.length >= 4, "steps, money, tasks, follow-ups, rates");
    assert.ok(tables.every((t) => t.caption && t.cols > 1 && t.rows), JSON.stringify(tables));
    await p.context().close();
  }
});

/** Print `p` to PDF as the browser's "Save as PDF" does; returns the text in
 * reading order, the page count and the document's title. */
async function printed(p, name) {
  // The browser fires these around its print dialog; page.pdf does not.
  await p.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  const file = join(outputDir, `${name}.pdf`);
  writeFileSync(file, await p.pdf({ preferCSSPageSize: true, displayHeaderFooter: false }));
  await p.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  const title = /Title:\s+(.*)/.exec(info)?.[1];
  for (const old of readdirSync(outputDir).filter((f) => f.startsWith(`${name}-page`))) {
    unlinkSync(join(outputDir, old));
  }
  execFileSync("pdftoppm", ["-png", "-r", "60", file, join(outputDir, `${name}-page`)]);
  return { text, pages, title };
}

test("printed, the agreement is a signable A4 document", async () => {
  const p = await env.page({ viewport: { width: 1280, height: 900 } });
  await open(p, env.base, link(), DOC);
  const { text, pages, title } = await printed(p, "agreement");
  assert.equal(title, "Progressionsaftale – Anna Jensen – 02.03.2026", "the PDF's default file name");
  assert.equal(await p.title(), "Fleksjob-beregneren", "the page's own title is back after printing");

  assert.equal(text.split("Aftale om progression i fleksjob").length - 1, 1, "the title once");
  // Every section, in reading order.
  const headings = [
    "Parter",
    "Beregningsgrundlag",
    "I dag",
    "Mål",
    "Trin mod målet",
    "Økonomi pr. måned (skøn)",
    "Støtte",
    "Opfølgning",
    "Aftale og underskrifter",
  ];
  let at = 0;
  for (const h of headings) {
    const found = text.indexOf(`${h}\n`, at);
    assert.ok(found >= at, `${h} after the one before it`);
    at = found;
  }
  for (const words of ["HK Handel, HK", "Telefonen", "i praktik", "Lønloft", "Satser 2026", "Aarhus", "Vi har drøftet denne plan"]) {
    assert.ok(text.includes(words), words);
  }
  // The figures are the calculator's.
  const calc = await calculator(15);
  for (const figure of Object.values(calc)) {
    assert.ok(text.includes(figure), `${figure} in the PDF`);
  }
  // Names under the signature lines, page numbers, and no address.
  const signatures = text.slice(text.indexOf("Aftale og underskrifter"));
  for (const name of ["Anna Jensen", "Bo Hansen, Bageriet", "Carl Madsen"]) {
    assert.ok(signatures.includes(name), `${name} under a signature line`);
  }
  assert.ok(text.includes(`Side 1 af ${pages}`), `"Side 1 af ${pages}"`);
  assert.ok(text.includes(`Side ${pages} af ${pages}`));
  assert.ok(text.includes("Progressionsaftale – Anna Jensen – 02.03.2026"), "the footer names the agreement");
  assert.doesNotMatch(text, /https?:|127\.0\.0\.1|wage=/, "no address in the document");
  console.log(`three-step agreement: ${pages} A4 pages`);
  assert.ok(pages <= 4, `${pages} pages`);
});

test("in English the document and its page numbers are English", async () => {
  const p = await env.page({ viewport: { width: 1280, height: 900 } });
  await open(p, env.base, `${link()}&lang=en`, DOC);
  const { text, pages } = await printed(p, "agreement-en");
  assert.ok(text.includes("Progression agreement in a fleksjob") || text.includes("Agreement"), text.slice(0, 200));
  assert.ok(text.includes(`Page 1 of ${pages}`));
  assert.ok(text.includes("Steps towards the goal"));
  assert.ok(!text.includes("Side 1"), "no Danish page numbers");
});

test("a copy-link button sits beside the share link, with its length", async () => {
  const p = await env.page({ viewport: { width: 1280, height: 900 } });
  await p.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  p.on("dialog", (d) => d.accept());
  await open(p, env.base, link(), DOC);
  await p.click("[data-testid='edit']");
  await p.click("[data-testid='make-link']");
  const shared = await p.inputValue("[data-testid='share-link']");
  await p.click("[data-testid='copy-link']");
  assert.equal(await p.evaluate(() => navigator.clipboard.readText()), shared);
  assert.match(await result(p, "share-status"), /kopieret/);
  const length = await result(p, "link-length");
  assert.match(length, /Linket er [\d.]+ tegn langt/);
  console.log(`three-step agreement: share link of ${shared.length} characters`);
  assert.equal(/QR-kode/.test(length), shared.length > 2953);
});
