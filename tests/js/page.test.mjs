// The demo page in headless Chromium: typing and pasting into the editor, the highlights and
// legend that follow, the hover tooltip, dark mode, and that user text never becomes markup.
import { after, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { startServer } from "../../scripts/serve.mjs";
import { collectErrors, highlightedTexts, launchBrowser } from "./support/browser.mjs";

const SENTENCE = "“We must act now,” Guterres said, as 10,000 people fled Gaza City.";
const EXPECTED = { quote: ["We must act now,"], number: ["10,000"], name: ["Guterres", "Gaza City"] };

let server;
let browser;
let base;
// One page for the whole file, as a reader would use it: each test starts by clearing the
// editor, and asserts that nothing logged an error meanwhile.
let page;
let errors;

before(async () => {
  [server, browser] = await Promise.all([startServer(0), launchBrowser()]);
  base = `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext({ colorScheme: "light" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  errors = collectErrors(page);
  await page.goto(`${base}/www/`);
  await page.waitForSelector("html:not([data-state=loading])");
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

beforeEach(() => {
  errors.length = 0;
});

async function clearEditor(page) {
  await page.click("#editor");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
}

function legendCounts(page) {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll(".legend [data-kind]")].map((item) => [
      item.dataset.kind,
      [Number(item.dataset.count), Number(item.querySelector(".count").textContent)],
    ])),
  );
}

// The legend's data-count and visible count agree with each other and with what is painted.
async function assertLegendMatches(page, expected) {
  const texts = await highlightedTexts(page);
  const counts = await legendCounts(page);
  for (const kind of ["quote", "number", "name"]) {
    assert.deepEqual(counts[kind], [texts[kind].length, texts[kind].length], `legend count for ${kind}`);
    if (expected) assert.equal(texts[kind].length, expected[kind], `number of ${kind} highlights`);
  }
  return texts;
}

const sorted = (texts) => Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, [...v].sort()]));

test("www/ never parses strings as HTML", () => {
  const www = new URL("../../www/", import.meta.url);
  for (const file of readdirSync(www).filter((name) => name.endsWith(".js"))) {
    const source = readFileSync(new URL(file, www), "utf8");
    assert.doesNotMatch(source, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/, file);
  }
});

test("text model: paragraphs, <pre>, skipped elements and ranges across elements", async () => {
  const result = await page.evaluate(async () => {
    const { readText, Highlighted } = await import("/www/highlighter.js");
    // Test markup, parsed inside a template: inert, and never part of the page.
    const template = document.createElement("template");
    template.innerHTML = "<p>One <b>two</b></p><p>three<br>four\nfive</p>\n  <pre>a\nb</pre><div hidden>x</div><p>six</p>";
    const root = document.createElement("div");
    root.append(template.content);
    const model = readText(root, { skip: (el) => el.hidden, newlines: false });
    const kept = readText(root).text;
    const texts = (pairs) => pairs.map(([start, end]) => model.range(start, end)?.toString() ?? null);
    const four = root.querySelectorAll("p")[1].lastChild;
    const spans = [
      { kind: "quote", start: 0, end: 20 },
      { kind: "name", start: 4, end: 7 },
      { kind: "number", start: 10, end: 12 },
    ];
    const found = new Highlighted(model, spans, {});
    const at = (i) => found.spansAt(i).map((span) => span.kind);
    return {
      text: model.text,
      kept,
      // "two"; across <b>; across paragraphs (the "\n" separator has no DOM text); a start
      // inside a separator moves to the next node, an end inside one back to the previous.
      ranges: texts([[4, 7], [0, 7], [4, 13], [7, 13], [4, 8], [0, 0]]),
      offsetOfFour: model.offsetOf(four, 2),
      spansAt: [at(5), at(0), at(11), at(20)],
    };
  });
  assert.deepEqual(result, {
    text: "One two\nthree\nfour five\na\nb\nsix\n",
    kept: "One two\nthree\nfour\nfive\n\n  \na\nb\nx\nsix\n",
    ranges: ["two", "One two", "twothree", "three", "two", ""],
    offsetOfFour: 16,
    spansAt: [["name", "quote"], ["quote"], ["number", "quote"], []],
  });
  assert.deepEqual(errors, []);
});

test("the page starts with a highlighted sample", async () => {
  const state = await page.evaluate(() => [document.documentElement.dataset.state, document.getElementById("status").textContent]);
  assert.deepEqual(state, ["ready", ""], "page did not start");
  const sample = await assertLegendMatches(page);
  assert.ok(sample.quote.length > 0 && sample.number.length > 0 && sample.name.length > 0, JSON.stringify(sample));
  assert.deepEqual(errors, []);
});

test("highlights and legend follow every edit", async () => {
  await page.click("#sample");
  const sample = await assertLegendMatches(page);

  await clearEditor(page);
  await assertLegendMatches(page, { quote: 0, number: 0, name: 0 });

  await page.keyboard.type(SENTENCE);
  assert.deepEqual(sorted(await assertLegendMatches(page)), sorted(EXPECTED));

  await page.keyboard.press("Enter");
  await page.keyboard.type("Prices rose 5% in Rome.");
  const two = await assertLegendMatches(page, { quote: 1, number: 2, name: 3 });
  assert.ok(two.number.includes("5%") && two.name.includes("Rome"), JSON.stringify(two));
  assert.equal(await page.textContent("#editor"), `${SENTENCE}\nPrices rose 5% in Rome.`);

  // Deleting the second paragraph takes its highlights with it.
  await page.keyboard.press("Shift+Home");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  assert.deepEqual(sorted(await assertLegendMatches(page)), sorted(EXPECTED));

  await page.click("#clear");
  await assertLegendMatches(page, { quote: 0, number: 0, name: 0 });
  await page.click("#sample");
  assert.deepEqual(await assertLegendMatches(page), sample);
  assert.deepEqual(errors, []);
});

test("hovering a highlight shows its details", async () => {
  await clearEditor(page);
  await page.keyboard.type(SENTENCE);
  const centreOf = (kind) =>
    page.evaluate((name) => {
      const rect = [...CSS.highlights.get(name)][0].getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, `ah-${kind}`);
  const tooltipText = () => page.textContent("#tooltip");

  const quote = await centreOf("quote");
  await page.mouse.move(quote.x, quote.y);
  await page.waitForSelector("#tooltip:not([hidden])");
  assert.match(await tooltipText(), /Quote.*Said by Guterres/);

  const number = await centreOf("number");
  await page.mouse.move(number.x, number.y);
  await page.waitForFunction(() => document.getElementById("tooltip").textContent.includes("Number"));
  assert.match(await tooltipText(), /Number · cardinal.*Value 10,000/);

  // Past the end of the line there is no text, however near the caret would be.
  const box = await page.locator("#editor").boundingBox();
  await page.mouse.move(box.x + box.width - 4, quote.y);
  await page.waitForSelector("#tooltip[hidden]", { state: "attached" });
  await page.mouse.move(number.x, number.y);
  await page.waitForSelector("#tooltip:not([hidden])");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 40);
  await page.waitForSelector("#tooltip[hidden]", { state: "attached" });
  assert.deepEqual(errors, []);
});

test("pasting HTML keeps only its text", async () => {
  // No onerror in this markup: Chromium's clipboard.write() itself parses it in this page, and
  // the page's CSP would log the blocked handler. Typed markup is tested below.
  await page.evaluate(() =>
    navigator.clipboard.write([
      new ClipboardItem({
        "text/html": new Blob([`<p>Snow closed <b>Oslo</b> airport.</p><img alt="logo">`], { type: "text/html" }),
        "text/plain": new Blob(["Snow closed Oslo airport."], { type: "text/plain" }),
      }),
    ]),
  );
  await clearEditor(page);
  await page.keyboard.press("ControlOrMeta+V");
  const after = await page.evaluate(() => ({
    text: document.getElementById("editor").textContent,
    elements: document.querySelectorAll("#editor *:not(br)").length,
    images: document.images.length,
    title: document.title,
  }));
  assert.deepEqual(after, { text: "Snow closed Oslo airport.", elements: 0, images: 0, title: "Article highlighter" });
  const texts = await assertLegendMatches(page);
  assert.deepEqual(texts.name, ["Oslo"]);
  assert.deepEqual(errors, []);
});

test("markup typed as text stays text", async () => {
  const typed = `<img src=x onerror="document.title='pwned'"> “Hello <b>there</b>,” said Ana.`;
  await clearEditor(page);
  await page.keyboard.type(typed);
  // The tooltip shows text taken from the user's (a speaker, a span's text): hover a span.
  const spot = await page.evaluate(() => {
    const range = [...CSS.highlights.values()].flatMap((highlight) => [...highlight])[0];
    const rect = range?.getClientRects()[0];
    return rect && { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  if (spot) {
    await page.mouse.move(spot.x, spot.y);
    await page.waitForSelector("#tooltip:not([hidden])");
  }
  const after = await page.evaluate(() => ({
    text: document.getElementById("editor").textContent,
    elements: document.querySelectorAll("#editor *:not(br), #tooltip img, #tooltip b").length,
    images: document.images.length,
    title: document.title,
  }));
  assert.deepEqual(after, { text: typed, elements: 0, images: 0, title: "Article highlighter" });
  await assertLegendMatches(page);
  assert.deepEqual(errors, []);
});

test("dark mode and distinct colours", async () => {
  const colours = () =>
    page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      swatches: [...document.querySelectorAll(".legend .swatch")].map((el) => getComputedStyle(el).backgroundColor),
    }));
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/\d+/g).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };
  const light = await colours();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await colours();
  await page.emulateMedia({ colorScheme: "light" });
  assert.ok(luminance(light.body) > 0.8, `light background ${light.body}`);
  assert.ok(luminance(dark.body) < 0.2, `dark background ${dark.body}`);
  for (const scheme of [light, dark]) assert.equal(new Set(scheme.swatches).size, 3, `three colours: ${scheme.swatches}`);
  assert.notDeepEqual(light.swatches, dark.swatches);
  assert.deepEqual(errors, []);
});

test("the bookmarklet link carries the built javascript: URL", async () => {
  const url = readFileSync(new URL("../../dist/bookmarklet.url.txt", import.meta.url), "utf8").trim();
  assert.equal(await page.getAttribute("#bookmarklet", "href"), url);
  // Clicking it on the page itself only explains that it is meant to be dragged.
  await page.click("#bookmarklet");
  assert.match(await page.textContent("#bookmarklet-note"), /Drag/);
  assert.deepEqual(errors, []);
});
