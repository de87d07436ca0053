// Node entry: compiles the WebAssembly synchronously at import, so `analyze` is ready at once.
import { readFileSync } from "node:fs";
import { initSync } from "../pkg/web/article_highlighter.js";

initSync({ module: readFileSync(new URL("../pkg/web/article_highlighter_bg.wasm", import.meta.url)) });

export { analyze } from "../pkg/web/article_highlighter.js";
