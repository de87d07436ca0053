//! Word lists that tell what kind of thing a name is from the words right around it.
//!
//! `names` finds the names and weighs the evidence; these functions only answer, for
//! one lower-case word next to a name, what that word says about it:
//!
//! - a common noun in apposition before the name: `the novel Zorba` (a work), `the
//!   spacecraft Tarn` (a thing), `the band Velvet Moss` (an organisation);
//! - a noun followed by `of` before it: `the town of Varn`, `the Earl of Varn` (a place);
//! - a lower-case noun after it: `the Varn river`, `the Tarn spacecraft`;
//! - a verb or word after it that only people take: `Varn, who`, `Varn died`.
//!
//! The word lists live in `data/lexicon/type_cues.txt`, one `<cue> <word>` per line: as
//! text they cost the download far less than the same lists compiled into `match` code.

use crate::lexicon;
use crate::NameType;

/// Does the cue list `kind` hold `word`?
pub(crate) fn cue(kind: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    lexicon::has_cue(kind, word)
}

/// The first type whose cue list `<prefix>-<type>` holds `word`.
fn typed_cue(prefix: &str, word: &str) -> Option<NameType> {
    const KINDS: [(&str, NameType); 5] = [
        ("person", NameType::Person),
        ("place", NameType::Place),
        ("org", NameType::Org),
        ("group", NameType::Group),
        ("other", NameType::Other),
    ];
    // Most words are in no cue list: one lookup says so.
    if !lexicon::may_cue(word) {
        return None;
    }
    let mut kind = String::with_capacity(prefix.len() + 7);
    KINDS.iter().find_map(|&(name, t)| {
        kind.clear();
        kind.push_str(prefix);
        kind.push('-');
        kind.push_str(name);
        cue(&kind, word).then_some(t)
    })
}

/// The type that a common noun gives a name written right after it in apposition:
/// `the novel X`, `the film X`, `the ship X`, `the band X`.
pub(crate) fn noun_before(noun: &str) -> Option<NameType> {
    typed_cue("before", noun)
}

/// The type of the things a list is of, from the plural noun before `such as` or
/// `including`: `makers such as X`, `cities including X`; else as a noun in apposition.
pub(crate) fn kind_of_list(noun: &str) -> Option<NameType> {
    typed_cue("such", noun).or_else(|| noun_before(noun))
}

/// Nouns that make the name after `of` a place: `the town of X`, `the Earl of X`,
/// `north of X`.
pub(crate) fn place_before_of(noun: &str) -> bool {
    cue("of-place", noun)
}

/// Words before a name that make it a place: `northern X`, `through X`.
pub(crate) fn place_before(word: &str) -> bool {
    cue("near-place", word)
}

/// Verbs of motion after which `to X` is a place: `moved to X`, `flights to X`.
pub(crate) fn motion_before_to(word: &str) -> bool {
    cue("to-place", word)
}

/// The type that a lower-case noun right after a name gives it: `the Varn river`,
/// `the Tarn spacecraft`, `the Varn band`.
pub(crate) fn noun_after(noun: &str) -> Option<NameType> {
    typed_cue("after", noun)
}

/// Does `verb` before the preposition `prep` make the name after them a school or a
/// team: `taught at X`, `played for X`, `signed with X`?
pub(crate) fn org_after(prep: &str, verb: &str) -> bool {
    let kind = match prep {
        "at" => "at-org",
        "for" => "for-org",
        "with" => "with-org",
        "to" => "to-org",
        "by" => "by-org",
        _ => return false,
    };
    cue(kind, verb)
}

/// Words after a name that only people take: `X, who`, `X died`, `X was born`.
pub(crate) fn person_after(word: &str) -> bool {
    cue("verb-person", word)
}

/// Nouns after a possessive name that only people have: `X's wife`, `X's career`.
pub(crate) fn person_possession(noun: &str) -> bool {
    cue("owned-person", noun)
}

/// Endings of single-word place names in many languages: `Varnville`, `Qarlostadt`,
/// `Tarnabad`, `Orvelgade` (a street). Person names rarely end so.
pub(crate) fn has_place_ending(lower: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ville", "stadt", "grad", "abad", "istan", "pur", "pura", "polis", "vej", "gade",
        "strasse", "straße", "gasse", "platz", "straat", "gracht", "plein", "torget", "gatan",
        "vägen", "ulica", "utca", "caddesi", "sokak", "köy", "hafen", "shire",
    ];
    lower.chars().count() > 6 && ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Does `acronym` spell the initials of the lower-case words that end `before`
/// (`soil moisture index (SMI)`)? Such an acronym names a term, not an organisation,
/// whose words would be capitalised. Small words may sit in between (`rate of return`),
/// and a hyphenated word may give one letter or one per part (`cross-border`).
pub(crate) fn spells_lower_case_words(before: &str, acronym: &str) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if letters.len() < 2 || letters.len() > 8 {
        return false;
    }
    let mut want = letters.iter().rev().peekable();
    let words = before
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .rev()
        .filter(|w| !w.is_empty())
        .take(letters.len() * 2 + 2);
    for w in words {
        let Some(first) = w.chars().next() else {
            continue;
        };
        if !first.is_lowercase() {
            return false;
        }
        match want.peek() {
            Some(&&l) if l == first => {
                want.next();
                if want.peek().is_none() {
                    return true;
                }
            }
            _ if matches!(
                w,
                "of" | "and" | "the" | "for" | "in" | "on" | "to" | "a" | "an"
            ) => {}
            _ => return false,
        }
    }
    false
}

/// Nouns that start the name of an event, a work, a law or a storm: `Battle of Varna`,
/// `Hurricane Qarla`, `Gospel of Tarn`, `Title IX`.
pub(crate) fn other_first(w: &str) -> bool {
    cue("first-other", w)
}

/// Nouns that start the name of an organisation in languages that put the noun first:
/// `Universidad de Varna`, `Teatro Qarlo`, `Partido Verde`.
pub(crate) fn org_first(w: &str) -> bool {
    cue("first-org", w)
}

/// Nouns that start the name of a place in languages that put the noun first:
/// `Calle Varna`, `Piazza Qarlo`, `Masjid Tarn`.
pub(crate) fn place_first(w: &str) -> bool {
    cue("first-place", w)
}

/// Words that name a part of a place before or after its name: `East Varnland`,
/// `Upper Qarlo`, `Varnby West`.
pub(crate) fn is_place_part(w: &str) -> bool {
    cue("place-part", w)
}

/// Road numbers: `I-95`, `US-1`, `SR-51`.
pub(crate) fn is_road_number(name: &str) -> bool {
    let rest = ["I-", "US-", "SR-", "US ", "SR "]
        .iter()
        .find_map(|p| name.strip_prefix(p));
    rest.is_some_and(|r| !r.is_empty() && r.len() <= 4 && r.bytes().all(|b| b.is_ascii_digit()))
}

/// Words after a road's number: `the M4 westbound`.
pub(crate) fn road_after(w: &str) -> bool {
    cue("road-after", w)
}

/// Is `lower` a word for the people of a place that `known` knows: `Tulsans` (`tulsa`),
/// `Bostonian` (`boston`), `Londoners` (`london`), `Brooklynites` (`brooklyn`)?
pub(crate) fn names_people_of(lower: &str, known: impl Fn(&str) -> bool) -> bool {
    let w = lower
        .strip_suffix('s')
        .filter(|w| w.ends_with('n') || w.ends_with("er") || w.ends_with("ite"))
        .unwrap_or(lower);
    let (stem, endings): (&str, &[&str]) = if let Some(stem) = w.strip_suffix("ian") {
        (stem, &["", "ia", "e", "y"])
    } else if let Some(stem) = w.strip_suffix("an") {
        (stem, &["", "a", "e", "o"])
    } else if let Some(stem) = w.strip_suffix("ite") {
        (stem, &["", "e"])
    } else if let Some(stem) = w.strip_suffix("er").filter(|s| s.chars().count() >= 4) {
        (stem, &[""])
    } else {
        return false;
    };
    if stem.chars().count() < 3 {
        return false;
    }
    let mut place = String::with_capacity(stem.len() + 2);
    endings.iter().any(|e| {
        place.clear();
        place.push_str(stem);
        place.push_str(e);
        known(&place)
    })
}

/// Single words that name a belief, movement or practice by their ending
/// (`Zorbism`): things, not people.
pub(crate) fn is_doctrine_word(lower: &str) -> bool {
    lower.len() > 5 && (lower.ends_with("ism") || lower.ends_with("isms"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_answer_for_their_own_words() {
        assert_eq!(noun_before("novel"), Some(NameType::Other));
        assert_eq!(noun_before("band"), Some(NameType::Org));
        assert_eq!(noun_before("town"), Some(NameType::Place));
        assert_eq!(noun_before("said"), None);
        assert!(place_before_of("earl") && place_before_of("village"));
        assert!(!place_before_of("friend"));
        assert_eq!(noun_after("river"), Some(NameType::Place));
        assert_eq!(noun_after("administration"), None);
        assert_eq!(noun_after("tribe"), Some(NameType::Group));
        assert!(person_after("died") && !person_after("said"));
        assert!(org_after("at", "taught") && org_after("for", "played"));
        assert_eq!(noun_before("group"), Some(NameType::Org));
        assert_eq!(noun_after("player"), Some(NameType::Org));
        assert!(!org_after("at", "lived") && !org_after("to", "moved"));
        assert!(person_possession("wife") && !person_possession("economy"));
        assert!(is_doctrine_word("zorbism") && !is_doctrine_word("prism"));
        assert!(spells_lower_case_words("the mean zonal wind", "MZW"));
        assert!(spells_lower_case_words("a rate of return", "ROR"));
        assert!(spells_lower_case_words("his cross-border trade", "CBT"));
        assert!(!spells_lower_case_words(
            "the World Health Organization",
            "WHO"
        ));
        assert!(!spells_lower_case_words("said the mean wind", "MZW"));
        assert!(is_road_number("I-95") && is_road_number("US-1") && !is_road_number("F-35"));
        let known = |p: &str| matches!(p, "tulsa" | "boston" | "london");
        assert!(names_people_of("tulsans", known) && names_people_of("bostonian", known));
        assert!(names_people_of("londoners", known) && !names_people_of("smith", known));
        assert!(other_first("hurricane") && !other_first("mount"));
        assert!(org_first("universidad") && place_first("calle") && !place_first("john"));
        assert!(road_after("westbound") && is_place_part("upper"));
        assert!(has_place_ending("qarlostadt") && has_place_ending("orvelgade"));
        assert!(!has_place_ending("grad") && !has_place_ending("smith"));
    }
}
