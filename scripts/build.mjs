// `npm run build`: Rust → wasm32 → wasm-bindgen glue (ES module for the package and page,
// classic script for the bookmarklet) → wasm-opt → bookmarklet.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
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
run("wasm-bindgen", ["--target", "no-modules", "--no-typescript", "--out-dir", "pkg/no-modules", wasm]);

const wasmOpt = new URL("../node_modules/.bin/wasm-opt", import.meta.url);
if (process.env.NO_WASM_OPT !== "1" && existsSync(wasmOpt)) {
  for (const target of ["web", "no-modules"]) {
    const file = `pkg/${target}/${crate}_bg.wasm`;
    run(fileURLToPath(wasmOpt), ["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue", file, "-o", file]);
  }
}

run(process.execPath, ["scripts/bookmarklet.mjs"]);
