// The WebKit run's error recorder (tests/engines/webkit.test.mjs). WebKitGTK's
// WebDriver (classic, no BiDi) reports no console messages or page errors,
// so the test server adds this script, from the page's own origin as the CSP
// requires, before every other script of each HTML page; the adapter reads
// window.__engineErrors through WebDriver.
(() => {
  const seen = (window.__engineErrors = []);
  const say = (x) => (x instanceof Error ? `${x.name}: ${x.message}` : typeof x === "object" ? JSON.stringify(x) : String(x));
  // Uncaught exceptions, and (in the capture phase) resources that failed to load.
  addEventListener(
    "error",
    (e) => {
      const t = e.target;
      if (t !== window && t && t.tagName) seen.push(`failed to load: <${t.tagName.toLowerCase()}> ${t.src || t.href || ""}`);
      else seen.push(`uncaught: ${e.error ? say(e.error) : e.message}`);
    },
    true,
  );
  addEventListener("unhandledrejection", (e) => seen.push(`unhandled rejection: ${say(e.reason)}`));
  addEventListener("securitypolicyviolation", (e) => seen.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  // A Rust panic's message arrives here (console_error_panic_hook).
  const error = console.error;
  console.error = function (...args) {
    seen.push(`console.error: ${args.map(say).join(" ")}`);
    return error.apply(this, args);
  };
})();
