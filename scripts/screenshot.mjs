// Saves docs/screenshot.png for the README: the page with its sample article, pointer resting on
// the last quote so the tooltip shows its speaker. Run by hand after `npm run build`: node scripts/screenshot.mjs
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./chromium.mjs";
import { startServer } from "./serve.mjs";

const out = fileURLToPath(new URL("../docs/screenshot.png", import.meta.url));
const [server, browser] = await Promise.all([startServer(0), launchChromium()]);
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 2, colorScheme: "light" });
  await page.goto(`http://127.0.0.1:${server.address().port}/www/`);
  await page.waitForSelector("html[data-state=ready]");
  // The sample's last quote: its tooltip then falls below the last paragraph, hiding no text.
  const quote = await page.evaluate(() => {
    const rects = [...CSS.highlights.get("ah-quote")].at(-1).getClientRects();
    const rect = rects[rects.length - 1];
    return { x: rect.left + rect.width * 0.85, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(quote.x, quote.y);
  await page.waitForSelector("#tooltip:not([hidden])");
  // Down to the end of the editor (and the tooltip): the bookmarklet section below is plain text.
  const editor = await page.locator("#editor").boundingBox();
  const tooltip = await page.locator("#tooltip").boundingBox();
  mkdirSync(new URL("../docs/", import.meta.url), { recursive: true });
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 900, height: Math.ceil(Math.max(editor.y + editor.height, tooltip.y + tooltip.height) + 32) } });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
