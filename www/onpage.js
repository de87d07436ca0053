// What both bookmarklets do on the article page itself: decide which elements are not text,
// and bring a picked span into view. Bundled into their classic scripts (one-line sibling
// imports, exported declarations only).
import { KINDS } from "./highlighter.js";

/** The highlight that marks the span last picked in a panel. */
export const FOCUS_HIGHLIGHT = "ah-focus";
export const FOCUS_STYLE = `::highlight(${FOCUS_HIGHLIGHT}) { background-color: #ffb870; color: #000; text-decoration: underline solid 3px #d55e00; }\n`;

// Never prose, wherever they are.
const NOT_TEXT = new Set([
  "script", "style", "noscript", "template", "textarea", "input", "select", "button", "iframe",
  "object", "svg", "math", "canvas", "video", "audio",
]);
// Page furniture, left out only when no article was found and the whole page is read: inside
// an article a <header> often holds the headline, and Readability has already dropped the rest.
const FURNITURE = new Set(["nav", "header", "footer", "aside", "form"]);

/** Whether an element's text is left out wherever it is: not prose, or not shown. */
export function skipHidden(element) {
  if (NOT_TEXT.has(element.localName)) return true;
  if (element.hidden || element.getAttribute("aria-hidden") === "true") return true;
  // display: none (also via an ancestor's content-visibility); browsers without
  // checkVisibility fall back to what the computed style says.
  if (typeof element.checkVisibility === "function") return !element.checkVisibility();
  return getComputedStyle(element).display === "none";
}

/** Whether an element's text is left out when the whole page is read. */
export function skipElement(element) {
  return FURNITURE.has(element.localName) || skipHidden(element);
}

/** Scrolls a span's range into view and marks it until the next pick. */
export function reveal(range) {
  if (range === null) return;
  CSS.highlights.set(FOCUS_HIGHLIGHT, Object.assign(new Highlight(range), { priority: KINDS.length }));
  const node = range.startContainer;
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  element?.scrollIntoView({ block: "center", behavior: "smooth" });
}
