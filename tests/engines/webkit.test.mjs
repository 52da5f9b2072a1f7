// The cross-engine scenario in WebKitGTK's MiniBrowser (Debian's
// webkit2gtk-driver), driven by selenium-webdriver through WebKitWebDriver.
// Needs an X display: run it under `xvfb-run -a`.
//
// Errors: WebKitGTK's WebDriver is classic only (no BiDi, so no console or
// error events and no init scripts), and MiniBrowser's
// --enable-write-console-messages-to-stdout does nothing under automation.
// So the test server puts recorder.js before every other script of each
// HTML page (the pages differ from the build by that one tag), and the
// adapter reads what it saw before each navigation and when a page closes.
// Not seen: an error after that last read, and whatever WebKit logs to its
// console without an event the page can hear (a failed fetch whose promise
// is handled, for one).
import { readdirSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { Builder, By, until } from "selenium-webdriver";
import remote from "selenium-webdriver/remote/index.js";
import { engineSuite } from "./scenario.mjs";

// selenium-webdriver's Builder only calls selenium-manager (which may
// download drivers) for browsers it knows; MiniBrowser at a given driver
// URL is not one. This makes sure it stays offline all the same.
process.env.SE_OFFLINE = "true";

const DRIVER = process.env.WEBKIT_WEBDRIVER ?? "/usr/bin/WebKitWebDriver";
const RECORDER = "/__engines/recorder.js";
const TIMEOUT = 20_000;

/** MiniBrowser from libwebkit2gtk, in whichever multiarch directory and API
 * version Debian put it (/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser). */
function miniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  for (const arch of ["", ...readdirSync("/usr/lib")]) {
    for (const api of ["webkit2gtk-4.1", "webkitgtk-6.0", "webkit2gtk-4.0"]) {
      const path = `/usr/lib/${arch}/${api}/MiniBrowser`.replace("//", "/");
      if (existsSync(path)) return path;
    }
  }
  throw new Error("MiniBrowser not found: apt-get install webkit2gtk-driver (scripts/setup.sh)");
}

async function launch() {
  const service = new remote.DriverService.Builder(DRIVER).setLoopback(true).build();
  const driver = await new Builder()
    .usingServer(await service.start())
    .withCapabilities({
      browserName: "MiniBrowser",
      // A dialog (window.confirm) is accepted by the next command, which
      // then returns null: the scenario waits by polling after an action
      // that may ask.
      unhandledPromptBehavior: "accept",
      "webkitgtk:browserOptions": { binary: miniBrowser(), args: ["--automation"] },
    })
    .build();
  // This window stays open, so that closing a page never ends the session.
  const home = await driver.getWindowHandle();
  // The window WebDriver is on. Switching only when it changes matters:
  // WebKitWebDriver hangs on a switch while a dialog is open.
  let current = home;
  return {
    async page() {
      await driver.switchTo().newWindow("window");
      await driver.manage().window().setRect({ width: 1280, height: 1000 });
      const handle = (current = await driver.getWindowHandle());
      const kept = [];
      const here = async () => {
        if (current !== handle) await driver.switchTo().window((current = handle));
      };
      const find = (selector) =>
        driver.wait(until.elementLocated(selector.startsWith("//") ? By.xpath(selector) : By.css(selector)), TIMEOUT);
      /** Move what the page's recorder saw into `kept`. */
      const drain = async () => {
        const seen = await driver.executeScript(
          (recorder) =>
            location.protocol !== "http:" ? [] :
            window.__engineErrors?.splice(0) ?? [`no error recorder on ${location.pathname}: ${recorder} did not run`],
          RECORDER,
        );
        kept.push(...seen);
      };
      return {
        async goto(url) {
          await here();
          await drain();
          await driver.get(url);
        },
        /** The window at a phone's size. MiniBrowser keeps a minimum width and its own bar: the content is about 447 x 806. */
        async phone() {
          await here();
          await driver.manage().window().setRect({ width: 390, height: 844 });
        },
        async screenshot(path) {
          await here();
          writeFileSync(path, Buffer.from(await driver.takeScreenshot(), "base64"));
        },
        async reload() {
          await here();
          await drain();
          await driver.navigate().refresh();
        },
        async click(selector) {
          await here();
          const element = await find(selector);
          // WebKitWebDriver scrolls an element only just into view, and a
          // click on the window's bottom edge can miss it: centre it first.
          await driver.executeScript((e) => e.scrollIntoView({ block: "center" }), element);
          await element.click();
        },
        async type(selector, text) {
          await here();
          const field = await find(selector);
          // Focused and selected first, so the keys replace the value.
          await driver.executeScript((e) => (e.focus(), e.select()), field);
          await field.sendKeys(text);
        },
        async upload(selector, path) {
          await here();
          await (await find(selector)).sendKeys(path);
        },
        async evaluate(fn, ...args) {
          await here();
          return driver.executeScript(fn, ...args);
        },
        async errors() {
          await here();
          await drain();
          return kept.splice(0);
        },
        async close() {
          await here();
          await driver.close();
          await driver.switchTo().window((current = home));
        },
      };
    },
    async close() {
      await driver.quit();
      await service.kill();
    },
  };
}

const recorder = readFileSync(new URL("recorder.js", import.meta.url), "utf8");
engineSuite("WebKit", launch, {
  files: { [RECORDER]: recorder },
  // Before the page's first script (the minified pages have no <head> tag).
  rewrite: (html) => html.replace(/<script|<\/head>|<body/i, (first) => `<script src="${RECORDER}"></script>${first}`),
});
