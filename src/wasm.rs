//! The JavaScript binding: the only file that knows about wasm-bindgen.
//!
//! Rust works in UTF-8 byte offsets; JavaScript indexes strings by UTF-16 code unit.
//! Offsets are converted here, once, in one sorted sweep, and each span's `text` is sliced
//! from the caller's own string, so `text.slice(s.start, s.end) === s.text` holds even for
//! strings with lone surrogates (which reach Rust as U+FFFD, also one UTF-16 unit).

use js_sys::{Array, JsString};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::offsets::Converter;
use crate::Span;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsSpan<'a> {
    kind: &'static str,
    start: usize,
    end: usize,
    #[serde(with = "serde_wasm_bindgen::preserve")]
    text: JsValue,
    #[serde(rename = "type")]
    type_: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    iso: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    entity: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker_end: Option<usize>,
}

/// Finds quotes, numbers and names in `text`; offsets are UTF-16 indices into `text`.
///
/// Texts longer than [`crate::MAX_INPUT_LEN`] UTF-16 units are refused with an error
/// rather than risking an out-of-memory abort of the whole module.
#[wasm_bindgen(skip_typescript)]
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
    let utf16 = utf16_offsets(&rust_text, &spans);
    let out = Array::new_with_length(spans.len() as u32);
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(false);
    for (i, span) in spans.iter().enumerate() {
        let [start, end, speaker_start, speaker_end] = utf16[i];
        let speaker = span.speaker();
        let js = JsSpan {
            kind: span.kind().as_str(),
            start,
            end,
            text: text.slice(start as u32, end as u32).into(),
            type_: span.type_str(),
            value: span.value().filter(|v| v.is_finite()),
            currency: span.currency(),
            iso: span.iso(),
            entity: span.entity(),
            speaker: speaker.map(|s| s.name.clone()),
            speaker_start: speaker.map(|_| speaker_start),
            speaker_end: speaker.map(|_| speaker_end),
        };
        out.set(i as u32, js.serialize(&serializer)?);
    }
    Ok(out)
}

/// Panics on purpose, so tests can check that the package recovers from a crashed instance.
#[doc(hidden)]
#[wasm_bindgen(js_name = "__panicForTests", skip_typescript)]
pub fn panic_for_tests() {
    panic!("deliberate panic for tests");
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
