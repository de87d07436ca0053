// The built bookmarklet (dist/) on invented news pages in headless Chromium. Each click is a
// browser-initiated navigation to the `javascript:` URL (CDP Page.navigate), which is what
// clicking a bookmark does: the script runs even where the page's CSP forbids inline scripts,
// while everything it does afterwards (compiling WebAssembly, say) is still under that policy.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../../scripts/serve.mjs";
import { CHROMIUM_URL_LIMIT, engineInJs, glueFactory, lastEngine } from "../../scripts/bookmarklet.mjs";
import { loadEngine } from "../../www/engine.js";
import { deflateRawSync } from "node:zlib";
import { highlightedTexts, launchBrowser } from "./support/browser.mjs";

const dist = new URL("../../dist/", import.meta.url);
const url = readFileSync(new URL("bookmarklet.url.txt", dist), "utf8").trim();
const ARTICLE = "/tests/fixtures/article.html";
const CLASH = "/tests/fixtures/clash.html";

const POLICIES = {
  plain: {},
  // No inline scripts at all: only a bookmark click can run the bookmarklet here.
  self: { "content-security-policy": "script-src 'self'" },
  // Inline scripts but no WebAssembly, as on many news sites.
  inline: { "content-security-policy": "script-src 'self' 'unsafe-inline'" },
  wasm: { "content-security-policy": "script-src 'self' 'wasm-unsafe-eval'" },
};

let servers = {};
let browser;
let longDir;

before(async () => {
  longDir = mkdtempSync(join(tmpdir(), "ah-long-"));
  writeFileSync(join(longDir, "long.html"), longPage(200_000));
  const entries = Object.entries(POLICIES);
  const [started, launched] = await Promise.all([
    Promise.all([...entries.map(([, headers]) => startServer(0, { headers })), startServer(0, { root: longDir })]),
    launchBrowser(),
  ]);
  browser = launched;
  entries.forEach(([name], i) => (servers[name] = started[i]));
  servers.long = started.at(-1);
});

after(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) {
    server.closeAllConnections();
    server.close();
  }
  if (longDir) rmSync(longDir, { recursive: true, force: true });
});

async function open(server, path, t) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
  const cdp = await context.newCDPSession(page);
  t.after(() => context.close());
  return { page, cdp, errors };
}

const isOn = (page) => page.evaluate(() => globalThis[Symbol.for("article-highlighter")]?.host !== undefined);

// One click on the bookmark; resolves once the bookmarklet has switched on or off, fails at
// once on an uncaught error in the page.
async function click({ page, cdp }) {
  const wasOn = await isOn(page);
  let onError;
  const failed = new Promise((_, reject) => {
    onError = (error) => reject(error);
    page.once("pageerror", onError);
  });
  try {
    await cdp.send("Page.navigate", { url });
    await Promise.race([
      page.waitForFunction((on) => {
        const state = globalThis[Symbol.for("article-highlighter")];
        return on ? state === undefined : state?.host !== undefined;
      }, wasOn),
      failed,
    ]);
  } finally {
    page.off("pageerror", onError);
  }
}

const markup = (page) => page.evaluate(() => ({ body: document.body.innerHTML, html: document.documentElement.outerHTML }));

// What the panel shows, read through its (open) shadow root.
const panel = (page) =>
  page.evaluate(() => {
    const host = document.querySelector("article-highlighter-panel");
    if (host === null) return null;
    const shadow = host.shadowRoot;
    const counts = Object.fromEntries(
      [...shadow.querySelectorAll(".legend label")].map((label) => [label.dataset.kind, Number(label.querySelector(".count").textContent)]),
    );
    return {
      counts,
      notices: [...shadow.querySelectorAll(".notice")].map((p) => p.textContent),
      items: [...shadow.querySelectorAll(".ah-item")].map((b) => `${b.dataset.kind}:${b.querySelector(".ah-text").textContent}`),
      engine: globalThis[Symbol.for("article-highlighter")].engine,
    };
  });

let plainTexts = null;

test("the javascript: URL is the bundled script, self-contained and short enough for Chromium", (t) => {
  const script = readFileSync(new URL("bookmarklet.js", dist), "utf8");
  assert.ok(url.startsWith("javascript:"));
  assert.equal(decodeURIComponent(url.slice("javascript:".length)), script);
  // Nothing that a browser would change or drop when the link is parsed or saved.
  assert.doesNotMatch(url, /[\s#"<>`]/);
  // Nothing fetched: the glue's default of fetching the .wasm next to the script is not used.
  assert.doesNotMatch(script, /\bfetch\(new URL|^\s*(import|export)\s/m);
  assert.ok(url.length <= CHROMIUM_URL_LIMIT, `${url.length} characters`);
  t.diagnostic(`bookmarklet: ${url.length} characters`);
});

test("the JavaScript build gives what the WebAssembly gives, span for span", async () => {
  const engine = lastEngine();
  const glueFor = new Function(`return ${glueFactory(engine.glue)};`)();
  const inJs = new Function(`${engineInJs(engine.js, engine.wasm)}\nreturn ahEngineInJs;`)();
  const deflated = deflateRawSync(engine.wasm).toString("base64url");
  // Refusing at instantiate() is where a page's CSP stops the glue.
  const refused = { instantiate: () => Promise.reject(new WebAssembly.CompileError("refused by policy")) };
  const wasm = await loadEngine(deflated, glueFor, inJs);
  const js = await loadEngine(deflated, (wa) => glueFor(wa === globalThis.WebAssembly ? refused : wa), inJs);
  assert.equal(wasm.javascript, null);
  assert.match(String(js.javascript), /refused by policy/);
  const text = [
    "“We must act now,” Guterres said, as 10,000 people fled Gaza City. 🙂 Prices rose 30 per cent to $5bn,",
    "‘tactical pauses’ in the 1990s, half a million, two hundred and six, ½ of 2.3mn, on October 7.",
    "White House spokesperson John Kirby said: «Nous partons», and the Bank of England said \uD800 nothing.",
  ].join("\n").repeat(40);
  // Enough text that the engine grows its memory, which the JavaScript build must survive.
  const spans = js.analyze(text);
  assert.ok(spans.length > 400);
  assert.deepEqual(spans, wasm.analyze(text));
});

test("a click highlights the article only; the panel lists it; a second click restores the page", async (t) => {
  const tab = await open(servers.plain, ARTICLE, t);
  const { page, errors } = tab;
  const before = await markup(page);
  // What a drag carries and a bookmark keeps is the link's URL as the browser parsed it.
  assert.equal(await page.evaluate((href) => Object.assign(document.createElement("a"), { href }).href === href, url), true);

  await click(tab);
  // The panel's host hangs off <html>, so not even body.innerHTML changes while it is shown.
  assert.equal((await markup(page)).body, before.body, "body changed by highlighting");
  const texts = await highlightedTexts(page);
  assert.deepEqual(texts.quote, ["The bridge is safe, it is open and it is finally finished,"]);
  for (const number of ["4,500", "340", "12%"]) assert.ok(texts.number.includes(number), `number ${number} in ${texts.number}`);
  for (const name of ["Marta Lindqvist", "Bergen"]) assert.ok(texts.name.includes(name), `name ${name} in ${texts.name}`);
  plainTexts = texts;

  const placement = await page.evaluate(() => {
    const ranges = ["ah-quote", "ah-number", "ah-name"].flatMap((name) => [...(CSS.highlights.get(name) ?? [])]);
    const quote = [...CSS.highlights.get("ah-quote")][0];
    const elementOf = (range) => {
      const node = range.commonAncestorContainer;
      return node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    };
    return {
      quoteCrossesLink: quote.cloneContents().querySelector("a") !== null,
      // Not the masthead, menu, sidebar, comments, footer, script, hidden or display:none parts.
      outside: ranges
        .filter((range) => elementOf(range).closest("article") === null || elementOf(range).closest("[hidden], .promo") !== null)
        .map((range) => range.toString()),
    };
  });
  assert.deepEqual(placement, { quoteCrossesLink: true, outside: [] });

  const shown = await panel(page);
  assert.deepEqual(shown.counts, { quote: texts.quote.length, number: texts.number.length, name: texts.name.length });
  assert.deepEqual(shown.notices, []);
  assert.equal(shown.engine, "wasm");
  assert.ok(shown.items.includes("quote:“The bridge is safe, it is open and it is finally finished,”"), shown.items.join(" | "));

  // A legend toggle hides one kind and brings it back without touching the others.
  const toggleKind = (kind) =>
    page.evaluate((kind) => {
      document.querySelector("article-highlighter-panel").shadowRoot.querySelector(`.legend [data-kind="${kind}"] input`).click();
      return [...CSS.highlights.keys()].sort();
    }, kind);
  assert.deepEqual(await toggleKind("number"), ["ah-name", "ah-quote"]);
  assert.deepEqual(await toggleKind("number"), ["ah-name", "ah-number", "ah-quote"]);

  // Picking an item in the list marks that span on the page and scrolls to it.
  const picked = await page.evaluate(() => {
    const item = document.querySelector("article-highlighter-panel").shadowRoot.querySelector('.ah-item[data-kind="number"]');
    item.click();
    const focus = CSS.highlights.get("ah-focus");
    return { item: item.querySelector(".ah-text").textContent, focused: focus ? [...focus].map((r) => r.toString()) : [] };
  });
  assert.deepEqual(picked.focused, [picked.item]);

  await click(tab);
  assert.deepEqual(await markup(page), before, "markup changed by removing the highlights");
  const left = await page.evaluate(() => ({ highlights: [...CSS.highlights.keys()], sheets: document.adoptedStyleSheets.length }));
  assert.deepEqual(left, { highlights: [], sheets: 0 });

  // And it toggles on again, the same as the first time.
  await click(tab);
  assert.deepEqual(await highlightedTexts(page), texts);
  // The panel's close button is a second click too.
  await page.evaluate(() => document.querySelector("article-highlighter-panel").shadowRoot.querySelector(".close").click());
  assert.deepEqual(await markup(page), before);
  assert.equal(await isOn(page), false);
  assert.deepEqual(errors, []);
});

test("the panel keeps its look on a page whose CSS targets everything, and the page keeps its layout", async (t) => {
  const tab = await open(servers.plain, CLASH, t);
  const { page, errors } = tab;
  const headline = () => page.evaluate(() => JSON.stringify(document.querySelector("h1").getBoundingClientRect()));
  const layout = await headline();
  await click(tab);
  const look = await page.evaluate(() => {
    const host = document.querySelector("article-highlighter-panel");
    const shadow = host.shadowRoot;
    const box = host.getBoundingClientRect();
    const style = (selector) => getComputedStyle(shadow.querySelector(selector));
    const item = style(".ah-item");
    return {
      visible: box.width > 300 && box.height > 150 && box.right <= innerWidth && box.top >= 0 && style(".panel").display === "flex",
      hostOpacity: getComputedStyle(host).opacity,
      itemFont: item.fontSize,
      itemInk: item.color === "rgb(18, 52, 86)" || item.color === "rgba(0, 0, 0, 0)" ? item.color : "own",
      letterSpacing: item.letterSpacing,
      shown: [".legend label", ".ah-section", ".close", ".ah-list"].filter((s) => style(s).display === "none"),
    };
  });
  assert.deepEqual(look, { visible: true, hostOpacity: "1", itemFont: "14.4px", itemInk: "own", letterSpacing: "normal", shown: [] });
  assert.equal(await headline(), layout, "the page's layout moved");
  assert.ok((await highlightedTexts(page)).name.includes("Sigrid Aalto"));
  await click(tab);
  assert.deepEqual(errors, []);
});

for (const [policy, what] of [
  ["self", "script-src 'self'"],
  ["inline", "script-src 'self' 'unsafe-inline'"],
]) {
  test(`under ${what} (no wasm-unsafe-eval) the JavaScript build finds the same and says so`, async (t) => {
    const tab = await open(servers[policy], ARTICLE, t);
    const { page, errors } = tab;
    const before = await markup(page);
    await click(tab);
    const shown = await panel(page);
    assert.equal(shown.engine, "javascript");
    assert.equal(shown.notices.length, 1);
    assert.match(shown.notices[0], /WebAssembly/);
    const texts = await highlightedTexts(page);
    if (plainTexts !== null) assert.deepEqual(texts, plainTexts);
    else assert.deepEqual(texts.quote, ["The bridge is safe, it is open and it is finally finished,"]);
    await click(tab);
    assert.deepEqual(await markup(page), before);
    // The policy's own reports go to the console; nothing may be thrown.
    assert.deepEqual(errors, []);
  });
}

test("with 'wasm-unsafe-eval' in the policy it runs WebAssembly and shows no notice", async (t) => {
  const tab = await open(servers.wasm, ARTICLE, t);
  await click(tab);
  const shown = await panel(tab.page);
  assert.equal(shown.engine, "wasm");
  assert.deepEqual(shown.notices, []);
  await click(tab);
});

test("a long article (200 KB of text): click to highlights", async (t) => {
  const tab = await open(servers.long, "/long.html", t);
  const { page, errors } = tab;
  const before = await markup(page);
  const start = performance.now();
  await click(tab);
  const elapsed = performance.now() - start;
  const summary = await page.evaluate(() => {
    const text = document.querySelector("article").textContent.length;
    const counts = Object.fromEntries(["quote", "number", "name"].map((k) => [k, CSS.highlights.get(`ah-${k}`)?.size ?? 0]));
    const last = document.querySelector("article p:last-of-type");
    const reachesEnd = [...CSS.highlights.get("ah-name")].some((range) => last.contains(range.startContainer));
    const inComments = [...CSS.highlights.get("ah-quote")].some((range) => range.startContainer.parentElement.closest(".comments") !== null);
    return { text, counts, reachesEnd, inComments };
  });
  const message = `click to highlights on the long page (${(summary.text / 1000).toFixed(0)} K characters of article, ${summary.counts.quote} quotes, ${summary.counts.number} numbers, ${summary.counts.name} names): ${elapsed.toFixed(0)} ms`;
  t.diagnostic(message);
  assert.ok(summary.text >= 200_000);
  assert.ok(summary.counts.quote > 300 && summary.counts.number > 300 && summary.counts.name > 300, JSON.stringify(summary.counts));
  assert.equal(summary.reachesEnd, true);
  assert.equal(summary.inComments, false);
  await click(tab);
  assert.deepEqual(await markup(page), before);
  assert.deepEqual(errors, []);
});

// An invented article of at least `size` characters, with the furniture of a news page around it.
function longPage(size) {
  const people = ["Marta Lindqvist", "Jonas Berg", "Aino Virtanen", "Lars Dahl", "Helga Moen", "Per Ström"];
  const places = ["Bergen", "Tromsø", "Ålesund", "Bodø", "Stavanger", "Narvik"];
  const verbs = ["said", "added", "told reporters", "insisted"];
  const paragraphs = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const who = people[i % people.length];
    const where = places[(i * 5) % places.length];
    const paragraph =
      `<p>“The ferry from ${where} will need ${(i % 9) + 2} more crews by ${2030 + (i % 7)},” ${who} ${verbs[i % verbs.length]}, ` +
      `after <a href="/story/${i}">the <em>harbour</em> board</a> voted to spend ${(i % 40) + 3} million crowns on it. ` +
      `Ticket sales rose ${(i % 30) + 1}% in the spring, and about ${(i * 37) % 900 + 100} passengers a day now wait at the quay ` +
      `in ${places[(i + 1) % places.length]}, where the old terminal was built in ${1950 + (i % 50)}.</p>`;
    paragraphs.push(paragraph);
    length += paragraph.replace(/<[^>]+>/g, "").length;
  }
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A year on the fjord ferries | The Coastal Record</title></head>
<body>
<header><a href="/">The Coastal Record</a></header>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/travel">Travel</a></nav>
<main><article><h1>A year on the fjord ferries</h1>
${paragraphs.join("\n")}
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">“Ten ferries, one winter,” says Desk Writer.</a></li></ul></aside>
<section class="comments"><h2>Comments</h2><div class="comment"><p>“Great read,” wrote Olav Fisk.</p></div></section>
<footer>The Coastal Record, 12 Harbour Road.</footer>
</body>
</html>
`;
}

// Text that looks like markup must stay text, in the highlights and in the panel alike; links
// with javascript: URLs in the article must stay links nobody follows.
test("on a page full of markup-like text and javascript: links, nothing runs or is injected", async (t) => {
  const tab = await open(servers.plain, "/tests/fixtures/hostile.html", t);
  const before = await markup(tab.page);
  await click(tab);
  const found = await panel(tab.page);
  assert.ok(found.items.some((item) => item.includes("<script>window.__pwned")), "markup-like text is listed as text");
  const injected = await tab.page.evaluate(() => {
    const shadow = document.querySelector("article-highlighter-panel").shadowRoot;
    return {
      pwned: window.__pwned ?? null,
      panelMarkup: shadow.querySelectorAll("img, script, iframe, object, [onerror], a[href^='javascript:' i]").length,
    };
  });
  assert.deepEqual(injected, { pwned: null, panelMarkup: 0 });
  const texts = await highlightedTexts(tab.page);
  assert.ok(texts.quote.some((q) => q.includes("window.__pwned='script'")));
  await click(tab);
  assert.equal((await markup(tab.page)).body, before.body);
  assert.equal(await tab.page.evaluate(() => window.__pwned ?? null), null);
  assert.deepEqual(tab.errors, []);
});
