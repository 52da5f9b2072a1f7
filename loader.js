// Starts the app. A file of its own instead of Trunk's inline script, so the
// page runs under a Content-Security-Policy without 'unsafe-inline'.
const tag = document.querySelector("script[data-js]");
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
