// End to end, issue 21.1: printing a document opened to read never panics.
// A share link, an imported file and "Se aftalen som dokument" each show the
// agreement's document; printing it (the browser's beforeprint, then the PDF)
// must raise no page error, in Danish on a desktop and in English on a phone.
// The harness fails a test on any page error; each test also says so itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { open, outputDir, useEnv, agreementLink, edit, AGREEMENT } from "./harness.mjs";

const env = useEnv();
const DOC = "[data-testid='print-document']";
const READY = `${DOC}.on-screen`;

const SETTINGS = [
  { lang: "da", viewport: { width: 1280, height: 900 }, title: /^Progressionsaftale – Anna Jensen – / },
  { lang: "en", viewport: { width: 390, height: 844 }, title: /^Progression agreement – Anna Jensen – / },
];

/** The three ways a document comes to be read, each ending in the reading view. */
const FLOWS = {
  async "a share link"(p, lang) {
    await open(p, env.base, `${agreementLink(AGREEMENT)}&lang=${lang}`, READY);
  },
  async "an imported file"(p, lang) {
    await open(p, env.base, `#view=aftale&lang=${lang}`, ".agreement-editor");
    const path = join(outputDir, `print-import-${lang}.json`);
    writeFileSync(path, JSON.stringify(AGREEMENT));
    await p.setInputFiles("[data-testid='import']", path);
    await p.waitForSelector(READY);
  },
  async "the reading view of a draft"(p, lang) {
    await open(p, env.base, `#view=aftale&lang=${lang}`, ".agreement-editor");
    await p.fill("#citizen", "Anna Jensen");
    await p.click("[data-testid='read']");
    await p.waitForSelector(READY);
  },
};

/** Print as the browser does: beforeprint, the PDF, afterprint. Returns the
 * page's title while printing. */
async function print(p, name) {
  await p.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  const title = await p.title();
  writeFileSync(join(outputDir, `${name}.pdf`), await p.pdf({ preferCSSPageSize: true }));
  await p.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  return title;
}

for (const [flow, reach] of Object.entries(FLOWS)) {
  for (const { lang, viewport, title } of SETTINGS) {
    test(`printing after ${flow} (${lang}, ${viewport.width} px) raises no page error`, async () => {
      const p = await env.page({ viewport });
      p.on("dialog", (d) => d.accept());
      await reach(p, lang);
      const pageTitle = await p.title();
      assert.match(await print(p, `print-${lang}-${viewport.width}`), title);
      assert.equal(await p.title(), pageTitle, "the page's own title is back after printing");
      // Once more after editing and reading again: the views' documents come and go.
      await edit(p);
      await p.click("[data-testid='read']");
      await p.waitForSelector(READY);
      assert.match(await print(p, `print-${lang}-${viewport.width}-again`), title);
      assert.ok(await p.locator(".reading-bar").isVisible(), "the app still responds after printing");
      assert.deepEqual(p.errors, []);
    });
  }
}
