//! Compiles the word lists in `data/lexicon/*.txt` into sorted, newline-joined blobs.
//!
//! Each file becomes `pub static NAME: Lexicon`, with its own bit in one table of all the
//! lists, built on the first lookup (`src/lexicon.rs`). No index is stored: a perfect-hash
//! table or an offset array would cost more bytes than the words, and the page downloads every byte. For the same reason
//! the lines are front-coded: each starts with one character saying how many bytes it
//! shares with the line before (`'0'` + n), which gzips a quarter smaller than the plain
//! sorted list. `#` starts a comment line; entries are lower-cased so callers look up
//! lower-cased keys.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new("data/lexicon");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("data/lexicon exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();

    // Each list is one bit of the masks in src/lexicon.rs's shared table.
    assert!(
        files.len() <= 32,
        "more than 32 lists: widen the masks in src/lexicon.rs"
    );
    let out_dir = env::var("OUT_DIR").unwrap();
    let mut code = String::new();
    let mut names = Vec::new();
    for (n, path) in files.into_iter().enumerate() {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let body = fs::read_to_string(&path).expect("lexicon is UTF-8");
        let mut entries: Vec<String> = body
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_lowercase)
            .collect();
        entries.sort();
        entries.dedup();
        assert!(
            entries.iter().all(|e| !e.contains('\n')),
            "{}: an entry spans lines",
            path.display()
        );
        let blob_name = format!("{stem}.lexicon");
        fs::write(Path::new(&out_dir).join(&blob_name), front_coded(&entries)).unwrap();
        writeln!(
            code,
            "/// {} entries from `{}`.\npub static {}: Lexicon = Lexicon::compiled(include_str!(concat!(env!(\"OUT_DIR\"), \"/{blob_name}\")), 1 << {n});",
            entries.len(),
            path.display(),
            stem.to_uppercase(),
        )
        .unwrap();
        names.push(stem.to_uppercase());
    }
    writeln!(
        code,
        "/// Every list above, each in the shared table under its bit.\nstatic COMPILED: [&Lexicon; {}] = [{}];",
        names.len(),
        names.iter().map(|n| format!("&{n}")).collect::<Vec<_>>().join(", ")
    )
    .unwrap();
    fs::write(Path::new(&out_dir).join("lexicons.rs"), code).unwrap();
}

/// The longest shared prefix one line can record; `'0'` + 74 is `'z'`.
const MAX_SHARED: usize = 74;

/// Sorted entries, each line led by the length of the prefix it shares with the one before
/// (cut back to a character boundary, so every line stays valid UTF-8).
fn front_coded(entries: &[String]) -> String {
    let mut out = String::new();
    let mut previous = "";
    for (i, entry) in entries.iter().enumerate() {
        let mut shared = entry
            .bytes()
            .zip(previous.bytes())
            .take_while(|(a, b)| a == b)
            .count()
            .min(MAX_SHARED);
        while !entry.is_char_boundary(shared) {
            shared -= 1;
        }
        if i > 0 {
            out.push('\n');
        }
        out.push(char::from(b'0' + shared as u8));
        out.push_str(&entry[shared..]);
        previous = entry;
    }
    out
}
