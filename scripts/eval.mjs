// `npm run eval -- [GOLD] [--out DIR] [--peers] [score.py options]`
//
// Runs the engine on every gold document (eval/FORMAT.md), writes predictions with code-point
// offsets (what the scorer and Python index by), then prints the scorer's table. With --peers,
// the same table follows for each peer tool's stored predictions, for side-by-side reading.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const root = fileURLToPath(new URL("..", import.meta.url));
const evalDir = resolve(root, "../shared/eval");
const scorer = join(evalDir, "score.py");
const PEERS = ["compromise", "spacy", "wink"];
// Marks a directory this script made, so it may be emptied on the next run; any other
// non-empty directory given to --out is left alone.
const MARKER = ".article-highlighter-eval";

const USAGE = `Usage: npm run eval -- [GOLD] [--out DIR] [--peers] [score.py options]

  GOLD          gold directory (searched recursively for *.json) or file
                (default: ../shared/eval/dev, from the repository root)
  --out DIR     where predictions are written (default: eval-out/); emptied first
  --peers       also score each tool in ../shared/eval/peers-dev/ on the same gold
  score.py options, passed through: --by-doc, --diff [DOC_ID], --kinds K, --json, --strict, --quiet
`;

// score.py's options, and whether each takes a value ("optional": --diff may stand alone).
const SCORER_OPTIONS = {
  "--by-doc": "flag",
  "--json": "flag",
  "--strict": "flag",
  "--quiet": "flag",
  "--kinds": "value",
  "--diff": "optional",
};

function usageError(message) {
  process.stderr.write(`eval: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function parse(argv) {
  // npm runs scripts from the repository root, so relative paths given on the command line
  // are read against the caller's directory (INIT_CWD) when npm provides it.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const opts = { gold: undefined, out: undefined, peers: false, scorerArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (name === "-h" || name === "--help") {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (name === "--out") {
      opts.out = inline ?? argv[++i];
      if (!opts.out) usageError("--out needs a directory");
    } else if (name === "--peers") {
      opts.peers = true;
    } else if (name in SCORER_OPTIONS) {
      const takes = SCORER_OPTIONS[name];
      opts.scorerArgs.push(name);
      if (inline !== undefined) opts.scorerArgs.push(inline);
      else if (takes === "value") {
        if (argv[i + 1] === undefined) usageError(`${name} needs a value`);
        opts.scorerArgs.push(argv[++i]);
      } else if (takes === "optional") {
        // `--diff ID` or `--diff GOLD`: a following word that is a path is the gold, not an id.
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith("-") && !existsSync(resolve(cwd, next))) opts.scorerArgs.push(argv[++i]);
      }
    } else if (arg.startsWith("-") && arg !== "-") {
      usageError(`unknown option ${arg}`);
    } else if (opts.gold === undefined) {
      opts.gold = arg;
    } else {
      usageError(`more than one GOLD given (${opts.gold}, ${arg})`);
    }
  }
  opts.gold = opts.gold === undefined ? join(evalDir, "dev") : resolve(cwd, opts.gold);
  opts.out = opts.out === undefined ? join(root, "eval-out") : resolve(cwd, opts.out);
  return opts;
}

function goldFiles(path) {
  if (!existsSync(path)) usageError(`no such file or directory: ${path}`);
  if (statSync(path).isFile()) return [path];
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith(".json")) out.push(p);
    }
  };
  walk(path);
  return out;
}

function prepareOut(out) {
  if (existsSync(out)) {
    const entries = readdirSync(out);
    if (entries.length && !entries.includes(MARKER)) {
      process.stderr.write(`eval: ${out} is not empty and was not made by this script; choose another --out\n`);
      process.exit(2);
    }
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, MARKER), "Predictions written by scripts/eval.mjs; emptied on every run.\n");
}

/**
 * Maps ascending UTF-16 offsets to code-point offsets in one forward sweep: a surrogate pair is
 * two UTF-16 units but one code point, a lone surrogate one of each (as Python counts it).
 */
export function codePointOffsets(text, ascending) {
  const result = new Map();
  let unit = 0;
  let point = 0;
  for (const target of ascending) {
    while (unit < target) {
      const c = text.charCodeAt(unit);
      const pair = c >= 0xd800 && c <= 0xdbff && unit + 1 < text.length && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00;
      unit += pair ? 2 : 1;
      point += 1;
    }
    if (unit !== target) throw new Error(`offset ${target} falls inside a surrogate pair`);
    result.set(target, point);
  }
  return result;
}

function predict(analyze, doc) {
  const spans = analyze(doc.text);
  const offsets = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const cp = codePointOffsets(doc.text, offsets);
  return spans.map((s) => {
    const out = { kind: s.kind, start: cp.get(s.start), end: cp.get(s.end), text: s.text, type: s.type };
    if (s.value !== undefined) out.value = s.value;
    if (s.speaker !== undefined) out.speaker = s.speaker;
    return out;
  });
}

function score(gold, pred, args, { header, toStderr }) {
  (toStderr ? process.stderr : process.stdout).write(`\n== ${header} ==\n`);
  const r = spawnSync("python3", [scorer, gold, pred, ...args], { stdio: "inherit" });
  if (r.error) {
    process.stderr.write(`eval: cannot run python3 ${scorer}: ${r.error.message}\n`);
    return 1;
  }
  return r.status ?? 1;
}

async function main() {
  const opts = parse(process.argv.slice(2));
  const jsonOut = opts.scorerArgs.includes("--json");
  const info = (line) => (jsonOut ? process.stderr : process.stdout).write(`${line}\n`);

  const { analyze } = await import("../js/node.mjs");
  const files = goldFiles(opts.gold);
  const goldRoot = statSync(opts.gold).isFile() ? dirname(opts.gold) : opts.gold;
  prepareOut(opts.out);

  let docs = 0;
  let chars = 0;
  let failures = 0;
  let ms = 0;
  for (const file of files) {
    let data;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (err) {
      process.stderr.write(`eval: skipping ${file}: ${err.message}\n`);
      continue;
    }
    const items = Array.isArray(data) ? data : [data];
    const preds = [];
    for (const doc of items) {
      if (typeof doc?.text !== "string" || doc.id === undefined) continue; // the scorer reports these
      const t0 = performance.now();
      let spans = [];
      try {
        spans = predict(analyze, doc);
      } catch (err) {
        failures++;
        process.stderr.write(`eval: analyze failed on ${doc.id}: ${err.message}\n`);
      }
      ms += performance.now() - t0;
      docs++;
      chars += doc.text.length;
      preds.push({ id: doc.id, spans });
    }
    if (!preds.length) continue;
    const target = join(opts.out, relative(goldRoot, file) || basename(file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(Array.isArray(data) ? preds : preds[0], null, 1)}\n`);
  }
  info(`analyzed ${docs} documents (${chars} UTF-16 units) in ${ms.toFixed(0)} ms; predictions in ${relative(process.cwd(), opts.out) || "."}/`);

  let status = score(opts.gold, opts.out, opts.scorerArgs, { header: "article-highlighter", toStderr: jsonOut });
  if (opts.peers) {
    const found = PEERS.filter((p) => existsSync(join(evalDir, "peers-dev", p)));
    if (!found.length) process.stderr.write(`eval: --peers: nothing in ${join(evalDir, "peers-dev")}\n`);
    for (const peer of found) {
      // Peers' stored predictions cover the whole dev set; --quiet hides the warning that a
      // smaller GOLD ignores the rest, which says nothing about the peer.
      const args = opts.scorerArgs.includes("--quiet") ? opts.scorerArgs : [...opts.scorerArgs, "--quiet"];
      status = score(opts.gold, join(evalDir, "peers-dev", peer), args, { header: peer, toStderr: jsonOut }) || status;
    }
  }
  if (failures) {
    process.stderr.write(`eval: analyze threw on ${failures} document(s); they were scored as empty\n`);
    status ||= 1;
  }
  process.exitCode = status;
}

// Imported (by the tests, for codePointOffsets) it only defines; run, it evaluates.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
