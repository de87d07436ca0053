//! Inputs built to find super-linear work (`cargo bench --bench worst_cases`). Each runs at
//! two sizes: if the time per byte stays flat from the small to the large one, the pass is
//! linear. Criterion prints MB/s for both.

use article_highlighter::analyze;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

// Each bench uses part of the shared text builders.
#[allow(dead_code)]
#[path = "texts.rs"]
mod texts;

fn worst_cases(c: &mut Criterion) {
    let cases: [(&str, &str, usize); 7] = [
        ("no-spaces", "abcdefghij", 10 << 20),
        ("capitals", "ABCDE FGHIJ ", 10 << 20),
        ("nested-opening-marks", "“‘«", 1 << 20),
        ("quote-marks-and-apostrophes", "\"'’‘”“ ", 1 << 20),
        ("digits-and-commas", "1,234,5.6 ", 1 << 20),
        ("one-character-lines", "a\n", 200_000),
        (
            "one-paragraph-one-opening-mark",
            "“ long paragraph with no end ",
            1 << 20,
        ),
    ];
    let mut group = c.benchmark_group("worst-cases");
    group.sample_size(10);
    for (name, unit, large) in cases {
        for bytes in [large / 10, large] {
            let text = if name == "one-paragraph-one-opening-mark" {
                format!("“{}", texts::repeated(" said Kirby, 5% of it", bytes))
            } else {
                texts::repeated(unit, bytes)
            };
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, text.len()), &text, |b, t| {
                b.iter(|| analyze(black_box(t)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, worst_cases);
criterion_main!(benches);
