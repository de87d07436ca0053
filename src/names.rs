//! Finds proper nouns and says what they name.
//!
//! A name starts as a run of capitalised words, with the small words that belong inside
//! names (`Bank of England`, `Ludwig van Beethoven`), initials (`J. K. Rowling`, `U.S.`)
//! and hyphens (`Al-Shifa`). The run is then trimmed: titles and roles in front go
//! (`President Biden` → `Biden`), so do possessive endings (`Israel’s`) and a first word
//! that is only capitalised because it starts a sentence. That last call uses evidence
//! from the whole document: a word seen in lower case elsewhere, or in the lexicon of
//! common words, is an ordinary word; one seen capitalised mid-sentence is a name.
//! Hyphen-joined names split where a part is a known place or group (`Israel-Hamas`).
//!
//! Each name is then typed from gazetteers and from the words around it: a title before
//! it, a place noun or organisation noun inside it, a preposition of place before it,
//! a speech verb after it. A short mention takes the type of a longer name that ends or
//! starts with it (`Biden` after `Joe Biden`).

use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::Cell;
use std::ops::Range;

use crate::lexicon;
use crate::name_types;
use crate::token::{Token, TokenKind};
use crate::{Attrs, NameType, Span};

/// Short endings of English compounds glued to a name by a hyphen (`Hong Kong-based`),
/// which are not the second syllable of a romanised given name (`Lam Cheuk-ting`).
const ENGLISH_COMPOUND_ENDINGS: &[&str] = &[
    "based", "led", "run", "era", "style", "like", "wide", "born", "made", "owned", "bound",
    "held", "free", "only", "ish", "type", "class", "level", "area", "wise", "sized", "themed",
    "shaped", "linked", "backed", "funded", "allied", "facing", "ruled", "bred", "built", "sent",
    "armed", "fed", "hit", "torn", "clad", "laden", "proof", "ready", "year", "day", "week",
    "month", "time", "style", "esque", "ism", "ist", "ite", "ian", "ese", "ers", "up", "in", "on",
    "off", "out", "over", "down", "by", "to", "and", "or", "the", "of", "a", "an", "for", "s",
];

/// Titles borne only by people, never the first word of an organisation's name the way
/// `General` (Motors) or `Chief` (Executive) can be.
const PERSONAL_TITLES: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "mx",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "professor",
    "sir",
    "dame",
    "president",
    "senator",
    "sen",
    "sen.",
    "rep",
    "rep.",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "gov.",
    "mayor",
    "judge",
    "sheriff",
    "pope",
    "sheikh",
    "emir",
    "sultan",
    "ayatollah",
    "rabbi",
    "imam",
    "pastor",
    "reverend",
    "rev",
    "rev.",
    "archbishop",
    "bishop",
    "chancellor",
    "premier",
    "minister",
    "ambassador",
    "spokesperson",
    "spokesman",
    "spokeswoman",
];

/// Small words that may sit between the capitalised words of one name.
fn is_connector(w: &str) -> bool {
    // A `match` compares short strings in registers; `[&str]::contains` calls memcmp
    // for every entry of the same length, and this runs for most words near a name.
    matches!(
        w,
        "of" | "de"
            | "del"
            | "della"
            | "da"
            | "das"
            | "dos"
            | "do"
            | "van"
            | "von"
            | "der"
            | "den"
            | "du"
            | "la"
            | "le"
            | "di"
            | "al"
            | "el"
            | "bin"
            | "ibn"
            | "bint"
            | "y"
            | "and"
            | "for"
            | "on"
            | "the"
            | "&"
    )
}

/// Hyphen prefixes that belong to the name after them (`Al-Shifa`, `El-Sisi`).
fn is_hyphen_prefix(w: &str) -> bool {
    matches!(
        w,
        "al" | "el"
            | "ul"
            | "bin"
            | "ibn"
            | "abu"
            | "ben"
            | "ould"
            | "ad"
            | "as"
            | "ash"
            | "at"
            | "az"
            | "ar"
            | "an"
            | "ad-"
            | "ath"
            | "bani"
            | "beit"
            | "bet"
            | "umm"
            | "dar"
            | "deir"
            | "kafr"
            | "tel"
            | "wadi"
            | "jabal"
            | "saint"
            | "st"
            | "sainte"
            | "mc"
            | "mac"
            | "o"
            | "d"
    )
}

/// Lower-case particles inside hyphenated names (`Bourg-la-Reine`, `Naqsh-e Jahan`,
/// `al-Sabunji`).
fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "al" | "el"
            | "ul"
            | "ud"
            | "ad"
            | "ar"
            | "as"
            | "ash"
            | "at"
            | "az"
            | "an"
            | "e"
            | "i"
            | "la"
            | "le"
            | "les"
            | "de"
            | "du"
            | "des"
            | "di"
            | "da"
            | "sur"
            | "en"
            | "upon"
            | "on"
            | "under"
            | "y"
            | "bin"
            | "ibn"
            | "abu"
    )
}

/// Nouns that make a place when they start a name (`Fort Lee`, `Lake Erie`).
const PLACE_PREFIXES: &[&str] = &[
    "fort", "mount", "mt", "lake", "port", "cape", "isle", "mont", "lac", "rio", "monte", "puerto",
    "porto", "ciudad", "bahia", "sierra", "lago", "loch", "glen",
];

/// Epithets that follow `the` inside a ruler's or saint's name (`Alfred the Great`).
const EPITHETS: &[&str] = &[
    "great",
    "elder",
    "younger",
    "wise",
    "bold",
    "pious",
    "fair",
    "conqueror",
    "confessor",
    "magnificent",
    "terrible",
    "apostate",
    "lionheart",
    "navigator",
    "lawgiver",
    "just",
    "good",
    "unready",
    "venerable",
    "baptist",
    "evangelist",
    "apostle",
];

/// Words after which a name is a place.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "from",
    "near",
    "across",
    "into",
    "outside",
    "inside",
    "around",
    "throughout",
    "toward",
    "towards",
    "via",
    "entered",
    "visited",
    "visit",
    "invaded",
];

/// The names in `text`, in order.
pub(crate) fn find(text: &str, tokens: &[Token]) -> Vec<Span> {
    let doc = Document::new(text, tokens);
    let mut found: Vec<Candidate> = Vec::new();
    // Web and mail addresses, found apart and typed `other` (`news.example.org`).
    let mut web: Vec<bool> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(end) = doc.web_address(i) {
            found.push(Candidate {
                range: tokens[i].start..tokens[end].end,
                first: i,
                last: end,
                after_title: false,
                evidence: None,
            });
            web.resize(found.len(), false);
            web[found.len() - 1] = true;
            i = end + 1;
        } else if doc.starts_name(i) {
            let end = doc.extend_run(i);
            doc.trim_run(i, end, &mut found);
            i = end + 1;
        } else {
            i += 1;
        }
    }
    let mut name_lower = String::new();
    for c in &mut found {
        c.evidence = doc.evidence(c, &mut name_lower);
    }
    web.resize(found.len(), false);
    let (types, entities) = link(&doc, &found);
    found
        .into_iter()
        .zip(types.into_iter().zip(entities))
        .zip(web)
        .map(|((c, (name_type, entity)), web)| {
            // An address names a thing, whatever the words in it say.
            let name_type = if web { NameType::Other } else { name_type };
            Span::new(c.range, Attrs::Name { name_type, entity })
        })
        .collect()
}

/// Top-level domains that end a bare web address (`example.org`); none is an English word,
/// so `end.so` or `word.in` written without a space stays apart.
const WEB_DOMAINS: &[&str] = &[
    "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "uk", "us", "nz",
    "au", "ca", "de", "fr", "es", "nl", "dk", "eu", "jp", "ch", "se", "fi", "ie", "ru", "cn", "br",
    "mx", "za", "tv", "ly", "fm", "pl", "pt", "gr", "cz", "hk", "sg", "kr", "tw",
];

/// Is `s` a web or mail address: `http://…`, `www.…`, `name@host.tld`, or a bare
/// `host.tld/path` (`Tarnwick.com`)?
fn is_web_address(s: &str) -> bool {
    // Every form below has a dot: a quick no for the plain words that make most calls.
    if memchr::memchr(b'.', s.as_bytes()).is_none() {
        return false;
    }
    let lower_starts = |p: &str| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    let labels_ok = |host: &str| {
        let mut n = 0;
        let mut last = "";
        for l in host.split('.') {
            if l.is_empty()
                || !l
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
            {
                return false;
            }
            n += 1;
            last = l;
        }
        n >= 2 && last.len() >= 2 && last.chars().all(|c| c.is_ascii_alphabetic())
    };
    if lower_starts("http://") || lower_starts("https://") {
        return s.split_once("://").is_some_and(|(_, r)| r.contains('.'));
    }
    if lower_starts("www.") {
        return s[4..].contains('.');
    }
    if let Some((local, host)) = s.split_once('@') {
        return !local.is_empty()
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+' | '%'))
            && labels_ok(host);
    }
    let host = s.split('/').next().unwrap_or("");
    let tld = host.rsplit('.').next().unwrap_or("");
    labels_ok(host)
        && WEB_DOMAINS.contains(&tld)
        && host
            .split('.')
            .next()
            .is_some_and(|l| l.chars().any(char::is_alphabetic))
}

/// How much a piece of evidence counts when the mentions of one entity vote on its type:
/// a gazetteer entry for the whole name, then the words inside it, then its shape, then
/// the words around it.
const LEXICON: u32 = 8;
const INSIDE: u32 = 6;
const SHAPE: u32 = 3;
const CONTEXT: u32 = 2;

#[derive(Debug)]
struct Candidate {
    range: Range<usize>,
    /// Token indices of the first and last word of the name.
    first: usize,
    last: usize,
    /// A title stood right before the name.
    after_title: bool,
    /// What the mention alone says about its type, and how strongly.
    evidence: Option<(NameType, u32)>,
}

struct Document<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Words seen in lower case somewhere in the text.
    seen_lower: WordSet<'a>,
    /// Words seen capitalised where no sentence starts.
    seen_capitalised_mid: FxHashSet<&'a str>,
    /// Pairs of capitalised words seen side by side outside headlines (`Heaven Sent`):
    /// in a headline, such a pair is a name, not two ordinary words.
    /// Each pair is its stretch of the text, possessive ending left out (`Heaven Sent`).
    seen_capitalised_pairs: FxHashSet<&'a str>,
    /// Surnames seen after a given name (`Ana Smith`): alone at a sentence start later
    /// (`Smith argued …`), such a word is the person, not a common word.
    seen_surnames: FxHashSet<&'a str>,
    /// Abbreviations the text defines after lower-case words, as terms rather than
    /// names: `sea surface salinity (SSS)`, `second language (L2)`.
    term_acronyms: FxHashSet<&'a str>,
    /// For each token, whether its line looks like a title-case headline or all caps.
    shouting_line: Vec<bool>,
    /// For each token, whether its line is in all caps, where even an unknown word may
    /// be an ordinary one.
    caps_line: Vec<bool>,
    /// The text with its ASCII letters lower-cased, in which an ASCII word's lower-case
    /// form stands where the word does; after it, the lower-case form of every other
    /// word (and of every word cut short by a possessive), each followed by a dot. So
    /// every word's lower-case form is a slice, a lexicon key without an allocation per
    /// lookup, and so is its dotted form (`dr.`) before a dot.
    lower_buf: String,
    /// For each token, its lower-case form's byte range in `lower_buf` (empty for non-words).
    lower_at: Vec<(usize, usize)>,
    /// For each token, the lexicons that have its lower-case form, looked up on the first
    /// question about the word: one lookup per word instead of one per list and question
    /// (see [`Document::is_in`]), and none for the many words no rule asks about.
    lists: Vec<Cell<u32>>,
    /// For each token, its shape as bits (`CAPITALISED`, …; 0 for anything but a word),
    /// found once instead of at every question about the word.
    shape: Vec<u8>,
}

/// A mark in `Document::lists` for a word not looked up yet; no word is in all 32 lists.
const NOT_LOOKED_UP: u32 = u32::MAX;

/// Bits of `Document::shape`: [`is_capitalised`], [`is_name_shaped`], [`is_all_caps`],
/// a lower-case first letter, …
const CAPITALISED: u8 = 1;
const NAME_SHAPED: u8 = 2;
const ALL_CAPS: u8 = 4;
const LOWER_START: u8 = 8;
/// A lower-case ASCII letter first (so also `LOWER_START`).
const ASCII_LOWER_START: u8 = 16;
/// Set for every word, whatever its shape.
const WORD: u8 = 32;

fn is_capitalised(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// `wikiHow`, `eBay`, `d’Alembert`: a name that starts in lower case, with a capital
/// inside followed by lower case (not `mRNA` or `kWh`).
fn is_inner_capitalised(word: &str) -> bool {
    // Most words are ASCII with no capital at all: answer those from bytes.
    if !has_capital_or_non_ascii(word.as_bytes()) {
        return false;
    }
    let mut chars = word.chars();
    if !chars.next().is_some_and(char::is_lowercase) || word.len() < 3 {
        return false;
    }
    let rest = chars.as_str();
    let Some(at) = rest.find(char::is_uppercase) else {
        return false;
    };
    let after = &rest[at..];
    after.chars().skip(1).any(char::is_lowercase)
        && !after.chars().skip(1).any(char::is_uppercase)
        && !lexicon::UNITS.contains(&word.to_lowercase())
}

/// Does `bytes` hold an ASCII capital or a non-ASCII byte? Up to 8 bytes at a time, read
/// as overlapping words (as `lexicon`'s hash reads keys), since this runs for every word.
fn has_capital_or_non_ascii(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte's high bit: not ASCII. For ASCII bytes (no carry between them), `b + 0x3F`
    // sets it from `A` up and `b + 0x25` from `[` up: a capital sets the first only.
    let test = |x: u64| x & HIGH != 0 || (x + 0x3F * ONES) & !(x + 0x25 * ONES) & HIGH != 0;
    let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or_default());
    let half = |at: usize| {
        u64::from(u32::from_le_bytes(
            bytes[at..at + 4].try_into().unwrap_or_default(),
        ))
    };
    let n = bytes.len();
    if n >= 8 {
        (0..n / 8).any(|k| test(word(k * 8))) || test(word(n - 8))
    } else if n >= 4 {
        test(half(0) | half(n - 4) << 32)
    } else {
        bytes
            .iter()
            .any(|&b| b.is_ascii_uppercase() || !b.is_ascii())
    }
}

/// A set of words that answers as `FxHashSet<&str>` does, with the short words (most)
/// kept as numbers: hashed and compared without reading their bytes again.
struct WordSet<'a> {
    short: FxHashSet<u64>,
    long: FxHashSet<&'a str>,
}

impl<'a> WordSet<'a> {
    /// Room for about `n` words without growing, which rehashes every word.
    fn with_capacity(n: usize) -> Self {
        WordSet {
            short: FxHashSet::with_capacity_and_hasher(n, Default::default()),
            long: FxHashSet::with_capacity_and_hasher(n / 4, Default::default()),
        }
    }

    fn insert(&mut self, w: &'a str) {
        match packed_word(w) {
            Some(key) => self.short.insert(key),
            None => self.long.insert(w),
        };
    }

    fn contains(&self, w: &str) -> bool {
        match packed_word(w) {
            Some(key) => self.short.contains(&key),
            None => self.long.contains(w),
        }
    }
}

/// A word of 1 to 7 bytes as a number: its bytes, little-endian, and its length in the
/// top byte, so different words give different numbers. Read as `has_capital_or_non_ascii`
/// reads them, with overlapping loads instead of a loop.
fn packed_word(w: &str) -> Option<u64> {
    let b = w.as_bytes();
    let n = b.len();
    let half = |at: usize| {
        u64::from(u32::from_le_bytes(
            b[at..at + 4].try_into().unwrap_or_default(),
        ))
    };
    // The loads overlap where the word is short; an overlapping byte is the same byte,
    // so or-ing them gives the word's bytes each in its place.
    let packed = match n {
        1..=3 => {
            u64::from(b[0])
                | u64::from(b[n / 2]) << (8 * (n / 2))
                | u64::from(b[n - 1]) << (8 * (n - 1))
        }
        4..=7 => half(0) | half(n - 4) << (8 * (n - 4)),
        _ => return None,
    };
    Some(packed | (n as u64) << 56)
}

/// Abbreviations defined in brackets right after lower-case words that they abbreviate:
/// `sea surface salinity (SSS)`, `second language (L2)`, `centre of mass (CoM)`. Such an
/// abbreviation names a term, not an organisation like `World Health Organization (WHO)`.
fn term_acronyms(text: &str) -> FxHashSet<&str> {
    let mut found = FxHashSet::default();
    // A plural is a common noun: `two ECUs`, `the ECU`.
    let bytes = text.as_bytes();
    for at in memchr::memchr_iter(b's', bytes) {
        // Most `s` follow a lower-case letter: no abbreviation's plural.
        if at < 2 || !bytes[at - 1].is_ascii_uppercase() || !bytes[at - 2].is_ascii_uppercase() {
            continue;
        }
        let before = &text[..at];
        let stem_start = before
            .rfind(|c: char| !c.is_ascii_uppercase())
            .map_or(0, |k| {
                k + before[k..].chars().next().map_or(1, char::len_utf8)
            });
        let stem = &before[stem_start..];
        let after_ok = !text[at + 1..].starts_with(|c: char| c.is_alphanumeric());
        let start_ok = !before[..stem_start].ends_with(|c: char| c.is_alphanumeric());
        if stem.len() >= 2 && after_ok && start_ok {
            found.insert(stem);
        }
    }
    for open in memchr::memchr_iter(b'(', text.as_bytes()) {
        let inside = &text[open + 1..];
        let Some(close) = inside.as_bytes().iter().take(9).position(|&b| b == b')') else {
            continue;
        };
        let acronym = &inside[..close];
        let upper = acronym.bytes().filter(u8::is_ascii_uppercase).count();
        let shaped = acronym.len() >= 2
            && acronym.bytes().all(|b| b.is_ascii_alphanumeric())
            && acronym.starts_with(|c: char| c.is_ascii_uppercase())
            && (upper >= 2 || acronym.bytes().any(|b| b.is_ascii_digit()));
        if !shaped {
            continue;
        }
        // The words before the bracket, nearest first: all in lower case back to one
        // that starts with the abbreviation's first letter.
        let mut from = open.saturating_sub(80);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let initial = acronym.as_bytes()[0].to_ascii_lowercase();
        let words = text[from..open]
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .take(upper.max(1) + 2);
        for w in words {
            if !w.starts_with(|c: char| c.is_lowercase()) {
                break;
            }
            if w.as_bytes()[0] == initial {
                found.insert(acronym);
                break;
            }
        }
    }
    found
}

/// Initialisms of things in general rather than of one named thing (`DNA`, `GDP`,
/// `CEO`), space-separated.
const GENERIC_INITIALISMS: &str = "BC AD BCE CE OK TV PM AM DNA RNA IQ UV LED LCD CD DVD ATM VIP MVP RBI GMT UTC PhD MBA MA BA BSc MSc PC GPS SMS PDF USB URL FAQ DIY ID GDP GNP CPI VAT FDI IPO AI IT HR PR IVF ICU CCTV SUV LGBT LGBTQ BDSM POV VHF UHF CEO CFO COO CTO MP MEP OMG LOL";

/// Is `w` one of [`GENERIC_INITIALISMS`], or its plural (`CDs`)?
fn is_generic_initialism(w: &str) -> bool {
    let w = w.strip_suffix('s').filter(|b| b.len() >= 2).unwrap_or(w);
    // Every entry has two capitals or more (`PhD`): a quick no for the capitalised words
    // that make most calls, before the list is searched.
    let capitals = w.bytes().filter(u8::is_ascii_uppercase).take(2).count();
    w.len() <= 5 && capitals == 2 && in_spaced_list(GENERIC_INITIALISMS, w)
}

/// ISO 4217 codes of currencies, and the Nordic `Kr`, space-separated: a short string
/// costs less code than a `match` over each.
const CURRENCY_CODES: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL Kr kr";

/// The postal codes of the US states and the capital's district.
const US_STATE_CODES: &str = "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC";

fn is_currency_code(w: &str) -> bool {
    (2..=3).contains(&w.len()) && in_spaced_list(CURRENCY_CODES, w)
}

/// Is `w` one of the space-separated entries of `list`? Only the places where `w`'s first
/// byte occurs are compared, instead of splitting the whole list at every call.
fn in_spaced_list(list: &str, w: &str) -> bool {
    let (list, w) = (list.as_bytes(), w.as_bytes());
    let Some(&first) = w.first() else {
        return false;
    };
    if memchr::memchr(b' ', w).is_some() {
        return false;
    }
    memchr::memchr_iter(first, list).any(|at| {
        (at == 0 || list[at - 1] == b' ')
            && list[at..].starts_with(w)
            && list.get(at + w.len()).is_none_or(|&b| b == b' ')
    })
}

#[cfg(test)]
mod spaced_list_tests {
    use super::in_spaced_list;

    #[test]
    fn generic_initialisms_have_two_capitals() {
        // `is_generic_initialism` rules out words with fewer before it searches the list.
        for w in super::GENERIC_INITIALISMS.split(' ') {
            assert!(w.bytes().filter(u8::is_ascii_uppercase).count() >= 2, "{w}");
            assert!(super::is_generic_initialism(w), "{w}");
        }
        assert!(super::is_generic_initialism("CDs"));
        assert!(!super::is_generic_initialism("Ossa"));
    }

    #[test]
    fn whole_entries_only() {
        let list = "AB ABC Xy q";
        for w in ["AB", "ABC", "Xy", "q"] {
            assert!(in_spaced_list(list, w), "{w}");
        }
        for w in ["", "A", "BC", "ABCD", "B", "AB ABC", "y", "Q", " "] {
            assert!(!in_spaced_list(list, w), "{w:?}");
        }
    }
}

/// A word that may be (part of) a name: capitalised, or capitalised inside.
fn is_name_shaped(word: &str) -> bool {
    is_capitalised(word) || is_inner_capitalised(word)
}

/// The lexicons of names the gazetteers know (`Document::is_known_name`), as bits.
fn known_name_lists() -> u32 {
    lexicon::PLACES.bit() | lexicon::COUNTRIES.bit() | lexicon::DEMONYMS.bit() | lexicon::ORGS.bit()
}

/// `w.chars().count() == 1` without counting a long word to the end.
/// `I'm`, `I’ve`, `I'll`, `I'd`: the pronoun with its verb, which no name runs into
/// (`Tell Gwen I'm well`).
fn is_contracted_i(w: &str) -> bool {
    let rest = w.strip_prefix("I'").or_else(|| w.strip_prefix("I\u{2019}"));
    matches!(rest, Some("m" | "ve" | "ll" | "d"))
}

fn is_one_char(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// The bits of `Document::shape` for word `w`.
fn shape_of(w: &str) -> u8 {
    let Some(&first) = w.as_bytes().first() else {
        return 0;
    };
    // Most words start with a lower-case ASCII letter: none is capitalised or in capitals.
    if first.is_ascii_lowercase() {
        // Most have no capital at all, which the bytes tell without a call.
        let inner = has_capital_or_non_ascii(w.as_bytes()) && is_inner_capitalised(w);
        let name_shaped = if inner { NAME_SHAPED } else { 0 };
        return LOWER_START | ASCII_LOWER_START | name_shaped;
    }
    let mut shape = 0;
    if w.starts_with(char::is_lowercase) {
        shape |= LOWER_START;
    }
    if is_capitalised(w) {
        shape |= CAPITALISED;
    }
    if is_name_shaped(w) {
        shape |= NAME_SHAPED;
    }
    if is_all_caps(w) {
        shape |= ALL_CAPS;
    }
    shape
}

fn is_all_caps(word: &str) -> bool {
    // Most words are ASCII and have a lower-case letter early: answer those from bytes, in
    // one pass. A lower-case ASCII letter says no whatever follows.
    let mut letters = 0;
    for &b in word.as_bytes() {
        if !b.is_ascii() {
            return word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !word.chars().any(char::is_lowercase);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        letters += usize::from(b.is_ascii_alphabetic());
    }
    letters >= 2
}

impl<'a> Document<'a> {
    fn new(text: &'a str, tokens: &'a [Token]) -> Self {
        let mut doc = Document {
            text,
            tokens,
            // Sized up front, since growing rehashes every word; capped, since a long text
            // repeats its words and the set stops growing long before the text ends.
            seen_lower: WordSet::with_capacity((tokens.len() / 4).min(1 << 15)),
            seen_capitalised_mid: FxHashSet::default(),
            seen_capitalised_pairs: FxHashSet::default(),
            seen_surnames: FxHashSet::default(),
            term_acronyms: term_acronyms(text),
            shouting_line: vec![false; tokens.len()],
            caps_line: vec![false; tokens.len()],
            lower_buf: text.to_ascii_lowercase(),
            lower_at: vec![(0, 0); tokens.len()],
            lists: vec![Cell::new(NOT_LOOKED_UP); tokens.len()],
            shape: vec![0; tokens.len()],
        };
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = t.text(text);
            let ascii = w.is_ascii();
            // Lexicons know `israel`, not `israel’s`.
            if ascii && !is_possessive(w) {
                // Already lower-cased in place (most words).
                doc.lower_at[i] = (t.start, t.end);
            } else {
                let start = doc.lower_buf.len();
                if ascii {
                    doc.lower_buf.push_str(w);
                    doc.lower_buf[start..].make_ascii_lowercase();
                } else {
                    for c in w.chars() {
                        if c.is_ascii() {
                            doc.lower_buf.push(c.to_ascii_lowercase());
                        } else {
                            doc.lower_buf.extend(c.to_lowercase());
                        }
                    }
                }
                let lower = &doc.lower_buf[start..];
                let end = start + strip_possessive(lower).len();
                doc.lower_buf.truncate(end);
                // A dot after the word gives the dotted key (`dr.`) as a slice too.
                doc.lower_buf.push('.');
                doc.lower_at[i] = (start, end);
            }
            let shape = shape_of(w) | WORD;
            doc.shape[i] = shape;
            if shape & LOWER_START != 0 {
                doc.seen_lower.insert(w);
            } else if shape & CAPITALISED != 0
                && !doc.is_sentence_start(i)
                && shape & ALL_CAPS == 0
                && doc.stands_alone(i)
            {
                // Only a capital that stands alone is evidence: inside a longer capitalised
                // run (`Journal of Coastal Change`) it may belong to a title's capitalisation.
                doc.seen_capitalised_mid.insert(w);
            }
        }
        doc.mark_shouting_lines();
        for i in 0..tokens.len().saturating_sub(2) {
            // Most tokens are no capitalised word: the bits answer before any text is read.
            if doc.shape[i] & CAPITALISED == 0 || doc.shape[i + 2] & CAPITALISED == 0 {
                continue;
            }
            if let Some(b) = doc.word(i + 2) {
                if doc.is_space(i + 1) && !doc.shouting_line[i] {
                    if !doc.is_sentence_start(i) {
                        doc.seen_capitalised_pairs.insert(doc.pair_text(i));
                    }
                    let l = i + 2;
                    if doc.is_in(i, &lexicon::FIRST_NAMES)
                        && (!doc.is_space(i + 3) || !doc.has(i + 4, CAPITALISED))
                        && !doc.is_in(l, &lexicon::PLACE_WORDS)
                        && !doc.is_in(l, &lexicon::ORG_WORDS)
                        && !doc.is_in(l, &lexicon::OTHER_WORDS)
                        && !doc.is_in(l, &lexicon::TITLES)
                    {
                        doc.seen_surnames.insert(without_possessive(b));
                    }
                }
            }
        }
        doc
    }

    /// Is word `i` (with digits glued to it, or a plural `s`) an abbreviation the text
    /// defines as a term, or a currency code beside a number (`225 DKK`, `USD 25`)?
    fn is_term_acronym(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else {
            return false;
        };
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) || w.len() > 8 {
            return false;
        }
        let t = &self.tokens[i];
        let glued_digits = self
            .tokens
            .get(i + 1)
            .filter(|n| n.kind == TokenKind::Digits && n.start == t.end);
        let with_digits = &self.text[t.start..glued_digits.map_or(t.end, |n| n.end)];
        // Most texts define no term: no lookup then.
        if !self.term_acronyms.is_empty()
            && (self.term_acronyms.contains(with_digits)
                || w.len() > 2
                    && w.ends_with('s')
                    && self.term_acronyms.contains(&w[..w.len() - 1]))
        {
            return true;
        }
        let digits_at = |k: Option<usize>| {
            k.and_then(|k| self.tokens.get(k))
                .is_some_and(|t| t.kind == TokenKind::Digits)
        };
        // The digits first: they rule out nearly every word before the list scan.
        (glued_digits.is_some()
            || self.is_space(i + 1) && digits_at(Some(i + 2))
            || i >= 2 && self.is_space(i - 1) && digits_at(Some(i - 2)))
            && is_currency_code(w)
    }

    /// The text of word `i`, the space after it and the next word, without a possessive
    /// ending (`Civic Party’s` → `Civic Party`).
    fn pair_text(&self, i: usize) -> &'a str {
        let second = &self.tokens[i + 2];
        let w = second.text(self.text);
        let end = second.end - (w.len() - without_possessive(w).len());
        &self.text[self.tokens[i].start..end]
    }

    /// Is word `i` a capitalised word with no capitalised word right beside it, nor
    /// across a connector (`University of Ossa`) or a hyphen (`High-A`)?
    fn stands_alone(&self, i: usize) -> bool {
        // Not the shape bits: `Document::new` asks before it has them all.
        let capitalised_at =
            |k: Option<usize>| k.and_then(|k| self.word(k)).is_some_and(is_capitalised);
        let before = i.checked_sub(2).filter(|_| self.is_space(i - 1));
        let after = Some(i + 2).filter(|_| self.is_space(i + 1));
        let hyphen = |k: usize| matches!(self.punct(k), Some('-' | '‐'));
        let connector_after = after.is_some_and(|a| {
            self.word(a)
                .is_some_and(|w| matches!(w, "of" | "for" | "and" | "de"))
                && self.is_space(a + 1)
                && capitalised_at(Some(a + 2))
        });
        let connector_before = before.is_some_and(|b| {
            self.word(b)
                .is_some_and(|w| matches!(w, "of" | "for" | "and" | "de"))
                && b >= 2
                && self.is_space(b - 1)
                && capitalised_at(Some(b - 2))
        });
        let beside = capitalised_at(before) || capitalised_at(after);
        let joined = connector_after || connector_before || hyphen(i + 1) || i > 0 && hyphen(i - 1);
        !beside && !joined
    }

    /// Marks lines written in all caps or in title case, where capitals prove nothing.
    /// In a title-case line (`Rising Prices and the New Economy`) the small words stay in
    /// lower case, so the share of capitals is counted over the other words.
    fn mark_shouting_lines(&mut self) {
        let mut line_start = 0;
        let tokens = self.tokens;
        let line_ends = (tokens.iter().enumerate())
            .filter(|(_, t)| t.kind == TokenKind::LineBreak)
            .map(|(i, _)| i)
            .chain([tokens.len()]);
        for i in line_ends {
            let words = (line_start..i).filter(|&k| self.shape[k] & WORD != 0);
            if self.plainly_prose(line_start..i) {
                line_start = i + 1;
                continue;
            }
            let (mut count, mut caps, mut titled, mut small_titled) = (0, 0, 0, 0);
            let (mut small_lower, mut content, mut content_titled) = (0, 0, 0);
            let mut starts_capitalised = None;
            for k in words {
                let w = self.tokens[k].text(self.text);
                count += 1;
                let small = is_title_case_small_word(self.lower(k));
                starts_capitalised.get_or_insert(is_capitalised(w));
                // Most words start with a lower-case letter: neither caps nor titled.
                if w.as_bytes()[0].is_ascii_lowercase() {
                    if small {
                        small_lower += 1;
                    } else {
                        content += 1;
                    }
                    continue;
                }
                if is_all_caps(w) || is_one_char(w) && is_capitalised(w) {
                    caps += 1;
                }
                if !is_capitalised(w) {
                    content += 1;
                    continue;
                }
                titled += 1;
                if small {
                    small_titled += 1;
                } else {
                    content += 1;
                    content_titled += 1;
                }
            }
            // A headline ends without a full stop; a caption or a sentence ends with one.
            let last_mark = (line_start..i)
                .rev()
                .find(|&k| !self.tokens[k].is_space())
                .and_then(|k| self.punct(k));
            let ends_sentence = matches!(last_mark, Some('.' | '?' | '!' | '…'));
            let all_caps = count >= 3 && caps * 10 >= count * 8;
            let title_case = count >= 3
                && (titled * 10 >= count * 8 && small_titled >= 1 && titled >= 4
                    || content_titled >= 3
                        && content_titled == content
                        && small_lower + small_titled >= 1
                        && starts_capitalised == Some(true)
                        && !ends_sentence);
            if all_caps || title_case {
                for k in line_start..i {
                    self.shouting_line[k] = true;
                    self.caps_line[k] = all_caps;
                }
            }
            line_start = i + 1;
        }
    }

    /// A quick no for `mark_shouting_lines`, true for most lines of prose: fewer than 3
    /// words, or more than a fifth of them in lower case (neither caps nor titled, so
    /// short of the four fifths both need) with one that is no small word (so not every
    /// content word is titled).
    fn plainly_prose(&self, line: Range<usize>) -> bool {
        let (mut count, mut lower, mut lower_content) = (0usize, 0usize, false);
        let start = line.start;
        for (k, &shape) in self.shape[line].iter().enumerate() {
            count += usize::from(shape & WORD != 0);
            if shape & ASCII_LOWER_START != 0 {
                lower += 1;
                lower_content = lower_content || !is_title_case_small_word(self.lower(start + k));
            }
        }
        count < 3 || lower_content && (count - lower) * 10 < count * 8
    }

    /// The last token of a web or mail address starting at token `i`: a stretch of glued
    /// tokens, not inside a longer one, without its closing punctuation.
    fn web_address(&self, i: usize) -> Option<usize> {
        const LONGEST: usize = 64;
        let t = self.tokens.get(i)?;
        if !matches!(t.kind, TokenKind::Word | TokenKind::Digits) {
            return None;
        }
        // A word or digits with nothing glued after it has no dot: no address (most tokens).
        match self.tokens.get(i + 1) {
            Some(n) if n.start == t.end && !n.is_space() => {}
            _ => return None,
        }
        // Nor with only one token glued after it (`word,`, `word.`): a word or digits has
        // no dot, and a dot at the end is no part of an address.
        match self.tokens.get(i + 2) {
            Some(n) if n.start == self.tokens[i + 1].end && !n.is_space() => {}
            _ => return None,
        }
        let stops = |c: char| {
            matches!(
                c,
                '(' | ')' | '[' | ']' | '<' | '>' | '{' | '}' | ',' | ';' | '|' | '*'
            ) || crate::token::is_apostrophe(c)
                || matches!(c, '"' | '“' | '”' | '‘' | '«' | '»')
        };
        if i > 0 {
            let p = &self.tokens[i - 1];
            if p.end == t.start && !p.is_space() && !self.punct(i - 1).is_some_and(stops) {
                return None;
            }
        }
        let mut end = i;
        while let Some(n) = self.tokens.get(end + 1) {
            if n.start != self.tokens[end].end
                || n.is_space()
                || self.punct(end + 1).is_some_and(stops)
            {
                break;
            }
            end += 1;
            if end - i > LONGEST {
                return None;
            }
        }
        while end > i
            && self
                .punct(end)
                .is_some_and(|c| matches!(c, '.' | ':' | '!' | '?'))
        {
            end -= 1;
        }
        // One word or number alone has no dot, which every address has (`word.` and `word,`
        // end here).
        if end == i {
            return None;
        }
        is_web_address(&self.text[t.start..self.tokens[end].end]).then_some(end)
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.tokens.get(i)?;
        (t.kind == TokenKind::Word).then(|| t.text(self.text))
    }

    /// The lower-case form of word `i` followed by a dot (`dr.`), for a word right before
    /// a dot; `.` for anything else.
    fn lower_dotted(&self, i: usize) -> &str {
        match self.lower_at.get(i) {
            Some(&(s, e)) if e > s && self.lower_buf.as_bytes().get(e) == Some(&b'.') => {
                &self.lower_buf[s..=e]
            }
            _ => ".",
        }
    }

    /// The lower-case form of word `i`; empty for anything else.
    fn lower(&self, i: usize) -> &str {
        match self.lower_at.get(i) {
            Some(&(s, e)) => &self.lower_buf[s..e],
            None => "",
        }
    }

    /// `w.to_lowercase()` for the word `w` at token `i` (or `""`): its lower-case form
    /// without a copy when nothing was cut off it and it is ASCII (most words).
    fn lower_whole(&self, i: usize, w: &str) -> std::borrow::Cow<'_, str> {
        let lower = self.lower(i);
        if w.is_ascii() && lower.len() == w.len() {
            std::borrow::Cow::Borrowed(lower)
        } else {
            std::borrow::Cow::Owned(w.to_lowercase())
        }
    }

    /// Is word `i`'s lower-case form in `list`? The answer of
    /// `list.contains(self.lower(i))`, without a lookup.
    fn is_in(&self, i: usize, list: &lexicon::Lexicon) -> bool {
        self.lists_of(i) & list.bit() != 0
    }

    /// `self.is_known_name(self.lower(i))`, without a lookup.
    fn is_known_at(&self, i: usize) -> bool {
        self.lists_of(i) & known_name_lists() != 0
    }

    /// The bits of the lexicons that have word `i`'s lower-case form (0 for any other
    /// token), looked up once.
    fn lists_of(&self, i: usize) -> u32 {
        let Some(cell) = self.lists.get(i) else {
            return 0;
        };
        if cell.get() == NOT_LOOKED_UP {
            cell.set(lexicon::lists_of(self.lower(i)));
        }
        cell.get()
    }

    /// Does token `i` have the `shape` bit `bit` (so it is a word)?
    fn has(&self, i: usize, bit: u8) -> bool {
        self.shape.get(i).is_some_and(|&s| s & bit != 0)
    }

    fn punct(&self, i: usize) -> Option<char> {
        self.tokens.get(i)?.punct(self.text)
    }

    fn is_space(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Space)
    }

    /// Does a sentence (or a quotation, or a line) start at word `i`?
    fn is_sentence_start(&self, i: usize) -> bool {
        let mut j = i;
        let mut crossed_opening_quote = false;
        while j > 0 {
            j -= 1;
            let t = &self.tokens[j];
            match t.kind {
                TokenKind::Space => continue,
                TokenKind::LineBreak => return true,
                TokenKind::Punct => {
                    let c = t.punct(self.text).unwrap_or(' ');
                    match c {
                        '“' | '‘' | '«' | '„' | '"' | '\'' | '(' | '[' => {
                            crossed_opening_quote |=
                                matches!(c, '“' | '‘' | '«' | '„' | '"' | '\'');
                            continue;
                        }
                        '”' | '’' | '»' | ')' => continue,
                        ']' => {
                            // A citation marker `[12]` after a sentence: look past it.
                            match self.tokens[j.saturating_sub(8)..j]
                                .iter()
                                .rposition(|t| t.punct(self.text) == Some('['))
                            {
                                Some(k) => j = j.saturating_sub(8) + k,
                                None => return crossed_opening_quote,
                            }
                            continue;
                        }
                        '.' => return !self.is_abbreviation_dot(j),
                        '!' | '?' | ':' | ';' | '…' | '•' | '|' | '—' | '–' => return true,
                        _ => return crossed_opening_quote,
                    }
                }
                // `2.1 Previous Research`: a section number at a line's start.
                TokenKind::Digits => {
                    let numbering = self.tokens[..j].iter().rev().find(|t| {
                        !(t.kind == TokenKind::Digits
                            || t.kind == TokenKind::Space
                            || t.punct(self.text) == Some('.'))
                    });
                    return numbering.is_none_or(|t| t.kind == TokenKind::LineBreak)
                        || crossed_opening_quote;
                }
                _ => return crossed_opening_quote,
            }
        }
        true
    }

    /// A dot after `Mr`, an initial or `U.S`-like letters does not end a sentence.
    fn is_abbreviation_dot(&self, dot: usize) -> bool {
        let Some(w) = dot.checked_sub(1).and_then(|p| self.word(p)) else {
            return false;
        };
        let lower = self.lower(dot - 1);
        is_one_char(w) && is_capitalised(w)
            // `dr.`: titles whose abbreviation the list spells with its dot.
            || lexicon::TITLES.contains(self.lower_dotted(dot - 1))
            || matches!(
                lower,
                "st" | "jr"
                    | "sr"
                    | "mt"
                    | "ft"
                    | "vs"
                    | "no"
                    | "gen"
                    | "sen"
                    | "rep"
                    | "gov"
                    | "lt"
                    | "col"
                    | "capt"
                    | "sgt"
                    | "prof"
                    | "inc"
                    | "corp"
                    | "co"
                    | "ltd"
                    | "jan"
                    | "feb"
                    | "aug"
                    | "sept"
                    | "oct"
                    | "nov"
                    | "dec"
            )
    }

    fn starts_name(&self, i: usize) -> bool {
        // Not a word, or not name-shaped (most tokens): the bits tell without the text.
        if !self.has(i, NAME_SHAPED)
            || self.is_term_acronym(i)
            || self.is_letter_of_compound(i)
            || self.in_degree(i)
        {
            return false;
        }
        // Not after a stance's prefix (`pro-Ossa`, `anti-Zembla` camps).
        let glued = |a: usize, b: usize| self.tokens[a].end == self.tokens[b].start;
        let stance = i >= 2
            && matches!(self.punct(i - 1), Some('-' | '‐'))
            && glued(i - 1, i)
            && glued(i - 2, i - 1)
            && matches!(self.word(i - 2), Some("pro" | "anti" | "non"));
        // Not glued to a digit before it (`5G`, `3D`).
        let after_digit = i > 0 && self.tokens[i - 1].kind == TokenKind::Digits && glued(i - 1, i);
        !(stance || after_digit)
    }

    /// Is word `i` part of an academic degree's dotted abbreviation (`Ph.D.`, `M.Sc.`)?
    fn in_degree(&self, i: usize) -> bool {
        const DEGREES: [&str; 6] = ["Ph.D.", "M.Sc.", "B.Sc.", "LL.B.", "LL.M.", "M.Phil."];
        let start = self.tokens[i].start;
        let bytes = self.text.as_bytes();
        // A degree covering `start` begins at most 6 bytes before it (`M.Phil.` is 7 long),
        // with one of four capitals: a byte test rules out nearly every word. Those capitals
        // are ASCII, so where one stands a character starts.
        (start.saturating_sub(6)..=start).any(|at| {
            matches!(bytes.get(at), Some(b'P' | b'M' | b'B' | b'L'))
                && DEGREES
                    .iter()
                    .any(|d| start - at < d.len() && bytes[at..].starts_with(d.as_bytes()))
        })
    }

    /// The index of the last token of the capitalised run that starts at `i`.
    fn extend_run(&self, i: usize) -> usize {
        let mut last = i;
        loop {
            let mut j = last + 1;
            if let Some(d) = self.designating_digits(last) {
                // `Internet Explorer 6 Countdown`, `US-75 South`.
                if self.is_space(d + 1) && self.continues_run(d + 2) {
                    last = d + 2;
                    continue;
                }
                return d;
            }
            // A web address's ending: `Amazon.com`, `Metro.us`, `Ossa.org.uk`.
            if let Some(end) = self.web_ending(last) {
                return end;
            }
            // Initials and abbreviations: `J. K. Rowling`, `U.S.`, `Jr.`, `St. Louis`.
            if self.punct(j) == Some('.') {
                let w = self.word(last).unwrap_or("");
                let initial = is_one_char(w) && is_capitalised(w);
                let abbreviation = matches!(w, "St" | "Mt" | "Ft" | "Jr" | "Sr");
                if initial && self.punct(last.wrapping_sub(1)) == Some('.') {
                    // The last letter of `U.S.` or `D.C.`: the dot closes the acronym, and
                    // the name goes on only into an institution (`U.S. Senate`), not into
                    // the next sentence (`D.C. The …`); titles split it later.
                    let next = self.word(j + 2).unwrap_or("");
                    let institution = self.is_space(j + 1)
                        && is_capitalised(next)
                        && !is_function_word(&self.lower_whole(j + 2, next))
                        && !self.shouting_line[j];
                    if institution {
                        last = j + 2;
                        continue;
                    }
                    // `H.R.1424`: a bill's number glued to its letters.
                    if self.tokens.get(j + 1).is_some_and(|t| {
                        t.kind == TokenKind::Digits && t.start == self.tokens[j].end
                    }) {
                        return j + 1;
                    }
                    return j;
                }
                if initial || abbreviation {
                    // `U.S.`: letter, dot, letter with no space.
                    if self
                        .word(j + 1)
                        .is_some_and(|n| is_one_char(n) && is_capitalised(n))
                    {
                        last = j + 1;
                        continue;
                    }
                    if self.is_space(j + 1)
                        && self.has(j + 2, CAPITALISED)
                        && !self.shouting_line[j]
                    {
                        last = j + 2;
                        continue;
                    }
                    if initial && self.word(last.saturating_sub(2)).is_some_and(is_one_char)
                        || abbreviation && w.starts_with('J')
                        || initial && self.punct(last.wrapping_sub(1)) == Some('.')
                    {
                        return j;
                    }
                }
                return last;
            }
            if self.word(last).is_some_and(is_possessive) {
                // `Malaysia’s Prime Minister`: what follows is owned, not part of the name.
                return last;
            }
            // Hyphen: `Al-Shifa`, `Israel-Hamas` (split later).
            if matches!(self.punct(j), Some('-' | '‐'))
                && self.tokens[j].start == self.tokens[last].end
            {
                if self.has(j + 1, CAPITALISED)
                    && self.tokens[j + 1].start == self.tokens[j].end
                    && !self.is_letter_of_compound(j + 1)
                {
                    last = j + 1;
                    continue;
                }
                // `Bourg-la-Reine`, `Naqsh-e Jahan`, `Stratford-upon-Avon`.
                if let Some(after) = self.particle_then_name(j + 1) {
                    last = after;
                    continue;
                }
                // `Lam Cheuk-ting`, `Kim Jong-un`: a romanised given name of two syllables,
                // the second in lower case, after a surname in the same run.
                if last > i && self.is_syllable_after_hyphen(last, j + 1) {
                    return j + 1;
                }
                return last;
            }
            // `AT&T`, `R&D`: letters glued to an ampersand.
            let glued = |a: usize, b: usize| {
                self.tokens
                    .get(b)
                    .is_some_and(|t| t.start == self.tokens[a].end)
            };
            if self.punct(j) == Some('&')
                && glued(last, j)
                && self.has(j + 1, CAPITALISED)
                && glued(j, j + 1)
            {
                last = j + 1;
                continue;
            }
            // `Acme Tools, Inc.`: a company's legal form after a comma.
            if self.punct(j) == Some(',')
                && self.is_space(j + 1)
                && matches!(
                    self.word(j + 2),
                    Some("Inc" | "Ltd" | "LLC" | "LLP" | "Corp" | "PLC" | "plc" | "GmbH" | "AG")
                )
            {
                return j + 2 + usize::from(self.punct(j + 3) == Some('.'));
            }
            if !self.is_space(j) {
                return last;
            }
            j += 1;
            // `Procter & Gamble`, `Marks & Spencer`: an ampersand joins one name.
            if self.punct(j) == Some('&')
                && self.is_space(j + 1)
                && self.has(j + 2, CAPITALISED)
                && !self.breaks_run(j + 2)
                && !self.shouting_line[j]
            {
                last = j + 2;
                continue;
            }
            // `Movimento 5 Stelle`, `East 71st Street`: a short number or an ordinal
            // between capitalised words (not a year: `Eurovision 2019 Final`).
            if self
                .tokens
                .get(j)
                .is_some_and(|t| t.kind == TokenKind::Digits && t.end - t.start <= 3)
                && !is_function_word(self.lower(last))
                && !(last == i && self.is_sentence_start(i))
            {
                let mut d = j;
                if self
                    .word(j + 1)
                    .is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th"))
                    && self.tokens[j + 1].start == self.tokens[j].end
                {
                    d = j + 1;
                }
                if self.is_space(d + 1) && self.continues_run(d + 2) {
                    last = d + 2;
                    continue;
                }
                // `Zembla Browser 6`, `Apollo 11)`: a version or model number that ends the
                // name, before a bracket, a quotation mark, a line's or a sentence's end;
                // not a score (`Ossa 2, Zembla 1`) nor a count (`Ossa 3 times`).
                let ends_name = match self.tokens.get(d + 1) {
                    None => true,
                    Some(t) if t.kind == TokenKind::LineBreak => true,
                    Some(_) => {
                        matches!(self.punct(d + 1), Some(')' | '"' | '”' | '’' | '\''))
                            || self.punct(d + 1) == Some('.')
                                && self.tokens.get(d + 2).is_none_or(|t| t.is_space())
                    }
                };
                if ends_name && d == j && last > i {
                    return d;
                }
                return last;
            }
            let Some(next) = self.word(j) else {
                return last;
            };
            // A capitalised function word starts something new (`Ana Ruiz In the …`).
            // `Good Friday`, `Palm Sunday`: a feast named by its weekday.
            let feast = self.is_in(j, &lexicon::WEEKDAYS)
                && matches!(
                    self.lower(last),
                    "good" | "black" | "ash" | "palm" | "easter" | "holy" | "maundy" | "cyber"
                );
            // `Eugene A. Nida`: an initial, even the letter `A`.
            let initial = is_one_char(next)
                && self.punct(j + 1) == Some('.')
                && self.is_space(j + 2)
                && self.has(j + 3, CAPITALISED);
            if self.has(j, NAME_SHAPED)
                && (!self.breaks_run(j) || feast)
                && (!is_function_word(&self.lower_whole(j, next))
                    || self.is_regnal_one(j)
                    || initial)
            {
                last = j;
                continue;
            }
            // `Wajiha al-Sabunji`, `Abd al-Karim Qasim`.
            if matches!(self.punct(j + 1), Some('-' | '‐')) && is_hyphen_prefix(next) {
                if let Some(after) = self.particle_then_name(j) {
                    last = after;
                    continue;
                }
            }
            // A law and its year: `Clean Air Act of 1970`.
            if next == "of"
                && matches!(self.lower(last), "act" | "acts")
                && self.is_space(j + 1)
                && self
                    .tokens
                    .get(j + 2)
                    .is_some_and(|t| t.kind == TokenKind::Digits && t.end - t.start == 4)
            {
                return j + 2;
            }
            // `of the`, `for the` inside a name: `Society of the Friends`, `Fund for the Arts`.
            let the_after = matches!(next, "of" | "for" | "on")
                && self.is_space(j + 1)
                && self.word(j + 2) == Some("the")
                && self.is_space(j + 3)
                && self.has(j + 4, CAPITALISED)
                && !self.breaks_run(j + 4);
            if the_after && self.connector_joins(i, last, next, j + 4) {
                last = j + 4;
                continue;
            }
            // A connector followed by another capitalised word.
            if is_connector(next)
                && self.is_space(j + 1)
                && self.has(j + 2, CAPITALISED)
                && !self.breaks_run(j + 2)
            {
                // `the` joins a ruler's epithet (`Peter the Great`).
                let epithet = next == "the"
                    && self.has(last, CAPITALISED)
                    && !self.is_in(last, &lexicon::TITLES)
                    && EPITHETS.contains(&self.lower(j + 2));
                if epithet {
                    return j + 2;
                }
                if next == "the" || !self.connector_joins(i, last, next, j + 2) {
                    return last;
                }
                last = j + 2;
                continue;
            }
            return last;
        }
    }

    /// Does connector `word`, after word `last` of the run that starts at `start`, join
    /// the capitalised word `next` to it? `of` joins a noun to its name (`Bank of
    /// England`, not `Ruiz of Mainz`); `for` follows a noun of organisations (`Centre for
    /// Rare Diseases`), `on` one of events too (`Council on Trade`); `and` joins where a noun
    /// of organisations follows (`Arts and Sciences Council`, not `Poland and Sweden`)
    /// or where the gazetteers know the whole (`Trinidad and Tobago`).
    fn connector_joins(&self, start: usize, last: usize, word: &str, next: usize) -> bool {
        let noun = |k: usize| {
            let lower = self.lower(k);
            lexicon::ORG_WORDS.contains(lower)
                || lexicon::OTHER_WORDS.contains(lower)
                || lexicon::PLACE_WORDS.contains(lower)
        };
        match word {
            // Not after a title (`Fellow of the Royal Society`) or a person (`Ana Fan of
            // the Greens`).
            "of" => {
                let lower = self.lower(last);
                let title = lexicon::TITLES.contains(lower);
                let person = start < last && self.is_in(start, &lexicon::FIRST_NAMES);
                let noun =
                    lexicon::ORG_WORDS.contains(lower) || lexicon::PLACE_WORDS.contains(lower);
                !self.is_proper_word(last) && (noun || !title && !person)
            }
            "for" => self.is_in(last, &lexicon::ORG_WORDS),
            "on" => {
                let lower = self.lower(last);
                lexicon::ORG_WORDS.contains(lower) || lexicon::OTHER_WORDS.contains(lower)
            }
            "and" => {
                if self.known_words(start, next) || self.fields_of_org(start, last, next) {
                    return true;
                }
                let before = self.lower(last);
                if noun(last)
                    || self.is_known_name(before)
                    || lexicon::FIRST_NAMES.contains(before)
                    || lexicon::SURNAMES.contains(before)
                    || self.is_known_at(next)
                {
                    return false;
                }
                // The capitalised words after `and`, up to six.
                let mut k = next;
                for _ in 0..6 {
                    if noun(k) {
                        return true;
                    }
                    match self.word(k + 2) {
                        Some(w) if self.is_space(k + 1) && is_capitalised(w) => k += 2,
                        _ => break,
                    }
                }
                false
            }
            _ => !matches!(word, "the"),
        }
    }

    /// Does `and` join two fields inside one organisation's name: an organisation noun, `of`
    /// or `for`, then at most three ordinary words on each side of `and`, and nothing
    /// capitalised after (`Department of Health and Human Services`)? A name on either
    /// side (`Bank of England and Barclays`) is a second mention instead.
    fn fields_of_org(&self, start: usize, last: usize, next: usize) -> bool {
        let ordinary = |k: usize| {
            self.word(k)
                .is_some_and(|w| is_capitalised(w) && !is_all_caps(w))
                && !self.is_known_at(k)
                && (self.is_in(k, &lexicon::COMMON_WORDS)
                    || self.seen_lower.contains(self.lower(k)))
        };
        let mut k = last;
        for _ in 0..3 {
            if !ordinary(k) || k < start + 4 || !self.is_space(k - 1) || !self.is_space(k - 3) {
                return false;
            }
            if matches!(self.lower(k - 2), "of" | "for") {
                if !self.is_in(k - 4, &lexicon::ORG_WORDS) {
                    return false;
                }
                let mut k = next;
                for _ in 0..3 {
                    if !ordinary(k) {
                        return false;
                    }
                    match self.word(k + 2) {
                        Some(w) if self.is_space(k + 1) && is_capitalised(w) => k += 2,
                        _ => return true,
                    }
                }
                return false;
            }
            k -= 2;
        }
        false
    }

    /// Do the words from `s` to `e`, at most five, make a name the gazetteers know?
    fn known_words(&self, s: usize, e: usize) -> bool {
        let words: Vec<usize> = (s..=e).filter(|&k| self.word(k).is_some()).collect();
        if words.len() > 5 {
            return false;
        }
        let key = words
            .iter()
            .map(|&k| self.lower(k))
            .collect::<Vec<_>>()
            .join(" ");
        self.is_known_name(&key)
    }

    /// If word `last` is followed by web-address endings (`.com`, `.org.uk`) and then
    /// by a space, punctuation or the end, the index of the last ending.
    fn web_ending(&self, last: usize) -> Option<usize> {
        let glued = |a: usize, b: usize| {
            self.tokens
                .get(b)
                .is_some_and(|t| t.start == self.tokens[a].end)
        };
        let mut end = last;
        while self.punct(end + 1) == Some('.')
            && glued(end, end + 1)
            && glued(end + 1, end + 2)
            && matches!(
                self.word(end + 2),
                Some("com" | "org" | "net" | "gov" | "edu" | "io" | "us" | "uk" | "de" | "co")
            )
        {
            end += 2;
        }
        let after_ok = match self.tokens.get(end + 1) {
            None => true,
            Some(t) if t.is_space() => true,
            Some(_) => {
                // A path or another word glued on (`Ossa.com/page`) is no name's end.
                !matches!(self.punct(end + 1), Some('/' | '@' | '-' | '_'))
                    && self.word(end + 1).is_none()
                    && !glued(end + 1, end + 2)
                    || self.punct(end + 1) == Some('.') && !glued(end + 1, end + 2)
            }
        };
        (end > last && after_ok).then_some(end)
    }

    /// Digits that designate rather than count belong to the name before them: glued to
    /// an acronym or a letter (`IE6`, `G7`, `F-35`, `COVID-19`) or after a noun that
    /// numbers things (`Chapter 91`, `Apollo 11`). The index of the last digit token.
    fn designating_digits(&self, last: usize) -> Option<usize> {
        let w = self.word(last)?;
        let glued = |a: usize, b: usize| {
            self.tokens
                .get(b)
                .is_some_and(|t| t.start == self.tokens[a].end)
        };
        let is_digits = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Digits)
        };
        // Digits follow, glued, after a hyphen or after a space; most words have none,
        // which the tokens tell before the word's letters are looked at.
        let glued_digits = is_digits(last + 1) && glued(last, last + 1);
        let hyphen_digits = matches!(self.punct(last + 1), Some('-' | '‐'))
            && glued(last, last + 1)
            && is_digits(last + 2)
            && glued(last + 1, last + 2);
        let spaced_digits = self.is_space(last + 1) && is_digits(last + 2);
        if !(glued_digits || hyphen_digits || spaced_digits) {
            return None;
        }
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let code = !w.chars().any(char::is_lowercase) && letters >= 1;
        let hyphen_code = code && hyphen_digits;
        let numbered = spaced_digits && self.is_in(last, &lexicon::CODE_NOUNS);
        let mut d = if code && glued_digits {
            last + 1
        } else if hyphen_code || numbered {
            last + 2
        } else {
            return None;
        };
        // Not a decimal or a range's start: `Chapter 9.5`, `Phase 1-2` stay numbers.
        if matches!(self.punct(d + 1), Some('.' | ',' | ':' | '/'))
            && is_digits(d + 2)
            && glued(d, d + 1)
        {
            return None;
        }
        // `SCAP-22-368`: further hyphen-joined codes.
        while matches!(self.punct(d + 1), Some('-' | '‐'))
            && glued(d, d + 1)
            && is_digits(d + 2)
            && glued(d + 1, d + 2)
        {
            d += 2;
        }
        // `A1M`, `M5S`, `F-35A`: a capital letter or two glued after the digits.
        if glued(d, d + 1)
            && self
                .word(d + 1)
                .is_some_and(|w| w.len() <= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
        {
            d += 1;
        }
        Some(d)
    }

    /// If word `i` is a lower-case particle glued by a hyphen to a capitalised word, or
    /// followed by one after a space (`la-Reine`, `e Jahan`), the index of that word.
    fn particle_then_name(&self, i: usize) -> Option<usize> {
        let p = self.word(i)?;
        if !is_name_particle(p) {
            return None;
        }
        let glued = |a: usize, b: usize| self.tokens[a].end == self.tokens[b].start;
        let next = if matches!(self.punct(i + 1), Some('-' | '‐')) && glued(i, i + 1) {
            Some(i + 2).filter(|&n| self.tokens.get(n).is_some() && glued(i + 1, n))
        } else if self.is_space(i + 1) && glued(i - 1, i) {
            Some(i + 2)
        } else {
            None
        }?;
        self.word(next).filter(|w| is_capitalised(w))?;
        Some(next)
    }

    /// Do the words from `s` (up to `e`) start with a name the gazetteers know, as in
    /// `South Africa`, `New York Times`?
    fn starts_known_name(&self, s: usize, e: usize) -> bool {
        let mut key = String::from(self.lower(s));
        let mut k = s;
        for _ in 0..3 {
            match self.next_word(k, e) {
                Some(n) if self.is_space(n - 1) => k = n,
                _ => return false,
            }
            key.push(' ');
            key.push_str(self.lower(k));
            if self.is_known_name(&key) {
                return true;
            }
        }
        false
    }

    /// If the words from `s` (up to `e`) start with a name of two to four words that the
    /// gazetteers know (`New York Times`), the index of its last word.
    fn known_name_end(&self, s: usize, e: usize, key: &mut String) -> Option<usize> {
        key.clear();
        key.push_str(self.lower(s));
        let mut k = s;
        let mut found = None;
        for _ in 0..3 {
            match self.next_word(k, e) {
                Some(n) if self.is_space(n - 1) => k = n,
                _ => break,
            }
            key.push(' ');
            key.push_str(self.lower(k));
            if self.is_known_name(key) {
                found = Some(k);
            }
        }
        found
    }

    /// Is word `i` a name by itself rather than a noun that names take (`Bank`, `Gulf`)?
    /// `Bank of England` is one name, `Bonifatius of Mainz` and `Berg of The Herald`
    /// are two.
    fn is_proper_word(&self, i: usize) -> bool {
        self.has(i, CAPITALISED)
            && !self.is_in(i, &lexicon::COMMON_WORDS)
            && !self.is_in(i, &lexicon::ORG_WORDS)
            && !self.is_in(i, &lexicon::PLACE_WORDS)
            && !self.is_in(i, &lexicon::OTHER_WORDS)
            && !self.is_in(i, &lexicon::TITLES)
    }

    /// Is the word at `syllable` (after a hyphen glued to word `word`) the second syllable
    /// of a romanised given name: short, lower case, glued, and no English compound
    /// ending (`Hamas-run`, `Kremlin-backed`)?
    fn is_syllable_after_hyphen(&self, word: usize, syllable: usize) -> bool {
        let (Some(first), Some(second)) = (self.word(word), self.word(syllable)) else {
            return false;
        };
        let glued = self.tokens[syllable].start == self.tokens[syllable - 1].end;
        glued
            && (2..=6).contains(&first.len())
            && (1..=6).contains(&second.len())
            && second.bytes().all(|b| b.is_ascii_lowercase())
            && !ENGLISH_COMPOUND_ENDINGS.contains(&second)
    }

    /// A capitalised word that starts something new instead of continuing a name.
    fn breaks_run(&self, i: usize) -> bool {
        self.is_in(i, &lexicon::WEEKDAYS)
            || self.is_in(i, &lexicon::MONTHS)
            || self.word(i) == Some("I") && !self.is_regnal_one(i)
            || self.word(i).is_some_and(is_contracted_i)
            || self.is_letter_of_compound(i)
    }

    /// Does the capitalised word `i` go on a run after a number (`Explorer 6 Countdown`)?
    fn continues_run(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            is_capitalised(w) && !is_function_word(self.lower(i)) && !self.shouting_line[i]
        }) && !self.breaks_run(i)
    }

    /// Is the `I` at word `i` a regnal number (`Norton I, …`, `Aleksei I.`) rather than the
    /// pronoun: after a capitalised word, and followed by punctuation, not by a verb?
    fn is_regnal_one(&self, i: usize) -> bool {
        self.word(i) == Some("I")
            && i >= 2
            && self.is_space(i - 1)
            && self
                .word(i - 2)
                .is_some_and(|w| is_capitalised(w) && !is_all_caps(w))
            && match self.tokens.get(i + 1) {
                None => true,
                Some(t) => {
                    t.kind == TokenKind::LineBreak
                        || matches!(self.punct(i + 1), Some(',' | '.' | ';' | ')' | ':'))
                }
            }
    }

    /// Is word `i` a capital letter glued by a hyphen to a lower-case word (`T-shirt`,
    /// `X-ray`, `U-turn`)?
    fn is_letter_of_compound(&self, i: usize) -> bool {
        self.word(i).is_some_and(is_one_char)
            && matches!(self.punct(i + 1), Some('-' | '‐'))
            && self.tokens[i + 1].start == self.tokens[i].end
            && self
                .word(i + 2)
                .is_some_and(|w| w.starts_with(char::is_lowercase))
            && self.tokens[i + 2].start == self.tokens[i + 1].end
    }

    /// Trims a run to the names in it: titles, sentence-initial words and possessives out,
    /// hyphen-joined names apart.
    /// The names go to `out`, in order.
    fn trim_run(&self, start: usize, end: usize, out: &mut Vec<Candidate>) {
        if self.shouting_line[start] {
            for (s, e) in self.headline_pieces(start, end) {
                self.trim_words(s, e, out);
            }
            return;
        }
        self.trim_words(start, end, out);
    }

    /// In a headline every word is capitalised, so a run is cut at each ordinary word:
    /// `Rising Prices Hit Zembla` → `Zembla`. Names the gazetteers know stay whole.
    fn headline_pieces(&self, start: usize, end: usize) -> Vec<(usize, usize)> {
        let mut pieces = Vec::new();
        let mut piece: Option<(usize, usize)> = None;
        let mut key = String::new();
        let mut k = start;
        while k <= end {
            if self.word(k).is_none() || piece.is_some() && is_connector(self.lower(k)) {
                k += 1;
                continue;
            }
            if let Some(known_end) = self.known_name_end(k, end, &mut key) {
                piece = Some((piece.map_or(k, |p| p.0), known_end));
                k = known_end + 1;
                continue;
            }
            let seen_pair = |a: usize, b: usize| {
                a < b
                    && self.is_space(a + 1)
                    && b == a + 2
                    && self.word(a).is_some()
                    && self.word(b).is_some()
                    && self.seen_capitalised_pairs.contains(self.pair_text(a))
            };
            let in_seen_pair = seen_pair(k, k + 2) || k >= 2 && seen_pair(k - 2, k);
            // `Nick Moreau`, `Sean Mills`: a given name and the surname after it.
            let lower = self.lower(k);
            let surname_next = self.is_space(k + 1)
                && k + 2 <= end
                && self.has(k + 2, CAPITALISED)
                && !is_function_word(self.lower(k + 2));
            if surname_next
                && !self.is_known_name(lower)
                && (lexicon::FIRST_NAMES.contains(lower)
                    || lexicon::WORD_FIRST_NAMES.contains(lower)
                        && !self.is_ordinary_word(k + 2, true))
            {
                piece = Some((piece.map_or(k, |p| p.0), k + 2));
                k += 3;
                continue;
            }
            // `Volume 1`: a noun that numbers things, with its number.
            if let Some(d) = self.designating_digits(k) {
                piece = Some((piece.map_or(k, |p| p.0), d));
                k = d + 1;
                continue;
            }
            // `Fort Lee`, `Lake Ossa`; `Nablus City`, `Ossa Hospital` after a kept word.
            if surname_next && PLACE_PREFIXES.contains(&lower) {
                piece = Some((piece.map_or(k, |p| p.0), k + 2));
                k += 3;
                continue;
            }
            let noun_of_name = piece.is_some_and(|p| p.1 + 2 == k)
                && (lexicon::ORG_WORDS.contains(lower) || lexicon::PLACE_WORDS.contains(lower));
            if self.is_ordinary_word(k, true) && !in_seen_pair && !noun_of_name {
                pieces.extend(piece.take());
            } else {
                piece = Some((piece.map_or(k, |p| p.0), k));
            }
            k += 1;
        }
        pieces.extend(piece);
        pieces
    }

    /// Trims the words `start..=end` of a run (see [`Self::trim_run`]).
    fn trim_words(&self, start: usize, end: usize, out: &mut Vec<Candidate>) {
        // The run's parts, split where titles, group words and hyphens split it, each
        // trimmed as soon as it ends.
        let mut part_start = start;
        let mut k = start;
        while k <= end {
            // A title inside a run starts a new name: `Kenyan Ambassador Grace Wanjiru`.
            // `King Jr.` is a surname.
            let before_suffix = self.is_space(k + 1)
                && matches!(self.word(k + 2), Some("Jr" | "Sr"))
                && self.punct(k + 3) == Some('.');
            // `Bury St Edmunds`: a saint inside a place's name.
            let saint = matches!(self.lower(k), "st" | "saint");
            if k > part_start
                && self.is_title_word(k)
                && !saint
                && !before_suffix
                && self.person_after_title(k, end)
            {
                let prev = (part_start..k).rev().find(|&p| self.word(p).is_some());
                if let Some(p) = prev {
                    if !self.is_title_word(p) && !is_connector(self.word(p).unwrap_or("")) {
                        // `First Lady Ana Ruiz`, `Shadow Home Secretary`: an ordinal or a
                        // common word alone, not capitalised elsewhere, belongs to the title.
                        let ordinal = p == part_start
                            && (matches!(self.lower(p), "first" | "second" | "third")
                                || self.modifies_title(p) && self.is_ordinary_word(p, false));
                        // `Senate Majority Leader`, `White House Press Secretary`: common
                        // words right before a title belong to it.
                        let mut p = p;
                        while p > part_start && self.modifies_title(p) {
                            match (part_start..p).rev().find(|&q| self.word(q).is_some()) {
                                Some(q) if !is_connector(self.lower(q)) => p = q,
                                _ => break,
                            }
                        }
                        // `U.S. Secretary …`: the acronym keeps its last dot.
                        if self.punct(p + 1) == Some('.')
                            && self.word(p).is_some_and(is_one_char)
                            && self.tokens[p + 1].start == self.tokens[p].end
                        {
                            p += 1;
                        }
                        if !ordinal {
                            out.extend(self.trim_part(part_start, p));
                        }
                        part_start = k;
                    }
                }
            }
            // `Minister of Health Ana Ruiz`: a given name after a title and its field.
            let title_led = self.is_title_word(part_start)
                || part_start >= 4
                    && self.is_space(part_start - 1)
                    && matches!(self.word(part_start - 2), Some("of" | "for"))
                    && self.is_space(part_start - 3)
                    && self.is_title_word(part_start - 4);
            let given_after_title = k > part_start
                && title_led
                && self.is_in(k, &lexicon::FIRST_NAMES)
                && self.is_space(k + 1)
                && self.has(k + 2, CAPITALISED)
                && k >= 2
                && self.is_space(k - 1)
                && self.word(k - 2).is_some_and(|p| !is_connector(p))
                && (self.is_in(k - 2, &lexicon::COMMON_WORDS) || self.is_known_at(k - 2))
                && !self.is_in(k - 2, &lexicon::FIRST_NAMES);
            if given_after_title {
                out.extend(self.trim_part(part_start, k - 2));
                part_start = k;
            }
            // `(R Ossa)`: a party's letter before a state's name.
            let party_letter = k == part_start + 2
                && part_start > 0
                && self.punct(part_start - 1) == Some('(')
                && self.is_space(k - 1)
                && matches!(self.word(part_start), Some("R" | "D" | "I"));
            if party_letter {
                out.extend(self.trim_part(part_start, part_start));
                part_start = k;
            }
            if k > part_start && self.splits_at_demonym(k, end) {
                out.extend(self.trim_part(part_start, k - 2));
                part_start = k;
            }
            if matches!(self.punct(k), Some('-' | '‐'))
                && self.has(k + 1, CAPITALISED)
                && self.splits_at_hyphen(self.lower(k - 1), self.lower(k + 1))
            {
                out.extend(self.trim_part(part_start, k - 1));
                part_start = k + 1;
            }
            k += 1;
        }
        out.extend(self.trim_part(part_start, end));
    }

    /// Does a person's name follow the title at word `k` in the run ending at `end`?
    /// Not in `Russian State Archive` or `Washington State University`, where the title
    /// word is part of a name that ends in a common noun.
    fn person_after_title(&self, k: usize, end: usize) -> bool {
        // `Ministry of Health`: a field after `of` is part of the name.
        if k >= 2 && self.is_space(k - 1) && matches!(self.word(k - 2), Some("of" | "for")) {
            return false;
        }
        let Some(m) = (k + 1..=end).find(|&i| {
            self.word(i).is_some() && !self.is_title_word(i) && !is_connector(self.lower(i))
        }) else {
            return true;
        };
        // `Professor of Linguistics`: the title and its field go together.
        if self.is_space(k + 1) && matches!(self.word(k + 2), Some("of" | "for")) {
            return true;
        }
        let last = self.lower(end);
        if lexicon::ORG_WORDS.contains(last)
            || lexicon::PLACE_WORDS.contains(last)
            || lexicon::OTHER_WORDS.contains(last)
        {
            return false;
        }
        let first = self.lower(m);
        if lexicon::ORG_WORDS.contains(first) || lexicon::PLACE_WORDS.contains(first) {
            return false;
        }
        lexicon::FIRST_NAMES.contains(first)
            || lexicon::SURNAMES.contains(last)
            || !lexicon::COMMON_WORDS.contains(last)
            || m < end && !lexicon::COMMON_WORDS.contains(first)
            || self.is_known_name(last)
    }

    /// Does a name start at word `k` after a group word (`Chinese Ana Ruiz`, `Scots Tom
    /// Ure`), or does a group word end the run after a name (`Safavid Iranian`)?
    fn splits_at_demonym(&self, k: usize, end: usize) -> bool {
        if k < 2 || !self.is_space(k - 1) || self.word(k - 2).is_none() || self.word(k).is_none() {
            return false;
        }
        let (p, w) = (self.lower(k - 2), self.lower(k));
        let group_before = self.is_in(k - 2, &lexicon::DEMONYMS);
        let group = self.is_in(k, &lexicon::DEMONYMS);
        if group_before && !group {
            return self.is_in(k, &lexicon::FIRST_NAMES);
        }
        // `Senate Democrats`: an institution's members.
        if group && k == end && w.ends_with('s') && self.is_in(k - 2, &lexicon::ORG_WORDS) {
            return true;
        }
        // An adjective before a lower-case noun (`Safavid Iranian architecture`), not a
        // group's name (`Neo Democrats`) or a name that ends in one (`Prensa Latina.`).
        let before_noun = self.is_space(k + 1)
            && self
                .word(k + 2)
                .is_some_and(|n| n.starts_with(char::is_lowercase));
        group
            && !group_before
            && k == end
            && before_noun
            && !w.ends_with('s')
            && !lexicon::COMMON_WORDS.contains(p)
            && !self.is_known_name(p)
            && !self.is_known_name(&format!("{p} {w}"))
    }

    /// Is word `i` a common word that may qualify a title after it (`Majority`, `Press`)?
    fn modifies_title(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| !is_all_caps(w))
            && self.is_in(i, &lexicon::COMMON_WORDS)
            && !self.is_in(i, &lexicon::ORG_WORDS)
            && !self.is_in(i, &lexicon::PLACE_WORDS)
            && !self.is_in(i, &lexicon::OTHER_WORDS)
            && !self.is_known_at(i)
    }

    fn is_title_word(&self, i: usize) -> bool {
        // `CEO`, `MEP` are titles in capitals; `US` and `AM` are not.
        self.has(i, CAPITALISED)
            && (!self.has(i, ALL_CAPS) || self.tokens[i].end - self.tokens[i].start >= 3)
            && self.is_in(i, &lexicon::TITLES)
            && !self.is_known_at(i)
    }

    fn splits_at_hyphen(&self, l: &str, r: &str) -> bool {
        if is_hyphen_prefix(l) {
            return false;
        }
        let known = |w: &str| {
            lexicon::PLACES.contains(w)
                || lexicon::DEMONYMS.contains(w)
                || lexicon::ORGS.contains(w)
                || lexicon::COUNTRIES.contains(w)
        };
        // `Mary-Kate`, `Fernandez-Miranda`: a double given name or surname, unless a
        // part is a country or a group (`Jordan-Israel`).
        let personal = |w: &str| lexicon::FIRST_NAMES.contains(w) || lexicon::SURNAMES.contains(w);
        let nation = |w: &str| lexicon::COUNTRIES.contains(w) || lexicon::DEMONYMS.contains(w);
        if personal(l) && personal(r) && !nation(l) && !nation(r) {
            return false;
        }
        known(l) || known(r)
    }

    fn trim_part(&self, mut s: usize, mut e: usize) -> Option<Candidate> {
        let lower_at = |i: usize| self.lower(i);
        // A run made only of titles and connectors names no one: `Secretary of State`.
        if (s..=e).all(|k| self.word(k).is_none_or(is_connector) || self.is_title_word(k)) {
            return None;
        }
        // Titles after the name go too: `State Department Spokesperson`.
        // Not a field after `of` (`Ministry of Health`).
        let field = |e: usize| {
            e >= 2 && self.is_space(e - 1) && matches!(self.word(e - 2), Some("of" | "for"))
        };
        while e > s && self.is_title_word(e) && !self.is_in(e, &lexicon::ORG_WORDS) && !field(e) {
            e = (s..e).rev().find(|&k| self.word(k).is_some())?;
        }
        // Capitalised function words are never names: `The`, `In`, `Which` (verse, headlines).
        // But `WHO` and `US` in ordinary text are acronyms, and `A64` and `I-44` roads.
        while self.has(s, WORD)
            && (!self.has(s, ALL_CAPS) || self.shouting_line[s])
            && is_function_word(contraction_base(self.lower(s)))
            && !self.is_known_at(s)
            && self.designating_digits(s).is_none()
        {
            if s == e {
                return None;
            }
            s = self.next_word(s, e)?;
        }
        if s == e && self.word(s).is_some_and(is_generic_initialism) {
            return None;
        }
        if s == e && (self.is_lone_non_name(s) || self.is_term_acronym(s)) {
            return None;
        }
        // The word just found no term's abbreviation, if the run is that word alone.
        let no_term_at = (s == e).then_some(s);
        let ends_in_org_or_place =
            { self.is_in(e, &lexicon::ORG_WORDS) || self.is_in(e, &lexicon::PLACE_WORDS) };
        // Titles in front: `President`, `Prime Minister`, `Secretary of State`, `Mr.`.
        let mut after_title = false;
        if !ends_in_org_or_place {
            loop {
                let w = lower_at(s);
                // `St. Louis` and `St Jerome` are written with their saint.
                // `Dean Kamen`: a title that is also a given name, before a surname.
                let given_name = self.is_in(s, &lexicon::FIRST_NAMES)
                    && self.next_word(s, e).is_some_and(|n| {
                        n == s + 2
                            && self.has(n, CAPITALISED)
                            && !self.is_in(n, &lexicon::FIRST_NAMES)
                    });
                let is_title = self.is_in(s, &lexicon::TITLES)
                    && !matches!(w, "st" | "saint")
                    && !given_name
                    && !self.is_known_at(s);
                let is_connector_after_title = after_title && matches!(w, "of" | "the" | "for");
                if (is_title || is_connector_after_title) && s < e {
                    // Keep `General Motors`: never strip down to a lone common word.
                    let rest_start = self.next_word(s, e)?;
                    // A title only people bear (`President Trump`) is stripped all the same.
                    if rest_start == e
                        && self.is_in(e, &lexicon::COMMON_WORDS)
                        && !self.is_known_at(e)
                        && is_title
                        && !PERSONAL_TITLES.contains(&w)
                    {
                        break;
                    }
                    // Nor before a noun of organisations: `Major League Baseball`.
                    if is_title
                        && !PERSONAL_TITLES.contains(&w)
                        && (self.is_in(rest_start, &lexicon::ORG_WORDS)
                            || self.is_in(rest_start, &lexicon::OTHER_WORDS))
                    {
                        break;
                    }
                    after_title |= is_title;
                    s = rest_start;
                    continue;
                }
                break;
            }
            if s == e {
                // `CEO` and `MP` alone are titles too.
                if self.is_in(s, &lexicon::TITLES) && !self.is_known_at(s) {
                    return None;
                }
            }
        }
        // Connectors can't start or end a name.
        while s < e && self.word(s).is_some_and(is_connector) {
            s = self.next_word(s, e)?;
        }
        // A first word that is capitalised only because a sentence or headline starts.
        self.word(s)?;
        let first_lower = self.lower(s);
        let shouting = self.shouting_line[s];
        // `Fort Lee` and `Mount Kenya` start with a common word, yet all of it is the name.
        let given_name_first = || {
            s < e
                && (self.is_in(s, &lexicon::FIRST_NAMES)
                    || PLACE_PREFIXES.contains(&first_lower)
                    || matches!(first_lower, "st" | "saint" | "sainte" | "san" | "santa")
                    || self.is_in(s, &lexicon::WORD_FIRST_NAMES) && self.surname_after(s, e))
                && !is_function_word(first_lower)
        };
        // `Civic Party`, `Lattice Lab`: a run that ends in a noun of organisations or
        // places keeps its first word at a sentence start too.
        let named_noun_last = || {
            s < e
                && self.next_word(s, e).is_some_and(|n| {
                    let known_alone = n == e && self.is_known_at(n);
                    !is_connector(self.lower(n)) && !known_alone
                })
                && { self.is_in(e, &lexicon::ORG_WORDS) || self.is_in(e, &lexicon::PLACE_WORDS) }
        };
        // `University of Ossa`, `Gulf of Zembla` at a sentence start.
        let noun_of_name = || {
            s < e && {
                (self.is_in(s, &lexicon::ORG_WORDS) || self.is_in(s, &lexicon::PLACE_WORDS))
                    && self
                        .next_word(s, e)
                        .is_some_and(|n| self.word(n) == Some("of"))
            }
        };
        // `“Wrecking Ball”`: a title in quotation marks, all of it.
        let quoted_title = || {
            s < e
                && s > 0
                && matches!(self.punct(s - 1), Some('“' | '"' | '‘' | '\''))
                && matches!(self.punct(e + 1), Some('”' | '"' | '’' | '\''))
        };
        // `Group F`, `Plan B`: a noun with the letter that names one of its kind.
        let lettered = || {
            s + 2 == e
                && self
                    .word(e)
                    .is_some_and(|w| is_one_char(w) && is_capitalised(w))
                && matches!(lower_at(s), "group" | "pool" | "plan")
        };
        // `White Fang` at a sentence start, written so mid-sentence elsewhere too.
        let pair_seen = || {
            s < e
                && self.next_word(s, e) == Some(s + 2)
                && self.is_space(s + 1)
                && self.seen_capitalised_pairs.contains(self.pair_text(s))
        };
        // `Baker, 45, said`, `Cook said`: a surname alone as the subject of a speech verb
        // or with an age.
        let surname_subject = || {
            s == e
                && self.is_in(s, &lexicon::SURNAMES)
                && !first_lower.ends_with('s')
                && (self
                    .word_after(s)
                    .is_some_and(|n| self.is_in(n, &lexicon::SPEECH_VERBS))
                    || self.punct(s + 1) == Some(',')
                        && self.is_space(s + 2)
                        && self
                            .tokens
                            .get(s + 3)
                            .is_some_and(|t| t.kind == TokenKind::Digits)
                        && self.punct(s + 4) == Some(','))
        };
        // A headline was already cut at its ordinary words (`headline_pieces`). The tests
        // above are closures, asked only at a sentence start (few runs start one).
        if !shouting
            && !after_title
            && self.is_sentence_start(s)
            && !pair_seen()
            && !surname_subject()
            && !self
                .seen_surnames
                .contains(without_possessive(self.word(s).unwrap_or("")))
            && !lettered()
            && !named_noun_last()
            && !noun_of_name()
            && !quoted_title()
            && !given_name_first()
            && !self.starts_known_name(s, e)
            && self.is_ordinary_word(s, false)
        {
            if s == e {
                return None;
            }
            s = self.next_word(s, e)?;
            while s < e && self.word(s).is_some_and(is_connector) {
                s = self.next_word(s, e)?;
            }
        }
        if s == e && (no_term_at != Some(s) && self.is_term_acronym(s) || self.is_genus(s)) {
            return None;
        }
        // A caption's label: `Image: …`, `Ana Ruiz Image: …`.
        if s == e
            && self.punct(e + 1) == Some(':')
            && matches!(
                self.lower(e),
                "image" | "photo" | "video" | "audio" | "source"
            )
        {
            return None;
        }
        // A caption's label glued to the name before it: `Ana Ruiz Image: …`.
        if e > s
            && self.punct(e + 1) == Some(':')
            && matches!(
                self.lower(e),
                "image" | "photo" | "video" | "audio" | "source"
            )
        {
            e = (s..e).rev().find(|&k| self.word(k).is_some())?;
        }
        // A trailing connector or dot-less end: trim back to the last capitalised word.
        let syllable = |e: usize| {
            e >= 2
                && self.punct(e - 1).is_some_and(|c| matches!(c, '-' | '‐'))
                && self.is_syllable_after_hyphen(e - 2, e)
        };
        while e > s
            && !self.has(e, NAME_SHAPED)
            && self.punct(e) != Some('.')
            && self.tokens[e].kind != TokenKind::Digits
            && !syllable(e)
            && !(self.punct(e - 1) == Some('.') && self.tokens[e - 1].end == self.tokens[e].start)
            && !(self.tokens[e - 1].kind == TokenKind::Digits
                && self.tokens[e - 1].end == self.tokens[e].start)
        {
            e -= 1;
        }
        let w = self.word(s).unwrap_or("");
        if s == e
            && (w == "I" || self.is_in(s, &lexicon::WEEKDAYS) || self.is_in(s, &lexicon::MONTHS))
        {
            return None;
        }
        if s == e && self.is_in(s, &lexicon::PERSON_PRONOUNS) {
            return None;
        }
        // A label before a colon: `Image: …`, `Photo: …`, `Update: …`; not a title after
        // a word (`his book Chaos: …`, `the Court: …`).
        if s == e
            && self.punct(e + 1) == Some(':')
            && self.word_before(s).is_none()
            && !is_all_caps(w)
            && self.is_in(s, &lexicon::COMMON_WORDS)
            && !self.is_known_at(s)
        {
            return None;
        }
        if s == e && self.is_transcript_label(s) {
            return None;
        }
        let mut start_byte = self.tokens[s].start;
        let mut end_byte = self.tokens[e].end;
        // Possessive endings stay outside: `Israel’s`, `Hamas’s`, `Reuters'`.
        let last_word = &self.text[self.tokens[e].start..end_byte];
        let ends_in_s = matches!(last_word.as_bytes().last(), Some(b's' | b'S'));
        for suffix in ["’s", "'s", "ʼs", "’S", "'S"] {
            if ends_in_s && last_word.len() > suffix.len() && last_word.ends_with(suffix) {
                end_byte -= suffix.len();
                break;
            }
        }
        if start_byte >= end_byte {
            return None;
        }
        // A bare trailing dot belongs to the name only as part of an abbreviation (`U.S.`).
        if self.text[..end_byte].ends_with('.')
            && !self.text[start_byte..end_byte - 1].contains('.')
            && e > s
            && self.punct(e) == Some('.')
            && self.word(e - 1).is_some_and(|w| w.chars().count() > 2)
        {
            end_byte -= 1;
        }
        while self.text[start_byte..end_byte].starts_with(|c: char| !c.is_alphanumeric()) {
            start_byte += 1;
        }
        Some(Candidate {
            range: start_byte..end_byte,
            first: s,
            last: e,
            after_title,
            evidence: None,
        })
    }

    /// Is word `i`, alone, no name though capitalised: a lone letter that is no initial
    /// (`vitamin D`, `P = 5`), a common word in capitals for emphasis (`WHEREAS`, `AND`),
    /// a plural weekday or month (`Sundays`), or a plural title (`my Lords`)?
    fn is_lone_non_name(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else {
            return false;
        };
        let lower = self.lower(i);
        if is_one_char(w) {
            // `(R Ossa)`: a party's letter before a state's name.
            let party = matches!(w, "R" | "D")
                && i > 0
                && self.punct(i - 1) == Some('(')
                && self.is_space(i + 1)
                && self.has(i + 2, CAPITALISED);
            // `24°C` is a scale's name.
            return w != "I"
                && !party
                && self.punct(i + 1) != Some('.')
                && self.punct(i.wrapping_sub(1)) != Some('°');
        }
        if is_all_caps(w) && !self.is_known_name(lower) {
            // `WHO` and `US` are acronyms.
            let letters = w.chars().count();
            return is_function_word(lower) && !matches!(lower, "who" | "us" | "it")
                || letters >= 7 && lexicon::COMMON_WORDS.contains(lower);
        }
        // `a degree in Linguistics`: a field of study alone names no one thing.
        if [
            "ology", "ophy", "istry", "matics", "istics", "nomics", "ysics",
        ]
        .iter()
        .any(|x| lower.ends_with(x))
            && !self.is_known_name(lower)
            && self.punct(i + 1) != Some(':')
        {
            return true;
        }
        // `Western civilization`, `Westerners`: a direction, no people's or place's name.
        let base = lower.strip_prefix("mid").unwrap_or(lower);
        let direction = base
            .strip_suffix("ern")
            .or_else(|| base.strip_suffix("erners"))
            .is_some_and(is_compass_point);
        if direction
            && (lower.ends_with('s')
                || self
                    .word_after(i)
                    .and_then(|n| self.word(n))
                    .is_some_and(|n| n.starts_with(char::is_lowercase)))
        {
            return true;
        }
        let Some(singular) = lower.strip_suffix('s') else {
            return false;
        };
        let owned = self.word_before(i).is_some_and(|p| {
            matches!(
                self.lower(p),
                "my" | "your" | "our" | "his" | "her" | "their"
            )
        });
        lexicon::WEEKDAYS.contains(singular)
            || lexicon::MONTHS.contains(singular)
            || owned && lexicon::TITLES.contains(singular) && !self.is_known_name(lower)
    }

    /// Is word `i` the genus of a species' Latin name (`Formica fusca`, `E. coli`): a
    /// capitalised word or initial before a lower-case epithet no lexicon knows?
    fn is_genus(&self, i: usize) -> bool {
        let next = if self.punct(i + 1) == Some('.') && self.word(i).is_some_and(is_one_char) {
            i + 3
        } else {
            i + 2
        };
        if !self.is_space(next - 1) {
            return false;
        }
        let Some(epithet) = self.word(next) else {
            return false;
        };
        let compound = matches!(self.punct(next + 1), Some('-' | '‐'));
        epithet.len() >= 4
            && !compound
            && !self.is_known_at(i)
            && epithet.bytes().all(|b| b.is_ascii_lowercase())
            && [
                "a", "ae", "us", "um", "is", "ii", "i", "ensis", "oides", "ata", "ica",
            ]
            .iter()
            .any(|end| epithet.ends_with(end))
            && !lexicon::COMMON_WORDS.contains(epithet)
            && !lexicon::UNITS.contains(epithet)
    }

    /// Does a surname follow word `s` within the run: a listed one, or a word that is no
    /// common word (`Frank Messina`, not `Grace Period` or `Will Congress`)?
    fn surname_after(&self, s: usize, e: usize) -> bool {
        let Some(k) = self.next_word(s, e).filter(|&k| k == s + 2) else {
            return false;
        };
        let lower = self.lower(k);
        self.word(k)
            .is_some_and(|w| is_capitalised(w) && !is_all_caps(w))
            && (lexicon::SURNAMES.contains(lower)
                || !lexicon::COMMON_WORDS.contains(lower) && !self.is_known_name(lower))
    }

    fn next_word(&self, from: usize, end: usize) -> Option<usize> {
        (from + 1..=end).find(|&k| self.word(k).is_some())
    }

    /// Is capitalised word `i` just an ordinary word that starts a sentence or sits in a
    /// headline (`shouting`)?
    fn is_ordinary_word(&self, i: usize, shouting: bool) -> bool {
        let (Some(word), lower) = (self.word(i), self.lower(i)) else {
            return false;
        };
        if self.is_known_at(i) {
            return false;
        }
        if is_all_caps(word) && !shouting {
            return false;
        }
        let lower = contraction_base(lower);
        if is_function_word(lower) {
            return true;
        }
        let capitalised_elsewhere = self.seen_capitalised_mid.contains(word);
        if lexicon::COMMON_WORDS.contains(lower)
            || lexicon::TITLES.contains(lower)
            || lexicon::SPEECH_VERBS.contains(lower)
            || lexicon::PERSON_PRONOUNS.contains(lower)
        {
            return !capitalised_elsewhere || shouting || is_function_word(lower);
        }
        if self.seen_lower.contains(lower) {
            return !capitalised_elsewhere;
        }
        // Unknown words are names, except in an all-caps line where nothing is evidence.
        shouting
            && self.caps_line[i]
            && !capitalised_elsewhere
            && !lexicon::FIRST_NAMES.contains(lower)
            && !lexicon::SURNAMES.contains(lower)
    }

    fn is_known_name(&self, lower: &str) -> bool {
        lexicon::lists_of(lower) & known_name_lists() != 0
    }

    /// What a mention says about its own type, from lexicons and context, with the weight
    /// of that evidence; `None` when nothing tells. `name_lower` is a reused buffer.
    fn evidence(&self, c: &Candidate, name_lower: &mut String) -> Option<(NameType, u32)> {
        let name = &self.text[c.range.clone()];
        name_lower.clear();
        if name.is_ascii() {
            // Most names: no per-character case mapping needed.
            name_lower.push_str(name);
            name_lower.make_ascii_lowercase();
        } else {
            name_lower.extend(name.chars().flat_map(char::to_lowercase));
        }
        let lower = name_lower.as_str();
        let words = || (c.first..=c.last).filter(|&k| self.word(k).is_some());
        let n_words = words().count();
        let first = self.lower(c.first);
        let last_at = words().next_back();
        let last = last_at.map_or("", |k| self.lower(k));
        // Which lexicons have the whole name, its first and its last word: one lookup each,
        // then the rules below test bits.
        let (name_lists, first_lists) = (lexicon::lists_of(lower), self.lists_of(c.first));
        let last_lists = last_at.map_or(0, |k| self.lists_of(k));
        let in_name = |list: &lexicon::Lexicon| name_lists & list.bit() != 0;
        let in_first = |list: &lexicon::Lexicon| first_lists & list.bit() != 0;
        let in_last = |list: &lexicon::Lexicon| last_lists & list.bit() != 0;
        // `Earl of Varnby` is a title and a place, not a person.
        let after_of = self
            .word_before(c.first)
            .is_some_and(|k| self.lower(k) == "of");
        if c.after_title && !after_of {
            return Some((NameType::Person, INSIDE));
        }
        // `Lam Cheuk-ting`: a surname and a two-syllable romanised given name.
        if c.last >= 2
            && n_words >= 2
            && self
                .punct(c.last - 1)
                .is_some_and(|p| matches!(p, '-' | '‐'))
            && self.is_syllable_after_hyphen(c.last - 2, c.last)
        {
            return Some((NameType::Person, INSIDE));
        }
        if in_name(&lexicon::DEMONYMS) {
            return Some((NameType::Group, LEXICON));
        }
        // `Varno the Great`, `Tarn the Younger`: a ruler or a saint with an epithet.
        let epithet = n_words == 3 && self.lower(c.last - 2) == "the" && EPITHETS.contains(&last);
        if epithet {
            return Some((NameType::Person, INSIDE));
        }
        // `(R Ossa)`, `(D-Varn)`: a party's letter before a lawmaker's state.
        let party_letter = matches!(name, "D" | "R" | "I")
            && c.first > 0
            && self.punct(c.first - 1) == Some('(')
            && (self.is_space(c.last + 1) || self.punct(c.last + 1) == Some('-'));
        if party_letter {
            return Some((NameType::Group, INSIDE));
        }
        if in_name(&lexicon::COUNTRIES) {
            return Some((NameType::Place, LEXICON));
        }
        // `taught at Varnford`, `attended Qarlo`, `played for the Tarn Owls`: where one
        // studies, teaches or plays is a school or a team.
        let school = self.word_before(c.first).is_some_and(|k| {
            let p = self.lower(k);
            let prep = match p {
                "the" => self.word_before(k).filter(|&j| self.lower(j) != "at"),
                _ => Some(k),
            };
            name_types::cue("object-org", p)
                || prep.is_some_and(|k| {
                    self.word_before(k)
                        .is_some_and(|j| name_types::org_after(self.lower(k), self.lower(j)))
                })
        });
        // `research at Varn Lake` is still at a lake.
        if school && !in_last(&lexicon::PLACE_WORDS) {
            return Some((NameType::Org, INSIDE));
        }
        if in_name(&lexicon::PLACES) {
            // `Florence said`, `Sydney died`: a town that is also a given name or surname,
            // doing what only people do, is the person.
            let person = n_words == 1
                && (in_name(&lexicon::FIRST_NAMES) || in_name(&lexicon::SURNAMES))
                && self.word_after(c.last).is_some_and(|k| {
                    let n = self.lower(k);
                    lexicon::SPEECH_VERBS.contains(n) || name_types::person_after(n)
                });
            let t = if person {
                NameType::Person
            } else {
                NameType::Place
            };
            return Some((t, LEXICON));
        }
        // `East Varnland`, `Qarlo West`: a part of a known place.
        if n_words > 1 {
            let part_first = name_types::is_place_part(first);
            let part_last = name_types::is_place_part(last);
            let rest = if part_first {
                lower.strip_prefix(first).map_or("", str::trim_start)
            } else if part_last {
                lower.strip_suffix(last).map_or("", str::trim_end)
            } else {
                ""
            };
            if !rest.is_empty()
                && (lexicon::PLACES.contains(rest) || lexicon::COUNTRIES.contains(rest))
            {
                return Some((NameType::Place, INSIDE));
            }
        }
        // `U.S` where a sentence's full stop took the last dot.
        if lower.len() <= 8 && lower.contains('.') && !lower.ends_with('.') {
            let dotted = format!("{lower}.");
            if lexicon::COUNTRIES.contains(&dotted) || lexicon::PLACES.contains(&dotted) {
                return Some((NameType::Place, LEXICON));
            }
        }
        if in_name(&lexicon::ORGS) {
            return Some((NameType::Org, LEXICON));
        }
        if in_name(&lexicon::OTHER_NAMES) {
            return Some((NameType::Other, LEXICON));
        }
        // `(Dorel & Vaskin, 2010)`: authors joined by an ampersand before a year cite
        // their paper.
        let ampersand = (c.first..=c.last).any(|k| self.punct(k) == Some('&'));
        if ampersand && self.year_after(c.last) {
            return Some((NameType::Other, INSIDE));
        }
        // `Bank of Varn`, `Centre for Tarn Studies`, `Council on Qarlo Relations`.
        let org_of = words().any(|k| {
            self.is_in(k, &lexicon::ORG_WORDS)
                && self.is_space(k + 1)
                && self.word(k + 2).is_some()
                && matches!(
                    self.lower(k + 2),
                    "of" | "for" | "on" | "and" | "to" | "against"
                )
        });
        // A centre or a reserve is a site (`the Varn Arts Center`, `Tarn Nature
        // Reserve`) unless it is of or for something (`Centre for Tarn Studies`).
        let site = matches!(last, "center" | "centre" | "reserve");
        if n_words > 1 && in_last(&lexicon::ORG_WORDS) && !site || org_of {
            return Some((NameType::Org, INSIDE));
        }
        // A known place or country as the last word: the town an organisation or a site
        // names after its noun, or the second town of a list.
        let ends_in_place = in_last(&lexicon::PLACES) || in_last(&lexicon::COUNTRIES);
        let noun_before_place = |nouns: &lexicon::Lexicon| {
            n_words > 2
                && ends_in_place
                && words().rev().nth(1).is_some_and(|k| self.is_in(k, nouns))
        };
        // `Varn College London`, `Tarn Motors UK`: an organisation with the place it
        // serves after its noun.
        let org_then_place = noun_before_place(&lexicon::ORG_WORDS);
        // `BBC Scotland`, `MPK Varnow`: an acronym's branch in the place it serves.
        let acronym_then_place = n_words == 2
            && ends_in_place
            && self
                .word(c.first)
                .is_some_and(|w| (2..=5).contains(&w.len()) && is_all_caps(w));
        if org_then_place || acronym_then_place {
            return Some((NameType::Org, INSIDE));
        }
        // `National Museum of Varn Art`, `Palace of Tarn`, `Varn Museum Qarlo`: a site's
        // noun before `of` or before the town it stands in.
        let site_of = words().any(|k| {
            self.is_in(k, &lexicon::PLACE_WORDS)
                && !name_types::org_first(self.lower(k))
                && self.is_space(k + 1)
                && self.word(k + 2) == Some("of")
        });
        if site_of || noun_before_place(&lexicon::PLACE_WORDS) {
            return Some((NameType::Place, INSIDE));
        }
        // `Battle of Varna`, `Hurricane Qarla`, `Title IX`.
        if n_words > 1 && name_types::other_first(first) {
            return Some((NameType::Other, INSIDE));
        }
        // `Universidad de Varna`, `Calle Qarlo`: the noun first, as in Romance languages.
        if n_words > 1 && name_types::org_first(first) {
            return Some((NameType::Org, INSIDE));
        }
        if n_words > 1 && name_types::place_first(first) {
            return Some((NameType::Place, INSIDE));
        }
        let place_first = n_words > 1
            && (PLACE_PREFIXES.contains(&first)
                || in_first(&lexicon::PLACE_WORDS)
                    && self.is_space(c.first + 1)
                    && self.word(c.first + 2) == Some("of"));
        if n_words > 1 && in_last(&lexicon::PLACE_WORDS) || place_first {
            return Some((NameType::Place, INSIDE));
        }
        if n_words > 1 && in_last(&lexicon::OTHER_WORDS) {
            return Some((NameType::Other, INSIDE));
        }
        // `Harlow & Finch`, `Tarn & Sons`: otherwise names joined by an ampersand are a
        // firm's, unless a reference follows, as it does authors' (`Varn & Tarn [7]`).
        let reference = self.is_space(c.last + 1)
            && self.punct(c.last + 2) == Some('[')
            && self
                .tokens
                .get(c.last + 3)
                .is_some_and(|t| t.kind == TokenKind::Digits);
        // `Tarn & Varnby`, two towns, is a list.
        if ampersand && n_words >= 2 && !reference && !ends_in_place {
            return Some((NameType::Org, INSIDE));
        }
        // A capitalised noun alone stands for a named one: `the Court`, `the Church`, `the
        // Airport`, `the South`.
        if n_words == 1 && !is_all_caps(name) {
            if in_first(&lexicon::ORG_WORDS) {
                return Some((NameType::Org, SHAPE));
            }
            if in_first(&lexicon::PLACE_WORDS) || is_compass_point(first) {
                return Some((NameType::Place, SHAPE));
            }
        }
        // `Native Americans`, `Coptic Christians`: a kind of a people.
        let party = name_types::cue("party", last);
        if n_words > 1 && last.ends_with('s') && !party && in_last(&lexicon::DEMONYMS) {
            return Some((NameType::Group, INSIDE));
        }
        // `Tulsans`, `Londoner`: the people of a known place.
        if n_words == 1
            && !in_name(&lexicon::FIRST_NAMES)
            && !in_name(&lexicon::SURNAMES)
            && name_types::names_people_of(lower, |p| {
                lexicon::PLACES.contains(p) || lexicon::COUNTRIES.contains(p)
            })
        {
            return Some((NameType::Group, LEXICON));
        }
        // `the Greens`, `Liberals`: a party's members.
        if n_words == 1 && name_types::cue("party", lower) {
            return Some((NameType::Group, LEXICON));
        }
        // `Francophone`, `Anglophones`: the speakers of a language.
        let speakers = lower.strip_suffix('s').unwrap_or(lower);
        if n_words == 1 && speakers.len() > 7 && speakers.ends_with("phone") {
            return Some((NameType::Group, SHAPE));
        }
        if n_words == 1 && name_types::is_doctrine_word(lower) {
            return Some((NameType::Other, SHAPE));
        }
        // `Varny-la-Reine`, `Tarnford-upon-Qarl`: a town's name joined by hyphens around
        // a small word.
        const TOWN_LINKS: [&str; 11] = [
            "-la-", "-le-", "-les-", "-sur-", "-en-", "-upon-", "-on-", "-à-", "-lès-", "-sous-",
            "-am-",
        ];
        if TOWN_LINKS.iter().any(|l| lower.contains(l)) {
            return Some((NameType::Place, SHAPE));
        }
        if n_words == 1
            && name_types::has_place_ending(lower)
            && !in_name(&lexicon::SURNAMES)
            && !in_name(&lexicon::FIRST_NAMES)
        {
            return Some((NameType::Place, SHAPE));
        }
        let prev_at = self.word_before(c.first);
        let prev = prev_at.map(|k| self.lower(k));
        // `the novel Zorba`, `the town of Varn`: a noun in apposition before the name.
        let noun_before = prev_at
            .filter(|&k| {
                self.word(k)
                    .is_some_and(|w| !is_capitalised(w) && !is_possessive(w))
            })
            .and_then(|k| name_types::noun_before(self.lower(k)));
        if let Some(t) = noun_before {
            return Some((t, INSIDE));
        }
        // `a drink called Varn`, `a village named Qarlo`: the noun before the naming verb.
        let naming =
            |k: usize| matches!(self.lower(k), "called" | "named" | "dubbed" | "nicknamed");
        let called = prev_at
            .and_then(|k| match prev {
                Some("the") => self.word_before(k),
                _ => Some(k),
            })
            .filter(|&k| naming(k))
            .and_then(|k| self.word_before(k))
            .and_then(|k| name_types::noun_before(self.lower(k)));
        if let Some(t) = called {
            return Some((t, CONTEXT));
        }
        let before_of = prev_at
            .filter(|_| prev == Some("of"))
            .and_then(|k| self.word_before(k));
        if before_of.is_some_and(|k| name_types::place_before_of(self.lower(k))) {
            return Some((NameType::Place, INSIDE));
        }
        if n_words > 1 && in_first(&lexicon::FIRST_NAMES) {
            return Some((NameType::Person, INSIDE));
        }
        // `East Varnia`, `Qarlo Heights West`: a compass point before or after a name
        // that nothing else explains names a part of a place; not `East Asian`.
        let compass = is_compass_point(first) || is_compass_point(last);
        if (2..=3).contains(&n_words)
            && compass
            && !words().any(|k| self.is_in(k, &lexicon::DEMONYMS))
        {
            return Some((NameType::Place, SHAPE));
        }
        // `Mark Tolvan`, `Will Dersley`: a given name that is also a common word, before
        // a word that is only a name.
        let word_given_name = n_words == 2
            && in_first(&lexicon::WORD_FIRST_NAMES)
            && self.word(c.last).is_some_and(|w| !is_all_caps(w))
            && (in_last(&lexicon::SURNAMES) || !in_last(&lexicon::COMMON_WORDS));
        if word_given_name {
            return Some((NameType::Person, INSIDE));
        }
        // `Mr. Smith`: the title's dot sits between it and the name.
        let title_dot = c.first >= 3
            && self.is_space(c.first - 1)
            && self.punct(c.first - 2) == Some('.')
            && self.is_in(c.first - 3, &lexicon::TITLES);
        if title_dot || prev.is_some_and(|p| lexicon::TITLES.contains(p)) {
            return Some((NameType::Person, INSIDE));
        }
        // `makers, such as Varn`, `cities including Tarn`: the kind of thing a list is of,
        // after what the name itself says (a given name: `publishers such as Ada Varga`);
        // as strong as a noun in apposition, and so passed along the list.
        let noun_across_comma = |k: usize| {
            self.word_before(k).or_else(|| {
                (k >= 3 && self.is_space(k - 1) && self.punct(k - 2) == Some(','))
                    .then(|| k - 3)
                    .filter(|&j| self.word(j).is_some())
            })
        };
        let listed = prev_at
            .and_then(|k| match prev {
                Some("as") => self.word_before(k).filter(|&j| self.lower(j) == "such"),
                Some("including" | "notably") => Some(k),
                _ => None,
            })
            .and_then(noun_across_comma)
            .and_then(|k| name_types::kind_of_list(self.lower(k)));
        if let Some(t) = listed {
            return Some((t, INSIDE));
        }
        let has_digit = name.contains(|c: char| c.is_ascii_digit());
        let road_next = self
            .word_after(c.last)
            .is_some_and(|k| name_types::road_after(self.lower(k)));
        // `I-95 North`: a road and the way along it.
        let road = name
            .rsplit_once(' ')
            .filter(|(_, w)| is_compass_point(&w.to_ascii_lowercase()))
            .map_or(name, |(road, _)| road);
        if has_digit && (name_types::is_road_number(road) || road_next) {
            // `I-95`, `the M4 westbound`.
            return Some((NameType::Place, INSIDE));
        }
        if has_digit && name_types::cue("road-first", first) {
            // `Route 66`, `Highway 401`.
            return Some((NameType::Place, INSIDE));
        }
        if has_digit {
            // `IE6`, `Chapter 91`, `Apollo 11`: models, parts and missions.
            return Some((NameType::Other, SHAPE));
        }
        // `Varnton, KS`: a US state's postal code after a town and a comma; `(IATA:
        // VRN)`: an airport's code.
        let after_comma_name = c.first >= 3
            && self.is_space(c.first - 1)
            && self.punct(c.first - 2) == Some(',')
            && self.word(c.first - 3).is_some_and(is_capitalised);
        let state_code = after_comma_name
            && self.word(c.last + 2).is_none()
            && in_spaced_list(US_STATE_CODES, name);
        let airport_code = name.len() == 3
            && is_all_caps(name)
            && c.first >= 4
            && self.punct(c.first - 2) == Some(':')
            && self.word(c.first - 3) == Some("IATA");
        if state_code || airport_code {
            return Some((NameType::Place, INSIDE));
        }
        // `a soil moisture index (SMI)`: an acronym of lower-case words is a term.
        let defined_after_words = c.first >= 1
            && self.punct(c.first - 1) == Some('(')
            && is_all_caps(name)
            && name_types::spells_lower_case_words(
                &self.text[..self.tokens[c.first - 1].range().start],
                name,
            );
        if defined_after_words {
            return Some((NameType::Other, INSIDE));
        }
        if is_all_caps(name.trim_end_matches('.'))
            || name.contains('.')
                && name.chars().filter(|c| c.is_uppercase()).count() >= 2
                && n_words > 1
                && words().all(|k| is_one_char(self.lower(k)))
        {
            return Some((NameType::Org, SHAPE));
        }
        if let Some(p) = prev {
            if PLACE_PREPOSITIONS.contains(&p) || name_types::place_before(p) {
                return Some((NameType::Place, CONTEXT));
            }
        }
        // `moved to Varn`, `flights to Varn`.
        let before_to = prev_at
            .filter(|_| prev == Some("to"))
            .and_then(|k| self.word_before(k));
        if before_to.is_some_and(|k| name_types::motion_before_to(self.lower(k))) {
            return Some((NameType::Place, CONTEXT));
        }
        let next_at = self.word_after(c.last);
        let next = next_at.map(|k| self.lower(k));
        if next.is_some_and(|n| lexicon::SPEECH_VERBS.contains(n) || name_types::person_after(n)) {
            return Some((NameType::Person, CONTEXT));
        }
        // `Varn, who`; `Varn’s wife`.
        let who = self.punct(c.last + 1) == Some(',')
            && self.is_space(c.last + 2)
            && self.word(c.last + 3) == Some("who");
        let possessive = self.word(c.last).is_some_and(is_possessive)
            && next.is_some_and(name_types::person_possession);
        if who || possessive {
            return Some((NameType::Person, CONTEXT));
        }
        // `paintings by Varn`, `a novel by Tarn`, `directed by Qarlo`: the maker of a work.
        let by_maker = prev == Some("by")
            && prev_at
                .and_then(|k| self.word_before(k))
                .is_some_and(|k| name_types::cue("by-person", self.lower(k)));
        if by_maker {
            return Some((NameType::Person, CONTEXT));
        }
        // `Varn (left)`: a person in a photo caption.
        let caption = self.is_space(c.last + 1)
            && self.punct(c.last + 2) == Some('(')
            && self.punct(c.last + 4) == Some(')')
            && matches!(
                self.lower(c.last + 3),
                "left" | "right" | "center" | "centre"
            );
        if caption {
            return Some((NameType::Person, CONTEXT));
        }
        // `Varn, a port city`, `Varn, the singer`: a noun in apposition after the name.
        if let Some(t) = self.apposition_after(c.last) {
            return Some((t, CONTEXT));
        }
        // `Varn, where`: a place.
        if self.punct(c.last + 1) == Some(',')
            && self.is_space(c.last + 2)
            && self.word(c.last + 3) == Some("where")
        {
            return Some((NameType::Place, CONTEXT));
        }
        // A name that is all of a quotation is a title or a term: `“Tarnwick”`.
        let is_quote = |p: Option<char>| p.is_some_and(|p| "\"“”‘’'«»".contains(p));
        let quoted =
            c.first > 0 && is_quote(self.punct(c.first - 1)) && is_quote(self.punct(c.last + 1));
        // `Ana “Qiqi” Kowalczyk`: a nickname between a given name and a surname.
        let nickname = c.first >= 3
            && self.is_space(c.first - 2)
            && self.word(c.first - 3).is_some_and(is_capitalised)
            && self.is_space(c.last + 2)
            && self.word(c.last + 3).is_some_and(is_capitalised);
        if quoted && nickname {
            return Some((NameType::Person, CONTEXT));
        }
        if quoted {
            return Some((NameType::Other, CONTEXT));
        }
        // `the Varn river`, `the Tarn spacecraft`: a lower-case noun after the name.
        if let Some(t) = next_at
            .filter(|&k| self.word(k).is_some_and(|w| !is_capitalised(w)))
            .and_then(|k| name_types::noun_after(self.lower(k)))
        {
            if !(t == NameType::Org && in_first(&lexicon::FIRST_NAMES)) {
                return Some((t, CONTEXT));
            }
        }
        // `(Varga, 2010)`, `Dorel, 2012;`: a single name before a year cites its author.
        let cited = n_words == 1
            && self.year_after(c.last)
            && self.punct(c.last + 1) == Some(',')
            && matches!(self.punct(c.last + 4), Some(')' | ';' | ','));
        if cited {
            return Some((NameType::Person, CONTEXT));
        }
        // `Exeter, Devon`: a larger place after a known one, even one that is also a
        // surname; not a given name (`London, Jack.` in a list of authors).
        let after_place = self.after_known_place(c.first) && self.word(c.last + 2).is_none();
        if after_place && !in_first(&lexicon::FIRST_NAMES) {
            return Some((NameType::Place, CONTEXT));
        }
        if n_words == 1 && (in_first(&lexicon::FIRST_NAMES) || in_first(&lexicon::SURNAMES)) {
            return Some((NameType::Person, SHAPE));
        }
        if n_words > 1 && in_last(&lexicon::SURNAMES) {
            return Some((NameType::Person, SHAPE));
        }
        if self.before_known_place(c.last) {
            // `Paramus, New Jersey`: a place within a larger one.
            return Some((NameType::Place, CONTEXT));
        }
        if (2..=3).contains(&n_words)
            && prev != Some("the")
            && words().all(|k| {
                self.word(k)
                    .is_some_and(|w| is_capitalised(w) && !is_all_caps(w))
                    && !self.is_in(k, &lexicon::COMMON_WORDS)
            })
        {
            // `Ilse Varga`, `Oren Dagan`: unknown given name and surname.
            return Some((NameType::Person, 1));
        }
        // `sailed to the Varns`, `based in the Qarlo`: where one goes or is, with an
        // article, is a place.
        let place_the = prev_at
            .filter(|_| prev == Some("the"))
            .and_then(|k| self.word_before(k))
            .is_some_and(|k| {
                let w = self.lower(k);
                PLACE_PREPOSITIONS.contains(&w)
                    || name_types::place_before(w)
                    || w == "to"
                        && self
                            .word_before(k)
                            .is_some_and(|j| name_types::motion_before_to(self.lower(j)))
            });
        if n_words == 1 && place_the {
            return Some((NameType::Place, 1));
        }
        if n_words == 1 && prev == Some("the") {
            // People rarely take an article; `the Internet`, `the Church` are things.
            return Some((NameType::Other, 1));
        }
        if n_words > 1
            && (in_first(&lexicon::PLACES) || in_first(&lexicon::COUNTRIES))
            && !in_first(&lexicon::FIRST_NAMES)
        {
            // `Varna Courier`, `Lisbon Transit`: a name led by a place with nothing else
            // to tell is most often an organisation of that place.
            return Some((NameType::Org, 1));
        }
        None
    }

    /// Is the name ending at token `last` followed by a year, as a citation has it:
    /// `, 2010`, ` 2010`, ` (2010)`?
    fn year_after(&self, last: usize) -> bool {
        let mut k = last + 1;
        if self.punct(k) == Some(',') {
            k += 1;
        }
        if !self.is_space(k) {
            return false;
        }
        k += 1;
        if self.punct(k) == Some('(') {
            k += 1;
        }
        self.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Digits && self.text[t.range()].len() == 4)
    }

    /// Is the name ending at token `last` followed by a comma and a known place?
    fn before_known_place(&self, last: usize) -> bool {
        if self.punct(last + 1) != Some(',') || !self.is_space(last + 2) {
            return false;
        }
        let k = last + 3;
        if !self.word(k).is_some_and(is_capitalised) {
            return false;
        }
        let one = self.lower(k);
        if lexicon::PLACES.contains(one) || lexicon::COUNTRIES.contains(one) {
            return true;
        }
        // Two-word places: `New Jersey`, `South Africa`.
        self.is_space(k + 1)
            && self.word(k + 2).is_some_and(is_capitalised)
            && lexicon::PLACES.contains(&format!("{one} {}", self.lower(k + 2)))
    }

    /// The type that a noun phrase in apposition after the name ending at token `last`
    /// gives it: `, a small town`, `, the former minister`, `, an indie band`. Looks at
    /// the first three words after the article.
    ///
    /// The same goes for a noun after `is` or `was` (`Varn is a Tarn-built space
    /// probe`), where a capitalised word may stand among the modifiers.
    fn apposition_after(&self, last: usize) -> Option<NameType> {
        let article = |k: usize| matches!(self.word(k), Some("a" | "an" | "the"));
        let copula = self.word_after(last).filter(|&k| {
            matches!(self.word(k), Some("is" | "was")) && self.is_space(k + 1) && article(k + 2)
        });
        let mut k = match copula {
            Some(k) => k + 2,
            None if self.punct(last + 1) == Some(',')
                && self.is_space(last + 2)
                && article(last + 3) =>
            {
                last + 3
            }
            None => return None,
        };
        for _ in 0..3 {
            k = self.word_after(k)?;
            let w = self.word(k)?;
            if is_capitalised(w) {
                if copula.is_some() {
                    continue;
                }
                return None;
            }
            let lower = self.lower(k);
            if lexicon::TITLES.contains(lower) {
                return Some(NameType::Person);
            }
            if let Some(t) = name_types::noun_before(lower) {
                return Some(t);
            }
        }
        None
    }

    /// Is the name starting at token `first` written after a known place and a comma
    /// (`Exeter, Devon`)?
    fn after_known_place(&self, first: usize) -> bool {
        if first < 3 || !self.is_space(first - 1) || self.punct(first - 2) != Some(',') {
            return false;
        }
        let k = first - 3;
        if !self.word(k).is_some_and(is_capitalised) {
            return false;
        }
        let one = self.lower(k);
        let known = |p: &str| lexicon::PLACES.contains(p) || lexicon::COUNTRIES.contains(p);
        // A one-word place that does not itself follow a capitalised word.
        let alone = k < 2 || !self.is_space(k - 1) || !self.word(k - 2).is_some_and(is_capitalised);
        alone && known(one)
    }

    /// The index of the word right before token `i`, across one space.
    fn word_before(&self, i: usize) -> Option<usize> {
        (i >= 2 && self.is_space(i - 1) && self.word(i - 2).is_some()).then(|| i - 2)
    }

    /// Is word `i` a speaker's label in a transcript, a common word in capitals opening a
    /// line before a colon (`HOST: …`, `CALLER: …`), perhaps with the speaker's name in
    /// brackets first (`HOST (Ada Varga): …`)? Words of three letters or fewer are left
    /// alone, since that is where acronyms spelled like words live (`WHO: …`).
    fn is_transcript_label(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else {
            return false;
        };
        if w.len() < 4 || !is_all_caps(w) {
            return false;
        }
        let line_start = i == 0 || self.tokens[i - 1].kind == TokenKind::LineBreak;
        if !line_start
            || !lexicon::COMMON_WORDS.contains(self.lower(i))
            || self.is_known_name(self.lower(i))
        {
            return false;
        }
        match self.punct(i + 1) {
            Some(':') => true,
            // `HOST (Ada Varga):` — the bracket closes right before the colon, on this line.
            _ if self.is_space(i + 1) && self.punct(i + 2) == Some('(') => (i + 3..)
                .take(16)
                .take_while(|&k| {
                    self.tokens
                        .get(k)
                        .is_some_and(|t| t.kind != TokenKind::LineBreak)
                })
                .any(|k| self.punct(k) == Some(')') && self.punct(k + 1) == Some(':')),
            _ => false,
        }
    }

    /// The index of the word right after token `i`, across one space: `Kirby said`, not
    /// `Kirby, who said`.
    fn word_after(&self, i: usize) -> Option<usize> {
        (self.is_space(i + 1) && self.word(i + 2).is_some()).then_some(i + 2)
    }
}

fn strip_possessive(lower: &str) -> &str {
    // Every ending is an apostrophe and `s`; most words do not end in `s`.
    if !lower.ends_with('s') {
        return lower;
    }
    ["’s", "'s", "ʼs"]
        .iter()
        .find_map(|s| lower.strip_suffix(s).filter(|base| !base.is_empty()))
        .unwrap_or(lower)
}

fn is_possessive(w: &str) -> bool {
    // Every ending is an apostrophe and `s`; most words do not end in `s`.
    if !matches!(w.as_bytes().last(), Some(b's' | b'S')) {
        return false;
    }
    ["’s", "'s", "ʼs", "’S", "'S"]
        .iter()
        .any(|s| w.len() > s.len() && w.ends_with(s))
}

/// `Party’s` → `Party`.
fn without_possessive(w: &str) -> &str {
    if !is_possessive(w) {
        return w;
    }
    ["’s", "'s", "ʼs", "’S", "'S"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w)
}

/// `We’ve` → `we`: the word a contraction is built on.
fn contraction_base(lower: &str) -> &str {
    // Every suffix has an apostrophe (`’` starts with the byte 0xE2); most words have none.
    // A byte loop: words are short, too short for `memchr`'s set-up to pay.
    if !lower.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return lower;
    }
    for suffix in [
        "’ve", "'ve", "’re", "'re", "’ll", "'ll", "’d", "'d", "’m", "'m", "n’t", "n't", "’s", "'s",
    ] {
        if let Some(base) = lower.strip_suffix(suffix) {
            if !base.is_empty() {
                return base;
            }
        }
    }
    lower
}

/// `North`, `Southwest`: regions when capitalised alone.
fn is_compass_point(w: &str) -> bool {
    let rest = w
        .strip_prefix("north")
        .or_else(|| w.strip_prefix("south"))
        .unwrap_or(w);
    matches!(rest, "" | "east" | "west") && !w.is_empty()
}

/// Words a title-case headline leaves in lower case (`Rising Prices and the New Economy`).
fn is_title_case_small_word(w: &str) -> bool {
    is_connector(w)
        || matches!(
            w,
            "a" | "an"
                | "in"
                | "at"
                | "to"
                | "by"
                | "as"
                | "or"
                | "nor"
                | "but"
                | "from"
                | "with"
                | "into"
                | "onto"
                | "upon"
                | "vs"
                | "via"
                | "per"
                | "over"
                | "off"
                | "up"
                | "is"
                | "are"
        )
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "we"
            | "you"
            | "i"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "in"
            | "on"
            | "at"
            | "for"
            | "but"
            | "and"
            | "or"
            | "if"
            | "when"
            | "while"
            | "as"
            | "after"
            | "before"
            | "since"
            | "so"
            | "there"
            | "here"
            | "what"
            | "who"
            | "why"
            | "how"
            | "where"
            | "yes"
            | "no"
            | "not"
            | "all"
            | "some"
            | "many"
            | "most"
            | "more"
            | "one"
            | "other"
            | "both"
            | "each"
            | "every"
            | "any"
            | "with"
            | "without"
            | "from"
            | "by"
            | "of"
            | "to"
            | "into"
            | "under"
            | "over"
            | "about"
            | "because"
            | "although"
            | "though"
            | "however"
            | "meanwhile"
            | "also"
            | "still"
            | "even"
            | "just"
            | "only"
            | "then"
            | "now"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "last"
            | "next"
            | "according"
            | "which"
            | "whose"
            | "whom"
            | "whether"
            | "whereas"
            | "whilst"
            | "until"
            | "unless"
            | "yet"
            | "upon"
            | "nor"
            | "than"
            | "thus"
            | "hence"
            | "therefore"
            | "moreover"
            | "furthermore"
            | "nevertheless"
            | "perhaps"
            | "maybe"
            | "indeed"
            | "instead"
            | "whatever"
            | "whenever"
            | "wherever"
            | "whoever"
            // Interjections, and verbs that open a clause (`Let`, `Have`) in verse or speech.
            | "alright"
            | "okay"
            | "ok"
            | "oh"
            | "huh"
            | "hmm"
            | "uh"
            | "um"
            | "ah"
            | "wow"
            | "yeah"
            | "yep"
            | "nope"
            | "hey"
            | "hello"
            | "whoa"
            | "oops"
            | "nah"
            | "hmmm"
            | "mmm"
            | "erm"
            | "ooh"
            | "aha"
            | "ugh"
            | "yay"
            | "yup"
            | "let"
            | "have"
            | "has"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "could"
            | "would"
            | "should"
            | "shall"
            | "must"
            | "might"
            | "know"
    )
}

/// The text a mention is matched by: without a trailing dot (`U.S.` and `U.S`).
fn key_of(name: &str) -> &str {
    name.trim_end_matches('.')
}

/// Links the mentions of one entity and gives each the entity's type.
///
/// Longer names are read first, so every short mention can find its full form wherever it
/// is: a mention is the same entity as an identical one, or as a longer person's name that
/// starts or ends with it (`Biden`, `Joe` for `Joe Biden`), or as a longer name whose
/// initials it spells (`WHO` for `World Health Organization`). The mentions then vote on
/// the type with the weight of their own evidence; a short mention's evidence counts
/// little, since `Washington` the person is still in the gazetteer of places.
///
/// Returns the type and the entity id of each mention; ids are numbered in order of first
/// mention.
fn link(doc: &Document, found: &[Candidate]) -> (Vec<NameType>, Vec<u32>) {
    let text = doc.text;
    let word_ranges = |c: &Candidate| {
        (c.first..=c.last)
            .filter(|&k| doc.word(k).is_some())
            .map(|k| doc.tokens[k].range())
    };
    let n_words: Vec<usize> = found.iter().map(|c| word_ranges(c).count()).collect();
    // Longest first, in text order within a length: a counting sort, linear and small.
    const LONGEST: usize = 8;
    let mut order: Vec<usize> = Vec::with_capacity(found.len());
    for n in (1..=LONGEST).rev() {
        order.extend((0..found.len()).filter(|&i| n_words[i].clamp(1, LONGEST) == n));
    }

    let mut by_text: FxHashMap<&str, usize> = FxHashMap::default();
    let mut by_part: FxHashMap<&str, usize> = FxHashMap::default();
    let mut by_initials: FxHashMap<String, usize> = FxHashMap::default();
    // `Meridian` after `Meridian Freight`: an organisation's distinctive first word.
    let mut by_first_word: FxHashMap<&str, usize> = FxHashMap::default();
    let mut entity_of = vec![usize::MAX; found.len()];
    // Per entity: the votes for each type, and the word count of its longest mention.
    let mut votes: Vec<([u32; 5], usize)> = Vec::new();
    // Per entity: the `org` votes that come only from being written in capitals.
    let mut acronym_votes: Vec<u32> = Vec::new();
    for &i in &order {
        let c = &found[i];
        let key = key_of(&text[c.range.clone()]);
        let group = matches!(c.evidence, Some((NameType::Group, _)));
        let exact = by_text.get(key).copied();
        let part = if exact.is_some() || group {
            None
        } else {
            by_part.get(key).copied()
        };
        let by_first = exact.is_none() && part.is_none() && by_first_word.contains_key(key);
        let linked = exact.or(part).or_else(|| {
            if group {
                return None;
            }
            // `F-E` and `F.E.` spell `Formal Equivalence` as `FE` does.
            if key.contains(['-', '.']) {
                let letters: String = key.chars().filter(|c| c.is_alphanumeric()).collect();
                return by_initials.get(letters.as_str()).copied();
            }
            by_initials
                .get(key)
                .or_else(|| by_first_word.get(key))
                .copied()
        });
        let e = linked.unwrap_or_else(|| {
            votes.push(([0; 5], n_words[i]));
            acronym_votes.push(0);
            votes.len() - 1
        });
        entity_of[i] = e;
        by_text.entry(key).or_insert(e);
        // A first word standing for its organisation takes the organisation's type.
        let inherits = by_first && linked.is_some();
        if let Some((t, own)) = c.evidence.filter(|_| !inherits) {
            let shorter = n_words[i] < votes[e].1;
            let w = if shorter { own.min(CONTEXT) } else { own };
            votes[e].0[t as usize] += w;
            // Counted by the mention's own weight: an acronym after its full name is
            // still only written in capitals.
            if t == NameType::Org && own == SHAPE && is_all_caps(key) {
                acronym_votes[e] += w;
            }
        }
        if part.is_some()
            && (votes[e].0[NameType::Person as usize] > 0 || {
                let lower = key.to_lowercase();
                !lexicon::COMMON_WORDS.contains(&lower)
                    || lexicon::WORD_FIRST_NAMES.contains(&lower)
            })
        {
            // A surname used alone is how news refers to people; but a common word that
            // ends a name nothing marks as a person's (`Equivalence` after `Dynamic
            // Equivalence`) says nothing more.
            votes[e].0[NameType::Person as usize] += SHAPE;
        }
        if linked.is_some() || n_words[i] < 2 {
            continue;
        }
        let ranges: Vec<Range<usize>> = word_ranges(c).collect();
        let has_connector = ranges
            .iter()
            .any(|r| !text[r.clone()].starts_with(char::is_uppercase));
        let person_like = match c.evidence {
            Some((t, _)) => t == NameType::Person,
            None => !has_connector && n_words[i] <= 4,
        };
        if person_like {
            // `Martin Luther King Jr.`: `King`, `Luther King`, `Martin`, `Martin Luther`.
            let n = ranges.len();
            let last = match &text[ranges[n - 1].clone()] {
                "Jr" | "Sr" | "II" | "III" | "IV" if n > 2 => n - 2,
                _ => n - 1,
            };
            for k in 0..last {
                let suffix = key_of(&text[ranges[k + 1].start..ranges[last].end]);
                let prefix = &text[ranges[0].start..ranges[k].end];
                for part in [suffix, prefix] {
                    let lower = part.to_lowercase();
                    // `Ana Lisbon` … `Lisbon said`: a surname that is also a town's name
                    // is the person's, once the text has named them in full; a country's
                    // name (`Israel`) stays the country's.
                    let surname_town = part == suffix
                        && lexicon::SURNAMES.contains(&lower)
                        && lexicon::PLACES.contains(&lower)
                        && !lexicon::COUNTRIES.contains(&lower)
                        && !lexicon::ORGS.contains(&lower);
                    // `USI` in `USI Art Collections` is an acronym of its own, no
                    // part of a person's name.
                    let acronym = c.evidence.is_none() && is_all_caps(part);
                    if (surname_town || !doc.is_known_name(&lower)) && !acronym {
                        by_part.entry(part).or_insert(e);
                    }
                }
            }
        }
        // A name that nothing marks as a person's may be spelt by its initials too:
        // `Structural Drift Theory (SDT)`.
        let unmarked = c.evidence.is_none() && n_words[i] >= 2;
        if (!person_like || unmarked) && (!has_connector || n_words[i] >= 3) {
            let initials: String = ranges
                .iter()
                .filter_map(|r| text[r.clone()].chars().next())
                .filter(|ch| ch.is_uppercase())
                .collect();
            if initials.chars().count() >= 2 {
                by_initials.entry(initials).or_insert(e);
            }
            // Only `<word> <noun>` (with perhaps a place after): in longer names the first
            // word is often a place's or a founder's own name (`Varn Centre for the Arts`).
            let joined = (c.first..=c.last).any(|k| doc.punct(k) == Some('&'));
            let org = matches!(c.evidence, Some((NameType::Org, _)))
                && !has_connector
                && !joined
                && (ranges.len() == 2
                    || ranges.len() == 3 && {
                        let last = text[ranges[2].clone()].to_lowercase();
                        lexicon::PLACES.contains(&last) || lexicon::COUNTRIES.contains(&last)
                    });
            let first = &text[ranges[0].clone()];
            let lower = first.to_lowercase();
            let distinctive = first.chars().count() >= 3
                && !is_all_caps(first)
                && !is_function_word(&lower)
                && !lexicon::FIRST_NAMES.contains(&lower)
                && !lexicon::ORG_WORDS.contains(&lower)
                && !lexicon::PLACE_WORDS.contains(&lower)
                && !lexicon::TITLES.contains(&lower)
                && !doc.is_known_name(&lower);
            if org && distinctive {
                by_first_word.entry(first).or_insert(e);
            }
        }
    }

    // A place that plays a match is a team: `Sweden 1 – 0 Peru`.
    let mut team = vec![false; votes.len()];
    for (i, c) in found.iter().enumerate() {
        if beside_score(doc, c.first, c.last) {
            team[entity_of[i]] = true;
        }
    }
    for (e, &is_team) in team.iter().enumerate() {
        let tally = &mut votes[e].0;
        if is_team && tally[NameType::Place as usize] > 0 {
            tally[NameType::Org as usize] += tally[NameType::Place as usize] + 1;
        }
        // A side nothing else explains (`beat Varn Rovers 3-1`) is a team, not a person.
        if is_team && tally.iter().all(|&v| v == 0) {
            tally[NameType::Org as usize] += SHAPE;
        }
    }
    list_votes(doc, found, &entity_of, &mut votes);

    // What an unknown single word most likely is here: what most mentions of this text
    // name, among people, places and other things (an entity named often counts often).
    // Unknown words in a story about people are people; in a travel guide, places; in a
    // paper, terms and works.
    let mut kinds = [0u32; 5];
    for (i, &e) in entity_of.iter().enumerate() {
        let (tally, longest) = votes[e];
        match (0..5).max_by_key(|&t| (tally[t], std::cmp::Reverse(t))) {
            Some(t) if tally[t] > 0 => kinds[t] += 1,
            _ if longest > 1 || n_words[i] > 1 => kinds[NameType::Other as usize] += 1,
            _ => {}
        }
    }
    let unknown_word = [NameType::Person, NameType::Place, NameType::Other]
        .into_iter()
        .max_by_key(|&t| (kinds[t as usize], std::cmp::Reverse(t as usize)))
        .unwrap_or(NameType::Person);

    // Entity ids in order of first mention; each mention takes its entity's type.
    let mut renumber = vec![u32::MAX; votes.len()];
    let mut next_id = 0;
    let mut ids = Vec::with_capacity(found.len());
    let mut types = Vec::with_capacity(found.len());
    for (i, &e) in entity_of.iter().enumerate() {
        if renumber[e] == u32::MAX {
            renumber[e] = next_id;
            next_id += 1;
        }
        ids.push(renumber[e]);
        let (tally, longest) = votes[e];
        let best = (0..5).max_by_key(|&t| (tally[t], std::cmp::Reverse(t)));
        // An unexplained acronym names an organisation in news, but a term in a text
        // that mostly names other things (`the DH community`); so does one that spells a
        // longer name that says nothing of an organisation (`Lexical Drift Index (LDI)`).
        let acronym_only = tally[NameType::Org as usize] <= acronym_votes[e];
        let term_like = unknown_word == NameType::Other || longest > 1;
        if best == Some(NameType::Org as usize) && acronym_only && term_like {
            types.push(NameType::Other);
            continue;
        }
        types.push(match best {
            Some(t) if tally[t] > 0 => NAME_TYPES[t],
            // A lone capital letter is a label or a unit (`Group F`, `35°C`), no person.
            _ if key_of(&text[found[i].range.clone()]).chars().count() == 1 => NameType::Other,
            // Unknown single words are what this text names most; unknown longer names
            // are mostly events, works and other things.
            _ if longest == 1 && n_words[i] <= 1 => unknown_word,
            _ => NameType::Other,
        });
    }
    // `Ada Varga’s Tarnwick`: a name right after a known person's possessive is a thing
    // of theirs, a work or a product, unless the name itself is clearly a person's.
    for i in 1..found.len() {
        let (prev, c) = (&found[i - 1], &found[i]);
        let owned = votes[entity_of[i - 1]].0[NameType::Person as usize] >= INSIDE
            && types[i - 1] == NameType::Person
            && prev.last + 2 == c.first
            && doc.is_space(prev.last + 1)
            && doc.word(prev.last).is_some_and(is_possessive);
        let looks_personal = votes[entity_of[i]].0[NameType::Person as usize] >= INSIDE;
        if owned && types[i] == NameType::Person && !looks_personal {
            types[i] = NameType::Other;
        }
    }
    (types, ids)
}

/// Is the name from token `first` to `last` written beside a match score
/// (`Sweden 1 – 0 Peru`, `Peru 0-1 Sweden`)?
fn beside_score(doc: &Document, first: usize, last: usize) -> bool {
    let kind = |k: usize| doc.tokens.get(k).map(|t| t.kind);
    let is_dash = |k: usize| {
        doc.punct(k)
            .is_some_and(|p| matches!(p, '-' | '–' | '—' | ':'))
    };
    let digits = |k: usize| kind(k) == Some(TokenKind::Digits);
    // Forward: space, digits, [space], dash, [space], digits.
    let mut k = last + 1;
    if doc.is_space(k) && digits(k + 1) {
        k += 2;
        if doc.is_space(k) {
            k += 1;
        }
        if is_dash(k) {
            k += 1;
            if doc.is_space(k) {
                k += 1;
            }
            if digits(k) {
                return true;
            }
        }
    }
    // Backward: digits, [space], dash, [space], digits, space.
    let Some(mut k) = first.checked_sub(2) else {
        return false;
    };
    if !doc.is_space(first - 1) || !digits(k) {
        return false;
    }
    for step in 0..2 {
        let Some(j) = k.checked_sub(1) else {
            return false;
        };
        k = j;
        if doc.is_space(k) {
            let Some(j) = k.checked_sub(1) else {
                return false;
            };
            k = j;
        }
        if step == 0 && !is_dash(k) {
            return false;
        }
    }
    digits(k)
}

/// Gives an entity that nothing typed the type of the names it is listed with
/// (`Varn, Lisbon and Oporto`). A list is three or more names joined by commas, or names
/// joined by `and`, `or`, `&` or a slash; `Lisbon, Ana Sousa` alone is no list.
fn list_votes(
    doc: &Document,
    found: &[Candidate],
    entity_of: &[usize],
    votes: &mut [([u32; 5], usize)],
) {
    let text = doc.text;
    // How candidate i joins the one before it: 0 not at all, 1 a comma, 2 a conjunction.
    let join: Vec<u8> = (0..found.len())
        .map(|i| {
            let Some(j) = i.checked_sub(1) else {
                return 0;
            };
            match text.get(found[j].range.end..found[i].range.start) {
                Some(", ") => 1,
                Some(" and " | ", and " | " or " | ", or " | " & " | " / " | "/") => 2,
                _ => 0,
            }
        })
        .collect();
    // Whether each candidate is in a list: runs of joined candidates with a conjunction
    // or at least three members.
    let mut in_list = vec![false; found.len()];
    let mut start = 0;
    for i in 1..=found.len() {
        if i < found.len() && join[i] > 0 {
            continue;
        }
        let run = start..i;
        if run.len() >= 3 || run.len() == 2 && join[start + 1] == 2 {
            in_list[run].fill(true);
        }
        start = i;
    }
    let best = |tally: &[u32; 5]| (0..5).max_by_key(|&t| (tally[t], std::cmp::Reverse(t)));
    let max = |tally: &[u32; 5]| tally.iter().copied().max().unwrap_or(0);
    // A few rounds, so a type can pass along a list of several unknown names.
    for _ in 0..4 {
        let mut extra = vec![[0u32; 5]; votes.len()];
        for i in (0..found.len()).filter(|&i| in_list[i]) {
            let e = entity_of[i];
            if max(&votes[e].0) >= SHAPE {
                continue;
            }
            let before = (join[i] > 0).then(|| i - 1);
            let after = Some(i + 1).filter(|&j| j < found.len() && join[j] > 0);
            for j in [before, after].into_iter().flatten() {
                let tally = &votes[entity_of[j]].0;
                if entity_of[j] != e && max(tally) >= INSIDE {
                    if let Some(t) = best(tally) {
                        extra[e][t] += 1;
                    }
                }
            }
        }
        for (e, add) in extra.iter().enumerate() {
            if let Some(t) = best(add) {
                if add[t] > 0 && add.iter().filter(|&&v| v == add[t]).count() == 1 {
                    votes[e].0[t] += INSIDE;
                }
            }
        }
    }
}

/// `NameType` by its discriminant.
const NAME_TYPES: [NameType; 5] = [
    NameType::Person,
    NameType::Place,
    NameType::Org,
    NameType::Group,
    NameType::Other,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn names(text: &str) -> Vec<&str> {
        find(text, &tokenize(text))
            .into_iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    fn typed(text: &str) -> Vec<(&str, &'static str)> {
        find(text, &tokenize(text))
            .into_iter()
            .map(|s| (&text[s.range()], s.type_str()))
            .collect()
    }

    #[test]
    fn web_and_mail_addresses_are_names_of_things() {
        assert_eq!(
            typed("Write to tara.venn@mail.example.org or see www.tarnwick.net/about."),
            [
                ("tara.venn@mail.example.org", "other"),
                ("www.tarnwick.net/about", "other")
            ]
        );
        assert_eq!(
            typed("the site (https://ossa.example.com/Page:Help_Me) and Bellmoor.co.uk."),
            [
                ("https://ossa.example.com/Page:Help_Me", "other"),
                ("Bellmoor.co.uk", "other")
            ]
        );
        // Not addresses: a missing space, an abbreviation, a decimal.
        assert_eq!(
            names("It ended.so we left, e.g. at 3.5 km, said Ada Varga"),
            ["Ada Varga"]
        );
    }

    #[test]
    fn and_joins_the_fields_of_one_organisation() {
        assert_eq!(
            names("a ruling by the Department of Health and Human Services on Friday"),
            ["Department of Health and Human Services"]
        );
        assert_eq!(
            names("she joined the Institute for Marine Science and Technology in 2001"),
            ["Institute for Marine Science and Technology"]
        );
        // A name after `and` is a second mention.
        assert_eq!(
            names("deals between the Ministry of Defence and Tarnwick grew"),
            ["Ministry of Defence", "Tarnwick"]
        );
    }

    #[test]
    fn a_pair_written_mid_sentence_keeps_its_first_word_at_a_sentence_start() {
        assert_eq!(
            names("Silver Kettle opened in May. Fans of Silver Kettle queued."),
            ["Silver Kettle", "Silver Kettle"]
        );
        assert_eq!(names("Silver Kettle opened in May."), ["Kettle"]);
    }

    #[test]
    fn capitalised_clause_words_are_no_names() {
        assert_eq!(
            names("The river bends past Tarnwick, Which carries us home, Until dawn."),
            ["Tarnwick"]
        );
        assert_eq!(
            names("a fee is charged. 8 Yet some journals waive it"),
            [] as [&str; 0]
        );
    }

    #[test]
    fn a_surname_alone_keeps_its_capital_before_said_or_an_age() {
        assert_eq!(
            names("It shut. Baker, 45, said the plan had failed."),
            ["Baker"]
        );
        assert_eq!(
            names("It shut. Hunter said the talks would resume."),
            ["Hunter"]
        );
        assert_eq!(names("It shut. Hunter the deer later."), [] as [&str; 0]);
        assert_eq!(
            names("It shut. Officials said the road was shut."),
            [] as [&str; 0]
        );
    }

    #[test]
    fn a_surname_seen_after_a_given_name_keeps_its_capital_at_a_sentence_start() {
        assert_eq!(
            names("The board met Ana Smith on Monday. Smith argued for a delay. Smith's plan won."),
            ["Ana Smith", "Smith", "Smith"]
        );
        assert_eq!(
            names("They met at Hope Street. Street lamps were out."),
            ["Hope Street"]
        );
    }

    #[test]
    fn a_party_letter_before_a_state_is_a_name() {
        assert_eq!(
            names("said Senator Ana Ruiz (R Ossa), who voted no"),
            ["Ana Ruiz", "R", "Ossa"]
        );
        let got = typed("said Senator Ana Ruiz (R Ossa), who voted no");
        assert!(got.contains(&("R", "group")), "{got:?}");
    }

    #[test]
    fn a_letter_with_its_number_names_a_road() {
        assert_eq!(
            names("We drove on I-44 and then the A64 and A1M to Tarnwick, but I went home."),
            ["I-44", "A64", "A1M", "Tarnwick"]
        );
    }

    #[test]
    fn fields_of_study_alone_are_no_names() {
        assert_eq!(
            names("Ana Ruiz, Professor of Linguistics, studied Philosophy and Physics at the Tarnwick Institute of Physics."),
            ["Ana Ruiz", "Tarnwick Institute of Physics"]
        );
    }

    #[test]
    fn directions_alone_are_no_names() {
        assert_eq!(
            names("Western tourists and Midwesterners came to Tarnwick in Western Ossa."),
            ["Tarnwick", "Western Ossa"]
        );
    }

    #[test]
    fn multi_word_names_with_connectors() {
        assert_eq!(
            names("a report by the Bank of England on Monday"),
            ["Bank of England"]
        );
        assert_eq!(
            names("music by Ludwig van Beethoven and J. K. Rowling's books"),
            ["Ludwig van Beethoven", "J. K. Rowling"]
        );
        assert_eq!(
            names("in Abu Dhabi and at Al-Shifa hospital"),
            ["Abu Dhabi", "Al-Shifa"]
        );
    }

    #[test]
    fn titles_and_possessives_stay_outside() {
        assert_eq!(names("a call with President Biden today"), ["Biden"]);
        assert_eq!(
            names("said Prime Minister Benjamin Netanyahu."),
            ["Benjamin Netanyahu"]
        );
        assert_eq!(
            names("the plan of Mr. Smith and Dr Jones"),
            ["Smith", "Jones"]
        );
        assert_eq!(
            names("on Israel’s war with Hamas’s fighters"),
            ["Israel", "Hamas"]
        );
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        assert_eq!(
            names("Local officials said so. However, Gaza was quiet."),
            ["Gaza"]
        );
        assert_eq!(names("The White House said it would."), ["White House"]);
        assert_eq!(names("Netanyahu has refused."), ["Netanyahu"]);
    }

    #[test]
    fn hyphen_joined_names_split_when_parts_are_known() {
        let t = "the Israel-Hamas war";
        if lexicon::COUNTRIES.contains("israel") {
            assert_eq!(names(t), ["Israel", "Hamas"]);
        }
    }

    #[test]
    fn acronyms_and_initialisms() {
        assert_eq!(
            names("officials at OCHA and the U.S. State Department"),
            ["OCHA", "U.S. State Department"]
        );
    }

    #[test]
    fn titles_inside_a_run_split_it() {
        assert_eq!(
            names("the Kenyan Ambassador Grace Wanjiru spoke"),
            ["Kenyan", "Grace Wanjiru"]
        );
        assert_eq!(
            names("John Kerry, the Secretary of State, said"),
            ["John Kerry"]
        );
        assert_eq!(
            names("a State Department Spokesperson said"),
            ["State Department"]
        );
    }

    #[test]
    fn possessives_end_a_name() {
        assert_eq!(
            names("as Malaysia's Prime Minister Najib said"),
            ["Malaysia", "Najib"]
        );
    }

    #[test]
    fn capitalised_function_words_and_contractions_are_not_names() {
        assert_eq!(
            names("said Kirby. “We’ve engaged them,” he said. [21] The end. In Okafor's view"),
            ["Kirby", "Okafor"]
        );
    }

    #[test]
    fn romanised_given_names_keep_their_second_syllable() {
        assert_eq!(
            typed("They met Lam Cheuk-ting and Kim Jong-un."),
            [("Lam Cheuk-ting", "person"), ("Kim Jong-un", "person")]
        );
        assert_eq!(
            names("in Hamas-run Gaza and among Hong Kong-based firms"),
            ["Hamas", "Gaza", "Hong Kong"]
        );
    }

    #[test]
    fn personal_titles_go_even_before_a_common_word() {
        assert_eq!(names("praise from President Trump on Monday"), ["Trump"]);
        assert_eq!(names("shares in General Motors fell"), ["General Motors"]);
    }

    #[test]
    fn capitalised_function_words_end_a_run() {
        assert_eq!(
            names("a clear win for Ana Ruiz In the district vote"),
            ["Ana Ruiz"]
        );
    }

    #[test]
    fn days_months_and_pronoun_i_are_not_names() {
        assert!(names("on Monday in March I said").is_empty());
        // Nor does a name run into the pronoun's contractions.
        assert_eq!(
            names("“Tell Wenna I'm fine,” and tell Orrin I’ll call."),
            ["Wenna", "Orrin"]
        );
    }

    #[test]
    fn names_joined_by_an_ampersand_are_a_firm() {
        assert_eq!(
            typed("It was published by Orrin & Wexley in March."),
            [("Orrin & Wexley", "org")]
        );
        // Not authors with a reference, nor two towns.
        assert_eq!(
            typed("as Varnek & Tolsby [7] showed, buses run from Tempsley & Leeds daily.")[0].1,
            "person"
        );
    }

    #[test]
    fn an_organisation_may_end_in_the_place_it_serves() {
        assert_eq!(
            typed("She studied at Varnhold College London and rang Tarnel Cars UK."),
            [
                ("Varnhold College London", "org"),
                ("Tarnel Cars UK", "org")
            ]
        );
    }

    #[test]
    fn a_site_before_of_or_its_town_is_a_place() {
        assert_eq!(
            typed("We saw the National Museum of Varnish Art and the Tarnheim Museum Bilbao."),
            [
                ("National Museum of Varnish Art", "place"),
                ("Tarnheim Museum Bilbao", "place")
            ]
        );
    }

    #[test]
    fn an_acronym_before_a_place_is_its_branch() {
        assert_eq!(
            typed("The trams run by MPK Krakow stop at night, said BBC Scotland."),
            [("MPK Krakow", "org"), ("BBC Scotland", "org")]
        );
    }

    #[test]
    fn typing_cues_for_ideas_temples_and_orders() {
        assert_eq!(
            typed("We follow Vardemann's distinction. The temples of Qorvat Tel stand near Knights of Saint Varn."),
            [("Vardemann", "person"), ("Qorvat Tel", "place"), ("Knights of Saint Varn", "org")]
        );
    }

    #[test]
    fn a_list_takes_the_kind_it_is_a_list_of() {
        assert_eq!(
            typed("Some makers, such as Varnic and Tarnell, sell in towns including Qorvath."),
            [("Varnic", "org"), ("Tarnell", "org"), ("Qorvath", "place")]
        );
        assert_eq!(
            typed("It drew publishers such as Ada Varga."),
            [("Ada Varga", "person")]
        );
    }

    #[test]
    fn speakers_of_a_language_are_a_group() {
        assert_eq!(
            typed("Francophone and Anglophones pupils met."),
            [("Francophone", "group"), ("Anglophones", "group")]
        );
    }

    #[test]
    fn the_maker_of_a_work_is_a_person() {
        assert_eq!(
            typed("The museum holds two paintings by Varnezzi and a novel by Qorlund."),
            [("Varnezzi", "person"), ("Qorlund", "person")]
        );
    }

    #[test]
    fn an_organisation_named_by_its_first_word_keeps_its_type() {
        let found = typed(
            "The port is run by Veldmar Freight, a shipping company. A spokesman for Veldmar declined to comment.",
        );
        assert_eq!(found, [("Veldmar Freight", "org"), ("Veldmar", "org")]);
    }

    #[test]
    fn plural_place_nouns_end_places() {
        assert_eq!(
            typed("Ferries cross to the Three Cities and the Tarn Lakes."),
            [("Three Cities", "place"), ("Tarn Lakes", "place")]
        );
    }

    #[test]
    fn sides_in_a_match_are_teams_and_party_members_a_group() {
        assert_eq!(
            typed("The club beat Varnley Rovers 3-1 and the Greens cheered."),
            [("Varnley Rovers", "org"), ("Greens", "group")]
        );
        assert_eq!(
            typed("They used the Varn Space Telescope and tuned to Radio Qarlo."),
            [("Varn Space Telescope", "other"), ("Radio Qarlo", "org")]
        );
    }

    #[test]
    fn transcript_labels_are_not_names() {
        assert_eq!(
            names("HOST (Ada Varga): Good morning.\nCALLER: Hi Ada, it's Tom from Ossby.\nHOST: Go on."),
            ["Ada Varga", "Ada", "Tom", "Ossby"]
        );
        // Not at a line's start, not a common word, or a known acronym: names as before.
        assert_eq!(names("WHO: cases rose."), ["WHO"]);
        // A bracket the text ends in, or that never closes, is no label's.
        assert_eq!(names("HOST ("), ["HOST"]);
        assert_eq!(names("HOST (Ada Varga"), ["HOST", "Ada Varga"]);
        assert_eq!(names("He met the HOST: a Varga man."), ["HOST", "Varga"]);
    }

    #[test]
    fn all_caps_text_is_not_all_names() {
        assert!(names("BREAKING NEWS: THE MARKET FELL SHARPLY TODAY").len() <= 1);
    }

    #[test]
    fn capitals_and_non_ascii_found_at_any_offset() {
        for n in 0..20 {
            let plain = "abcdefghijklmnopqrstuvwxyz0123456789-'`@[{"
                .repeat(2)
                .chars()
                .cycle()
                .skip(n * 3)
                .take(n)
                .collect::<String>();
            assert!(!has_capital_or_non_ascii(plain.as_bytes()), "{plain}");
            for at in 0..n {
                for c in ['A', 'Z', 'M', 'é'] {
                    let mut w = plain.clone();
                    w.replace_range(at..at + 1, &c.to_string());
                    assert!(has_capital_or_non_ascii(w.as_bytes()), "{w}");
                }
            }
        }
    }

    #[test]
    fn all_caps_words_by_bytes_and_by_chars() {
        for (w, caps) in [
            ("NASA", true),
            ("UN", true),
            ("A", false),
            ("Nasa", false),
            ("nASA", false),
            ("ÉCOLE", true),
            ("École", false),
            ("aÉ", false),
            ("ÆØ", true),
            ("", false),
        ] {
            assert_eq!(is_all_caps(w), caps, "{w}");
        }
    }

    #[test]
    fn word_sets_answer_as_hash_sets() {
        let words = [
            "a",
            "b",
            "ab",
            "ba",
            "abc",
            "acb",
            "abcd",
            "abce",
            "abcde",
            "abcdef",
            "abcdefg",
            "abcdefgh",
            "bcdefgh",
            "abcdefghi",
            "é",
            "éa",
            "aé",
            "née",
            "naïve",
            "ossa’s",
            "",
        ];
        for n in 0..words.len() {
            let mut set = WordSet::with_capacity(4);
            let mut reference = FxHashSet::default();
            for &w in words.iter().skip(n).step_by(2) {
                set.insert(w);
                reference.insert(w);
            }
            for w in words.iter().chain(&["abcdefga", "aa", "bb", "abcdeff"]) {
                assert_eq!(set.contains(w), reference.contains(w), "{n} {w}");
            }
        }
        // Different words pack differently.
        let packed: FxHashSet<u64> = words.iter().filter_map(|w| packed_word(w)).collect();
        assert_eq!(
            packed.len(),
            words.iter().filter(|w| (1..=7).contains(&w.len())).count()
        );
    }

    #[test]
    fn shape_bits_answer_as_the_tests_on_the_text() {
        for w in [
            "ossa", "Ossa", "OSSA", "eBay", "mRNA", "A", "a", "École", "ÉCOLE", "élan", "ǅemal",
            "ẞ", "ß", "I’m", "wikiHow", "",
        ] {
            let shape = shape_of(w);
            assert_eq!(shape & CAPITALISED != 0, is_capitalised(w), "{w}");
            assert_eq!(shape & NAME_SHAPED != 0, is_name_shaped(w), "{w}");
            assert_eq!(shape & ALL_CAPS != 0, is_all_caps(w), "{w}");
            let lower_start = w.starts_with(char::is_lowercase);
            assert_eq!(shape & LOWER_START != 0, lower_start, "{w}");
            let ascii_lower = w.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
            assert_eq!(shape & ASCII_LOWER_START != 0, ascii_lower, "{w}");
        }
    }

    #[test]
    fn only_lines_that_cannot_shout_are_skipped() {
        for (line, prose) in [
            ("Prices rose again in the north of Ossa last year", true),
            ("Ana Ruiz Wins the Ossa Prize", false),
            ("RISING PRICES HIT OSSA", false),
            ("Ossa, Zembla", true),
            ("Rising Prices and the New Economy of Tarn", false),
        ] {
            let tokens = crate::token::tokenize(line);
            let doc = Document::new(line, &tokens);
            assert_eq!(doc.plainly_prose(0..tokens.len()), prose, "{line}");
            // Skipped or not, a line of prose is never marked.
            if prose {
                assert!(!doc.shouting_line.iter().any(|&s| s), "{line}");
            }
        }
    }

    #[test]
    fn lower_case_forms_in_place_or_copied() {
        let text = "Dr. Ana’s DR's Étienne said Ossa's Gen.";
        let tokens = crate::token::tokenize(text);
        let doc = Document::new(text, &tokens);
        let words: Vec<usize> = (0..tokens.len()).filter(|&k| tokens[k].is_word()).collect();
        let lower: Vec<&str> = words.iter().map(|&k| doc.lower(k)).collect();
        assert_eq!(lower, ["dr", "ana", "dr", "étienne", "said", "ossa", "gen"]);
        // The dotted form of a word before a dot, whether it was copied or not.
        let dotted: Vec<&str> = words.iter().map(|&k| doc.lower_dotted(k)).collect();
        assert_eq!(
            dotted,
            ["dr.", "ana.", "dr.", "étienne.", ".", "ossa.", "gen."]
        );
    }

    #[test]
    fn title_case_headlines_keep_only_names() {
        assert_eq!(
            names("Rising Prices and the New Economy of Zembla\n\nIt was a year of change."),
            ["Zembla"]
        );
        // A country that is also a given name (`Israel`) takes no surname in a headline.
        assert_eq!(
            names("Israel Strikes Zembla as Talks Stall\n\nIt was a year of change."),
            ["Israel", "Zembla"]
        );
        // A name of common words is kept when the text writes it so elsewhere, a given
        // name keeps its surname, a numbered noun its number.
        assert_eq!(
            names("Notes from Heaven Sent Gaming\n\nWe met at Heaven Sent Gaming in May."),
            ["Heaven Sent Gaming", "Heaven Sent Gaming"]
        );
        assert_eq!(
            names("Thoughts on Sean Mills and Volume 2\n\nIt was read aloud."),
            ["Sean Mills", "Volume 2"]
        );
        // A caption or a sentence ends with a full stop: not a headline.
        assert_eq!(
            names("Crowds at Ossa Lake. Image: Nick Mills."),
            ["Ossa Lake", "Nick Mills"]
        );
    }

    #[test]
    fn group_words_beside_a_name_split_the_run() {
        assert_eq!(
            names("a book translated into Chinese Bernhard Olsen later"),
            ["Chinese", "Bernhard Olsen"]
        );
        assert_eq!(
            names("fine Safavid Iranian architecture and the Neo Democrats"),
            ["Safavid", "Iranian", "Neo Democrats"]
        );
    }

    #[test]
    fn a_title_splits_a_run_only_before_a_person() {
        assert_eq!(
            names("papers in the Russian State Military Archive in Moscow"),
            ["Russian State Military Archive", "Moscow"]
        );
        assert_eq!(
            names("said Senate Majority Leader Ana Ruiz, with First Lady Maria Olsen"),
            ["Senate", "Ana Ruiz", "Maria Olsen"]
        );
        assert_eq!(
            names("the party's Shadow Home Secretary Maria Olsen. Image: Tomas Brezny"),
            ["Maria Olsen", "Tomas Brezny"]
        );
        assert_eq!(
            names("the US Secretary of State Condoleezza Rice said"),
            ["US", "Condoleezza Rice"]
        );
        assert_eq!(
            names("a report by the Ministry of Health in Ossa"),
            ["Ministry of Health", "Ossa"]
        );
        assert_eq!(
            names("the U.S. Secretary of State Ana Ruiz met Zembla CEO Tomas Brezny"),
            ["U.S.", "Ana Ruiz", "Zembla", "Tomas Brezny"]
        );
    }

    #[test]
    fn types_from_context() {
        assert_eq!(typed("Mr Kowalczyk arrived."), [("Kowalczyk", "person")]);
        assert_eq!(typed("They met in Zarnovica."), [("Zarnovica", "place")]);
        assert_eq!(
            typed("a loan from the Bank of England"),
            [("Bank of England", "org")]
        );
        assert_eq!(
            typed("at Nablus City and on Qarun Lake"),
            [("Nablus City", "place"), ("Qarun Lake", "place")]
        );
        assert_eq!(
            typed("President Ana Kowalczyk said. Kowalczyk added more."),
            [("Ana Kowalczyk", "person"), ("Kowalczyk", "person")]
        );
    }

    fn linked(text: &str) -> Vec<(&str, &'static str, u32)> {
        find(text, &tokenize(text))
            .into_iter()
            .map(|s| (&text[s.range()], s.type_str(), s.entity().unwrap()))
            .collect()
    }

    #[test]
    fn mentions_of_one_person_share_an_entity() {
        assert_eq!(
            linked("Joe Biden spoke. Biden left for Ohio, and President Biden said so."),
            [
                ("Joe Biden", "person", 0),
                ("Biden", "person", 0),
                ("Ohio", "place", 1),
                ("Biden", "person", 0),
            ]
        );
        // The full form may come after the short one, as under a headline.
        assert_eq!(
            linked("Kowalczyk wins\n\nMarta Kowalczyk won the race."),
            [("Kowalczyk", "person", 0), ("Marta Kowalczyk", "person", 0)]
        );
        assert_eq!(
            names("a speech by Martin Luther King Jr. in 1963"),
            ["Martin Luther King Jr."]
        );
        let evans = linked("Mary Ann Evans wrote as George Eliot; Evans was 40");
        assert_eq!(evans[0].2, evans[2].2, "{evans:?}");
    }

    #[test]
    fn a_short_mention_takes_the_type_of_its_full_form() {
        // A place preposition alone does not make `Zembla` a place.
        assert_eq!(
            linked("Tomas Zembla wrote it. A letter came to Zembla in prison."),
            [("Tomas Zembla", "person", 0), ("Zembla", "person", 0)]
        );
    }

    #[test]
    fn a_surname_that_names_a_town_stays_the_persons() {
        let found = linked("Mara Houston joined the crew in May. Houston was twenty then.");
        assert_eq!(
            found,
            [("Mara Houston", "person", 0), ("Houston", "person", 0)]
        );
        // A country's name is not taken for a surname: `Israel` after `Ido Israel`.
        let found = linked("Ido Israel spoke first. Israel closed its border.");
        assert_eq!(found[1], ("Israel", "place", 1), "{found:?}");
        // A town that is also a given name, doing what people do, is a person.
        assert_eq!(typed("Later, Florence said no."), [("Florence", "person")]);
        assert_eq!(
            typed("We flew to Florence in May."),
            [("Florence", "place")]
        );
    }

    #[test]
    fn a_name_after_a_persons_possessive_is_their_work() {
        let found =
            typed("The playwright Jean Dorval wrote it. Jean Dorval's Qarnak opened in May.");
        assert_eq!(found.last(), Some(&("Qarnak", "other")), "{found:?}");
        // A person named after someone's possessive stays a person.
        let found = typed("Mara Houston said so. Mara Houston's lawyer Ido Varga agreed.");
        assert_eq!(found.last(), Some(&("Ido Varga", "person")), "{found:?}");
    }

    #[test]
    fn where_one_studies_or_teaches_is_a_school() {
        assert_eq!(
            typed("She taught at Lisbon for years and he attended Varnford."),
            [("Lisbon", "org"), ("Varnford", "org")]
        );
        assert_eq!(
            typed("She lived in Lisbon for years."),
            [("Lisbon", "place")]
        );
        assert_eq!(
            typed("He played for the Tarn Owls and later signed with Lisbon."),
            [("Tarn Owls", "org"), ("Lisbon", "org")]
        );
        assert_eq!(
            typed("A Varnby Owls player scored for the activist group Qarlo Vesh."),
            [("Varnby Owls", "org"), ("Qarlo Vesh", "org")]
        );
        assert_eq!(
            typed("They did research at Varn Lake."),
            [("Varn Lake", "place")]
        );
        // `at the`: a visit, not a school.
        assert_eq!(
            typed("She studied at the Varn Lake shore."),
            [("Varn Lake", "place")]
        );
    }

    #[test]
    fn an_acronym_links_to_the_name_it_abbreviates() {
        let found = linked("the World Health Organization (WHO) said. WHO also warned.");
        assert_eq!(
            found,
            [
                ("World Health Organization", "org", 0),
                ("WHO", "org", 0),
                ("WHO", "org", 0)
            ]
        );
    }

    #[test]
    fn different_names_are_different_entities() {
        let found = linked("Lena Marsh led the Marsh Campaign in Washington and Tokyo.");
        let ids: Vec<u32> = found.iter().map(|f| f.2).collect();
        assert_eq!(ids, [0, 1, 2, 3], "{found:?}");
        assert_eq!(found[1].1, "org");
    }

    #[test]
    fn place_nouns_first_make_places() {
        assert_eq!(
            typed("Fort Lee, Lake Tanager and the Gulf of Zembla"),
            [
                ("Fort Lee", "place"),
                ("Lake Tanager", "place"),
                ("Gulf of Zembla", "place")
            ]
        );
        assert_eq!(
            typed("a view of the George Washington Bridge’s span"),
            [("George Washington Bridge", "place")]
        );
    }

    #[test]
    fn of_joins_nouns_not_two_names() {
        assert_eq!(
            names("the Gulf of Mexico and the Institute of Optics"),
            ["Gulf of Mexico", "Institute of Optics"]
        );
        assert_eq!(
            names("wrote Tomas Ingram of The Herald, and Bonifatius of Mainz"),
            ["Tomas Ingram", "Herald", "Bonifatius", "Mainz"]
        );
        assert_eq!(names("the Earl of Clare wrote"), ["Clare"]);
    }

    #[test]
    fn of_the_for_and_ampersands_inside_names() {
        assert_eq!(
            names("a grant from the Fund for the Arts to the Society of the Ossa Pilgrims"),
            ["Fund for the Arts", "Society of the Ossa Pilgrims"]
        );
        assert_eq!(
            names("shares of Procter & Gamble and AT&T fell"),
            ["Procter & Gamble", "AT&T"]
        );
        assert_eq!(
            names("the Zembla Arts and Sciences Council wrote to Poland and Sweden"),
            ["Zembla Arts and Sciences Council", "Poland", "Sweden"]
        );
        // Not after a title or a person, and `for` only after a noun of organisations.
        assert_eq!(
            names("Ana Fan of the Neo Greens, a Fellow of the Royal Society, won Awards for Best Design"),
            ["Ana Fan", "Neo Greens", "Royal Society", "Awards", "Best Design"]
        );
        assert_eq!(
            names("a friend of Tsar Peter the Great"),
            ["Peter the Great"]
        );
    }

    #[test]
    fn abbreviations_of_terms_and_currency_codes_are_not_names() {
        assert_eq!(
            names("We measured sea surface warmth (SSW) for Ossa. SSW rose, and SSWs vary."),
            ["Ossa"]
        );
        assert_eq!(
            names("the World Zembla Organization (WZO) said. WZO agreed."),
            ["World Zembla Organization", "WZO", "WZO"]
        );
        assert_eq!(names("a room costs 225 DKK or USD 30 in Ossa"), ["Ossa"]);
        // An abbreviation the text puts in the plural is a common noun.
        assert_eq!(
            names("Two ECUs failed in Ossa, and the ECU was replaced."),
            ["Ossa"]
        );
        // A section number at a line's start is no name's context.
        assert_eq!(
            names("It rained.\n\n2.1 Background\n\nIt rained in Ossa."),
            ["Ossa"]
        );
    }

    #[test]
    fn names_capitalised_inside() {
        assert_eq!(
            names("She sold it on eBay, wrote for wikiHow and met Jean d'Arbois."),
            ["eBay", "wikiHow", "Jean d'Arbois"]
        );
        assert!(names("the mRNA dose, 5 kWh and a pH test").is_empty());
    }

    #[test]
    fn regnal_numbers_web_addresses_and_laws_with_their_year() {
        assert_eq!(
            names("coins of Ottokar I, and of Ottokar II. Then I left."),
            ["Ottokar I", "Ottokar II"]
        );
        assert_eq!(
            names("sold on Zembla.com and Ossa.org.uk under the Clean Air Act of 1970"),
            ["Zembla.com", "Ossa.org.uk", "Clean Air Act of 1970"]
        );
    }

    #[test]
    fn captions_compounds_and_saints() {
        assert_eq!(
            names(
                "a NASA T-shirt, an X-ray.\n\nAna Ruiz Image: Tomas Brezny.\n\nSt Anne is quiet."
            ),
            ["NASA", "Ana Ruiz", "Tomas Brezny", "St Anne"]
        );
    }

    #[test]
    fn legal_forms_bills_feasts_and_members() {
        assert_eq!(
            names("a unit of Zembla Tools, Inc. and bill H.R.1424 on Good Friday"),
            ["Zembla Tools, Inc", "H.R.1424", "Good Friday"]
        );
        assert_eq!(
            names("the Senate Democrats and Minister of Education Ana Ruiz"),
            ["Senate", "Democrats", "Education", "Ana Ruiz"]
        );
        assert_eq!(
            names("at Ossa State University with Dame Zaha Mohammad Hadid"),
            ["Ossa State University", "Zaha Mohammad Hadid"]
        );
    }

    #[test]
    fn numbers_initials_and_double_names_inside_a_name() {
        assert_eq!(
            names("the Zembla Browser 6 Countdown site and Route 66 East, near East 71st Street"),
            [
                "Zembla Browser 6 Countdown",
                "Route 66 East",
                "East 71st Street"
            ]
        );
        // A version number ends a name of two words or more; a score or a count does not.
        assert_eq!(
            names("the end of Zembla Browser 6.\n\nIt beat Ossa United 2, Kelso Rovers 1 and Ossa 3 times"),
            ["Zembla Browser 6", "Ossa United", "Kelso Rovers", "Ossa"]
        );
        // A year stays out, and so does a number after a sentence's first word.
        assert_eq!(
            names("at the Ossa 2019 Final. The 22nd Ossa Fair opened."),
            ["Ossa", "Final", "Ossa Fair"]
        );
        assert_eq!(
            names("Tomas A. Brezny married Anna-Maria Kowalczyk-Novak in the spring of that year"),
            ["Tomas A. Brezny", "Anna-Maria Kowalczyk-Novak"]
        );
    }

    #[test]
    fn a_name_ending_in_a_noun_of_organisations_keeps_its_first_word() {
        assert_eq!(
            names("It rained.\n\nCivic Party members met. View of the Ossa Bridge."),
            ["Civic Party", "Ossa Bridge"]
        );
        assert_eq!(
            names("a pick in the Major League Zembla Draft, said Major Ana Ruiz"),
            ["Major League Zembla Draft", "Ana Ruiz"]
        );
    }

    #[test]
    fn initialisms_of_things_in_general_are_not_names() {
        assert_eq!(
            names("Her IQ, the DNA test and two CDs from the Zembla Trust"),
            ["Zembla Trust"]
        );
        assert_eq!(names("She earned a Ph.D. and an M.Sc. in Ossa."), ["Ossa"]);
    }

    #[test]
    fn lone_letters_shouted_words_and_plural_titles_are_not_names() {
        assert_eq!(
            names("Take vitamin D on Sundays, my Lords, WHEREAS, Ossa says so. See J. Brezny."),
            ["Ossa", "J. Brezny"]
        );
    }

    #[test]
    fn capitals_inside_longer_names_are_no_evidence() {
        // `University` is capitalised elsewhere only inside a name, so alone at a sentence
        // start it is an ordinary word; before `of` and a name it starts one.
        assert_eq!(
            names("He taught at the University of Ossa. University staff agreed. University of Zembla staff too."),
            ["University of Ossa", "University of Zembla"]
        );
    }

    #[test]
    fn more_titles_stay_outside() {
        assert_eq!(
            names("the Ossa Sheriff's office, Judge Ana Park and the Count of the Zembla Marches"),
            ["Ossa", "Ana Park", "Zembla Marches"]
        );
        assert_eq!(names("a village near Ossa St. Mary"), ["Ossa St. Mary"]);
        assert_eq!(
            names("said Ana Ruiz (D Ohio) today"),
            ["Ana Ruiz", "D", "Ohio"]
        );
        assert_eq!(
            names("It ended.\n\nGroup F was led by Dean Kowalczyk, not by Dean Ana Ruiz."),
            ["Group F", "Dean Kowalczyk", "Ana Ruiz"]
        );
        assert_eq!(
            names("the pro-Zembla camp and anti-Ossa groups met in Ossa"),
            ["Ossa"]
        );
    }

    #[test]
    fn latin_names_of_species_are_not_names() {
        assert_eq!(
            names("They studied Zorbia fuscata and E. coli in Ossa. Nah, said Ana Ruiz."),
            ["Ossa", "Ana Ruiz"]
        );
    }

    #[test]
    fn apostrophes_diacritics_and_hyphenated_titles() {
        assert_eq!(
            names("UN secretary-general Tomás Guterra met Conor O’Brien and heard Dvořák. Secretary-General Ana Ruiz spoke."),
            ["UN", "Tomás Guterra", "Conor O’Brien", "Dvořák", "Ana Ruiz"]
        );
    }

    #[test]
    fn a_title_in_quotation_marks_keeps_its_first_word() {
        assert_eq!(
            names("She sang “Breaking Glass” and said “Good luck” to Ana Ruiz."),
            ["Breaking Glass", "Ana Ruiz"]
        );
    }

    #[test]
    fn hyphenated_names_with_particles_stay_whole() {
        assert_eq!(
            names("from Bourg-la-Reine to Naqsh-e Jahan Square, said Wajiha al-Sabunji"),
            [
                "Bourg-la-Reine",
                "Naqsh-e Jahan Square",
                "Wajiha al-Sabunji"
            ]
        );
    }

    #[test]
    fn given_names_that_are_common_words_stay_before_a_surname() {
        assert_eq!(
            names("The talk ended. Frank Delacroix thanked them. Will Okonjo left."),
            ["Frank Delacroix", "Will Okonjo"]
        );
        // Before a known name they only start the sentence.
        assert_eq!(names("It rained. Will Congress act?"), ["Congress"]);
    }

    #[test]
    fn an_epithet_belongs_to_the_name() {
        assert_eq!(
            names("coins of Alfred the Great and of Ivan the Terrible, and the Hague"),
            ["Alfred the Great", "Ivan the Terrible", "Hague"]
        );
        // Even when the name alone is a town's.
        let got = typed("Later Lisbon the Great ruled the province.");
        assert_eq!(got, [("Lisbon the Great", "person")]);
    }

    #[test]
    fn labels_interjections_and_clause_verbs_are_not_names() {
        assert_eq!(
            names("The crowd at Lake Ossa 2019 Image: Tomas Brezny."),
            ["Lake Ossa", "Tomas Brezny"]
        );
        assert_eq!(names("his memoir Chaos: a life"), ["Chaos"]);
        assert_eq!(
            names("Alright, thank you. “Huh?” she asked. Okay. The road ends Let them go"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn a_named_noun_alone_keeps_its_kind() {
        assert_eq!(
            typed("Lawyers told the Court on Friday that the Church agreed."),
            [("Court", "org"), ("Church", "org")]
        );
        assert_eq!(
            typed("Storms hit the Southwest before reaching the Airport."),
            [("Southwest", "place"), ("Airport", "place")]
        );
    }

    #[test]
    fn an_acronym_of_a_name_that_tells_nothing_is_a_term() {
        let text = "Ana Sousa, Rui Lemos and Eva Marek compared Structural Drift Theory \
                    (SDT) with Lexical Balance (L-B). Later SDT held and L-B failed.";
        let got = typed(text);
        for acronym in ["SDT", "L-B"] {
            assert!(got.contains(&(acronym, "other")), "{acronym}: {got:?}");
        }
    }

    #[test]
    fn an_acronym_starting_a_longer_name_is_no_part_of_a_persons_name() {
        let got = typed("Ana Sousa saw the QRT Vell Collections. Rui Lemos said QRT will grow.");
        assert!(got.contains(&("QRT", "org")), "{got:?}");
    }

    #[test]
    fn authors_joined_by_an_ampersand_before_a_year_cite_a_paper() {
        assert_eq!(
            typed("as shown before (Dorel & Vaskin, 2010; see Tamm & Orlik 2012)"),
            [("Dorel & Vaskin", "other"), ("Tamm & Orlik", "other")]
        );
    }

    #[test]
    fn a_name_with_an_article_where_one_goes_or_is_is_a_place() {
        let got = typed("Few visitors travel to the Varnes, and fewer stay in the Qarlo.");
        assert_eq!(got, [("Varnes", "place"), ("Qarlo", "place")]);
        let got = typed("She wrote for the Tarnish before it closed.");
        assert_eq!(got, [("Tarnish", "other")]);
    }

    #[test]
    fn a_single_name_before_a_year_in_a_citation_is_its_author() {
        let got = typed("as argued before (Tarvelle, 2006; Quorsby, 2011).");
        assert_eq!(got, [("Tarvelle", "person"), ("Quorsby", "person")]);
    }

    #[test]
    fn a_surname_after_a_known_place_and_a_comma_is_a_larger_place() {
        let got = typed("She was born in Bristol, Sutton. Her books sold well.");
        assert!(got.contains(&("Sutton", "place")), "{got:?}");
    }

    #[test]
    fn a_noun_after_is_a_or_before_called_tells_the_type() {
        let got = typed("Varnquist is a Tarn space capsule that landed in May.");
        assert!(got.contains(&("Varnquist", "other")), "{got:?}");
        let got = typed("Ana Sousa mixed a drink called Qorvel for the party.");
        assert!(got.contains(&("Qorvel", "other")), "{got:?}");
        let got = typed("He quit the elite group called the Varn Tolk in May.");
        assert!(got.contains(&("Varn Tolk", "org")), "{got:?}");
    }

    #[test]
    fn a_name_before_family_or_administration_is_an_organisation() {
        let got = typed("The Varnack family sold the farm.");
        assert_eq!(got, [("Varnack", "org")]);
    }

    #[test]
    fn a_centre_or_a_reserve_is_a_site_unless_it_is_of_or_for_something() {
        assert_eq!(
            typed("We met at the Varnley Convention Centre near the Tarn Nature Reserve."),
            [
                ("Varnley Convention Centre", "place"),
                ("Tarn Nature Reserve", "place")
            ]
        );
        assert_eq!(
            typed("She joined the Centre for Qarlo Studies in May."),
            [("Centre for Qarlo Studies", "org")]
        );
    }

    #[test]
    fn an_organisation_noun_before_and_to_or_against_makes_an_organisation() {
        let got = typed("a grant from the Varn Alliance Against Tarn Poverty");
        assert_eq!(got, [("Varn Alliance Against Tarn Poverty", "org")]);
    }

    #[test]
    fn unknown_words_follow_what_most_mentions_name() {
        // Two people once each, one place three times: an unexplained word is a place.
        let text = "Ana Sousa and Rui Lemos love Lisbon. Lisbon is old; Lisbon is calm. \
                    We think Qorvath is lovely.";
        let got = typed(text);
        assert!(got.contains(&("Qorvath", "place")), "{got:?}");
    }

    #[test]
    fn state_and_airport_codes_are_places() {
        let got = typed("Buses leave from Varnton, KS. The airport (IATA: QRV) is small.");
        assert!(got.contains(&("KS", "place")), "{got:?}");
        assert!(got.contains(&("QRV", "place")), "{got:?}");
    }

    #[test]
    fn a_municipality_of_a_town_is_its_government() {
        let got = typed("The request came from the Municipality of Varnello in May.");
        assert_eq!(got, [("Municipality of Varnello", "org")]);
    }

    #[test]
    fn a_name_joined_by_hyphens_around_a_small_word_is_a_town() {
        let got = typed("He was buried in the cemetery of Varny-la-Reine in 1832.");
        assert_eq!(got, [("Varny-la-Reine", "place")]);
    }

    #[test]
    fn a_name_after_the_border_of_is_a_place() {
        let got = typed("a village on the border of Varnatia and Qorlonia");
        assert_eq!(got, [("Varnatia", "place"), ("Qorlonia", "place")]);
    }

    #[test]
    fn a_kind_of_work_before_a_name_makes_it_a_work() {
        let got = typed("He starred in the period drama Varnley Hall Road and the comedy Qorvish.");
        assert!(got.contains(&("Qorvish", "other")), "{got:?}");
        let got = typed("She set this out in her essay Tarnwise Lines.");
        assert_eq!(got, [("Tarnwise Lines", "other")]);
    }

    #[test]
    fn more_nouns_in_apposition_before_a_name() {
        let got = typed("deals with the publishing giant Varnholt and the poet Qorvane");
        assert_eq!(got, [("Varnholt", "org"), ("Qorvane", "person")]);
        let got = typed("monks of the distant monastery of Tarnuk crossed the river Vell");
        assert_eq!(got, [("Tarnuk", "place"), ("Vell", "place")]);
        let got = typed("the secretary of state Ana Sousa said so");
        assert_eq!(got, [("Ana Sousa", "person")]);
    }

    #[test]
    fn more_nouns_after_a_name() {
        let got = typed("Buses serve the Varnby Metro area, and Qorlex shares fell.");
        assert_eq!(got, [("Varnby Metro", "place"), ("Qorlex", "org")]);
    }

    #[test]
    fn more_words_only_people_take() {
        let got = typed("Later Varnoq sighed. Qelmira's career began in Tarnby.");
        assert!(got.contains(&("Varnoq", "person")), "{got:?}");
        assert!(got.contains(&("Qelmira", "person")), "{got:?}");
    }

    #[test]
    fn airlines_clubs_teams_and_radios_named_noun_first_are_organisations() {
        let got = typed("We flew Air Varnland, tried Club Qorvo, heard Radio Tarnow.");
        assert_eq!(
            got,
            [
                ("Air Varnland", "org"),
                ("Club Qorvo", "org"),
                ("Radio Tarnow", "org")
            ]
        );
    }

    #[test]
    fn a_compass_point_makes_a_part_of_a_place() {
        assert_eq!(
            typed("they drove from East Varnia to Qarlo Heights West on I-95 North"),
            [
                ("East Varnia", "place"),
                ("Qarlo Heights West", "place"),
                ("I-95 North", "place")
            ]
        );
    }

    #[test]
    fn a_given_name_that_is_a_word_before_a_surname_is_a_person() {
        assert_eq!(
            typed("the prize went to Mark Tolvaris and Will Dersholm"),
            [("Mark Tolvaris", "person"), ("Will Dersholm", "person")]
        );
    }

    #[test]
    fn an_organisation_noun_before_for_or_on_makes_an_organisation() {
        assert_eq!(
            typed("a fellow at the Centre for Varnish Studies and the Council on Tarn Relations"),
            [
                ("Centre for Varnish Studies", "org"),
                ("Council on Tarn Relations", "org")
            ]
        );
        assert_eq!(
            typed("papers kept in the Qarlo State Archives and the Vell Library"),
            [("Qarlo State Archives", "place"), ("Vell Library", "org")]
        );
    }

    #[test]
    fn more_nouns_of_organisations_and_places() {
        assert_eq!(
            typed("a show by the Tarnow Philharmonic Orchestra near Kelso Junction"),
            [
                ("Tarnow Philharmonic Orchestra", "org"),
                ("Kelso Junction", "place")
            ]
        );
        assert_eq!(
            typed("staff of the Qarlow Consulate stayed at the Vintner Hotel"),
            [("Qarlow Consulate", "org"), ("Vintner Hotel", "place")]
        );
    }

    #[test]
    fn designating_digits_belong_to_the_name() {
        assert_eq!(
            typed("Users of IE6 read Chapter 91 before the F-35 flew."),
            [("IE6", "other"), ("Chapter 91", "other"), ("F-35", "other")]
        );
        // Counting digits stay out.
        assert_eq!(names("Gaza 2023 and Chapter 9.5"), ["Gaza", "Chapter"]);
    }

    #[test]
    fn sentence_initial_words_of_known_names_and_saints_stay() {
        assert_eq!(
            names("South Africa won. St. Louis lost. New Zealand drew."),
            ["South Africa", "St. Louis", "New Zealand"]
        );
    }

    #[test]
    fn types_from_the_words_around() {
        assert_eq!(typed("Mr. Qarlow arrived."), [("Qarlow", "person")]);
        assert_eq!(
            typed("a house in Tenafly, New Jersey"),
            [("Tenafly", "place"), ("New Jersey", "place")]
        );
        assert_eq!(typed("pages on the Zorblat"), [("Zorblat", "other")]);
        assert_eq!(typed("a talk by Aner Kowrat"), [("Aner Kowrat", "person")]);
    }

    #[test]
    fn languages_beliefs_holidays_and_products_are_other() {
        assert_eq!(
            typed("She spoke Swahili and Latin at Christmas."),
            [
                ("Swahili", "other"),
                ("Latin", "other"),
                ("Christmas", "other")
            ]
        );
        assert_eq!(typed("a study of Zorbism"), [("Zorbism", "other")]);
    }

    #[test]
    fn nouns_around_a_name_tell_its_type() {
        assert_eq!(typed("in the novel Tarnwick"), [("Tarnwick", "other")]);
        assert_eq!(typed("the spacecraft Orvel"), [("Orvel", "other")]);
        assert_eq!(typed("fans of the band Velmoor"), [("Velmoor", "org")]);
        assert_eq!(typed("the village of Qarlo"), [("Qarlo", "place")]);
        assert_eq!(typed("the Earl of Varnby"), [("Varnby", "place")]);
        assert_eq!(typed("a trip through Qarlo"), [("Qarlo", "place")]);
        assert_eq!(typed("They moved to Qarlo."), [("Qarlo", "place")]);
        assert_eq!(typed("along the Qarlo river"), [("Qarlo", "place")]);
        assert_eq!(typed("the Orvel spacecraft"), [("Orvel", "other")]);
        // A capitalised possessive before the name is no noun in apposition.
        assert_eq!(
            typed("the Party’s Tam Lowry"),
            [("Party", "org"), ("Tam Lowry", "person")]
        );
    }

    #[test]
    fn more_cues_from_around_a_name() {
        assert_eq!(typed("his daughter Wenna"), [("Wenna", "person")]);
        assert_eq!(
            typed("They sang “Tarnwick” twice."),
            [("Tarnwick", "other")]
        );
        // A nickname in quotes inside a person's name stays a person's.
        assert_eq!(
            typed("Ana “Qiqi” Kowalczyk"),
            [
                ("Ana", "person"),
                ("Qiqi", "person"),
                ("Kowalczyk", "person")
            ]
        );
        assert_eq!(typed("a week at Qarlow, where"), [("Qarlow", "place")]);
        assert_eq!(typed("near Varnstadt"), [("Varnstadt", "place")]);
        assert_eq!(typed("the road to Tarnabad"), [("Tarnabad", "place")]);
        // A lone capital letter, where it is a name at all, is a label, no person.
        for (name, t) in typed("in Group F today") {
            assert!(name.chars().count() > 1 || t == "other", "{name} {t}");
        }
    }

    #[test]
    fn acronyms_of_lower_case_words_are_terms_and_routes_are_places() {
        // An acronym of lower-case words, where it is a name at all, is a term.
        let found = typed("the mean zonal wind (MZW) fell");
        assert!(found.iter().all(|&(_, t)| t == "other"), "{found:?}");
        assert_eq!(
            typed("the Qarlow Trade Bureau (QTB) said"),
            [("Qarlow Trade Bureau", "org"), ("QTB", "org")]
        );
        assert_eq!(typed("north on Route 66"), [("Route 66", "place")]);
        assert_eq!(typed("a jam on US-75"), [("US-75", "place")]);
        assert_eq!(typed("take the M4 westbound"), [("M4", "place")]);
        assert_eq!(typed("a trip to Upper Lisbon"), [("Upper Lisbon", "place")]);
        assert_eq!(typed("Lisbon East won"), [("Lisbon East", "place")]);
        assert_eq!(typed("as Londoners know"), [("Londoners", "group")]);
        assert_eq!(
            typed("born in Lisbon, Qarlomia."),
            [("Lisbon", "place"), ("Qarlomia", "place")]
        );
        assert_eq!(
            typed("they drove south to Qarlomia"),
            [("Qarlomia", "place")]
        );
        assert_eq!(
            typed("after Hurricane Qarla hit"),
            [("Hurricane Qarla", "other")]
        );
        assert_eq!(
            typed("the Battle of Varna began"),
            [("Battle of Varna", "other")]
        );
        assert_eq!(
            typed("for Native Americans"),
            [("Native Americans", "group")]
        );
        assert_eq!(typed("at the Teatro Qarlo"), [("Teatro Qarlo", "org")]);
        assert_eq!(typed("a café on Calle Varna"), [("Calle Varna", "place")]);
        assert_eq!(typed("talks with the U.S government"), [("U.S", "place")]);
        assert_eq!(
            typed("prayers at the Qarlo Mosque"),
            [("Qarlo Mosque", "place")]
        );
    }

    #[test]
    fn unknown_words_are_what_the_text_names_most() {
        let guide = "Ferries leave Lisbon for Oporto and Madrid. Qarlow is quiet. \
                     Buses run from Seville to Valencia.";
        assert!(
            typed(guide).contains(&("Qarlow", "place")),
            "{:?}",
            typed(guide)
        );
        let story = "Ana Sousa met Jon Berg and Mia Lund. Qarlow was late.";
        assert!(
            typed(story).contains(&("Qarlow", "person")),
            "{:?}",
            typed(story)
        );
    }

    #[test]
    fn an_unexplained_acronym_follows_the_text() {
        // An organisation in a story about people and places, a term in a text about things.
        let news = typed("Ana Sousa of the QRX met Jon Berg in Lisbon.");
        assert!(news.contains(&("QRX", "org")), "{news:?}");
        let paper = typed("We used Tarnwick Analysis and Zorbic Theory. The QRX scores rose.");
        assert!(paper.contains(&("QRX", "other")), "{paper:?}");
    }

    #[test]
    fn a_common_word_alone_is_no_surname() {
        // `Equivalence` is part of the theory's name, not a person's surname.
        let found = typed("a theory called Modal Equivalence. Equivalence was new.");
        assert!(found.iter().all(|&(_, t)| t == "other"), "{found:?}");
        let found = typed("Wenna Qarlow spoke. Qarlow left.");
        assert!(found.iter().all(|&(_, t)| t == "person"), "{found:?}");
    }

    #[test]
    fn a_name_led_by_a_place_leans_to_an_organisation() {
        assert_eq!(
            typed("read the Lisbon Courier"),
            [("Lisbon Courier", "org")]
        );
        assert_eq!(typed("in Lisbon Harbour"), [("Lisbon Harbour", "place")]);
    }

    #[test]
    fn a_noun_in_apposition_after_the_name() {
        assert_eq!(typed("in Qarlow, a small town near"), [("Qarlow", "place")]);
        assert_eq!(
            typed("said Tenby, the former minister"),
            [("Tenby", "person")]
        );
        assert_eq!(
            typed("with Velmoor, an indie band from"),
            [("Velmoor", "org")]
        );
    }

    #[test]
    fn a_name_in_a_photo_caption_is_a_person() {
        assert_eq!(
            typed("Qarlow (left) and Tenby (right) in Lisbon"),
            [
                ("Qarlow", "person"),
                ("Tenby", "person"),
                ("Lisbon", "place")
            ]
        );
    }

    #[test]
    fn words_only_people_take() {
        assert_eq!(typed("Then Qarlow died."), [("Qarlow", "person")]);
        assert_eq!(typed("a letter to Qarlow, who"), [("Qarlow", "person")]);
        assert_eq!(typed("and Qarlow’s wife"), [("Qarlow", "person")]);
    }

    #[test]
    fn a_country_beside_a_score_is_a_team() {
        let found = typed(
            "Portugal 2 – 1 Ghana\n\nPortugal scored early. Ghana replied. A win for Portugal.",
        );
        assert!(found.iter().all(|&(_, t)| t == "org"), "{found:?}");
        assert_eq!(
            typed("Ghana 0-3 Portugal"),
            [("Ghana", "org"), ("Portugal", "org")]
        );
        assert_eq!(
            typed("He flew to Portugal in 2021."),
            [("Portugal", "place")]
        );
    }

    #[test]
    fn unknown_names_take_the_type_of_the_list_they_are_in() {
        assert_eq!(
            typed("ferries call at Lisbon, Varnelo and Oporto"),
            [
                ("Lisbon", "place"),
                ("Varnelo", "place"),
                ("Oporto", "place")
            ]
        );
        // A comma alone between two names is no list.
        assert_eq!(
            typed("Ana Sousa spent a year at Lisbon, Varnelo met her"),
            [
                ("Ana Sousa", "person"),
                ("Lisbon", "place"),
                ("Varnelo", "person")
            ]
        );
    }
}
