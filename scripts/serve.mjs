// A small static server for the page: `npm start` serves http://127.0.0.1:8080/ (PORT changes it).
// The browser tests import startServer() and listen on a free port.
// A script that `npm run build` minified into dist/site/ (same path below it) is served in
// place of its source, unless the source was edited since: then the source, so an edit shows
// without a rebuild.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** The minified copy of `file` when there is one no older than the source, else `file`. */
async function builtCopy(base, file) {
  if (!/\.m?js$/.test(file)) return file;
  const copy = join(base, "dist/site", relative(base, file));
  try {
    const [built, source] = await Promise.all([stat(copy), stat(file)]);
    return built.mtimeMs >= source.mtimeMs ? copy : file;
  } catch {
    return file;
  }
}

/** Serves the repository root; `/` goes to the page. Extra `headers` apply to HTML answers. */
export function startServer(port = 0, { headers = {}, root: base = root } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    if (path === "/") {
      res.writeHead(302, { location: "/www/" });
      return res.end();
    }
    if (path === "/favicon.ico") {
      res.writeHead(204);
      return res.end();
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base.endsWith(sep) ? base : base + sep)) {
      res.writeHead(404);
      return res.end();
    }
    if (path.endsWith("/")) file = join(file, "index.html");
    file = await builtCopy(base, file);
    try {
      const body = await readFile(file);
      const type = types[extname(file)] ?? "application/octet-stream";
      res.writeHead(200, {
        "content-type": type,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        ...(type.startsWith("text/html") ? headers : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer(Number(process.env.PORT ?? 8080));
  const { port } = server.address();
  console.log(`article-highlighter: http://localhost:${port}/ (Ctrl-C stops)`);
}
