// Browser entry (a native ES module, no bundler): top-level await fetches and compiles the
// WebAssembly once, so importers can call `analyze` straight away.
import init, { initSync, analyzeFlat, __resetInstance } from "../pkg/web/article_highlighter.js";
import { spansFrom } from "./spans.mjs";
import { guarded } from "./guard.mjs";

const module = await WebAssembly.compileStreaming(
  fetch(new URL("../pkg/web/article_highlighter_bg.wasm", import.meta.url)),
).catch(async () => {
  // A server that does not send application/wasm: compile from the bytes instead.
  const response = await fetch(new URL("../pkg/web/article_highlighter_bg.wasm", import.meta.url));
  return WebAssembly.compile(await response.arrayBuffer());
});
await init({ module_or_path: module });

export const analyze = guarded((text) => spansFrom(text, analyzeFlat(text)), () => {
  __resetInstance();
  initSync({ module });
});
