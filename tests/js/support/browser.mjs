// Shared by the browser tests: one headless Chromium per test file, and the page-side probes.
export { launchChromium as launchBrowser } from "../../../scripts/chromium.mjs";

/** Collects uncaught page errors and console errors; a test asserts the list stays empty. */
export function collectErrors(page) {
  const errors = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

/** The text of every painted range, per kind, in the order the ranges were added. */
export function highlightedTexts(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      ["quote", "number", "name"].map((kind) => [
        kind,
        [...(CSS.highlights.get(`ah-${kind}`) ?? [])].map((range) => range.toString()),
      ]),
    ),
  );
}

/**
 * Waits until the page has analysed its latest edit (the analysis runs on the next frame) and,
 * with `panel: true` (the default), until the findings panel shows it too.
 */
export async function settled(page, { panel = true } = {}) {
  await page.waitForSelector("#editor:not([data-pending])", { state: "attached" });
  if (panel) await page.waitForSelector("#findings[aria-busy=false]", { state: "attached" });
}
