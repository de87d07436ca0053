// Node entry: compiles the WebAssembly synchronously at import, so `analyze` is ready at once.
import { readFileSync } from "node:fs";
import { initSync, analyzeFlat, __resetInstance } from "../pkg/web/article_highlighter.js";
import { spansFrom } from "./spans.mjs";
import { guarded } from "./guard.mjs";

const module = new WebAssembly.Module(
  readFileSync(new URL("../pkg/web/article_highlighter_bg.wasm", import.meta.url)),
);
initSync({ module });

export const analyze = guarded((text) => spansFrom(text, analyzeFlat(text)), () => {
  __resetInstance();
  initSync({ module });
});
