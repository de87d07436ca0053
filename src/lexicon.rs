//! Word lists, compiled from `data/lexicon/*.txt` by `build.rs`.
//!
//! The lists ship as sorted, front-coded text (see `build.rs`): the smallest form to
//! download. The first lookup in a list decodes it and indexes it into a hash table of line
//! offsets, so every later lookup is one hash and about one comparison.
//!
//! An entry may carry its inflections as flags (`automate:s13`, see [`INFLECTIONS`]); such a
//! list is first spelled out in full in memory, so lookups never see the flags.

use std::sync::OnceLock;

/// A sorted, newline-separated list of lower-case entries.
pub(crate) struct Lexicon {
    blob: &'static str,
    /// Its bit in the shared table of all compiled lists; 0 for a list with a table of its
    /// own (the tests').
    bit: u32,
    index: OnceLock<Index>,
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

/// Calls `each` with every line of a front-coded blob in full, in order. build.rs writes
/// each line as one character, `'0'` + the number of bytes it shares with the line
/// before, then the bytes that differ; so each line is the one before cut back, then
/// extended, in one buffer.
fn for_each_line(blob: &str, mut each: impl FnMut(&str)) {
    let bytes = blob.as_bytes();
    let mut line = String::with_capacity(64);
    let mut at = 0;
    // Lines found by a plain byte scan: `str::split` cost more than the decoding itself, and
    // memchr more than a scan of lines this short (about 8 bytes).
    while at < bytes.len() {
        let end = bytes[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| at + p);
        let start = at;
        at = end + 1;
        let Some(&code) = bytes[start..end].first() else {
            continue;
        };
        // A corrupt count can only come from a broken build; clamping keeps it a bad list,
        // never a panic or a split character: the cut goes back to a character's start.
        let mut shared = usize::from(code.saturating_sub(b'0')).min(line.len());
        while shared > 0 && !line.is_char_boundary(shared) {
            shared -= 1;
        }
        line.truncate(shared);
        // Only whole characters: a line whose code is not ASCII keeps none of its bytes.
        // After an ASCII code, and at a newline, characters start.
        if code.is_ascii() {
            line.push_str(blob.get(start + 1..end).unwrap_or(""));
        }
        each(&line);
    }
}

/// The sorted lines in full, joined by newlines (see [`for_each_line`]).
#[cfg(test)]
fn without_front_coding(blob: &str) -> String {
    let mut out = String::with_capacity(blob.len() * 2);
    for_each_line(blob, |line| {
        out.push_str(line);
        out.push('\n');
    });
    out.pop();
    out
}

/// Appends the entries one decoded line stands for to `out`, each followed by a newline,
/// and pushes each one's range onto `entries`: the line itself, or for `base:flags` the
/// base and one inflected form per flag.
fn spell_into(line: &str, out: &mut String, entries: &mut Vec<(usize, usize)>) {
    // `:` is ASCII, so where it stands a character starts.
    let Some(colon) = line.bytes().position(|b| b == b':') else {
        // Most lines: one entry as it is.
        let start = out.len();
        out.push_str(line);
        entries.push((start, out.len()));
        out.push('\n');
        return;
    };
    let mut entry = |out: &mut String, parts: [&str; 3]| {
        let start = out.len();
        for part in parts {
            out.push_str(part);
        }
        entries.push((start, out.len()));
        out.push('\n');
    };
    let (base, flags) = (&line[..colon], &line[colon + 1..]);
    entry(out, [base, "", ""]);
    for flag in flags.chars() {
        let Some(&(_, ending, replaces)) = INFLECTIONS.iter().find(|r| r.0 == flag) else {
            continue;
        };
        let stem = match replaces {
            Some(c) => base.strip_suffix(c).unwrap_or(base),
            None => base,
        };
        let mut last = [0; 4];
        match ending.strip_prefix('+') {
            Some(rest) => {
                let doubled = base
                    .chars()
                    .next_back()
                    .map_or("", |c| c.encode_utf8(&mut last));
                entry(out, [stem, doubled, rest]);
            }
            None => entry(out, [stem, ending, ""]),
        }
    }
}

/// Open addressing with linear probing over the lines of the lists. A slot holds a line's
/// start, its length, 16 more bits of its hash and the lists it is in; a length of 0 marks
/// an empty slot (no line is empty). A probe compares bytes only when length and tag agree,
/// which for a missing key almost never happens. Building it is one pass over the lines
/// with no allocation after the first: a general hash set of `&str` took about 18 million
/// instructions for the lists a text touches, which a short text paid in full.
///
/// All compiled lists share one table ([`Shared`]), so one lookup tells every list a word
/// is in: `names` asks once per word and keeps the answer. A list made elsewhere (the
/// tests') gets a table of its own.
struct Index {
    /// The lines the slots point into: the lists decoded, and spelled out if they have flags.
    text: String,
    slots: Vec<Slot>,
    shift: u32,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    start: u32,
    len: u16,
    tag: u16,
    /// The bits of the lists the line is in ([`Lexicon::bit`]).
    lists: u32,
    /// The cues of `type_cues` that name this word (see [`has_cue`]).
    cues: u32,
}

/// Two bit sets that answer most misses of a short list (months, titles) before any
/// hashing: the lengths of its entries and their first bytes.
#[derive(Clone, Copy, Default)]
struct Filter {
    /// Bit `n` is set when some entry is `n` bytes long (bit 63: 63 or more).
    lengths: u64,
    /// Bit `b` is set when some entry starts with byte `b`.
    firsts: [u64; 4],
}

impl Filter {
    fn add(&mut self, line: &[u8]) {
        if let Some(&first) = line.first() {
            self.lengths |= 1 << line.len().min(63);
            self.firsts[usize::from(first >> 6)] |= 1 << (first & 63);
        }
    }

    /// False when no entry can be `key`.
    #[inline]
    fn may_contain(&self, key: &[u8]) -> bool {
        let Some(&first) = key.first() else {
            return false;
        };
        self.lengths >> key.len().min(63) & 1 == 1
            && self.firsts[usize::from(first >> 6)] >> (first & 63) & 1 == 1
    }
}

/// A 64-bit hash of a short key: the key's bytes read as two overlapping words (as
/// wyhash reads short keys), each mixed in with one multiplication. Lexicon keys are words,
/// nearly all under 16 bytes; longer ones go 8 bytes at a time. Cheaper than FxHash's
/// general byte loop, and the same on every target, so tables built anywhere agree.
#[inline]
fn hash(key: &[u8]) -> u64 {
    const K1: u64 = 0x9E37_79B9_7F4A_7C15;
    const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
    let n = key.len();
    let word = |at: usize| u64::from_le_bytes(key[at..at + 8].try_into().unwrap_or_default());
    let half = |at: usize| {
        u64::from(u32::from_le_bytes(
            key[at..at + 4].try_into().unwrap_or_default(),
        ))
    };
    let (a, b) = if n >= 8 {
        let mut h = (n as u64).wrapping_mul(K2);
        let mut at = 0;
        while at + 16 < n {
            h = (h ^ word(at)).wrapping_mul(K1).rotate_left(29);
            at += 8;
        }
        (h ^ word(at), word(n - 8))
    } else if n >= 4 {
        (half(0) | half(n - 4) << 32, n as u64)
    } else if n > 0 {
        let three = u64::from(key[0]) | u64::from(key[n / 2]) << 8 | u64::from(key[n - 1]) << 16;
        (three, n as u64)
    } else {
        (0, 0)
    };
    let h = (a ^ K2).wrapping_mul(K1);
    (h.rotate_left(32) ^ b).wrapping_mul(K2) ^ (h >> 29)
}

/// `a == b` for two slices of the same length, inline: a word of 4 to 16 bytes is two
/// overlapping loads from each side instead of a call to `memcmp`.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word =
        |s: &[u8], at: usize| u64::from_le_bytes(s[at..at + 8].try_into().unwrap_or_default());
    let half =
        |s: &[u8], at: usize| u32::from_le_bytes(s[at..at + 4].try_into().unwrap_or_default());
    match n {
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        _ => a == b,
    }
}

/// A list's entries in full, decoded and spelled out, one per line, and their ranges.
fn decoded(blob: &str) -> (String, Vec<(usize, usize)>) {
    let mut text = String::with_capacity(blob.len() * 2);
    let mut entries = Vec::new();
    for_each_line(blob, |line| spell_into(line, &mut text, &mut entries));
    text.pop();
    (text, entries)
}

impl Index {
    /// The table of one list alone.
    fn new(blob: &'static str) -> Index {
        let (text, entries) = decoded(blob);
        let mut index = Index::over(String::new(), entries.len());
        for (start, end) in entries {
            index.insert(text.as_bytes(), start, end - start, 1, 0);
        }
        index.text = text;
        index
    }

    /// An empty table over `text`, sized for `lines` keys.
    fn over(text: String, lines: usize) -> Index {
        // At most two thirds full, so a probe sequence stays short.
        let bits = (lines + lines / 2)
            .next_power_of_two()
            .trailing_zeros()
            .max(1);
        Index {
            text,
            slots: vec![Slot::default(); 1 << bits],
            shift: 64 - bits,
        }
    }

    /// Adds the key `text[start..start + len]` with the given lists and cues, or adds them
    /// to the key's slot if it is there already. `text` is the index's own text, passed
    /// apart so that a caller can read it while the slots change.
    fn insert(&mut self, text: &[u8], start: usize, len: usize, lists: u32, cues: u32) {
        // Longer lines cannot be stored; no word is that long.
        let (Ok(len16 @ 1..), Ok(start32)) = (u16::try_from(len), u32::try_from(start)) else {
            return;
        };
        let key = &text[start..start + len];
        let h = hash(key);
        let tag = h as u16;
        let mask = self.slots.len() - 1;
        let mut i = (h >> self.shift) as usize;
        loop {
            let slot = self.slots[i];
            if slot.len == 0 {
                self.slots[i] = Slot {
                    start: start32,
                    len: len16,
                    tag,
                    lists,
                    cues,
                };
                return;
            }
            if slot.len == len16 && slot.tag == tag {
                let at = slot.start as usize;
                if text[at..at + len] == *key {
                    self.slots[i].lists |= lists;
                    self.slots[i].cues |= cues;
                    return;
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// The slot of `key`, if it is a key.
    #[inline]
    fn get(&self, key: &[u8]) -> Option<&Slot> {
        let len = u16::try_from(key.len()).ok().filter(|&n| n > 0)?;
        let h = hash(key);
        let tag = h as u16;
        let blob = self.text.as_bytes();
        let mask = self.slots.len() - 1;
        let mut i = (h >> self.shift) as usize;
        loop {
            let slot = &self.slots[i];
            if slot.len == 0 {
                return None;
            }
            if slot.len == len && slot.tag == tag {
                let start = slot.start as usize;
                if blob
                    .get(start..start + key.len())
                    .is_some_and(|b| same(b, key))
                {
                    return Some(slot);
                }
            }
            i = (i + 1) & mask;
        }
    }
}

/// The one table of every compiled list, with each list's filter, built on the first
/// lookup in any of them.
struct Shared {
    index: Index,
    /// Indexed by the position of a list's bit.
    filters: [Filter; 32],
    /// The cues of `type_cues` (its lines' first words), in the order of their bits.
    kinds: Vec<Box<str>>,
    /// For each [`kind_sig`], 1 + the position of the one cue with it, 0 for none, or
    /// 255 for several (then `kinds` is scanned).
    by_sig: [u8; 256],
}

/// A byte from a cue's length and three of its bytes: nearly always a different one for
/// each cue, so that finding one costs no scan.
fn kind_sig(kind: &[u8]) -> usize {
    let (Some(&a), Some(&z)) = (kind.first(), kind.last()) else {
        return 0;
    };
    let m = kind[kind.len() / 2];
    usize::from(a.wrapping_mul(7) ^ z.wrapping_mul(3) ^ m ^ (kind.len() as u8).wrapping_mul(31))
}

static SHARED: OnceLock<Shared> = OnceLock::new();

fn shared() -> &'static Shared {
    SHARED.get_or_init(|| {
        // Every list's entries one after the other, each list's a stretch of `entries`.
        let mut text = String::new();
        let mut entries = Vec::new();
        let mut stretches = Vec::with_capacity(COMPILED.len());
        for list in COMPILED {
            let first = entries.len();
            for_each_line(list.blob, |line| spell_into(line, &mut text, &mut entries));
            stretches.push((list, first, entries.len()));
        }
        let mut shared = Shared {
            index: Index::over(String::new(), entries.len()),
            filters: [Filter::default(); 32],
            kinds: Vec::new(),
            by_sig: [0; 256],
        };
        for (list, first, last) in stretches {
            let cues = std::ptr::eq(list, &TYPE_CUES);
            let filter = &mut shared.filters[list.bit.trailing_zeros() as usize];
            for &(start, end) in &entries[first..last] {
                let line = &text[start..end];
                filter.add(line.as_bytes());
                shared
                    .index
                    .insert(text.as_bytes(), start, end - start, list.bit, 0);
                // `<cue> <word>`: the word gets the cue's bit. A 33rd cue gets none, and
                // `has_cue` looks its lines up whole.
                if !cues {
                    continue;
                }
                let Some((kind, word)) = line.split_once(' ') else {
                    continue;
                };
                let n = match shared.kinds.iter().position(|k| **k == *kind) {
                    Some(n) => n,
                    None => {
                        shared.kinds.push(kind.into());
                        shared.kinds.len() - 1
                    }
                };
                if n < 32 {
                    shared
                        .index
                        .insert(text.as_bytes(), end - word.len(), word.len(), 0, 1 << n);
                }
            }
        }
        for (n, kind) in shared.kinds.iter().enumerate() {
            let slot = &mut shared.by_sig[kind_sig(kind.as_bytes())];
            *slot = if *slot == 0 {
                (n + 1).min(255) as u8
            } else {
                255
            };
        }
        shared.index.text = text;
        shared
    })
}

/// The bits ([`Lexicon::bit`]) of every compiled list that has `key` (lower-case).
pub(crate) fn lists_of(key: &str) -> u32 {
    shared().index.get(key.as_bytes()).map_or(0, |s| s.lists)
}

/// Does `type_cues` have the line `<kind> <word>`? One lookup of `word`, with no key
/// to build: the table keeps each word's cues as bits.
pub(crate) fn has_cue(kind: &str, word: &str) -> bool {
    let shared = shared();
    let kind_at = |n: usize| same(shared.kinds[n].as_bytes(), kind.as_bytes());
    // Less code than a hash map: a signature, and a scan for the rare shared one.
    let n = match shared.by_sig[kind_sig(kind.as_bytes())] {
        0 => None,
        255 => (0..shared.kinds.len()).find(|&n| kind_at(n)),
        n => Some(usize::from(n) - 1).filter(|&n| kind_at(n)),
    };
    match n {
        Some(n @ 0..32) => shared
            .index
            .get(word.as_bytes())
            .is_some_and(|s| s.cues >> n & 1 == 1),
        Some(_) => TYPE_CUES.contains(&format!("{kind} {word}")),
        // No line has this cue.
        None => false,
    }
}

/// Is `word` in some cue list? No means [`has_cue`] is false for every cue.
pub(crate) fn may_cue(word: &str) -> bool {
    let shared = shared();
    shared.kinds.len() > 32
        || shared
            .index
            .get(word.as_bytes())
            .is_some_and(|s| s.cues != 0)
}

impl Lexicon {
    /// A list with a table of its own.
    #[cfg(test)]
    pub(crate) const fn new(blob: &'static str) -> Lexicon {
        Lexicon {
            blob,
            bit: 0,
            index: OnceLock::new(),
        }
    }

    /// A list compiled by build.rs, in the shared table under `bit`.
    const fn compiled(blob: &'static str, bit: u32) -> Lexicon {
        Lexicon {
            blob,
            bit,
            index: OnceLock::new(),
        }
    }

    /// The list's bit in [`lists_of`]'s answers: one of 32, never 0.
    pub(crate) fn bit(&self) -> u32 {
        self.bit
    }

    /// Is `key` (lower-case) one of the entries?
    pub(crate) fn contains(&self, key: &str) -> bool {
        let key = key.as_bytes();
        if self.bit == 0 {
            let index = self.index.get_or_init(|| Index::new(self.blob));
            return index.get(key).is_some();
        }
        let shared = shared();
        shared.filters[self.bit.trailing_zeros() as usize].may_contain(key)
            && shared
                .index
                .get(key)
                .is_some_and(|s| s.lists & self.bit != 0)
    }

    /// The same answer as [`Lexicon::contains`] without the index: a binary search over the
    /// bytes, each probe backing up to the start of its line. The tests check the index
    /// against it.
    #[cfg(test)]
    fn contains_by_search(&self, key: &str) -> bool {
        let text = without_front_coding(self.blob);
        let blob = text.as_bytes();
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
        let lex = Lexicon::new("0al-shifa\n0bank of england\n0gaza\n0israel\n6i");
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
        assert!(Lexicon::new("0one").contains("one"));
    }

    #[test]
    fn front_coded_lines_take_their_prefix_from_the_line_before() {
        assert_eq!(
            without_front_coding("0gaza\n4 city\n2p\n0zürich\n3x"),
            "gaza\ngaza city\ngap\nzürich\nzüx"
        );
        // A count past the line before, or cutting a character, is clamped, not a panic.
        assert_eq!(without_front_coding("0ab\nzc\n0ü\n1x"), "ab\nabc\nü\nx");
        assert_eq!(without_front_coding(""), "");
    }

    #[test]
    fn the_index_agrees_with_the_sorted_text() {
        // build.rs sorts by bytes; the in-place search relies on it.
        for word in without_front_coding(COMMON_WORDS.blob)
            .split('\n')
            .step_by(97)
        {
            assert!(COMMON_WORDS.contains_by_search(word), "{word}");
            let missing = format!("{word}q");
            assert_eq!(
                COMMON_WORDS.contains(&missing),
                COMMON_WORDS.contains_by_search(&missing)
            );
        }
    }

    #[test]
    fn keys_of_every_length_are_found() {
        // Each length takes its own path through `hash`.
        let words: Vec<String> = (1..40)
            .map(|n| "abcdefghij".repeat(4)[..n].to_owned())
            .collect();
        let mut sorted = words.clone();
        sorted.sort();
        // Unshared lines: a '0' before each, as build.rs would write them with no prefix.
        let coded: Vec<String> = sorted.iter().map(|w| format!("0{w}")).collect();
        let blob: &'static str = Box::leak(coded.join("\n").into_boxed_str());
        let lex = Lexicon::new(blob);
        for w in &words {
            assert!(lex.contains(w), "{w}");
            assert!(!lex.contains(&format!("{w}z")) || w.len() == 39, "{w}z");
            let changed = format!("{}z", &w[..w.len() - 1]);
            assert!(!lex.contains(&changed), "{changed}");
        }
        assert!(!lex.contains("") && !lex.contains("b") && !lex.contains(&"a".repeat(70_000)));
    }

    #[test]
    fn probe_sequences_stay_short() {
        // A weak hash would still give right answers, only slowly: check the table's shape.
        let index = Index::new(COMMON_WORDS.blob);
        let mask = index.slots.len() - 1;
        let (mut entries, mut probes) = (0usize, 0usize);
        for line in index.text.split('\n') {
            let mut i = (hash(line.as_bytes()) >> index.shift) as usize;
            probes += 1;
            while index.text.as_bytes()[index.slots[i].start as usize..]
                [..usize::from(index.slots[i].len)]
                != *line.as_bytes()
            {
                i = (i + 1) & mask;
                probes += 1;
            }
            entries += 1;
        }
        assert!(entries > 10_000);
        // Linear probing at two thirds full expects 2 probes per hit.
        assert!(
            probes * 10 < entries * 25,
            "{probes} probes for {entries} entries"
        );
    }

    #[test]
    fn flagged_entries_stand_for_their_inflections() {
        let lex = Lexicon::new("0automate:s13\n0baby:y2\n0happy:4\n0stop:pq\n0walk:sdgx");
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
    fn the_shared_table_answers_for_every_list() {
        // Every entry of every list, and a near miss of each, asked of each list.
        for list in COMPILED {
            for word in decoded(list.blob).0.split('\n').step_by(7) {
                let missing = format!("{word}q");
                for other in COMPILED {
                    assert_eq!(
                        lists_of(word) & other.bit() != 0,
                        other.contains(word),
                        "{word}"
                    );
                    assert_eq!(
                        lists_of(&missing) & other.bit() != 0,
                        other.contains(&missing)
                    );
                }
                assert!(list.contains(word), "{word}");
            }
        }
        assert_eq!(lists_of(""), 0);
    }

    #[test]
    fn cues_are_the_lines_of_type_cues() {
        for line in decoded(TYPE_CUES.blob).0.split('\n') {
            let (kind, word) = line.split_once(' ').unwrap();
            assert!(has_cue(kind, word) && may_cue(word), "{line}");
            assert!(!has_cue(kind, &format!("{word}q")), "{line}");
            assert!(!has_cue(&format!("{kind}q"), word), "{line}");
        }
        assert!(!has_cue("", "") && !has_cue("of-place", ""));
    }

    #[test]
    fn compiled_lists_are_searchable() {
        assert!(MONTHS.contains("october"));
        assert!(SPEECH_VERBS.contains("said"));
        assert!(!SPEECH_VERBS.contains("sai"));
    }
}
