// Wires the page: the editor and its analysis, the legend toggles, the findings panel, the
// tooltip, files and exports, and the bookmarklet link.
// The user's text only ever reaches the DOM as text (the editor is plaintext-only, pastes and
// drops are inserted as plain text, and everything else is filled with textContent), so
// pasted markup cannot become elements.
import { KINDS, canHighlight, highlightStyles, paintSpans, readText } from "./highlighter.js";
import { describeSpan, panelStyles, renderPanel } from "./panel.js";
import { downloadFile, findingsCSV, findingsJSON, highlightedHTML } from "./export.js";
import { readArticleFile, transferText } from "./import.js";

const editor = document.getElementById("editor");
const tooltip = document.getElementById("tooltip");
const status = document.getElementById("status");
const announcer = document.getElementById("announce");
const findings = document.getElementById("findings");
const fileInput = document.getElementById("file");
const legend = new Map(KINDS.map((kind) => [kind, document.querySelector(`.legend [data-kind="${kind}"]`)]));
// The sample is part of the page's own markup; keep it so "Sample" can bring it back.
const sample = editor.textContent;

// Spans per panel render before it is deferred until typing pauses: rebuilding a list of
// thousands of items on every keystroke would cost more than the analysis itself.
const PANEL_NOW = 300;
const PANEL_DELAY_MS = 400;
// Screen readers hear the counts once typing settles, not after every keystroke.
const ANNOUNCE_DELAY_MS = 900;
// Above this length only the text around the viewport is painted (see paintSpans), with this
// many characters to spare on either side so scrolling rarely reaches the edge of it.
const PAINT_ALL_BELOW = 20_000;
const PAINT_MARGIN = 8_000;

let analyze = null;
let current = null;
let analysisFailed = false;
// A message about one action (a file that could not be opened) goes with the next edit.
let passingStatus = false;
const hidden = new Set();
let frame = 0;
let panelTimer = 0;
let panelSource = null;
let announceTimer = 0;
let announced = "";
let lastPicked = null;

function setStatus(message) {
  status.textContent = message;
}

// --- analysis ------------------------------------------------------------------------------

// At most one analysis per frame, however many input events the frame brings: typing stays
// responsive while a long article is re-read. Until then the painted ranges, being live DOM
// ranges, move with the edited text.
function scheduleAnalysis() {
  if (passingStatus) {
    passingStatus = false;
    setStatus("");
  }
  editor.dataset.pending = "";
  editor.toggleAttribute("data-empty", editor.textContent === "");
  hideTooltip();
  if (frame === 0) frame = requestAnimationFrame(refresh);
}

// Runs a scheduled analysis now, so exports and clicks see the text as it is.
function flush() {
  if (frame !== 0) {
    cancelAnimationFrame(frame);
    refresh();
  }
}

function refresh() {
  frame = 0;
  delete editor.dataset.pending;
  // Not :empty in CSS: an emptied editor still holds Chromium's placeholder <br>.
  editor.toggleAttribute("data-empty", editor.textContent === "");
  if (analyze === null) return;
  const model = readText(editor);
  let spans = [];
  try {
    if (model.text.length > 0) spans = analyze(model.text);
    if (analysisFailed) setStatus("");
    analysisFailed = false;
  } catch (error) {
    // A text the engine refuses (too long) or trips on: say so, and keep the page usable.
    analysisFailed = true;
    setStatus(`This text could not be analysed: ${error.message}`);
  }
  current = paintSpans(model, spans, { hidden, visible: visibleText(model) });
  const counts = current.counts();
  for (const [kind, item] of legend) {
    item.dataset.count = String(counts[kind]);
    item.querySelector(".count").textContent = String(counts[kind]);
  }
  if (performance.getEntriesByName("ah-first-analysis").length === 0) performance.mark("ah-first-analysis");
  schedulePanel();
  scheduleAnnouncement(counts);
}

// The stretch of the text on screen, as offsets into the model's text.
function onScreen(model) {
  const { length } = model.text;
  const box = editor.getBoundingClientRect();
  const top = Math.min(Math.max(box.top, 0), box.bottom);
  const bottom = Math.max(Math.min(box.bottom, window.innerHeight), top);
  const offsetAt = (y) => {
    const caret = caretFromPoint(box.left + box.width / 2, Math.min(Math.max(y, box.top + 1), box.bottom - 1));
    const at = caret ? model.offsetOf(caret.node, caret.offset) : -1;
    // Off the text (on a <br>, in the padding): estimate from the height, as lines are alike.
    return at >= 0 ? at : Math.round(((y - box.top) / box.height) * length);
  };
  const from = offsetAt(top);
  const to = offsetAt(bottom);
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

function widen(stretch, by, length) {
  return { from: Math.max(0, stretch.from - by), to: Math.min(length, stretch.to + by) };
}

// What to paint of a text: all of a short one, the part around the viewport of a long one.
function visibleText(model) {
  const { length } = model.text;
  return length < PAINT_ALL_BELOW ? null : widen(onScreen(model), PAINT_MARGIN, length);
}

// After scrolling a long text, paint what came near the viewport (no new analysis).
let scrollFrame = 0;
function onScroll() {
  hideTooltip();
  if (scrollFrame === 0 && current?.visible) scrollFrame = requestAnimationFrame(repaintVisible);
}
function repaintVisible() {
  scrollFrame = 0;
  if (frame !== 0 || !current?.visible) return;
  const { model } = current;
  const need = widen(onScreen(model), PAINT_MARGIN / 2, model.text.length);
  if (need.from >= current.visible.from && need.to <= current.visible.to) return;
  current = paintSpans(model, current.spans, { hidden, visible: visibleText(model) });
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function scheduleAnnouncement(counts) {
  clearTimeout(announceTimer);
  const message = `Found ${plural(counts.quote, "quote", "quotes")}, ${plural(counts.number, "number", "numbers")} and ${plural(counts.name, "name", "names")}.`;
  if (message === announced) return;
  announceTimer = setTimeout(() => {
    announced = message;
    announcer.textContent = message;
  }, ANNOUNCE_DELAY_MS);
}

function announce(message) {
  announced = "";
  announcer.textContent = message;
}

// --- findings panel ------------------------------------------------------------------------

function schedulePanel() {
  clearTimeout(panelTimer);
  findings.setAttribute("aria-busy", "true");
  panelTimer = setTimeout(renderFindings, current.spans.length <= PANEL_NOW ? 0 : PANEL_DELAY_MS);
}

function renderFindings() {
  panelTimer = 0;
  panelSource = current;
  renderPanel(findings, current.spans, { onSelect: (span) => select(panelSource, span) });
  findings.setAttribute("aria-busy", "false");
}

// Selects a span's text in the editor and brings it into view. The panel may be a few
// keystrokes behind the text: its span is then looked up in the latest analysis, as the same
// kind and text nearest to where it was.
function select(source, picked) {
  flush();
  let span = picked;
  if (source !== current && current !== null) {
    let best = null;
    for (const candidate of current.spans) {
      if (candidate.kind !== picked.kind || candidate.text !== picked.text) continue;
      if (best === null || Math.abs(candidate.start - picked.start) < Math.abs(best.start - picked.start)) best = candidate;
    }
    span = best;
    source = current;
  }
  const range = span && source?.rangeOf(span);
  if (!range || !editor.contains(range.commonAncestorContainer)) return;
  lastPicked = document.activeElement;
  editor.focus({ preventScroll: true });
  const selection = document.getSelection();
  selection.removeAllRanges();
  selection.addRange(range.cloneRange());
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > window.innerHeight) {
    const behavior = window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
    window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior });
  }
}

// --- legend toggles ------------------------------------------------------------------------

function toggleKind(kind) {
  const visible = hidden.has(kind);
  if (visible) hidden.delete(kind);
  else hidden.add(kind);
  const item = legend.get(kind);
  item.toggleAttribute("data-hidden", !visible);
  item.querySelector("button").setAttribute("aria-pressed", String(visible));
  current?.show(kind, visible);
  hideTooltip();
}

// --- text in and out ---------------------------------------------------------------------

// Through the editing commands, so the change is one undoable edit that fires `input`. They
// insert a text paragraph by paragraph, which takes seconds for a long one: that goes in
// directly, and cannot be undone.
const UNDOABLE_BELOW = 20_000;

function insertText(text) {
  if (text.length < UNDOABLE_BELOW && document.execCommand("insertText", false, text)) return true;
  const selection = document.getSelection();
  const range = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (range && editor.contains(range.commonAncestorContainer)) {
    range.deleteContents();
    const node = document.createTextNode(text);
    range.insertNode(node);
    selection.collapse(node, node.length);
  } else {
    editor.append(text);
  }
  scheduleAnalysis();
  return false;
}

function replaceText(text) {
  editor.focus();
  const selection = document.getSelection();
  selection.selectAllChildren(editor);
  if (text === "" ? document.execCommand("delete") : insertText(text)) return;
  selection.collapse(editor, 0);
}

async function openFile(file) {
  try {
    const text = await readArticleFile(file);
    setStatus("");
    replaceText(text);
    announce(`Opened ${file.name}.`);
  } catch (error) {
    setStatus(`Could not open the file: ${error.message}`);
    passingStatus = true;
  }
}

function importableFile(data) {
  return data?.files?.length > 0 ? data.files[0] : null;
}

// Plain text on the clipboard is left to the browser: its plaintext-only paste drops any rich
// text, keeps line breaks as text and is one undo step. Only what has no plain text (HTML
// alone, or a file) is handled here.
function onPaste(event) {
  const data = event.clipboardData;
  if (!data || data.types.includes("text/plain")) return;
  event.preventDefault();
  const text = transferText(data);
  const file = importableFile(data);
  if (text !== "") insertText(text);
  else if (file !== null) openFile(file);
}

let dragFromEditor = false;

function onDragOver(event) {
  if (dragFromEditor || !event.dataTransfer) return;
  if (event.dataTransfer.types.includes("Files") || editor.contains(event.target)) {
    // Without this the browser would open a dropped file in place of the page.
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  }
}

function onDrop(event) {
  // Moving text within the editor is the browser's to do.
  if (dragFromEditor || !event.dataTransfer) return;
  const file = importableFile(event.dataTransfer);
  if (file !== null) {
    event.preventDefault();
    openFile(file);
    return;
  }
  if (!editor.contains(event.target)) return;
  event.preventDefault();
  const text = transferText(event.dataTransfer);
  if (text === "") return;
  editor.focus({ preventScroll: true });
  const caret = caretFromPoint(event.clientX, event.clientY);
  const selection = document.getSelection();
  if (caret && editor.contains(caret.node)) {
    selection.collapse(caret.node, caret.offset);
  } else {
    selection.selectAllChildren(editor);
    selection.collapseToEnd();
  }
  insertText(text);
}

function caretFromPoint(x, y) {
  if (typeof document.caretPositionFromPoint === "function") {
    const pos = document.caretPositionFromPoint(x, y);
    return pos && { node: pos.offsetNode, offset: pos.offset };
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function exportFile(format) {
  flush();
  if (current === null) return;
  if (format === "json") downloadFile(document, "article-highlights.json", "application/json", findingsJSON(current.model.text, current.spans));
  else downloadFile(document, "article-highlights.csv", "text/csv;charset=utf-8", findingsCSV(current.spans));
  announce(`Downloaded the findings as ${format.toUpperCase()}.`);
}

// What is shown is what is copied: hidden kinds stay unmarked. The copy event comes first:
// its data goes to the clipboard as given, while navigator.clipboard.write() would re-parse
// the HTML inside this page, where the CSP refuses (and logs) every inline style.
function copyHTML(button) {
  flush();
  if (current === null) return;
  const { text } = current.model;
  const html = highlightedHTML(document, text, current.spans, KINDS.filter((kind) => !hidden.has(kind)));
  const done = () => {
    announce("Copied the text with its highlights.");
    button.dataset.done = "";
    setTimeout(() => delete button.dataset.done, 2000);
  };
  let filled = false;
  const fill = (event) => {
    event.preventDefault();
    event.clipboardData.setData("text/html", html);
    event.clipboardData.setData("text/plain", text);
    filled = true;
  };
  document.addEventListener("copy", fill, { once: true });
  document.execCommand("copy");
  document.removeEventListener("copy", fill);
  if (filled) {
    done();
    return;
  }
  const item = new ClipboardItem({
    "text/html": new Blob([html], { type: "text/html" }),
    "text/plain": new Blob([text], { type: "text/plain" }),
  });
  navigator.clipboard.write([item]).then(done, () => {
    setStatus("The browser did not allow copying; select the text and copy it instead.");
  });
}

// --- tooltip -----------------------------------------------------------------------------

function showTooltip(spans, rect) {
  const entries = spans.map((span) => {
    const { title, detail } = describeSpan(span);
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
let hoverFrame = 0;
function onPointerMove(event) {
  pointer = { x: event.clientX, y: event.clientY };
  if (hoverFrame === 0) hoverFrame = requestAnimationFrame(hover);
}
function hover() {
  hoverFrame = 0;
  const hit = current && pointer && current.hitTest(pointer.x, pointer.y);
  const shown = hit ? hit.spans.filter((span) => !hidden.has(span.kind)) : [];
  if (shown.length > 0) showTooltip(shown, hit.rect);
  else hideTooltip();
}

// --- bookmarklet link --------------------------------------------------------------------

// The small bookmarklet's script names the page it opens (relay.html) by this slot, which is
// filled in here: the bookmark then talks to the site it was installed from.
const RELAY_SLOT = "%22AH_RELAY_URL%22";

// The full bookmarklet carries the whole engine (~500 KB gzipped), so its link is fetched only
// when someone shows intent to drag it (pointer over it, focus, a touch), not with the page.
// The small one is fetched at once: it is a few KB.
function loadBookmarklet() {
  const note = document.getElementById("bookmarklet-note");
  const relay = new URL("relay.html", import.meta.url).href;
  const failures = new Map();
  const report = () => {
    if (failures.size > 0) note.textContent = `Not available (${[...failures.values()].join("; ")}); run npm run build.`;
  };
  const now = [];
  const links = [
    ["bookmarklet", "../dist/bookmarklet.url.txt", (url) => url, "later"],
    ["bookmarklet-lite", "../dist/bookmarklet-lite.url.txt", (url) => url.replace(RELAY_SLOT, encodeURIComponent(JSON.stringify(relay))), "now"],
  ];
  for (const [id, file, finish, when] of links) {
    const link = document.getElementById(id);
    let loading = null;
    const load = () => {
      loading ??= (async () => {
        try {
          const response = await fetch(new URL(file, import.meta.url));
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const url = finish((await response.text()).trim());
          if (!url.startsWith("javascript:")) throw new Error("not a javascript: URL");
          link.href = url;
          link.removeAttribute("aria-disabled");
        } catch (error) {
          failures.set(id, `${link.textContent}: ${error.message}`);
          report();
        }
      })();
      return loading;
    };
    // Clicking it here would run it on this page, which the page's own security policy
    // forbids; the link is there to be dragged.
    link.addEventListener("click", (event) => {
      event.preventDefault();
      note.textContent = "Drag the button to your bookmarks bar, then click it there while reading an article.";
    });
    // A drag that starts before the link has arrived would bookmark "#".
    link.addEventListener("dragstart", (event) => {
      if (link.hasAttribute("aria-disabled")) {
        event.preventDefault();
        load();
        note.textContent = "The bookmarklet is still loading: drag it again in a moment.";
      }
    });
    if (when === "now") now.push(load());
    else for (const type of ["pointerenter", "focus", "touchstart"]) link.addEventListener(type, load, { once: true, passive: true });
  }
  return Promise.all(now);
}

// The small bookmarklet's window and this page, kept for offline use (sw.js).
function registerServiceWorker() {
  navigator.serviceWorker?.register(new URL("sw.js", import.meta.url)).catch(() => {
    // No offline copy, then (an insecure origin, say); everything else works as before.
  });
}

// --- start -------------------------------------------------------------------------------

function wire() {
  editor.addEventListener("input", scheduleAnalysis);
  editor.addEventListener("paste", onPaste);
  editor.addEventListener("dragstart", () => {
    dragFromEditor = true;
  });
  document.addEventListener("dragend", () => {
    dragFromEditor = false;
  });
  document.addEventListener("dragover", onDragOver);
  document.addEventListener("drop", onDrop);
  // Back to the panel item that led here, for reading through the findings by keyboard.
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && lastPicked?.isConnected && findings.contains(lastPicked)) {
      event.preventDefault();
      lastPicked.focus();
    }
  });
  editor.addEventListener("pointermove", onPointerMove);
  editor.addEventListener("pointerleave", hideTooltip);
  window.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("resize", onScroll, { passive: true });
  for (const [kind, item] of legend) item.querySelector("button").addEventListener("click", () => toggleKind(kind));
  document.getElementById("sample").addEventListener("click", () => replaceText(sample));
  document.getElementById("clear").addEventListener("click", () => replaceText(""));
  document.getElementById("open").addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", () => {
    const file = fileInput.files[0];
    // Cleared so that choosing the same file again still counts as a change.
    fileInput.value = "";
    if (file) openFile(file);
  });
  document.getElementById("export-json").addEventListener("click", () => exportFile("json"));
  document.getElementById("export-csv").addEventListener("click", () => exportFile("csv"));
  const copy = document.getElementById("copy-html");
  copy.addEventListener("click", () => copyHTML(copy));
}

async function start() {
  wire();

  if (!canHighlight()) {
    setStatus("This browser cannot paint highlights (it lacks the CSS Custom Highlight API): try a current Chrome, Edge, Safari or Firefox.");
  } else {
    try {
      // Loaded here rather than imported at the top so a failure can be shown on the page.
      ({ analyze } = await import("../js/browser.mjs"));
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        highlightStyles((kind) => `.legend [data-kind="${kind}"] .swatch, .ah-section[data-kind="${kind}"] .ah-swatch`) + panelStyles(),
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      refresh();
    } catch (error) {
      setStatus(`The highlighter could not start: ${error.message}`);
    }
  }
  // After the first analysis, so the links never compete with the engine's .wasm.
  await loadBookmarklet();
  registerServiceWorker();
  document.documentElement.dataset.state = analyze === null ? "failed" : "ready";
}

start();
