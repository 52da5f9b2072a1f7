// Where the wasm's bytes go, by crate and by module of our own: reads
// `twiggy top --format csv` of a release wasm that still has its names (the
// one cargo links, before wasm-bindgen and wasm-opt), and adds up each
// item's shallow size under the first crate its name mentions; our own
// crate is split by module. Run through scripts/size-report.sh.
import { execFileSync } from "node:child_process";

const wasm = process.argv[2];
const csv = execFileSync("twiggy", ["top", "-n", "1000000", "--format", "csv", wasm], {
  encoding: "utf8",
  maxBuffer: 1 << 30,
});

const OURS = "fleksjob_beregner";
// A name's owner: our module ("fleksjob_beregner::core::timeline"), else
// the first crate path in it ("core" there is Rust's own library). Generic instances are named after the function, so
// `serde_json::de::from_str<Agreement>` counts for serde_json.
function owner(name) {
  const own = name.match(/fleksjob_beregner::(core::[a-z0-9_]+|ui::[a-z0-9_]+|[a-z0-9_]+)/);
  if (own) return `${OURS}::${own[1]}`;
  const path = name.match(/([a-z_][a-z0-9_]*)::/);
  if (path) return path[1];
  if (/^data segment/.test(name)) return "(data: strings, tables)";
  if (/^"?(code|type|import|export|elem|table|global|memory)\b/.test(name)) return "(imports, exports, tables)";
  return "(unnamed)";
}

/** One CSV record: Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent. */
function fields(line) {
  const out = [];
  let at = 0;
  while (at <= line.length) {
    if (line[at] === '"') {
      let end = at + 1;
      let text = "";
      for (;;) {
        const q = line.indexOf('"', end);
        if (q < 0) return out;
        text += line.slice(end, q);
        if (line[q + 1] === '"') {
          text += '"';
          end = q + 2;
        } else {
          at = q + 2;
          break;
        }
      }
      out.push(text);
    } else {
      const comma = line.indexOf(",", at);
      const end = comma < 0 ? line.length : comma;
      out.push(line.slice(at, end));
      at = end + 1;
    }
  }
  return out;
}

// What the build drops after this point (wasm-bindgen's own section, the
// names) is not counted.
const DROPPED = /^custom section|function names|^"?local names/;
const totals = new Map();
let all = 0;
for (const line of csv.split("\n").slice(1)) {
  const [name, shallow] = fields(line);
  const size = Number(shallow);
  if (!name || !Number.isFinite(size) || DROPPED.test(name)) continue;
  all += size;
  const key = owner(name);
  totals.set(key, (totals.get(key) ?? 0) + size);
}

const rows = [...totals.entries()].sort((a, b) => b[1] - a[1]);
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
console.log(`${"owner".padEnd(44)} ${"KiB".padStart(7)}  share`);
for (const [key, size] of rows.filter(([, s]) => s >= 1024)) {
  console.log(`${key.padEnd(44)} ${kb(size)}  ${((100 * size) / all).toFixed(1).padStart(5)} %`);
}
const small = rows.filter(([, s]) => s < 1024);
console.log(`${`(${small.length} owners under 1 KiB)`.padEnd(44)} ${kb(small.reduce((t, [, s]) => t + s, 0))}`);
console.log(`${"total (uncompressed, names and bindgen section left out)".padEnd(44)} ${kb(all)}`);
