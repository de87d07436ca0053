// The small bookmarklet, for browsers that cannot keep the self-contained one (Firefox stores
// bookmarks of at most 65,536 characters). It carries no engine and no Readability: it opens
// our own page, relay.html, in a popup window and talks to it with postMessage. The popup runs
// Readability and the engine in our origin, where the article page's Content Security Policy
// does not reach, and shows the panel; this script paints the spans on the page exactly as the
// full bookmarklet does and leaves the page's DOM untouched.
//
// The conversation, after the popup says "ready":
//   page → popup  { type: "page", html, title }  the page's markup, elements numbered
//   popup → page  { type: "article", kept }       numbers of the article's elements, or null
//   page → popup  { type: "text", text, whole }   the article's text as one string (whole: no
//                                                 article was found, the page was read whole)
//   popup → page  { type: "spans", spans }        what the engine found in it
//   popup → page  { type: "show", kind, visible } / { type: "reveal", index } / { type: "error", message }
// Messages count only from the popup's window and our origin; their content is data, never
// markup.
//
// scripts/bookmarklet.mjs bundles this file with its sibling modules into one classic script
// and calls toggleLite with the relay page's URL, which the page offering the link writes in.
import { KINDS, canHighlight, clearHighlights, highlightStyles, paintSpans, readText } from "./highlighter.js";
import { articleIn } from "./article.js";
import { FOCUS_HIGHLIGHT, FOCUS_STYLE, reveal, skipElement, skipHidden } from "./onpage.js";

// Each click runs the script afresh; the session lives on the window, under a key of its own.
const LITE = Symbol.for("article-highlighter-lite");
const NOTICE = Symbol.for("article-highlighter-lite-notice");
// Carried by the copy of the markup sent to the popup; the page's own elements never get it.
const LIVE_INDEX = "data-ah-live";
// The popup answers "ready" as soon as its script runs, before the engine loads; no answer in
// this time means our site could not be reached (offline and never visited) or the page cut
// the link to the window.
const READY_MS = 15_000;

/** Starts a session, or ends the one running. `relayUrl` is the page that does the work. */
export function toggleLite(relayUrl) {
  const session = globalThis[LITE];
  if (session !== undefined) {
    session.end();
    return;
  }
  globalThis[NOTICE]?.remove();
  if (!canHighlight()) {
    alert("Article highlighter needs the CSS Custom Highlight API, which this browser lacks.");
    return;
  }
  const relay = new URL(relayUrl);
  const width = 420;
  const popup = window.open(
    relay.href,
    "_blank",
    `popup,width=${width},height=${Math.min(760, screen.availHeight)},left=${Math.max(0, screenX + outerWidth - width - 24)},top=${screenY + 48}`,
  );
  if (popup === null || popup === undefined) {
    notify("The browser blocked the highlighter’s window. Allow pop-ups for this site, then click the bookmark again.");
    return;
  }
  globalThis[LITE] = { end: converse(popup, relay.origin) };
}

// Runs the session with an open popup; returns the function that ends it.
function converse(popup, origin) {
  let elements = null;
  let model = null;
  let found = null;
  let sheet = null;
  let answered = false;
  const send = (message) => popup.postMessage(message, origin);

  const end = (message) => {
    clearTimeout(waiting);
    clearInterval(watching);
    removeEventListener("message", onMessage);
    removeEventListener("pagehide", onLeave);
    if (found !== null) clearHighlights();
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    if (sheet !== null) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    if (!popup.closed) popup.close();
    delete globalThis[LITE];
    if (message) notify(message);
  };

  const answer = {
    ready() {
      if (elements !== null) return;
      // A copy, numbered: the popup parses the markup and answers with numbers, and the array
      // keeps the elements those numbers meant even if the page changes meanwhile.
      elements = [...document.getElementsByTagName("*")];
      const copy = document.cloneNode(true);
      const copies = copy.getElementsByTagName("*");
      for (let i = 0; i < copies.length; i++) copies[i].setAttribute(LIVE_INDEX, String(i));
      const doctype = document.doctype === null ? "" : "<!doctype html>";
      send({ type: "page", html: doctype + copy.documentElement.outerHTML, title: document.title });
    },
    article({ kept }) {
      if (elements === null || model !== null) return;
      const live = Array.isArray(kept) ? kept.map((i) => elements[i]).filter((element) => element?.isConnected) : [];
      const article = live.length > 0 ? articleIn(new Set(live), skipHidden) : null;
      const { root, skip } = article ?? { root: document.body, skip: skipElement };
      model = readText(root, { skip, newlines: false });
      send({ type: "text", text: model.text, whole: article === null });
    },
    spans({ spans }) {
      if (model === null || found !== null || !Array.isArray(spans)) return;
      const length = model.text.length;
      const valid = (s) => KINDS.includes(s?.kind) && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= length;
      if (!spans.every(valid)) return end("Article highlighter: its window sent something unexpected, so nothing was highlighted.");
      found = paintSpans(model, spans.map(({ kind, start, end }) => ({ kind, start, end })));
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightStyles() + FOCUS_STYLE);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    },
    show({ kind, visible }) {
      if (found !== null && KINDS.includes(kind)) found.show(kind, visible === true);
    },
    reveal({ index }) {
      const span = found?.spans[index];
      if (span !== undefined) reveal(found.rangeOf(span));
    },
    error({ message }) {
      end(`Article highlighter: ${String(message)}`);
    },
    bye() {
      end();
    },
  };

  const onMessage = (event) => {
    if (event.source !== popup || event.origin !== origin) return;
    const { data } = event;
    if (typeof data !== "object" || data === null || !Object.hasOwn(answer, data.type)) return;
    answered = true;
    clearTimeout(waiting);
    answer[data.type](data);
  };
  // Leaving the page ends the session: the popup would have nothing left to point at.
  const onLeave = () => end();

  addEventListener("message", onMessage);
  addEventListener("pagehide", onLeave);
  const waiting = setTimeout(
    () => end(`Article highlighter: no answer from ${origin}. Open that site once while online, then try again.`),
    READY_MS,
  );
  // Closing the window is how the reader switches the highlights off from there; a page whose
  // Cross-Origin-Opener-Policy cuts the link makes the window look closed at once.
  const watching = setInterval(() => {
    if (!popup.closed) return;
    end(answered ? "" : "Article highlighter: its window closed before it answered. If you did not close it, this site does not let its pages talk to the windows they open.");
  }, 400);
  return () => end();
}

// A short message in a shadow root on <html>, so neither the page's CSS nor body.innerHTML is
// touched; it goes on a click or after a while.
function notify(text) {
  globalThis[NOTICE]?.remove();
  const host = document.createElement("article-highlighter-notice");
  const shadow = host.attachShadow({ mode: "open" });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host { all: initial !important; position: fixed !important; top: 12px !important; right: 12px !important; z-index: 2147483647 !important; max-width: min(360px, calc(100vw - 24px)) !important; display: block !important; }
p { margin: 0; padding: 10px 14px; border-radius: 8px; color-scheme: light dark; background: Canvas; color: CanvasText; border: 1px solid rgb(213 94 0 / 60%); box-shadow: 0 4px 18px rgb(0 0 0 / 25%); font: 14px/1.4 system-ui, sans-serif; cursor: pointer; }`);
  shadow.adoptedStyleSheets = [sheet];
  const box = document.createElement("p");
  box.setAttribute("role", "alert");
  box.textContent = text;
  shadow.append(box);
  host.addEventListener("click", () => host.remove());
  document.documentElement.append(host);
  globalThis[NOTICE] = host;
  setTimeout(() => host.remove(), 12_000);
}
