//! Word lists, compiled from `data/lexicon/*.txt` by `build.rs`.
//!
//! The lists ship as sorted, newline-joined text: the smallest form to download. The first
//! lookup in a list indexes it into a hash table of line offsets, so every later lookup is
//! one hash and about one comparison.

use std::hash::Hasher;
use std::sync::OnceLock;

use rustc_hash::FxHasher;

/// A sorted, newline-separated list of lower-case entries.
pub(crate) struct Lexicon {
    blob: &'static str,
    index: OnceLock<Index>,
}

/// Open addressing with linear probing over the blob's lines. A slot holds a line's start
/// and end; an end of 0 marks an empty slot (no line is empty). Building it is one pass
/// over the blob with no allocation after the first: a general hash set of `&str` took
/// about 18 million instructions for the lists a text touches, which a short text paid
/// in full.
struct Index {
    slots: Vec<(u32, u32)>,
    shift: u32,
}

impl Index {
    fn new(blob: &str) -> Index {
        let blob = blob.as_bytes();
        let lines = memchr::memchr_iter(b'\n', blob).count() + 1;
        // At most two thirds full, so a probe sequence stays short.
        let bits = (lines + lines / 2)
            .next_power_of_two()
            .trailing_zeros()
            .max(1);
        let mut index = Index {
            slots: vec![(0, 0); 1 << bits],
            shift: 64 - bits,
        };
        let mask = index.slots.len() - 1;
        let mut start = 0;
        for end in memchr::memchr_iter(b'\n', blob).chain([blob.len()]) {
            if end > start {
                let mut i = index.slot(&blob[start..end]);
                while index.slots[i].1 != 0 {
                    i = (i + 1) & mask;
                }
                index.slots[i] = (start as u32, end as u32);
            }
            start = end + 1;
        }
        index
    }

    /// The first slot to probe for `key`: Fibonacci hashing spreads FxHash's output.
    fn slot(&self, key: &[u8]) -> usize {
        let mut hasher = FxHasher::default();
        hasher.write(key);
        (hasher.finish().wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    fn contains(&self, blob: &[u8], key: &[u8]) -> bool {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let (start, end) = self.slots[i];
            if end == 0 {
                return false;
            }
            if blob[start as usize..end as usize] == *key {
                return true;
            }
            i = (i + 1) & mask;
        }
    }
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
            .get_or_init(|| Index::new(self.blob))
            .contains(self.blob.as_bytes(), key.as_bytes())
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
