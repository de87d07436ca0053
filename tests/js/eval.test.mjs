// scripts/eval.mjs: its UTF-16 → code-point conversion, and a run on a small invented gold set
// whose text puts astral characters before every span, where a conversion slip would show.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { codePointOffsets } from "../../scripts/eval.mjs";

const EVAL = fileURLToPath(new URL("../../scripts/eval.mjs", import.meta.url));

test("codePointOffsets counts a surrogate pair once and a lone surrogate once", () => {
  const text = "a😀b\uD800c\uDC00d🇺🇳";
  const got = codePointOffsets(text, [0, 1, 3, 4, 5, 6, 7, 8, 12]);
  assert.deepEqual([...got], [[0, 0], [1, 1], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6], [8, 7], [12, 9]]);
  assert.equal([...text].length, 9);
});

test("codePointOffsets rejects an offset inside a surrogate pair", () => {
  assert.throws(() => codePointOffsets("a😀b", [2]), /inside a surrogate pair/);
});

// The scorer lives beside the repository (../shared/eval), not in it: a clone elsewhere skips.
const SCORER = fileURLToPath(new URL("../../../shared/eval/score.py", import.meta.url));
const noScorer = existsSync(SCORER) ? false : `no scorer at ${SCORER}`;

test("eval writes code-point predictions the scorer accepts", { skip: noScorer }, (t) => {
  const dir = mkdtempSync(join(tmpdir(), "ah-eval-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const gold = join(dir, "gold");
  const out = join(dir, "out");
  mkdirSync(join(gold, "nested"), { recursive: true });

  const text = "😀🇺🇳 “We stay,” said Kim in Gaza City, where 2,500 waited. 𝒳 “Fine,” Ruiz added.";
  const chars = [...text];
  const at = (s) => {
    const unit = text.indexOf(s);
    return [...text.slice(0, unit)].length;
  };
  const span = (kind, s, extra) => ({ kind, start: at(s), end: at(s) + [...s].length, text: s, ...extra });
  const doc = {
    id: "invented-astral",
    text,
    annotated: ["quote", "number", "name"],
    spans: [
      span("quote", "We stay,", { speaker: "Kim" }),
      span("name", "Kim", { type: "person" }),
      span("name", "Gaza City", { type: "place" }),
      span("number", "2,500", { value: 2500 }),
      span("quote", "Fine,", { speaker: "Ruiz" }),
      span("name", "Ruiz", { type: "person" }),
    ],
  };
  for (const s of doc.spans) assert.equal(chars.slice(s.start, s.end).join(""), s.text, "the gold itself is right");
  writeFileSync(join(gold, "nested", "astral.json"), JSON.stringify(doc));
  // A file holding a list of documents is a valid gold file too.
  writeFileSync(join(gold, "list.json"), JSON.stringify([{ ...doc, id: "invented-list" }]));

  const r = spawnSync(process.execPath, [EVAL, gold, "--out", out, "--json"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(summary).sort(), ["name", "number", "quote"]);
  assert.doesNotMatch(r.stderr, /offset bug/, "the scorer found the predicted text at the predicted offsets");

  const pred = JSON.parse(readFileSync(join(out, "nested", "astral.json"), "utf8"));
  assert.equal(pred.id, doc.id);
  for (const s of pred.spans) {
    assert.equal(chars.slice(s.start, s.end).join(""), s.text, `code-point offsets of ${JSON.stringify(s)}`);
    assert.ok(["quote", "number", "name"].includes(s.kind));
  }
  const list = JSON.parse(readFileSync(join(out, "list.json"), "utf8"));
  assert.ok(Array.isArray(list) && list[0].id === "invented-list");
});

test("eval refuses to empty a directory it did not make", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "ah-eval-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const keep = join(dir, "precious.txt");
  writeFileSync(keep, "not a prediction");
  const gold = join(dir, "gold.json");
  writeFileSync(gold, JSON.stringify({ id: "x", text: "Kim paid 40.", annotated: ["number"], spans: [] }));
  const r = spawnSync(process.execPath, [EVAL, gold, "--out", dir], { encoding: "utf8" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /not empty and was not made by this script/);
  assert.ok(existsSync(keep));
});

test("eval rejects an unknown option", () => {
  const r = spawnSync(process.execPath, [EVAL, "--bogus"], { encoding: "utf8" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown option --bogus/);
});
