// The command-line tool, run as a user runs it: a child process on a file or on stdin.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "article-highlighter";
import { render, stripAnsi, STYLES, RESET } from "../../bin/render.mjs";

const CLI = fileURLToPath(new URL("../../bin/article-highlighter.mjs", import.meta.url));
const ESC = "\x1b[";

const TEXT =
  "“We must act now,” Guterres said, as 10,000 people fled Gaza City.\n" +
  "Officials in 東京 put the cost at $5bn 😀 — up 30% since 2023.\r\n" +
  "“Quoted Kim,” she added.\n";

const dir = mkdtempSync(join(tmpdir(), "ah-cli-"));
const file = join(dir, "article.txt");
writeFileSync(file, TEXT);
test.after(() => rmSync(dir, { recursive: true, force: true }));

// The child must decide about colour from our flags alone, not from the runner's environment.
function cli(args, { input, env = {} } = {}) {
  const base = { ...process.env };
  for (const key of ["NO_COLOR", "FORCE_COLOR", "NODE_TEST_CONTEXT", "CI"]) delete base[key];
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8", env: { ...base, ...env } });
  assert.equal(r.error, undefined);
  return r;
}

test("--json on a file prints what analyze() returns", () => {
  const r = cli(["--json", file]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), analyze(TEXT));
});

test("--json on stdin prints what analyze() returns", () => {
  const r = cli(["--json", "-"], { input: TEXT });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), analyze(TEXT));
});

test("stdin is read when no FILE is given and stdin is not a terminal", () => {
  const r = cli(["--json"], { input: TEXT });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), analyze(TEXT));
});

test("--json on empty input prints an empty array", () => {
  const r = cli(["--json", "-"], { input: "" });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), []);
});

test("without a terminal the text comes back unchanged, with no escape codes", () => {
  for (const r of [cli([file]), cli(["-"], { input: TEXT })]) {
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, TEXT);
  }
});

test("--color colours the text and only adds escape codes", () => {
  const r = cli(["--color", file]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes(ESC), "has escape codes");
  assert.equal(stripAnsi(r.stdout), TEXT);
  assert.equal(r.stdout, render(TEXT, analyze(TEXT)));
});

test("--color wins over NO_COLOR; --no-color and NO_COLOR turn colour off; the last flag wins", () => {
  assert.ok(cli(["--color", file], { env: { NO_COLOR: "1" } }).stdout.includes(ESC));
  assert.equal(cli(["--no-color", file]).stdout, TEXT);
  assert.equal(cli(["--color", "--no-color", file]).stdout, TEXT);
  assert.ok(cli(["--no-color", "--color", file]).stdout.includes(ESC));
});

// A real terminal, through util-linux `script` (which gives the child a pseudo-terminal).
const hasScript = spawnSync("script", ["--version"]).status === 0;
function onTerminal(args, env = {}) {
  const base = { ...process.env, TERM: "xterm-256color" };
  // CI=true makes Node report a two-colour terminal; this test is about a real one.
  for (const key of ["NO_COLOR", "FORCE_COLOR", "NODE_TEST_CONTEXT", "CI"]) delete base[key];
  const quote = (a) => `'${a.replaceAll("'", "'\\''")}'`;
  const command = [process.execPath, CLI, ...args].map(quote).join(" ");
  const r = spawnSync("script", ["-qec", command, "/dev/null"], {
    encoding: "utf8",
    env: { ...base, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  assert.equal(r.status, 0, r.stderr);
  // The terminal turns each \n into \r\n on the way out.
  return r.stdout.replace(/\r\n/g, "\n");
}

test("on a terminal, colour is on unless NO_COLOR or --no-color says otherwise", { skip: !hasScript && "no `script` command" }, () => {
  const plain = "“Ask now,” she said.\n";
  const f = join(dir, "terminal.txt");
  writeFileSync(f, plain);
  const coloured = onTerminal([f]);
  assert.ok(coloured.includes(ESC), "coloured by default");
  assert.equal(stripAnsi(coloured), plain);
  assert.equal(onTerminal([f], { NO_COLOR: "1" }), plain);
  assert.equal(onTerminal(["--no-color", f]), plain);
});

test("a missing file exits with status 2 and names the file", () => {
  const missing = join(dir, "no-such-article.txt");
  const r = cli([missing]);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /^article-highlighter: cannot read .*no-such-article\.txt: no such file/);
});

test("a directory exits with status 2", () => {
  const r = cli([dir]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /is a directory/);
});

test("a bad flag exits with status 2 and names the flag", () => {
  const r = cli(["--colour", file]);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /unknown option '--colour'/);
  assert.match(r.stderr, /--help/);
});

test("two files exit with status 2", () => {
  const r = cli([file, file]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /expected one FILE/);
});

test("--help and --version", () => {
  const help = cli(["--help"]);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: article-highlighter/);
  assert.match(help.stdout, /--json/);
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  const version = cli(["--version"]);
  assert.equal(version.status, 0);
  assert.equal(version.stdout, `${pkg.version}\n`);
});

// The renderer on hand-made spans, so nesting is tested whatever the detectors find.
const on = (kind) => `${ESC}0;${STYLES[kind]}m`;

test("render: a name inside a quote takes its colour, then the quote's resumes", () => {
  const text = "“Ask Kim now,” she said.";
  const spans = [
    { kind: "quote", start: 1, end: 13 },
    { kind: "name", start: 5, end: 8 },
  ];
  const out = render(text, spans);
  assert.equal(out, `“${on("quote")}Ask ${on("name")}Kim${on("quote")} now,${RESET}” she said.`);
  assert.equal(stripAnsi(out), text);
});

test("render: spans sharing a start, the shorter one is innermost", () => {
  const text = "42 people";
  const out = render(text, [
    { kind: "quote", start: 0, end: 9 },
    { kind: "number", start: 0, end: 2 },
  ]);
  assert.equal(out, `${on("number")}42${on("quote")} people${RESET}`);
});

test("render: partly overlapping spans of different kinds", () => {
  const text = "abcdefgh";
  const out = render(text, [
    { kind: "name", start: 0, end: 5 },
    { kind: "number", start: 3, end: 8 },
  ]);
  assert.equal(out, `${on("name")}abc${on("number")}defgh${RESET}`);
});

test("render: colour is closed before each line break and reopened after", () => {
  const text = "“one\r\ntwo\nthree” x";
  const out = render(text, [{ kind: "quote", start: 1, end: 15 }]);
  const q = on("quote");
  assert.equal(out, `“${q}one${RESET}\r\n${q}two${RESET}\n${q}three${RESET}” x`);
  assert.equal(stripAnsi(out), text);
});

test("render: no spans, no escape codes; unsorted input is fine", () => {
  assert.equal(render("plain text", []), "plain text");
  const text = "Kim paid 40";
  const spans = [
    { kind: "number", start: 9, end: 11 },
    { kind: "name", start: 0, end: 3 },
  ];
  assert.equal(render(text, spans), `${on("name")}Kim${RESET} paid ${on("number")}40${RESET}`);
});

test("render: astral characters and lone surrogates survive", () => {
  const text = "😀 \uD800 Kim 🇺🇳";
  const out = render(text, [{ kind: "name", start: 5, end: 8 }]);
  assert.equal(stripAnsi(out), text);
  assert.ok(out.includes(`${on("name")}Kim${RESET}`));
});
