//! A fixed workload for profilers (`valgrind --tool=callgrind`): analyses the benchmarks'
//! article-like text (`benches/texts.rs`), as `profile BYTES [PIECE [REPEATS [KINDS]]]` — BYTES
//! of text in pieces of about PIECE bytes (default: one piece), each analysed REPEATS times,
//! finding KINDS (`all`, or a comma-separated list of `quotes`, `numbers`, `names`), so one
//! detector's cost can be read apart (quotes still run name finding, which speakers need).
//! Prints the span count so the work cannot be optimised away.

use article_highlighter::Analyzer;

// The same text builders as the benchmarks.
#[allow(dead_code)]
#[path = "../benches/texts.rs"]
mod texts;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let kinds = if args.len() > 3 {
        args.pop().expect("four arguments")
    } else {
        "all".to_string()
    };
    let args: Vec<usize> = args
        .iter()
        .map(|a| a.parse().expect("a byte count"))
        .collect();
    let mut analyzer = Analyzer::new();
    if kinds != "all" {
        let wanted: Vec<&str> = kinds.split(',').collect();
        analyzer
            .quotes(wanted.contains(&"quotes"))
            .numbers(wanted.contains(&"numbers"))
            .names(wanted.contains(&"names"));
    }
    let bytes = args.first().copied().unwrap_or(1 << 20);
    let piece = args.get(1).copied().unwrap_or(bytes).max(1);
    let repeats = args.get(2).copied().unwrap_or(1);
    // The benches' text, cut at paragraph ends into pieces of at least PIECE bytes.
    let text = texts::articles(bytes);
    let mut pieces = vec![String::new()];
    for paragraph in text.split_inclusive("\n\n") {
        let last = pieces.last_mut().expect("one piece");
        last.push_str(paragraph);
        if last.len() >= piece {
            pieces.push(String::new());
        }
    }
    let total = text.len();
    let mut spans = 0;
    for _ in 0..repeats {
        for p in &pieces {
            spans += analyzer.analyze(p).len();
        }
    }
    println!("{} bytes in {} pieces: {spans} spans", total, pieces.len());
}
