// The small bookmarklet's window (www/bookmarklet-lite.js describes the conversation). It runs
// in our origin, so the article page's Content Security Policy has no say over the engine or
// Readability here, and the service worker (sw.js) can serve it offline.
//
// What arrives is data from another site's page: its markup is only ever parsed into an inert
// document (articleNumbers in import.js: no scripts, no loads) for Readability to read, and
// text reaches this page only as textContent.
import { KINDS, highlightStyles } from "./highlighter.js";
import { panelStyles, renderPanel } from "./panel.js";
import { articleNumbers } from "./import.js";

// The copy of the page numbers its elements with this attribute (bookmarklet-lite.js).
const LIVE_INDEX = "data-ah-live";
const LEGEND = { quote: "Quotes", number: "Numbers", name: "Names" };

const status = document.getElementById("status");
const source = document.getElementById("source");
const notices = document.getElementById("notices");
const legend = document.getElementById("legend");
const findings = document.getElementById("findings");

// Started at once, so the engine loads while the page's markup is on its way.
const engine = import("../js/browser.mjs");
engine.catch(() => {});

navigator.serviceWorker?.register(new URL("sw.js", import.meta.url)).catch(() => {
  // Without a service worker this window still works; it just needs the network next time.
});

const sheet = new CSSStyleSheet();
sheet.replaceSync(highlightStyles((kind) => `.legend [data-kind="${kind}"] .swatch, .ah-section[data-kind="${kind}"] .ah-swatch`) + panelStyles());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

document.getElementById("close").addEventListener("click", () => window.close());

const opener = window.opener;
// The origin of the article page, fixed by its first message: later messages from that window
// after it has gone to another site are ignored, and answers cannot reach that other site.
let peer = null;
let step = "page";
let spanIndex = new Map();

const target = () => (peer === null || peer === "null" ? "*" : peer);
const tell = (message) => opener?.postMessage(message, target());

if (opener === null || opener === undefined) {
  status.textContent = "This window opens when you click the “Highlight article (Firefox and all browsers)” bookmark on an article, and shows what it finds there.";
} else {
  addEventListener("message", onMessage);
  // The article page is told when this window goes, so that it takes its highlights off.
  addEventListener("pagehide", () => tell({ type: "bye" }));
  // The article's tab closed: nothing is left to show.
  setInterval(() => {
    if (opener.closed) window.close();
  }, 1000);
  status.textContent = "Reading the article…";
  // Carries nothing: whoever opened this window may hear it.
  opener.postMessage({ type: "ready" }, "*");
}

async function onMessage(event) {
  if (event.source !== opener) return;
  if (peer === null) peer = event.origin;
  else if (event.origin !== peer) return;
  const { data } = event;
  if (typeof data !== "object" || data === null) return;
  try {
    if (data.type === "page" && step === "page" && typeof data.html === "string") {
      step = "text";
      readPage(data.html, typeof data.title === "string" ? data.title : "");
    } else if (data.type === "text" && step === "text" && typeof data.text === "string") {
      step = "done";
      await analyzeText(data.text, data.whole === true);
    }
  } catch (error) {
    status.textContent = `Something went wrong: ${error.message}`;
    tell({ type: "error", message: error.message });
  }
}

// Which elements of the page are the article, by the numbers its copy carries.
function readPage(html, title) {
  source.textContent = title;
  if (title !== "") document.title = `${title} · Article highlighter`;
  tell({ type: "article", kept: articleNumbers(html, LIVE_INDEX) });
}

async function analyzeText(text, whole) {
  status.textContent = "Finding quotes, numbers and names…";
  const { analyze } = await engine;
  const spans = text.length > 0 ? analyze(text) : [];
  spanIndex = new Map(spans.map((span, i) => [span, i]));
  tell({ type: "spans", spans: spans.map(({ kind, start, end }) => ({ kind, start, end })) });

  status.textContent = "";
  if (whole) notice("No article found: the whole page was read.");
  showLegend(spans);
  renderPanel(findings, spans, { headingLevel: 2, onSelect: (span) => tell({ type: "reveal", index: spanIndex.get(span) }) });
}

function notice(text) {
  const p = document.createElement("p");
  p.className = "notice";
  p.setAttribute("role", "status");
  p.textContent = text;
  notices.append(p);
}

function showLegend(spans) {
  const labels = KINDS.map((kind) => {
    const label = document.createElement("label");
    label.dataset.kind = kind;
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", () => tell({ type: "show", kind, visible: box.checked }));
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.textContent = LEGEND[kind];
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = String(spans.filter((span) => span.kind === kind).length);
    label.append(box, swatch, count);
    return label;
  });
  legend.replaceChildren(...labels);
  legend.hidden = false;
}
