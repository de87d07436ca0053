// Builds the bookmarklet (run by `npm run build`, after cargo):
//   dist/bookmarklet.js       one self-contained classic script: Readability, www/highlighter.js,
//                             www/panel.js, www/article.js, www/onpage.js, www/engine.js,
//                             www/bookmarklet.js,
//                             the engine as WebAssembly (deflated, base64url) and the same
//                             module translated to JavaScript by wasm2js
//   dist/bookmarklet.url.txt  the same as a `javascript:` URL, for the page's drag-me link
//   dist/bookmarklet-lite.js, dist/bookmarklet-lite.url.txt
//                             the small bookmarklet (www/bookmarklet-lite.js), minified, for
//                             Firefox: it opens www/relay.html, which does the work
//   dist/readability.js       Readability, for relay.html
// A bookmarklet runs inside someone else's page, so it must not fetch anything: the page's
// Content Security Policy decides what may be fetched or evaluated, and our server need not be
// reachable from there. Everything the script needs is in it. docs/bookmarklet.md says why
// this is one long bookmark and what that means for Firefox.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { deflateRawSync } from "node:zlib";
import { wasmDataSegments } from "../www/engine.js";

const root = new URL("..", import.meta.url);
const read = (path) => readFileSync(new URL(path, root), "utf8");
const crate = "article_highlighter";

// Chromium keeps bookmarks up to this many characters (url::kMaxURLChars); the build fails
// above it rather than ship a bookmark that silently cannot be saved.
export const CHROMIUM_URL_LIMIT = 2 * 1024 * 1024;
// Firefox's limit (DB_URL_LENGTH_MAX in Places), for the small bookmarklet.
export const FIREFOX_URL_LIMIT = 65_536;
// The small bookmarklet's script ends in a call with this string; the page offering the link
// replaces it (as it appears in the URL: %22AH_RELAY_URL%22) with the URL of its relay.html,
// and the build leaves this much room for that URL under Firefox's limit.
export const RELAY_SLOT = "AH_RELAY_URL";
const RELAY_URL_ROOM = 2048;

/**
 * The ES module source `path` as plain declarations for the shared IIFE scope: its imports of
 * sibling files and of js/*.mjs (bundled alongside) and its `export` keywords go. Refuses anything else that
 * would make the result differ from the module.
 */
export function asClassicScript(source, path) {
  const code = source
    .replace(/^import\s*\{[^}]*\}\s*from\s*"(?:\.\/[\w-]+\.js|\.\.\/js\/[\w-]+\.mjs)";[ \t]*$/gm, "")
    .replace(/^export\s+(?=(?:async\s+)?function\b|class\b|const\b|let\b)/gm, "");
  const left = /^\s*(?:import|export)\b.*$/m.exec(code);
  if (left) throw new Error(`${path}: cannot bundle \`${left[0].trim()}\`; use one-line sibling imports and exported declarations`);
  if (/\bimport\.meta\b/.test(code)) throw new Error(`${path}: import.meta has no meaning in a classic script`);
  return code;
}

// The www/ modules `names` as one classic script's worth of declarations. A sibling that one
// of them imports but the list leaves out would only fail in the browser, at the first call.
function bundle(names) {
  for (const name of names) {
    for (const [, sibling] of read(`www/${name}.js`).matchAll(/^import\s*\{[^}]*\}\s*from\s*"\.\/([\w-]+)\.js";/gm)) {
      if (!names.includes(sibling)) throw new Error(`www/${name}.js imports ./${sibling}.js, which is not bundled`);
    }
  }
  return names.map((name) => asClassicScript(read(`www/${name}.js`), `www/${name}.js`)).join("\n");
}

/**
 * The `javascript:` URL of a script. Only what a browser would change or drop is escaped: `%`
 * (the URL is percent-decoded before it runs), line breaks and tabs (the URL parser strips
 * them), `#` (it would start a fragment), space, `"`, `'`, `<`, `>` and backtick (Chromium
 * escapes them when it parses a link; the quotes once a `?` has started the query) and anything
 * outside printable ASCII. encodeURIComponent (which keeps `'`) would escape far more and make
 * the bookmark about a quarter longer.
 */
export function bookmarkletUrl(script) {
  return `javascript:${script.replace(/[^\x21-\x7e]|[%#"'<>`]/gu, (c) => (c === "'" ? "%27" : encodeURIComponent(c)))}`;
}

// The sections of a WebAssembly binary, as [id, payload start, payload end].
function* sections(bytes) {
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at++];
    const [size, next] = leb(bytes, at);
    yield [id, next, next + size];
    at = next + size;
  }
}

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

/**
 * The module with the given target features marked as not used. wasm-bindgen reads that
 * section to choose its output: without `reference-types` it keeps JS values in a JS array
 * instead of an externref table, and without `multivalue` it returns results through memory.
 * Only that output can go through wasm2js (it supports neither), and the bookmarklet runs the
 * same module both ways.
 */
function withoutFeatures(input, features) {
  const bytes = Buffer.from(input);
  for (const [id, start, end] of sections(bytes)) {
    if (id !== 0) continue;
    let [length, at] = leb(bytes, start);
    if (bytes.toString("latin1", at, at + length) !== "target_features") continue;
    at += length;
    let count;
    [count, at] = leb(bytes, at);
    for (let i = 0; i < count && at < end; i++) {
      const prefix = at;
      [length, at] = leb(bytes, at + 1);
      if (features.includes(bytes.toString("latin1", at, at + length))) bytes[prefix] = 0x2d; // "-"
      at += length;
    }
  }
  return bytes;
}

/**
 * wasm2js output turned into one function declaration, `ahEngineInJs(imports, segments)`,
 * that returns the exports of a fresh instance. Its data segments are dropped: the bookmarklet
 * carries them once, inside the WebAssembly binary, and hands them over at run time; the build
 * checks that they are the binary's segments byte for byte.
 */
export function engineInJs(source, wasm) {
  // The segments as the bookmarklet reads them at run time: if that reader ever misread the
  // binary, they would not match wasm2js's byte for byte.
  const expected = wasmDataSegments(wasm);
  const found = [...source.matchAll(/base64DecodeToExistingUint8Array\(bufferView, (\d+), "([^"]*)"\);/g)];
  const same =
    found.length === expected.length &&
    found.every((m, i) => Number(m[1]) === expected[i][0] && Buffer.from(m[2], "base64").equals(expected[i][1]));
  if (!same) throw new Error("wasm2js data segments differ from the module's: the bookmarklet cannot share them");

  // Imports that take an i64 get it as two i32 halves (low, high) from wasm2js; the glue
  // expects one BigInt. Results and exports with i64 would need more than this.
  if (/\blegalstub\$|getTempRet0|setTempRet0/.test(source)) throw new Error("wasm2js output passes i64 values in a way the bookmarklet does not adapt");
  const start = source.indexOf("\n", source.lastIndexOf("\nimport ") + 1) + 1;
  const end = source.indexOf("\nvar retasmFunc = asmFunc(");
  if (start <= 0 || end < 0) throw new Error("wasm2js output changed shape: update engineInJs in scripts/bookmarklet.mjs");
  let body = source.slice(start, end);
  const segmentsInit = /^function initActiveSegments\(imports\) \{\n[\s\S]*?\n\}\n/m;
  if (!segmentsInit.test(body)) throw new Error("wasm2js data segment setup changed shape: update engineInJs in scripts/bookmarklet.mjs");
  body = body.replace(segmentsInit, "function initActiveSegments() {\n for (const [offset, bytes] of segments) bufferView.set(bytes, offset);\n}\n");
  body = body.replace(/^(\s*var legalimport\$\w+ = )([^;]+);$/gm, (_, left, target) => `${left}i64Halves(${target});`);
  // WebAssembly.Memory.grow detaches the old buffer, and the glue relies on that to notice
  // that its views are stale; wasm2js copies into a new buffer and leaves the old one be, so
  // the glue would go on reading strings from the old memory. Detach it the same way.
  const grow = /^(\s*)newHEAP8\.set\(HEAP8\);$/m;
  if (!grow.test(body)) throw new Error("wasm2js memory.grow changed shape: update engineInJs in scripts/bookmarklet.mjs");
  body = body.replace(grow, "$1newHEAP8.set(HEAP8);\n$1structuredClone(buffer, { transfer: [buffer] });");
  if (body.includes("`")) throw new Error("wasm2js output has template literals: whitespace cannot be stripped safely");
  body = compactLines(body.split("\n"));
  return `function ahEngineInJs(imports, segments) {
const i64Halves = (f) => (...args) => {
const joined = [];
for (let i = 0; i < args.length; i += 2) joined.push(BigInt.asIntN(64, (BigInt(args[i + 1] | 0) << 32n) | BigInt(args[i] >>> 0)));
return f(...joined);
};
${body}
return asmFunc(imports);
}`;
}

// Every space and line break costs three characters in the URL, and wasm2js output has
// plenty. It has no template literals, regular expressions or multi-line strings, and its
// strings and comments are on lines that hold a quote or a slash, which are left as they are.
// Elsewhere a space goes unless the characters beside it would merge into another token
// (`var x`, `a + +b`, `a - --b`, `a < !--b`, `1 .x`), and a line is joined to the one before
// when that ends a statement or block: the only line breaks that could matter there
// (restricted productions such as `return` and postfix `++`) follow other characters, and a
// line starting with ( [ + - / or a backtick is never joined.
function compactLines(lines) {
  const word = /[\w$]/;
  const squeeze = (line) => {
    if (/["'/]/.test(line)) return line;
    let out = "";
    for (let i = 0; i < line.length; i++) {
      if (line[i] !== " ") {
        out += line[i];
        continue;
      }
      while (line[i + 1] === " ") i++;
      const left = out.at(-1) ?? "";
      const right = line[i + 1] ?? "";
      const merges =
        (word.test(left) && word.test(right)) ||
        (left === "+" && right === "+") ||
        (left === "-" && right === "-") ||
        (left === "<" && right === "!") ||
        (/\d/.test(left) && right === ".");
      if (merges) out += " ";
    }
    return out;
  };
  const out = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "" || line.startsWith("//")) continue;
    const compact = squeeze(line);
    const previous = out.at(-1);
    if (previous !== undefined && /[;{}:]$/.test(previous) && !previous.includes("/") && !/^[([+\-/`]/.test(compact)) {
      out[out.length - 1] = previous + compact;
    } else {
      out.push(compact);
    }
  }
  return out.join("\n");
}

function checkImports(wasm) {
  // Which imports take i64 parameters decides how i64Halves splits them: all of them must be
  // i64, or the argument pairs would not line up. Read the type and import sections to check.
  const types = [];
  const imports = [];
  for (const [id, start] of sections(wasm)) {
    if (id === 1) {
      let [count, at] = leb(wasm, start);
      for (let i = 0; i < count; i++) {
        at++; // 0x60
        let n;
        [n, at] = leb(wasm, at);
        const params = [...wasm.subarray(at, at + n)];
        at += n;
        [n, at] = leb(wasm, at);
        const results = [...wasm.subarray(at, at + n)];
        at += n;
        types.push({ params, results });
      }
    } else if (id === 2) {
      let [count, at] = leb(wasm, start);
      for (let i = 0; i < count; i++) {
        const name = [];
        for (let part = 0; part < 2; part++) {
          let n;
          [n, at] = leb(wasm, at);
          name.push(wasm.toString("utf8", at, at + n));
          at += n;
        }
        const kind = wasm[at++];
        if (kind !== 0) throw new Error(`import ${name.join(".")}: only function imports are expected`);
        let type;
        [type, at] = leb(wasm, at);
        imports.push({ module: name[0], name: name[1], ...types[type] });
      }
    }
  }
  const I64 = 0x7e;
  for (const f of imports) {
    if (f.results.includes(I64)) throw new Error(`import ${f.name} returns an i64, which the JavaScript build does not adapt`);
    if (f.params.includes(I64) && !f.params.every((p) => p === I64)) throw new Error(`import ${f.name} mixes i64 with other parameters`);
    if (f.module === "__wbindgen_externref_xform__" && f.name !== "__wbindgen_externref_statics_end") throw new Error(`unexpected externref intrinsic ${f.name}`);
  }
}

/**
 * The glue as a function of the `WebAssembly` it should use, so the same glue drives either
 * the real WebAssembly or the JavaScript build. The one import wasm-bindgen leaves to a Node
 * `require` (the end of the fixed JS value slots, which the crate asks for because it was
 * compiled for externref tables) is answered from the glue's own constant.
 */
export function glueFactory(glue) {
  const fixed = /if \(idx < (\d+)\) return;/.exec(glue);
  const required = 'const import1 = require("__wbindgen_externref_xform__");';
  if (!fixed || !glue.includes(required)) throw new Error("no-modules glue changed shape: update glueFactory in scripts/bookmarklet.mjs");
  const patched = glue.replace(required, `const import1 = { __wbindgen_externref_statics_end: () => ${fixed[1]} };`);
  return `(WebAssembly) => {\n${patched}\nreturn wasm_bindgen;\n}`;
}

/** Runs wasm-bindgen, wasm-opt and wasm2js for the bookmarklet's copy of the engine. */
export function buildEngine({ optimize = process.env.NO_WASM_OPT !== "1" } = {}) {
  const work = new URL("target/bookmarklet/", root);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const bin = (name) => fileURLToPath(new URL(`node_modules/.bin/${name}`, root));
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: fileURLToPath(root), stdio: ["ignore", "ignore", "inherit"] });
  const raw = readFileSync(new URL(`target/wasm32-unknown-unknown/release/${crate}.wasm`, root));
  const input = fileURLToPath(new URL(`${crate}.wasm`, work));
  writeFileSync(input, withoutFeatures(raw, ["reference-types", "multivalue"]));
  const out = fileURLToPath(new URL("bindgen", work));
  run("wasm-bindgen", ["--target", "no-modules", "--no-typescript", "--out-dir", out, input]);
  const wasmFile = `${out}/${crate}_bg.wasm`;
  const features = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals"];
  if (optimize) run(bin("wasm-opt"), ["-Oz", ...features, wasmFile, "-o", wasmFile]);
  const jsFile = `${out}/engine.js`;
  run(bin("wasm2js"), [wasmFile, ...features, ...(optimize ? ["-Oz"] : []), "-o", jsFile]);
  const wasm = readFileSync(wasmFile);
  checkImports(wasm);
  return {
    glue: readFileSync(`${out}/${crate}.js`, "utf8"),
    wasm,
    js: readFileSync(jsFile, "utf8"),
  };
}

/** The engine of the last build, from target/bookmarklet/ (no rebuild). */
export function lastEngine() {
  const out = new URL("target/bookmarklet/bindgen/", root);
  return {
    glue: readFileSync(new URL(`${crate}.js`, out), "utf8"),
    wasm: readFileSync(new URL(`${crate}_bg.wasm`, out)),
    js: readFileSync(new URL("engine.js", out), "utf8"),
  };
}

export function buildBookmarklet(engine = buildEngine()) {
  const readability = read("node_modules/@mozilla/readability/Readability.js");
  // js/spans.mjs turns the engine's flat output into span objects, as in the npm package.
  const modules = [asClassicScript(read("js/spans.mjs"), "js/spans.mjs"), bundle(["highlighter", "panel", "article", "onpage", "engine", "bookmarklet"])].join("\n");
  // base64url: no character of it is escaped in any URL, whoever encodes the bookmark.
  const wasm = deflateRawSync(engine.wasm, { level: 9 }).toString("base64url");
  // The IIFE keeps every name off the page's globals, and its value is undefined: a
  // `javascript:` URL whose script yields a value would replace the page with that value.
  // Readability.js is a classic script already; its CommonJS export line sees no `module`.
  return `(() => {
"use strict";
${readability}
${modules}
${engineInJs(engine.js, engine.wasm)}
toggle(() => loadEngine("${wasm}", ${glueFactory(engine.glue)}, ahEngineInJs));
})();
`;
}

/**
 * The small bookmarklet: www/bookmarklet-lite.js and the sibling modules it uses, as one
 * minified classic script calling `toggleLite(relayUrl)`; `relayUrl` stays the RELAY_SLOT
 * string unless given.
 */
export async function buildLiteBookmarklet(relayUrl = RELAY_SLOT) {
  const modules = bundle(["highlighter", "article", "onpage", "bookmarklet-lite"]);
  return `${await minify(`(() => {\n"use strict";\n${modules}\ntoggleLite(${JSON.stringify(relayUrl)});\n})();`)}\n`;
}

/**
 * The script without comments and without the white space that separates no tokens. The
 * tokens come from TypeScript's parser (so regular expressions, template literals and strings
 * are kept whole) and are written out unchanged; a space goes between two that would merge,
 * and a line break stays after `return`, `throw`, `break`, `continue` and `yield` and before
 * `++`/`--`, where a line break changes the meaning. The result must parse to the same tree
 * as the input, or the build fails.
 */
export async function minify(source) {
  const { default: ts } = await import("typescript");
  const parse = (text) => ts.createSourceFile("script.js", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const file = parse(source);
  const tokens = [];
  const walk = (node) => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(file);
    if (children.length > 0) return children.forEach(walk);
    const start = node.getStart(file);
    if (node.end > start) tokens.push({ text: source.slice(start, node.end), broken: /[\n\r\u2028\u2029]/.test(source.slice(node.pos, start)) });
  };
  walk(file);
  const word = /[\w$\\\u0080-\uffff]/;
  const restricted = new Set(["return", "throw", "break", "continue", "yield"]);
  let out = "";
  let previous = "";
  for (const { text, broken } of tokens) {
    const left = out.at(-1) ?? "";
    const right = text[0];
    if (broken && (restricted.has(previous) || text === "++" || text === "--")) out += "\n";
    else if (
      (word.test(left) && word.test(right)) ||
      ((left === "+" || left === "-") && right === left) ||
      (left === "/" && (right === "/" || right === "*")) ||
      (left === "<" && right === "!") ||
      (/\d/.test(left) && right === ".")
    ) {
      out += " ";
    }
    out += text;
    previous = text;
  }
  // The tree, written as node kinds, operators and the text of names and literals.
  const shape = (root) => {
    const parts = [];
    const visit = (node) => {
      parts.push(node.kind, node.operator ?? "", node !== root && typeof node.text === "string" ? JSON.stringify(node.text) : "", "(");
      ts.forEachChild(node, visit);
      parts.push(")");
    };
    visit(root);
    return parts.join(" ");
  };
  if (shape(parse(out)) !== shape(file)) throw new Error("minify: the minified script parses differently");
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(new URL(`target/wasm32-unknown-unknown/release/${crate}.wasm`, root))) {
    console.error("bookmarklet: build the crate first (npm run build)");
    process.exit(1);
  }
  // --reuse-engine: only the www/ files changed since the last build, so skip the ~30 s of
  // wasm-bindgen, wasm-opt and wasm2js.
  const script = buildBookmarklet(process.argv.includes("--reuse-engine") ? lastEngine() : buildEngine());
  // Two bundled files declaring the same name would only fail in the browser; fail here.
  new Script(script, { filename: "dist/bookmarklet.js" });
  const url = bookmarkletUrl(script);
  if (url.length > CHROMIUM_URL_LIMIT) {
    console.error(`bookmarklet: ${url.length} characters, over Chromium's ${CHROMIUM_URL_LIMIT}`);
    process.exit(1);
  }
  mkdirSync(new URL("dist/", root), { recursive: true });
  writeFileSync(new URL("dist/bookmarklet.js", root), script);
  writeFileSync(new URL("dist/bookmarklet.url.txt", root), url);
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`bookmarklet: dist/bookmarklet.js ${kb(Buffer.byteLength(script))}, javascript: URL ${url.length} characters`);

  const lite = await buildLiteBookmarklet();
  new Script(lite, { filename: "dist/bookmarklet-lite.js" });
  const liteUrl = bookmarkletUrl(lite);
  if (!liteUrl.includes(encodeURIComponent(JSON.stringify(RELAY_SLOT)))) throw new Error("the small bookmarklet's URL lost its relay slot");
  if (liteUrl.length + RELAY_URL_ROOM > FIREFOX_URL_LIMIT) {
    console.error(`bookmarklet-lite: ${liteUrl.length} characters, too close to Firefox's ${FIREFOX_URL_LIMIT}`);
    process.exit(1);
  }
  writeFileSync(new URL("dist/bookmarklet-lite.js", root), lite);
  writeFileSync(new URL("dist/bookmarklet-lite.url.txt", root), liteUrl);
  writeFileSync(new URL("dist/readability.js", root), read("node_modules/@mozilla/readability/Readability.js"));
  console.log(`bookmarklet-lite: dist/bookmarklet-lite.js ${kb(Buffer.byteLength(lite))}, javascript: URL ${liteUrl.length} characters`);
}
