// For pages that embed the fleksjob calculator (docs/embedding.md):
// 1. fits each <iframe data-fleksjob-beregner> to the height its page reports;
// 2. defines <fleksjob-beregner>, which builds a frame like it from attributes.
// Plain ES2017 without dependencies: it runs on the host's page, as is.
(() => {
  const TAG = "fleksjob-beregner";
  // Loaded twice (two snippets on one page): keep one listener and definition.
  if (window.customElements && customElements.get(TAG)) return;

  // Read now: currentScript is only set while this file first runs.
  const script = document.currentScript;
  const HERE = script && script.src ? new URL(".", script.src).href : null;

  const FRAMES = `iframe[data-${TAG}], ${TAG} > iframe`;

  addEventListener("message", (event) => {
    // Only a frame of ours may size itself, and only its own window counts:
    // the host page may have other frames and other messages.
    if (typeof event.data !== "string") return;
    const frame = Array.prototype.find.call(
      document.querySelectorAll(FRAMES),
      (f) => f.contentWindow === event.source,
    );
    if (!frame) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (!data || data.type !== `${TAG}:height`) return;
    const height = Number(data.height);
    if (Number.isFinite(height) && height >= 0) frame.style.height = `${Math.ceil(height)}px`;
  });

  if (!window.customElements) return;

  // Attributes that become query parameters of the app's URL.
  const PARAMS = ["lang", "parts", "year", "kommune", "church", "accent", "compact", "hide", "offline"];
  // Written bare (<fleksjob-beregner compact>), these mean "1".
  const FLAGS = ["church", "compact"];
  const FRAME_CLASS = `${TAG}-frame`;

  // A constructed stylesheet, not a <style> or style="": a host whose CSP has
  // no 'unsafe-inline' still gets it. :where() gives it no specificity, so
  // any rule of the host's own wins.
  let styled = false;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `:where(${TAG}){display:block}` +
        `:where(.${FRAME_CLASS}){display:block;width:100%;height:900px;border:0}`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    styled = true;
  } catch (e) {
    // Older browsers: the same through CSSOM on each frame (see render).
  }

  class FleksjobBeregner extends HTMLElement {
    static get observedAttributes() {
      return ["src", "title", ...PARAMS];
    }

    connectedCallback() {
      this.schedule();
    }

    attributeChangedCallback(name) {
      // A new title needs no reload; anything else changes the URL.
      if (name === "title" && this.frame) this.frame.title = this.frameTitle();
      else this.schedule();
    }

    // Several attributes set in a row (or at upgrade) load the frame once.
    schedule() {
      if (this.pending) return;
      this.pending = true;
      Promise.resolve().then(() => {
        this.pending = false;
        this.render();
      });
    }

    url() {
      const base = this.getAttribute("src") || HERE;
      if (!base) return null;
      let url;
      try {
        url = new URL(base, document.baseURI);
      } catch (e) {
        return null;
      }
      url.searchParams.set("embed", "1");
      for (const name of PARAMS) {
        let value = this.getAttribute(name);
        if (value === null) continue;
        if (value === "" && FLAGS.includes(name)) value = "1";
        if (name === "accent") value = value.replace(/^#/, "");
        if (name === "hide") value = value.replace(/\s+/g, "");
        url.searchParams.set(name, value);
      }
      // The agreement alone opens on the editor page beside the app, which
      // preloads the full app instead of the calculator's build.
      const parts = url.searchParams.get("parts");
      if (parts === "agreement" || parts === "aftale") url.pathname = url.pathname.replace(/[^/]*$/, "aftale-rediger.html");
      return url.href;
    }

    frameTitle() {
      const own = this.getAttribute("title");
      if (own) return own;
      return this.getAttribute("lang") === "en" ? "The fleksjob calculator" : "Fleksjob-beregneren";
    }

    render() {
      if (!this.isConnected) return;
      const url = this.url();
      if (!url) {
        console.error(`<${TAG}>: no src, and embed.js cannot tell where it was loaded from`);
        return;
      }
      const old = this.frame && this.frame.parentNode === this ? this.frame : null;
      if (old && old.src === url) return;
      const frame = document.createElement("iframe");
      frame.className = FRAME_CLASS;
      frame.title = this.frameTitle();
      // Before src, or the frame starts loading eagerly.
      frame.setAttribute("loading", "lazy");
      frame.setAttribute("referrerpolicy", "no-referrer");
      if (!styled) {
        frame.style.display = "block";
        frame.style.width = "100%";
        frame.style.height = "900px";
        frame.style.border = "0";
      }
      // Keep the last known height, so the page does not jump while it reloads.
      if (old && old.style.height) frame.style.height = old.style.height;
      frame.src = url;
      // Replaces any fallback content (a link for when this script cannot run).
      while (this.firstChild) this.removeChild(this.firstChild);
      this.appendChild(frame);
      this.frame = frame;
    }
  }

  customElements.define(TAG, FleksjobBeregner);
})();
