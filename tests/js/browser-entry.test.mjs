// The package's browser entry in real Chromium: imported as a native ES module without a
// bundler, with offsets that slice back, lone surrogates, and recovery after a crash.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer } from "../../scripts/serve.mjs";
import { launchChromium } from "../../scripts/chromium.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(0);
  browser = await launchChromium();
  page = await browser.newPage();
  // Any same-origin page will do: the test imports the package into it.
  await page.goto(`http://127.0.0.1:${server.address().port}/tests/fixtures/blank.html`);
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test("analyze works from the browser entry, offsets slice back, lone surrogates included", async () => {
  const result = await page.evaluate(async () => {
    const { analyze } = await import("/js/browser.mjs");
    const text = "\uD800 “We must act now,” Guterres said, as 10,000 people fled 😀 Gaza City.";
    const spans = analyze(text);
    return { kinds: spans.map((s) => s.kind), slices: spans.every((s) => text.slice(s.start, s.end) === s.text) };
  });
  assert.deepEqual(result.kinds, ["quote", "name", "number", "name"]);
  assert.ok(result.slices);
});

test("after a crash the browser entry reports it once and keeps working", async () => {
  const result = await page.evaluate(async () => {
    const glue = await import("/pkg/web/article_highlighter.js");
    const { guarded } = await import("/js/guard.mjs");
    const { analyze } = await import("/js/browser.mjs");
    const module = await WebAssembly.compileStreaming(fetch("/pkg/web/article_highlighter_bg.wasm"));
    const restart = () => {
      glue.__resetInstance();
      glue.initSync({ module });
    };
    let message = "";
    try {
      guarded(() => glue.__panicForTests(), restart)("x");
    } catch (error) {
      message = error.message;
    }
    return { message, after: analyze("Kirby said 5% left.").map((s) => s.text) };
  });
  assert.match(result.message, /crashed on this input and was restarted/);
  assert.deepEqual(result.after, ["Kirby", "5%"]);
});
