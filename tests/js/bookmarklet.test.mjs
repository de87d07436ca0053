// The built bookmarklet (dist/) on an invented news page: it highlights the article, leaves the
// page's markup byte-identical, and a second click takes everything away again. Each click runs
// the `javascript:` URL by navigating to it, which is what clicking a bookmark does.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer } from "../../scripts/serve.mjs";
import { collectErrors, highlightedTexts, launchBrowser } from "./support/browser.mjs";

const dist = new URL("../../dist/", import.meta.url);
const url = readFileSync(new URL("bookmarklet.url.txt", dist), "utf8").trim();
const FIXTURE = "/tests/fixtures/article.html";

let servers;
let browser;

before(async () => {
  let open;
  [open, browser] = await Promise.all([
    Promise.all([
      startServer(0),
      // A site that allows inline scripts (so bookmarklets run) but not WebAssembly.
      startServer(0, { headers: { "content-security-policy": "script-src 'self' 'unsafe-inline'" } }),
    ]),
    launchBrowser(),
  ]);
  servers = open;
});

after(async () => {
  await browser?.close();
  for (const server of servers ?? []) {
    server.closeAllConnections();
    server.close();
  }
});

async function openFixture(server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = collectErrors(page);
  await page.goto(`http://127.0.0.1:${server.address().port}${FIXTURE}`);
  return { context, page, errors };
}

// Navigating to the URL runs it as a classic script in the page, as a bookmark click does. It
// runs in a later task, so wait for its visible effect, or fail at once on an uncaught error.
async function click(page, sheetsAfter) {
  let onError;
  const failed = new Promise((_, reject) => {
    onError = reject;
    page.once("pageerror", onError);
  });
  try {
    await page.evaluate((href) => {
      location.href = href;
    }, url);
    await Promise.race([
      page.waitForFunction((n) => document.adoptedStyleSheets.length === n, sheetsAfter),
      failed,
    ]);
  } finally {
    page.off("pageerror", onError);
  }
}

const markup = (page) => page.evaluate(() => [document.documentElement.outerHTML, document.body.innerHTML]);

test("the javascript: URL is the bundled script", () => {
  const script = readFileSync(new URL("bookmarklet.js", dist), "utf8");
  assert.ok(url.startsWith("javascript:"));
  assert.equal(decodeURIComponent(url.slice("javascript:".length)), script);
  // Self-contained: no module syntax, nothing fetched.
  assert.doesNotMatch(script, /\bfetch\(new URL|^\s*(import|export)\s/m);
});

test("a click highlights the article without touching the DOM; a second click undoes it", async () => {
  const { context, page, errors } = await openFixture(servers[0]);
  try {
    const before = await markup(page);

    await click(page, 1);
    assert.deepEqual(await markup(page), before, "markup changed by highlighting");
    const texts = await highlightedTexts(page);
    assert.deepEqual(texts.quote, ["The bridge is safe, it is open and it is finally finished,"]);
    for (const number of ["4,500", "340", "12%"]) assert.ok(texts.number.includes(number), `number ${number} in ${texts.number}`);
    for (const name of ["Marta Lindqvist", "Bergen"]) assert.ok(texts.name.includes(name), `name ${name} in ${texts.name}`);

    const placement = await page.evaluate(() => {
      const ranges = [...CSS.highlights].filter(([name]) => name.startsWith("ah-")).flatMap(([, h]) => [...h]);
      const quote = [...CSS.highlights.get("ah-quote")][0];
      const elementOf = (range) => {
        const node = range.commonAncestorContainer;
        return node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      };
      return {
        quoteCrossesLink: quote.cloneContents().querySelector("a") !== null,
        // Only the article's visible text: not the header, nav, aside, footer, script or hidden parts.
        outside: ranges
          .filter((range) => elementOf(range).closest("article") === null || elementOf(range).closest("[hidden], .promo") !== null)
          .map((range) => range.toString()),
      };
    });
    assert.deepEqual(placement, { quoteCrossesLink: true, outside: [] });

    await click(page, 0);
    assert.deepEqual(await markup(page), before, "markup changed by removing the highlights");
    const left = await page.evaluate(() => [...CSS.highlights.keys()]);
    assert.deepEqual(left, []);

    // And it toggles on again.
    await click(page, 1);
    assert.deepEqual((await highlightedTexts(page)).quote, texts.quote);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("on a site that forbids WebAssembly it says so and changes nothing", async () => {
  const { context, page } = await openFixture(servers[1]);
  try {
    const before = await markup(page);
    const dialog = page.waitForEvent("dialog");
    await page.evaluate((href) => {
      location.href = href;
    }, url);
    const shown = await dialog;
    assert.match(shown.message(), /cannot run on this page/);
    await shown.dismiss();
    const state = await page.evaluate(() => ({ highlights: CSS.highlights.size, sheets: document.adoptedStyleSheets.length }));
    assert.deepEqual(state, { highlights: 0, sheets: 0 });
    assert.deepEqual(await markup(page), before);
  } finally {
    await context.close();
  }
});
