// `npm run build`: Rust → wasm32 → wasm-bindgen glue (an ES module for the package and the
// page) → wasm-opt → the bookmarklet (scripts/bookmarklet.mjs makes its own engine build) →
// the pages' scripts minified into dist/site/ (served by scripts/serve.mjs).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
const crate = "article_highlighter";
const wasm = `target/wasm32-unknown-unknown/release/${crate}.wasm`;

const lock = readFileSync(new URL("../Cargo.lock", import.meta.url), "utf8");
const pinned = /name = "wasm-bindgen"\nversion = "([^"]+)"/.exec(lock)?.[1];
let installed = "";
try {
  installed = execFileSync("wasm-bindgen", ["--version"], { encoding: "utf8" }).trim();
} catch {
  // reported below
}
if (installed !== `wasm-bindgen ${pinned}`) {
  console.error(`wasm-bindgen CLI ${pinned} is needed (found: ${installed || "none"}).`);
  console.error(`Install it with: cargo install wasm-bindgen-cli --version ${pinned} --force`);
  process.exit(1);
}

run("cargo", ["build", "--release", "--lib", "--target", "wasm32-unknown-unknown"]);
rmSync(new URL("../pkg", import.meta.url), { recursive: true, force: true });
run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", "pkg/web", wasm]);

// After a trap the instance must be replaced (js/guard.mjs), but the generated glue keeps
// its instance in a module-level `let` that only initSync sets, once. This export lets the
// package drop it; the check fails the build if a new wasm-bindgen renames the variable.
const glue = new URL("../pkg/web/article_highlighter.js", import.meta.url);
const source = readFileSync(glue, "utf8");
if (!/^let wasmModule, wasmInstance, wasm;$/m.test(source)) {
  console.error("pkg/web glue changed shape: update the __resetInstance hook in scripts/build.mjs");
  process.exit(1);
}
writeFileSync(
  glue,
  source +
    "\n/** Drops the current instance so that initSync makes a fresh one (used after a trap). */\n" +
    "export function __resetInstance() { wasm = undefined; wasmInstance = undefined; }\n",
);

const wasmOpt = new URL("../node_modules/.bin/wasm-opt", import.meta.url);
if (process.env.NO_WASM_OPT !== "1" && existsSync(wasmOpt)) {
  const file = `pkg/web/${crate}_bg.wasm`;
  // -Oz plus: the low 1 KB of memory is never used (Rust's data and stack lie above it), so
  // constant offsets fold into loads and stores; and the producers and target-features custom
  // sections are dropped. Together 0.9 KB gzipped. --converge, -O3/-O4, --gufa or a second
  // -Oz gain nothing; opt-level "z" in Cargo.toml would save 10 KB gzipped but makes
  // analysis about 2.3 times slower (measured with the same wasm-opt flags).
  run(fileURLToPath(wasmOpt), ["-Oz", "--low-memory-unused", "--strip-debug", "--strip-producers", "--strip-target-features", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue", file, "-o", file]);
}

run(process.execPath, ["scripts/bookmarklet.mjs"]);

// The scripts the pages load, minified by esbuild into dist/site/ under the same paths
// (dist/site/www/page.js for www/page.js). scripts/serve.mjs serves these copies in place of
// the sources, so `npm start` and the browser tests run what a deployment would; www/ and js/
// stay the readable sources. Each file stays its own module with its own imports and exports
// (no bundling), so the modulepreload tags, the service worker's list and the bookmarklets'
// use of the same files are unchanged. About 27 KB → 14 KB gzipped for the main page.
rmSync(join(root, "dist/site"), { recursive: true, force: true });
const esbuild = await import("esbuild").catch(() => null);
if (esbuild === null) {
  console.warn("esbuild is not installed (npm ci): the pages' scripts are served unminified");
} else {
  const { pageDownloads, serviceWorkerFiles } = await import("./size.mjs");
  const scripts = new Set(
    [...pageDownloads("www/index.html"), ...pageDownloads("www/relay.html"), ...serviceWorkerFiles()].filter(
      (f) => /\.m?js$/.test(f) && !f.startsWith("dist/"),
    ),
  );
  let before = 0;
  let after = 0;
  for (const file of scripts) {
    const source = readFileSync(join(root, file), "utf8");
    // The service worker is a classic script: its top-level names are left alone.
    const module = file !== "www/sw.js";
    const { code } = esbuild.transformSync(source, { loader: "js", minify: true, format: module ? "esm" : undefined, sourcefile: file });
    const out = join(root, "dist/site", file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, code);
    before += source.length;
    after += code.length;
  }
  console.log(`minified ${scripts.size} scripts into dist/site/: ${(before / 1024).toFixed(1)} KB → ${(after / 1024).toFixed(1)} KB`);
}
