// What the bookmarklet does on the page it is clicked on. Each click runs the whole bookmarklet
// script afresh, so whether highlights are on is remembered on the window, not in a variable.
// Nothing is added to the page's DOM: highlights are painted with CSS.highlights and styled by
// an adopted (constructed) style sheet, so the page's markup stays byte-identical.
//
// scripts/bookmarklet.mjs bundles this file and highlighter.js into one classic script; it
// drops the import line and the `export` keywords.
import { canHighlight, clearHighlights, highlight, highlightStyles } from "./highlighter.js";

// Symbol.for: the same key on every click, yet no clash with the page's own globals.
const STATE = Symbol.for("article-highlighter");

// Elements whose text is not the article's prose. Article detection proper will narrow this.
const SKIP_TAGS = new Set([
  "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "textarea",
  "input", "select", "button", "iframe", "object", "svg", "math", "canvas", "video", "audio",
]);

/** Whether the bookmarklet leaves an element's text out: page furniture, or not shown. */
export function skipElement(element) {
  if (SKIP_TAGS.has(element.localName)) return true;
  if (element.hidden || element.getAttribute("aria-hidden") === "true") return true;
  // display: none (also via an ancestor's content-visibility); browsers without
  // checkVisibility fall back to what the computed style says.
  if (typeof element.checkVisibility === "function") return !element.checkVisibility();
  return getComputedStyle(element).display === "none";
}

/**
 * Highlights the page, or, when it is highlighted already, removes everything the bookmarklet
 * added. `loadAnalyze()` resolves to the engine's `analyze`; it is called only when
 * highlighting, so the second click costs nothing.
 */
export async function toggle(loadAnalyze) {
  const state = globalThis[STATE];
  if (state !== undefined) {
    // A click while the engine is still loading would only race the first one.
    if (state.loading) return;
    clearHighlights();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== state.sheet);
    delete globalThis[STATE];
    return;
  }
  if (!canHighlight()) {
    alert("Article highlighter needs the CSS Custom Highlight API, which this browser lacks.");
    return;
  }
  globalThis[STATE] = { loading: true };
  let analyze;
  try {
    analyze = await loadAnalyze();
  } catch (error) {
    delete globalThis[STATE];
    // Typically the site's Content Security Policy forbids compiling WebAssembly.
    alert(`Article highlighter cannot run on this page: ${error.message}`);
    return;
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightStyles());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  highlight(document.body, analyze, { skip: skipElement, newlines: false });
  globalThis[STATE] = { sheet };
}
