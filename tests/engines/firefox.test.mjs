// The cross-engine scenario in Debian's Firefox ESR, driven by puppeteer-core
// over WebDriver BiDi (no extra driver; puppeteer-core never downloads a
// browser). A fresh profile per run, headless.
import puppeteer from "puppeteer-core";
import { engineSuite } from "./scenario.mjs";

// Beyond puppeteer's own test profile (no updates, no safe browsing, no
// health report): nothing in the background may reach the network.
const PREFS = {
  "app.update.auto": false,
  "browser.ping-centre.telemetry": false,
  "browser.region.network.url": "",
  "browser.region.update.enabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "extensions.blocklist.enabled": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "network.dns.disablePrefetch": true,
  "network.prefetch-next": false,
  "services.settings.server": "http://127.0.0.1:9/",
  "toolkit.telemetry.enabled": false,
  "toolkit.telemetry.server": "",
  "toolkit.telemetry.unified": false,
};

async function launch() {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
    headless: true,
    defaultViewport: { width: 1280, height: 1000 },
    extraPrefsFirefox: PREFS,
    // Release builds heed services.settings.server only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: "1" },
  });
  return {
    async page() {
      const page = await browser.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(`page error: ${e.message ?? e}`));
      page.on("console", (m) => m.type() === "error" && errors.push(`console.error: ${m.text()}`));
      page.on("dialog", (d) => d.accept());
      const at = (selector) => (selector.startsWith("//") ? `::-p-xpath(${selector})` : selector);
      return {
        goto: (url) => page.goto(url),
        reload: () => page.reload(),
        phone: () => page.setViewport({ width: 390, height: 844 }),
        screenshot: (path) => page.screenshot({ path }),
        click: (selector) => page.click(at(selector)),
        async type(selector, text) {
          const field = await page.waitForSelector(at(selector));
          await field.focus();
          await field.evaluate((e) => e.select());
          await field.type(text);
        },
        upload: async (selector, path) => (await page.waitForSelector(at(selector))).uploadFile(path),
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        errors: () => errors,
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

engineSuite("Firefox", launch);
