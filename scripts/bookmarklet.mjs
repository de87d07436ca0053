// Builds the bookmarklet (run by `npm run build`, after wasm-bindgen):
//   dist/bookmarklet.js       one self-contained classic script: the no-modules glue, the .wasm
//                             inlined (deflated, base64url), www/highlighter.js and www/bookmarklet.js
//   dist/bookmarklet.url.txt  the same as a `javascript:` URL, for the page's drag-me link
// A bookmarklet runs inside someone else's page, so it must not fetch anything (the page's
// policy decides what may be fetched, and the file might not be reachable from there anyway).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { deflateRawSync } from "node:zlib";

const root = new URL("..", import.meta.url);
const read = (path) => readFileSync(new URL(path, root), "utf8");

/**
 * The ES module source `path` as plain declarations for the shared IIFE scope: its imports of
 * sibling files (bundled alongside) and its `export` keywords go. Refuses anything else that
 * would make the result differ from the module.
 */
export function asClassicScript(source, path) {
  const code = source
    .replace(/^import\s*\{[^}]*\}\s*from\s*"\.\/[\w-]+\.js";[ \t]*$/gm, "")
    .replace(/^export\s+(?=(?:async\s+)?function\b|class\b|const\b|let\b)/gm, "");
  const left = /^\s*(?:import|export)\b.*$/m.exec(code);
  if (left) throw new Error(`${path}: cannot bundle \`${left[0].trim()}\`; use one-line sibling imports and exported declarations`);
  if (/\bimport\.meta\b/.test(code)) throw new Error(`${path}: import.meta has no meaning in a classic script`);
  return code;
}

export function buildBookmarklet() {
  const glue = read("pkg/no-modules/article_highlighter.js");
  // Bookmark URLs have length limits, so the .wasm goes in deflated, as base64url: that
  // alphabet needs no percent-escaping in the URL, where +, / and = would take three
  // characters each. DecompressionStream inflates it (every browser with CSS.highlights has it).
  const wasm = deflateRawSync(readFileSync(new URL("pkg/no-modules/article_highlighter_bg.wasm", root)), { level: 9 });
  const highlighter = asClassicScript(read("www/highlighter.js"), "www/highlighter.js");
  const bookmarklet = asClassicScript(read("www/bookmarklet.js"), "www/bookmarklet.js");
  // The IIFE keeps every name off the page's globals, and its value is undefined: a
  // `javascript:` URL whose script yields a value would replace the page with that value.
  return `(() => {
"use strict";
${highlighter}
${bookmarklet}
toggle(async () => {
${glue}
const deflated = Uint8Array.from(atob("${wasm.toString("base64url")}".replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
const inflated = new Blob([deflated]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
await wasm_bindgen({ module_or_path: await new Response(inflated).arrayBuffer() });
return wasm_bindgen.analyze;
});
})();
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const script = buildBookmarklet();
  // Two bundled files declaring the same name would only fail in the browser; fail here.
  new Script(script, { filename: "dist/bookmarklet.js" });
  const url = `javascript:${encodeURIComponent(script)}`;
  mkdirSync(new URL("dist/", root), { recursive: true });
  writeFileSync(new URL("dist/bookmarklet.js", root), script);
  writeFileSync(new URL("dist/bookmarklet.url.txt", root), url);
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`bookmarklet: dist/bookmarklet.js ${kb(Buffer.byteLength(script))}, javascript: URL ${url.length} characters`);
}
