// `npm run size`: what the page (www/index.html, as `npm start` serves it) downloads, gzipped
// and brotli-compressed at the levels a server would use for static files.
//
// The list is not kept by hand: it follows index.html's <script src>, <link rel=modulepreload>
// and <link rel=preload> tags, then every static `import … from "…"`, dynamic `import("…")`
// and `new URL("….js|.wasm", import.meta.url)` (the .wasm the engine fetches, the service
// worker the page registers) in the modules reached. tests/js/page-downloads.test.mjs loads
// the page in headless Chromium and checks that these are exactly the scripts and .wasm it
// requests. Sizes are of the files served: the minified copies in dist/site/ that
// `npm run build` writes (scripts/build.mjs), or the source where there is none.
//
// Listed apart: what the service worker then keeps for offline use (downloaded in the
// background once it installs), and the other entry points (relay page, bookmarklets).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("../", import.meta.url));
const site = join(root, "dist/site");

/** Repository-relative path of the file served for `file` (the built copy when there is one). */
export function served(file) {
  return existsSync(join(site, file)) ? `dist/site/${file}` : file;
}

const read = (file) => readFileSync(join(root, file), "utf8");
const resolve = (from, spec) => relative(root, normalize(join(root, dirname(from), spec)));

/** The scripts and .wasm a module loads, relative to the repository root. */
function references(file) {
  const source = read(file);
  const imports = [
    ...source.matchAll(/^\s*(?:import|export)\b[^"';]*?\bfrom\s*["']([^"']+)["']/gm),
    ...source.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map(([, spec]) => spec);
  // A URL names a file relative to the module with or without "./"; an import must start so.
  const urls = [...source.matchAll(/\bnew URL\(\s*["']([^"':]+\.(?:m?js|wasm))["']\s*,\s*import\.meta\.url\s*\)/g)].map(([, spec]) => spec);
  return [...imports.filter((spec) => spec.startsWith(".")), ...urls].map((spec) => resolve(file, spec));
}

/** Every script and .wasm the HTML page `page` loads, in the order first reached. */
export function pageDownloads(page = "www/index.html") {
  const html = read(page);
  const tags = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*\bhref="([^"]+)"/g),
  ].map(([, href]) => resolve(page, href));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (/\.m?js$/.test(file)) references(file).forEach(visit);
  };
  tags.filter((file) => /\.(?:m?js|wasm)$/.test(file)).forEach(visit);
  return [...seen];
}

/** What www/sw.js fetches when it installs (its FILES list), relative to the repository root. */
export function serviceWorkerFiles(sw = "www/sw.js") {
  const list = /const FILES = \[([^\]]*)\]/.exec(read(sw))?.[1] ?? "";
  return [...list.matchAll(/"([^"]+)"/g)].map(([, f]) => resolve(sw, f === "./" ? "index.html" : f));
}

function measure(file) {
  const bytes = readFileSync(join(root, served(file)));
  return {
    file: served(file),
    raw: bytes.length,
    gz: gzipSync(bytes, { level: 9 }).length,
    br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const line = (label, r) => console.log(`${label.padEnd(44)}${kb(r.raw)}${kb(r.gz)}${kb(r.br)}`);
const total = (rows) => ["raw", "gz", "br"].reduce((t, k) => ({ ...t, [k]: rows.reduce((n, r) => n + r[k], 0) }), {});

function table(title, files) {
  const rows = files.filter((f) => existsSync(join(root, f))).map(measure);
  console.log(`\n${title}`);
  for (const r of rows) line(`  ${r.file}`, r);
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(root, "pkg/web"))) console.warn("pkg/web is missing: run npm run build first");
  console.log(`${"".padEnd(44)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`);
  const page = pageDownloads();
  const rows = table("www/index.html loads (scripts and .wasm; sw.js is the service worker it registers):", page);
  const wasm = rows.filter((r) => r.file.endsWith(".wasm"));
  const js = rows.filter((r) => !r.file.endsWith(".wasm"));
  line("  .wasm", total(wasm));
  line("  JS", total(js));
  line("TOTAL .wasm + JS the page downloads", total(rows));

  const other = ["www/index.html", "www/style.css", "dist/bookmarklet-lite.url.txt"];
  line("  + HTML, CSS, small bookmark link", total(table("The page also fetches (not scripts):", other)));
  table("Only when someone reaches for the full bookmarklet's link (pointer, focus, touch):", ["dist/bookmarklet.url.txt"]);

  const kept = serviceWorkerFiles().filter((f) => !page.includes(f) && !other.includes(f));
  line("  total", total(table("The service worker then keeps for offline use (in the background, once):", kept)));

  console.log("\nOther pages and the bookmarklets (not downloaded by www/index.html):");
  for (const file of pageDownloads("www/relay.html").filter((f) => !page.includes(f))) line(`  relay.html: ${served(file)}`, measure(file));
  for (const file of ["dist/bookmarklet.js", "dist/bookmarklet-lite.js"].filter((f) => existsSync(join(root, f)))) line(`  ${file}`, measure(file));
  for (const file of ["dist/bookmarklet.url.txt", "dist/bookmarklet-lite.url.txt"].filter((f) => existsSync(join(root, f)))) {
    console.log(`  ${file}: javascript: URL of ${readFileSync(join(root, file)).length} characters`);
  }
}
