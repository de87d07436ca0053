// What the bookmarklet does on the page it is clicked on. Each click runs the whole bookmarklet
// script afresh, so whether highlights are on is remembered on the window, not in a variable.
// The page's own DOM is never edited: highlights are painted with CSS.highlights over ranges,
// styled by an adopted (constructed) style sheet, and the panel lives in a shadow root whose
// host is appended to <html>, outside <body>. A second click removes all three, which leaves
// the markup as it was, byte for byte.
//
// scripts/bookmarklet.mjs bundles this file with its sibling modules into one classic script;
// it drops the import lines and the `export` keywords.
import { KINDS, canHighlight, clearHighlights, highlightStyles, paintSpans, readText } from "./highlighter.js";
import { panelStyles, renderPanel } from "./panel.js";
import { findArticle } from "./article.js";
import { FOCUS_HIGHLIGHT, FOCUS_STYLE, reveal, skipElement, skipHidden } from "./onpage.js";

// Symbol.for: the same key on every click, yet no clash with the page's own globals.
const STATE = Symbol.for("article-highlighter");
const HOST_TAG = "article-highlighter-panel";

const LEGEND = { quote: "Quotes", number: "Numbers", name: "Names" };

/**
 * Highlights the page, or, when it is highlighted already, removes everything the bookmarklet
 * added. `loadEngine()` resolves to `{ analyze, javascript }` (see engine.js); it is called
 * only when highlighting, so the second click costs nothing.
 */
export async function toggle(loadEngine) {
  const state = globalThis[STATE];
  if (state !== undefined) {
    // A click while the engine is still loading would only race the first one.
    if (!state.loading) state.remove();
    return;
  }
  if (!canHighlight()) {
    alert("Article highlighter needs the CSS Custom Highlight API, which this browser lacks.");
    return;
  }
  globalThis[STATE] = { loading: true };
  try {
    globalThis[STATE] = highlightPage(await loadEngine());
  } catch (error) {
    // Whatever got painted goes, so the next click starts afresh.
    clearHighlights();
    delete globalThis[STATE];
    alert(`Article highlighter cannot run on this page: ${error.message}`);
  }
}

// The work of a click that switches highlights on; returns the state that switches them off.
function highlightPage(engine) {
  const article = findArticle(document, skipHidden);
  const { root, skip } = article ?? { root: document.body, skip: skipElement };
  const model = readText(root, { skip, newlines: false });
  const spans = model.text.length > 0 ? engine.analyze(model.text) : [];
  const found = paintSpans(model, spans);

  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightStyles() + FOCUS_STYLE);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const notices = [];
  if (engine.javascript !== null) {
    notices.push("This site forbids WebAssembly, so the engine runs as plain JavaScript: the same results, more slowly.");
  }
  if (article === null) notices.push("No article found: the whole page was read.");

  const remove = () => {
    clearHighlights();
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    host.remove();
    delete globalThis[STATE];
  };
  const host = showPanel(found, notices, remove);
  return { remove, host, found, engine: engine.javascript === null ? "wasm" : "javascript" };
}

// Everything the page could set on the host is reset with !important: in the cascade an
// important declaration of the shadow tree beats an important one of the page.
const PANEL_CSS = `
:host {
  all: initial !important; display: block !important; position: fixed !important;
  top: 12px !important; right: 12px !important; left: auto !important; bottom: auto !important;
  z-index: 2147483647 !important; width: min(352px, calc(100vw - 24px)) !important;
  max-height: calc(100vh - 24px) !important; margin: 0 !important; padding: 0 !important;
  transform: none !important; opacity: 1 !important; visibility: visible !important;
  contain: layout style !important;
}
.panel {
  box-sizing: border-box; display: flex; flex-direction: column; max-height: calc(100vh - 24px);
  color-scheme: light dark; color: CanvasText; background: Canvas;
  border: 1px solid rgb(127 127 127 / 45%); border-radius: 10px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 25%);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  /* Custom properties inherit through the shadow boundary (and "all" leaves them alone), so
     every one the panel reads is set here, out of the page's reach. */
  --ah-ink: CanvasText; --ah-muted: GrayText; --ah-line: rgb(127 127 127 / 30%); --ah-paper: Canvas;
  --ah-hover: rgb(127 127 127 / 14%); --ah-accent: Highlight;
}
.bar { display: flex; align-items: center; gap: 8px; padding: 8px 8px 8px 13px; border-bottom: 1px solid rgb(127 127 127 / 30%); }
.title { flex: 1; margin: 0; font-size: 14px; font-weight: 650; }
.close { all: unset; cursor: pointer; width: 26px; height: 26px; border-radius: 6px; text-align: center; font-size: 18px; line-height: 26px; color: CanvasText; }
.close:hover { background: rgb(127 127 127 / 18%); }
.close:focus-visible, .legend input:focus-visible { outline: 2px solid Highlight; outline-offset: 1px; }
.notice { margin: 0; padding: 7px 13px; font-size: 12.5px; background: rgb(230 159 0 / 18%); border-bottom: 1px solid rgb(127 127 127 / 30%); }
.legend { display: flex; flex-wrap: wrap; gap: 5px 14px; margin: 0; padding: 8px 13px; border-bottom: 1px solid rgb(127 127 127 / 30%); }
.legend label { display: inline-flex; align-items: center; gap: 5px; cursor: pointer; }
.legend input { margin: 0; }
.swatch { padding: 0 4px; border-radius: 2px; }
.count { color: GrayText; font-variant-numeric: tabular-nums; }
.lists { overflow: auto; padding: 11px 8px 0 8px; overscroll-behavior: contain; }
`;

/** The floating panel: legend with toggles and counts, the lists, a notice; returns its host. */
function showPanel(found, notices, close) {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: "open" });
  const sheet = new CSSStyleSheet();
  const swatches = (kind) => `.legend [data-kind="${kind}"] .swatch, .ah-section[data-kind="${kind}"] .ah-swatch`;
  // rem follows the page's root font size, which the shadow root does not shield; the panel's
  // rem lengths become the pixels they mean at the default 16px.
  const ownLengths = panelStyles().replace(/(\d*\.?\d+)rem\b/g, (_, n) => `${Number(n) * 16}px`);
  sheet.replaceSync(PANEL_CSS + ownLengths + highlightStyles(swatches));
  shadow.adoptedStyleSheets = [sheet];

  const make = (tag, className, text) => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  };
  const panel = make("section", "panel");
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", "Article highlighter");
  const bar = make("div", "bar");
  const closeButton = make("button", "close", "×");
  closeButton.type = "button";
  closeButton.title = "Remove the highlights";
  closeButton.setAttribute("aria-label", "Remove the highlights");
  closeButton.addEventListener("click", close);
  bar.append(make("h2", "title", "Article highlighter"), closeButton);
  panel.append(bar);
  for (const text of notices) {
    const notice = make("p", "notice", text);
    notice.setAttribute("role", "status");
    panel.append(notice);
  }

  const counts = found.counts();
  const legend = make("div", "legend");
  for (const kind of KINDS) {
    const label = make("label");
    label.dataset.kind = kind;
    const box = make("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", () => found.show(kind, box.checked));
    label.append(box, make("span", "swatch", LEGEND[kind]), make("span", "count", String(counts[kind])));
    legend.append(label);
  }
  panel.append(legend);

  const lists = make("div", "lists");
  renderPanel(lists, found.spans, { onSelect: (span) => reveal(found.rangeOf(span)) });
  panel.append(lists);
  shadow.append(panel);
  document.documentElement.append(host);
  return host;
}
