// ANSI rendering for the CLI. Kept apart from argument handling so the nesting rules can be
// tested on hand-made spans, independently of what the engine finds.

/** SGR colour per kind: green quotes, yellow numbers, bold cyan names. */
export const STYLES = Object.freeze({ quote: "32", number: "33", name: "1;36" });

export const RESET = "\x1b[0m";

// Every switch starts from a reset ("0;"), so leaving a bold name for a plain quote
// does not leave the quote bold.
const open = (kind) => `\x1b[0;${STYLES[kind] ?? "0"}m`;

/**
 * Returns `text` with each span coloured by kind. Where spans overlap (a name inside a quote),
 * the innermost one (latest start, then earliest end) colours its characters, and the outer
 * colour resumes after it. Styles are closed before each line break and reopened after, so a
 * line read on its own (`less`, `grep`, `head`) never leaks colour into the next.
 * Removing every escape sequence gives back `text` exactly.
 */
export function render(text, spans) {
  const sorted = spans
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set([0, text.length]);
  for (const s of sorted) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);

  let out = "";
  let current = ""; // the style in force, "" for none
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    active = active.filter((s) => s.end > from);
    while (next < sorted.length && sorted[next].start <= from) {
      if (sorted[next].end > from) active.push(sorted[next]);
      next++;
    }
    const top = innermost(active);
    const style = top ? open(top.kind) : "";
    if (style !== current) {
      out += style || RESET;
      current = style;
    }
    const piece = text.slice(from, to);
    out += current ? piece.replace(/\r?\n/g, (br) => RESET + br + current) : piece;
  }
  return current ? out + RESET : out;
}

function innermost(active) {
  let top;
  for (const s of active) {
    if (!top || s.start > top.start || (s.start === top.start && s.end < top.end)) top = s;
  }
  return top;
}

/** Removes the SGR sequences `render` writes. */
export function stripAnsi(s) {
  return s.replace(/\x1b\[[0-9;]*m/g, "");
}
