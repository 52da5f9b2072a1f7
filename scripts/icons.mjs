// Draws the installed app's PNG icons from icons/icon.svg with Debian's
// Chromium (run by hand when the icon changes; the PNGs are kept in the
// repository, as the SVG is). The icon is a full square without rounded
// corners, so that systems that mask it (maskable) keep the letter whole.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_ARGS } from "../tests/e2e/harness.mjs";

const dir = join(import.meta.dirname, "..", "icons");
const svg = readFileSync(join(dir, "icon.svg"), "utf8");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: join(dir, `icon-${size}.png`), omitBackground: false });
  await page.close();
}
await browser.close();
