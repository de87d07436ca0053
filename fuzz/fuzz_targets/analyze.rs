//! `cargo +nightly fuzz run analyze` (from the repository root): any bytes, read as UTF-8
//! where they are valid, must give spans that lie on character boundaries inside the text,
//! sorted, with same-kind spans apart, and never a panic.
#![no_main]

use article_highlighter::{analyze, Kind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let spans = analyze(&text);
    let mut last_start = 0;
    for span in &spans {
        assert!(span.start() < span.end() && span.end() <= text.len());
        assert!(text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()));
        assert!(span.start() >= last_start);
        last_start = span.start();
        if let Some(v) = span.value() {
            assert!(v.is_finite());
        }
    }
    for kind in [Kind::Quote, Kind::Number, Kind::Name] {
        let mut end = 0;
        for span in spans.iter().filter(|s| s.kind() == kind) {
            assert!(span.start() >= end, "{kind:?} spans overlap");
            end = span.end();
        }
    }
});
