// The service worker keeps a fixed list of files for offline use; a module the page or the
// relay imports but the list forgets breaks offline use only, which no online test notices.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const www = join(root, "www");

/** Every file reachable from `entry` through `import … from "…"` lines and `import("…")`. */
function reachable(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, "utf8");
  const specs = [
    ...source.matchAll(/^\s*(?:import|export)\b[^"']*from\s*["'](\.[^"']+)["']/gm),
    ...source.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g),
  ];
  for (const [, spec] of specs) {
    reachable(normalize(join(dirname(entry), spec)), seen);
  }
  return seen;
}

test("the service worker's offline list holds every module the page and the relay import", () => {
  const sw = readFileSync(join(www, "sw.js"), "utf8");
  const listed = new Set([...sw.matchAll(/^\s*"([^"]+)",?$/gm)].map(([, f]) => normalize(join(www, f))));
  for (const entry of ["page.js", "relay.js"]) {
    for (const file of reachable(join(www, entry))) {
      assert.ok(listed.has(file), `www/sw.js does not list ${relative(www, file)} (imported from ${entry})`);
    }
  }
});
