// Saves docs/screenshot.png and docs/screenshot-dark.png for the README: the page with its sample
// article and the findings panel, the pointer resting on the last quote so the tooltip shows its
// speaker. Run by hand after `npm run build`: node scripts/screenshot.mjs
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./chromium.mjs";
import { startServer } from "./serve.mjs";

const shots = [
  ["light", "../docs/screenshot.png"],
  ["dark", "../docs/screenshot-dark.png"],
];
const width = 1200;

const [server, browser] = await Promise.all([startServer(0), launchChromium()]);
try {
  mkdirSync(new URL("../docs/", import.meta.url), { recursive: true });
  for (const [colorScheme, path] of shots) {
    const page = await browser.newPage({ viewport: { width, height: 1000 }, deviceScaleFactor: 2, colorScheme });
    await page.goto(`http://127.0.0.1:${server.address().port}/www/`);
    await page.waitForSelector("html[data-state=ready]");
    await page.waitForSelector("#findings[aria-busy=false]");
    // The sample's last speech quote: its tooltip then falls below its line, hiding little text.
    const quote = await page.evaluate(() => {
      const ranges = [...CSS.highlights.get("ah-quote")];
      const rects = ranges.at(-2).getClientRects();
      const rect = rects[rects.length - 1];
      return { x: rect.left + rect.width * 0.6, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(quote.x, quote.y);
    await page.waitForSelector("#tooltip:not([hidden])");
    // Down to the end of the editor and its hint: the bookmarklet section below is plain text.
    const hint = await page.locator("#editor-hint").boundingBox();
    const out = fileURLToPath(new URL(path, import.meta.url));
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width, height: Math.ceil(hint.y + hint.height + 24) } });
    console.log(`wrote ${out}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
