// `npm run size`: what a page downloads — the .wasm and every script the page loads —
// gzipped and brotli-compressed, at the levels a server would use for static files.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = new URL("../", import.meta.url);
const pageScripts = readdirSync(new URL("www/", root))
  .filter((f) => /\.m?js$/.test(f) && f !== "bookmarklet.js")
  .map((f) => `www/${f}`);
const files = [
  "pkg/web/article_highlighter_bg.wasm",
  "pkg/web/article_highlighter.js",
  "js/browser.mjs",
  "js/spans.mjs",
  "js/guard.mjs",
  ...pageScripts,
].filter((f) => existsSync(new URL(f, root)));

const rows = files.map((f) => {
  const bytes = readFileSync(new URL(f, root));
  return {
    f,
    raw: bytes.length,
    gz: gzipSync(bytes, { level: 9 }).length,
    br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
console.log(`${"file".padEnd(40)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`);
for (const r of rows) console.log(`${r.f.padEnd(40)}${kb(r.raw)}${kb(r.gz)}${kb(r.br)}`);
const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
console.log(`${"total (what the page downloads)".padEnd(40)}${kb(sum("raw"))}${kb(sum("gz"))}${kb(sum("br"))}`);
const bookmarklet = new URL("dist/bookmarklet.url.txt", root);
if (existsSync(bookmarklet)) console.log(`bookmarklet: javascript: URL of ${readFileSync(bookmarklet).length} characters`);
