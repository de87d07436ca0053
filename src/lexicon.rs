//! Word lists, compiled from `data/lexicon/*.txt` by `build.rs`.
//!
//! The lists ship as sorted, newline-joined text: the smallest form to download. The first
//! lookup in a list indexes it into a hash set (a few milliseconds for the largest), so
//! every later lookup is one hash and one comparison.
//!
//! An entry may carry its inflections as flags (`automate:s13`, see [`INFLECTIONS`]); the
//! index holds the base and every flagged form, so lookups never see the flags.

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A sorted, newline-separated list of lower-case entries.
pub(crate) struct Lexicon {
    blob: &'static str,
    index: OnceLock<FxHashSet<Cow<'static, str>>>,
}

/// How a flag letter after `base:` spells an inflected form: the ending to add, and the
/// letter the base must end with, which the ending then replaces (`y` → `ies`, `e` →
/// `ing`); `+` doubles the base's last letter (`stop` → `stopped`). It must match
/// INFLECTIONS in tools/gen-lexicons.mjs, which writes the flags; the digits stand for
/// variants because build.rs lower-cases every entry.
const INFLECTIONS: &[(char, &str, Option<char>)] = &[
    ('s', "s", None),
    ('e', "es", None),
    ('y', "ies", Some('y')),
    ('d', "ed", None),
    ('1', "ed", Some('e')),
    ('2', "ied", Some('y')),
    ('g', "ing", None),
    ('3', "ing", Some('e')),
    ('l', "ly", None),
    ('4', "ily", Some('y')),
    ('r', "er", None),
    ('5', "er", Some('e')),
    ('x', "ers", None),
    ('6', "ers", Some('e')),
    ('t', "est", None),
    ('7', "est", Some('e')),
    ('p', "+ed", None),
    ('q', "+ing", None),
    ('n', "ness", None),
    ('m', "ment", None),
    ('a', "al", None),
];

/// The entries of one line: the base, then one form per flag.
fn expand(line: &'static str, index: &mut FxHashSet<Cow<'static, str>>) {
    let Some((base, flags)) = line.split_once(':') else {
        index.insert(Cow::Borrowed(line));
        return;
    };
    index.insert(Cow::Borrowed(base));
    for flag in flags.chars() {
        let Some(&(_, ending, replaces)) = INFLECTIONS.iter().find(|r| r.0 == flag) else {
            continue;
        };
        let stem = match replaces {
            Some(c) => base.strip_suffix(c).unwrap_or(base),
            None => base,
        };
        let mut form = String::with_capacity(base.len() + ending.len() + 1);
        form.push_str(stem);
        match ending.strip_prefix('+') {
            Some(rest) => {
                form.extend(base.chars().next_back());
                form.push_str(rest);
            }
            None => form.push_str(ending),
        }
        index.insert(Cow::Owned(form));
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
            .get_or_init(|| {
                let mut index = FxHashSet::default();
                for line in self.blob.split('\n').filter(|e| !e.is_empty()) {
                    expand(line, &mut index);
                }
                index
            })
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
    fn flagged_entries_stand_for_their_inflections() {
        let lex = Lexicon::new("automate:s13\nbaby:y2\nhappy:4\nstop:pq\nwalk:sdgx");
        for word in [
            "automate",
            "automates",
            "automated",
            "automating",
            "baby",
            "babies",
            "babied",
            "happy",
            "happily",
            "stop",
            "stopped",
            "stopping",
            "walk",
            "walks",
            "walked",
            "walking",
            "walkers",
        ] {
            assert!(lex.contains(word), "{word}");
        }
        for word in [
            "automat",
            "automateing",
            "babys",
            "stoped",
            "walker",
            "walk:sdgx",
        ] {
            assert!(!lex.contains(word), "{word}");
        }
        assert!(COMMON_WORDS.contains("abandoned") && COMMON_WORDS.contains("walking"));
    }

    #[test]
    fn compiled_lists_are_searchable() {
        assert!(MONTHS.contains("october"));
        assert!(SPEECH_VERBS.contains("said"));
        assert!(!SPEECH_VERBS.contains("sai"));
    }
}
