// `npm run bench`: throughput of analyze() on article-like text, through the Node entry as
// users call it (string marshalling and span objects included). Prints only; never asserts.
//
// The text is the project's own invented paragraphs (bench/corpus.txt) reshuffled and repeated
// up to each size, so every size has the same mix and a flat ns/byte means linear cost.
// A second table runs texts built to defeat the detectors' shortcuts (unpaired quote marks,
// all capitals, digit runs), where a super-linear path would show as a rising ns/byte.
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { analyze } from "../js/node.mjs";

const MB = 1e6;
const corpusUrl = new URL("../bench/corpus.txt", import.meta.url);
const paragraphs = readFileSync(corpusUrl, "utf8")
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);

// Fixed seed: every run of the bench measures the same text.
function rng(seed) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** Paragraphs in shuffled rounds until the UTF-8 size reaches `bytes`. */
function articleText(bytes) {
  const random = rng(7);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const round = paragraphs.slice();
    for (let i = round.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [round[i], round[j]] = [round[j], round[i]];
    }
    for (const p of round) {
      if (size >= bytes) break;
      parts.push(p);
      size += Buffer.byteLength(p) + 2;
    }
  }
  return parts.join("\n\n");
}

/** `unit` repeated to `bytes` of UTF-8. */
function repeated(unit, bytes) {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

/** Median wall time of analyze(text) over enough runs to fill about `budgetMs`. */
function measure(text, budgetMs = 1000, minRuns = 3, maxRuns = 200) {
  const times = [];
  let spans = 0;
  let spent = 0;
  while (times.length < minRuns || (spent < budgetMs && times.length < maxRuns)) {
    const t0 = performance.now();
    spans = analyze(text).length;
    const dt = performance.now() - t0;
    times.push(dt);
    spent += dt;
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  const bytes = Buffer.byteLength(text);
  return { bytes, runs: times.length, median, min: times[0], spans };
}

function size(bytes) {
  return bytes >= MB ? `${(bytes / MB).toFixed(bytes % MB ? 1 : 0)} MB` : `${Math.round(bytes / 1e3)} KB`;
}

function table(title, rows) {
  const head = ["text", "size", "runs", "median ms", "min ms", "MB/s", "ns/byte", "spans", "spans/KB"];
  const body = rows.map(({ label, r }) => [
    label,
    size(r.bytes),
    String(r.runs),
    r.median.toFixed(2),
    r.min.toFixed(2),
    (r.bytes / MB / (r.median / 1e3)).toFixed(2),
    ((r.median * 1e6) / r.bytes).toFixed(1),
    String(r.spans),
    ((r.spans * 1e3) / r.bytes).toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of body) console.log(line(row));
}

const wasm = readFileSync(new URL("../pkg/web/article_highlighter_bg.wasm", import.meta.url));
console.log(`node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} (${cpus().length} cores)`);
console.log(`wasm ${wasm.length} bytes, ${gzipSync(wasm, { level: 9 }).length} gzipped; built ${statSync(new URL("../pkg/web/article_highlighter_bg.wasm", import.meta.url)).mtime.toISOString()}`);
console.log(`corpus: ${paragraphs.length} invented paragraphs (bench/corpus.txt), shuffled and repeated to each size`);

// Lets the engine's code get compiled by the optimising tier before anything is timed.
const warm = articleText(100e3);
const warmUntil = performance.now() + 1000;
for (let i = 0; i < 5 || performance.now() < warmUntil; i++) analyze(warm);

table(
  "article-like text",
  [10e3, 100e3, 1e6, 10e6].map((bytes) => ({ label: "articles", r: measure(articleText(bytes)) })),
);

const article = articleText(1e6);
table("worst cases, 1 MB each (a rising ns/byte against the articles would mean super-linear work)", [
  { label: "articles (reference)", r: measure(article) },
  { label: "unpaired “ marks", r: measure(repeated("“ word ", 1e6)) },
  { label: "straight \" and '", r: measure(repeated("\"a 'b ", 1e6)) },
  { label: "all capitals", r: measure(article.toUpperCase()) },
  { label: "capitalised words", r: measure(repeated("Aaa Bbb Ccc ", 1e6)) },
  { label: "digits and separators", r: measure(repeated("1,2.3 4-5 6/7 ", 1e6)) },
  { label: "one long line", r: measure(article.replace(/\s+/g, " ")) },
]);

// Peers on the same text, articles analysed one at a time as a reader's tool would:
// compromise (quotations, numbers, people/places/organisations) and wink-nlp (entities).
const { default: nlp } = await import("compromise");
const { default: winkNLP } = await import("wink-nlp");
const { default: winkModel } = await import("wink-eng-lite-web-model");
const wink = winkNLP(winkModel);
const its = wink.its;

// About 5 KB per article: a few paragraphs each, 200 KB in all (compromise is slow).
const articles = [];
for (let i = 0, text = articleText(200e3).split("\n\n"); i < text.length; i += 4) {
  articles.push(text.slice(i, i + 4).join("\n\n"));
}
const totalBytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
const tools = {
  "article-highlighter (wasm)": (a) => analyze(a).length,
  "compromise 14": (a) => {
    const doc = nlp(a);
    return doc.quotations().length + doc.numbers().length + doc.people().length + doc.places().length + doc.organizations().length;
  },
  "wink-nlp 2 (entities)": (a) => wink.readDoc(a).entities().out(its.detail).length,
};
const rows = [];
for (const [name, run] of Object.entries(tools)) {
  for (const a of articles.slice(0, 5)) run(a); // warm-up
  const t0 = performance.now();
  let found = 0;
  for (const a of articles) found += run(a);
  const seconds = (performance.now() - t0) / 1e3;
  rows.push({ name, mbs: totalBytes / MB / seconds, found });
}
const ours = rows[0].mbs;
console.log(`\npeers, ${articles.length} articles of ~${Math.round(totalBytes / articles.length / 1e3)} KB analysed one at a time (${size(totalBytes)})`);
console.log(`${"tool".padEnd(28)}  ${"MB/s".padStart(8)}  ${"ours ×".padStart(8)}  ${"spans".padStart(7)}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(28)}  ${r.mbs.toFixed(3).padStart(8)}  ${(ours / r.mbs).toFixed(1).padStart(8)}  ${String(r.found).padStart(7)}`);
}

// Memory: 10,000 calls on texts of every length from the corpus. WebAssembly memory only
// grows, so a leak would show as growth after the first calls have sized it.
const { initSync } = await import("../pkg/web/article_highlighter.js");
const memory = initSync({ module: wasm }).memory; // the instance js/node.mjs made: initSync returns it
const pages = () => memory.buffer.byteLength / 65536;
const random = rng(11);
const corpusText = articleText(300e3);
const sample = () => {
  const start = Math.floor(random() * (corpusText.length - 20e3));
  return corpusText.slice(start, start + 1 + Math.floor(random() * 20e3));
};
for (let i = 0; i < 100; i++) analyze(sample());
const after100 = pages();
for (let i = 100; i < 1000; i++) analyze(sample());
const after1000 = pages();
for (let i = 1000; i < 10000; i++) analyze(sample());
console.log(`\nwasm memory over 10,000 calls on texts of 1 byte to 20 KB (already grown by the 10 MB runs above): ${after100} pages of 64 KiB after 100 calls, ${after1000} after 1,000, ${pages()} after 10,000`);
