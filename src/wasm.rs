//! The JavaScript binding: the only file that knows about wasm-bindgen.
//!
//! Rust works in UTF-8 byte offsets; JavaScript indexes strings by UTF-16 code unit.
//! Offsets are converted here in one forward sweep over the span starts; each end is its
//! start plus the span's length in UTF-16 units.
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

/// Every kind and type name, sent first in every result so that a span's kind and type
/// are indices known without hashing. `js/spans.mjs` reads the table generically; it does
/// not rely on this order.
const FIXED: [&str; 19] = [
    "quote", "number", "name", "speech", "term", "cardinal", "decimal", "percent", "money",
    "ordinal", "date", "year", "time", "quantity", "person", "place", "org", "group", "other",
];

/// The index in [`FIXED`] of a span's kind and of its type.
fn fixed_indices(span: &Span) -> (f64, f64) {
    use crate::{Attrs, NameType, NumberType, QuoteType};
    let (kind, ty) = match span.attrs() {
        Attrs::Quote { quote_type, .. } => (
            0,
            match quote_type {
                QuoteType::Speech => 3,
                QuoteType::Term => 4,
            },
        ),
        Attrs::Number { number_type, .. } => (
            1,
            match number_type {
                NumberType::Cardinal => 5,
                NumberType::Decimal => 6,
                NumberType::Percent => 7,
                NumberType::Money => 8,
                NumberType::Ordinal => 9,
                NumberType::Date => 10,
                NumberType::Year => 11,
                NumberType::Time => 12,
                NumberType::Quantity => 13,
            },
        ),
        Attrs::Name { name_type, .. } => (
            2,
            match name_type {
                NameType::Person => 14,
                NameType::Place => 15,
                NameType::Org => 16,
                NameType::Group => 17,
                NameType::Other => 18,
            },
        ),
    };
    debug_assert_eq!(FIXED[kind], span.kind().as_str());
    debug_assert_eq!(FIXED[ty], span.type_str());
    (kind as f64, ty as f64)
}

/// The distinct strings of one result, concatenated, each known by its index.
struct Strings<'s> {
    joined: String,
    ends: Vec<f64>,
    index: FxHashMap<&'s str, f64>,
    utf16_len: usize,
}

impl<'s> Strings<'s> {
    fn new() -> Strings<'s> {
        let mut strings = Strings {
            joined: String::with_capacity(128),
            ends: Vec::with_capacity(FIXED.len() + 8),
            index: FxHashMap::default(),
            utf16_len: 0,
        };
        for s in FIXED {
            strings.push(s);
        }
        strings
    }

    fn push(&mut self, s: &str) -> f64 {
        let i = self.ends.len() as f64;
        self.joined.push_str(s);
        self.utf16_len += utf16_len(s);
        self.ends.push(self.utf16_len as f64);
        i
    }

    /// The index of `s`, added if new: for currencies, dates and speakers.
    fn add(&mut self, s: &'s str) -> f64 {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        let i = self.push(s);
        self.index.insert(s, i);
        i
    }
}

/// The length of `s` in UTF-16 units: one per lead byte, two for four-byte characters.
fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    s.bytes()
        .map(|b| usize::from((b & 0xC0) != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

/// The flat form `analyze` returns: see there.
fn flatten(text: &str, spans: &[Span]) -> (Vec<f64>, String) {
    let mut strings = Strings::new();
    let speakers = speaker_offsets(text, spans);
    let mut speakers = speakers.iter();
    let mut records = Vec::with_capacity(spans.len() * STRIDE);
    // Spans come sorted by start: one forward sweep converts the starts, and each end is
    // its start plus the span's own length, so no offset needs sorting.
    let mut converter = Converter::utf16(text);
    for span in spans {
        let start = converter.convert(span.start());
        let end = start + text.get(span.range()).map_or(0, utf16_len);
        let (kind, ty) = fixed_indices(span);
        let (speaker, speaker_start, speaker_end) = match span.speaker() {
            Some(s) => {
                let &(from, to) = speakers.next().unwrap_or(&(0, 0));
                (strings.add(&s.name), from as f64, to as f64)
            }
            None => (-1.0, -1.0, -1.0),
        };
        records.extend([
            kind,
            ty,
            start as f64,
            end as f64,
            span.value().filter(|v| v.is_finite()).unwrap_or(f64::NAN),
            span.currency().map_or(-1.0, |s| strings.add(s)),
            span.iso().map_or(-1.0, |s| strings.add(s)),
            span.entity().map_or(-1.0, f64::from),
            speaker,
            speaker_start,
            speaker_end,
        ]);
    }
    let mut numbers = Vec::with_capacity(1 + strings.ends.len() + records.len());
    numbers.push(strings.ends.len() as f64);
    numbers.extend_from_slice(&strings.ends);
    numbers.extend_from_slice(&records);
    (numbers, strings.joined)
}

/// The UTF-16 start and end of each quote's speaker mention, in the order of the spans.
/// Mentions sit before or after their quotes, so these few offsets are sorted for one sweep.
fn speaker_offsets(text: &str, spans: &[Span]) -> Vec<(usize, usize)> {
    let mut wanted: Vec<(usize, usize)> = Vec::new();
    for speaker in spans.iter().filter_map(Span::speaker) {
        let slot = wanted.len();
        wanted.push((speaker.mention.start, slot));
        wanted.push((speaker.mention.end, slot + 1));
    }
    let mut out = vec![0usize; wanted.len()];
    wanted.sort_unstable();
    let mut converter = Converter::utf16(text);
    for (byte, slot) in wanted {
        out[slot] = converter.convert(byte);
    }
    out.chunks_exact(2).map(|p| (p[0], p[1])).collect()
}
