//! Texts for the benchmarks, built from the invented paragraphs in `bench/corpus.txt`
//! (written for the project; nothing from the evaluation set).

/// About `bytes` of article-like text: the corpus paragraphs, rotated so that repeats are
/// not aligned, joined by blank lines.
pub fn articles(bytes: usize) -> String {
    let corpus = include_str!("../bench/corpus.txt");
    let paragraphs: Vec<&str> = corpus
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut out = String::with_capacity(bytes + 4096);
    let mut round = 0;
    while out.len() < bytes {
        for k in 0..paragraphs.len() {
            out.push_str(paragraphs[(k * 7 + round) % paragraphs.len()]);
            out.push_str("\n\n");
        }
        round += 1;
    }
    out
}

/// `unit` repeated to about `bytes`.
pub fn repeated(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}
