//! Word lists, compiled from `data/lexicon/*.txt` by `build.rs`.
//!
//! The lists ship as sorted, newline-joined text: the smallest form to download. The first
//! lookup in a list indexes it into a hash set (a few milliseconds for the largest), so
//! every later lookup is one hash and one comparison.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A sorted, newline-separated list of lower-case entries.
pub(crate) struct Lexicon {
    blob: &'static str,
    index: OnceLock<FxHashSet<&'static str>>,
}

impl Lexicon {
    pub(crate) const fn new(blob: &'static str) -> Lexicon {
        Lexicon {
            blob,
            index: OnceLock::new(),
        }
    }

    /// Is `key` (lower-case) one of the entries?
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.index
            .get_or_init(|| self.blob.split('\n').filter(|e| !e.is_empty()).collect())
            .contains(key)
    }

    /// The same answer as [`Lexicon::contains`] without the index: a binary search over the
    /// bytes, each probe backing up to the start of its line. The tests check the index
    /// against it.
    #[cfg(test)]
    fn contains_by_search(&self, key: &str) -> bool {
        let blob = self.blob.as_bytes();
        let key = key.as_bytes();
        // Invariant: `lo` is the start of a line, and `hi` is the start of a line or the end.
        let (mut lo, mut hi) = (0usize, blob.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = blob[lo..mid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(lo, |p| lo + p + 1);
            let end = blob[start..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(blob.len(), |p| start + p);
            match blob[start..end].cmp(key) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => lo = end + 1,
                std::cmp::Ordering::Greater => hi = start,
            }
        }
        false
    }
}

include!(concat!(env!("OUT_DIR"), "/lexicons.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_entry_and_nothing_else() {
        let lex = Lexicon::new("al-shifa\nbank of england\ngaza\nisrael\nisraeli");
        for word in ["al-shifa", "bank of england", "gaza", "israel", "israeli"] {
            assert!(lex.contains(word) && lex.contains_by_search(word), "{word}");
        }
        for word in ["", "a", "gaz", "gazaa", "isr", "israelis", "zz", "bank"] {
            assert!(
                !lex.contains(word) && !lex.contains_by_search(word),
                "{word}"
            );
        }
        assert!(!Lexicon::new("").contains(""));
        assert!(Lexicon::new("one").contains("one"));
    }

    #[test]
    fn the_index_agrees_with_the_sorted_text() {
        // build.rs sorts by bytes; the in-place search relies on it.
        for word in COMMON_WORDS.blob.split('\n').step_by(97) {
            assert!(COMMON_WORDS.contains_by_search(word), "{word}");
            let missing = format!("{word}q");
            assert_eq!(
                COMMON_WORDS.contains(&missing),
                COMMON_WORDS.contains_by_search(&missing)
            );
        }
    }

    #[test]
    fn compiled_lists_are_searchable() {
        assert!(MONTHS.contains("october"));
        assert!(SPEECH_VERBS.contains("said"));
        assert!(!SPEECH_VERBS.contains("sai"));
    }
}
