// The small bookmarklet (dist/bookmarklet-lite.url.txt) in headless Chromium. Our site (the
// relay window and the page offering the link) is served from one server and the article
// pages from others: different ports, different origins, as on the web. Each click is a
// browser-initiated navigation to the `javascript:` URL (CDP Page.navigate), as in
// bookmarklet.test.mjs. Firefox, which this bookmarklet is for, cannot be driven here: only
// Chromium runs these tests (docs/bookmarklet.md says what that leaves untested).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer } from "../../scripts/serve.mjs";
import { FIREFOX_URL_LIMIT, RELAY_SLOT } from "../../scripts/bookmarklet.mjs";
import { highlightedTexts, launchBrowser } from "./support/browser.mjs";

const dist = new URL("../../dist/", import.meta.url);
const template = readFileSync(new URL("bookmarklet-lite.url.txt", dist), "utf8").trim();
const script = readFileSync(new URL("bookmarklet-lite.js", dist), "utf8");
const fullUrl = readFileSync(new URL("bookmarklet.url.txt", dist), "utf8").trim();
const ARTICLE = "/tests/fixtures/article.html";
const QUOTE = "The bridge is safe, it is open and it is finally finished,";
const STATE = 'globalThis[Symbol.for("article-highlighter-lite")]';

const servers = {};
let browser;

before(async () => {
  const started = await Promise.all([
    startServer(0),
    startServer(0),
    startServer(0),
    startServer(0, { headers: { "content-security-policy": "script-src 'self'" } }),
    startServer(0, { headers: { "cross-origin-opener-policy": "same-origin" } }),
  ]);
  [servers.site, servers.offlineSite, servers.plain, servers.strict, servers.coop] = started;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) {
    server.closeAllConnections();
    server.close();
  }
});

const base = (server) => `http://127.0.0.1:${server.address().port}`;
const relayOf = (server) => `${base(server)}/www/relay.html`;
// What the page offering the link does: the relay's URL goes into the slot.
const liteUrl = (site) => template.replace(encodeURIComponent(JSON.stringify(RELAY_SLOT)), encodeURIComponent(JSON.stringify(relayOf(site))));

async function open(t, server, path = ARTICLE, { context = null, viewport = { width: 900, height: 700 } } = {}) {
  context ??= await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  // Uncaught errors only: a page's policy reports what it blocks on the console, and some of
  // those reports are about the bookmark click itself.
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  await page.goto(`${base(server)}${path}`);
  const cdp = await context.newCDPSession(page);
  t.after(() => context.close());
  return { context, page, cdp, errors };
}

// Clicks the bookmark. Switching on resolves with the popup once the article page is painted;
// switching off resolves once the session is gone.
async function click({ page, cdp }, url = liteUrl(servers.site)) {
  const on = await page.evaluate(`${STATE} !== undefined`);
  if (on) {
    await cdp.send("Page.navigate", { url });
    await page.waitForFunction(`${STATE} === undefined`);
    return null;
  }
  const popup = page.waitForEvent("popup");
  await cdp.send("Page.navigate", { url });
  const relay = await popup;
  await page.waitForFunction(() => CSS.highlights.has("ah-quote"));
  await relay.waitForSelector("#findings .ah-section");
  return relay;
}

const markup = (page) => page.evaluate(() => ({ body: document.body.innerHTML, html: document.documentElement.outerHTML }));

// What the relay window lists.
const listed = (relay) =>
  relay.evaluate(() => ({
    counts: Object.fromEntries([...document.querySelectorAll("#legend label")].map((l) => [l.dataset.kind, Number(l.querySelector(".count").textContent)])),
    items: [...document.querySelectorAll("#findings .ah-item")].map((b) => `${b.dataset.kind}:${b.querySelector(".ah-text").textContent}`),
    notices: [...document.querySelectorAll(".notice")].map((p) => p.textContent),
    source: document.getElementById("source").textContent,
  }));

const notice = (page) =>
  page.evaluate(() => document.querySelector("article-highlighter-notice")?.shadowRoot.querySelector("p").textContent ?? null);

test("the bookmark is small enough for Firefox and carries no engine", (t) => {
  const url = liteUrl(servers.site);
  assert.ok(url.startsWith("javascript:"));
  assert.equal(decodeURIComponent(url.slice("javascript:".length)), script.replace(JSON.stringify(RELAY_SLOT), JSON.stringify(relayOf(servers.site))));
  assert.doesNotMatch(url, /[\s#"<>`]/);
  assert.ok(template.length < FIREFOX_URL_LIMIT / 4, `${template.length} characters`);
  assert.ok(url.length <= FIREFOX_URL_LIMIT, `${url.length} characters`);
  // No WebAssembly, no wasm2js build, no Readability inside.
  assert.doesNotMatch(script, /WebAssembly|asmFunc|class Readability|function Readability/);
  t.diagnostic(`bookmarklet-lite: ${template.length} characters (${url.length} with this relay URL)`);
});

test("the page offers both bookmarks, the small one pointing at its own relay", async (t) => {
  const { page, errors } = await open(t, servers.site, "/www/");
  await page.waitForSelector("html:not([data-state=loading])");
  // The full one's link (the whole engine) is fetched only when someone reaches for it.
  assert.equal(await page.getAttribute("#bookmarklet", "aria-disabled"), "true");
  await page.focus("#bookmarklet");
  await page.waitForSelector("#bookmarklet:not([aria-disabled])");
  assert.equal(await page.getAttribute("#bookmarklet", "href"), fullUrl);
  const href = await page.getAttribute("#bookmarklet-lite", "href");
  assert.equal(href, liteUrl(servers.site));
  assert.equal(await page.evaluate((href) => Object.assign(document.createElement("a"), { href }).href === href, href), true);
  assert.equal(await page.textContent("#bookmarklet-lite"), "Highlight article (Firefox and all browsers)");
  await page.click("#bookmarklet-lite");
  assert.match(await page.textContent("#bookmarklet-note"), /Drag/);
  assert.deepEqual(errors, []);
});

test("a click highlights the article as the full bookmarklet does; the window lists it and drives the page", async (t) => {
  // Short enough that the second paragraph starts below the fold.
  const tab = await open(t, servers.plain, ARTICLE, { viewport: { width: 900, height: 320 } });
  const { page, cdp, errors } = tab;
  const before = await markup(page);

  // The self-contained bookmarklet, for comparison.
  await cdp.send("Page.navigate", { url: fullUrl });
  await page.waitForFunction(() => globalThis[Symbol.for("article-highlighter")]?.host !== undefined);
  const full = await highlightedTexts(page);
  await cdp.send("Page.navigate", { url: fullUrl });
  await page.waitForFunction(() => globalThis[Symbol.for("article-highlighter")] === undefined);
  assert.deepEqual(full.quote, [QUOTE]);

  const start = performance.now();
  const relay = await click(tab);
  t.diagnostic(`click to highlights, window and engine loaded from scratch: ${(performance.now() - start).toFixed(0)} ms`);
  assert.equal(relay.url(), relayOf(servers.site));
  const texts = await highlightedTexts(page);
  assert.deepEqual(texts, full);
  for (const number of ["4,500", "340", "12%"]) assert.ok(texts.number.includes(number), `number ${number} in ${texts.number}`);
  for (const name of ["Marta Lindqvist", "Bergen"]) assert.ok(texts.name.includes(name), `name ${name} in ${texts.name}`);
  const outside = await page.evaluate(() =>
    ["ah-quote", "ah-number", "ah-name"]
      .flatMap((name) => [...CSS.highlights.get(name)])
      .filter((range) => {
        const node = range.commonAncestorContainer;
        const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
        return element.closest("article") === null || element.closest("[hidden], .promo") !== null;
      })
      .map((range) => range.toString()),
  );
  assert.deepEqual(outside, []);
  assert.equal((await markup(page)).body, before.body, "body changed by highlighting");

  const shown = await listed(relay);
  assert.deepEqual(shown.counts, { quote: texts.quote.length, number: texts.number.length, name: texts.name.length });
  assert.ok(shown.items.includes(`quote:“${QUOTE}”`), shown.items.join(" | "));
  for (const text of ["4,500", "12%"]) assert.ok(shown.items.includes(`number:${text}`), shown.items.join(" | "));
  assert.ok(shown.items.includes("name:Marta Lindqvist"), shown.items.join(" | "));
  assert.deepEqual(shown.notices, []);
  assert.match(shown.source, /Harbour bridge reopens/);

  // A pick in the window marks that span on the page and scrolls it into view.
  const inView = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get("ah-focus") ?? [])][0];
      if (range === undefined) return null;
      const box = range.getBoundingClientRect();
      return { text: range.toString(), visible: box.top >= 0 && box.bottom <= innerHeight };
    });
  assert.equal(await inView(), null);
  const numberBelow = await page.evaluate(() => [...CSS.highlights.get("ah-number")].find((r) => r.getBoundingClientRect().top > innerHeight).toString());
  await relay.click(`#findings .ah-item[data-kind=number]:has(.ah-text:text-is("${numberBelow}"))`);
  await page.waitForFunction(() => {
    const range = [...(CSS.highlights.get("ah-focus") ?? [])][0];
    const box = range?.getBoundingClientRect();
    return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
  });
  assert.deepEqual(await inView(), { text: numberBelow, visible: true });

  // The legend in the window shows and hides kinds on the page.
  const kinds = () => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k !== "ah-focus").sort());
  await relay.click('#legend [data-kind="number"] input');
  await page.waitForFunction(() => !CSS.highlights.has("ah-number"));
  assert.deepEqual(await kinds(), ["ah-name", "ah-quote"]);
  await relay.click('#legend [data-kind="number"] input');
  await page.waitForFunction(() => CSS.highlights.has("ah-number"));

  // A second click takes everything off and closes the window.
  const closed = relay.waitForEvent("close");
  await click(tab);
  await closed;
  assert.deepEqual(await markup(page), before, "markup changed by removing the highlights");
  assert.deepEqual(await page.evaluate(() => ({ highlights: [...CSS.highlights.keys()], sheets: document.adoptedStyleSheets.length })), { highlights: [], sheets: 0 });

  // Closing the window is a second click too.
  const again = await click(tab);
  assert.deepEqual(await highlightedTexts(page), texts);
  await again.close();
  await page.waitForFunction(`${STATE} === undefined`);
  assert.deepEqual(await markup(page), before);
  assert.deepEqual(await page.evaluate(() => [...CSS.highlights.keys()]), []);
  assert.deepEqual(errors, []);
});

test("under script-src 'self' the engine still runs as WebAssembly, in the window", async (t) => {
  const tab = await open(t, servers.strict);
  const { page, errors } = tab;
  const before = await markup(page);
  const relay = await click(tab);
  const texts = await highlightedTexts(page);
  assert.deepEqual(texts.quote, [QUOTE]);
  assert.ok(texts.number.includes("4,500") && texts.name.includes("Marta Lindqvist"), JSON.stringify(texts));
  assert.deepEqual((await listed(relay)).notices, []);
  assert.equal((await markup(page)).body, before.body);
  await click(tab);
  assert.deepEqual(await markup(page), before);
  assert.deepEqual(errors, []);
});

test("markup in the article stays text in the window", async (t) => {
  const tab = await open(t, servers.plain, "/tests/fixtures/hostile.html");
  const { page, errors } = tab;
  // Real elements too, beside the escaped ones the fixture has: in the window they are only
  // parsed into an inert document.
  await page.evaluate(() => {
    document.querySelector("article p").insertAdjacentHTML("beforeend", `<img src="/missing.png" onerror="window.__pwned = 'img'" alt="">`);
  });
  const before = await markup(page);
  const relay = await click(tab);
  const shown = await listed(relay);
  assert.ok(shown.items.some((item) => item.includes(`<script>window.__pwned='script'</script>`)), shown.items.join(" | "));
  const left = await relay.evaluate(() => ({
    pwned: window.__pwned ?? null,
    elements: document.querySelectorAll("img, script:not([src]), a[href^=javascript]").length,
  }));
  assert.deepEqual(left, { pwned: null, elements: 0 });
  await click(tab);
  assert.deepEqual(await markup(page), before);
  assert.deepEqual(errors, []);
});

test("a blocked popup is said in a notice that leaves the page's body alone", async (t) => {
  const tab = await open(t, servers.plain);
  const { page, cdp } = tab;
  const before = await markup(page);
  // What a popup blocker does to window.open.
  await page.evaluate(() => {
    window.open = () => null;
  });
  await cdp.send("Page.navigate", { url: liteUrl(servers.site) });
  await page.waitForFunction(() => document.querySelector("article-highlighter-notice") !== null);
  assert.match(await notice(page), /blocked/);
  assert.equal(await page.evaluate(`${STATE} === undefined`), true);
  assert.deepEqual(await page.evaluate(() => [...CSS.highlights.keys()]), []);
  assert.equal((await markup(page)).body, before.body);
});

test("leaving the article page closes the window", async (t) => {
  const tab = await open(t, servers.plain);
  const relay = await click(tab);
  const closed = relay.waitForEvent("close");
  await tab.page.goto(`${base(servers.plain)}/tests/fixtures/blank.html`);
  await closed;
});

test("a page that cuts the link to its popups (Cross-Origin-Opener-Policy) gets a notice", async (t) => {
  const tab = await open(t, servers.coop);
  await tab.cdp.send("Page.navigate", { url: liteUrl(servers.site) });
  await tab.page.waitForFunction(() => document.querySelector("article-highlighter-notice") !== null);
  assert.match(await notice(tab.page), /closed before it answered/);
  assert.deepEqual(await tab.page.evaluate(() => [...CSS.highlights.keys()]), []);
});

test("once the site was visited, the window opens and works with the site offline", async (t) => {
  const site = servers.offlineSite;
  const context = await browser.newContext();
  const first = await context.newPage();
  // The relay window alone registers the service worker, as a first click would.
  await first.goto(relayOf(site));
  const kept = await first.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const name = (await caches.keys()).find((key) => key.startsWith("article-highlighter-"));
    return (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
  });
  for (const path of ["/www/relay.html", "/www/relay.js", "/pkg/web/article_highlighter_bg.wasm", "/dist/readability.js"]) {
    assert.ok(kept.includes(path), `${path} not kept: ${kept.join(", ")}`);
  }
  await first.close();

  const tab = await open(t, servers.plain, ARTICLE, { context });
  const url = liteUrl(site);
  // The site is gone: its server is down and the browser is offline.
  site.closeAllConnections();
  await new Promise((resolve) => site.close(resolve));
  await context.setOffline(true);
  const relay = await click(tab, url);
  assert.deepEqual((await highlightedTexts(tab.page)).quote, [QUOTE]);
  assert.ok((await listed(relay)).items.includes(`quote:“${QUOTE}”`));
  await click(tab, url);
  assert.deepEqual(tab.errors, []);
});

test("a site that was never visited and cannot be reached: a notice after the wait, no window left", async (t) => {
  const gone = await startServer(0);
  const url = liteUrl(gone);
  await new Promise((resolve) => gone.close(resolve));
  const tab = await open(t, servers.plain);
  const popup = tab.page.waitForEvent("popup");
  await tab.cdp.send("Page.navigate", { url });
  const relay = await popup;
  const closed = relay.waitForEvent("close");
  await tab.page.waitForFunction(() => document.querySelector("article-highlighter-notice") !== null, null, { timeout: 30_000 });
  assert.match(await notice(tab.page), /no answer from http:\/\/127\.0\.0\.1:\d+/);
  await closed;
  assert.equal(await tab.page.evaluate(`${STATE} === undefined`), true);
  assert.deepEqual(tab.errors, []);
});
