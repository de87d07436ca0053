// The published package, as a consumer gets it: `npm pack`, install the tarball into an empty
// project, then import it by name and run its command. Catches what the repo hides: files
// missing from "files", a wrong "exports" path, a bin without its shebang or mode.
// Needs a build (pkg/web) first, as `npm test` does; installing a local tarball with no
// dependencies needs no network.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "article-highlighter";

const root = fileURLToPath(new URL("../..", import.meta.url));
const TEXT = "“We must act now,” Guterres said, as 10,000 people fled Gaza City. 😀 “Yes,” said Kim.";

const env = { ...process.env };
for (const key of ["NO_COLOR", "FORCE_COLOR", "NODE_TEST_CONTEXT"]) delete env[key];
// stderr is piped too: npm's notices stay out of the test report, and land in the error on failure.
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: "utf8", env, stdio: "pipe", ...opts });

test("the packed tarball installs and works in an empty project", async (t) => {
  assert.ok(existsSync(join(root, "pkg/web/article_highlighter_bg.wasm")), "pkg/web is built (run `npm run build` first)");

  const dir = mkdtempSync(join(tmpdir(), "ah-pack-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], { cwd: root }));
  const files = packed.files.map((f) => f.path);
  for (const wanted of [
    "package.json",
    "js/node.mjs",
    "js/browser.mjs",
    "js/index.d.ts",
    "bin/article-highlighter.mjs",
    "pkg/web/article_highlighter.js",
    "pkg/web/article_highlighter_bg.wasm",
  ]) {
    assert.ok(files.includes(wanted), `tarball has ${wanted}`);
  }
  const leaked = files.filter((f) => /^(src|target|tests|scripts|www|data|node_modules|pkg\/no-modules)\//.test(f) || f.endsWith(".rs"));
  assert.deepEqual(leaked, [], "tarball ships only the package");

  const app = join(dir, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", join(dir, packed.filename)], { cwd: app });

  const expected = analyze(TEXT);
  await t.test("ESM import by name", () => {
    const script = 'import { analyze } from "article-highlighter"; process.stdout.write(JSON.stringify(analyze(process.argv[1])));';
    const out = run(process.execPath, ["--input-type=module", "-e", script, TEXT], { cwd: app });
    assert.deepEqual(JSON.parse(out), expected);
  });

  await t.test("require() by name (require of ES modules)", { skip: !process.features.require_module && "this Node cannot require() ES modules" }, () => {
    const script = 'process.stdout.write(JSON.stringify(require("article-highlighter").analyze(process.argv[1])));';
    const out = run(process.execPath, ["-e", script, TEXT], { cwd: app });
    assert.deepEqual(JSON.parse(out), expected);
  });

  // "--" keeps npx from taking --json as its own option.
  await t.test("npx article-highlighter --json", () => {
    const out = run("npx", ["--no", "--", "article-highlighter", "--json", "-"], { cwd: app, input: TEXT });
    assert.deepEqual(JSON.parse(out), expected);
  });

  await t.test("npx article-highlighter prints the text unchanged when piped", () => {
    const out = run("npx", ["--no", "--", "article-highlighter", "-"], { cwd: app, input: TEXT });
    assert.equal(out, TEXT);
  });
});
