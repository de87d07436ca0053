//! The JavaScript binding: the only file that knows about wasm-bindgen.
//!
//! Rust works in UTF-8 byte offsets; JavaScript indexes strings by UTF-16 code unit.
//! Offsets are converted here, once, in one sorted sweep.
//!
//! Making one JavaScript object per span from Rust costs a boundary crossing per field,
//! and articles have about 25 spans per KB. So, as tree-sitter's web binding does, the
//! spans cross as flat numbers (one `Float64Array`) plus one string holding every distinct
//! kind, type, currency, date and speaker name, and `js/spans.mjs` builds the objects,
//! slicing each span's `text` from the caller's own string: `text.slice(s.start, s.end) ===
//! s.text` holds even for strings with lone surrogates (which reach Rust as U+FFFD, also
//! one UTF-16 unit).

use js_sys::{Array, Float64Array, JsString};
use rustc_hash::FxHashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::offsets::Converter;
use crate::Span;

/// Numbers per span in the flat array; `js/spans.mjs` reads the same layout.
const STRIDE: usize = 11;

/// Finds quotes, numbers and names in `text`, as `[numbers, strings]` for `js/spans.mjs`:
/// `numbers` is a `Float64Array` holding the count of strings, the UTF-16 end of each
/// string within `strings`, then [`STRIDE`] numbers per span: kind, type, start, end, value
/// (NaN for none), currency, ISO date, entity, speaker, speaker start and speaker end
/// (-1 for none). Kinds, types, currencies, dates and speakers are indices of strings;
/// offsets are UTF-16 indices into `text`.
///
/// Texts longer than [`crate::MAX_INPUT_LEN`] UTF-16 units are refused with an error
/// rather than risking an out-of-memory abort of the whole module.
#[wasm_bindgen(js_name = "analyzeFlat", skip_typescript)]
pub fn analyze(text: &JsValue) -> Result<Array, JsError> {
    let text: &JsString = text
        .dyn_ref()
        .ok_or_else(|| JsError::new("analyze expects a string"))?;
    let length = text.length() as usize;
    if length > crate::MAX_INPUT_LEN {
        return Err(JsError::new(&format!(
            "analyze: the text is {length} UTF-16 code units long; the largest accepted is {}",
            crate::MAX_INPUT_LEN
        )));
    }
    let rust_text: String = text
        .as_string()
        .ok_or_else(|| JsError::new("analyze expects a string"))?;
    let spans = crate::analyze(&rust_text);
    let (numbers, strings) = flatten(&rust_text, &spans);
    Ok(Array::of2(
        &Float64Array::from(&numbers[..]),
        &JsValue::from_str(&strings),
    ))
}

/// Panics on purpose, so tests can check that the package recovers from a crashed instance.
#[doc(hidden)]
#[wasm_bindgen(js_name = "__panicForTests", skip_typescript)]
pub fn panic_for_tests() {
    panic!("deliberate panic for tests");
}

/// The distinct strings of one result, concatenated, each known by its index.
#[derive(Default)]
struct Strings<'s> {
    joined: String,
    ends: Vec<f64>,
    index: FxHashMap<&'s str, f64>,
    utf16_len: usize,
}

impl<'s> Strings<'s> {
    fn add(&mut self, s: &'s str) -> f64 {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        let i = self.ends.len() as f64;
        self.joined.push_str(s);
        self.utf16_len += if s.is_ascii() {
            s.len()
        } else {
            s.encode_utf16().count()
        };
        self.ends.push(self.utf16_len as f64);
        self.index.insert(s, i);
        i
    }
}

/// The flat form `analyze` returns: see there.
fn flatten<'a>(text: &str, spans: &'a [Span]) -> (Vec<f64>, String) {
    let utf16 = utf16_offsets(text, spans);
    let mut strings = Strings::default();
    let mut records = Vec::with_capacity(spans.len() * STRIDE);
    for (span, [start, end, speaker_start, speaker_end]) in spans.iter().zip(utf16) {
        let speaker = span.speaker();
        let mut string = |s: Option<&'a str>| s.map_or(-1.0, |s| strings.add(s));
        records.extend([
            string(Some(span.kind().as_str())),
            string(Some(span.type_str())),
            start as f64,
            end as f64,
            span.value().filter(|v| v.is_finite()).unwrap_or(f64::NAN),
            string(span.currency()),
            string(span.iso()),
            span.entity().map_or(-1.0, f64::from),
            string(speaker.map(|s| s.name.as_str())),
            speaker.map_or(-1.0, |_| speaker_start as f64),
            speaker.map_or(-1.0, |_| speaker_end as f64),
        ]);
    }
    let mut numbers = Vec::with_capacity(1 + strings.ends.len() + records.len());
    numbers.push(strings.ends.len() as f64);
    numbers.extend_from_slice(&strings.ends);
    numbers.extend_from_slice(&records);
    (numbers, strings.joined)
}

/// Start, end and speaker-mention start and end of every span, in UTF-16 units.
fn utf16_offsets(text: &str, spans: &[Span]) -> Vec<[usize; 4]> {
    let mut wanted: Vec<(usize, usize)> = Vec::with_capacity(spans.len() * 2);
    for (i, span) in spans.iter().enumerate() {
        wanted.push((span.start(), i * 4));
        wanted.push((span.end(), i * 4 + 1));
        if let Some(speaker) = span.speaker() {
            wanted.push((speaker.mention.start, i * 4 + 2));
            wanted.push((speaker.mention.end, i * 4 + 3));
        }
    }
    wanted.sort_unstable();
    let mut out = vec![[0usize; 4]; spans.len()];
    let mut converter = Converter::utf16(text);
    for (byte, slot) in wanted {
        out[slot / 4][slot % 4] = converter.convert(byte);
    }
    out
}
