// Trunk post-build hook (Trunk.toml), on the staged release files:
//  1. Minifies the wasm-bindgen JS of the three builds with terser (Trunk's
//     own JS minifier cannot parse it): about 2 KB less gzipped per build;
//     and loader.js, which Trunk copies as it is.
//  2. Gives the full app's and the reader's files (their JS and wasm, and
//     the agreement's stylesheet) a content hash. They are built as Trunk
//     "workers" so that they get no script tag and no preload hints (neither
//     is the first download; loader.js loads them), and Trunk names a
//     worker's files without a hash. With one, a browser never runs a cached
//     build of an older release.
//  3. Writes the new names and the calculator JS's new integrity hash into
//     index.html.
//  4. Writes aftale.html, the page share links open: index.html with the
//     reading build in place of the calculator build, in the preload hints
//     too, so that a link downloads the reader alone before its document
//     shows; and aftale-rediger.html, the same with the full app, where the
//     reader hands a link over to be edited and an embedding of the
//     agreement alone opens.
//  5. In a release build, writes the service worker, sw.js, which keeps
//     every file of this build for use without a network
//     (scripts/service-worker.mjs).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { writeServiceWorker } from "./service-worker.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const index = join(staging, "index.html");
let html = readFileSync(index, "utf8");
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

const release = process.env.TRUNK_PROFILE === "release";
if (release) {
  for (const name of readdirSync(staging).filter((n) => /^(fleksjob-(calculator|beregner|reader)\b.*|loader)\.js$/.test(n))) {
    const file = join(staging, name);
    const source = readFileSync(file);
    const { code } = await minify(source.toString("utf8"), { module: true, compress: true, mangle: true });
    writeFileSync(file, code);
    // Trunk's integrity attribute (the calculator's modulepreload) must match.
    if (name.startsWith("fleksjob-calculator") && !html.includes(sri(source))) fail(`no integrity hash of ${name} in index.html`);
    html = html.replaceAll(sri(source), sri(code));
  }
}

// Trunk copies the agreement's stylesheet as it is; comments and spaces go
// (it holds no strings where that would matter but `": "`, kept).
if (release) {
  const file = join(staging, "agreement.css");
  const css = readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1");
  writeFileSync(file, css);
}

/** `name` with a hash of `files` before its extension (Trunk's style). */
function hashedName(name, files) {
  const hash = createHash("sha256");
  for (const f of files) hash.update(readFileSync(join(staging, f)));
  const stamp = hash.digest("hex").slice(0, 16);
  return name.replace(/^(fleksjob-beregner|fleksjob-reader|agreement)/, `$1-${stamp}`);
}

const app = ["fleksjob-beregner.js", "fleksjob-beregner_bg.wasm"];
const reader = ["fleksjob-reader.js", "fleksjob-reader_bg.wasm"];
const renames = [
  ...app.map((name) => [name, hashedName(name, app)]),
  ...reader.map((name) => [name, hashedName(name, reader)]),
  ["agreement.css", hashedName("agreement.css", ["agreement.css"])],
];
for (const [name, hashed] of renames) {
  renameSync(join(staging, name), join(staging, hashed));
  // Trunk's minified HTML may leave the attribute unquoted.
  const placeholder = `/${name}`;
  if (!html.includes(placeholder)) fail(`index.html does not name ${name}`);
  html = html.replaceAll(placeholder, `/${hashed}`);
}
writeFileSync(index, html);

// The agreement's pages: index.html with every name and integrity hash of
// the calculator build replaced by another build's.
const named = (attribute) => html.match(new RegExp(`${attribute}="?/([^" >]+)`))?.[1] ?? fail(`no ${attribute} in index.html`);
const integrity = (name) => sri(readFileSync(join(staging, name)));
function pageFor(file, build) {
  let page = html;
  for (const [calculator, other] of [
    [named("data-wasm"), named(`data-${build}-wasm`)],
    [named("data-js"), named(`data-${build}-js`)],
  ]) {
    page = page.replaceAll(`/${calculator}`, `/${other}`).replaceAll(integrity(calculator), integrity(other));
  }
  if (page.includes("fleksjob-calculator")) fail(`${file} still names the calculator build`);
  writeFileSync(join(staging, file), page);
}
// Share links: the reader.
pageFor("aftale.html", "reader");
// The reader's hand-over and an embedding of the agreement alone: the full app.
pageFor("aftale-rediger.html", "full");

if (release) {
  const { count, size, warnings } = await writeServiceWorker(staging);
  if (warnings.length) fail(`service worker: ${warnings.join("; ")}`);
  console.log(`post-build: sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KiB`);
}
