//! The JavaScript binding in real headless Chromium: UTF-16 offsets, lone surrogates and
//! errors, as a page sees them.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn field(span: &JsValue, name: &str) -> JsValue {
    Reflect::get(span, &JsValue::from_str(name)).unwrap()
}

fn spans(text: &JsString) -> Vec<JsValue> {
    article_highlighter::analyze_js(text)
        .unwrap()
        .iter()
        .collect()
}

#[wasm_bindgen_test]
fn offsets_are_utf16_and_text_slices_back() {
    let text = JsString::from("😀 “We must act now,” Guterres said in 🇵🇸 Gaza City.");
    let found = spans(&text);
    assert_eq!(found.len(), 3);
    for span in &found {
        let start = field(span, "start").as_f64().unwrap() as u32;
        let end = field(span, "end").as_f64().unwrap() as u32;
        assert_eq!(JsString::from(field(span, "text")), text.slice(start, end));
    }
    assert_eq!(field(&found[0], "kind"), "quote");
    assert_eq!(field(&found[0], "start").as_f64(), Some(4.0));
    assert_eq!(field(&found[0], "speaker"), "Guterres");
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets_aligned() {
    // "\uD800 Kirby said." with an unpaired high surrogate first.
    let units: Vec<u16> = [0xD800]
        .into_iter()
        .chain(" Kirby said 5%.".encode_utf16())
        .collect();
    let text = JsString::from_char_code(&units);
    let found = spans(&text);
    assert!(!found.is_empty());
    for span in &found {
        let start = field(span, "start").as_f64().unwrap() as u32;
        let end = field(span, "end").as_f64().unwrap() as u32;
        assert_eq!(JsString::from(field(span, "text")), text.slice(start, end));
    }
}

#[wasm_bindgen_test]
fn numbers_carry_values_and_names_types() {
    let found = spans(&JsString::from("A $5bn loan from the Bank of England."));
    let number = found.iter().find(|s| field(s, "kind") == "number").unwrap();
    assert_eq!(field(number, "value").as_f64(), Some(5e9));
    assert_eq!(field(number, "currency"), "USD");
    let name = found.iter().find(|s| field(s, "kind") == "name").unwrap();
    assert_eq!(field(name, "type"), "org");
    let _ = Array::new();
}
