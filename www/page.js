// Wires the demo page: the editor, the legend, the tooltip and the bookmarklet link.
// The user's text only ever reaches the DOM as text (the editor is plaintext-only, and the
// tooltip is filled with textContent), so pasted markup cannot become elements.
import { KINDS, canHighlight, highlight, highlightStyles } from "./highlighter.js";

const editor = document.getElementById("editor");
const tooltip = document.getElementById("tooltip");
const status = document.getElementById("status");
const legend = new Map(KINDS.map((kind) => [kind, document.querySelector(`.legend [data-kind="${kind}"]`)]));
// The sample is part of the page's own markup; keep it so "Sample" can bring it back.
const sample = editor.textContent;

let analyze = null;
let current = null;

function setStatus(message) {
  status.textContent = message;
}

function refresh() {
  hideTooltip();
  // Not :empty in CSS: an emptied editor still holds Chromium's placeholder <br>.
  editor.toggleAttribute("data-empty", editor.textContent === "");
  if (analyze === null) return;
  current = highlight(editor, analyze);
  const counts = current.counts();
  for (const [kind, item] of legend) {
    item.dataset.count = String(counts[kind]);
    item.querySelector(".count").textContent = String(counts[kind]);
  }
}

// Replaced as one edit (which fires `input`), so Ctrl+Z brings the old text back.
function replaceText(text) {
  editor.focus();
  document.getSelection().selectAllChildren(editor);
  const edited = text === "" ? document.execCommand("delete") : document.execCommand("insertText", false, text);
  if (!edited) {
    editor.textContent = text;
    refresh();
  }
}

// --- tooltip -----------------------------------------------------------------------------

const numberFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 6 });

function describe(span) {
  switch (span.kind) {
    case "quote":
      return {
        title: span.type === "term" ? "Quoted term" : "Quote",
        detail: span.speaker ? `Said by ${span.speaker}` : span.type === "term" ? "" : "Speaker not found",
      };
    case "number":
      return { title: `Number · ${span.type}`, detail: numberValue(span) };
    case "name":
      return { title: `Name · ${span.type}`, detail: "" };
    default:
      return { title: span.kind, detail: "" };
  }
}

function numberValue(span) {
  if (span.value === undefined) return "";
  if (span.currency) {
    try {
      const money = new Intl.NumberFormat("en", { style: "currency", currency: span.currency, minimumFractionDigits: 0, maximumFractionDigits: 2 });
      return `Value ${money.format(span.value)}`;
    } catch {
      // An ISO code Intl does not know: show the code as it is.
      return `Value ${numberFormat.format(span.value)} ${span.currency}`;
    }
  }
  // A year reads wrong with a thousands separator ("2,024").
  if (span.type === "year") return `Value ${span.value}`;
  return `Value ${numberFormat.format(span.value)}${span.type === "percent" ? "%" : ""}`;
}

function showTooltip(spans, rect) {
  const entries = spans.map((span) => {
    const { title, detail } = describe(span);
    const entry = document.createElement("div");
    entry.className = "tooltip-entry";
    entry.dataset.kind = span.kind;
    const heading = document.createElement("strong");
    heading.textContent = title;
    entry.append(heading);
    if (detail) {
      const line = document.createElement("span");
      line.textContent = detail;
      entry.append(line);
    }
    return entry;
  });
  tooltip.replaceChildren(...entries);
  tooltip.hidden = false;
  // Below the hovered character, or above it when that would leave the viewport.
  const { width, height } = tooltip.getBoundingClientRect();
  const gap = 6;
  const left = Math.max(gap, Math.min(rect.left, window.innerWidth - width - gap));
  const below = rect.bottom + gap;
  const top = below + height > window.innerHeight ? Math.max(gap, rect.top - gap - height) : below;
  tooltip.style.left = `${left}px`;
  tooltip.style.top = `${top}px`;
}

function hideTooltip() {
  tooltip.hidden = true;
}

// Hit-test once per frame at most, with the latest pointer position.
let pointer = null;
let frame = 0;
function onPointerMove(event) {
  pointer = { x: event.clientX, y: event.clientY };
  if (frame === 0) frame = requestAnimationFrame(hoverFrame);
}
function hoverFrame() {
  frame = 0;
  const hit = current && pointer && current.hitTest(pointer.x, pointer.y);
  if (hit) showTooltip(hit.spans, hit.rect);
  else hideTooltip();
}

// --- bookmarklet link --------------------------------------------------------------------

async function loadBookmarklet() {
  const link = document.getElementById("bookmarklet");
  const note = document.getElementById("bookmarklet-note");
  // Clicking it here would run it on this page, which the page's own security policy forbids;
  // the link is there to be dragged.
  link.addEventListener("click", (event) => {
    event.preventDefault();
    note.textContent = "Drag the button to your bookmarks bar, then click it there while reading an article.";
  });
  try {
    const response = await fetch(new URL("../dist/bookmarklet.url.txt", import.meta.url));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const url = (await response.text()).trim();
    if (!url.startsWith("javascript:")) throw new Error("not a javascript: URL");
    link.href = url;
    link.removeAttribute("aria-disabled");
  } catch (error) {
    note.textContent = `The bookmarklet is not available (${error.message}); run npm run build.`;
  }
}

// --- start -------------------------------------------------------------------------------

async function start() {
  editor.addEventListener("input", refresh);
  editor.addEventListener("pointermove", onPointerMove);
  editor.addEventListener("pointerleave", hideTooltip);
  window.addEventListener("scroll", hideTooltip, { passive: true });
  document.getElementById("sample").addEventListener("click", () => replaceText(sample));
  document.getElementById("clear").addEventListener("click", () => replaceText(""));
  const bookmarklet = loadBookmarklet();

  if (!canHighlight()) {
    setStatus("This browser cannot paint highlights (it lacks the CSS Custom Highlight API): try a current Chrome, Edge, Safari or Firefox.");
  } else {
    try {
      // Loaded here rather than imported at the top so a failure can be shown on the page.
      ({ analyze } = await import("../js/browser.mjs"));
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightStyles((kind) => `.legend [data-kind="${kind}"] .swatch`));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      refresh();
    } catch (error) {
      setStatus(`The highlighter could not start: ${error.message}`);
    }
  }
  await bookmarklet;
  document.documentElement.dataset.state = analyze === null ? "failed" : "ready";
}

start();
