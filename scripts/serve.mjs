// A tiny static server for the release build, on 127.0.0.1 only. It sends a
// strict Content-Security-Policy header, so what is tested is what runs
// under it. Usage: node scripts/serve.mjs DIR PORT (PORT 0 picks a free one
// and prints it).
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors *";

/** A file whose name carries a hash of its content (Trunk's and
 * post-build's `-0123456789abcdef`) never changes: it may be kept a year.
 * Everything else (the pages, loader.js, sw.js, the manifest) is asked
 * for again each time, answered 304 while it is unchanged. */
export function cacheControl(path) {
  return /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
};

/** Start serving `dir`; resolves to the http.Server once listening. `csp` and
 * `rewrite` (a function of the body text) serve test pages such as a host
 * page that embeds the calculator; `files` adds bodies by path (a test's own
 * script, served from this origin so that the CSP lets it run). */
export function serve(dir, port = 0, { csp = CSP, rewrite, files = {} } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    } catch {
      // A malformed escape such as /%E0%A4%A: refuse it, keep serving.
      res.writeHead(400, { "Content-Type": "text/plain" }).end("bad request");
      return;
    }
    const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const raw = Object.hasOwn(files, path) ? Buffer.from(files[path]) : await readFile(file);
      const body = rewrite && extname(file) === ".html" ? rewrite(raw.toString("utf8")) : raw;
      const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
      const headers = {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": cacheControl(path),
        ETag: etag,
      };
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "dist", port = "8080"] = process.argv.slice(2);
  const server = await serve(dir, Number(port));
  console.log(`http://127.0.0.1:${server.address().port}/`);
}
