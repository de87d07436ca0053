// Headless Chromium for the browser tests and the screenshot script, via playwright-core (no
// bundled browser: CHROMIUM_BIN or Debian's /usr/bin/chromium).
import { chromium } from "playwright-core";

// Quiet and offline, and able to run as root in a container (no sandbox, no /dev/shm).
const ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_BIN || "/usr/bin/chromium",
    headless: true,
    args: ARGS,
  });
}
