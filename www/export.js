// Turning what was found into files and clipboard content: JSON, CSV (safe to open in a
// spreadsheet) and the text with its highlights as HTML for pasting into a document.
// The HTML is built as DOM nodes with textContent and only then serialised, so the article's
// own characters are escaped by the serialiser, never spliced into markup by hand.
import { KINDS, PALETTE } from "./highlighter.js";
import { describeSpan } from "./panel.js";

const CSV_COLUMNS = ["kind", "start", "end", "text", "type", "value", "currency", "speaker", "entity"];

/** The text and its spans as pretty-printed JSON; offsets are UTF-16 indices into `text`. */
export function findingsJSON(text, spans) {
  return `${JSON.stringify({ text, spans }, null, 2)}\n`;
}

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return that hides
// one) as a formula; a leading apostrophe makes it text. Numbers the engine gives are written
// as numbers: they cannot carry a formula.
function csvCell(value) {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let cell = String(value);
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The spans as CSV (RFC 4180: CRLF, quoted where needed), one row per span. It starts with a
 * byte order mark so spreadsheet programs read it as UTF-8 (curly quotes, €).
 */
export function findingsCSV(spans) {
  const rows = [CSV_COLUMNS.join(",")];
  for (const span of spans) rows.push(CSV_COLUMNS.map((column) => csvCell(span[column])).join(","));
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}

/**
 * The text as HTML paragraphs with each span of the `kinds` wrapped in a <mark> carrying the
 * light palette inline (documents are usually white, and pasted HTML keeps no style sheet).
 * Returns the markup string; `doc` only creates the (never attached) nodes.
 */
export function highlightedHTML(doc, text, spans, kinds = KINDS) {
  const lists = kinds.map((kind) => spans.filter((span) => span.kind === kind));
  // Segment the text at every span boundary; within a segment the covering spans are fixed.
  const cuts = new Set([0, text.length]);
  for (const list of lists) {
    for (const span of list) {
      cuts.add(span.start);
      cuts.add(span.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const next = lists.map(() => 0);

  const root = doc.createElement("div");
  let paragraph = null;
  const newParagraph = () => {
    paragraph = null;
  };
  const appendPiece = (piece, covering) => {
    if (piece === "") return;
    if (paragraph === null) {
      paragraph = doc.createElement("p");
      root.append(paragraph);
    }
    let node = doc.createTextNode(piece);
    // Innermost first: the last kind in legend order paints on top, as on screen.
    for (let i = covering.length - 1; i >= 0; i--) {
      const span = covering[i];
      const mark = doc.createElement("mark");
      mark.style.cssText = PALETTE.light[span.kind];
      mark.dataset.kind = span.kind;
      const { title, detail } = describeSpan(span);
      mark.title = detail ? `${title}: ${detail}` : title;
      mark.append(node);
      node = mark;
    }
    paragraph.append(node);
  };

  for (let p = 0; p + 1 < points.length; p++) {
    const from = points[p];
    const to = points[p + 1];
    const covering = [];
    lists.forEach((list, k) => {
      while (next[k] < list.length && list[next[k]].end <= from) next[k]++;
      const span = list[next[k]];
      if (span !== undefined && span.start <= from) covering.push(span);
    });
    covering.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
    // A line break ends a paragraph, also inside a span: marks never cross paragraphs.
    const lines = text.slice(from, to).split("\n");
    lines.forEach((line, i) => {
      if (i > 0) newParagraph();
      appendPiece(line, covering);
    });
  }
  return root.innerHTML;
}

/** Offers `content` as a file download; the link is never attached to the document. */
export function downloadFile(doc, filename, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  // The download has started once click() returns, but some browsers read the URL later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
