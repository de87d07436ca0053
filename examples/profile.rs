//! A fixed workload for profilers (`valgrind --tool=callgrind`): analyses article-like
//! text built from `bench/corpus.txt`, as `profile BYTES [PIECE [REPEATS]]` — BYTES of
//! text in pieces of about PIECE bytes (default: one piece), each analysed REPEATS times.
//! Prints the span count so the work cannot be optimised away.

use article_highlighter::analyze;

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("a byte count"))
        .collect();
    let bytes = args.first().copied().unwrap_or(1 << 20);
    let piece = args.get(1).copied().unwrap_or(bytes).max(1);
    let repeats = args.get(2).copied().unwrap_or(1);
    let corpus = include_str!("../bench/corpus.txt");
    let paragraphs: Vec<&str> = corpus
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut pieces = vec![String::new()];
    let (mut total, mut round) = (0, 0);
    while total < bytes {
        for k in 0..paragraphs.len() {
            let p = paragraphs[(k * 7 + round) % paragraphs.len()];
            let last = pieces.last_mut().expect("one piece");
            last.push_str(p);
            last.push_str("\n\n");
            total += p.len() + 2;
            if last.len() >= piece {
                pieces.push(String::new());
            }
        }
        round += 1;
    }
    let mut spans = 0;
    for _ in 0..repeats {
        for p in &pieces {
            spans += analyze(p).len();
        }
    }
    println!("{} bytes in {} pieces: {spans} spans", total, pieces.len());
}
