// The text model shared by the page and the bookmarklet: read a DOM subtree as one string,
// let the engine find spans in it, and paint them with the CSS Custom Highlight API. Painting
// never touches the DOM, so the text stays plain, editable and selectable, and a page the
// bookmarklet runs on keeps its markup byte for byte.
//
// This file is an ES module for the page, and is also pasted into the bookmarklet's classic
// script by scripts/bookmarklet.mjs, which drops the `export` keywords. So: no imports, and no
// top-level name that bookmarklet.js also declares (the build fails if one does).

/** The span kinds, in legend order. */
export const KINDS = ["quote", "number", "name"];

/** The `CSS.highlights` registry name of each kind (styled as `::highlight(ah-quote)`). */
export const HIGHLIGHT_NAMES = { quote: "ah-quote", number: "ah-number", name: "ah-name" };

// A name or number may sit inside a quote; the higher priority paints on top, so the inner
// span stays visible instead of disappearing into the quote's background.
const PRIORITY = { quote: 0, number: 1, name: 2 };

// Where a line break separates the text of two elements. The engine treats "\n" as a paragraph
// end, so a quote cannot run on from one paragraph into the next. A fixed list instead of
// getComputedStyle keeps reading the text cheap and independent of layout.
const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog",
  "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
  "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "nav", "ol", "p", "pre",
  "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);

// Colours from the Okabe-Ito palette (yellow, sky blue, reddish purple), which stay apart under
// the common colour-vision deficiencies; the underline style differs too (none, solid, dotted)
// so the kinds differ in shape as well as colour. Every rule sets the text colour with its
// background, so a highlight stays legible on whatever colours a page uses.
export const PALETTE = {
  light: {
    quote: "background-color: #fbe38e; color: #211c00;",
    number: "background-color: #cde7fa; color: #06263f; text-decoration: underline solid 2px #0072b2;",
    name: "background-color: #f6d6e8; color: #46102f; text-decoration: underline dotted 2px #a63d75;",
  },
  dark: {
    quote: "background-color: #5e4f05; color: #fff5c4;",
    number: "background-color: #0f3d5f; color: #dcf0ff; text-decoration: underline solid 2px #56b4e9;",
    name: "background-color: #5b2044; color: #ffdcef; text-decoration: underline dotted 2px #e394c1;",
  },
};

/** Whether this browser can paint highlights (CSS Custom Highlight API). */
export function canHighlight() {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

/**
 * The highlight colours as a style sheet, light and dark. `alsoStyle(kind)` may name elements
 * (a legend's swatches) that should look exactly like that kind's highlight.
 */
export function highlightStyles(alsoStyle = null) {
  const rules = (scheme) =>
    KINDS.map((kind) => {
      const own = `::highlight(${HIGHLIGHT_NAMES[kind]}) { ${scheme[kind]} }`;
      // A separate rule: a browser without ::highlight would drop a shared selector list whole.
      return alsoStyle ? `${own}\n${alsoStyle(kind)} { ${scheme[kind]} }` : own;
    }).join("\n");
  return `${rules(PALETTE.light)}\n@media (prefers-color-scheme: dark) {\n${rules(PALETTE.dark)}\n}\n`;
}

/**
 * The text of a DOM subtree as one string, with a map back from string offsets to text nodes.
 * Offsets are UTF-16 code units, the unit of both JavaScript strings and DOM ranges.
 */
export class TextModel {
  constructor(text, nodes, starts) {
    /** The string the engine analyses. */
    this.text = text;
    // nodes[i] holds text[starts[i], starts[i] + nodes[i].length); the gaps are the
    // "\n" separators added for <br> and block boundaries, which belong to no node.
    this.nodes = nodes;
    this.starts = starts;
    this.index = new Map(nodes.map((node, i) => [node, i]));
  }

  /** A DOM Range over text[start, end), possibly across elements; null if nothing is there. */
  range(start, end) {
    const from = this.point(start, true);
    const to = this.point(end, false);
    if (from === null || to === null) return null;
    const range = new Range();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /** The string offset of a DOM position inside one of the model's text nodes, else -1. */
  offsetOf(node, offset) {
    const i = this.index.get(node);
    return i === undefined ? -1 : this.starts[i] + offset;
  }

  // The DOM position of a string offset. An offset inside a separator belongs to no node: a
  // span start moves forward to the next node, a span end back to the end of the previous one.
  point(offset, isStart) {
    const { nodes, starts } = this;
    let lo = 0;
    let hi = nodes.length - 1;
    if (hi < 0) return null;
    // The last node starting at or before `offset`.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const node = nodes[lo];
    const local = offset - starts[lo];
    if (local < 0) return isStart ? { node, offset: 0 } : null;
    if (local <= node.length) return { node, offset: local };
    if (!isStart) return { node, offset: node.length };
    return lo + 1 < nodes.length ? { node: nodes[lo + 1], offset: 0 } : null;
  }
}

/**
 * Reads the text under `root` in document order. `skip(element)` leaves an element's subtree
 * out. With `newlines: false` line breaks inside text nodes count as spaces (outside <pre>), as
 * a browser renders them; only <br> and block boundaries then separate paragraphs. Linear.
 */
export function readText(root, { skip = null, newlines = true } = {}) {
  const parts = [];
  const nodes = [];
  const starts = [];
  let length = 0;
  let lineStart = true;
  // How many <pre> elements enclose the current node: their line breaks are real.
  let inPre = root.nodeType === Node.ELEMENT_NODE && root.closest("pre") !== null ? 1 : 0;

  const append = (s) => {
    parts.push(s);
    length += s.length;
    lineStart = s.endsWith("\n");
  };
  // Block boundaries collapse into one separator, and none at the very start.
  const endLine = () => {
    if (!lineStart) append("\n");
  };

  let node = root.firstChild;
  while (node !== null) {
    if (node.nodeType === Node.TEXT_NODE) {
      let data = node.data;
      // Source indentation between blocks renders as nothing; leaving it out keeps the
      // engine's paragraphs clean.
      const blank = !newlines && lineStart && /^[ \n\r\t\f]*$/.test(data);
      if (data.length > 0 && !blank) {
        // Same length, so node offsets and string offsets stay in step.
        if (!newlines && inPre === 0 && /[\n\r\t\f]/.test(data)) {
          data = data.replace(/[\n\r\t\f]/g, " ");
        }
        nodes.push(node);
        starts.push(length);
        append(data);
      }
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = node.localName;
      if (tag === "br") append("\n");
      else if (BLOCK_TAGS.has(tag)) endLine();
      if (node.firstChild !== null && !(skip !== null && skip(node))) {
        if (tag === "pre") inPre++;
        node = node.firstChild;
        continue;
      }
    }
    // On to the next node in document order, closing the blocks we walk out of.
    while (node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node === root) break;
      if (node.localName === "pre") inPre--;
      if (BLOCK_TAGS.has(node.localName)) endLine();
    }
    node = node === root ? null : node.nextSibling;
  }
  return new TextModel(parts.join(""), nodes, starts);
}

/**
 * The spans found under a root, with their DOM ranges; answers "what is at this point?" for
 * tooltips. Same-kind spans never overlap, so per kind the spans are sorted by start and end.
 */
export class Highlighted {
  constructor(model, spans, ranges, painted = {}) {
    this.model = model;
    /** All spans, sorted by start. */
    this.spans = spans;
    /** The painted ranges per kind, in span order. */
    this.ranges = ranges;
    /** The Highlight object of each kind, registered or not. */
    this.painted = painted;
    this.byKind = Object.fromEntries(KINDS.map((kind) => [kind, []]));
    for (const span of spans) this.byKind[span.kind]?.push(span);
    // Ranges are live: they follow edits made after the analysis, so a span found in an older
    // text still leads to the right characters until the next analysis replaces it.
    this.rangeBySpan = new Map();
    /** The stretch of text painted, { from, to }, or null when all of it is. */
    this.visible = null;
  }

  /** The DOM range of a span from `spans` (live if it is painted), or null. */
  rangeOf(span) {
    return this.rangeBySpan.get(span) ?? this.model.range(span.start, span.end);
  }

  /** Registers or unregisters one kind's highlight: hides or shows it without re-analysing. */
  show(kind, visible) {
    const painted = this.painted[kind];
    if (painted === undefined) return;
    if (visible) CSS.highlights.set(HIGHLIGHT_NAMES[kind], painted);
    else CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
  }

  /** How many spans of each kind were found. */
  counts() {
    return Object.fromEntries(KINDS.map((kind) => [kind, this.byKind[kind].length]));
  }

  /** The spans containing string offset `at`, innermost first. */
  spansAt(at) {
    const found = [];
    for (const kind of KINDS) {
      const list = this.byKind[kind];
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].end <= at) lo = mid + 1;
        else hi = mid;
      }
      if (lo < list.length && list[lo].start <= at) found.push(list[lo]);
    }
    return found.sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  /**
   * The spans under viewport point (x, y), innermost first, and the rectangle of the character
   * there; null when the point is not on highlighted text.
   */
  hitTest(x, y) {
    const caret = caretAt(x, y);
    if (caret === null) return null;
    const { node, offset } = caret;
    // The caret is the boundary nearest the point, even far right of a line's end; only the
    // characters on either side of it can actually be under the pointer.
    for (const at of [offset, offset - 1]) {
      if (at < 0 || at >= (node.length ?? 0)) continue;
      const index = this.model.offsetOf(node, at);
      if (index < 0) return null;
      const char = new Range();
      char.setStart(node, at);
      char.setEnd(node, at + 1);
      for (const rect of char.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
          const spans = this.spansAt(index);
          return spans.length > 0 ? { spans, rect } : null;
        }
      }
    }
    return null;
  }
}

function caretAt(x, y) {
  if (typeof document.caretPositionFromPoint === "function") {
    const pos = document.caretPositionFromPoint(x, y);
    return pos === null ? null : { node: pos.offsetNode, offset: pos.offset };
  }
  if (typeof document.caretRangeFromPoint === "function") {
    const range = document.caretRangeFromPoint(x, y);
    return range === null ? null : { node: range.startContainer, offset: range.startOffset };
  }
  return null;
}

/**
 * Reads the text under `root`, runs `analyze` on it and paints every span, replacing whatever
 * an earlier call painted. Options as for readText, plus `hidden`: kinds to find but not show.
 */
export function highlight(root, analyze, options = {}) {
  const model = readText(root, options);
  const spans = model.text.length > 0 ? analyze(model.text) : [];
  return paintSpans(model, spans, options);
}

/**
 * Paints spans found in `model.text`, replacing whatever was painted before; kinds in
 * `hidden` are prepared but left unregistered, for Highlighted.show() to bring back. With
 * `visible: { from, to }` only spans overlapping that stretch of the text are painted: the
 * browser re-checks every registered range after each edit and each change to the
 * registry, so on a long text painting what can be seen keeps typing fast.
 */
export function paintSpans(model, spans, { hidden = [], visible = null } = {}) {
  const ranges = Object.fromEntries(KINDS.map((kind) => [kind, []]));
  const painted = {};
  const found = new Highlighted(model, spans, ranges, painted);
  found.visible = visible;
  for (const span of spans) {
    if (visible !== null && (span.end <= visible.from || span.start >= visible.to)) continue;
    const range = ranges[span.kind] && model.range(span.start, span.end);
    if (range) {
      ranges[span.kind].push(range);
      found.rangeBySpan.set(span, range);
    }
  }
  const off = new Set(hidden);
  for (const kind of KINDS) {
    const layer = new Highlight();
    // add() one by one: spreading thousands of ranges into the constructor can hit the
    // engine's argument limit on a long page.
    for (const range of ranges[kind]) layer.add(range);
    layer.priority = PRIORITY[kind];
    painted[kind] = layer;
    found.show(kind, !off.has(kind));
  }
  return found;
}

/** Removes every highlight this module painted. */
export function clearHighlights() {
  for (const kind of KINDS) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
}
