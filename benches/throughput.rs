//! Native throughput of `analyze` on article-like text: the whole pipeline and each
//! detector on its own (`cargo bench --bench throughput`).

use article_highlighter::Analyzer;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

// Each bench uses part of the shared text builders.
#[allow(dead_code)]
#[path = "texts.rs"]
mod texts;

fn throughput(c: &mut Criterion) {
    for (label, bytes) in [("1MB", 1 << 20), ("10MB", 10 << 20)] {
        let text = texts::articles(bytes);
        let mut group = c.benchmark_group(format!("articles-{label}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        let runs: [(&str, Analyzer); 4] = [
            ("all", Analyzer::new()),
            (
                "quotes",
                Analyzer::new().numbers(false).names(false).clone(),
            ),
            (
                "numbers",
                Analyzer::new().quotes(false).names(false).clone(),
            ),
            (
                "names",
                Analyzer::new().quotes(false).numbers(false).clone(),
            ),
        ];
        for (name, analyzer) in runs {
            group.bench_function(name, |b| b.iter(|| analyzer.analyze(black_box(&text))));
        }
        group.finish();
    }
}

criterion_group!(benches, throughput);
criterion_main!(benches);
