//! Numbers written every supported way read back as the value they were written from, and
//! no input, however long or large, gives a non-finite value or a panic.
#![cfg(not(target_arch = "wasm32"))]

use article_highlighter::{analyze, Kind, Span};
use proptest::prelude::*;

/// The number spans of `text`, with their text.
fn numbers(text: &str) -> Vec<(String, Option<f64>)> {
    analyze(text)
        .iter()
        .filter(|s| s.kind() == Kind::Number)
        .map(|s: &Span| (s.as_str(text).to_string(), s.value()))
        .collect()
}

/// Reads `written` inside a sentence and expects exactly it, worth `value`.
fn reads_back(written: &str, value: f64) -> Result<(), TestCaseError> {
    let text = format!("They counted {written} yesterday.");
    let found = numbers(&text);
    prop_assert_eq!(found.len(), 1, "{:?} in {:?}", found, text);
    prop_assert_eq!(&found[0].0, written);
    let got = found[0].1;
    prop_assert!(
        got.is_some_and(|g| (g - value).abs() <= value.abs() * 1e-12),
        "{written:?}: {got:?} ≠ {value}"
    );
    Ok(())
}

fn group(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

const SMALL: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Below a thousand, as a newspaper spells it: `two hundred and six`, `thirty-five`.
fn spell_small(n: u64, and: bool) -> String {
    let mut parts = Vec::new();
    if n >= 100 {
        parts.push(format!("{} hundred", SMALL[(n / 100) as usize]));
    }
    let rest = n % 100;
    if rest > 0 {
        if n >= 100 && and {
            parts.push("and".to_string());
        }
        parts.push(if rest < 20 {
            SMALL[rest as usize].to_string()
        } else if rest % 10 == 0 {
            TENS[(rest / 10) as usize].to_string()
        } else {
            format!(
                "{}-{}",
                TENS[(rest / 10) as usize],
                SMALL[(rest % 10) as usize]
            )
        });
    }
    parts.join(" ")
}

fn spell(n: u64, and: bool) -> String {
    if n == 0 {
        return "zero".to_string();
    }
    let scales = [
        (1_000_000_000_000, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ];
    let mut parts = Vec::new();
    let mut rest = n;
    for (size, name) in scales {
        if rest >= size {
            parts.push(format!("{} {name}", spell_small(rest / size, and)));
            rest %= size;
        }
    }
    if rest > 0 {
        parts.push(spell_small(rest, and));
    }
    parts.join(" ")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn digits_with_separators(n in 0u64..1_000_000_000_000_000) {
        reads_back(&group(n, ","), n as f64)?;
        reads_back(&group(n, "\u{202F}"), n as f64)?;
        reads_back(&group(n, "\u{A0}"), n as f64)?;
        reads_back(&group(n, "\u{2009}"), n as f64)?;
    }

    #[test]
    fn money_with_symbols_codes_and_words(
        n in 1u64..1_000_000_000,
        style in 0usize..6,
    ) {
        let digits = group(n, ",");
        let written = match style {
            0 => format!("${digits}"),
            1 => format!("£{digits}"),
            2 => format!("US${digits}"),
            3 => format!("USD {digits}"),
            4 => format!("{digits} euros"),
            _ => format!("€ {digits}"),
        };
        reads_back(&written, n as f64)?;
    }

    #[test]
    fn money_in_two_parts(major in 1u64..1000, minor in 1u64..100, words in any::<bool>()) {
        let dollars = if major == 1 { "dollar" } else { "dollars" };
        let cents = if minor == 1 { "cent" } else { "cents" };
        let written = if words {
            format!("{} {dollars} {} {cents}", spell(major, true), spell(minor, false))
        } else {
            format!("{major} {dollars} {minor} {cents}")
        };
        reads_back(&written, major as f64 + minor as f64 / 100.0)?;
    }

    #[test]
    fn digits_with_spelled_scales(thousands in 1u64..1000, hundreds in 1u64..10) {
        reads_back(
            &format!("{thousands} thousand {hundreds} hundred"),
            (thousands * 1000 + hundreds * 100) as f64,
        )?;
    }

    #[test]
    fn plain_digits(n in 0u64..10_000_000_000_000_000) {
        reads_back(&n.to_string(), n as f64)?;
    }

    #[test]
    fn decimals(whole in 0u64..100_000_000, frac in 1u32..10_000) {
        let frac = format!("{frac:04}");
        let value: f64 = format!("{whole}.{frac}").parse().unwrap();
        reads_back(&format!("{whole}.{frac}"), value)?;
        reads_back(&format!("{}.{frac}", group(whole, ",")), value)?;
        if whole == 0 {
            reads_back(&format!(".{frac}"), value)?;
        }
    }

    #[test]
    fn spelled_out(n in 1u64..1_000_000_000_000_000, and in any::<bool>()) {
        reads_back(&spell(n, and), n as f64)?;
    }

    #[test]
    fn with_magnitudes(
        mantissa in 1u32..100_000,
        decimals in 0usize..3,
        scale in prop::sample::select(vec![
            ("thousand", 1e3),
            ("million", 1e6),
            ("billion", 1e9),
            ("trillion", 1e12),
            ("mn", 1e6),
            ("bn", 1e9),
            ("tn", 1e12),
            ("k", 1e3),
        ]),
        glued in any::<bool>(),
    ) {
        let written = match decimals {
            0 => mantissa.to_string(),
            d => format!("{}.{:0d$}", mantissa / 10u32.pow(d as u32), mantissa % 10u32.pow(d as u32)),
        };
        let m: f64 = written.parse().unwrap();
        let (word, size) = scale;
        // Words take a space (`1.5 million`); suffixes are glued (`2.3bn`) or spaced
        // (`2.3 bn`), except a lone `k`, which spaced is no magnitude.
        let suffix = word.len() <= 2;
        let text = if suffix && (glued || word == "k") {
            format!("{written}{word}")
        } else {
            format!("{written} {word}")
        };
        reads_back(&text, m * size)?;
    }

    #[test]
    fn a_range_with_one_magnitude_scales_both_sides(
        low in 1u32..500,
        gap in 1u32..500,
        scale in prop::sample::select(vec![
            ("million", 1e6),
            ("billion", 1e9),
            ("bn", 1e9),
            ("m", 1e6),
            ("crore", 1e7),
        ]),
        joiner in prop::sample::select(vec!["-", " to "]),
        dollar in any::<bool>(),
    ) {
        let (word, size) = scale;
        let high = low + gap;
        let sign = if dollar { "$" } else { "" };
        let magnitude = if word.len() <= 2 { word.to_string() } else { format!(" {word}") };
        let text = format!("They paid {sign}{low}{joiner}{high}{magnitude} yesterday.");
        let found = numbers(&text);
        prop_assert_eq!(found.len(), 2, "{:?} in {:?}", found, text);
        prop_assert_eq!(found[0].1, Some(f64::from(low) * size), "{}", text);
        prop_assert_eq!(found[1].1, Some(f64::from(high) * size), "{}", text);
    }

    #[test]
    fn any_digit_soup_has_a_finite_value_or_none(
        s in "[0-9.,eE+\\- ]{1,60}"
    ) {
        for span in analyze(&s) {
            if let Some(v) = span.value() {
                prop_assert!(v.is_finite(), "{s:?}: {v}");
            }
        }
    }
}

#[test]
fn huge_numbers_give_a_span_and_a_finite_value_or_none() {
    let long = "7".repeat(10_000);
    let cases = [
        "99999999999999999999999",
        "1e400",
        "1.5e999 million",
        "$1e308bn",
        "99999999999999999999999 trillion",
        long.as_str(),
    ];
    for text in cases {
        let found = numbers(text);
        assert!(!found.is_empty(), "{text:.40}: no span");
        for (_, v) in found {
            assert!(v.is_none_or(f64::is_finite), "{text:.40}: {v:?}");
        }
    }
    assert_eq!(numbers("99999999999999999999999")[0].1, Some(1e23));
    assert_eq!(numbers("1e400")[0].1, None);
}
