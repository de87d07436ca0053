//! Word lists, compiled from `data/lexicon/*.txt` by `build.rs` into perfect-hash tables.
include!(concat!(env!("OUT_DIR"), "/lexicons.rs"));
