// Trunk post-build hook (Trunk.toml). The full app is built as a Trunk
// "worker" so that it gets no script tag and no preload hints: it is not the
// first download (loader.js loads it when the agreement is opened). Trunk
// names a worker's files without a content hash; this adds one, as Trunk
// does for the calculator, so a browser never runs a cached full app of an
// older release, and writes the names into index.html for loader.js.
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const names = ["fleksjob-beregner.js", "fleksjob-beregner_bg.wasm"];
const hash = createHash("sha256");
for (const name of names) hash.update(readFileSync(join(staging, name)));
const stamp = hash.digest("hex").slice(0, 16);

const index = join(staging, "index.html");
let html = readFileSync(index, "utf8");
for (const name of names) {
  const hashed = name.replace("fleksjob-beregner", `fleksjob-beregner-${stamp}`);
  renameSync(join(staging, name), join(staging, hashed));
  // Trunk's minified HTML may leave the attribute unquoted.
  const placeholder = `/${name}`;
  if (!html.includes(placeholder)) {
    console.error(`hash-full-app: index.html does not name ${name}`);
    process.exit(1);
  }
  html = html.replaceAll(placeholder, `/${hashed}`);
}
writeFileSync(index, html);
