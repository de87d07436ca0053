// Browser entry (a native ES module, no bundler): top-level await fetches and compiles the
// WebAssembly once, so importers can call `analyze` straight away.
import init from "../pkg/web/article_highlighter.js";

await init({ module_or_path: new URL("../pkg/web/article_highlighter_bg.wasm", import.meta.url) });

export { analyze } from "../pkg/web/article_highlighter.js";
