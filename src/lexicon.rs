//! Word lists, compiled from `data/lexicon/*.txt` by `build.rs`.

/// A sorted, newline-separated list of lower-case entries, searched in place.
pub(crate) struct Lexicon {
    blob: &'static str,
}

impl Lexicon {
    pub(crate) const fn new(blob: &'static str) -> Lexicon {
        Lexicon { blob }
    }

    /// Is `key` (lower-case) one of the entries?
    ///
    /// Binary search over bytes: each probe backs up to the start of the line it landed
    /// in, so the search needs no index and stays O(log n) probes of one line each.
    pub(crate) fn contains(&self, key: &str) -> bool {
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
            assert!(lex.contains(word), "{word}");
        }
        for word in ["", "a", "gaz", "gazaa", "isr", "israelis", "zz", "bank"] {
            assert!(!lex.contains(word), "{word}");
        }
        assert!(!Lexicon::new("").contains(""));
        assert!(Lexicon::new("one").contains("one"));
    }

    #[test]
    fn compiled_lists_are_searchable() {
        assert!(MONTHS.contains("october"));
        assert!(SPEECH_VERBS.contains("said"));
        assert!(!SPEECH_VERBS.contains("sai"));
    }
}
