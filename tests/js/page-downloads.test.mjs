// `npm run size` counts what the page downloads from a list it works out from index.html and
// the imports (scripts/size.mjs). Here the page is loaded in headless Chromium and the scripts
// and .wasm it actually requests must be exactly that list, so the figure stays honest when a
// module, a preload or a lazy import is added or dropped; and those scripts must be the
// minified copies `npm run build` made, when there are any.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/serve.mjs";
import { pageDownloads, serviceWorkerFiles } from "../../scripts/size.mjs";
import { collectErrors, launchBrowser } from "./support/browser.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const script = /\.(?:m?js|wasm)$/;

let server;
let browser;
const pageRequests = new Set();
const workerRequests = new Set();
const bodies = new Map();
let errors;

before(async () => {
  [server, browser] = await Promise.all([startServer(0), launchBrowser()]);
  const base = `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext();
  const path = (url) => new URL(url).pathname.slice(1);
  // The worker's own script is fetched for the page's register() call, though Chromium
  // files the request under the worker.
  const byPage = (request) => !request.serviceWorker() || path(request.url()) === "www/sw.js";
  context.on("request", (request) => {
    (byPage(request) ? pageRequests : workerRequests).add(path(request.url()));
  });
  context.on("response", async (response) => {
    const file = path(response.url());
    if (script.test(file) && byPage(response.request())) bodies.set(file, await response.body().catch(() => null));
  });
  const page = await context.newPage();
  errors = collectErrors(page);
  await page.goto(`${base}/www/`);
  await page.waitForSelector("html:not([data-state=loading])");
  // The service worker is registered after the first analysis; wait until it has installed
  // (and so fetched its offline list).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState("networkidle");
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

test("npm run size counts exactly the scripts and .wasm the page requests", () => {
  const requested = [...pageRequests].filter((f) => script.test(f)).sort();
  assert.deepEqual(requested, [...pageDownloads()].sort());
  assert.deepEqual(errors, []);
});

test("the page is served the minified scripts that npm run build made", () => {
  for (const file of pageDownloads().filter((f) => /\.m?js$/.test(f))) {
    const built = `dist/site/${file}`;
    if (!existsSync(`${root}${built}`)) continue;
    const body = bodies.get(file);
    assert.ok(body, `no answer recorded for ${file}`);
    assert.equal(body.toString("utf8"), readFileSync(`${root}${built}`, "utf8"), `${file} is not ${built}`);
  }
});

test("the service worker fetches its offline list, which npm run size lists apart", () => {
  const fetched = [...workerRequests].map((f) => (f.endsWith("/") ? `${f}index.html` : f)).sort();
  assert.deepEqual(fetched, [...serviceWorkerFiles()].sort());
});
