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

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::lexicon;
use crate::token::{Token, TokenKind};
use crate::{Attrs, NameType, Span};

/// Small words that may sit between the capitalised words of one name.
const CONNECTORS: &[&str] = &[
    "of", "de", "del", "della", "da", "das", "dos", "do", "van", "von", "der", "den", "du", "la",
    "le", "di", "al", "el", "bin", "ibn", "bint", "y", "and", "for", "on", "the", "&",
];

/// Hyphen prefixes that belong to the name after them (`Al-Shifa`, `El-Sisi`).
const HYPHEN_PREFIXES: &[&str] = &[
    "al", "el", "ul", "bin", "ibn", "abu", "ben", "ould", "ad", "as", "ash", "at", "az", "ar",
    "an", "ad-", "ath", "bani", "beit", "bet", "umm", "dar", "deir", "kafr", "tel", "wadi",
    "jabal", "saint", "st", "sainte", "mc", "mac", "o", "d",
];

/// Words after which a name is a place.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "from",
    "near",
    "to",
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
    let mut i = 0;
    while i < tokens.len() {
        if doc.starts_name(i) {
            let end = doc.extend_run(i);
            for candidate in doc.trim_run(i, end) {
                found.push(candidate);
            }
            i = end + 1;
        } else {
            i += 1;
        }
    }
    for c in &mut found {
        c.name_type = doc.type_of(c);
        let lower = text[c.range.clone()].to_lowercase();
        c.from_lexicon = doc.is_known_name(&lower);
    }
    link_types(text, &mut found);
    found
        .into_iter()
        .map(|c| {
            Span::new(
                c.range,
                Attrs::Name {
                    name_type: c.name_type.unwrap_or(NameType::Other),
                },
            )
        })
        .collect()
}

#[derive(Debug)]
struct Candidate {
    range: Range<usize>,
    /// Token indices of the first and last word of the name.
    first: usize,
    last: usize,
    /// A title stood right before the name.
    after_title: bool,
    name_type: Option<NameType>,
    /// The type came from a gazetteer, not from context: later mentions don't override it.
    from_lexicon: bool,
}

struct Document<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Words seen in lower case somewhere in the text.
    seen_lower: HashSet<&'a str>,
    /// Words seen capitalised where no sentence starts.
    seen_capitalised_mid: HashSet<&'a str>,
    /// For each token, whether its line looks like a title-case headline or all caps.
    shouting_line: Vec<bool>,
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

impl<'a> Document<'a> {
    fn new(text: &'a str, tokens: &'a [Token]) -> Self {
        let mut doc = Document {
            text,
            tokens,
            seen_lower: HashSet::new(),
            seen_capitalised_mid: HashSet::new(),
            shouting_line: vec![false; tokens.len()],
        };
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = t.text(text);
            if w.starts_with(char::is_lowercase) {
                doc.seen_lower.insert(w);
            } else if is_capitalised(w) && !doc.is_sentence_start(i) && !is_all_caps(w) {
                doc.seen_capitalised_mid.insert(w);
            }
        }
        doc.mark_shouting_lines();
        doc
    }

    /// Marks lines written in all caps or in title case, where capitals prove nothing.
    fn mark_shouting_lines(&mut self) {
        let mut line_start = 0;
        for i in 0..=self.tokens.len() {
            let at_end = i == self.tokens.len() || self.tokens[i].kind == TokenKind::LineBreak;
            if !at_end {
                continue;
            }
            let words: Vec<&str> = self.tokens[line_start..i]
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.text(self.text))
                .collect();
            let caps = words
                .iter()
                .filter(|w| is_all_caps(w) || w.chars().count() == 1 && is_capitalised(w))
                .count();
            let titled = words.iter().filter(|w| is_capitalised(w)).count();
            let small_titled = words
                .iter()
                .filter(|w| {
                    is_capitalised(w)
                        && matches!(
                            w.to_lowercase().as_str(),
                            "the"
                                | "a"
                                | "an"
                                | "for"
                                | "in"
                                | "on"
                                | "of"
                                | "to"
                                | "and"
                                | "with"
                                | "as"
                                | "at"
                                | "by"
                                | "is"
                                | "are"
                        )
                })
                .count();
            let shouting = words.len() >= 3
                && (caps * 10 >= words.len() * 8
                    || titled * 10 >= words.len() * 8 && small_titled >= 1 && titled >= 4);
            if shouting {
                for flag in &mut self.shouting_line[line_start..i] {
                    *flag = true;
                }
            }
            line_start = i + 1;
        }
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.tokens.get(i)?;
        (t.kind == TokenKind::Word).then(|| t.text(self.text))
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
        let lower = w.to_lowercase();
        w.chars().count() == 1 && is_capitalised(w)
            || lexicon::TITLES.contains(format!("{lower}.").as_str())
            || matches!(
                lower.as_str(),
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
        let Some(w) = self.word(i) else { return false };
        if !is_capitalised(w) {
            return false;
        }
        // Not glued to a digit before it (`5G`, `3D`).
        !(i > 0
            && self.tokens[i - 1].kind == TokenKind::Digits
            && self.tokens[i - 1].end == self.tokens[i].start)
    }

    /// The index of the last token of the capitalised run that starts at `i`.
    fn extend_run(&self, i: usize) -> usize {
        let mut last = i;
        loop {
            let mut j = last + 1;
            // Initials and abbreviations: `J. K. Rowling`, `U.S.`, `Jr.`, `St. Louis`.
            if self.punct(j) == Some('.') {
                let w = self.word(last).unwrap_or("");
                let initial = w.chars().count() == 1 && is_capitalised(w);
                let abbreviation = matches!(w, "St" | "Mt" | "Ft" | "Jr" | "Sr");
                if initial && self.punct(last.wrapping_sub(1)) == Some('.') {
                    // The last letter of `U.S.` or `D.C.`: the dot closes the acronym.
                    return j;
                }
                if initial || abbreviation {
                    // `U.S.`: letter, dot, letter with no space.
                    if self
                        .word(j + 1)
                        .is_some_and(|n| n.chars().count() == 1 && is_capitalised(n))
                    {
                        last = j + 1;
                        continue;
                    }
                    if self.is_space(j + 1)
                        && self.word(j + 2).is_some_and(is_capitalised)
                        && !self.shouting_line[j]
                    {
                        last = j + 2;
                        continue;
                    }
                    if initial
                        && self
                            .word(last.saturating_sub(2))
                            .is_some_and(|p| p.chars().count() == 1)
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
                if self.word(j + 1).is_some_and(is_capitalised)
                    && self.tokens[j + 1].start == self.tokens[j].end
                {
                    last = j + 1;
                    continue;
                }
                return last;
            }
            if !self.is_space(j) {
                return last;
            }
            j += 1;
            let Some(next) = self.word(j) else {
                return last;
            };
            if is_capitalised(next) && !self.breaks_run(j) {
                last = j;
                continue;
            }
            // A connector followed by another capitalised word.
            if CONNECTORS.contains(&next)
                && self.is_space(j + 1)
                && self.word(j + 2).is_some_and(is_capitalised)
                && !self.breaks_run(j + 2)
            {
                // `and` joins only inside organisations (`Procter and Gamble`) rarely: skip it.
                if next == "and"
                    || next == "for"
                    || next == "on"
                    || next == "the" && self.word(last).is_some_and(|w| w != "of")
                {
                    return last;
                }
                last = j + 2;
                continue;
            }
            return last;
        }
    }

    /// A capitalised word that starts something new instead of continuing a name.
    fn breaks_run(&self, i: usize) -> bool {
        let w = self.word(i).unwrap_or("");
        let lower = w.to_lowercase();
        lexicon::WEEKDAYS.contains(lower.as_str())
            || lexicon::MONTHS.contains(lower.as_str())
            || w == "I"
    }

    /// Trims a run to the names in it: titles, sentence-initial words and possessives out,
    /// hyphen-joined names apart.
    fn trim_run(&self, start: usize, end: usize) -> Vec<Candidate> {
        // Word indices of the run, with where hyphens split it.
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut part_start = start;
        let mut k = start;
        let lower_at = |i: usize| self.word(i).map(str::to_lowercase).unwrap_or_default();
        let org_like = lexicon::ORG_WORDS.contains(lower_at(end).as_str())
            || lexicon::PLACE_WORDS.contains(lower_at(end).as_str())
            || lexicon::ORG_WORDS.contains(lower_at(start).as_str());
        while k <= end {
            // A title inside a run starts a new name: `Afghan Ambassador Hamdullah Mohib`.
            if k > part_start && !org_like && self.is_title_word(k) {
                let prev = (part_start..k).rev().find(|&p| self.word(p).is_some());
                if let Some(p) = prev {
                    if !self.is_title_word(p) && !CONNECTORS.contains(&self.word(p).unwrap_or("")) {
                        parts.push((part_start, p));
                        part_start = k;
                    }
                }
            }
            if matches!(self.punct(k), Some('-' | '‐')) {
                let left = self.word(k - 1).unwrap_or("");
                let right = self.word(k + 1).unwrap_or("");
                if self.splits_at_hyphen(left, right) {
                    parts.push((part_start, k - 1));
                    part_start = k + 1;
                }
            }
            k += 1;
        }
        parts.push((part_start, end));
        parts
            .into_iter()
            .filter_map(|(s, e)| self.trim_part(s, e))
            .collect()
    }

    fn is_title_word(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            let lower = w.to_lowercase();
            is_capitalised(w)
                && !is_all_caps(w)
                && lexicon::TITLES.contains(lower.as_str())
                && !self.is_known_name(&lower)
        })
    }

    fn splits_at_hyphen(&self, left: &str, right: &str) -> bool {
        let l = left.to_lowercase();
        let r = right.to_lowercase();
        if HYPHEN_PREFIXES.contains(&l.as_str()) {
            return false;
        }
        let known = |w: &str| {
            lexicon::PLACES.contains(w)
                || lexicon::DEMONYMS.contains(w)
                || lexicon::ORGS.contains(w)
                || lexicon::COUNTRIES.contains(w)
        };
        known(&l) || known(&r)
    }

    fn trim_part(&self, mut s: usize, mut e: usize) -> Option<Candidate> {
        let lower_at = |i: usize| self.word(i).map(str::to_lowercase).unwrap_or_default();
        // A run made only of titles and connectors names no one: `Secretary of State`.
        if (s..=e)
            .all(|k| self.word(k).is_none_or(|w| CONNECTORS.contains(&w)) || self.is_title_word(k))
        {
            return None;
        }
        // Titles after the name go too: `State Department Spokesperson`.
        while e > s && self.is_title_word(e) && !lexicon::ORG_WORDS.contains(lower_at(e).as_str()) {
            e = (s..e).rev().find(|&k| self.word(k).is_some())?;
        }
        // Capitalised function words are never names: `The`, `In`, `Which` (verse, headlines).
        while self.word(s).is_some_and(|w| {
            is_function_word(contraction_base(&w.to_lowercase()))
                && !self.is_known_name(&w.to_lowercase())
        }) {
            if s == e {
                return None;
            }
            s = self.next_word(s, e)?;
        }
        if s == e
            && matches!(
                self.word(s),
                Some("BC" | "AD" | "BCE" | "CE" | "OK" | "TV" | "PM" | "AM")
            )
        {
            return None;
        }
        let ends_in_org_or_place = {
            let last = lower_at(e);
            lexicon::ORG_WORDS.contains(last.as_str())
                || lexicon::PLACE_WORDS.contains(last.as_str())
        };
        // Titles in front: `President`, `Prime Minister`, `Secretary of State`, `Mr.`.
        let mut after_title = false;
        if !ends_in_org_or_place {
            loop {
                let w = lower_at(s);
                let is_title = lexicon::TITLES.contains(w.as_str()) && !self.is_known_name(&w);
                let is_connector_after_title =
                    after_title && matches!(w.as_str(), "of" | "the" | "for");
                if (is_title || is_connector_after_title) && s < e {
                    // Keep `General Motors`: never strip down to a lone common word.
                    let rest_start = self.next_word(s, e)?;
                    if rest_start == e
                        && lexicon::COMMON_WORDS.contains(lower_at(e).as_str())
                        && !self.is_known_name(&lower_at(e))
                        && is_title
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
                let w = lower_at(s);
                if lexicon::TITLES.contains(w.as_str())
                    && !self.is_known_name(&w)
                    && !is_all_caps(self.word(s)?)
                {
                    return None;
                }
            }
        }
        // Connectors can't start or end a name.
        while s < e && self.word(s).is_some_and(|w| CONNECTORS.contains(&w)) {
            s = self.next_word(s, e)?;
        }
        // A first word that is capitalised only because a sentence or headline starts.
        let first = self.word(s)?;
        let first_lower = first.to_lowercase();
        let shouting = self.shouting_line[s];
        let given_name_first = s < e
            && lexicon::FIRST_NAMES.contains(first_lower.as_str())
            && !is_function_word(&first_lower);
        if (self.is_sentence_start(s) || shouting)
            && !after_title
            && !given_name_first
            && self.is_ordinary_word(first, &first_lower, shouting)
        {
            if s == e {
                return None;
            }
            s = self.next_word(s, e)?;
            while s < e && self.word(s).is_some_and(|w| CONNECTORS.contains(&w)) {
                s = self.next_word(s, e)?;
            }
            let w = self.word(s)?;
            if shouting && self.is_ordinary_word(w, &w.to_lowercase(), true) && s == e {
                return None;
            }
        }
        // In a shouting line, keep only names the lexicons know.
        if shouting && s == e {
            let w = self.word(s)?;
            if self.is_ordinary_word(w, &w.to_lowercase(), true) {
                return None;
            }
        }
        // A trailing connector or dot-less end: trim back to the last capitalised word.
        while e > s && !self.word(e).is_some_and(is_capitalised) && self.punct(e) != Some('.') {
            e -= 1;
        }
        let w = self.word(s).unwrap_or("");
        let lower = w.to_lowercase();
        if s == e
            && (w == "I"
                || lexicon::WEEKDAYS.contains(lower.as_str())
                || lexicon::MONTHS.contains(lower.as_str()))
        {
            return None;
        }
        if s == e && lexicon::PERSON_PRONOUNS.contains(lower.as_str()) {
            return None;
        }
        let mut start_byte = self.tokens[s].start;
        let mut end_byte = self.tokens[e].end;
        // Possessive endings stay outside: `Israel’s`, `Hamas’s`, `Reuters'`.
        let last_word = &self.text[self.tokens[e].start..end_byte];
        for suffix in ["’s", "'s", "ʼs", "’S", "'S"] {
            if last_word.len() > suffix.len() && last_word.ends_with(suffix) {
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
            name_type: None,
            from_lexicon: false,
        })
    }

    fn next_word(&self, from: usize, end: usize) -> Option<usize> {
        (from + 1..=end).find(|&k| self.word(k).is_some())
    }

    /// Is this capitalised word just an ordinary word that starts a sentence?
    fn is_ordinary_word(&self, word: &str, lower: &str, shouting: bool) -> bool {
        if self.is_known_name(lower) {
            return false;
        }
        let lower = contraction_base(lower);
        if is_function_word(lower) {
            return true;
        }
        if is_all_caps(word) && !shouting {
            return false;
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
        // Unknown words are names, except in a shouting line where nothing is evidence.
        shouting
            && !capitalised_elsewhere
            && !lexicon::FIRST_NAMES.contains(lower)
            && !lexicon::SURNAMES.contains(lower)
    }

    fn is_known_name(&self, lower: &str) -> bool {
        lexicon::PLACES.contains(lower)
            || lexicon::COUNTRIES.contains(lower)
            || lexicon::DEMONYMS.contains(lower)
            || lexicon::ORGS.contains(lower)
    }

    /// The type of a candidate, from lexicons and context; `None` when nothing tells.
    fn type_of(&self, c: &Candidate) -> Option<NameType> {
        let name = &self.text[c.range.clone()];
        let lower = name.to_lowercase();
        let words: Vec<String> = (c.first..=c.last)
            .filter_map(|k| self.word(k))
            .map(str::to_lowercase)
            .collect();
        let first = words.first().map(String::as_str).unwrap_or("");
        let last = words.last().map(String::as_str).unwrap_or("");
        if c.after_title {
            return Some(NameType::Person);
        }
        if lexicon::DEMONYMS.contains(lower.as_str()) {
            return Some(NameType::Group);
        }
        if lexicon::COUNTRIES.contains(lower.as_str()) || lexicon::PLACES.contains(lower.as_str()) {
            return Some(NameType::Place);
        }
        if lexicon::ORGS.contains(lower.as_str()) {
            return Some(NameType::Org);
        }
        let org_of = words
            .windows(2)
            .any(|w| lexicon::ORG_WORDS.contains(w[0].as_str()) && w[1] == "of");
        if words.len() > 1 && lexicon::ORG_WORDS.contains(last) || org_of {
            return Some(NameType::Org);
        }
        if words.len() > 1 && lexicon::PLACE_WORDS.contains(last) {
            return Some(NameType::Place);
        }
        if words.len() > 1 && lexicon::OTHER_WORDS.contains(last) {
            return Some(NameType::Other);
        }
        if is_all_caps(name.trim_end_matches('.'))
            || name.contains('.')
                && name.chars().filter(|c| c.is_uppercase()).count() >= 2
                && words.len() > 1
                && words.iter().all(|w| w.chars().count() == 1)
        {
            return Some(NameType::Org);
        }
        if words.len() > 1 && lexicon::FIRST_NAMES.contains(first) {
            return Some(NameType::Person);
        }
        let prev = self.word_before(c.first).map(str::to_lowercase);
        if let Some(p) = &prev {
            if lexicon::TITLES.contains(p.as_str()) {
                return Some(NameType::Person);
            }
            if PLACE_PREPOSITIONS.contains(&p.as_str()) {
                return Some(NameType::Place);
            }
        }
        let next = self.word_after(c.last).map(str::to_lowercase);
        if next
            .as_deref()
            .is_some_and(|n| lexicon::SPEECH_VERBS.contains(n))
        {
            return Some(NameType::Person);
        }
        if words.len() == 1
            && (lexicon::FIRST_NAMES.contains(first) || lexicon::SURNAMES.contains(first))
        {
            return Some(NameType::Person);
        }
        if words.len() > 1 && lexicon::SURNAMES.contains(last) {
            return Some(NameType::Person);
        }
        None
    }

    fn word_before(&self, i: usize) -> Option<&'a str> {
        if i >= 2 && self.is_space(i - 1) {
            self.word(i - 2)
        } else {
            None
        }
    }

    fn word_after(&self, i: usize) -> Option<&'a str> {
        // Skip a possessive-free end; `Kirby said`, `Kirby, who said` is left alone.
        if self.is_space(i + 1) {
            self.word(i + 2)
        } else {
            None
        }
    }
}

fn is_possessive(w: &str) -> bool {
    ["’s", "'s", "ʼs", "’S", "'S"]
        .iter()
        .any(|s| w.len() > s.len() && w.ends_with(s))
}

/// `We’ve` → `we`: the word a contraction is built on.
fn contraction_base(lower: &str) -> &str {
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
    )
}

/// Gives untyped and short mentions the type of the longer name they belong to, and types
/// the rest by what most names in news are.
fn link_types(text: &str, found: &mut [Candidate]) {
    let mut by_word: HashMap<String, NameType> = HashMap::new();
    let mut by_full: HashMap<String, NameType> = HashMap::new();
    for c in found.iter() {
        let Some(t) = c.name_type else { continue };
        let name = &text[c.range.clone()];
        by_full.entry(name.to_string()).or_insert(t);
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() > 1 {
            if t == NameType::Person {
                for w in [words[0], words[words.len() - 1]] {
                    by_word.entry(w.to_string()).or_insert(t);
                }
            } else {
                by_word
                    .entry(words[words.len() - 1].to_string())
                    .or_insert(t);
            }
        }
    }
    for c in found.iter_mut() {
        let name = &text[c.range.clone()];
        let known = by_full
            .get(name)
            .copied()
            .or_else(|| by_word.get(name).copied());
        match (c.name_type, known) {
            (None, Some(t)) => c.name_type = Some(t),
            // `Biden` after `Joe Biden`: a person, whatever its context said.
            (Some(t), Some(NameType::Person))
                if t != NameType::Group
                    && !c.from_lexicon
                    && !name.contains(' ')
                    && by_word.get(name) == Some(&NameType::Person) =>
            {
                c.name_type = Some(NameType::Person)
            }
            (None, None) => {
                let words = name.split_whitespace().count();
                let person_like = words == 1;
                c.name_type = Some(if person_like {
                    NameType::Person
                } else {
                    NameType::Other
                });
            }
            _ => {}
        }
    }
}

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
            ["OCHA", "U.S.", "State Department"]
        );
    }

    #[test]
    fn titles_inside_a_run_split_it() {
        assert_eq!(
            names("the Afghan Ambassador Hamdullah Mohib spoke"),
            ["Afghan", "Hamdullah Mohib"]
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
            names("said Kirby. “We’ve engaged them,” he said. [21] The end. In Byron's view"),
            ["Kirby", "Byron"]
        );
    }

    #[test]
    fn days_months_and_pronoun_i_are_not_names() {
        assert!(names("on Monday in March I said").is_empty());
    }

    #[test]
    fn all_caps_text_is_not_all_names() {
        assert!(names("BREAKING NEWS: THE MARKET FELL SHARPLY TODAY").len() <= 1);
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
}
