//! The JavaScript binding in real headless Chromium: UTF-16 offsets, lone surrogates and
//! errors, as a page sees them.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Float64Array, JsString, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn field(span: &JsValue, name: &str) -> JsValue {
    Reflect::get(span, &JsValue::from_str(name)).unwrap()
}

/// The span objects js/spans.mjs builds from the flat result, with the fields these tests
/// read; its layout is documented on `analyze_js`.
fn spans(text: &JsString) -> Vec<JsValue> {
    let flat = article_highlighter::analyze_js(text).unwrap();
    let numbers = Float64Array::from(flat.get(0)).to_vec();
    let strings = JsString::from(flat.get(1));
    let count = numbers[0] as usize;
    let mut table = Vec::new();
    let mut at = 0;
    for &end in &numbers[1..=count] {
        table.push(strings.slice(at, end as u32));
        at = end as u32;
    }
    numbers[1 + count..]
        .chunks(11)
        .map(|n| {
            let span = js_sys::Object::new();
            let set = |name: &str, value: JsValue| {
                Reflect::set(&span, &JsValue::from_str(name), &value).unwrap();
            };
            let string = |i: f64| (i >= 0.0).then(|| JsValue::from(&table[i as usize]));
            set("kind", string(n[0]).unwrap());
            set("type", string(n[1]).unwrap());
            set("start", n[2].into());
            set("end", n[3].into());
            set("text", text.slice(n[2] as u32, n[3] as u32).into());
            if !n[4].is_nan() {
                set("value", n[4].into());
            }
            for (name, i) in [("currency", 5), ("iso", 6), ("speaker", 8)] {
                if let Some(s) = string(n[i]) {
                    set(name, s);
                }
            }
            span.into()
        })
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
