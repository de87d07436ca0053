#!/usr/bin/env node
// Command-line front end: reads a text, prints it coloured (or the spans as JSON).
// All analysis happens in the engine; this file only handles arguments, input and output.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { render } from "./render.mjs";

const NAME = "article-highlighter";

const USAGE = `Usage: ${NAME} [options] FILE
       ${NAME} [options] -          (read the text from stdin)

Prints the text with quotations in green, numbers in yellow and proper nouns in bold cyan.
A name or number inside a quotation takes its own colour, then the quotation's resumes.

Options:
  --json        print the spans as a JSON array instead (offsets are UTF-16 indices,
                as in the JavaScript API: text.slice(start, end) === span.text)
  --color       colour the output even when it is not a terminal
  --no-color    never colour the output (so does a non-empty NO_COLOR variable)
  -h, --help    print this help
  -v, --version print the version

Exit status: 0 on success, 2 on a bad option or an unreadable file, 1 on any other error.
`;

const OPTIONS = {
  json: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
};

function fail(message, status) {
  process.stderr.write(`${NAME}: ${message}\n`);
  process.exitCode = status;
}

// A reader that closes the pipe early (`| head`) is not an error worth a stack trace.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ options: OPTIONS, allowPositionals: true, tokens: true });
  } catch (err) {
    // parseArgs' own message goes on about positionals after "--"; the option is what matters.
    const option = /'([^']+)'/.exec(err.message)?.[1];
    const message = err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option ? `unknown option '${option}'` : err.message;
    return fail(`${message}\nTry '${NAME} --help'.`, 2);
  }
  const { values, positionals, tokens } = parsed;

  if (values.help) return void process.stdout.write(USAGE);
  if (values.version) {
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
    return void process.stdout.write(`${pkg.version}\n`);
  }
  if (positionals.length > 1) {
    return fail(`expected one FILE, got ${positionals.length}\nTry '${NAME} --help'.`, 2);
  }
  let source = positionals[0];
  if (source === undefined) {
    // Reading a terminal would wait silently for Ctrl-D; a piped stdin is what the user meant.
    if (process.stdin.isTTY) return fail(`missing FILE (use - for stdin)\nTry '${NAME} --help'.`, 2);
    source = "-";
  }

  let text;
  try {
    text = source === "-" ? await readStdin() : await readFile(source, "utf8");
  } catch (err) {
    const why = { ENOENT: "no such file", EISDIR: "is a directory", EACCES: "permission denied" };
    return fail(`cannot read ${source}: ${why[err.code] ?? err.message}`, 2);
  }

  // Loaded only now, so --help, --version and usage errors work even before a build.
  const { analyze } = await import("../js/node.mjs");
  const spans = analyze(text);

  if (values.json) {
    const lines = spans.map((s) => `  ${JSON.stringify(s)}`);
    process.stdout.write(lines.length ? `[\n${lines.join(",\n")}\n]\n` : "[]\n");
  } else {
    process.stdout.write(wantColor(tokens) ? render(text, spans) : text);
  }
}

// The last of --color / --no-color wins; without either, NO_COLOR (https://no-color.org)
// turns colour off, and otherwise only a terminal that supports it gets colour.
function wantColor(tokens) {
  const flag = tokens.findLast((t) => t.kind === "option" && (t.name === "color" || t.name === "no-color"));
  if (flag) return flag.name === "color";
  if (process.env.NO_COLOR) return false;
  return Boolean(process.stdout.isTTY && process.stdout.hasColors?.());
}

async function readStdin() {
  process.stdin.setEncoding("utf8");
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

main().catch((err) => fail(err?.message ?? String(err), 1));
