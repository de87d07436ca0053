// Turns the engine's flat result into span objects. Building them here rather than in Rust
// saves a WebAssembly-to-JavaScript call per field of every span (src/wasm.rs has the
// layout). Shared by the Node and browser entries and the bookmarklet, which bundles it as
// a classic script: exported declarations only, no imports.

/**
 * The spans of `text` from `analyzeFlat(text)`'s `[numbers, strings]`.
 * @param {string} text
 * @param {[Float64Array, string]} flat
 */
export function spansFrom(text, [numbers, strings]) {
  const count = numbers[0];
  const table = new Array(count);
  for (let i = 0, at = 0; i < count; i++) {
    const end = numbers[1 + i];
    table[i] = strings.slice(at, end);
    at = end;
  }
  const spans = [];
  for (let i = 1 + count; i < numbers.length; i += 11) {
    const start = numbers[i + 2];
    const end = numbers[i + 3];
    const span = { kind: table[numbers[i]], start, end, text: text.slice(start, end), type: table[numbers[i + 1]] };
    // NaN marks no value: a value the engine reports is always finite.
    if (!Number.isNaN(numbers[i + 4])) span.value = numbers[i + 4];
    if (numbers[i + 5] >= 0) span.currency = table[numbers[i + 5]];
    if (numbers[i + 6] >= 0) span.iso = table[numbers[i + 6]];
    if (numbers[i + 7] >= 0) span.entity = numbers[i + 7];
    if (numbers[i + 8] >= 0) {
      span.speaker = table[numbers[i + 8]];
      span.speakerStart = numbers[i + 9];
      span.speakerEnd = numbers[i + 10];
    }
    spans.push(span);
  }
  return spans;
}
