//! Says who said each quote, and whether a quote is speech or a quoted term.
//!
//! Attribution looks in the sentence around the quote for a speech verb (kept as data in
//! `data/lexicon/speech_verbs.txt`) and takes the noun phrase on its far side from the
//! quote: `“…,” Kirby added`, `“…,” said Kirby`, `Kirby said: “…”`, `White House
//! spokesperson John Kirby said`, `according to Kirby`, `Ana Soto of the Courier said`,
//! `a spokesman for the ministry said`. Who is `told` or `asked` only listens; `according
//! to` after the quote yields to a speech verb before it, and `quoting X` names X.
//!
//! A pronoun or a definite role resolves to an earlier name of the article
//! ([`Speaker::name`]; [`Speaker::mention`] keeps the words used): `he`/`she` to the
//! nearest person of a fitting gender (given-name lists and titles, `data/lexicon/
//! {male,female}_names.txt`) that is the subject of its clause, the last speaker or a
//! source, else the nearest; `the minister` to a person written with that role; `it` to an
//! organisation or the speaker just before; `they` to a plural subject (`The authors
//! say`). A resolved person is named in full (`John Kirby` for `Kirby`).
//!
//! A quote with no attribution of its own continues the speaker of the quote before it in
//! the same paragraph, or one joined to it by `and` or a colon; a quote that opens a
//! sentence takes the speaker, or the person, of the sentence before.
//!
//! `the company` (an organisation noun, `data/lexicon/speaker_words.txt` class `o`)
//! resolves to an organisation named a few sentences before; `the 24-year-old` like `he`.
//! A verb in a relative clause (`, who asked not to be named,`) or in what a speaker
//! reports (`X said the data suggested “…”`) does not take the quote from the sentence's.
//!
//! A short quote (a few words, no sentence punctuation) with no speaker is a quoted term.
//! A quote in title case (`“Night Shift”`), a mentioned word (`the word “abate”`), a term
//! run on into a noun (`its “comeback” years`) and what `has been described as` something
//! have no speaker.
//! Every search looks back or ahead a bounded number of tokens or names, so the work
//! stays linear in the text.

use std::ops::Range;

use crate::lexicon;
use crate::token::{Token, TokenKind};
use crate::{Attrs, NameType, QuoteType, Span, Speaker};

/// How many words from the quote an attribution may stand.
const WINDOW_WORDS: usize = 14;

/// How many characters around a quote the paragraph tests read.
const MARGIN: usize = 200;

/// How many tokens of any kind the search for an attribution may cross.
const MAX_WINDOW_TOKENS: usize = 120;

/// Attributes `quotes` in place, using the name spans found in the same text.
pub(crate) fn attribute(text: &str, tokens: &[Token], quotes: &mut [Span], names: &[Span]) {
    if quotes.is_empty() {
        // Nothing to attribute: the tables below would cost as much as a few quotes.
        return;
    }
    let ctx = Context::new(text, tokens, names);
    // The last speaker found: (paragraph start, speaker, end of its quote).
    let mut previous: Option<(usize, Speaker, usize)> = None;
    let mut previous_quote_end = 0;
    // Where the name of the last speaker that is one starts: `he` likely goes on with them.
    let mut last_speaker: Option<usize> = None;
    let mut paragraphs = Paragraphs {
        text,
        scanned: 0,
        start: 0,
    };
    for quote in quotes.iter_mut() {
        let range = quote.range();
        let paragraph = paragraphs.start_of(range.start);
        let term = is_term(&text[range.clone()]);
        // The words after the closing mark, read once for the two searches that need them.
        let words_after = std::cell::OnceCell::new();
        let words_after = || {
            words_after
                .get_or_init(|| ctx.words_after(range.end))
                .as_deref()
        };
        // A verb right before the quote (`said: “…”`, `adding that “…”`) is nearer than
        // anything after it; otherwise the attribution after the quote comes first.
        // `a podcast called “Night Shift”`, `a robot named “Spark”`: a name given, no one
        // speaking.
        // `the word “modify”`; a title or nickname in capitals (`the podcast “Night
        // Shift”`, `Jo “Spark” Berg`) names something too.
        let named = term && ctx.naming_right_before(range.start) || is_title(&text[range.clone()]);
        // `its “comeback” years`: a term the sentence runs on from is a noun's part, and
        // the verb after it (`…, Cleveland has added`) says nothing of it.
        let after = || {
            if term && glued_after(&text[range.end..]) {
                None
            } else {
                ctx.attribution_after(range.end, words_after()?)
            }
        };
        let verb_before = ctx.verb_right_before(range.start);
        let own = if verb_before {
            ctx.attribution_before(range.start, previous_quote_end)
                .or_else(after)
        } else {
            after().or_else(|| ctx.attribution_before(range.start, previous_quote_end))
        }
        // `Ruiz said Berg sent “greetings” according to the agency`: the verb wins.
        .or_else(|| ctx.according_after(words_after()?))
        // A few quoted words take a speaker only when a named one says them, or a verb
        // of saying comes right before them (`the ministry recommending “free tools”`):
        // `officials called it a ‘tactical pause’` is a term, not speech.
        .filter(|m| {
            !named
                && (!term
                    // A pronoun or a person's role; `the department` is no more than a
                    // phrase.
                    || m.refers_back == Some(NameType::Person)
                    || m.refers_back.is_some() && !text[m.range.clone()].contains(' ')
                    || ctx.is_name(&m.range)
                    || text[range.clone()].contains(' ')
                        && (ctx.saying_right_before(range.start)
                            || ctx.saying_in_sentence_before(range.start, previous_quote_end)))
        });
        // `Okafor noted the cuts work. “…”`: a quote that opens its sentence, right after a
        // sentence of reported speech, is more of the same speaker.
        let own = own.or_else(|| {
            (!term)
                .then(|| ctx.sentence_before(range.start, opens_paragraph(text, &range)))
                .flatten()
                .and_then(|end| {
                    ctx.attribution_before(end, previous_quote_end)
                        // Only a named speaker carries over a sentence boundary, not
                        // `earmarks added`.
                        .filter(|m| m.refers_back.is_some() || ctx.is_name(&m.range))
                        // `Berg offered his reasons.` `“…”`: the person the sentence is about.
                        .or_else(|| ctx.subject_before(end, previous_quote_end))
                })
        });
        let speaker = match own {
            Some(mention) => {
                let (mut speaker, entity) = ctx.resolve(mention, range.start, last_speaker);
                last_speaker = entity;
                // `The agency said …. “…,” it said`: with no organisation named, `it` is
                // the speaker just before.
                if speaker.name.eq_ignore_ascii_case("it") {
                    let before = previous
                        .as_ref()
                        .filter(|(_, _, end)| range.start - end < 400)
                        .map(|(_, s, _)| s.name.clone());
                    // `The company said profits fell. “…,” it said.`
                    let subject = || {
                        ctx.subject_phrase_before(ctx.token_at(speaker.mention.start), false)
                            .map(|r| text[r].to_string())
                    };
                    if let Some(name) = before.or_else(subject) {
                        speaker.name = name;
                    }
                }
                Some(speaker)
            }
            // `called it “cruel” and “ideological”`, `…” (in Italian):` ⏎ `“…`: a quote
            // joined to the one before by nothing but `and`, `or` or a colon goes on
            // with its speaker, even a quoted term.
            None if !named
                && previous
                    .as_ref()
                    .is_some_and(|(_, _, end)| *end == previous_quote_end)
                && is_joined(&text[previous_quote_end..range.start]) =>
            {
                previous.as_ref().map(|(_, s, _)| s.clone())
            }
            None if !term => previous
                .as_ref()
                .filter(|(p, _, _)| *p == paragraph || is_whole_paragraph(text, &range))
                .map(|(_, s, _)| s.clone()),
            None => None,
        };
        let quote_type = if speaker.is_none() && term {
            QuoteType::Term
        } else {
            QuoteType::Speech
        };
        if let Some(s) = &speaker {
            previous = Some((paragraph, s.clone(), range.end));
        }
        previous_quote_end = range.end;
        if let Attrs::Quote {
            quote_type: qt,
            speaker: sp,
        } = quote.attrs_mut()
        {
            *qt = quote_type;
            *sp = if quote_type == QuoteType::Speech {
                speaker
            } else {
                None
            };
        }
    }
}

/// No earlier mention, in [`Context::earlier_mention`].
const NO_MENTION: usize = usize::MAX;

/// For each name, the index of the mention of the same entity before it, and for each
/// entity id, its last mention ([`NO_MENTION`] for none): a search for an entity's
/// mentions then reads no other names. A name with no entity id below the name count (the
/// names module gives every name one) is in no chain.
fn mention_chains(names: &[Span]) -> (Vec<usize>, Vec<usize>) {
    let mut last = vec![NO_MENTION; names.len()];
    let mut earlier = Vec::with_capacity(names.len());
    for (k, n) in names.iter().enumerate() {
        let Some(e) = n.entity().map(|e| e as usize).filter(|&e| e < names.len()) else {
            earlier.push(NO_MENTION);
            continue;
        };
        earlier.push(last[e]);
        last[e] = k;
    }
    (earlier, last)
}

/// `s.split_whitespace().count()`.
fn word_count(s: &str) -> usize {
    words_up_to(s, usize::MAX)
}

/// `s.split_whitespace().take(n).count()`, with ASCII spaces told by a byte test: the
/// iterator's own test cost more than the rest of finding full forms and terms.
fn words_up_to(s: &str, n: usize) -> usize {
    let bytes = s.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let (space, width) = if b.is_ascii() {
            // The ASCII characters `char::is_whitespace` accepts, U+000B included.
            (matches!(b, b'\t'..=b'\r' | b' '), 1)
        } else {
            // `at` is a character boundary: only whole characters are stepped over.
            let c = s[at..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if !space && !in_word {
            if count == n {
                break;
            }
            count += 1;
        }
        in_word = !space;
        at += width;
    }
    count
}

/// Is the text between two quotes only marks, brackets, commas, a colon, line breaks and
/// `and`/`or`: `” and “`, `” (in Italian):` ⏎ `“`? Short texts only.
fn is_joined(between: &str) -> bool {
    if between.len() > 60 {
        return false;
    }
    let mut depth = 0usize;
    let mut word = String::new();
    for c in between.chars().chain([' ']) {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            c if c.is_alphanumeric() => word.push(c),
            '.' | '!' | '?' | ';' => return false,
            _ => {
                if !matches!(word.as_str(), "" | "and" | "or") {
                    return false;
                }
                word.clear();
            }
        }
    }
    true
}

/// A quote that is its own paragraph: only marks and punctuation around it on its line.
/// Both scans stop at the first letter or digit or after [`MARGIN`] characters, so they
/// cost little on any input.
fn is_whole_paragraph(text: &str, quote: &Range<usize>) -> bool {
    let bare = |c: &char| c.is_alphanumeric();
    let before = text[..quote.start]
        .chars()
        .rev()
        .take(MARGIN)
        .take_while(|&c| !is_paragraph_break(c));
    let after = text[quote.end..]
        .chars()
        .take(MARGIN)
        .take_while(|&c| !is_paragraph_break(c));
    !before.clone().any(|c| bare(&c)) && !after.clone().any(|c| bare(&c))
}

/// A quote that opens its paragraph: only marks and space before it on its line.
fn opens_paragraph(text: &str, quote: &Range<usize>) -> bool {
    !text[..quote.start]
        .chars()
        .rev()
        .take(MARGIN)
        .take_while(|&c| !is_paragraph_break(c))
        .any(char::is_alphanumeric)
}

fn is_paragraph_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2029}')
}

/// Where the last [`is_paragraph_break`] in `bytes` starts: `rfind(is_paragraph_break)`
/// by bytes, `\u{2029}` being E2 80 A9.
fn last_paragraph_break(bytes: &[u8]) -> Option<usize> {
    let mut end = bytes.len();
    loop {
        let at = memchr::memrchr3(b'\n', b'\r', 0xA9, &bytes[..end])?;
        if bytes[at] != 0xA9 {
            return Some(at);
        }
        if at >= 2 && bytes[at - 2] == 0xE2 && bytes[at - 1] == 0x80 {
            return Some(at - 2);
        }
        end = at;
    }
}

/// Finds paragraph starts for ascending offsets, scanning each byte of the text once.
struct Paragraphs<'t> {
    text: &'t str,
    scanned: usize,
    start: usize,
}

impl Paragraphs<'_> {
    fn start_of(&mut self, at: usize) -> usize {
        if at > self.scanned {
            if let Some(i) = last_paragraph_break(&self.text.as_bytes()[self.scanned..at]) {
                self.start = self.scanned + i + 1;
            }
            self.scanned = at;
        }
        self.start
    }
}

/// A quote in title case, as names of works and nicknames are written: `“The Salt
/// Orchard”`, `“Make Millbrook Safe Again”`, `“Spark”`. A single word only with no
/// punctuation of its own (`“Never,” she said` is speech); no sentence stops inside.
fn is_title(quote: &str) -> bool {
    let trimmed = quote.trim();
    let body = trimmed.trim_end_matches([',', '.']);
    let bare = body.len() == trimmed.len();
    // Every test below says no on its own, so the first word that fails ends the reading:
    // a long quote is read no further than its ninth word, most speech to its second.
    let mut words = 0;
    let mut capitals = 0;
    // `“I Do”` is as likely speech as a title: only words past `I` count.
    let mut pronouns = 0;
    for w in body.split_whitespace() {
        words += 1;
        // Eight words at most.
        if words > 8 {
            return false;
        }
        if w.starts_with(char::is_uppercase) {
            capitals += 1;
            if w == "I" {
                pronouns += 1;
            }
        } else if !w.starts_with(|c: char| c.is_ascii_digit() || c == '&')
            && !matches!(
                w,
                "of" | "the"
                    | "and"
                    | "a"
                    | "an"
                    | "in"
                    | "on"
                    | "for"
                    | "to"
                    | "at"
                    | "by"
                    | "with"
                    | "or"
                    | "from"
                    | "vs"
            )
        {
            return false;
        }
    }
    if words < 2 && !bare || body.contains(['.', '!', '?', ',', ';']) {
        return false;
    }
    capitals > pronouns
}

/// Does a word follow the closing mark with nothing but space between: `“comeback” years`?
/// A verb of saying is no such word: `“Enough” said Ana Soto` is speech with its comma left out.
fn glued_after(after: &str) -> bool {
    let rest = after.trim_start_matches(['”', '’', '"', '\'', '»']);
    let word = rest.trim_start();
    if !rest.starts_with(char::is_whitespace) || !word.starts_with(char::is_alphanumeric) {
        return false;
    }
    let word = word
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .lower_case();
    !lexicon::SPEECH_VERBS.contains(&word)
}

/// A few words with no sentence punctuation: `‘tactical pauses’`.
fn is_term(quote: &str) -> bool {
    // Sentence punctuation at the end says no before any word is counted; then five
    // words at most: more say no, and a long quote is not read to its end.
    !quote
        .trim_end()
        .ends_with(['.', ',', '!', '?', ';', ':', '…'])
        && words_up_to(quote, 5) <= 4
}

struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    names: &'a [Span],
    /// Per entity id: the range of its longest mention (empty when unknown), once asked.
    full: Vec<std::cell::OnceCell<Range<usize>>>,
    /// Per name, the index of the mention of its entity before it ([`NO_MENTION`] for
    /// none).
    earlier_mention: Vec<usize>,
    /// Per entity id, its last mention ([`NO_MENTION`] for none).
    last_mention: Vec<usize>,
    /// Per token, the facts worked out about it so far, as bits ([`VERB`], [`ABBREVIATION`]
    /// and the marks that they are known): the windows around the quotes ask about the same
    /// words many times.
    facts: Vec<std::cell::Cell<u8>>,
    /// Per name, [`Context::gender_of`] its name once asked ([`GENDER_UNKNOWN`] before):
    /// each pronoun weighs the same recent names.
    genders: Vec<std::cell::Cell<u8>>,
    /// The last two answers of [`Context::token_at`], (byte, token): the searches around
    /// one quote ask for the token at its start or end again and again.
    recent_tokens: std::cell::Cell<[Option<(usize, usize)>; 2]>,
}

/// The bits of `Context::facts`: whether a token is a speech verb ([`Context::is_verb`]),
/// whether it is a word before an abbreviation's dot ([`Context::is_abbreviation`]), and
/// for each, whether that is known yet.
const VERB_KNOWN: u8 = 1;
const VERB: u8 = 2;
const ABBREVIATION_KNOWN: u8 = 4;
const ABBREVIATION: u8 = 8;

/// A mark in `Context::genders` for a name not asked about yet; 0 is no gender, 1 male
/// and 2 female.
const GENDER_UNKNOWN: u8 = 3;

/// A speaker mention as first read: the phrase and whether it needs resolving.
struct Mention {
    range: Range<usize>,
    refers_back: Option<NameType>,
}

impl<'a> Context<'a> {
    fn new(text: &'a str, tokens: &'a [Token], names: &'a [Span]) -> Context<'a> {
        let (earlier_mention, last_mention) = mention_chains(names);
        // Each full form is found when first asked for, from its entity's mentions alone.
        let full = vec![std::cell::OnceCell::new(); names.len()];
        Context {
            text,
            tokens,
            names,
            full,
            earlier_mention,
            last_mention,
            facts: vec![std::cell::Cell::new(0); tokens.len()],
            genders: vec![std::cell::Cell::new(GENDER_UNKNOWN); names.len()],
            recent_tokens: std::cell::Cell::new([None; 2]),
        }
    }

    /// Index of the first token starting at or after `byte`.
    fn token_at(&self, byte: usize) -> usize {
        let recent = self.recent_tokens.get();
        if let Some((_, i)) = recent.into_iter().flatten().find(|&(b, _)| b == byte) {
            return i;
        }
        let i = self.tokens.partition_point(|t| t.start < byte);
        self.recent_tokens.set([Some((byte, i)), recent[0]]);
        i
    }

    /// A fact about token `i` (the bit `yes`), worked out by `work_out` the first time it is
    /// asked and kept in [`Context::facts`] with the bit `known`; false past the last token.
    fn fact(&self, i: usize, known: u8, yes: u8, work_out: impl FnOnce() -> bool) -> bool {
        let Some(cell) = self.facts.get(i) else {
            return false;
        };
        if cell.get() & known == 0 {
            let answer = work_out();
            cell.set(cell.get() | known | if answer { yes } else { 0 });
        }
        cell.get() & yes != 0
    }

    /// Is token `i` the word `w`, in any case? The byte lengths are compared first: the
    /// scans back over many tokens ask this of each.
    fn word_is(&self, i: usize, w: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.end - t.start == w.len()
                && t.kind == TokenKind::Word
                && t.text(self.text).eq_ignore_ascii_case(w)
        })
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.tokens.get(i)?;
        (t.kind == TokenKind::Word).then(|| t.text(self.text))
    }

    fn is_verb(&self, i: usize) -> bool {
        self.fact(i, VERB_KNOWN, VERB, || self.is_verb_uncached(i))
    }

    fn is_verb_uncached(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            // `the United States has`: a capital word in a name is no verb. Asked before the
            // lookup, which costs more and is not needed then.
            if w.starts_with(char::is_uppercase) && self.name_at(i).is_some() {
                return false;
            }
            lexicon::SPEECH_VERBS.contains(&w.lower_case())
                // `they call for “…”`; `the Persians call it “…”` only names.
                || w == "call" && self.word_after(i + 1).and_then(|n| self.word(n)) == Some("for")
        })
    }

    fn is_name(&self, range: &Range<usize>) -> bool {
        self.name_with_range(range).is_some()
    }

    /// The name span that covers token `i`, if any.
    fn name_at(&self, i: usize) -> Option<&'a Span> {
        let t = self.tokens.get(i)?;
        let k = self.names.partition_point(|n| n.end() <= t.start);
        self.names.get(k).filter(|n| n.start() <= t.start)
    }

    /// Words after the closing mark, up to the end of the sentence: `, Kirby added.`
    /// None when they introduce the next quote instead (`“….” Okafor exclaimed: “…”`).
    fn words_after(&self, quote_end: usize) -> Option<Vec<usize>> {
        let mut i = self.token_at(quote_end);
        let start = i;
        // Skip the closing mark and the punctuation glued to it.
        let mut words: Vec<usize> = Vec::with_capacity(WINDOW_WORDS + 1);
        let mut colon = false;
        let ends_sentence = self.text[..quote_end].trim_end().ends_with(['.', '!', '?']);
        while let Some(t) = self.tokens.get(i) {
            match t.kind {
                TokenKind::LineBreak => break,
                TokenKind::Word => words.push(i),
                TokenKind::Punct => {
                    let c = t.punct(self.text).unwrap_or(' ');
                    // A stop outside the closing mark ends the sentence there: `“…”. Hill
                    // commented` starts a new one with a speaker of its own.
                    let sentence_end = matches!(c, '.' | '!' | '?' | ';')
                        && !(c == '.' && !words.is_empty() && self.is_abbreviation(i));
                    let next_quote = matches!(c, '“' | '«' | '„' | '"') && !words.is_empty();
                    if next_quote && colon && ends_sentence {
                        // `“….” Okafor then exclaimed: “…”` introduces the next quote.
                        return None;
                    }
                    if sentence_end || next_quote {
                        break;
                    }
                    colon |= c == ':' && !words.is_empty();
                }
                _ => {}
            }
            if words.len() > WINDOW_WORDS || i > start + MAX_WINDOW_TOKENS {
                break;
            }
            i += 1;
        }
        Some(words)
    }

    /// `“…” according to Kirby` or `“…” following surgery, according to Kirby`: weaker
    /// than a speech verb on either side of the quote.
    fn according_after(&self, words: &[usize]) -> Option<Mention> {
        let p = words.windows(2).position(|w| {
            self.word(w[0])
                .is_some_and(|a| a.eq_ignore_ascii_case("according"))
                && self.word(w[1]) == Some("to")
        })?;
        self.phrase_from(&words[p + 2..])
    }

    /// The attribution in the words after the closing mark (`, Kirby added.`), given the
    /// [`Context::words_after`] it.
    fn attribution_after(&self, quote_end: usize, words: &[usize]) -> Option<Mention> {
        let first = *words.first()?;
        if self.is_verb(first) {
            // `said Kirby`, `said the ministry`, `added White House spokesperson John Kirby`.
            if takes_listener(self.word(first).unwrap_or("")) {
                return None;
            }
            return self.phrase_from(&words[1..]);
        }
        // `“…” — Peres`: a dash and a name sign the quote.
        let between = &self.text[quote_end..self.tokens[first].start];
        if between.contains(['—', '–', '-']) && !between.contains(['.', ',']) {
            if let Some(name) = self.name_at(first) {
                return Some(Mention {
                    range: name.range(),
                    refers_back: None,
                });
            }
        }
        // `Kirby added`, `he said`, `White House spokesperson John Kirby said`.
        let v = words.iter().position(|&w| self.is_verb(w))?;
        if v == 0 {
            return None;
        }
        // `“… I ever had.” Mensah described her as the best…`: after a full stop inside
        // the quote, a new sentence whose verb goes on to an object of its own says
        // something else; `“….” Kirby said.` still attributes.
        if self.text[..quote_end].trim_end().ends_with('.')
            && self
                .word(first)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && words.len() > v + 3
        {
            return None;
        }
        // `Ana Soto, a lecturer at the Lagos Institute, said`.
        if let Some(name) = self
            .name_at(first)
            .filter(|n| n.name_type() == Some(NameType::Person))
        {
            if self.text[name.end()..self.tokens[words[v]].start]
                .trim_start()
                .starts_with(',')
            {
                return Some(Mention {
                    range: name.range(),
                    refers_back: None,
                });
            }
        }
        if v > 8 {
            return None;
        }
        self.phrase_before(&words[..v])
    }

    /// The sentence before the opening mark: `Kirby said: “…”`, `according to Kirby, “…”`.
    fn attribution_before(&self, quote_start: usize, floor: usize) -> Option<Mention> {
        let words = self.words_before(quote_start, floor);
        // A headline's `Okafor: “…”`: a name alone before a colon.
        if let (Some(&first), Some(name)) = (
            words.first(),
            words.last().and_then(|&last| self.name_at(last)),
        ) {
            let before_mark = self
                .text
                .get(name.end()..quote_start)
                .unwrap_or("")
                .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ':')
                .trim_end();
            if before_mark == ":"
                && self
                    .name_at(first)
                    .is_some_and(|n| n.range() == name.range())
                && self.starts_sentence(first)
            {
                return Some(Mention {
                    range: name.range(),
                    refers_back: None,
                });
            }
        }
        self.attribution_in(&words)
    }

    /// The person a sentence ending at `end` opens with: `Berg offered his reasons.`
    fn subject_before(&self, end: usize, floor: usize) -> Option<Mention> {
        let words = self.words_before(end, floor);
        self.sentence_subject(&words).filter(|m| {
            m.refers_back == Some(NameType::Person)
                || self.name_with_range(&m.range).and_then(Span::name_type)
                    == Some(NameType::Person)
        })
    }

    /// The words of the sentence before the opening mark, in order, from no earlier than `floor`.
    fn words_before(&self, quote_start: usize, floor: usize) -> Vec<usize> {
        let open = self.token_at(quote_start);
        let mut words: Vec<usize> = Vec::with_capacity(WINDOW_WORDS * 2 + 1);
        let mut i = open;
        while i > 0 {
            i -= 1;
            let t = &self.tokens[i];
            if t.end <= floor {
                break;
            }
            match t.kind {
                TokenKind::LineBreak => {
                    // `tweeted:` ⏎ `“…”`: a colon (comma, semicolon) carries the intro over
                    // the break.
                    let before = self.text[..t.start].trim_end();
                    if !(words.is_empty() && before.ends_with([':', ',', ';'])) {
                        break;
                    }
                }
                TokenKind::Word => words.push(i),
                TokenKind::Punct => {
                    let c = t.punct(self.text).unwrap_or(' ');
                    if matches!(c, '.' | '!' | '?') && !self.is_abbreviation(i) {
                        break;
                    }
                }
                _ => {}
            }
            if words.len() > WINDOW_WORDS * 2 || i + MAX_WINDOW_TOKENS < open {
                break;
            }
        }
        words.reverse();
        words
    }

    /// The attribution in the words of a sentence before a quote.
    fn attribution_in(&self, words: &[usize]) -> Option<Mention> {
        let m = self.attribution_within(words)?;
        // `Weller said the findings suggested that …`: a plain noun phrase reported right
        // after a verb of saying only passes on what the named speaker says.
        let plain = m.refers_back.is_none()
            && !self.is_name(&m.range)
            && self.text[m.range.clone()].starts_with(char::is_lowercase);
        let p = words
            .iter()
            .position(|&w| self.tokens[w].start >= m.range.start)
            .unwrap_or(0);
        let reported = |k: usize| {
            k > 0
                && (self.is_verb(words[k - 1])
                    || self.word(words[k - 1]) == Some("that")
                        && k > 1
                        && self.is_verb(words[k - 2]))
        };
        if plain && reported(p) {
            if let Some(outer) = self
                .attribution_within(&words[..p])
                .filter(|o| o.refers_back.is_some() || self.is_name(&o.range))
            {
                return Some(outer);
            }
        }
        Some(m)
    }

    fn attribution_within(&self, words: &[usize]) -> Option<Mention> {
        // `in his own words`: the person the sentence is about.
        if let Some(p) = words.windows(3).rposition(|w| {
            self.word(w[0]) == Some("in")
                && matches!(self.word(w[1]), Some("his" | "her"))
                && matches!(self.word(w[2]), Some("words" | "own"))
        }) {
            return Some(Mention {
                range: self.tokens[words[p + 1]].range(),
                refers_back: Some(NameType::Person),
            });
        }
        // `a quote from Seneca`, `the line of Horace`, `in the words of the judge, Ana Soto`.
        if let Some(p) = words.windows(3).rposition(|w| {
            matches!(self.word(w[0]), Some("the" | "a"))
                && matches!(
                    self.word(w[1]),
                    Some("words" | "quote" | "line" | "lines" | "phrase")
                )
                && matches!(self.word(w[2]), Some("of" | "from"))
        }) {
            if let Some(m) = self
                .appositive_name(&words[p + 3..])
                .or_else(|| self.phrase_from(&words[p + 3..]))
            {
                return Some(m);
            }
        }
        // `according to the agency, quoting state media`: who is quoted said it first.
        if let Some(p) = words.iter().rposition(|&w| {
            self.word(w)
                .is_some_and(|x| x.eq_ignore_ascii_case("quoting"))
        }) {
            if let Some(m) = self.phrase_from(&words[p + 1..]) {
                return Some(m);
            }
        }
        // `according to Kirby`.
        if let Some(p) = words.windows(2).rposition(|w| {
            self.word(w[0])
                .is_some_and(|a| a.eq_ignore_ascii_case("according"))
                && self.word(w[1]) == Some("to")
        }) {
            if let Some(m) = self.phrase_from(&words[p + 2..]) {
                return Some(m);
            }
        }
        // `Said one nurse, who asked not to be named: “…”`: a verb in a relative clause
        // set off by a comma is not the sentence's.
        let mut relative = false;
        let mut main_verb = None;
        // Where the clause set off by commas right before the main verb opens.
        let (mut opened, mut closed, mut set_off) = (None, None, None);
        for (k, &w) in words.iter().enumerate() {
            let comma = k > 0
                && self.text[self.tokens[words[k - 1]].end..self.tokens[w].start].contains(',');
            if comma {
                let x = self.word(w).unwrap_or("");
                relative = matches!(x, "who" | "which");
                closed = opened;
                opened = (relative || x.ends_with("ing")).then_some(k);
            }
            if !relative && self.is_verb(w) {
                main_verb = Some(k);
                set_off = closed.filter(|_| comma);
            }
        }
        let Some(v) = main_verb.or_else(|| words.iter().rposition(|&w| self.is_verb(w))) else {
            // `Her final words in court were:` — whose words they are.
            let p = words.windows(3).position(|w| {
                matches!(self.word(w[0]), Some("his" | "her" | "His" | "Her"))
                    && w[1..].iter().any(|&k| {
                        matches!(
                            self.word(k),
                            Some(
                                "words"
                                    | "remarks"
                                    | "message"
                                    | "reply"
                                    | "response"
                                    | "statement"
                            )
                        )
                    })
            })?;
            return Some(Mention {
                range: self.tokens[words[p]].range(),
                refers_back: Some(NameType::Person),
            });
        };
        let verb = self.word(words[v]).unwrap_or("");
        let participle = verb.ends_with("ing");
        let reported = words
            .get(v + 1)
            .is_some_and(|&w| self.word(w) == Some("that"));
        // The passive names its speaker after `by`: `was described by The Guardian as`;
        // but one `quoted by` a paper is the subject (`he was quoted by the Post`).
        if words
            .get(v + 1)
            .is_some_and(|&w| self.word(w) == Some("by"))
            && verb != "quoted"
        {
            if let Some(m) = self.phrase_from(&words[v + 2..]) {
                return Some(m);
            }
        }
        // `The plan has been described as “…”`: what is described does not speak.
        if v > 0
            && matches!(
                self.word(words[v - 1]),
                Some("been" | "be" | "being" | "is" | "was" | "were" | "are")
            )
            && verb.ends_with('d')
            && verb != "quoted"
        {
            return None;
        }
        if v > 0 && !participle {
            if let Some(m) = self
                .appositive_subject(words[v])
                // `a senior official, speaking on condition of anonymity, said`: the
                // phrase before a clause set off by commas right before the verb.
                .or_else(|| self.phrase_before(&words[..set_off.filter(|&j| j < v)?]))
                .or_else(|| self.phrase_before(&words[..v]))
            {
                return Some(m);
            }
        }
        if participle && v > 0 {
            // `with Soto stating: “…”`: a person right before the participle says it.
            if let Some(name) = self
                .name_at(words[v - 1])
                .filter(|n| n.name_type() == Some(NameType::Person))
            {
                return Some(Mention {
                    range: name.range(),
                    refers_back: None,
                });
            }
        }
        if participle || reported || v > 0 {
            // `…, adding that “…”`, `and said that the leader had “…”`: the sentence's subject.
            if let Some(m) = self.sentence_subject(&words[..v]) {
                return Some(m);
            }
        }
        if participle && v > 0 {
            // `with one poster writing “…”`; after a comma (`…” for repairs, adding:`) the
            // participle goes with the sentence's subject, further back.
            let comma =
                self.text[self.tokens[words[v - 1]].end..self.tokens[words[v]].start].contains(',');
            if comma {
                return None;
            }
            if let Some(m) = self.phrase_before(&words[..v]) {
                return Some(m);
            }
        }
        // `said Kirby: “…”`; but who is `told` or `asked` only listens.
        if takes_listener(verb) {
            return None;
        }
        self.phrase_from(&words[v + 1..])
    }

    /// Where the sentence before a quote ends (its final stop), when the quote opens a new
    /// sentence in the same paragraph.
    /// A quote that is a paragraph of its own may take the last sentence of the paragraph
    /// before (`Mensah called her his best pupil.` ⏎ `“…”`).
    fn sentence_before(&self, quote_start: usize, cross_paragraph: bool) -> Option<usize> {
        let mut i = self.token_at(quote_start);
        for _ in 0..6 {
            i = i.checked_sub(1)?;
            let t = &self.tokens[i];
            match t.kind {
                TokenKind::Space => {}
                TokenKind::LineBreak if cross_paragraph => {}
                TokenKind::Punct => match t.punct(self.text) {
                    Some('.' | '!' | '?') if !self.is_abbreviation(i) => return Some(t.start),
                    Some('“' | '"' | '‘' | '\'' | '«' | '„' | '(') => {}
                    _ => return None,
                },
                _ => return None,
            }
        }
        None
    }

    /// `said: “`, `said “`, `adding that “`: a speech verb just before the opening mark.
    fn verb_right_before(&self, quote_start: usize) -> bool {
        self.verb_index_before(quote_start).is_some()
    }

    /// A verb of saying, not of naming (`called`, `dubbed`), right before a quoted phrase:
    /// `the ministry recommending “free tools”`.
    fn saying_right_before(&self, quote_start: usize) -> bool {
        self.verb_index_before(quote_start)
            .is_some_and(|v| !is_naming_verb(self.word(v).unwrap_or("")))
    }

    /// Is there a plain verb of saying earlier in the quote's sentence: `the agency said
    /// rivers were “rising fast”`?
    fn saying_in_sentence_before(&self, quote_start: usize, floor: usize) -> bool {
        self.words_before(quote_start, floor).iter().any(|&w| {
            self.word(w)
                .is_some_and(|x| x.starts_with(char::is_lowercase) && in_class('s', x))
        })
    }

    /// `called “…”`, `named “…”`: a verb of naming right before the opening mark.
    fn naming_right_before(&self, quote_start: usize) -> bool {
        let mut i = self.token_at(quote_start);
        for _ in 0..4 {
            let Some(k) = i.checked_sub(1) else {
                return false;
            };
            i = k;
            match self.tokens[i].kind {
                TokenKind::Space | TokenKind::Punct => {}
                TokenKind::Word => return in_class('n', self.word(i).unwrap_or("")),
                _ => return false,
            }
        }
        false
    }

    /// The index of the speech verb right before the opening mark, if there is one.
    fn verb_index_before(&self, quote_start: usize) -> Option<usize> {
        let mut i = self.token_at(quote_start);
        let mut skipped = 0;
        for _ in 0..8 {
            i = i.checked_sub(1)?;
            let t = &self.tokens[i];
            match t.kind {
                TokenKind::Space => {}
                TokenKind::Punct
                    if matches!(
                        t.punct(self.text),
                        Some(':' | ',' | '“' | '"' | '‘' | '\'' | '«' | '„')
                    ) => {}
                // `said that “…”`, `said it “…”`, `said they would “…”`.
                TokenKind::Word
                    if skipped < 2
                        && matches!(
                            t.text(self.text),
                            "that" | "it" | "he" | "she" | "they" | "we" | "would" | "will"
                        ) =>
                {
                    skipped += 1
                }
                TokenKind::Word => return self.is_verb(i).then_some(i),
                _ => return None,
            }
        }
        None
    }

    /// `Ana Soto, speaking at the congress, said` or `Tomas Berg, curator at the
    /// Museum of Ohio, Dayton, said`: the person set off by commas before the
    /// verb, else the name just before the verb's comma.
    fn appositive_subject(&self, verb: usize) -> Option<Mention> {
        let mut i = verb.checked_sub(1)?;
        // `The museum, which holds the bronzes, has said`: past an auxiliary or two.
        for _ in 0..3 {
            while self.tokens[i].kind == TokenKind::Space {
                i = i.checked_sub(1)?;
            }
            if !matches!(
                self.word(i),
                Some("has" | "had" | "have" | "also" | "later" | "then" | "again")
            ) {
                break;
            }
            i = i.checked_sub(1)?;
        }
        if self.tokens[i].punct(self.text) != Some(',') {
            return None;
        }
        let name_before = |comma: usize| {
            let mut n = comma.checked_sub(1)?;
            while self.tokens[n].kind == TokenKind::Space {
                n = n.checked_sub(1)?;
            }
            self.name_at(n)
        };
        let near = name_before(i);
        let mut earliest_person = None;
        let mut first_far = None;
        let floor = i.saturating_sub(60);
        let mut k = i;
        while k > floor {
            k -= 1;
            let t = &self.tokens[k];
            match t.kind {
                TokenKind::LineBreak => break,
                TokenKind::Punct => match t.punct(self.text) {
                    Some(',') => {
                        if let Some(name) =
                            name_before(k).filter(|n| n.name_type() != Some(NameType::Place))
                        {
                            first_far.get_or_insert(name);
                            if name.name_type() == Some(NameType::Person) {
                                earliest_person = Some(name);
                            }
                        }
                    }
                    Some('.' | '!' | '?' | '“' | '”' | '"' | ';') if !self.is_abbreviation(k) => {
                        break
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        let is_person = |s: &&Span| s.name_type() == Some(NameType::Person);
        // `the head of Western Rail, Mark Feldman, said`: a person set off by commas names
        // the role before it.
        let set_off = near
            .filter(is_person)
            .filter(|n| self.text[..n.start()].trim_end().ends_with(','));
        let pick = set_off
            .or(earliest_person)
            .or_else(|| near.filter(is_person))
            .or(first_far)
            .or(near)?;
        Some(Mention {
            range: pick.range(),
            refers_back: None,
        })
    }

    /// Is the word at token `i` a title or role (`minister`, `spokesman`)?
    /// What a noun phrase opening with `determiner` and ending at token `last` refers back
    /// to: `the minister` and `the 24-year-old` to a person, `the company` to an
    /// organisation; `a spokesman` or `the letter` to no one named.
    fn definite_reference(&self, determiner: &str, last: usize) -> Option<NameType> {
        if determiner != "the" {
            return None;
        }
        let w = self.word(last).unwrap_or("").lower_case();
        if self.is_role(last) || w == "old" && self.word(last.saturating_sub(2)) == Some("year") {
            Some(NameType::Person)
        } else if in_class('o', &w) {
            Some(NameType::Org)
        } else {
            None
        }
    }

    fn is_role(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|w| lexicon::TITLES.contains(w.lower_case().as_str()))
    }

    /// The last person named in the first words of a run: `the state prosecutor, Lena Aas`.
    /// A two-word name the lexicons could not type counts as a person here.
    fn appositive_name(&self, words: &[usize]) -> Option<Mention> {
        // `a quote from Lord Lane and Smith v. Jones`: the first of a list.
        let names: Vec<&Span> = words
            .iter()
            .take(8)
            .take_while(|&&k| !matches!(self.word(k), Some("and" | "or")))
            .filter_map(|&k| self.name_at(k))
            .collect();
        let personal = |n: &&&Span| {
            n.name_type() == Some(NameType::Person)
                || n.name_type() == Some(NameType::Other) && self.text[n.range()].contains(' ')
        };
        let last_person = names.iter().rev().find(|n| {
            n.name_type() == Some(NameType::Person) && self.text[n.range()].contains(' ')
        });
        let pick = last_person.or_else(|| names.iter().rev().find(personal))?;
        Some(Mention {
            range: pick.range(),
            refers_back: None,
        })
    }

    /// The person (else organisation) a sentence opens with, within its first few words.
    fn sentence_subject(&self, words: &[usize]) -> Option<Mention> {
        // A person or `he`/`she` its verb follows: `Head of the Harbour Union, Ana Soto,
        // offered`, `On Monday he wrote`.
        let mut seen = None;
        for (i, &w) in words.iter().enumerate().take(12) {
            let lower = self.word(w).unwrap_or("").lower_case();
            if matches!(lower.as_str(), "he" | "she") {
                // `he wrote`, or a question's `why did she go`.
                let asked = i
                    .checked_sub(1)
                    .and_then(|p| self.word(words[p]))
                    .is_some_and(|a| {
                        matches!(
                            a.lower_case().as_str(),
                            "did"
                                | "does"
                                | "was"
                                | "is"
                                | "has"
                                | "had"
                                | "would"
                                | "could"
                                | "will"
                        )
                    });
                if asked
                    || words
                        .get(i + 1)
                        .and_then(|&n| self.word(n))
                        .is_some_and(is_verb_like)
                {
                    return Some(Mention {
                        range: self.tokens[w].range(),
                        refers_back: Some(NameType::Person),
                    });
                }
                continue;
            }
            let Some(name) = self.name_at(w) else {
                continue;
            };
            if seen == Some(name.start()) {
                continue;
            }
            seen = Some(name.start());
            if name.name_type() == Some(NameType::Person)
                && !self.possessive_after(name)
                && self.verb_follows(name)
            {
                return Some(Mention {
                    range: name.range(),
                    refers_back: None,
                });
            }
        }
        let opening = &words[..words.len().min(8)];
        [NameType::Person, NameType::Org]
            .into_iter()
            .find_map(|wanted| {
                opening.iter().enumerate().find_map(|(i, &w)| {
                    let name = self.name_at(w)?;
                    // `Chilean president Ana Ortiz`: the first name only qualifies the role.
                    let modifier = opening.get(i + 1).is_some_and(|&n| {
                        self.word(n)
                            .is_some_and(|x| x.starts_with(char::is_lowercase))
                            && self.is_role(n)
                    });
                    // `Okafor's cousin, Ana Soto, said`: the owner is not the subject.
                    let owner = self.possessive_after(name);
                    (name.name_type() == Some(wanted) && !modifier && !owner).then(|| Mention {
                        range: name.range(),
                        refers_back: None,
                    })
                })
            })
    }

    /// Is the dot at token `dot` part of an abbreviation (`Mr.`, `J.`, `Gen.`, `Inc.`)
    /// rather than a full stop? The same test as the names module's.
    fn is_abbreviation(&self, dot: usize) -> bool {
        dot > 0
            && self.fact(dot - 1, ABBREVIATION_KNOWN, ABBREVIATION, || {
                self.word(dot - 1).is_some_and(is_abbreviation_word)
            })
    }

    /// The phrase a name or noun phrase starting at token `start` qualifies, through `of`,
    /// `for`, `at` or `from`: `Ana Soto` for `Ana Soto of the Courier`, `a spokesman for
    /// the ministry` (to `end`), `PC Weekly` for `PC Weekly's review of its figures`.
    fn owner_before(&self, start: usize, end: usize) -> Option<Mention> {
        let mut p = self.word_before(start)?;
        if self.word(p).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            p = self.word_before(p)?;
        }
        // `of the Courier and Post`: over one name joined by `and`.
        if self.word(p) == Some("and") {
            let joined = self.name_at(self.word_before(p)?)?;
            p = self.word_before(self.token_at(joined.start()))?;
            if self.word(p).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
                p = self.word_before(p)?;
            }
        }
        if !matches!(self.word(p)?, "of" | "for" | "at" | "from") {
            return None;
        }
        let head = self.word_before(p)?;
        if let Some(name) = self.name_at(head) {
            return (name.name_type() == Some(NameType::Person)).then(|| Mention {
                range: name.range(),
                refers_back: None,
            });
        }
        let head_word = self.word(head)?;
        if is_clause_word(&head_word.lower_case()) {
            return None;
        }
        // `Economists at the Fiscal Institute said`: a bare plural opening the sentence.
        let opening = |k: usize| {
            self.starts_sentence(k).then(|| Mention {
                range: self.tokens[k].start..end,
                refers_back: None,
            })
        };
        if !head_word.starts_with(char::is_lowercase) {
            return opening(head).filter(|_| head_word.ends_with('s'));
        }
        // Back over the head's own phrase to its determiner or a possessive name.
        let mut k = head;
        for _ in 0..4 {
            if let Some(m) = opening(k) {
                return Some(m);
            }
            let Some(b) = self.word_before(k) else { break };
            if let Some(name) = self.name_at(b) {
                let possessive = self.tokens[b].end > name.end() || self.possessive_after(name);
                if possessive && !self.is_role(head) {
                    return Some(Mention {
                        range: name.range(),
                        refers_back: None,
                    });
                }
                return None;
            }
            let w = self.word(b)?.lower_case();
            if matches!(
                w.as_str(),
                "a" | "an" | "the" | "his" | "her" | "its" | "their"
            ) {
                return Some(Mention {
                    range: self.tokens[b].start..end,
                    refers_back: None,
                });
            }
            if is_clause_word(&w)
                || lexicon::SPEECH_VERBS.contains(&w)
                || !w.chars().all(char::is_lowercase)
            {
                return None;
            }
            k = b;
        }
        None
    }

    /// The noun phrase a `by` phrase at token `start` hangs from through a participle:
    /// `a leaked letter` for `a leaked letter seen by the Courier`.
    fn agent_of_participle(&self, start: usize) -> Option<Mention> {
        let mut p = self.word_before(start)?;
        if self.word(p).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            p = self.word_before(p)?;
        }
        if self.word(p)? != "by" {
            return None;
        }
        let participle = self.word_before(p)?;
        let pw = self.word(participle)?;
        if !(pw.ends_with("ed") || pw.ends_with("en")) || self.is_verb(participle) {
            return None;
        }
        let end = self.tokens[self.word_before(participle)?].end;
        let mut k = participle;
        for _ in 0..5 {
            k = self.word_before(k)?;
            let w = self.word(k)?;
            if matches!(w.lower_case().as_str(), "a" | "an" | "the") {
                return Some(Mention {
                    range: self.tokens[k].start..end,
                    refers_back: None,
                });
            }
            if !w.starts_with(char::is_lowercase) || is_clause_word(w) {
                return None;
            }
        }
        None
    }

    /// Is the name followed by a possessive ending (`Soto’s`, `Reynolds'`)?
    fn possessive_after(&self, name: &Span) -> bool {
        let mut rest = self.text[name.end()..].chars();
        matches!(rest.next(), Some('\'' | '’'))
            && rest.next().is_none_or(|c| !c.is_alphanumeric() || c == 's')
    }

    /// The speaker phrase that ends just before a verb: a name, a pronoun or `the ministry`.
    fn phrase_before(&self, words: &[usize]) -> Option<Mention> {
        // Skip adverbs and reflexives between subject and verb: `Okafor himself famously exclaimed`.
        let mut words = words;
        while words.len() > 1 {
            let lower = self
                .word(*words.last()?)
                .map(LowerCase::lower_case)
                .unwrap_or_default();
            let adverb = lower.ends_with("ly") && !lexicon::FIRST_NAMES.contains(lower.as_str())
                || matches!(
                    lower.as_str(),
                    "himself" | "herself" | "themselves" | "itself"
                );
            if !adverb {
                break;
            }
            words = &words[..words.len() - 1];
        }
        let last = *words.last()?;
        let (last, words) = match self.word(last).map(LowerCase::lower_case).as_deref() {
            Some(
                "also" | "later" | "then" | "again" | "earlier" | "previously" | "reportedly"
                | "once" | "has" | "had" | "have" | "was" | "is" | "will" | "would" | "further",
            ) if words.len() > 1 => (words[words.len() - 2], &words[..words.len() - 1]),
            _ => (last, words),
        };
        if let Some(name) = self.name_at(last) {
            // `Ana Soto of the Daily Courier said`: the name only qualifies the phrase before it.
            if let Some(owner) = self.owner_before(self.token_at(name.start()), name.end()) {
                return Some(owner);
            }
            // `A letter seen by the Courier says`: the letter says it.
            if let Some(m) = self.agent_of_participle(self.token_at(name.start())) {
                return Some(m);
            }
            return Some(Mention {
                range: name.range(),
                refers_back: None,
            });
        }
        let w = self.word(last)?;
        let lw = w.lower_case();
        if lexicon::PERSON_PRONOUNS.contains(lw.as_str()) {
            return Some(Mention {
                range: self.tokens[last].range(),
                refers_back: matches!(lw.as_str(), "he" | "she").then_some(NameType::Person),
            });
        }
        if lw == "it" {
            // `It said`: the organisation named last.
            return Some(Mention {
                range: self.tokens[last].range(),
                refers_back: Some(NameType::Org),
            });
        }
        if lw == "who" || lw == "which" || lw == "that" {
            return None;
        }
        // A noun phrase back to its determiner: `a spokesperson`, `the health ministry`.
        let mut k = words.len();
        let limit = words.len().saturating_sub(5);
        while k > limit {
            k -= 1;
            let word = self.word(words[k])?.lower_case();
            if matches!(
                word.as_str(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
            ) {
                // `a call for “…”`: a determiner with no noun is no speaker.
                if k + 1 == words.len() {
                    return None;
                }
                let start = self.tokens[words[k]].start;
                let end = self.tokens[last].end;
                // `a spokesman for the ministry said`, `PC Weekly's review of its figures found`.
                if let Some(owner) = self.owner_before(words[k], end) {
                    return Some(owner);
                }
                // `Tenants in their letter stated`: the subject before `in`.
                if matches!(word.as_str(), "his" | "her" | "their" | "its")
                    && k > 1
                    && self.word(words[k - 1]) == Some("in")
                {
                    if let Some(m) = self.phrase_before(&words[..k - 1]) {
                        return Some(m);
                    }
                }
                // `the minister said` refers back to a named minister; `the letter reads` does not.
                return Some(Mention {
                    range: start..end,
                    refers_back: self.definite_reference(&word, last),
                });
            }
            if lexicon::SPEECH_VERBS.contains(word.as_str()) || word == "and" || word == "but" {
                break;
            }
        }
        // A bare plural or role: `officials said`, `police said`, `Appellants stated`.
        let plural_opening = lw.ends_with('s') && self.starts_sentence(last);
        if (w.chars().all(char::is_lowercase) || plural_opening)
            && !lexicon::SPEECH_VERBS.contains(lw.as_str())
            && lw.len() > 2
            && !is_clause_word(&lw)
        {
            return Some(Mention {
                range: self.tokens[last].range(),
                refers_back: None,
            });
        }
        None
    }

    /// The speaker phrase that starts a run of words: `Kirby`, `the ministry`, `he`,
    /// `Cuban press agency Prensa Latina` (the last person or organisation named in it).
    fn phrase_from(&self, words: &[usize]) -> Option<Mention> {
        let &first = words.first()?;
        let w = self.word(first)?.lower_case();
        if lexicon::PERSON_PRONOUNS.contains(w.as_str()) {
            return Some(Mention {
                range: self.tokens[first].range(),
                refers_back: matches!(w.as_str(), "he" | "she").then_some(NameType::Person),
            });
        }
        // The noun phrase runs until a clause word, a verb or punctuation between words.
        let mut phrase: Vec<usize> = vec![first];
        for pair in words.windows(2).take(7) {
            let between = &self.text[self.tokens[pair[0]].end..self.tokens[pair[1]].start];
            let word = self.word(pair[1]).unwrap_or("").lower_case();
            let joined = between
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '.' | '-' | '\'' | '’'));
            if !joined || is_clause_word(&word) || lexicon::SPEECH_VERBS.contains(word.as_str()) {
                break;
            }
            phrase.push(pair[1]);
        }
        // `said the group's director, Ana Soto`: a noun named by the person set off after it.
        if let Some(name) = words.get(phrase.len()).and_then(|&n| self.name_at(n)) {
            let last = *phrase.last()?;
            let between = self.text.get(self.tokens[last].end..name.start());
            if between.is_some_and(|b| b.trim() == ",")
                && name.name_type() == Some(NameType::Person)
                && self
                    .word(last)
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
            {
                return Some(Mention {
                    range: name.range(),
                    refers_back: None,
                });
            }
        }
        let mut names: Vec<&Span> = Vec::new();
        for &k in &phrase {
            if let Some(name) = self.name_at(k) {
                if names.last().is_none_or(|n| n.range() != name.range()) {
                    names.push(name);
                }
            }
        }
        let of_type = |t: NameType| names.iter().rev().find(|n| n.name_type() == Some(t));
        let chosen = of_type(NameType::Person)
            .or_else(|| of_type(NameType::Org))
            .or_else(|| {
                names
                    .iter()
                    .find(|n| n.name_type() != Some(NameType::Group))
            });
        // `one nurse from Leeds`: a place qualifies the phrase, it does not speak.
        let described = matches!(w.as_str(), "the" | "a" | "an" | "one" | "another")
            && phrase.len() > 1
            && self.name_at(first).is_none();
        let chosen = chosen.filter(|n| !(described && n.name_type() == Some(NameType::Place)));
        if let Some(name) = chosen {
            return Some(Mention {
                range: name.range(),
                refers_back: None,
            });
        }
        if matches!(
            w.as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "one" | "another" | "some" | "two"
        ) && phrase.len() > 1
        {
            let end = *phrase.last()?;
            // `said a post by an unknown author`: the author says it.
            let next = words.get(phrase.len()).copied();
            if next.is_some_and(|n| self.word(n) == Some("by")) && !self.is_role(end) {
                if let Some(m) = self.phrase_from(&words[phrase.len() + 1..]) {
                    return Some(m);
                }
            }
            return Some(Mention {
                range: self.tokens[first].start..self.tokens[end].end,
                refers_back: self.definite_reference(&w, end),
            });
        }
        None
    }

    /// Does this name open its sentence (after any title), as a subject does?
    fn opens_sentence(&self, name: &Span) -> bool {
        // Look back a bounded stretch only, so resolving stays linear on one-line text.
        let mut floor = name.start().saturating_sub(60);
        while !self.text.is_char_boundary(floor) {
            floor -= 1;
        }
        let window = &self.text[floor..name.start()];
        let head = match window.rfind(['.', '!', '?', '\n', ':']) {
            Some(p) => &window[p + 1..],
            None if floor == 0 => window,
            None => return false,
        };
        // A name in brackets is an aside, never the subject (`Ana Ruiz (D Ohio) was…`).
        if head.trim_end().ends_with('(') {
            return false;
        }
        head.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            // The capital first: it is cheaper than the lookup, and most words here have one.
            .all(|w| {
                w.starts_with(char::is_uppercase)
                    || lexicon::TITLES.contains(w.lower_case().as_str())
            })
    }

    /// Is this name the subject of its clause: it opens the sentence, or a verb follows
    /// it (`In his youth Okafor wrote`, `Ana Soto of the Daily Courier dubbed`)?
    fn is_subject(&self, name: &Span) -> bool {
        self.opens_sentence(name) || self.verb_follows(name) || self.is_source(name)
    }

    /// Is the name a source cited with `according to` (`according to fire chief Tom
    /// Byrne`)? A pronoun after it most likely goes on with them.
    fn is_source(&self, name: &Span) -> bool {
        let mut k = self.token_at(name.start());
        for _ in 0..4 {
            let Some(p) = self.word_before(k) else {
                return false;
            };
            let w = self.word(p).unwrap_or("");
            if w == "to" {
                return self
                    .word_before(p)
                    .and_then(|a| self.word(a))
                    .is_some_and(|a| a.eq_ignore_ascii_case("according"));
            }
            if !w.starts_with(char::is_lowercase) && !lexicon::TITLES.contains(&w.lower_case()) {
                return false;
            }
            k = p;
        }
        false
    }

    /// A verb right after a name, past an `of` + name modifier: `Soto said`, `Soto has`,
    /// `Soto of the Courier wrote`. A name after a preposition is an object, not a subject.
    fn verb_follows(&self, name: &Span) -> bool {
        let first = self.token_at(name.start());
        let mut before = self.word_before(first);
        // `of the Courier and Post`: look before the name joined by `and` and a `the`.
        for _ in 0..2 {
            let Some(p) = before else { break };
            let w = self.word(p).unwrap_or("");
            if w.eq_ignore_ascii_case("the") {
                before = self.word_before(p);
            } else if w == "and" {
                before = self
                    .word_before(p)
                    .and_then(|q| self.name_at(q))
                    .and_then(|n| self.word_before(self.token_at(n.start())));
            }
        }
        if let Some(p) = before {
            let p = self.word(p).unwrap_or("").lower_case();
            if is_clause_word(&p) && !matches!(p.as_str(), "and" | "but" | "while" | "when" | "as")
                || p == "about"
            {
                return false;
            }
        }
        let mut i = self.token_at(name.end());
        // `Ana Soto, said`: the comma that closes an appositive; `Ana Soto, a critic of the
        // plan, was`: a whole appositive up to its closing comma.
        if self.tokens.get(i).and_then(|t| t.punct(self.text)) == Some(',') {
            i += 1;
            let close = (i..(i + 24).min(self.tokens.len())).find(|&k| {
                let t = &self.tokens[k];
                t.kind == TokenKind::LineBreak || t.kind == TokenKind::Punct
            });
            if let Some(k) = close {
                // `Bill Hanlon, 68, was`: an age is an appositive too.
                let age = self.tokens[i..k]
                    .iter()
                    .all(|t| matches!(t.kind, TokenKind::Space | TokenKind::Digits))
                    && k > i + 1;
                if self.tokens[k].punct(self.text) == Some(',')
                    && (age
                        || self
                            .word_after(i)
                            .and_then(|w| self.word(w))
                            .is_some_and(|w| {
                                matches!(w, "a" | "an" | "the" | "who")
                                    || lexicon::TITLES.contains(&w.lower_case())
                            }))
                {
                    i = k + 1;
                }
            }
        }
        for _ in 0..2 {
            let Some(w) = self.word_after(i) else {
                return false;
            };
            let word = self.word(w).unwrap_or("");
            if word == "of" {
                // `of the Courier`: skip the modifier's name and look once more.
                let Some(m) = self.word_after(w + 1) else {
                    return false;
                };
                let m = if self.word(m).is_some_and(|x| x.eq_ignore_ascii_case("the")) {
                    match self.word_after(m + 1) {
                        Some(x) => x,
                        None => return false,
                    }
                } else {
                    m
                };
                match self.name_at(m) {
                    Some(n) => i = self.token_at(n.end()),
                    None => return false,
                }
                continue;
            }
            return is_verb_like(word);
        }
        false
    }

    /// The noun phrase that opens one of the last sentences before token `i` as their
    /// subject: a plural for `they` (`The authors say … They call for “…”`), else a
    /// definite one for `it` (`The health ministry said … “…,” it added`).
    fn subject_phrase_before(&self, i: usize, plural: bool) -> Option<Range<usize>> {
        let floor = i.saturating_sub(MAX_WINDOW_TOKENS);
        let mut k = i;
        while k > floor {
            k -= 1;
            if !self.tokens[k].is_word() || !self.starts_sentence(k) {
                continue;
            }
            let the = self.word(k).is_some_and(|x| x.eq_ignore_ascii_case("the"));
            if !the && !plural {
                continue;
            }
            let Some(mut w) = (if the { self.word_after(k + 1) } else { Some(k) }) else {
                continue;
            };
            // `The health ministry`: up to three lower-case words, the last one the head.
            for _ in 0..2 {
                match self.word_after(w + 1) {
                    Some(n)
                        if self.word(n).is_some_and(|x| {
                            x.starts_with(char::is_lowercase)
                                && !is_verb_like(x)
                                && !is_clause_word(x)
                        }) && !plural =>
                    {
                        w = n
                    }
                    _ => break,
                }
            }
            let noun = self.word(w).unwrap_or("");
            let fits = noun.len() > 3
                && (w == k || noun.starts_with(char::is_lowercase))
                && self.name_at(w).is_none()
                && !is_clause_word(noun)
                && if plural {
                    noun.ends_with('s') && !noun.ends_with("ss")
                } else {
                    !noun.ends_with('s') || noun.ends_with("ss")
                };
            let verb = self.word_after(w + 1).and_then(|v| self.word(v));
            if fits && verb.is_some_and(is_verb_like) {
                return Some(self.tokens[k].start..self.tokens[w].end);
            }
        }
        None
    }

    /// Does token `i` open a sentence or a line?
    fn starts_sentence(&self, i: usize) -> bool {
        let mut k = i;
        loop {
            let Some(p) = k.checked_sub(1) else {
                return true;
            };
            k = p;
            match self.tokens[k].kind {
                TokenKind::Space => {}
                TokenKind::LineBreak => return true,
                TokenKind::Punct => {
                    return matches!(self.tokens[k].punct(self.text), Some('.' | '!' | '?'))
                        && !self.is_abbreviation(k)
                }
                _ => return false,
            }
        }
    }

    /// The word token after `i` (itself included), skipping spaces only.
    fn word_after(&self, mut i: usize) -> Option<usize> {
        while let Some(t) = self.tokens.get(i) {
            match t.kind {
                TokenKind::Space => i += 1,
                TokenKind::Word => return Some(i),
                _ => return None,
            }
        }
        None
    }

    /// The word token before `i`, skipping spaces only.
    fn word_before(&self, mut i: usize) -> Option<usize> {
        loop {
            i = i.checked_sub(1)?;
            match self.tokens[i].kind {
                TokenKind::Space => {}
                TokenKind::Word => return Some(i),
                _ => return None,
            }
        }
    }

    /// [`Context::gender_of`] the name at index `k`, worked out once.
    fn gender_of_name(&self, k: usize) -> Option<Gender> {
        let Some(cell) = self.genders.get(k) else {
            return self.names.get(k).and_then(|n| self.gender_of(n));
        };
        if cell.get() == GENDER_UNKNOWN {
            cell.set(match self.gender_of(&self.names[k]) {
                None => 0,
                Some(Gender::Male) => 1,
                Some(Gender::Female) => 2,
            });
        }
        match cell.get() {
            1 => Some(Gender::Male),
            2 => Some(Gender::Female),
            _ => None,
        }
    }

    /// The gender a person's name allows for `he`/`she`, where its given name or a title
    /// tells: `Ana Soto`, `Mr Berg`. `None` for a name that fits both.
    fn gender_of(&self, name: &Span) -> Option<Gender> {
        let full = self.full_form(name);
        let first_word = self.text[full.clone()]
            .split(|c: char| c.is_whitespace() || c == '.')
            .next()
            .unwrap_or("")
            .lower_case();
        let title = |at: usize| {
            self.word_before(self.token_at(at))
                .and_then(|p| self.word(p))
                .and_then(|w| gender_of_title(&w.lower_case()))
        };
        if let Some(g) = title(name.start()).or_else(|| title(full.start)) {
            return Some(g);
        }
        let given_name =
            full.len() > first_word.len() && lexicon::FIRST_NAMES.contains(&first_word);
        if lexicon::MALE_NAMES.contains(&first_word) {
            Some(Gender::Male)
        } else if lexicon::FEMALE_NAMES.contains(&first_word)
            // The list leaves out given names in -a: `Ana`, `Olena`, `Fatima`.
            || given_name && first_word.ends_with('a')
        {
            Some(Gender::Female)
        } else {
            None
        }
    }

    /// The longest mention of the name's entity, the earliest of equals: `John Kirby`
    /// for `Kirby`.
    fn full_form(&self, name: &Span) -> Range<usize> {
        name.entity()
            .and_then(|e| {
                let e = e as usize;
                self.full
                    .get(e)
                    .map(|full| full.get_or_init(|| self.longest_mention(e)))
            })
            .filter(|r| !r.is_empty())
            .cloned()
            .unwrap_or_else(|| name.range())
    }

    /// The longest mention of entity `e` (the earliest of equals), read along its chain of
    /// mentions from the last: what [`full_forms`] finds for it.
    fn longest_mention(&self, e: usize) -> Range<usize> {
        let mut longest: Option<(Range<usize>, usize)> = None;
        let mut k = self.last_mention.get(e).copied().unwrap_or(NO_MENTION);
        while let Some(name) = self.names.get(k) {
            let range = name.range();
            let words = word_count(&self.text[range.clone()]);
            // Going back, an earlier mention of as many words wins.
            if longest.as_ref().is_none_or(|(_, most)| words >= *most) {
                longest = Some((range, words));
            }
            k = self.earlier_mention[k];
        }
        longest.map_or(0..0, |(range, _)| range)
    }

    /// The name written in full for a speaker: the longest earlier mention of its entity
    /// that ends with it (`John Kirby` for `Kirby`), or starts with it when it is a given
    /// name (`Tom Sams` for `Tom`); else the longest mention anywhere, on the same terms.
    fn written_in_full(&self, k: usize) -> Range<usize> {
        let name = &self.names[k];
        let short = &self.text[name.range()];
        let fits = |r: &Range<usize>| {
            let long = &self.text[r.clone()];
            long.len() > short.len()
                && (long.ends_with(short)
                    && long[..long.len() - short.len()].ends_with(char::is_whitespace)
                    || !short.contains(' ')
                        && long.starts_with(short)
                        && long[short.len()..].starts_with(char::is_whitespace)
                        && {
                            let lower = short.lower_case();
                            lexicon::FIRST_NAMES.contains(&lower)
                                || lexicon::WORD_FIRST_NAMES.contains(&lower)
                        })
        };
        // Among the 200 names before this one.
        let window = k.saturating_sub(200);
        let longest = |earlier: &mut dyn Iterator<Item = Range<usize>>| {
            earlier
                .filter(fits)
                .max_by_key(|r| (r.len(), std::cmp::Reverse(r.start)))
        };
        // The entity's own mentions, nearest first, rather than every name between.
        let earlier = longest(
            &mut std::iter::successors(Some(k), |&j| {
                Some(self.earlier_mention[j]).filter(|&e| e != NO_MENTION)
            })
            .skip(1)
            .take_while(|&j| j >= window)
            .map(|j| self.names[j].range()),
        );
        earlier
            .or_else(|| Some(self.full_form(name)).filter(fits))
            .unwrap_or_else(|| name.range())
    }

    /// Is a role word (`minister`) written within a few words of the name, before or after
    /// it: `Foreign Minister Ana Ruiz`, `Ana Ruiz, the foreign minister,`?
    fn has_role_near(&self, name: &Span, role: &str) -> bool {
        let is_role = |k: usize| self.word(k).is_some_and(|w| w.eq_ignore_ascii_case(role));
        // Before: the words right before the name, back across one comma at most, not
        // into another name (`Finance Minister Ana Ruiz`, `the minister, Ana Ruiz`).
        let mut i = self.token_at(name.start());
        let (mut words, mut commas) = (0, 0);
        while words < 4 {
            let Some(k) = i.checked_sub(1) else { break };
            i = k;
            let t = &self.tokens[i];
            match t.kind {
                TokenKind::Space => {}
                TokenKind::Word if self.name_at(i).is_none() => {
                    if is_role(i) {
                        return true;
                    }
                    words += 1;
                }
                TokenKind::Punct if t.punct(self.text) == Some(',') && commas == 0 => commas += 1,
                _ => break,
            }
        }
        // After: an appositive set off by a comma (`Ana Ruiz, the finance minister,`).
        let mut i = self.token_at(name.end());
        if self.tokens.get(i).and_then(|t| t.punct(self.text)) != Some(',') {
            return false;
        }
        let mut words = 0;
        while words < 5 {
            i += 1;
            let Some(t) = self.tokens.get(i) else { break };
            match t.kind {
                TokenKind::Space => {}
                TokenKind::Word => {
                    if is_role(i) {
                        return true;
                    }
                    // `Ana Ruiz, a critic of the mayor,`: past `of`, the role is someone else's.
                    if matches!(self.word(i), Some("of" | "for" | "at" | "to" | "with")) {
                        break;
                    }
                    words += 1;
                }
                _ => break,
            }
        }
        false
    }

    /// The earlier name a pronoun or role refers to: among the nearest names of the wanted
    /// type (and gender, for `he`/`she`), the one written with the same role, else the
    /// nearest that is the subject of its clause, else the nearest.
    fn antecedent(
        &self,
        mention: &Mention,
        wanted: NameType,
        before: usize,
        last_speaker: Option<usize>,
    ) -> Option<usize> {
        let word = self.text[mention.range.clone()].lower_case();
        let gender = match word.as_str() {
            "he" | "him" | "his" => Some(Gender::Male),
            "she" | "her" => Some(Gender::Female),
            _ => None,
        };
        // `the minister`, `the foreign minister`: its last word is the role.
        // `the 24-year-old` names no role: like `he`, the subject or the last speaker.
        let role = word
            .starts_with("the ")
            .then(|| word.rsplit(['-', ' ']).next().unwrap_or(""))
            .filter(|r| !r.is_empty() && *r != "old");
        let k = self
            .names
            .partition_point(|n| n.end() <= mention.range.start.min(before));
        let mut nearest: Option<usize> = None;
        let mut seen = 0;
        for (j, n) in self.names[..k].iter().enumerate().rev().take(60) {
            // A name the lexicons could not type as a person still is one when `she`
            // fits its given name: `Bill Hanlon, 68,`.
            let given = || gender.is_some() && self.gender_of_name(j) == gender;
            if n.name_type() != Some(wanted) && !(wanted == NameType::Person && given()) {
                continue;
            }
            if gender.is_some() && self.gender_of_name(j).is_some_and(|g| Some(g) != gender) {
                continue;
            }
            if let Some(role) = role.filter(|_| wanted == NameType::Person) {
                if self.has_role_near(n, role) {
                    return Some(j);
                }
            }
            let first = self.names[*nearest.get_or_insert(j)].start();
            // `He` most often refers to the subject of a recent sentence, or to who spoke
            // last, not to a name mentioned in passing after it.
            if role.is_none()
                && first - n.start() < 600
                && (Some(n.start()) == last_speaker || self.is_subject(n))
            {
                return Some(j);
            }
            seen += 1;
            if seen > 4 && role.is_none() {
                break;
            }
        }
        // `the company` is the organisation of the last few sentences, if any.
        nearest.filter(|&j| {
            wanted != NameType::Org
                || role.is_none()
                || mention.range.start - self.names[j].end() < 600
        })
    }

    /// `The judge ordered a fine. “…,” she said.`: a role that opens a sentence nearer than
    /// the name `she` found, and is tied to a name of her gender, is who `she` is.
    fn role_subject_before(&self, mention: &Mention, found: Option<usize>) -> Option<usize> {
        let word = &self.text[mention.range.clone()];
        let gender = if word.eq_ignore_ascii_case("he") {
            Gender::Male
        } else if word.eq_ignore_ascii_case("she") {
            Gender::Female
        } else {
            return None;
        };
        // The nearest `the <role> <verb>` a few dozen tokens back: `Asked about it, the
        // mayor smiled.`
        let at = self.token_at(mention.range.start);
        let the = (at.saturating_sub(80)..at).rev().find(|&k| {
            self.word_is(k, "the")
                && self.word_after(k + 1).is_some_and(|r| {
                    self.is_role(r)
                        && self
                            .word_after(r + 1)
                            .and_then(|v| self.word(v))
                            .is_some_and(is_verb_like)
                })
        })?;
        let head = self.word_after(the + 1)?;
        let phrase = self.tokens[the].start..self.tokens[head].end;
        if found.is_some_and(|k| self.names[k].start() > phrase.start) {
            return None;
        }
        let role = Mention {
            range: phrase.clone(),
            refers_back: Some(NameType::Person),
        };
        self.antecedent(&role, NameType::Person, phrase.start, None)
            .filter(|&k| self.gender_of_name(k).is_none_or(|g| g == gender))
    }

    /// Turns a mention into a speaker, resolving `he` or `the minister` to a named person,
    /// written in full (`Ana Soto`, not `Soto`).
    /// Also returns where the name the speaker is starts, if it is one.
    fn resolve(
        &self,
        mention: Mention,
        before: usize,
        last_speaker: Option<usize>,
    ) -> (Speaker, Option<usize>) {
        if self.text[mention.range.clone()].eq_ignore_ascii_case("they") {
            if let Some(group) =
                self.subject_phrase_before(self.token_at(mention.range.start), true)
            {
                let speaker = Speaker {
                    name: self.text[group].to_string(),
                    mention: mention.range,
                };
                return (speaker, None);
            }
        }
        let found = mention
            .refers_back
            .and_then(|wanted| self.antecedent(&mention, wanted, before, last_speaker));
        let found = self.role_subject_before(&mention, found).or(found);
        let (name, entity) = match found {
            Some(k) => (
                self.text[self.written_in_full(k)].to_string(),
                Some(self.names[k].start()),
            ),
            None => {
                let entity = self.name_with_range(&mention.range).map(Span::start);
                (self.text[mention.range.clone()].to_string(), entity)
            }
        };
        (
            Speaker {
                name,
                mention: mention.range,
            },
            entity,
        )
    }

    /// The name span with exactly this range.
    fn name_with_range(&self, range: &Range<usize>) -> Option<&'a Span> {
        let k = self.names.partition_point(|n| n.start() < range.start);
        self.names.get(k).filter(|n| n.range() == *range)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// Titles that tell a person's gender.
fn gender_of_title(w: &str) -> Option<Gender> {
    if in_class('m', w) {
        Some(Gender::Male)
    } else if in_class('f', w) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// A word that reads as a verb or auxiliary after a subject: `said`, `has`, `wrote`,
/// `composed`, `also`.
fn is_verb_like(w: &str) -> bool {
    w.starts_with(char::is_lowercase)
        && (lexicon::SPEECH_VERBS.contains(w)
            || w.len() > 4 && w.ends_with("ed")
            || in_class('v', w))
}

/// Does a word followed by a dot abbreviate (`Mr`, `Gen`, `Inc`, an initial `J`)? Titles
/// the list spells with a dot (`dr.`) and the usual short forms; the names module reads
/// abbreviations with the same list.
pub(crate) fn is_abbreviation_word(w: &str) -> bool {
    let mut chars = w.chars();
    let first = chars.next();
    if chars.next().is_none() {
        return first.is_some_and(char::is_uppercase);
    }
    if w.len() > 5 {
        return false;
    }
    // `w` and a dot, lower-cased on the stack: this runs at every full stop near a quote.
    let mut dotted = [0u8; 6];
    if w.is_ascii() {
        dotted[..w.len()].copy_from_slice(w.as_bytes());
        dotted[w.len()] = b'.';
        dotted.make_ascii_lowercase();
        let dotted = std::str::from_utf8(&dotted[..=w.len()]).unwrap_or_default();
        return lexicon::TITLES.contains(dotted) || in_class('a', w);
    }
    let mut dotted = w.to_lowercase();
    dotted.push('.');
    lexicon::TITLES.contains(&dotted) || in_class('a', w)
}

/// Verbs whose object is who hears, not who speaks: `told the police`, `asked the judge`.
fn takes_listener(w: &str) -> bool {
    in_class('l', w)
}

/// Verbs that name or describe rather than report speech: `called it “a farce”`.
fn is_naming_verb(w: &str) -> bool {
    in_class('n', w)
}

/// Words that start a clause rather than end a noun phrase.
fn is_clause_word(w: &str) -> bool {
    in_class('c', w)
}

/// Is the word (any case) in one of the small classes of `data/lexicon/speaker_words.txt`?
fn in_class(class: char, w: &str) -> bool {
    if w.len() > 24 {
        return false;
    }
    // An ASCII key is built on the stack: this runs for many words around every quote.
    if w.is_ascii() && class.is_ascii() {
        let mut key = [0u8; 26];
        key[0] = class as u8;
        key[1] = b' ';
        for (k, b) in key[2..].iter_mut().zip(w.bytes()) {
            *k = b.to_ascii_lowercase();
        }
        return std::str::from_utf8(&key[..w.len() + 2])
            .is_ok_and(|key| lexicon::SPEAKER_WORDS.contains(key));
    }
    let mut key = String::with_capacity(w.len() + 2);
    key.push(class);
    key.push(' ');
    key.extend(w.chars().flat_map(char::to_lowercase));
    lexicon::SPEAKER_WORDS.contains(&key)
}

/// The longest word [`LowerCase::lower_case`] spells on the stack.
const SHORT_WORD: usize = 24;

/// A word in lower case, as [`str::to_lowercase`] spells it: the word itself when it is
/// ASCII with no capital (most words), else spelled on the stack when it is short ASCII.
/// The tests around each quote look up many words, and an allocation for each cost more
/// than the lookups themselves.
enum Lower<'a> {
    Same(&'a str),
    Short([u8; SHORT_WORD], usize),
    Long(String),
}

impl Default for Lower<'_> {
    fn default() -> Self {
        Lower::Same("")
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            // ASCII bytes, so never invalid.
            Lower::Short(bytes, len) => std::str::from_utf8(&bytes[..*len]).unwrap_or_default(),
            Lower::Long(s) => s,
        }
    }
}

impl Lower<'_> {
    fn as_str(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// `w.lower_case()`: `w.to_lowercase()` without an allocation for short ASCII words.
trait LowerCase {
    fn lower_case(&self) -> Lower<'_>;
}

impl LowerCase for str {
    fn lower_case(&self) -> Lower<'_> {
        if self
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            Lower::Same(self)
        } else if self.len() <= SHORT_WORD && self.is_ascii() {
            let mut bytes = [0; SHORT_WORD];
            bytes[..self.len()].copy_from_slice(self.as_bytes());
            bytes.make_ascii_lowercase();
            Lower::Short(bytes, self.len())
        } else {
            Lower::Long(self.to_lowercase())
        }
    }
}

#[cfg(test)]
mod tests {
    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        crate::analyze(text)
            .into_iter()
            .filter(|s| s.kind() == crate::Kind::Quote)
            .map(|s| {
                (
                    s.as_str(text).to_string(),
                    s.speaker().map(|p| p.name.clone()),
                )
            })
            .collect()
    }

    fn speaker_of_first(text: &str) -> Option<String> {
        speakers(text).into_iter().next().and_then(|s| s.1)
    }

    #[test]
    fn paragraph_breaks_found_by_bytes_as_by_chars() {
        for text in [
            "",
            "one line",
            "a\nb\r\nc",
            "a\u{2029}b",
            "a\u{2029}",
            "\u{2029}",
            "©\u{A9}",
            "x\u{2029}y\u{A9}z",
            "line\n\u{2029}é",
        ] {
            let by_chars = text.rfind(['\n', '\r', '\u{2029}']);
            assert_eq!(
                super::last_paragraph_break(text.as_bytes()),
                by_chars,
                "{text:?}"
            );
        }
    }

    #[test]
    fn words_counted_by_bytes_as_by_split_whitespace() {
        for text in [
            "",
            " ",
            "Ana",
            "Ana  Soto",
            " Ana\tSoto\n",
            "A\u{0B}B",
            "J. K. Rowling",
            "Zoë\u{A0}Berg",
        ] {
            assert_eq!(
                super::word_count(text),
                text.split_whitespace().count(),
                "{text:?}"
            );
            for n in 0..4 {
                assert_eq!(
                    super::words_up_to(text, n),
                    text.split_whitespace().take(n).count(),
                    "{text:?}"
                );
            }
        }
    }

    /// The longest mention of each entity (the earliest of equals), by entity id, all at once:
    /// what `Context::longest_mention` finds along one entity's chain.
    fn full_forms(text: &str, names: &[crate::Span]) -> Vec<std::ops::Range<usize>> {
        let mut full: Vec<std::ops::Range<usize>> = Vec::new();
        // The word count of each `full` entry, so that each mention is counted once.
        let mut full_words: Vec<usize> = Vec::new();
        for n in names {
            let Some(e) = n.entity().map(|e| e as usize) else {
                continue;
            };
            if e >= names.len() {
                continue;
            }
            if full.len() <= e {
                full.resize(e + 1, 0..0);
                full_words.resize(e + 1, 0);
            }
            let words = super::word_count(&text[n.range()]);
            if full[e].is_empty() || words > full_words[e] {
                full[e] = n.range();
                full_words[e] = words;
            }
        }
        full
    }

    #[test]
    fn earlier_mentions_chain_each_entity() {
        let text = "Ana Soto met Tom Berg in Lagos. Soto said Berg was late. \
                    Later Ana Soto and Berg flew to Lagos, and Tom Berg spoke.";
        let tokens = crate::token::tokenize(text);
        let names = crate::names::find(text, &tokens);
        let (earlier, last) = super::mention_chains(&names);
        assert_eq!(earlier.len(), names.len());
        for (k, n) in names.iter().enumerate() {
            let by_scan = names[..k].iter().rposition(|m| m.entity() == n.entity());
            let chained = Some(earlier[k]).filter(|&e| e != super::NO_MENTION);
            assert_eq!(chained, by_scan, "{}", &text[n.range()]);
            let e = n.entity().unwrap() as usize;
            assert_eq!(
                Some(last[e]),
                names.iter().rposition(|m| m.entity() == n.entity())
            );
        }
        // Full forms found along the chains, as all at once.
        let ctx = super::Context::new(text, &tokens, &names);
        let all = full_forms(text, &names);
        for n in &names {
            let e = n.entity().unwrap() as usize;
            assert_eq!(ctx.longest_mention(e), all[e]);
            let full = match &text[n.range()] {
                "Soto" => "Ana Soto",
                "Berg" => "Tom Berg",
                other => other,
            };
            assert_eq!(&text[ctx.full_form(n)], full);
        }
    }

    #[test]
    fn keys_lower_cased_as_by_to_lowercase() {
        use super::LowerCase;
        for w in [
            "said",
            "Said",
            "SAID",
            "Dvořák",
            "",
            "İstanbul",
            "Ab-cdefghijklmnopqrstuvwxyz",
        ] {
            assert_eq!(w.lower_case().as_str(), w.to_lowercase());
        }
        assert_eq!(super::in_class('v', "Said"), super::in_class('v', "said"));
    }

    #[test]
    fn verb_after_quote() {
        assert_eq!(
            speaker_of_first("“We will keep going,” Kirby added."),
            Some("Kirby".into())
        );
        assert_eq!(
            speaker_of_first("“We will keep going,” said Kirby."),
            Some("Kirby".into())
        );
        assert_eq!(
            speaker_of_first("“We will keep going,” White House spokesperson John Kirby said."),
            Some("John Kirby".into())
        );
        assert_eq!(
            speaker_of_first("“The talks will go on,” Kirby told reporters."),
            Some("Kirby".into())
        );
    }

    #[test]
    fn verb_before_quote() {
        assert_eq!(
            speaker_of_first("Kirby said: “We will keep going.”"),
            Some("Kirby".into())
        );
        assert_eq!(
            speaker_of_first("According to Kirby, “the talks will go on.”"),
            Some("Kirby".into())
        );
        assert_eq!(
            speaker_of_first(
                "Maria Lopez told reporters the city was “running out of water and time”."
            ),
            Some("Maria Lopez".into())
        );
    }

    #[test]
    fn roles_stay_as_written_when_no_name_is_tied() {
        assert_eq!(
            speaker_of_first("In a statement, the ministry said: “Aid will arrive soon.”"),
            Some("the ministry".into())
        );
        assert_eq!(
            speaker_of_first("“No comment at this stage,” a spokesperson said."),
            Some("a spokesperson".into())
        );
    }

    #[test]
    fn pronouns_resolve_to_the_person_named_before() {
        let text = "Ana Kowalczyk spoke first.\n“We are ready for the vote,” she said.";
        let s = crate::analyze(text)
            .into_iter()
            .find(|s| s.kind() == crate::Kind::Quote)
            .unwrap();
        let speaker = s.speaker().unwrap();
        assert_eq!(speaker.name, "Ana Kowalczyk");
        assert_eq!(&text[speaker.mention.clone()], "she");
    }

    #[test]
    fn split_and_continued_quotes_share_the_speaker() {
        let text =
            "“We are ready,” Kowalczyk said, “and we will win the vote.” She left. “It is time.”";
        let found = speakers(text);
        assert_eq!(found.len(), 3);
        assert!(
            found.iter().all(|(_, s)| s.as_deref() == Some("Kowalczyk")),
            "{found:?}"
        );
    }

    #[test]
    fn appositives_between_subject_and_verb() {
        assert_eq!(
            speaker_of_first("Maria Lopez, curator of prints at the Museum of Ohio, Dayton, said, “It is a rare find.”"),
            Some("Maria Lopez".into())
        );
        assert_eq!(
            speaker_of_first("“It is a rare find,” Tomas Berg, a union leader at the port, said."),
            Some("Tomas Berg".into())
        );
    }

    #[test]
    fn adverbs_and_reflexives_before_the_verb() {
        assert_eq!(
            speaker_of_first("Okafor himself famously exclaimed: “I am the victim!”"),
            Some("Okafor".into())
        );
    }

    #[test]
    fn participles_take_the_sentence_subject() {
        assert_eq!(
            speaker_of_first("Lina Haddad urged calm in the capital, adding that “nobody gains from more violence”."),
            Some("Lina Haddad".into())
        );
        assert_eq!(
            speaker_of_first("Venezuelan president Ana Ortiz sent good wishes in her broadcast, saying “Get well soon, friend.”"),
            Some("Ana Ortiz".into())
        );
    }

    #[test]
    fn quote_after_a_sentence_of_reported_speech() {
        assert_eq!(
            speaker_of_first(
                "Berg also said the museum was full. “We had never seen queues like it.”"
            ),
            Some("Berg".into())
        );
    }

    #[test]
    fn in_the_words_of() {
        assert_eq!(
            speaker_of_first("The patient was weak and, in the words of the state prosecutor, Lena Aas, “barely awake.”"),
            Some("Lena Aas".into())
        );
    }

    #[test]
    fn a_pronoun_skips_names_in_passing_after_the_subject() {
        let text = "But Representative Ana Ruiz (D Ohio) was not changing her vote. “It is wrong,” she said.";
        let found = speakers(text);
        assert_eq!(found[0].1.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn only_named_speakers_carry_over_a_sentence() {
        // The person the sentence is about, not `clauses added`.
        assert_eq!(
            speaker_of_first("Berg explained the clauses added in. “It always works.”"),
            Some("Berg".into())
        );
        assert_eq!(
            speaker_of_first("The clauses were added in late. “It always works.”"),
            None
        );
    }

    #[test]
    fn passives_quotes_from_and_own_words() {
        assert_eq!(
            speaker_of_first("The bridge was described by Lena Aas as “a monument to patience”."),
            Some("Lena Aas".into())
        );
        assert_eq!(
            speaker_of_first("Odum ended with a quote from Seneca: “Luck is preparation.”"),
            Some("Seneca".into())
        );
        let text =
            "Ingrid Solberg retired in May, which left her, in her own words, “finally free”.";
        assert_eq!(speaker_of_first(text), Some("Ingrid Solberg".into()));
    }

    #[test]
    fn a_full_stop_in_the_quote_ends_the_attribution_after_it() {
        let text = "Her teacher, Okafor, described her as “the best pupil I ever had.” Mensah described her as the finest student in years.";
        assert_eq!(speaker_of_first(text), Some("Okafor".into()));
    }

    #[test]
    fn a_quote_paragraph_after_a_sentence_about_its_speaker() {
        let text = "Mensah described her as the most gifted pupil he ever taught.\n\n“She never once asked me for help.”";
        assert_eq!(speaker_of_first(text), Some("Mensah".into()));
        let text = "Okafor stated,\n\n“The files were never theirs to keep.”";
        assert_eq!(speaker_of_first(text), Some("Okafor".into()));
    }

    #[test]
    fn a_person_right_before_a_participle() {
        let text =
            "Ruiz met the campaigner Ana Soto on Monday, with Soto stating: “We will not stop.”";
        assert_eq!(speaker_of_first(text), Some("Soto".into()));
    }

    #[test]
    fn a_noun_phrase_that_is_no_role_stays_as_written() {
        let text = "Ana Ortiz spoke first.\n\nThe Home Office letter reads “Applicants must reply within ten days”, but nothing else.";
        assert_eq!(
            speaker_of_first(text),
            Some("The Home Office letter".into())
        );
    }

    #[test]
    fn a_verb_right_before_the_quote_wins_over_one_after() {
        assert_eq!(
            speaker_of_first(
                "Kowalczyk spoke, adding that “the vote must wait”, according to a source."
            ),
            Some("Kowalczyk".into())
        );
    }

    #[test]
    fn short_quotes_without_speakers_are_terms() {
        let text = "Officials spoke of ‘tactical pauses’ in the fighting.";
        let q = crate::analyze(text)
            .into_iter()
            .find(|s| s.kind() == crate::Kind::Quote)
            .unwrap();
        assert_eq!(q.type_str(), "term");
        assert!(q.speaker().is_none());
    }

    #[test]
    fn the_company_and_the_24_year_old_refer_back() {
        let text = "Shares of Microsoft rose. “We are pleased,” the company said.";
        assert_eq!(speaker_of_first(text), Some("Microsoft".into()));
        // With no organisation named nearby, the phrase stays as written.
        let text = "“We are pleased,” the company said.";
        assert_eq!(speaker_of_first(text), Some("the company".into()));
        // A role word before another organisation's name (`the regulator fined Acme`)
        // does not tie the role to it.
        let text = "The regulator fined Microsoft on Monday. The Federal Trade Commission said \
                    it acted alone. “We will act again,” the regulator said.";
        assert_eq!(
            speaker_of_first(text),
            Some("Federal Trade Commission".into())
        );
        let text =
            "Striker Tomas Berg scored twice. “The team did the work,” the 24-year-old said.";
        assert_eq!(speaker_of_first(text), Some("Tomas Berg".into()));
    }

    #[test]
    fn she_after_a_sentence_opened_by_her_role() {
        let text = "Judge Ana Soto heard the case. One witness, Maria Berg, wept. \
                    The judge then ordered a fine. “Pay it,” she said.";
        assert_eq!(speakers(text)[0].1, Some("Ana Soto".into()));
    }

    #[test]
    fn what_a_speaker_reports_a_finding_says_is_theirs() {
        let text = "Ana Soto said the data suggested that rain “matters more than we thought.”";
        assert_eq!(speaker_of_first(text), Some("Ana Soto".into()));
        let text = "The report ends with a call for “urgent action.”";
        assert_eq!(speaker_of_first(text), None);
    }

    #[test]
    fn he_finds_the_subject_written_with_an_age() {
        let text = "“It will pass,” said Tomas Berg. Local farmer Bill Ostrander, 68, \
                    was unconvinced. “They say this every year,” he said.";
        assert_eq!(speakers(text)[1].1.as_deref(), Some("Bill Ostrander"));
    }

    #[test]
    fn a_role_in_passing_before_she() {
        let text = "“We had three fires this year,” said the group's director, Derek Hale.";
        assert_eq!(speaker_of_first(text), Some("Derek Hale".into()));
        let text = "Mayor Ana Soto spoke first. “It is fine,” said Maria Berg. \
                    Asked about the plan, the mayor smiled. “We will see,” she said.";
        assert_eq!(speakers(text)[1].1.as_deref(), Some("Ana Soto"));
    }

    #[test]
    fn organisations_speak_past_a_clause_but_their_nouns_do_not_take_terms() {
        let text = "The Acme Corporation, which owns the site, has said it is “open to talks.”";
        assert_eq!(speaker_of_first(text), Some("Acme Corporation".into()));
        let text = "Work starts with the “worst” roads, according to the transport department.";
        assert_eq!(speaker_of_first(text), None);
    }

    #[test]
    fn a_verb_in_a_relative_clause_is_not_the_sentences() {
        let text = "Said one nurse from Dayton, who asked not to be named: ‘We are tired.’";
        assert_eq!(speaker_of_first(text), Some("one nurse".into()));
        let text = "The report cites Ana Soto, who said: “It will not last.”";
        assert_eq!(speaker_of_first(text), Some("Ana Soto".into()));
    }

    #[test]
    fn a_subject_before_a_participle_set_off_by_commas() {
        let text = "A senior official, speaking on condition of anonymity, said the rules were \
                    “carefully written.”";
        assert_eq!(speaker_of_first(text), Some("A senior official".into()));
    }

    #[test]
    fn what_is_described_does_not_speak() {
        let text = "The deal has been described in the capital as a “grand bargain.”";
        assert_eq!(speaker_of_first(text), None);
        let text = "The deal was described by Ana Soto as a “grand bargain.”";
        assert_eq!(speaker_of_first(text), Some("Ana Soto".into()));
    }

    #[test]
    fn titles_nicknames_and_mentioned_words_have_no_speaker() {
        for text in [
            "Ana Soto said her new podcast, “Night Shift Stories”, starts in May.",
            "Ana Soto wrote “The Salt Orchard” in two years.",
            "The defendant, Tomas “Sparky” Berg, said nothing.",
            "Ana Soto explained what the word “abate” means.",
            "During its “comeback” years, Dayton has added: a new museum.",
            "Galleries across the United States have portraits of “nobodies”.",
        ] {
            assert_eq!(speaker_of_first(text), None, "{text}");
        }
        // A verb of saying right after the closing mark is no noun the term runs into.
        assert_eq!(
            speaker_of_first("“=SUM(A1)” said Ana Soto. “Enough” said Tomas Berg."),
            Some("Ana Soto".into())
        );
        // Speech in capitals still counts when it says something.
        assert_eq!(
            speaker_of_first("“Never,” said Ana Soto."),
            Some("Ana Soto".into())
        );
        assert_eq!(
            speaker_of_first("Ana Soto called the plan “reckless”."),
            Some("Ana Soto".into())
        );
    }

    #[test]
    fn a_stop_after_the_closing_mark_ends_the_sentence() {
        let text = "The paper called it a “slow collapse”. Critic Ana Soto wrote, “It is not.”";
        assert_eq!(speaker_of_first(text), None);
        let text =
            "The Harbour Times noted the crowd had become a “movement”. Tomas Berg said, “Yes.”";
        assert_eq!(speaker_of_first(text), Some("Harbour Times".into()));
    }

    #[test]
    fn pronouns_agree_in_gender() {
        let text = "Maria Lopez met Peter Novak at the port. “We will sign today,” she said.";
        assert_eq!(speaker_of_first(text), Some("Maria Lopez".into()));
        let text = "Peter Novak met Maria Lopez at the port. “We will sign today,” he said.";
        assert_eq!(speaker_of_first(text), Some("Peter Novak".into()));
        // Given names in -a are read as female unless known as male (`Luka`).
        let text = "Olena Kovalenko met Luka Horvat at the port. “We will sign today,” she said.";
        assert_eq!(speaker_of_first(text), Some("Olena Kovalenko".into()));
        let text = "Luka Horvat met Olena Kovalenko at the port. “We will sign today,” he said.";
        assert_eq!(speaker_of_first(text), Some("Luka Horvat".into()));
        // A title tells too.
        let text = "Mrs Okafor spoke after Mr Berg. “It is late,” she said.";
        assert_eq!(speaker_of_first(text), Some("Okafor".into()));
    }

    #[test]
    fn a_resolved_pronoun_names_the_person_in_full() {
        let text = "Ana Kowalczyk chairs the board.\nKowalczyk left early.\n“It was a long day,” she said.";
        let q = crate::analyze(text)
            .into_iter()
            .find(|s| s.kind() == crate::Kind::Quote)
            .unwrap();
        let speaker = q.speaker().unwrap();
        assert_eq!(speaker.name, "Ana Kowalczyk");
        assert_eq!(&text[speaker.mention.clone()], "she");
        // A short mention said directly stays as written.
        let text = "Ana Kowalczyk chairs the board. “It was a long day,” Kowalczyk said.";
        assert_eq!(speaker_of_first(text), Some("Kowalczyk".into()));
    }

    #[test]
    fn a_pronoun_prefers_a_subject_followed_by_its_verb() {
        let text = "In his last years Tomas Berg painted a portrait of Henrik Dahl. \
                    Later he called it “the best thing I made”.";
        assert_eq!(speaker_of_first(text), Some("Tomas Berg".into()));
        let text =
            "Writing in a newsletter, Tomas Berg of the Harbour Courier praised Henrik Dahl. \
                    He called the plan “a fine idea”.";
        assert_eq!(speaker_of_first(text), Some("Tomas Berg".into()));
    }

    #[test]
    fn a_pronoun_goes_on_with_the_last_speaker() {
        let text = "“The Nordic Shipping Union blocked the pier,” said the Harbour Board. \
                    “Ships must wait,” it added.";
        let found = speakers(text);
        assert_eq!(found[1].1.as_deref(), Some("Harbour Board"), "{found:?}");
    }

    #[test]
    fn a_role_resolves_to_the_person_named_with_it() {
        let text = "Finance Minister Ana Ruiz met Tomas Berg, the head of the union. \
                    “We will find the money,” the minister said.";
        assert_eq!(speaker_of_first(text), Some("Ana Ruiz".into()));
    }

    #[test]
    fn a_name_qualified_by_of_gives_way_to_the_phrase_it_qualifies() {
        let text = "Writing online, Tomas Berg of the Harbour Courier and Post dubbed it “a feud”.";
        assert_eq!(speaker_of_first(text), Some("Tomas Berg".into()));
        let text = "“We will not pay,” a spokesman for the ministry said.";
        assert_eq!(
            speaker_of_first(text),
            Some("a spokesman for the ministry".into())
        );
        let text = "In March, Harbour Weekly's review of its own sales figures concluded, \
                    “Print is not dead yet.”";
        assert_eq!(speaker_of_first(text), Some("Harbour Weekly".into()));
    }

    #[test]
    fn an_owner_is_not_the_subject() {
        let text = "Okafor's cousin, Ana Soto, when asked about the fight, mentioned that \
                    Okafor “was only defending himself.”";
        assert_eq!(speaker_of_first(text), Some("Ana Soto".into()));
    }

    #[test]
    fn a_sentence_ending_in_a_colon_introduces_the_next_quote() {
        let text = "Soto said Okafor “was only defending himself.” Okafor himself \
                    exclaimed: “I am the victim.”";
        let found = speakers(text);
        assert_eq!(found[0].1.as_deref(), Some("Soto"), "{found:?}");
        assert_eq!(found[1].1.as_deref(), Some("Okafor"), "{found:?}");
    }

    #[test]
    fn according_to_later_in_the_sentence() {
        let text = "The patient's condition is “stable” after surgery on Monday, according \
                    to deputy minister Ana Ortiz.";
        assert_eq!(speaker_of_first(text), Some("Ana Ortiz".into()));
        // A speech verb before the quote wins over `according to` after it.
        let text = "Ortiz, who is in Lima for talks, said that Berg sends the people \
                    “warm greetings” according to the news agency Prensa Andina.";
        assert_eq!(speaker_of_first(text), Some("Ortiz".into()));
        assert_eq!(
            speaker_of_first("“The talks are over,” according to Kirby."),
            Some("Kirby".into())
        );
    }

    #[test]
    fn quotes_joined_by_and_or_a_colon_share_the_speaker() {
        let text = "Bishop Ana Ortiz called the ruling “cruel” (in Spanish) and “blind” (in \
                    Spanish):\n\n“We face a cruel ruling, made without care.” (in Spanish)";
        let found = speakers(text);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found.iter().all(|(_, s)| s.as_deref() == Some("Ana Ortiz")),
            "{found:?}"
        );
        assert!(!super::is_joined("” and then “"));
        assert!(super::is_joined("” [4] and “"));
    }

    #[test]
    fn a_paragraph_opening_with_a_quote_after_reported_speech() {
        let text = "Berg described her as the best student he ever had.\n\n\
                    “She never needed help. She just worked.” He left it there.";
        assert_eq!(speaker_of_first(text), Some("Berg".into()));
    }

    #[test]
    fn a_quote_after_a_sentence_about_a_named_person() {
        let text = "Head of the Harbour Union, Tomas Berg, offered his view of the deal. \
                    “Nobody here wanted it, but we will live with it.”";
        assert_eq!(speaker_of_first(text), Some("Tomas Berg".into()));
    }

    #[test]
    fn subjects_followed_by_their_verb() {
        // A name in a company name joined by `and` is not a subject.
        let text = "Writing online, Tomas Berg of the Harbour Courier and Post praised the plan. \
                    He described it as “the best idea in years.”";
        assert_eq!(speaker_of_first(text), Some("Tomas Berg".into()));
        // A participle after the verb takes the subject, not a name in an opening phrase.
        let text = "During the Budget Questions on Monday, Ana Ruiz defended the cuts whilst \
                    promising a “full review” soon.";
        assert_eq!(speaker_of_first(text), Some("Ana Ruiz".into()));
        // `he` opens the sentence of a participle.
        let text = "Ana Ruiz left. On Monday he wrote to the papers, proclaiming himself \
                    “the rightful mayor of the town”.";
        assert_eq!(speaker_of_first(text), Some("he".into()));
    }

    #[test]
    fn passives_and_agents() {
        let text = "Ana Ruiz has spoken about the case; she was quoted by the Harbour Courier \
                    on the ruling;\n\n“It is a sad day for the town.”";
        assert_eq!(speaker_of_first(text), Some("Ana Ruiz".into()));
        let text = "“Someone sent me the files this morning,” said the post by an unknown author.";
        assert_eq!(speaker_of_first(text), Some("an unknown author".into()));
        let text = "A confidential memo seen by the Harbour Courier says “staff must reply \
                    within ten days or lose their posts”.";
        assert_eq!(speaker_of_first(text), Some("A confidential memo".into()));
    }

    #[test]
    fn a_quote_from_the_first_of_a_list() {
        let text = "Reading a quote from Lord Lane and Ruiz and the Harbour Board:\n\n\
                    “A person who acts without care does no wrong until harm is done.”";
        assert_eq!(speaker_of_first(text), Some("Lord Lane".into()));
    }

    #[test]
    fn a_subject_before_in_their_statement() {
        let text = "Tenants in their letter of complaint stated they wanted to, quote, \
                    “stop the eviction of every family on the estate.”";
        assert_eq!(speaker_of_first(text), Some("Tenants".into()));
        let text = "Ana Soto in her reply stated, “We will stop the eviction.”";
        assert_eq!(speaker_of_first(text), Some("Ana Soto".into()));
    }

    #[test]
    fn whose_last_words_they_were() {
        let text = "Ana Berg was sentenced in 1901. Her final words in court were:\n\n\
                    “Do not cry for me.”";
        assert_eq!(speaker_of_first(text), Some("Ana Berg".into()));
    }

    #[test]
    fn a_phrase_right_after_a_verb_of_saying_is_speech() {
        let text = "The form must be filled in by hand, the council recommending “black ink \
                    only” where possible.";
        assert_eq!(speaker_of_first(text), Some("the council".into()));
        // Verbs of naming keep a term a term.
        let text = "The town is part of the so-called “rust belt” of the north.";
        assert_eq!(speaker_of_first(text), None);
        let text = "Locals call it “the old lady” and rarely go in.";
        assert_eq!(speaker_of_first(text), None);
    }

    #[test]
    fn they_resolve_to_a_plural_subject_before() {
        let text = "The researchers say the results show a real problem in the north. \
                    They call for “urgent action on salt in bread across the country.”";
        let q = crate::analyze(text)
            .into_iter()
            .find(|s| s.kind() == crate::Kind::Quote)
            .unwrap();
        let speaker = q.speaker().unwrap();
        assert_eq!(speaker.name, "The researchers");
        assert_eq!(&text[speaker.mention.clone()], "They");
    }

    #[test]
    fn abbreviations_are_not_full_stops() {
        for w in ["Mr", "Dr", "J", "Gen", "Inc", "Sgt", "Capt"] {
            assert!(super::is_abbreviation_word(w), "{w}");
        }
        for w in ["said", "Berg", "a", "", "Minister"] {
            assert!(!super::is_abbreviation_word(w), "{w}");
        }
        let text = "“We are ready,” Lt. Col. Ana Ruiz said. “It is time.”";
        assert_eq!(speaker_of_first(text), Some("Ana Ruiz".into()));
    }

    #[test]
    fn reported_speech_with_a_pronoun_subject() {
        let text = "In a statement, the port authority said it “regrets the disruption”.";
        assert_eq!(speaker_of_first(text), Some("the port authority".into()));
    }

    #[test]
    fn roles_and_appositives_in_a_report() {
        let text = "Mayor Anna Petrov thanked her staff. Council member Luis Ortega, a critic of \
                    the mayor, was less pleased. He called the verdict “a missed chance”. \
                    “I have nothing to hide,” the mayor said.";
        let found = speakers(text);
        assert_eq!(found[0].1.as_deref(), Some("Luis Ortega"), "{found:?}");
        assert_eq!(found[1].1.as_deref(), Some("Anna Petrov"), "{found:?}");
        let text = "“We are losing money,” Nordline chief executive Sara Haddad said on Monday. \
                    “It’s a fair offer,” the chief executive added.";
        let found = speakers(text);
        assert_eq!(found[1].1.as_deref(), Some("Sara Haddad"), "{found:?}");
    }

    #[test]
    fn reported_speech_in_a_flood_report() {
        let text = "The regional emergency agency said rivers were “rising faster than \
                    expected” and warned people to avoid travel. “Please stay at home unless it \
                    is urgent,” it said in a post.\n\n\
                    Environment Secretary Rachel Morgan visited the area. She promised “every \
                    penny needed” for repairs, adding: “No family will be left alone.”\n\n\
                    Crews rescued 40 people, according to fire chief Tom Byrne. “Most were \
                    elderly,” he told reporters.";
        let found = speakers(text);
        let names: Vec<Option<&str>> = found.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            names,
            [
                Some("The regional emergency agency"),
                Some("The regional emergency agency"),
                Some("Rachel Morgan"),
                Some("Rachel Morgan"),
                Some("Tom Byrne"),
            ]
        );
    }

    #[test]
    fn who_is_told_only_listens() {
        let text = "Okafor met the officers on Monday and told the police, “everything he saw”.";
        assert_ne!(speaker_of_first(text), Some("the police".into()));
        let text = "“Nothing was taken,” Soto told the court.";
        assert_eq!(speaker_of_first(text), Some("Soto".into()));
    }

    #[test]
    fn appositive_names_and_group_subjects() {
        let text = "In an interview with the Evening Star, the chief executive of Western Rail, \
                    Mark Feldman, said the company had “no say” over fares.";
        assert_eq!(speaker_of_first(text), Some("Mark Feldman".into()));
        let text = "Officials at the Harbour Board said the pier was “unsafe for use”.";
        assert_eq!(
            speaker_of_first(text),
            Some("Officials at the Harbour Board".into())
        );
    }

    #[test]
    fn headlines_and_unnamed_witnesses() {
        let text = "Okafor: “We will not back down”\n\nThe minister spoke in Abuja.";
        assert_eq!(speaker_of_first(text), Some("Okafor".into()));
        let text = "“It was chaos,” said one witness, who asked not to be named.";
        assert_eq!(speaker_of_first(text), Some("one witness".into()));
    }

    #[test]
    fn who_a_source_quotes() {
        let text = "According to the Harbour News agency, quoting the state agency Nordic \
                    Press Service, the army has been told to prepare for a “state of emergency”.";
        assert_eq!(speaker_of_first(text), Some("Nordic Press Service".into()));
    }

    #[test]
    fn a_question_about_her_then_her_answer() {
        let text = "Ana Ortiz, a second-year student, skipped a lecture to see the show. Why did \
                    she go at all? “It is the best show of the year. Nobody should \
                    miss it.”";
        assert_eq!(speaker_of_first(text), Some("Ana Ortiz".into()));
    }

    #[test]
    fn it_resolves_to_the_subject_before() {
        let text = "The health ministry reported 40 new cases on Monday. “The situation is \
                    stable,” it said.";
        let q = crate::analyze(text)
            .into_iter()
            .find(|s| s.kind() == crate::Kind::Quote)
            .unwrap();
        let speaker = q.speaker().unwrap();
        assert_eq!(speaker.name, "The health ministry");
        assert_eq!(&text[speaker.mention.clone()], "it");
    }

    #[test]
    fn names_given_are_not_speech() {
        let text = "Ana Soto hosts a weekly show with Tomas Berg called “Night Shift” \
                    (formerly called “Late Shift”).";
        let found = speakers(text);
        assert!(found.iter().all(|(_, s)| s.is_none()), "{found:?}");
    }

    #[test]
    fn possessive_marks_of_any_width() {
        for text in [
            "Okafor’ cousin, Ana Soto, said that Okafor “was only defending himself.”",
            "Okafor’s cousin, Ana Soto, said that Okafor “was only defending himself.”",
            "Okafor' cousin, Ana Soto, said that Okafor “was only defending himself.”",
        ] {
            assert_eq!(speaker_of_first(text), Some("Ana Soto".into()), "{text}");
        }
    }
}
