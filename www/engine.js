// Starts the engine inside the bookmarklet. The bookmarklet carries the engine twice over: the
// WebAssembly binary (deflated) and the same module translated to JavaScript by wasm2js
// (scripts/bookmarklet.mjs). Pages whose Content Security Policy lacks 'wasm-unsafe-eval'
// make compiling WebAssembly throw; only then does the JavaScript build run, with the data
// segments taken from the binary, so the two can never disagree.
//
// Bundled into the bookmarklet's classic script: exported declarations only, and imports of
// files the bookmarklet bundles too.

import { spansFrom } from "../js/spans.mjs";

/**
 * Resolves to `{ analyze, javascript }`: the engine's analyze function, and whether it is the
 * JavaScript build (`javascript` holds the error that ruled WebAssembly out). `glueFor(wa)`
 * returns wasm-bindgen's no-modules glue driving `wa` as its `WebAssembly`; `engineInJs` is
 * the wasm2js module as a function `(imports, segments) => exports`.
 */
export async function loadEngine(deflatedBase64url, glueFor, engineInJs) {
  const bytes = await inflate(deflatedBase64url);
  try {
    const glue = glueFor(globalThis.WebAssembly);
    await glue({ module_or_path: bytes });
    return { analyze: (text) => spansFrom(text, glue.analyzeFlat(text)), javascript: null };
  } catch (error) {
    const glue = glueFor(javascriptWebAssembly(engineInJs));
    glue.initSync({ module: bytes });
    return { analyze: (text) => spansFrom(text, glue.analyzeFlat(text)), javascript: error };
  }
}

async function inflate(base64url) {
  const binary = atob(base64url.replace(/-/g, "+").replace(/_/g, "/"));
  const deflated = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const stream = new Blob([deflated]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// Just the part of the WebAssembly API that the glue's initSync uses.
function javascriptWebAssembly(engineInJs) {
  class Module {
    constructor(bytes) {
      this.segments = wasmDataSegments(bytes);
    }
  }
  class Instance {
    constructor(module, imports) {
      this.exports = engineInJs(imports, module.segments);
    }
  }
  return { Module, Instance };
}

/** The active data segments of a WebAssembly binary, as [memory offset, bytes]. */
export function wasmDataSegments(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const segments = [];
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 11) {
      // Active segments of memory 0 at an i32.const offset: the build checks that this
      // reads exactly the segments wasm2js found (engineInJs in scripts/bookmarklet.mjs).
      for (let count = leb(); count > 0; count--) {
        leb(); // flags: 0
        at++; // i32.const
        const offset = leb();
        at++; // end
        const length = leb();
        segments.push([offset, bytes.subarray(at, at + length)]);
        at += length;
      }
    }
    at = end;
  }
  return segments;
}
