// Keeps the engine usable after a crash. A Rust panic traps the WebAssembly instance
// (`RuntimeError: unreachable`) and may leave its memory half-updated, so the instance is
// dropped and a fresh one made from the same compiled module before the error is reported.

/**
 * Wraps the raw binding. `restart()` must replace the instance synchronously.
 * @param {(text: string) => unknown[]} raw
 * @param {() => void} restart
 */
export function guarded(raw, restart) {
  return function analyze(text) {
    try {
      return raw(text);
    } catch (error) {
      if (!(error instanceof WebAssembly.RuntimeError)) throw error;
      restart();
      throw new Error(
        `article-highlighter: the engine crashed on this input and was restarted; please report it (${error.message})`,
        { cause: error },
      );
    }
  };
}
