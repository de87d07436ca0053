//! Compiles the word lists in `data/lexicon/` into perfect-hash sets and maps.
//!
//! A file whose lines are single entries becomes `phf::Set<&str>`; a file whose lines are
//! `key<TAB>value` becomes `phf::Map<&str, &str>`. `#` starts a comment line. Entries are
//! lower-cased so lookups are case-insensitive for callers that lower-case their key.

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

    let mut out = String::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path.file_stem().unwrap().to_string_lossy().to_uppercase();
        let body = fs::read_to_string(&path).expect("lexicon is UTF-8");
        let entries: Vec<(String, Option<String>)> = body
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| match l.split_once('\t') {
                Some((k, v)) => (k.trim().to_lowercase(), Some(v.trim().to_string())),
                None => (l.trim().to_lowercase(), None),
            })
            .collect();
        let is_map = entries.iter().any(|(_, v)| v.is_some());
        let mut seen = std::collections::HashSet::new();
        writeln!(out, "/// Generated from `{}`.", path.display()).unwrap();
        if is_map {
            let mut map = phf_codegen::Map::new();
            for (k, v) in &entries {
                if seen.insert(k.clone()) {
                    let v = v
                        .as_deref()
                        .unwrap_or_else(|| panic!("{}: `{k}` has no value", path.display()));
                    map.entry(k.as_str(), &format!("{v:?}"));
                }
            }
            writeln!(
                out,
                "pub static {stem}: phf::Map<&'static str, &'static str> = {};",
                map.build()
            )
            .unwrap();
        } else {
            let mut set = phf_codegen::Set::new();
            for (k, _) in &entries {
                if seen.insert(k.clone()) {
                    set.entry(k.as_str());
                }
            }
            writeln!(
                out,
                "pub static {stem}: phf::Set<&'static str> = {};",
                set.build()
            )
            .unwrap();
        }
    }
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("lexicons.rs");
    fs::write(dest, out).unwrap();
}
