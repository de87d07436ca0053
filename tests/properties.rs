//! Properties that hold for any input: no panic, spans inside the text on character
//! boundaries, sorted, same-kind spans apart, and the same answer twice.
#![cfg(not(target_arch = "wasm32"))]

use article_highlighter::{analyze, Kind};
use proptest::prelude::*;

fn check(text: &str) {
    let spans = analyze(text);
    for s in &spans {
        assert!(
            s.start() < s.end() && s.end() <= text.len(),
            "{s:?} out of bounds"
        );
        assert!(
            text.is_char_boundary(s.start()) && text.is_char_boundary(s.end()),
            "{s:?} splits a character"
        );
        if let Some(speaker) = s.speaker() {
            assert!(
                text.get(speaker.mention.clone()).is_some(),
                "speaker mention out of bounds"
            );
        }
        if let Some(v) = s.value() {
            assert!(!v.is_nan(), "NaN value");
        }
    }
    assert!(
        spans.windows(2).all(|w| w[0].start() <= w[1].start()),
        "not sorted"
    );
    for kind in [Kind::Quote, Kind::Number, Kind::Name] {
        let same: Vec<_> = spans.iter().filter(|s| s.kind() == kind).collect();
        assert!(
            same.windows(2).all(|w| w[0].end() <= w[1].start()),
            "{kind:?} spans overlap: {same:?}"
        );
    }
    assert_eq!(spans, analyze(text), "not deterministic");
}

/// Characters the detectors react to, mixed with letters, digits and separators.
fn tricky() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "‹",
        "›",
        "„",
        "‚",
        "「",
        "」",
        "『",
        "』",
        " ",
        "  ",
        "\n",
        "\r\n",
        "\n\n",
        ".",
        ",",
        ":",
        "-",
        "–",
        "—",
        "$",
        "£",
        "€",
        "%",
        "/",
        "½",
        "0",
        "1",
        "7",
        "19",
        "2,000",
        "3.5",
        "bn",
        "mn",
        "k",
        "th",
        "s",
        "Gaza",
        "Kirby",
        "said",
        "he",
        "she",
        "the",
        "The",
        "President",
        "Mr.",
        "U.S.",
        "OCHA",
        "HOST",
        "NEWS",
        "one",
        "two",
        "hundred",
        "million",
        "October",
        "a",
        "dozen",
        "per",
        "cent",
        "km",
        "pm",
        "\u{301}",
        "\u{200D}",
        "😀",
        "é",
        "İ",
        "ß",
        "ǅ",
        "[",
        "]",
        "(",
        ")",
        "Al-",
        "’s",
        "\u{2028}",
        "\u{A0}",
        "\u{202F}",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_unicode_text(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn text_made_of_what_detectors_care_about(text in tricky()) {
        check(&text);
    }
}

#[test]
fn pathological_inputs_finish() {
    check(&"“".repeat(20_000));
    check(&"\"'’‘".repeat(5_000));
    check(&"9".repeat(20_000));
    check(&"1,".repeat(10_000));
    check(&"A ".repeat(10_000));
    check(&"x\n".repeat(10_000));
    check(&"ABCDEFGHIJ".repeat(5_000));
}
