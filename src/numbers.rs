//! Finds numbers written in digits or words, with what is written onto them (currency,
//! magnitude, percent, unit, the month of a date), and computes their values.
//!
//! The detector walks the tokens once. At each token it tries, in order: a currency
//! prefix (`$`, `US$`, `£`, `Rs`, `USD`), a month followed by a day (`October 7`), a
//! numeral in digits (`10,000`, `2.3`, `1/2`, `½`), a numeral in words (`thirty-five`,
//! `two hundred and six`, `a dozen`); then the suffixes that belong to the value
//! (`mn`, `million`, `%`, `per cent`, `km`, `pm`, `th`, `October`). Digits glued to a
//! letter (`G7`, `COVID-19`, `F-35`) designate rather than count and are skipped whole,
//! as are digits after a reference or route word (`Figure 2`, `Gates 4 & 5`).
//!
//! Money can come in two parts (`thirteen dollars forty-five cents`, `12 EUR 80`: one
//! amount, major plus minor / 100) and can name its country (`50 Hong Kong dollars`). Word
//! tables that only a few numbers consult are kept as text and scanned (see
//! `CURRENCY_WORDS`, [`listed`]): a `match` over many strings costs several KB of .wasm.
//! They are scanned only at their entries' first letter, and only for a word that passes
//! a compile-time table of first, second and third letters by length ([`letter_lengths`]).
//!
//! Most tokens start nothing. Before the full rules, `find` asks `Cursor::may_start`, a
//! test of a few instructions that passes every token a number can start at: spaces, ASCII
//! marks other than `[` and `$`, and nearly all words stop there. Keep it in step with
//! `number_at` when a new kind of start is added (a property test checks it).

use crate::lexicon;
use crate::token::{Token, TokenKind};
use crate::{Attrs, NumberType, Span};

/// The numbers in `text`, in order.
pub(crate) fn find(text: &str, tokens: &[Token]) -> Vec<Span> {
    let lower_text = text.to_ascii_lowercase();
    let cursor = Cursor {
        text,
        lower_text: &lower_text,
        tokens,
    };
    // Room for a number every 32 tokens, which is dense news text (stock reports have
    // more): growing the vector copied it over and over.
    let mut out = Vec::with_capacity(tokens.len() / 32);
    // The end and ISO month prefix (`--11-`, `2023-11-`) of the last date found, so that
    // `November 2 and 3` makes the 3 a date too.
    let mut last_date: Option<(usize, String)> = None;
    // The token after the last designation skipped (`Gates 10`), so that `& 11` after it is
    // skipped too.
    let mut designated_next: Option<usize> = None;
    let mut i = 0;
    while i < tokens.len() {
        if !cursor.may_start(i) {
            i += 1;
            continue;
        }
        match cursor.number_at(i) {
            Some(mut found) => {
                let at = i;
                i = found.next;
                if found.end == 0 {
                    // A code, skipped whole.
                    designated_next = (cursor.kind(at) == Some(TokenKind::Digits)
                        && cursor.noun_designates(at))
                    .then_some(found.next);
                    continue;
                }
                if let Some(n) = designated_next.take() {
                    if found.number_type == NumberType::Cardinal
                        && cursor.kind(at) == Some(TokenKind::Digits)
                        && found.next == at + 1
                        && cursor.str(at).len() <= 4
                        && cursor.list_joiner(n, at)
                    {
                        designated_next = Some(found.next);
                        continue;
                    }
                }
                if let Some((end, prefix)) = &last_date {
                    let day = found
                        .value
                        .filter(|v| (1.0..=31.0).contains(v) && v.fract() == 0.0);
                    let joined = matches!(
                        text.get(*end..found.start),
                        Some(" and " | "-" | "–" | " – " | " to " | " & " | " or ")
                    );
                    if let (Some(day), true, NumberType::Cardinal) =
                        (day, joined, found.number_type)
                    {
                        found.number_type = NumberType::Date;
                        found.iso = Some(format!("{prefix}{day:02}"));
                    }
                }
                last_date = found
                    .iso
                    .as_deref()
                    .filter(|_| found.number_type == NumberType::Date)
                    .and_then(|iso| iso.get(..iso.len() - 2))
                    .map(|prefix| (found.end, prefix.to_string()));
                out.push(Span::new(
                    found.start..found.end,
                    Attrs::Number {
                        number_type: found.number_type,
                        // Text such as `1e400` or ten thousand digits has no finite value.
                        value: found.value.filter(|v| v.is_finite()),
                        currency: found.currency,
                        iso: found.iso,
                    },
                ));
                share_range_parts(text, &mut out);
            }
            None => i += 1,
        }
    }
    out
}

/// A range written once with its magnitude and currency (`$5-6 billion`, `between 3 and 4
/// million`, `Rs 2-3 crore`) is two numbers that share them: the first side gets the
/// magnitude of the second, the second the currency of the first.
fn share_range_parts(text: &str, out: &mut [Span]) {
    let [.., first, second] = out else { return };
    // The joiners below are at most five bytes (` and `, ` – `): most numbers stand
    // farther apart, and need no more looking at.
    if second.start().saturating_sub(first.end()) > 5 {
        return;
    }
    let (
        &Attrs::Number {
            number_type: t1,
            value: Some(v1),
            currency: c1,
            ..
        },
        &Attrs::Number {
            number_type: t2,
            value: Some(v2),
            currency: c2,
            ..
        },
    ) = (first.attrs(), second.attrs())
    else {
        return;
    };
    let plain = |t| {
        matches!(
            t,
            NumberType::Cardinal | NumberType::Decimal | NumberType::Money
        )
    };
    let before = text.as_bytes().get(..first.start()).unwrap_or_default();
    let joined = match text.get(first.end()..second.start()) {
        Some("-" | "–" | " - " | " – " | " to ") => true,
        Some(" and ") => {
            before.len() >= 8 && before[before.len() - 8..].eq_ignore_ascii_case(b"between ")
        }
        _ => false,
    };
    let second_text = second.as_str(text).as_bytes();
    if !joined || !plain(t1) || !plain(t2) && t2 != NumberType::Quantity {
        return;
    }
    // The numeral the second side starts with, before its magnitude.
    let (mut n2, mut place, mut seen) = (0.0, 0.0, false);
    for &b in second_text {
        match b {
            b'0'..=b'9' => {
                seen = true;
                let d = f64::from(b - b'0');
                if place > 0.0 {
                    n2 += d * place;
                    place /= 10.0;
                } else {
                    n2 = n2 * 10.0 + d;
                }
            }
            b',' if seen => {}
            b'.' if seen && place == 0.0 => place = 0.1,
            _ if seen => break,
            _ => {}
        }
    }
    let scale = v2 / n2;
    // `from 500 to 1 million` is not `500 million`: the first side is the smaller numeral.
    let scale_first = n2 > 0.0
        && scale >= 1e3
        && v1 < n2
        && first.as_str(text).ends_with(|c: char| c.is_ascii_digit())
        && !second_text.last().is_some_and(u8::is_ascii_digit);
    if let Attrs::Number { value, .. } = first.attrs_mut() {
        if scale_first {
            *value = Some(scaled(v1, scale));
        }
    }
    if let (
        Some(c),
        None,
        Attrs::Number {
            number_type,
            currency,
            ..
        },
    ) = (c1, c2, second.attrs_mut())
    {
        *number_type = NumberType::Money;
        *currency = Some(c);
    }
}

struct Found {
    start: usize,
    end: usize,
    /// Index of the first token after the number.
    next: usize,
    number_type: NumberType,
    value: Option<f64>,
    currency: Option<&'static str>,
    /// ISO 8601 form of a date.
    iso: Option<String>,
}

/// A numeral before its suffixes: where it ends and what it is worth.
struct Numeral {
    /// Index of the last token of the numeral.
    last: usize,
    value: f64,
    has_fraction: bool,
    /// Written with thousands separators (`10,000`): not a year or a time.
    grouped: bool,
    digits: bool,
    /// Written `.5`: the dot before the first token belongs to the number.
    leading_dot: bool,
}

/// A word lower-cased, as a slice of the document's lower-cased copy
/// ([`str::to_ascii_lowercase`], made once per text): looking words up then allocates and
/// copies nothing, and the slice needs no UTF-8 check. Every number, unit, month and
/// currency word is short ASCII; other words have no `Lower`.
#[derive(Clone, Copy, Default)]
struct Lower<'a>(&'a str);

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.0
    }
}

#[derive(Clone, Copy)]
struct Cursor<'a> {
    text: &'a str,
    /// `text` with ASCII letters lower-cased; byte offsets are the same.
    lower_text: &'a str,
    tokens: &'a [Token],
}

impl<'a> Cursor<'a> {
    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.tokens.get(i)
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tok(i).map(|t| t.kind)
    }

    fn str(&self, i: usize) -> &'a str {
        self.tok(i).map_or("", |t| t.text(self.text))
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        (self.kind(i)? == TokenKind::Word).then(|| self.str(i))
    }

    fn lower(&self, i: usize) -> Option<Lower<'a>> {
        self.tok(i)
            .filter(|t| t.kind == TokenKind::Word)
            .and_then(|t| self.lower_of(t))
    }

    fn lower_of(&self, tok: &Token) -> Option<Lower<'a>> {
        if tok.end - tok.start > 16 {
            return None;
        }
        let word = &self.lower_text[tok.start..tok.end];
        word.is_ascii().then_some(Lower(word))
    }

    fn punct(&self, i: usize) -> Option<char> {
        self.tok(i)?.punct(self.text)
    }

    fn is_single_space(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Space)
    }

    /// The token after one space following `i`, if there is exactly one space.
    fn after_space(&self, i: usize) -> Option<usize> {
        self.is_single_space(i + 1)
            .then_some(i + 2)
            .filter(|&j| j < self.tokens.len())
    }

    fn prev_lower_before_space(&self, i: usize) -> Option<Lower<'a>> {
        if i >= 2 && self.is_single_space(i - 1) {
            self.lower(i - 2)
        } else {
            None
        }
    }

    /// Whether token `i` is the punctuation character `b` (ASCII).
    fn is_byte(&self, i: usize, b: u8) -> bool {
        self.tok(i).is_some_and(|t| {
            t.kind == TokenKind::Punct && self.text.as_bytes().get(t.start) == Some(&b)
        })
    }

    /// Whether a number may start at token `i`: true for every token `number_at` reads a
    /// number from, false for most others (spaces, marks, most words), in a few
    /// instructions and without looking at the lower-cased text.
    #[inline]
    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        let bytes = self.text.as_bytes();
        match t.kind {
            TokenKind::Digits => true,
            TokenKind::Space | TokenKind::LineBreak => false,
            // The marks `number_at` reads: `[` (a citation), and the currency signs and
            // vulgar fractions of `symbol_currency` and `vulgar_fraction`, which are `$`,
            // Latin-1 `£ ¥ ¼ ½ ¾` (C2 A3, A5, BC..BE) or in the blocks U+2080..U+20BF
            // (`€`, `₹`: E2 82) and U+2140..U+217F (`⅓`: E2 85). Quotation marks and
            // dashes, the common non-ASCII marks, stop at the second byte.
            TokenKind::Punct => match bytes[t.start] {
                b'[' | b'$' => true,
                0xC2 => matches!(bytes.get(t.start + 1), Some(0xA3 | 0xA5 | 0xBC..=0xBE)),
                0xE2 => matches!(bytes.get(t.start + 1), Some(0x82 | 0x85)),
                _ => false,
            },
            TokenKind::Word => {
                let Some(&[first, ref rest @ ..]) = bytes.get(t.start..t.end) else {
                    return false;
                };
                let len = rest.len() + 1;
                // `lower_of`: longer words, and words that do not start in ASCII, are none.
                if len > 16 || !first.is_ascii_alphabetic() {
                    return false;
                }
                // A byte after the first is a letter or the start of an apostrophe; `| 0x20`
                // lower-cases a letter and leaves the rest outside `a`..`z`. Letters past
                // the end repeat the last one; no test below reads them.
                let second = rest.first().copied().unwrap_or(first);
                let third = rest.get(1).copied().unwrap_or(second);
                let (a, b, c) = (first | 0x20, second | 0x20, third | 0x20);
                let upper = first.is_ascii_uppercase();
                // A number word or sign word. `a` and `an`, the commonest of them, open a
                // number only before a scale, fraction or `dozen` (`a million`, `a third`:
                // see `words_numeral_of`) or as `A$`.
                if starts_like_number(a, b, c, len) {
                    let article = a == b'a' && (len == 1 || len == 2 && b == b'n');
                    return !article
                        || self.is_byte(i + 1, b'$')
                        || self.is_single_space(i + 1)
                            && self.tok(i + 2).is_some_and(|w| {
                                w.kind == TokenKind::Word
                                    && matches!(
                                        bytes[w.start] | 0x20,
                                        b'q' | b'h' | b't' | b'd' | b'm' | b'b'
                                    )
                            });
                }
                if len <= 3 {
                    // A currency code (`currency_code`: two or three capitals, or `Rs`).
                    if upper
                        && len >= 2
                        && (second.is_ascii_uppercase() || first == b'R' && second == b's')
                    {
                        return true;
                    }
                    // A prefix before `$` (`us$`, `c $`: see `number_at`).
                    let dollar_prefix = matches!(
                        (a, b, c, len),
                        (b'a' | b'c' | b's', _, _, 1)
                            | (b'u', b's', _, 2)
                            | (b'h', b'k', _, 2)
                            | (b'n', b'z', _, 2)
                            | (b'a', b'u', b'd', 3)
                            | (b'c', b'a', b'd', 3)
                            | (b'n', b'z', b'd', 3)
                            | (b'u', b's', b'd', 3)
                    );
                    if dollar_prefix && (self.is_byte(i + 1, b'$') || self.is_byte(i + 2, b'$')) {
                        return true;
                    }
                }
                // A month (`date_from_month`).
                // Month names start with one of `jfmasond`: most capitalised words stop there.
                const MONTH_FIRSTS: u32 = {
                    let mut bits = 0u32;
                    let letters = b"jfmasond";
                    let mut k = 0;
                    while k < letters.len() {
                        bits |= 1 << (letters[k] - b'a');
                        k += 1;
                    }
                    bits
                };
                upper
                    && len >= 3
                    && MONTH_FIRSTS >> (a - b'a') & 1 == 1
                    && month_of(a, b, c).is_some()
            }
        }
    }

    fn number_at(&self, i: usize) -> Option<Found> {
        let tok = self.tok(i)?;
        match tok.kind {
            TokenKind::Punct if self.punct(i) == Some('[') => self.citation_at(i),
            TokenKind::Punct => {
                // A vulgar fraction on its own: `½ ρ u²`; after digits, `2 ½` was read whole.
                if let Some(v) = self.punct(i).and_then(vulgar_fraction) {
                    return Some(Found {
                        start: tok.start,
                        end: tok.end,
                        next: i + 1,
                        number_type: NumberType::Decimal,
                        value: Some(v),
                        currency: None,
                        iso: None,
                    });
                }
                self.currency_prefixed(i, i)
            }
            TokenKind::Word => {
                // Every word the detector reacts to is short ASCII; others are passed over
                // without lower-casing them.
                let lower = self.lower_of(tok)?;
                if let Some(found) = self.date_from_month(i, &lower) {
                    return Some(found);
                }
                let dollar_prefix = || {
                    lower == "us"
                        || lower == "a" && self.str(i) == "A"
                        || listed("c hk nz s aud cad nzd usd", &lower)
                };
                // `US$5`, `AUD$15`, and `C $ 300` in spaced-out newswire.
                let dollar_at = if self.is_byte(i + 1, b'$') && self.tok(i + 1)?.start == tok.end {
                    Some(i + 1)
                } else {
                    (matches!(&*lower, "c" | "us" | "hk" | "nz")
                        && self.punct(i + 2) == Some('$')
                        && self.is_single_space(i + 1)
                        && self.is_single_space(i + 3)
                        && self.kind(i + 4) == Some(TokenKind::Digits))
                    .then_some(i + 2)
                };
                if let Some(dollar) = dollar_at.filter(|_| dollar_prefix()) {
                    {
                        return self.currency_prefixed(dollar, i).map(|mut f| {
                            f.currency = Some(match &*lower {
                                "a" | "aud" => "AUD",
                                "c" | "cad" => "CAD",
                                "nzd" => "NZD",
                                "hk" => "HKD",
                                "nz" => "NZD",
                                "s" => "SGD",
                                _ => "USD",
                            });
                            f
                        });
                    }
                }
                if let Some(code) = currency_code(self.str(i)) {
                    let j = if self.punct(i + 1) == Some('.') {
                        i + 1
                    } else {
                        i
                    };
                    // `USD 5`, `Rs. 500`, `Rs.500`, `IRR200,000`.
                    let glued = self.tok(i + 1).is_some_and(|t| t.start == tok.end)
                        && self.kind(i + 1) == Some(TokenKind::Digits);
                    let k = if glued {
                        Some(i + 1)
                    } else {
                        self.after_space(j).or_else(|| (j > i).then_some(j + 1))
                    };
                    if let Some(k) = k {
                        if self.kind(k) == Some(TokenKind::Digits) {
                            return self.number_from(k, i, Some(code));
                        }
                    }
                }
                if self.is_glued_to_code(i) {
                    return None;
                }
                // `minus 5`, `negative one`: the sign word is part of the value.
                if matches!(&*lower, "minus" | "negative") {
                    let j = self.after_space(i)?;
                    if matches!(self.kind(j), Some(TokenKind::Digits | TokenKind::Word)) {
                        return self.number_at(j).filter(|f| f.end > 0).map(|mut f| {
                            f.start = tok.start;
                            f.value = f.value.map(|v| -v);
                            f
                        });
                    }
                }
                if !may_start_number(&lower) {
                    return None;
                }
                let numeral = self.words_numeral_of(i, lower)?;
                self.finish(i, i, numeral, None)
            }
            TokenKind::Digits => {
                if let Some(found) = self.numeric_date(i) {
                    return Some(found);
                }
                if let Some(next) = self.heading_number_end(i) {
                    return Some(self.skipped(next));
                }
                // `Su 08:00`, `Gate 9 am`: a time even after a word that names codes.
                if let Some(found) = self.time_at(i, i) {
                    return Some(found);
                }
                if let Some(found) = self.phone_number(i) {
                    return Some(found);
                }
                if self.is_code(i) {
                    return Some(self.skip_code(i));
                }
                // `time_at` said no above: read the numeral straight away.
                let numeral = self.digits_numeral(i)?;
                self.finish(i, i, numeral, None)
            }
            _ => None,
        }
    }

    /// `2023-10-07` (ISO) or `10/1/2008` (month first unless the first number is over 12).
    fn numeric_date(&self, i: usize) -> Option<Found> {
        let sep = self.punct(i + 1)?;
        if !matches!(sep, '-' | '/') || self.punct(i + 3) != Some(sep) {
            return None;
        }
        let parts = [i, i + 2, i + 4];
        if parts
            .iter()
            .any(|&k| self.kind(k) != Some(TokenKind::Digits))
            || parts
                .windows(2)
                .any(|w| self.tokens[w[0] + 1].end != self.tokens[w[1]].start)
            || self.digits_continue(i + 4)
        {
            return None;
        }
        let [a, b, c] = parts.map(|k| self.str(k));
        let (year, month, day) = if sep == '-' && a.len() == 4 && b.len() == 2 && c.len() == 2 {
            (a, b, c)
        } else if sep == '/' && a.len() <= 2 && b.len() <= 2 && c.len() == 4 {
            if digits_value(a) > 12.0 {
                (c, b, a)
            } else {
                (c, a, b)
            }
        } else {
            return None;
        };
        let (year, month, day) = (digits_value(year), digits_value(month), digits_value(day));
        if !(1.0..=12.0).contains(&month) || !(1.0..=31.0).contains(&day) {
            return None;
        }
        Some(Found {
            start: self.tokens[i].start,
            end: self.tokens[i + 4].end,
            next: i + 5,
            number_type: NumberType::Date,
            value: Some(day),
            currency: None,
            iso: Some(format!("{year:04}-{month:02}-{day:02}")),
        })
    }

    /// `944-3737`, `201-592-4699`, `+1602275-4958`: one telephone number, with no value.
    /// Two groups read as a range instead when they look like one (`1990-1995`, `500-1000`).
    fn phone_number(&self, i: usize) -> Option<Found> {
        let mut groups = [0usize; 4];
        let mut n = 1;
        let mut j = i;
        while n < 4
            && self.punct(j + 1) == Some('-')
            && self.kind(j + 2) == Some(TokenKind::Digits)
            && self.tokens[j + 1].start == self.tokens[j].end
            && self.tokens[j + 2].start == self.tokens[j + 1].end
        {
            groups[n] = j + 2;
            n += 1;
            j += 2;
        }
        groups[0] = i;
        let len = |k: usize| self.str(groups[k]).len();
        let value = |k: usize| digits_value(self.str(groups[k]));
        let phone = match n {
            2 => {
                let years =
                    (1000.0..=2100.0).contains(&value(0)) && (1000.0..=2100.0).contains(&value(1));
                len(0) >= 3 && len(1) == 4 && !years && value(1) % 100.0 != 0.0
            }
            3 => len(0) >= 2 && len(1) >= 3 && len(2) == 4,
            // `1-800-555-1234`.
            4 => len(0) <= 3 && len(1) == 3 && len(2) == 3 && len(3) == 4,
            _ => false,
        } || n == 2 && len(0) == 3 && len(1) == 4 && self.phone_cue_before(i);
        if !phone || self.digits_continue(j) {
            return None;
        }
        let glued_plus = i > 0
            && self.punct(i - 1) == Some('+')
            && self.tokens[i - 1].end == self.tokens[i].start;
        let start = if glued_plus { i - 1 } else { i };
        Some(Found {
            start: self.tokens[start].start,
            end: self.tokens[j].end,
            next: j + 1,
            number_type: NumberType::Cardinal,
            value: None,
            currency: None,
            iso: None,
        })
    }

    /// `tel:`, `phone`, `call`, `fax` or a telephone sign a few tokens before `i`.
    fn phone_cue_before(&self, i: usize) -> bool {
        (i.saturating_sub(10)..i).any(|k| {
            matches!(self.punct(k), Some('☏' | '☎' | '📞'))
                || self.lower(k).is_some_and(|w| {
                    matches!(&*w, "tel" | "phone" | "telephone" | "call" | "fax" | "ph")
                })
        })
    }

    /// A citation marker such as `[12]`, `[2, 3]` or `[8–11]`: references, not figures.
    fn citation_at(&self, i: usize) -> Option<Found> {
        let mut j = i + 1;
        let mut digits = false;
        while let Some(t) = self.tok(j) {
            match t.kind {
                TokenKind::Digits => digits = true,
                TokenKind::Space => {}
                TokenKind::Punct => match t.punct(self.text) {
                    Some(']') if digits => return Some(self.skipped(j + 1)),
                    Some(',' | '-' | '–' | '—' | ';') => {}
                    _ => return None,
                },
                _ => return None,
            }
            if j - i > 24 {
                return None;
            }
            j += 1;
        }
        None
    }

    /// `2.1. Results` at the start of a line: a section number.
    fn heading_number_end(&self, i: usize) -> Option<usize> {
        if i > 0 && self.kind(i - 1) != Some(TokenKind::LineBreak) {
            return None;
        }
        let mut j = i;
        while self.punct(j + 1) == Some('.') && self.kind(j + 2) == Some(TokenKind::Digits) {
            j += 2;
        }
        if self.punct(j + 1) == Some('.') {
            j += 1;
        }
        let title_follows = self.is_single_space(j + 1)
            && self.word(j + 2).is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    && !self.lower(j + 2).is_some_and(|w| {
                        lexicon::MONTHS.contains(&w) || currency_word(&w, true).is_some()
                    })
                    && currency_code(w).is_none()
            });
        let numbered = j > i || self.str(i).len() <= 2 && self.line_is_heading(i);
        (title_follows && numbered).then_some(j + 1)
    }

    /// A short line with no sentence punctuation at its end.
    fn line_is_heading(&self, i: usize) -> bool {
        let rest = &self.text[self.tokens[i].start..];
        let line = rest.split(['\n', '\r']).next().unwrap_or(rest).trim_end();
        line.len() < 80 && !line.ends_with(['.', ',', ';', ':', '?', '!'])
    }

    /// A skipped stretch that ends before token `next`.
    fn skipped(&self, next: usize) -> Found {
        Found {
            start: 0,
            end: 0,
            next,
            number_type: NumberType::Cardinal,
            value: None,
            currency: None,
            iso: None,
        }
    }

    /// A `$`-like symbol at `sym` followed by a numeral; the span starts at `start`.
    fn currency_prefixed(&self, sym: usize, start: usize) -> Option<Found> {
        let code = symbol_currency(self.punct(sym)?)?;
        let mut k = sym + 1;
        if self.is_single_space(k) && self.kind(k + 1) == Some(TokenKind::Digits) {
            k += 1;
        }
        match self.kind(k)? {
            TokenKind::Digits => self.number_from(k, start, Some(code)),
            TokenKind::Word => {
                let numeral = self.words_numeral(k)?;
                self.finish(k, start, numeral, Some(code))
            }
            _ => None,
        }
    }

    fn number_from(&self, i: usize, start: usize, currency: Option<&'static str>) -> Option<Found> {
        if let Some(found) = self.time_at(i, start) {
            return Some(found);
        }
        let numeral = self.digits_numeral(i)?;
        self.finish(i, start, numeral, currency)
    }

    /// Digits right after a letter or a letter and a hyphen: `G7`, `COVID-19`, `F-35`.
    fn is_code(&self, i: usize) -> bool {
        let Some(tok) = self.tok(i) else { return false };
        if i > 0 {
            let prev = &self.tokens[i - 1];
            if prev.kind == TokenKind::Word && prev.end == tok.start {
                // `AD842`: an era before a year.
                return !matches!(prev.text(self.text), "AD" | "CE");
            }
            if i > 1
                && matches!(prev.punct(self.text), Some('-' | '‐' | '–'))
                && self.tokens[i - 2].kind == TokenKind::Word
                && self.tokens[i - 2].end == prev.start
                // `mid-1990s`, `pre-2008`: a prefix before a year, not a code.
                && !self
                    .lower(i - 2)
                    .is_some_and(|w| matches!(&*w, "mid" | "pre" | "post") || is_number_word(&w))
                // `4-for-5`: a tally, both sides counts.
                && !(i > 3
                    && self.punct(i - 3) == Some('-')
                    && self.kind(i - 4) == Some(TokenKind::Digits))
                // `10C-15C`, `5km-8km`: a range of amounts with a unit, no code.
                && !(i > 2
                    && self.kind(i - 3) == Some(TokenKind::Digits)
                    && self.tokens[i - 3].end == self.tokens[i - 2].start)
            {
                return true;
            }
        }
        // `Maize1_1017013`: an identifier.
        if i > 0 && self.punct(i - 1) == Some('_') && self.tokens[i - 1].end == tok.start {
            return true;
        }
        // `either 1) … or 2) …`: an enumerator with no opening parenthesis before it.
        if self.punct(i + 1) == Some(')')
            && self.str(i).len() <= 2
            && (i == 0 || self.tok(i - 1).is_some_and(Token::is_space))
            && !self.inside_parentheses(i)
            // `15 - 25)`: the end of a range.
            && !(i >= 2 && matches!(self.punct(i - 2), Some('-' | '–' | '—')))
        {
            return true;
        }
        // `H.R.1424`, `S.B.5`: a bill number after initials.
        if i > 1
            && self.punct(i - 1) == Some('.')
            && self.tokens[i - 1].end == tok.start
            && self.word(i - 2).is_some_and(|w| w.len() == 1)
        {
            return true;
        }
        // Digits glued to letters that are no unit or suffix: `4x4`, `737MAX`, `5G`?
        if let Some(next) = self.word(i + 1) {
            let exponent = matches!(next, "e" | "E")
                && (self.kind(i + 2) == Some(TokenKind::Digits)
                    || matches!(self.punct(i + 2), Some('+' | '-'))
                        && self.kind(i + 3) == Some(TokenKind::Digits));
            if self.tokens[i + 1].start == tok.end
                && !is_suffix_word(next, self.lower(i + 1))
                && !exponent
            {
                let digits_follow = self.kind(i + 2) == Some(TokenKind::Digits)
                    && self.tokens[i + 2].start == self.tokens[i + 1].end;
                // `56A`, `81P`: a capital glued on makes a house or catalogue number; not the
                // `S` of a shouted `1990S`.
                return digits_follow
                    || next.chars().next().is_some_and(char::is_uppercase) && next != "S"
                    || next.chars().count() > 3;
            }
        }
        if self.noun_designates(i) {
            return true;
        }
        self.is_list_item(i)
    }

    /// Digits after a model, route or reference word: `Boeing 737`, `Flight 17`, `No. 8`,
    /// `figure 2`.
    fn noun_designates(&self, i: usize) -> bool {
        let noun_at = if i >= 3 && self.is_single_space(i - 1) && self.punct(i - 2) == Some('.') {
            Some(i - 3)
        } else {
            (i >= 2 && self.is_single_space(i - 1)).then(|| i - 2)
        };
        // Only a word names what digits designate.
        let Some((w, word)) = noun_at.and_then(|w| Some((w, self.word(w)?))) else {
            return false;
        };
        let capital = word.starts_with(|c: char| c.is_uppercase());
        // A year stays a number: `Rule 2016` is the rule of that year.
        let year =
            || self.str(i).len() == 4 && (1900.0..=2099.0).contains(&digits_value(self.str(i)));
        // The lexicon last: most words before a number are lower-case and no reference.
        if self.lower(w).is_some_and(|lw| {
            (capital || is_reference_noun(&lw)) && lexicon::CODE_NOUNS.contains(&lw)
        }) && !year()
        {
            return true;
        }
        // `designates` wants a capital.
        capital && w + 2 == i && self.designates(w, i)
    }

    /// Whether the text between tokens `from` and `to` joins two items of a list:
    /// `, `, ` and `, ` & `, ` or `, `-`.
    /// A comma only joins when the list goes on after `to` (`Figures 1, 2 and 3`), not
    /// before a count (`in Figure 2, 30 people`).
    fn list_joiner(&self, from: usize, to: usize) -> bool {
        let (Some(a), Some(b)) = (self.tok(from), self.tok(to)) else {
            return false;
        };
        match self.text.get(a.start..b.start) {
            Some(" and " | " & " | " or " | "-" | "–" | ", and ") => true,
            Some(", ") => {
                matches!(self.punct(to + 1), Some(',' | ')' | ';'))
                    || self
                        .after_space(to)
                        .is_some_and(|n| matches!(self.str(n), "and" | "&" | "or"))
            }
            _ => false,
        }
    }

    /// Whether an opening parenthesis a few tokens before `i` is still open.
    fn inside_parentheses(&self, i: usize) -> bool {
        for k in (i.saturating_sub(24)..i).rev() {
            match self.punct(k) {
                Some('(') => return true,
                Some(')') => return false,
                _ if self.kind(k) == Some(TokenKind::LineBreak) => return false,
                _ => {}
            }
        }
        false
    }

    /// Small digits right after a capitalised word inside a sentence (`Internet Explorer 6`,
    /// `Factor 1`, `Hwy 51`) name a version, item or road rather than count something.
    /// Not after the first word of a sentence (`About 30 people`), a month, weekday or
    /// currency, nor in a title-case line, where every word is capitalised.
    fn designates(&self, w: usize, i: usize) -> bool {
        let Some(word) = self.word(w) else {
            return false;
        };
        if !word.starts_with(|c: char| c.is_ascii_uppercase())
            || word.len() < 2
            || self.str(i).len() > 3
            || self.starts_sentence(w)
            || currency_code(word).is_some()
            || matches!(word, "AD" | "CE")
        {
            return false;
        }
        // `the Greens 18, the Free Democrats 72`: a team or party, named in the plural after
        // `the`, with its count of seats, votes or points.
        let the = |k: usize| self.prev_lower_before_space(k).as_deref() == Some("the");
        if word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && (the(w)
                || w >= 2
                    && self
                        .word(w - 2)
                        .is_some_and(|p| p.starts_with(|c: char| c.is_ascii_uppercase()))
                    && the(w - 2))
        {
            return false;
        }
        if let Some(lw) = self.lower(w) {
            if lexicon::MONTHS.contains(&lw)
                || lexicon::WEEKDAYS.contains(&lw)
                || is_number_word(&lw)
                || currency_word(&lw, true).is_some()
            {
                return false;
            }
        }
        // What follows must end the designation: punctuation, or a word that is no unit,
        // magnitude or percent, and nothing that makes a score, range, time or decimal.
        match self.tok(i + 1) {
            None => {}
            Some(t) if t.kind == TokenKind::Word => return false,
            Some(t) if t.kind == TokenKind::Punct => {
                let c = self.punct(i + 1);
                if matches!(c, Some('-' | '–' | '—' | ':' | '/' | '%' | '°'))
                    || matches!(c, Some('.' | ',')) && self.kind(i + 2) == Some(TokenKind::Digits)
                {
                    return false;
                }
            }
            Some(_) => {
                if let Some(next) = self.after_space(i) {
                    if self.kind(next) == Some(TokenKind::Digits)
                        || matches!(self.punct(next), Some('-' | '–' | '—' | '%'))
                        || self.word(next).is_some_and(|n| {
                            is_suffix_word(n, self.lower(next))
                                || self.lower(next).is_some_and(|l| {
                                    matches!(&*l, "percent" | "per" | "pct" | "am" | "pm")
                                        || currency_word(&l, true).is_some()
                                })
                        })
                    {
                        return false;
                    }
                }
            }
        }
        !self.in_title_line(w)
    }

    /// Whether the word at `w` opens a sentence, line or quotation.
    fn starts_sentence(&self, w: usize) -> bool {
        let mut k = w;
        if k > 0 && self.kind(k - 1) == Some(TokenKind::Space) {
            k -= 1;
        }
        if k == 0 {
            return true;
        }
        match self.tok(k - 1) {
            Some(t) if t.kind == TokenKind::LineBreak => true,
            Some(t) => matches!(
                t.punct(self.text),
                Some('.' | '!' | '?' | ':' | ';' | '"' | '“' | '‘' | '(' | '[' | ']' | '—' | '–')
            ),
            None => true,
        }
    }

    /// A line where nearby words are all capitalised: a headline or a title, in which a
    /// capital says nothing about names.
    fn in_title_line(&self, i: usize) -> bool {
        let lo = i.saturating_sub(24);
        let hi = (i + 24).min(self.tokens.len());
        let mut j = i;
        // Stay within the line: stop at line breaks on either side.
        let mut from = i;
        while from > lo && self.kind(from - 1) != Some(TokenKind::LineBreak) {
            from -= 1;
        }
        while j + 1 < hi && self.kind(j + 1) != Some(TokenKind::LineBreak) {
            j += 1;
        }
        // Title case leaves short function words lower-case; any other lower-case word
        // means prose.
        !(from..=j).any(|k| {
            self.word(k).is_some_and(|w| {
                w.starts_with(|c: char| c.is_lowercase())
                    && !listed(
                        "a an the of and or for in on at to by with from as but vs",
                        w,
                    )
            })
        })
    }

    /// `1 Naqsh-e Jahan Square`, `2 Chaharbagh Boulevard`: a small number opening a line
    /// before a capitalised word, with the next or previous item's number on another line.
    fn is_list_item(&self, i: usize) -> bool {
        if !self.opens_list_line(i) {
            return false;
        }
        let n = digits_value(self.str(i));
        // Look for a neighbouring item a bounded number of lines away.
        let mut lines = 0;
        let mut j = i + 1;
        while j < self.tokens.len().min(i + 4000) && lines < 40 {
            if self.kind(j) == Some(TokenKind::LineBreak) {
                lines += 1;
                if self.opens_list_line(j + 1) && digits_value(self.str(j + 1)) == n + 1.0 {
                    return true;
                }
            }
            j += 1;
        }
        lines = 0;
        let mut j = i;
        while j > i.saturating_sub(4000) && lines < 40 {
            j -= 1;
            if self.kind(j) == Some(TokenKind::LineBreak) {
                lines += 1;
                if self.opens_list_line(j + 1) && digits_value(self.str(j + 1)) + 1.0 == n {
                    return true;
                }
            }
        }
        false
    }

    fn opens_list_line(&self, i: usize) -> bool {
        (i == 0 || self.kind(i - 1) == Some(TokenKind::LineBreak))
            && self.kind(i) == Some(TokenKind::Digits)
            && self.str(i).len() <= 2
            && self.is_single_space(i + 1)
            && self
                .word(i + 2)
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
    }

    /// Skips a whole code such as `H5N1` or `737-800` so none of its digits is read.
    fn skip_code(&self, i: usize) -> Found {
        let mut j = i;
        while let Some(t) = self.tok(j + 1) {
            let glued = t.start == self.tokens[j].end;
            let joiner = matches!(t.kind, TokenKind::Word | TokenKind::Digits)
                || matches!(t.punct(self.text), Some('-' | '_' | '.'))
                    && self
                        .kind(j + 2)
                        .is_some_and(|k| matches!(k, TokenKind::Word | TokenKind::Digits));
            if glued && joiner {
                j += 1;
            } else {
                break;
            }
        }
        self.skipped(j + 1)
    }

    fn is_glued_to_code(&self, i: usize) -> bool {
        i > 0
            && self.tokens[i - 1].kind == TokenKind::Digits
            && self.tokens[i - 1].end == self.tokens[i].start
    }

    /// `10,000`, `2.3`, `1 000 000`, `1/2`, `2 ½`, `2 1/4`, `.5`, `1.3e6`, `12,34,567`, `1.234,5`.
    fn digits_numeral(&self, i: usize) -> Option<Numeral> {
        let first = self.str(i);
        let (mut value, mut last, grouped, european) = self.grouped_digits(i);
        let mut has_fraction = false;
        // Decimal part: `.5` (`,5` after European groups); a comma decimal only where no
        // grouping could be meant (`1,8`).
        let sep = self.punct(last + 1);
        let decimal_sep = if european {
            sep == Some(',')
        } else {
            sep == Some('.') || sep == Some(',') && !grouped && self.str(last + 2).len() != 3
        };
        // Not `1.2.3`, a version or section number; `$1.23.` ends a sentence.
        if decimal_sep
            && self.kind(last + 2) == Some(TokenKind::Digits)
            && !(self.punct(last + 3) == Some('.')
                && self.kind(last + 4) == Some(TokenKind::Digits))
        {
            value = decimal_value(value, self.str(last + 2));
            has_fraction = true;
            last += 2;
        } else if let Some((f, end)) = self.slash_fraction(last).filter(|_| !grouped) {
            value = f;
            has_fraction = true;
            last = end;
        }
        if !has_fraction {
            // `2 ½` or `2 1/4`: a whole number and a fraction below one.
            if let Some((f, end)) = self.vulgar_after(last) {
                value += f;
                last = end;
                has_fraction = true;
            } else if self.kind(last + 1) == Some(TokenKind::Space) && !grouped {
                if let Some((f, end)) = self.slash_fraction(last + 2).filter(|f| f.0 < 1.0) {
                    value += f;
                    last = end;
                    has_fraction = true;
                }
            }
        }
        // A leading `.5`.
        let mut leading_dot = false;
        if i >= 1 {
            let before = self.punct(i - 1);
            let edge = i < 2
                || self.tokens[i - 2].kind != TokenKind::Digits
                    && self.tokens[i - 2].kind != TokenKind::Word;
            if before == Some('.') && edge && !has_fraction && last == i {
                value = decimal_value(0.0, first);
                has_fraction = true;
                leading_dot = true;
            }
        }
        // Scientific notation: `1.3e6`, `12.32e+14`. Exponents past f64's range give
        // infinity, which `find` turns into no value.
        if self.word(last + 1).is_some_and(|e| e == "e" || e == "E")
            && self.tokens[last + 1].start == self.tokens[last].end
        {
            let (sign, k) = match self.punct(last + 2) {
                Some('+') => (1, last + 3),
                Some('-' | '−') => (-1, last + 3),
                _ => (1, last + 2),
            };
            if self.kind(k) == Some(TokenKind::Digits) && self.str(k).len() <= 4 {
                let exp = sign * digits_value(self.str(k)) as i32;
                value *= 10f64.powi(exp);
                last = k;
                // Written as a power of ten, the number reads as a decimal (`1.3e6`).
                has_fraction = true;
            }
        }
        Some(Numeral {
            last,
            value,
            has_fraction,
            grouped,
            digits: true,
            leading_dot,
        })
    }

    /// The whole-number part: digits with their thousands groups. Returns the value, the
    /// last token, whether groups were read, and whether they were European (`1.234.567`).
    fn grouped_digits(&self, i: usize) -> (f64, usize, bool, bool) {
        let first = self.str(i);
        let mut value = digits_value(first);
        let mut last = i;
        if first.len() > 3 {
            return (value, last, false, false);
        }
        // Read from the tokens alone, without slicing the text: most numbers have no group.
        let group_at = |j: usize, len: usize| {
            self.tok(j)
                .is_some_and(|t| t.kind == TokenKind::Digits && t.end - t.start == len)
        };
        // Indian grouping: `12,34,567`, `1,00,000`: pairs, then a final three.
        if self.is_byte(i + 1, b',') && first.len() <= 2 && group_at(i + 2, 2) {
            let mut j = i;
            let mut v = value;
            while self.str(j + 1) == "," && group_at(j + 2, 2) {
                v = v * 100.0 + digits_value(self.str(j + 2));
                j += 2;
            }
            if self.str(j + 1) == "," && group_at(j + 2, 3) && !self.digits_continue(j + 2) {
                return (
                    v * 1000.0 + digits_value(self.str(j + 2)),
                    j + 2,
                    true,
                    false,
                );
            }
            return (value, last, false, false);
        }
        // European grouping `1.234.567` or `1.234,5`: dots are groups only when a second
        // group or a decimal comma shows it; `1.234` alone is a decimal.
        if self.is_byte(i + 1, b'.') && group_at(i + 2, 3) {
            let mut j = i;
            let mut v = value;
            let mut groups = 0;
            while self.str(j + 1) == "." && group_at(j + 2, 3) {
                v = v * 1000.0 + digits_value(self.str(j + 2));
                j += 2;
                groups += 1;
            }
            let comma_follows =
                self.str(j + 1) == "," && self.kind(j + 2) == Some(TokenKind::Digits);
            if (groups >= 2 || comma_follows) && !self.digits_continue(j) {
                return (v, j, true, true);
            }
            return (value, last, false, false);
        }
        // `10,000`, or a thin, narrow no-break or no-break space: `1 000 000`. A plain space
        // only joins groups of three that nothing else continues (`1 201 944-3737` is a
        // phone number).
        let mut grouped = false;
        loop {
            if !group_at(last + 2, 3) {
                break;
            }
            let sep = self.str(last + 1);
            let group = self.str(last + 2);
            let is_sep =
                sep == "," || matches!(sep, "\u{202F}" | "\u{2009}" | "\u{A0}") || sep == " ";
            if !is_sep {
                break;
            }
            if sep == "," && self.kind(last + 3) == Some(TokenKind::Digits) {
                break;
            }
            if sep == " " && (self.digits_continue(last + 2) || !self.space_groups_end(last + 2)) {
                break;
            }
            value = value * 1000.0 + digits_value(group);
            last += 2;
            grouped = true;
        }
        (value, last, grouped, false)
    }

    /// Whether digits at `j` run on into more digits through a joiner (`944-3737`, `1:19`).
    fn digits_continue(&self, j: usize) -> bool {
        matches!(self.punct(j + 1), Some('-' | '–' | ':' | '/'))
            && self.kind(j + 2) == Some(TokenKind::Digits)
    }

    /// Groups joined by plain spaces from `j` on end cleanly: each three digits, and the
    /// last not continued by a joiner or a further digit group.
    fn space_groups_end(&self, mut j: usize) -> bool {
        for _ in 0..8 {
            if self.digits_continue(j) {
                return false;
            }
            if self.str(j + 1) == " " && self.kind(j + 2) == Some(TokenKind::Digits) {
                if self.str(j + 2).len() != 3 {
                    return false;
                }
                j += 2;
            } else {
                return true;
            }
        }
        false
    }

    /// `1/2` at `i`: the value and the last token, for a denominator that reads as one.
    fn slash_fraction(&self, i: usize) -> Option<(f64, usize)> {
        if self.kind(i) != Some(TokenKind::Digits)
            || self.punct(i + 1) != Some('/')
            || self.kind(i + 2) != Some(TokenKind::Digits)
            || self.punct(i + 3) == Some('/')
        {
            return None;
        }
        let num = digits_value(self.str(i));
        let den = digits_value(self.str(i + 2));
        (den > 0.0 && den <= 1000.0 && num < den * 10.0).then(|| (num / den, i + 2))
    }

    fn vulgar_after(&self, i: usize) -> Option<(f64, usize)> {
        if self
            .punct(i + 1)
            .is_some_and(|c| vulgar_fraction(c).is_none())
        {
            return None;
        }
        let j = if self.is_single_space(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let c = self.punct(j)?;
        vulgar_fraction(c).map(|v| (v, j))
    }

    /// `15:30`, `3pm`, `8 pm`, `6:00am`.
    fn time_at(&self, i: usize, start: usize) -> Option<Found> {
        // An hour has one or two digits.
        let hour = short_digits_value(self.str(i))?;
        let mut last = i;
        let mut colon = false;
        // `10.30am`: a dot between hour and minutes only with am or pm after them.
        // `1:42.35`: after minutes and seconds, a dot starts their fraction.
        let mut dot = false;
        while matches!(self.punct(last + 1), Some(':' | '.'))
            && !dot
            && self.kind(last + 2) == Some(TokenKind::Digits)
        {
            let fraction = colon && self.punct(last + 1) == Some('.');
            if self.str(last + 2).len() != 2 && !fraction {
                break;
            }
            dot = self.punct(last + 1) == Some('.') && !fraction;
            last += 2;
            colon = true;
            if fraction {
                break;
            }
        }
        // An hour alone is a time only with `am` or `pm` (or `a.m.`) after it, glued or
        // after one space: most numbers stop here, at a token that is no word in `a`/`p`.
        if !colon {
            let next = if self.is_single_space(last + 1) {
                last + 2
            } else {
                last + 1
            };
            let meridiem_like = self.tok(next).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && matches!(self.text.as_bytes()[t.start] | 0x20, b'a' | b'p')
            });
            if !meridiem_like {
                return None;
            }
        }
        let meridiem =
            |j: usize| matches!(self.lower(j).as_deref(), Some("am" | "pm" | "a.m" | "p.m"));
        let suffix = if meridiem(last + 1) && self.tokens[last + 1].start == self.tokens[last].end {
            Some(last + 1)
        } else if self.is_single_space(last + 1) && meridiem(last + 2) {
            Some(last + 2)
        } else if self.is_single_space(last + 1)
            && matches!(self.str(last + 2), "a" | "p")
            && self.punct(last + 3) == Some('.')
            && self.str(last + 4) == "m"
        {
            Some(last + 4)
        } else {
            None
        };
        if !colon && suffix.is_none() || dot && suffix.is_none() || hour > 24.0 {
            return None;
        }
        let mut end_tok = suffix.unwrap_or(last);
        let dotted = self.str(end_tok).contains('.')
            || suffix == Some(last + 4) && self.str(last + 4) == "m";
        if suffix.is_some() && self.punct(end_tok + 1) == Some('.') && dotted {
            end_tok += 1;
        }
        Some(Found {
            start: self.tokens[start].start,
            end: self.tokens[end_tok].end,
            next: end_tok + 1,
            number_type: NumberType::Time,
            value: (!colon).then_some(hour),
            currency: None,
            iso: None,
        })
    }

    /// `October 7`, `Oct. 7`, `Sept 30`.
    fn date_from_month(&self, i: usize, lower: &str) -> Option<Found> {
        if !self.str(i).starts_with(char::is_uppercase) {
            return None;
        }
        // Every month name starts like one (`month_number`, needed below): most capitalised
        // words are turned away without a lexicon lookup.
        month_number(lower)?;
        if !lexicon::MONTHS.contains(lower.trim_end_matches('.')) {
            return None;
        }
        let mut j = i;
        if self.punct(j + 1) == Some('.') {
            j += 1;
        }
        let day = self.after_space(j)?;
        if self.kind(day) != Some(TokenKind::Digits) || self.is_code_after(day) {
            return None;
        }
        let value = short_digits_value(self.str(day))?;
        if !(1.0..=31.0).contains(&value) {
            return None;
        }
        let end = day;
        // `October 7th`: an ordinal day stays an ordinal, as `7th October` does.
        if self.word(day + 1).is_some() && self.tokens[day + 1].start == self.tokens[day].end {
            return None;
        }
        if matches!(self.punct(end + 1), Some(',' | '.'))
            && self.kind(end + 2) == Some(TokenKind::Digits)
            && self.str(end + 2).len() == 3
        {
            return None;
        }
        let month = month_number(lower)?;
        Some(Found {
            start: self.tokens[i].start,
            end: self.tokens[end].end,
            next: end + 1,
            number_type: NumberType::Date,
            value: Some(value),
            currency: None,
            iso: Some(self.iso_date(end, month, value)),
        })
    }

    /// The ISO form of a day of `month` whose text ends at token `end`, with the year when
    /// one follows (`October 7, 2023`, `7 October 2023`).
    fn iso_date(&self, end: usize, month: u8, day: f64) -> String {
        let mut k = end + 1;
        if self.punct(k) == Some(',') {
            k += 1;
        }
        let year = (self.kind(k) == Some(TokenKind::Space))
            .then_some(k + 1)
            .filter(|&y| {
                self.kind(y) == Some(TokenKind::Digits)
                    && self.str(y).len() == 4
                    && !self.digits_continue(y)
                    && self.tok(y + 1).is_none_or(|t| t.kind != TokenKind::Word)
            })
            .map(|y| digits_value(self.str(y)));
        match year {
            Some(y) => format!("{y:04}-{month:02}-{day:02}"),
            None => format!("--{month:02}-{day:02}"),
        }
    }

    fn is_code_after(&self, i: usize) -> bool {
        self.punct(i + 1) == Some(':')
    }

    /// Spelled-out cardinals: `four`, `thirty-five`, `two hundred and six`, `a dozen`,
    /// `half a million`, `two and a half`, `one million three hundred thousand`.
    fn words_numeral(&self, i: usize) -> Option<Numeral> {
        self.words_numeral_of(i, self.lower(i)?)
    }

    /// [`Self::words_numeral`] with the word at `i` already lower-cased.
    fn words_numeral_of(&self, i: usize, first: Lower<'a>) -> Option<Numeral> {
        // Most words are no number word; the checks below return None for them anyway, and
        // looking at capitals around them costs far more.
        if !matches!(&*first, "a" | "an" | "half" | "dozen")
            && (!is_number_word(&first) || first == "and")
        {
            return None;
        }
        // `Ground Zero`, `Cheaper by the Dozen`, `(Three Sinners)`: capitalised inside a
        // sentence, the number word belongs to a name.
        if self.str(i).starts_with(|c: char| c.is_uppercase())
            && (!self.starts_sentence(i) || i > 0 && self.punct(i - 1) == Some('('))
            && !self.in_title_line(i)
        {
            return None;
        }
        // `a hundred`, `a dozen`, `half a million`.
        if first == "a" || first == "an" {
            let j = self.after_space(i)?;
            let w = self.lower(j)?;
            // `a quarter million`, `a half billion`, `a third of a million`.
            if matches!(&*w, "quarter" | "half" | "third") {
                let (k, scale) = self.scale_after_fraction(j)?;
                let part = match &*w {
                    "half" => 0.5,
                    "quarter" => 0.25,
                    _ => 1.0 / 3.0,
                };
                let value = scaled(scale * part, 1.0);
                return Some(Numeral {
                    last: k,
                    value,
                    has_fraction: value.fract() != 0.0,
                    grouped: false,
                    digits: false,
                    leading_dot: false,
                });
            }
            let scale = match &*w {
                "dozen" => 12.0,
                "hundred" => 100.0,
                "thousand" => 1e3,
                "million" => 1e6,
                "billion" => 1e9,
                "trillion" => 1e12,
                _ => return None,
            };
            // `a hundred and fifty`, `a thousand two hundred`: a smaller part follows.
            let mut value = scale;
            let mut last = j;
            if scale >= 100.0 {
                if let Some(n) = self.after_space(j) {
                    let m = if self.lower(n).as_deref() == Some("and") {
                        self.after_space(n)
                    } else {
                        Some(n)
                    };
                    let rest = m
                        .filter(|&m| {
                            self.lower(m).is_some_and(|w| {
                                matches!(
                                    word_kind(&w),
                                    WordKind::Unit | WordKind::Teen | WordKind::Ten
                                )
                            })
                        })
                        .and_then(|m| self.words_numeral(m))
                        .filter(|r| r.value < scale && !r.has_fraction);
                    if let Some(r) = rest {
                        value += r.value;
                        last = r.last;
                    }
                }
            }
            return Some(Numeral {
                last,
                value,
                has_fraction: false,
                grouped: false,
                digits: false,
                leading_dot: false,
            });
        }
        if first == "half" {
            let a = self.after_space(i)?;
            if self.lower(a)? != "a" {
                return None;
            }
            let j = self.after_space(a)?;
            let w = self.lower(j)?;
            let scale = if w == "dozen" {
                12.0
            } else {
                scale_word(&w).filter(|&s| s >= 100.0)?
            };
            return Some(Numeral {
                last: j,
                value: scale / 2.0,
                has_fraction: scale < 100.0 && scale % 2.0 != 0.0,
                grouped: false,
                digits: false,
                leading_dot: false,
            });
        }
        if first == "dozen" {
            return Some(Numeral {
                last: i,
                value: 12.0,
                has_fraction: false,
                grouped: false,
                digits: false,
                leading_dot: false,
            });
        }
        if !is_number_word(&first) || first == "and" {
            return None;
        }
        // A bare `million` or `hundred` (`a few million`, `several hundred`) has no count
        // of its own: the amount is vague.
        if matches!(word_kind(&first), WordKind::Hundred | WordKind::Scale) {
            return None;
        }
        // `high-five`, `Vilt-two`: hyphened onto another word, the number is part of it.
        if i > 1
            && matches!(self.punct(i - 1), Some('-' | '‐'))
            && self.tokens[i - 2].kind == TokenKind::Word
            && self.tokens[i - 2].end == self.tokens[i - 1].start
            && !self.lower(i - 2).is_some_and(|w| is_number_word(&w))
        {
            return None;
        }

        if first == "one" && self.is_pronoun_one(i) {
            return None;
        }
        // Accumulate: `total` holds completed thousands groups, `group` the current one.
        let mut total = 0.0f64;
        let mut group = 0.0f64;
        let mut last = i;
        let mut j = i;
        let mut seen_any = false;
        let mut prev_kind = WordKind::None;
        while let Some(w) = self.lower(j) {
            let kind = word_kind(&w);
            let ok = match (prev_kind, kind) {
                (_, WordKind::None) => false,
                (WordKind::None, _) => true,
                (WordKind::Unit | WordKind::Teen, WordKind::Hundred | WordKind::Scale) => true,
                (WordKind::Ten, WordKind::Unit) => true,
                (WordKind::Ten, WordKind::Hundred | WordKind::Scale) => true,
                (
                    WordKind::Hundred,
                    WordKind::Unit | WordKind::Teen | WordKind::Ten | WordKind::Scale,
                ) => true,
                (WordKind::Scale, WordKind::Unit | WordKind::Teen | WordKind::Ten) => true,
                (WordKind::Scale, WordKind::Scale) => false,
                _ => false,
            };
            if !ok {
                break;
            }
            let v = word_value(&w);
            match kind {
                WordKind::Unit | WordKind::Teen | WordKind::Ten => group += v,
                WordKind::Hundred => group = group.max(1.0) * 100.0,
                WordKind::Scale => {
                    total += group.max(1.0) * v;
                    group = 0.0;
                }
                WordKind::None => unreachable!(),
            }
            seen_any = true;
            last = j;
            prev_kind = kind;
            // Next word: after one space, a hyphen (`thirty-five`) or `and` (`hundred and six`).
            let hyphen = matches!(self.punct(j + 1), Some('-' | '‐')) && self.word(j + 2).is_some();
            let next = if hyphen {
                let w2 = self.lower(j + 2).unwrap_or_default();
                // `two-day`: only the numeral part is the number; `seven-hundred` and
                // `eight-thousand` are one.
                let k2 = word_kind(&w2);
                if kind == WordKind::Ten && k2 == WordKind::Unit
                    || matches!(kind, WordKind::Unit | WordKind::Teen | WordKind::Ten)
                        && matches!(k2, WordKind::Hundred | WordKind::Scale)
                {
                    j + 2
                } else {
                    break;
                }
            } else if let Some(n) = self.after_space(j) {
                if self.lower(n).as_deref() == Some("and")
                    && matches!(kind, WordKind::Hundred | WordKind::Scale)
                {
                    match self.after_space(n) {
                        Some(m)
                            if matches!(
                                word_kind(&self.lower(m).unwrap_or_default()),
                                WordKind::Unit | WordKind::Teen | WordKind::Ten
                            ) =>
                        {
                            m
                        }
                        _ => break,
                    }
                } else {
                    n
                }
            } else {
                break;
            };
            j = next;
        }
        if !seen_any {
            return None;
        }
        let mut value = total + group;
        let mut has_fraction = false;
        // `two-thirds`, `one-quarter`: a hyphened fraction word.
        if matches!(self.punct(last + 1), Some('-' | '‐'))
            && self.tokens[last + 1].start == self.tokens[last].end
            && self
                .tok(last + 2)
                .is_some_and(|t| t.start == self.tokens[last + 1].end)
        {
            if let Some((den, plural)) = self.lower(last + 2).and_then(|w| fraction_word(&w)) {
                let word = self.lower(last + 2).unwrap_or_default();
                if plural == (value != 1.0) && value > 0.0 && value < 100.0 && word != "seconds" {
                    return Some(Numeral {
                        last: last + 2,
                        value: value / den,
                        has_fraction: true,
                        grouped: false,
                        digits: false,
                        leading_dot: false,
                    });
                }
            }
        }
        if let Some(next) = self.after_space(last) {
            let word = self.lower(next).unwrap_or_default();
            if word == "point" {
                // `seven point six five`, `two hundred point seventy-one`: the digits after
                // the point are read one word at a time.
                if let Some((frac, end)) = self.spoken_decimals(next) {
                    value = decimal_value(value, &frac);
                    last = end;
                    has_fraction = true;
                }
            } else if let Some((den, plural)) = fraction_word(&word) {
                // `one fifth`, `three quarters`, `twenty-three fifths`.
                if plural == (value != 1.0) && value > 0.0 && word != "seconds" {
                    value /= den;
                    last = next;
                    has_fraction = true;
                    // `three quarters of a billion`.
                    if let Some((k, scale)) = self.scale_after_fraction(next) {
                        value = scaled(value, scale);
                        last = k;
                        has_fraction = value.fract() != 0.0;
                    }
                }
            } else if matches!(&*word, "dozen" | "dozens") && value < 100.0 {
                value *= 12.0;
                last = next;
            }
        }
        // `two and a half`, `one and three quarters`, `five and a half million`.
        if let Some((f, end)) = self.and_fraction(last) {
            value += f;
            last = end;
            has_fraction = true;
            if let Some(d) = self.after_space(end) {
                if let Some(scale) = self
                    .lower(d)
                    .and_then(|w| scale_word(&w))
                    .filter(|&s| s >= 1e3)
                {
                    value = scaled(value, scale);
                    last = d;
                    has_fraction = value.fract() != 0.0;
                }
            }
        }
        Some(Numeral {
            last,
            value,
            has_fraction,
            grouped: false,
            digits: false,
            leading_dot: false,
        })
    }

    /// A fraction after a whole number ending at `last`: `and a half`, `and a quarter`,
    /// `and three quarters`, `and two thirds`. Returns its value and last token.
    fn and_fraction(&self, last: usize) -> Option<(f64, usize)> {
        let a = self.after_space(last)?;
        if self.lower(a)? != "and" {
            return None;
        }
        let b = self.after_space(a)?;
        let c = self.after_space(b)?;
        let count = self.lower(b)?;
        let n = if count == "a" || count == "one" {
            1.0
        } else if word_kind(&count) == WordKind::Unit {
            word_value(&count)
        } else {
            return None;
        };
        let (den, plural) = fraction_word(&self.lower(c)?)?;
        (plural == (n != 1.0) && n < den && self.lower(c)? != "seconds").then_some((n / den, c))
    }

    /// A scale of a thousand or more after the fraction word at `j`, directly or with `of
    /// a`: `quarter million`, `quarter of a million`. Returns its token and value.
    fn scale_after_fraction(&self, j: usize) -> Option<(usize, f64)> {
        let mut k = self.after_space(j)?;
        if self.lower(k).as_deref() == Some("of") {
            let a = self.after_space(k)?;
            if self.lower(a).as_deref() != Some("a") {
                return None;
            }
            k = self.after_space(a)?;
        }
        let scale = self
            .lower(k)
            .and_then(|s| scale_word(&s))
            .filter(|&s| s >= 1e3)?;
        Some((k, scale))
    }

    /// The digit words after `point` at token `point`: `six five` → "65", `seventy-one` →
    /// "71"; returns the digits and the last token.
    fn spoken_decimals(&self, point: usize) -> Option<(String, usize)> {
        let mut digits = String::new();
        let mut j = point;
        while digits.len() < 12 {
            let Some(k) = self.after_space(j) else { break };
            let Some(w) = self.lower(k) else { break };
            match word_kind(&w) {
                WordKind::Unit => {
                    digits.push(char::from(b'0' + word_value(&w) as u8));
                    j = k;
                }
                WordKind::Teen | WordKind::Ten if digits.is_empty() => {
                    let mut v = word_value(&w);
                    j = k;
                    if matches!(self.punct(k + 1), Some('-')) {
                        if let Some(u) =
                            self.lower(k + 2).filter(|u| word_kind(u) == WordKind::Unit)
                        {
                            v += word_value(&u);
                            j = k + 2;
                        }
                    }
                    digits.push_str(&format!("{v}"));
                    break;
                }
                _ => break,
            }
        }
        (!digits.is_empty()).then_some((digits, j))
    }

    /// `one of them`, `no one`, `the one`, `one another`: the pronoun, not the number.
    fn is_pronoun_one(&self, i: usize) -> bool {
        let prev = self.prev_lower_before_space(i);
        // `this one`, `which one`, `each one` are pronouns, but before a noun the `one`
        // counts: `this one village`, `each one full day`.
        if prev
            .as_deref()
            .is_some_and(|w| listed("this that which each", w))
        {
            return !self.noun_follows(i);
        }
        if prev.is_some_and(|w| {
            listed(
                concat!(
                    "no any every some the this that which each anyone someone ",
                    "little last right wrong new big other"
                ),
                &w,
            )
        }) {
            return true;
        }
        let next = self.after_space(i).and_then(|j| self.lower(j));
        if next.is_some_and(|w| {
            listed(
                concat!(
                    "of another who that which is was would could should can ",
                    "must might will has had does did may for the a an out i you ",
                    "he she we they it goes made said told cannot"
                ),
                &w,
            )
        }) {
            // A determiner, pronoun or verb after it: `one the most famous`, `fill one out`.
            return true;
        }
        // `when one studies`, `one always`: a verb or adverb in -s follows the pronoun; a
        // single thing counted takes a singular noun. Not in `a thousand and one nights`.
        if prev.as_deref() != Some("and")
            && next.is_some_and(|w| {
                w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("us")
                    && !w.ends_with("is")
                    && !matches!(
                        &*w,
                        "species" | "series" | "news" | "means" | "lens" | "corps" | "percents"
                    )
            })
            && self
                .after_space(i)
                .and_then(|j| self.word(j))
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        {
            return true;
        }
        // `we had one in the house`: a preposition and no second number (`one in five`,
        // `one by one`).
        if next
            .as_deref()
            .is_some_and(|w| listed("in on at with from like about by", w))
        {
            let after = self.after_space(i).and_then(|j| self.after_space(j));
            let number_after = after.is_some_and(|k| {
                self.kind(k) == Some(TokenKind::Digits)
                    || self.lower(k).is_some_and(|w| is_number_word(&w))
            });
            if after.is_some() && !number_after {
                return true;
            }
        }
        // `one that’s`, `one I’d`: a contraction follows the pronoun, never a counted noun.
        if self
            .after_space(i)
            .and_then(|j| self.word(j))
            .is_some_and(|w| w.contains(['\'', '’']))
        {
            return true;
        }
        match self.tok(i + 1) {
            None => true,
            Some(t) => {
                t.kind == TokenKind::Punct && !matches!(t.punct(self.text), Some('-' | '‐'))
                    || self.str(i + 1).ends_with('\'')
                    || self.str(i).contains('’')
            }
        }
    }

    /// Whether a lower-case word that can be a noun or adjective follows `one` at `i`: not a
    /// function word, and not a verb or adverb by its ending (`-s`, `-ed`, `-ing`, `-ly`).
    fn noun_follows(&self, i: usize) -> bool {
        let Some(j) = self.after_space(i) else {
            return false;
        };
        let (Some(word), Some(w)) = (self.word(j), self.lower(j)) else {
            return false;
        };
        word.starts_with(|c: char| c.is_ascii_lowercase())
            && w.len() > 2
            && (w.ends_with("ss") || !w.ends_with('s'))
            && !["ed", "ing", "ly"].iter().any(|e| w.ends_with(e))
            && !listed(
                concat!(
                    "and but for nor the you who what that which are was were can will ",
                    "would could should might must may did does had has have here there ",
                    "where when then too over again more less off out into onto than ",
                    "about after before with from just also even still not yet went got came ",
                    "took gave said told left kept sent put ran saw made felt stood won lost ",
                    "right instead best first last now either"
                ),
                &w,
            )
    }

    /// Adds the suffixes that belong to a numeral and builds the span.
    fn finish(
        &self,
        first: usize,
        start: usize,
        numeral: Numeral,
        mut currency: Option<&'static str>,
    ) -> Option<Found> {
        let Numeral {
            mut last,
            mut value,
            has_fraction,
            grouped,
            digits,
            leading_dot,
        } = numeral;
        let mut number_type = if has_fraction {
            NumberType::Decimal
        } else {
            NumberType::Cardinal
        };
        let glued = |j: usize| {
            self.tok(j)
                .is_some_and(|t| !t.is_space() && t.start == self.tokens[j - 1].end)
        };
        // A sign glued before the first digit, with space or nothing before it.
        let mut start_byte = self.tokens[start].start;
        if start == first && first >= 1 && digits {
            let sign = self.punct(first - 1);
            let edge = first < 2
                || self.tokens[first - 2].is_space()
                || self
                    .punct(first - 2)
                    .is_some_and(|c| matches!(c, '(' | '['));
            if edge && matches!(sign, Some('-' | '−' | '+')) {
                if matches!(sign, Some('-' | '−')) {
                    value = -value;
                }
                start_byte = self.tokens[first - 1].start;
            } else if leading_dot {
                start_byte = self.tokens[first - 1].start;
            }
        }
        // Magnitude glued (`2.3mn`, `5bn`, `10k`) or as a word (`1.5 million`); `50m2` is
        // square metres.
        if digits
            && glued(last + 1)
            && self.unit_power(last + 1).is_none()
            && !(currency.is_none()
                && self.word(last + 1) == Some("m")
                && self.metres_follow(first, last + 1))
        {
            if let Some(scale) = self.word(last + 1).and_then(magnitude_suffix) {
                value = scaled(value, scale);
                last += 1;
                number_type = whole_or_decimal(value);
            }
        }
        // `5 and a half`.
        if digits && !has_fraction && !grouped {
            if let Some((f, end)) = self.and_fraction(last) {
                value += f;
                last = end;
                number_type = NumberType::Decimal;
            }
        }
        // `a $50-million deal`: a magnitude hyphened on is part of the numeral.
        if digits
            && matches!(self.punct(last + 1), Some('-' | '‐'))
            && glued(last + 1)
            && glued(last + 2)
        {
            if let Some(scale) = self
                .lower(last + 2)
                .and_then(|w| scale_word(&w))
                .filter(|&s| s >= 1e6)
            {
                value = scaled(value, scale);
                last += 2;
                number_type = whole_or_decimal(value);
            }
        }
        if digits {
            if let Some(j) = self.after_space(last) {
                // `1.5 million`, `2 bn`, `100 thousands`, `2 dozen`.
                if let Some(scale) = self.lower(j).and_then(|w| {
                    scale_word(&w)
                        .or_else(|| magnitude_suffix(&w).filter(|_| w.len() > 1))
                        .or_else(|| {
                            let stem = w.strip_suffix('s')?;
                            scale_word(stem).filter(|&s| s >= 1e3)
                        })
                        .or_else(|| matches!(&*w, "dozen" | "dozens").then_some(12.0))
                }) {
                    value = scaled(value, scale);
                    last = j;
                    number_type = whole_or_decimal(value);
                    if let Some(k) = self.after_space(last) {
                        if let Some(s2) = self
                            .lower(k)
                            .and_then(|w| scale_word(&w))
                            .filter(|&s| s > 100.0)
                        {
                            value = scaled(value, s2);
                            last = k;
                        }
                    }
                    // `4 thousand 3 hundred`, `2 million 500 thousand`: smaller parts follow.
                    let mut prev_scale = scale;
                    while prev_scale >= 1e3 && value.fract() == 0.0 {
                        let Some(k) = self.after_space(last) else {
                            break;
                        };
                        let Some(m) = self.after_space(k) else { break };
                        let small = self.str(k);
                        let Some(s2) = self
                            .lower(m)
                            .and_then(|w| scale_word(&w))
                            .filter(|&s| s < prev_scale)
                        else {
                            break;
                        };
                        if self.kind(k) != Some(TokenKind::Digits) || small.len() > 3 {
                            break;
                        }
                        value += digits_value(small) * s2;
                        last = m;
                        prev_scale = s2;
                    }
                }
            }
        }
        // Ordinal `7th`, decade `1990s`.
        if digits && glued(last + 1) && last == first && !has_fraction
            || digits && grouped && glued(last + 1)
        {
            match self.word(last + 1) {
                Some(suffix @ ("st" | "nd" | "rd" | "th")) if ordinal_agrees(value, suffix) => {
                    last += 1;
                    number_type = NumberType::Ordinal;
                    // `47th Street`, `the 501st Legion`: the ordinal is part of a name.
                    if let Some(w) = self.after_space(last) {
                        let named = self.word(w).is_some_and(|n| {
                            n.starts_with(|c: char| c.is_uppercase())
                                && self.lower(w).is_some_and(|l| is_street_or_unit(&l))
                        });
                        if named {
                            return Some(self.skipped(w));
                        }
                    }
                }
                Some("s" | "S") if value >= 10.0 && value % 10.0 == 0.0 => {
                    last += 1;
                    number_type = NumberType::Year;
                }
                _ => {}
            }
        }
        // Percent.
        if self.punct(last + 1) == Some('%') {
            last += 1;
            number_type = NumberType::Percent;
        } else if digits && glued(last + 1) && matches!(self.word(last + 1), Some("pc" | "pct")) {
            // `35pc`, as some British papers write per cent.
            last += 1;
            number_type = NumberType::Percent;
        } else if let Some(j) = self.after_space(last) {
            match self.lower(j).as_deref() {
                Some("percent" | "percents" | "pct" | "percentage") => {
                    last = j;
                    number_type = NumberType::Percent;
                    // `2 percentage points`.
                    if let Some(k) = self.after_space(j) {
                        if self.lower(j).as_deref() == Some("percentage")
                            && matches!(self.lower(k).as_deref(), Some("point" | "points"))
                        {
                            last = k;
                        }
                    }
                }
                Some("per") => {
                    if let Some(k) = self.after_space(j) {
                        if self.lower(k).as_deref() == Some("cent") {
                            last = k;
                            number_type = NumberType::Percent;
                        }
                    }
                }
                _ => {}
            }
        }
        // A symbol after the amount, as some write it: `10 $`, `5 €`; unless it starts the
        // next amount (`10 $ 30`).
        if currency.is_none() && number_type != NumberType::Percent {
            let k = if self.is_single_space(last + 1) {
                last + 2
            } else {
                last + 1
            };
            if let Some(code) = self.punct(k).and_then(symbol_currency) {
                let amount_at = if self.kind(k + 1) == Some(TokenKind::Digits) {
                    Some(k + 1)
                } else {
                    (self.is_single_space(k + 1) && self.kind(k + 2) == Some(TokenKind::Digits))
                        .then_some(k + 2)
                };
                // `10 $ 30 $`: when the next amount has its own symbol after it, this one
                // ends ours.
                let next_has_own = amount_at.is_some_and(|a| {
                    let s = if self.is_single_space(a + 1) {
                        a + 2
                    } else {
                        a + 1
                    };
                    self.punct(s) == Some(self.punct(k).unwrap_or(' '))
                });
                if amount_at.is_none() || next_has_own {
                    currency = Some(code);
                    last = k;
                }
            }
        }
        // Currency after: `5 euros`, `50p`, `10 cents`, `USD`.
        if currency.is_none() && number_type != NumberType::Percent {
            let (j, spaced) = if glued(last + 1) {
                (last + 1, false)
            } else {
                (self.after_space(last).unwrap_or(usize::MAX), true)
            };
            if let Some(w) = self.word(j) {
                let lw = self.lower(j).unwrap_or_default();
                if let Some(code) =
                    // `50p` is pence, `81P` a designation; `40c` cents, `20C` degrees.
                    currency_word(&lw, spaced)
                        .filter(|_| w != "P" && w != "C")
                        .or_else(|| currency_code(w))
                {
                    currency = Some(code);
                    last = j;
                    // `75 USD million`: a magnitude after the code.
                    if currency_code(w).is_some() {
                        if let Some(k) = self.after_space(last) {
                            if let Some(scale) = self
                                .lower(k)
                                .and_then(|s| scale_word(&s))
                                .filter(|&s| s >= 1e3)
                            {
                                value = scaled(value, scale);
                                last = k;
                            }
                        }
                    }
                } else if spaced {
                    // `50 US dollars`, `42 Kuwaiti dinars`, `9 Hong Kong dollars`.
                    if let Some((code, end)) = self.named_currency(j) {
                        currency = Some(code);
                        last = end;
                    }
                }
            }
            // `thirteen dollars forty-five cents`, `17 USD 25`: the minor unit joins the
            // amount. With `and` between them they stay two amounts.
            if currency.is_some() && last > first {
                if let Some((minor, end)) = self.minor_amount(last) {
                    value += minor / 100.0;
                    last = end;
                }
            }
        }
        if currency.is_some() {
            number_type = NumberType::Money;
        } else if number_type != NumberType::Percent && number_type != NumberType::Year {
            // Units of measure.
            let (j, spaced) = if glued(last + 1) {
                (last + 1, false)
            } else {
                (self.after_space(last).unwrap_or(usize::MAX), true)
            };
            if let Some(unit_end) = self.unit_at(j, spaced) {
                last = unit_end;
                number_type = NumberType::Quantity;
            } else if self.punct(last + 1) == Some('°')
                || self.is_single_space(last + 1)
                    && self.punct(last + 2) == Some('°')
                    && self.word(last + 3).is_some_and(|w| matches!(w, "C" | "F"))
            {
                // `20°`, `20°C`, `5 °C`.
                last += if self.punct(last + 1) == Some('°') {
                    1
                } else {
                    2
                };
                if glued(last + 1) && matches!(self.word(last + 1), Some("C" | "F" | "K")) {
                    last += 1;
                }
                number_type = NumberType::Quantity;
            } else if let Some(d) = self.day_month(first, last) {
                return Some(d);
            } else if let Some(t) = self.hyphened_unit(last) {
                // `a two-dollar bill`, `a 2.5-mile stretch`: only the numeral is the span, but
                // it measures money or a quantity.
                match t {
                    Some(code) => {
                        currency = Some(code);
                        number_type = NumberType::Money;
                    }
                    None => number_type = NumberType::Quantity,
                }
            }
        }
        if number_type == NumberType::Cardinal && digits && !grouped && last == first {
            let s = self.str(first);
            if self.has_era(first) {
                number_type = NumberType::Year;
            }
            // A round thousand counts things far more often than it names the year 1000.
            if s.len() == 4
                && (1000.0..=2100.0).contains(&value)
                && value != 1000.0
                && !self.counts_or_addresses(first)
            {
                number_type = NumberType::Year;
            }
        }
        let end = self.tokens[last].end;
        Some(Found {
            start: start_byte,
            end,
            next: last + 1,
            number_type,
            value: Some(value),
            currency,
            iso: None,
        })
    }

    /// A currency named with its country before the currency word, from token `j`:
    /// `US dollars`, `Kuwaiti dinar`, `Hong Kong dollars`, `malaysia ringgit`. Returns the
    /// ISO code and the last token.
    fn named_currency(&self, j: usize) -> Option<(&'static str, usize)> {
        // Either reading has one space after the first word and a currency word after
        // that word or the next; after most numbers neither is there.
        let currency_word_at = |k: Option<usize>| {
            k.and_then(|k| self.lower(k))
                .is_some_and(|w| currency_word(&w, true).is_some())
        };
        if !self.is_single_space(j + 1) {
            return None;
        }
        let currency_follows = currency_word_at(self.after_space(j))
            || self.is_single_space(j + 3) && currency_word_at(self.after_space(j + 2));
        if !currency_follows {
            return None;
        }
        let known = |country: &str| {
            country == "us"
                || lexicon::DEMONYMS.contains(country)
                || lexicon::COUNTRIES.contains(country)
        };
        // A one-word country with no currency word after it: it still stops the two-word
        // reading if it is known.
        let mut one_word: Option<&str> = None;
        // One or two words of country or nationality, then the currency word.
        for width in [1usize, 2] {
            let end = j + 2 * (width - 1);
            if width == 2 && !self.is_single_space(j + 1) {
                continue;
            }
            let country = self.text.get(self.tokens[j].start..self.tok(end)?.end)?;
            let lower = self
                .lower_text
                .get(self.tokens[j].start..self.tokens[end].end)?;
            if country.len() > 24 || self.kind(end) != Some(TokenKind::Word) {
                continue;
            }
            // `U.S.` ends in a dot token.
            let (lower, end) = if self.punct(end + 1) == Some('.') && lower == "u.s" {
                ("u.s.", end + 1)
            } else {
                (lower, end)
            };
            // After most numbers no currency word follows: asking for one first spares
            // the lookups in the country lists.
            let Some(found) = self.currency_after_country(end, lower) else {
                if width == 1 {
                    one_word = Some(lower);
                }
                continue;
            };
            if one_word.is_some_and(known) {
                return None;
            }
            if known(lower) {
                return Some(found);
            }
        }
        None
    }

    /// The currency word after the country `country` ending at token `end`, with its code
    /// for that country, and its token.
    fn currency_after_country(&self, end: usize, country: &str) -> Option<(&'static str, usize)> {
        let k = self.after_space(end)?;
        let word = self.lower(k)?;
        let code = currency_word(&word, true)?;
        if matches!(&*word, "cent" | "cents" | "pence" | "penny") {
            return None;
        }
        Some((national_currency(country, &word).unwrap_or(code), k))
    }

    /// The minor part after a major currency word ending at `last`: `forty-five cents`,
    /// `50p`, or a bare `25` or `forty five` that ends the amount. Returns its value and
    /// last token.
    fn minor_amount(&self, last: usize) -> Option<(f64, usize)> {
        let major = self.lower(last)?;
        if matches!(
            &*major,
            "cent" | "cents" | "pence" | "penny" | "p" | "million" | "billion"
        ) {
            return None;
        }
        let k = self.after_space(last)?;
        let (value, end) = match self.kind(k)? {
            TokenKind::Digits => {
                let s = self.str(k);
                if s.len() > 2
                    || matches!(self.punct(k + 1), Some('.' | ',' | ':' | '/' | '-'))
                        && self.kind(k + 2) == Some(TokenKind::Digits)
                {
                    return None;
                }
                (digits_value(s), k)
            }
            TokenKind::Word => {
                let n = self.words_numeral(k)?;
                (n.value, n.last)
            }
            _ => return None,
        };
        if !(1.0..100.0).contains(&value) || value.fract() != 0.0 {
            return None;
        }
        let glued = self
            .tok(end + 1)
            .is_some_and(|t| !t.is_space() && t.start == self.tokens[end].end);
        let minor_word = if glued {
            self.word(end + 1)
                .filter(|w| matches!(*w, "p" | "c"))
                .map(|_| end + 1)
        } else {
            self.after_space(end).filter(|&m| {
                self.lower(m)
                    .is_some_and(|w| matches!(&*w, "cents" | "cent" | "pence" | "p" | "c"))
            })
        };
        if let Some(m) = minor_word {
            return Some((value, m));
        }
        // A bare minor part must end the amount: what follows is punctuation, or a word
        // that no count would take.
        if glued {
            return (self.kind(end + 1) == Some(TokenKind::Punct)
                && !matches!(self.punct(end + 1), Some('%' | '°' | '$' | '£' | '€')))
            .then_some((value, end));
        }
        match self.after_space(end) {
            None => Some((value, end)),
            // `nine pounds fifty .` in text with spaced-out punctuation.
            Some(n) if self.kind(n) == Some(TokenKind::Punct) => {
                matches!(self.punct(n), Some('.' | ',' | ';' | '!' | '?')).then_some((value, end))
            }
            Some(n) => self
                .lower(n)
                .is_some_and(|w| listed("more less each apiece only for a an per", &w))
                .then_some((value, end)),
        }
    }

    /// Whether the `m` glued at `m` to the digits at `first` is metres, not millions: `the
    /// 100m final`, `a 30m drop`, `8m tall`; `1.5m visitors` and `£5m` are millions.
    fn metres_follow(&self, first: usize, m: usize) -> bool {
        // `8m tall`, `a 5m-long ramp`.
        let next = self.after_space(m).and_then(|j| self.lower(j)).or_else(|| {
            (self.punct(m + 1) == Some('-'))
                .then(|| self.lower(m + 2))
                .flatten()
        });
        if next.as_deref().is_some_and(|w| {
            listed(
                concat!(
                    "tall high long deep wide away race sprint final freestyle ",
                    "hurdles relay dash backstroke breaststroke butterfly medley ",
                    "above below drop fall jump"
                ),
                w,
            )
        }) {
            return true;
        }
        // `ran 100m in 9.58`: a distance run or swum, or one followed by its time.
        if self
            .prev_lower_before_space(first)
            .as_deref()
            .is_some_and(|w| {
                listed(
                    "ran run runs swam swim swims sprinted rowed walked jumped threw",
                    w,
                )
            })
            || next.as_deref() == Some("in")
                && self
                    .after_space(m)
                    .and_then(|j| self.after_space(j))
                    .is_some_and(|k| {
                        self.kind(k) == Some(TokenKind::Digits)
                            && matches!(self.punct(k + 1), Some('.' | ':'))
                            && self.kind(k + 2) == Some(TokenKind::Digits)
                    })
        {
            return true;
        }
        // `won the 100m in`: after `the`, what follows is no counted noun.
        let next = self.after_space(m).and_then(|j| self.lower(j));
        self.prev_lower_before_space(first).as_deref() == Some("the")
            && self.tok(m + 1).is_some_and(|t| t.kind != TokenKind::Space)
            || self.prev_lower_before_space(first).as_deref() == Some("the")
                && next
                    .as_deref()
                    .is_some_and(|w| listed("in at on and with for title record", w))
    }

    /// A currency word or unit hyphened onto the numeral ending at `last`: `-dollar`,
    /// `-mile`. `Some(Some(code))` for money, `Some(None)` for a quantity.
    fn hyphened_unit(&self, last: usize) -> Option<Option<&'static str>> {
        let dash = self.tok(last + 1)?;
        let word = self.tok(last + 2)?;
        if !matches!(self.punct(last + 1), Some('-' | '‐'))
            || dash.start != self.tokens[last].end
            || word.start != dash.end
        {
            return None;
        }
        let lw = self.lower(last + 2)?;
        // `a 10-K filing`, `a 5-m lead`: one letter is no unit here.
        if lw.len() < 2 {
            return None;
        }
        if let Some(code) = currency_word(&lw, true) {
            return Some(Some(code));
        }
        (lexicon::UNITS.contains(&lw) || matches!(&*lw, "degree" | "degrees")).then_some(None)
    }

    /// Four digits that count (`1500 people`, `2000 years ago`) rather than name a year.
    fn counts_or_addresses(&self, i: usize) -> bool {
        let Some(next) = self.after_space(i) else {
            return false;
        };
        let Some(word) = self.word(next) else {
            return false;
        };
        if word.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        // A year names the time of a plural subject (`in 2019 sales fell`) or is part of a
        // name (`the 2020 elections`); after any other word, a plural noun is counted.
        let prev = self.prev_lower_before_space(i);
        if prev.is_some_and(|p| {
            listed(
                concat!(
                    "in since by until till from during before after the its ",
                    "their his her our this that last next early late mid and or"
                ),
                &p,
            )
        }) || i > 0 && self.kind(i - 1) != Some(TokenKind::Space)
        {
            return false;
        }
        let Some(lw) = self.lower(next) else {
            return false;
        };
        // Only nouns that are counted: `2000 levels` are the levels of a year.
        listed(
            concat!(
                "people children schoolchildren men women persons police ",
                "staff troops soldiers students residents workers employees ",
                "members voters visitors patients families homes houses jobs ",
                "deaths cases copies years hours days times"
            ),
            &lw,
        )
    }

    /// An era written before or after the digits at `i`: `AD 79`, `AD842`, `500 BC`,
    /// `300 BCE`.
    fn has_era(&self, i: usize) -> bool {
        let before = if i >= 1 && self.kind(i - 1) == Some(TokenKind::Word) {
            Some(i - 1)
        } else if i >= 2 && self.is_single_space(i - 1) {
            Some(i - 2)
        } else {
            None
        };
        if before.is_some_and(|b| matches!(self.word(b), Some("AD" | "CE"))) {
            return true;
        }
        let after = self.after_space(i).or_else(|| {
            self.tok(i + 1)
                .filter(|t| t.kind == TokenKind::Word && t.start == self.tokens[i].end)
                .map(|_| i + 1)
        });
        after.is_some_and(|a| {
            matches!(self.word(a), Some("BC" | "BCE" | "AD" | "CE"))
                || matches!(self.word(a), Some("B" | "A"))
                    && self.punct(a + 1) == Some('.')
                    && matches!(self.word(a + 2), Some("C" | "D"))
        })
    }

    /// `7 October`: a day before a month name.
    fn day_month(&self, first: usize, last: usize) -> Option<Found> {
        if first != last {
            return None;
        }
        let value = short_digits_value(self.str(first))?;
        if !(1.0..=31.0).contains(&value) {
            return None;
        }
        let j = self.after_space(last)?;
        let w = self.word(j)?;
        if !w.starts_with(char::is_uppercase) {
            return None;
        }
        // The month's number, needed anyway, turns most capitalised words away before the
        // lexicon is asked.
        let lw = self.lower(j)?;
        let month = month_number(&lw)?;
        if !lexicon::MONTHS.contains(&lw) {
            return None;
        }
        Some(Found {
            start: self.tokens[first].start,
            end: self.tokens[j].end,
            next: j + 1,
            number_type: NumberType::Date,
            value: Some(value),
            currency: None,
            iso: Some(self.iso_date(j, month, value)),
        })
    }

    /// A unit of measure at token `j`: `km`, `miles`, `square metres`; returns its last token.
    fn unit_at(&self, j: usize, spaced: bool) -> Option<usize> {
        let w = self.word(j)?;
        let lw = self.lower(j)?;
        // Compound units: `km/h`, `square km`.
        if matches!(&*lw, "square" | "cubic" | "sq" | "metric" | "nautical") {
            let dot = if self.punct(j + 1) == Some('.') {
                j + 1
            } else {
                j
            };
            let k = self.after_space(dot)?;
            return self.unit_at(k, true).map(|_| k);
        }
        let known = if spaced {
            lexicon::UNITS.contains(&lw) && lw.len() > 1 || matches!(w, "m" | "C" | "F")
        } else {
            lexicon::UNITS.contains(&lw) || matches!(w, "C" | "F" | "in")
        };
        if !known && !matches!(&*lw, "celsius" | "fahrenheit" | "centigrade" | "deg") {
            return None;
        }
        // `98.6 degrees F`, `20 degrees Celsius`, `50 deg.`.
        if matches!(&*lw, "degree" | "degrees" | "deg") {
            if lw == "deg" && self.punct(j + 1) == Some('.') {
                return Some(j + 1);
            }
            if let Some(k) = self.after_space(j) {
                let scale = self.lower(k).is_some_and(|s| {
                    matches!(
                        &*s,
                        "celsius" | "fahrenheit" | "centigrade" | "kelvin" | "f" | "c"
                    )
                });
                if scale
                    && (self.str(k).len() > 1
                        || self.tok(k + 1).is_none_or(|t| t.kind != TokenKind::Word))
                {
                    return Some(k);
                }
            }
        }
        // `km/h`.
        if self.punct(j + 1) == Some('/')
            && self
                .word(j + 2)
                .is_some_and(|u| matches!(u, "h" | "hr" | "s"))
        {
            return Some(j + 2);
        }
        Some(self.unit_power(j).unwrap_or(j))
    }

    /// A power glued to the unit at `j`: `km2`, `m²`, `cm3`; returns its token.
    fn unit_power(&self, j: usize) -> Option<usize> {
        let next = self.tok(j + 1)?;
        if next.start != self.tokens[j].end || self.kind(j) != Some(TokenKind::Word) {
            return None;
        }
        let power = match next.kind {
            TokenKind::Digits => matches!(self.str(j + 1), "2" | "3"),
            TokenKind::Punct => matches!(self.punct(j + 1), Some('²' | '³')),
            _ => false,
        };
        let ends = self
            .tok(j + 2)
            .is_none_or(|t| !matches!(t.kind, TokenKind::Word | TokenKind::Digits));
        (power && ends && self.lower(j).is_some_and(|w| lexicon::UNITS.contains(&w)))
            .then_some(j + 1)
    }
}

/// The value of a run of ASCII digits, or infinity past f64's range.
fn digits_value(digits: &str) -> f64 {
    if digits.len() > 15 {
        // Past 2^53 a running sum rounds at every step; the library parse rounds once.
        return digits.parse().unwrap_or(f64::INFINITY);
    }
    digits
        .bytes()
        .fold(0.0, |v, b| v * 10.0 + f64::from(b.wrapping_sub(b'0') % 10))
}

/// The value of one or two ASCII digits (an hour, a day); None for anything else. What
/// `str::parse` would give for them, without the general float parser.
fn short_digits_value(s: &str) -> Option<f64> {
    ((1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| digits_value(s))
}

/// `whole.frac` as one division of two integers: exact inputs below 2^53 give the double
/// nearest to the decimal, so `2.3` reads as 2.3, not 2.3000000000000003.
fn decimal_value(whole: f64, frac: &str) -> f64 {
    let frac = &frac[..frac.len().min(300)];
    let scale = 10f64.powi(frac.len() as i32);
    (whole * scale + digits_value(frac)) / scale
}

/// Words after an ordinal that make it part of a street or unit name (`47th Street`,
/// `501st Legion`); `17th Century` or `2nd Earl` stay ordinals.
fn is_street_or_unit(w: &str) -> bool {
    listed(
        concat!(
            "street st avenue ave av place pl road rd boulevard blvd ",
            "drive dr lane ln terrace east west north south legion ",
            "regiment battalion brigade division squadron fleet precinct ",
            "ward"
        ),
        w,
    )
}

/// Reference words that designate even in lower case: `figure 2`, `table 3`, `section 5`.
fn is_reference_noun(w: &str) -> bool {
    const NOUNS: &str = concat!(
        "figure figures fig figs table tables extract extracts ",
        "example examples chapter chapters section sections appendix ",
        "equation eq gate gates platform terminal version article ",
        "articles"
    );
    const FIRST: [u16; 26] = letter_lengths(NOUNS, 0);
    const SECOND: [u16; 26] = letter_lengths(NOUNS, 1);
    // The words before numbers (`than`, `about`, `of`) mostly fail the letter test.
    fits_lengths(&FIRST, w, 0) && fits_lengths(&SECOND, w, 1) && listed(NOUNS, w)
}

/// Whether an ordinal suffix fits its number: `1st`, `22nd`, `13th`, not `15st` (stone).
fn ordinal_agrees(value: f64, suffix: &str) -> bool {
    // Through u32, not u64: wasm2js (the bookmarklet's CSP fallback) cannot translate a
    // saturating f64→i64 conversion, and only the last two digits matter.
    let n = (value.abs() % 100.0) as u32;
    let want = match (n % 10, n) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    want == suffix
}

/// 1 to 12 for a month name or its abbreviation (`Sept`, `oct`).
fn month_number(lower: &str) -> Option<u8> {
    let &[a, b, c, ..] = lower.as_bytes() else {
        return None;
    };
    month_of(a, b, c)
}

/// The month whose name starts with the lower-case letters `a`, `b`, `c`.
#[inline]
fn month_of(a: u8, b: u8, c: u8) -> Option<u8> {
    Some(match [a, b, c] {
        [b'j', b'a', b'n'] => 1,
        [b'f', b'e', b'b'] => 2,
        [b'm', b'a', b'r'] => 3,
        [b'a', b'p', b'r'] => 4,
        [b'm', b'a', b'y'] => 5,
        [b'j', b'u', b'n'] => 6,
        [b'j', b'u', b'l'] => 7,
        [b'a', b'u', b'g'] => 8,
        [b's', b'e', b'p'] => 9,
        [b'o', b'c', b't'] => 10,
        [b'n', b'o', b'v'] => 11,
        [b'd', b'e', b'c'] => 12,
        _ => return None,
    })
}

fn whole_or_decimal(value: f64) -> NumberType {
    if value.fract() == 0.0 {
        NumberType::Cardinal
    } else {
        NumberType::Decimal
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum WordKind {
    None,
    Unit,
    Teen,
    Ten,
    Hundred,
    Scale,
}

fn word_kind(w: &str) -> WordKind {
    match w {
        "zero" | "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" => {
            WordKind::Unit
        }
        "ten" | "eleven" | "twelve" | "thirteen" | "fourteen" | "fifteen" | "sixteen"
        | "seventeen" | "eighteen" | "nineteen" => WordKind::Teen,
        "twenty" | "thirty" | "forty" | "fifty" | "sixty" | "seventy" | "eighty" | "ninety" => {
            WordKind::Ten
        }
        "hundred" => WordKind::Hundred,
        "thousand" | "million" | "billion" | "trillion" | "lakh" | "lakhs" | "lkhs" | "crore"
        | "crores" => WordKind::Scale,
        _ => WordKind::None,
    }
}

/// The words, lower-cased, that can open a numeral in words (see `words_numeral`) or a
/// signed number: every number word of [`word_kind`], and a few more.
const NUMBER_STARTS: &str = concat!(
    "a an half dozen minus negative ",
    "zero one two three four five six seven eight nine ",
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen ",
    "twenty thirty forty fifty sixty seventy eighty ninety ",
    "hundred thousand million billion trillion lakh lakhs lkhs crore crores"
);

/// A word filter built at compile time from the lower-case words of a table (runs of
/// `a`..`z` between spaces and line breaks; other runs, such as codes, are left out): for
/// the letter at position `at` of a word and the word's length, whether some word of the
/// table has that letter there at that length. A word the table lacks nearly always fails
/// it, in two instructions.
const fn letter_lengths(table: &str, at: usize) -> [u16; 26] {
    let t = table.as_bytes();
    let mut rows = [0u16; 26];
    let mut start = 0;
    let mut k = 0;
    while k <= t.len() {
        if k == t.len() || t[k] == b' ' || t[k] == b'\n' {
            let len = k - start;
            if len > at && len <= 16 && t[start].is_ascii_lowercase() {
                let letter = t[start + at];
                if letter.is_ascii_lowercase() {
                    rows[(letter - b'a') as usize] |= 1 << (len - 1);
                }
            }
            start = k + 1;
        }
        k += 1;
    }
    rows
}

/// Whether a lower-case word of `letter_lengths(table, at)` may have `w`'s letter at `at`
/// and `w`'s length; words no longer than `at` pass.
fn fits_lengths(rows: &[u16; 26], w: &str, at: usize) -> bool {
    w.len() <= at || fits_letter(rows, w.as_bytes()[at], w.len())
}

/// Whether a word of `len` bytes with `letter` at the row's position may be in the table.
#[inline]
fn fits_letter(rows: &[u16; 26], letter: u8, len: usize) -> bool {
    let row = letter.wrapping_sub(b'a');
    (1..=16).contains(&len) && row < 26 && rows[row as usize] >> (len - 1) & 1 == 1
}

/// [`NUMBER_STARTS`] by first letter, by first two letters together, and by third letter.
const NUMBER_START_FIRST: [u16; 26] = letter_lengths(NUMBER_STARTS, 0);
const NUMBER_START_PAIRS: [u16; 26 * 26] = pair_lengths(NUMBER_STARTS);
const NUMBER_START_THIRD: [u16; 26] = letter_lengths(NUMBER_STARTS, 2);

/// Like [`letter_lengths`] for the first two letters together, at `26 * first + second`
/// (`a` = 0): the pair is far more telling than the letters one by one (`have` has the
/// `ha` of `half` and the `v` of `five`, but no number word starts `hav`).
const fn pair_lengths(table: &str) -> [u16; 26 * 26] {
    let t = table.as_bytes();
    let mut rows = [0u16; 26 * 26];
    let mut start = 0;
    let mut k = 0;
    while k <= t.len() {
        if k == t.len() || t[k] == b' ' || t[k] == b'\n' {
            let len = k - start;
            if len >= 2
                && len <= 16
                && t[start].is_ascii_lowercase()
                && t[start + 1].is_ascii_lowercase()
            {
                let pair = (t[start] - b'a') as usize * 26 + (t[start + 1] - b'a') as usize;
                rows[pair] |= 1 << (len - 1);
            }
            start = k + 1;
        }
        k += 1;
    }
    rows
}

/// Whether the lower-cased word `w` may open a number in words: false for most words
/// (`the`, `said`), true for every word that does.
fn may_start_number(w: &str) -> bool {
    let b = w.as_bytes();
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    !b.is_empty() && starts_like_number(at(0), at(1), at(2), b.len())
}

/// [`may_start_number`] for a word of `len` bytes from its first three letters,
/// lower-cased (letters past the end are not read).
#[inline]
fn starts_like_number(first: u8, second: u8, third: u8, len: usize) -> bool {
    fits_start(
        (
            &NUMBER_START_FIRST,
            &NUMBER_START_PAIRS,
            &NUMBER_START_THIRD,
        ),
        [first, second, third],
        len,
    )
}

/// Whether a lower-case word of `len` bytes starting with `letters` may be in a table with
/// the filters `(letter_lengths(t, 0), pair_lengths(t), letter_lengths(t, 2))`; letters
/// past the end are not read.
#[inline]
fn fits_start(
    (first, pairs, third): (&[u16; 26], &[u16; 26 * 26], &[u16; 26]),
    [a, b, c]: [u8; 3],
    len: usize,
) -> bool {
    if len < 2 {
        return fits_letter(first, a, len);
    }
    let (a, b) = (a.wrapping_sub(b'a'), b.wrapping_sub(b'a'));
    a < 26
        && b < 26
        && len <= 16
        && pairs[usize::from(a) * 26 + usize::from(b)] >> (len - 1) & 1 == 1
        && (len < 3 || fits_letter(third, c, len))
}

fn is_number_word(w: &str) -> bool {
    word_kind(w) != WordKind::None
}

fn word_value(w: &str) -> f64 {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = SMALL.iter().position(|&s| s == w) {
        return i as f64;
    }
    if let Some(i) = TENS.iter().position(|&s| s == w) {
        return (i as f64 + 2.0) * 10.0;
    }
    scale_word(w).unwrap_or(0.0)
}

fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 100.0,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        "lakh" | "lakhs" | "lkh" | "lkhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// `value` times a magnitude, snapped to the whole number it is meant to be: 16.4 × 10⁶
/// is 16400000, not 16399999.999999998.
fn scaled(value: f64, scale: f64) -> f64 {
    let v = value * scale;
    let whole = v.round();
    if (v - whole).abs() <= v.abs() * 1e-12 {
        whole
    } else {
        v
    }
}

/// The denominator a fraction word stands for (`fifths` → 5), and whether it is plural.
fn fraction_word(w: &str) -> Option<(f64, bool)> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(stem) => (stem, true),
        None => (w, false),
    };
    let den = match stem {
        "half" | "halve" => 2.0,
        "third" => 3.0,
        "quarter" | "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        _ => return None,
    };
    Some((den, plural))
}

/// Magnitudes written onto digits: `10k`, `2.3mn`, `$5bn`, `3tn`.
fn magnitude_suffix(w: &str) -> Option<f64> {
    Some(match w {
        "k" | "K" => 1e3,
        "m" | "mn" | "mln" | "M" => 1e6,
        "b" | "bn" | "B" | "bln" => 1e9,
        "tn" | "trn" | "T" => 1e12,
        _ => return None,
    })
}

/// `lower` is `w` lower-cased, if it is short ASCII.
fn is_suffix_word(w: &str, lower: Option<Lower>) -> bool {
    magnitude_suffix(w).is_some()
        || currency_code(w).is_some()
        || listed("st nd rd th s am pm p C F K", w)
        || lower.is_some_and(|w| lexicon::UNITS.contains(&w) || scale_word(&w).is_some())
}

fn symbol_currency(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '£' => "GBP",
        '€' => "EUR",
        '¥' => "JPY",
        '₹' => "INR",
        '₩' => "KRW",
        '₽' => "RUB",
        '₪' => "ILS",
        '₺' => "TRY",
        '₦' => "NGN",
        '₱' => "PHP",
        _ => return None,
    })
}

/// ISO 4217 codes of currencies often named in news, sorted for binary search.
const ISO_CURRENCIES: [&str; 64] = [
    "AED", "ARS", "AUD", "BDT", "BGN", "BHD", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "CUC",
    "CUP", "CZK", "DKK", "DZD", "EGP", "ETB", "EUR", "GBP", "GHS", "HKD", "HUF", "IDR", "ILS",
    "INR", "IQD", "IRR", "ISK", "JOD", "JPY", "KES", "KRW", "KWD", "LBP", "LKR", "MAD", "MXN",
    "MYR", "NGN", "NOK", "NZD", "OMR", "PEN", "PHP", "PKR", "PLN", "QAR", "RON", "RUB", "SAR",
    "SEK", "SGD", "SYP", "THB", "TND", "TRY", "TWD", "UAH", "USD", "VND", "XOF", "ZAR",
];

/// ISO codes and abbreviations written before or after an amount: `USD 5`, `Rs 500`.
fn currency_code(w: &str) -> Option<&'static str> {
    // Every code is two or three bytes from a capital letter: most words stop here.
    if !(2..=3).contains(&w.len()) || !w.as_bytes()[0].is_ascii_uppercase() {
        return None;
    }
    if w.len() == 3 {
        if let Ok(k) = ISO_CURRENCIES.binary_search(&w) {
            return Some(ISO_CURRENCIES[k]);
        }
    }
    Some(match w {
        "RM" => "MYR",
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "INR" | "Rs" | "Rs." => "INR",
        "KSh" => "KES",
        "CHF" => "CHF",
        "AUD" => "AUD",
        "CAD" => "CAD",
        "HKD" => "HKD",
        "ILS" | "NIS" => "ILS",
        "RUB" => "RUB",
        _ => return None,
    })
}

/// Currency names after an amount, one `word CODE` a line; `+` after the code: only
/// spaced from the amount (`5 pounds`, `5 won`), `-`: only glued to it (`50p`, `5c`).
/// Kept as text and scanned: far smaller in the .wasm than a `match` over the words.
const CURRENCY_WORDS: &str = "dollar USD
dollars USD
cents USD
cent USD
buck USD
bucks USD
c USD-
euro EUR
euros EUR
pound GBP+
pounds GBP+
sterling GBP
pence GBP
penny GBP
quid GBP
p GBP-
yen JPY
yuan CNY
renminbi CNY
rupee INR
rupees INR
shekel ILS
shekels ILS
rouble RUB
roubles RUB
ruble RUB
rubles RUB
ringgit MYR
ringgits MYR
riyal SAR
riyals SAR
saudiriyal SAR
rial IRR
rials IRR
dinar KWD
dinars KWD
peso MXN
pesos MXN
peseta ESP
pesetas ESP
franc CHF
francs CHF
won KRW+
lira TRY
lire TRY
naira NGN
rand ZAR
krona SEK
kronor SEK
krone SEK
kroner SEK
zloty PLN
zlotys PLN
hryvnia UAH
hryvnias UAH
baht THB
rupiah IDR
forint HUF
forints HUF
koruna CZK
korunas CZK
dirham AED
dirhams AED
shilling KES
shillings KES
cedi GHS
cedis GHS
birr ETB
kwacha ZMW
taka BDT
kyat MMK
kyats MMK
reais BRL
dong VND+
lei RON
tenge KZT
manat AZN
manats AZN";

/// Currency names after an amount: `5 euros`, `50p`, `10 cents`. Lower-case `w` only:
/// `50p` is pence, `81P` a designation.
fn currency_word(w: &str, spaced: bool) -> Option<&'static str> {
    const FIRST: [u16; 26] = letter_lengths(CURRENCY_WORDS, 0);
    const PAIRS: [u16; 26 * 26] = pair_lengths(CURRENCY_WORDS);
    const THIRD: [u16; 26] = letter_lengths(CURRENCY_WORDS, 2);
    // Most words after a number (`people`, `years`) are turned away here, unscanned.
    let b = w.as_bytes();
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    if !fits_start((&FIRST, &PAIRS, &THIRD), [at(0), at(1), at(2)], b.len()) {
        return None;
    }
    let rest = CURRENCY_INDEX.line_after(CURRENCY_WORDS, w)?;
    let fits = match rest.as_bytes().get(3) {
        Some(b'+') => spaced,
        Some(b'-') => !spaced,
        _ => true,
    };
    rest.get(..3).filter(|_| fits)
}

/// Currencies named with their country where the currency word alone would name another:
/// `stem CODE country,country,...` a line.
const NATIONAL_CURRENCIES: &str = "dollar USD us,u.s.,american
dollar AUD australian,australia
dollar CAD canadian,canada
dollar HKD hong kong
dollar NZD new zealand
dollar SGD singapore,singaporean
dollar TWD taiwan,taiwanese
dollar JMD jamaican,jamaica
dollar ZWL zimbabwean,zimbabwe
pound EGP egyptian,egypt
pound LBP lebanese,lebanon
pound SYP syrian,syria
pound SDG sudanese,sudan
dinar JOD jordanian,jordan
dinar IQD iraqi,iraq
dinar BHD bahraini,bahrain
dinar LYD libyan,libya
dinar TND tunisian,tunisia
dinar DZD algerian,algeria
dinar RSD serbian,serbia
rupee PKR pakistani,pakistan
rupee LKR sri lankan,sri lanka
rupee NPR nepalese,nepali,nepal
peso ARS argentine,argentinian,argentina
peso CLP chilean,chile
peso COP colombian,colombia
peso PHP philippine,philippines,filipino
peso CUP cuban,cuba
riyal QAR qatari,qatar
rial OMR omani,oman
rial YER yemeni,yemen
krone DKK danish,denmark
krone NOK norwegian,norway
krona ISK icelandic,iceland
franc FRF french,belgian
franc XOF west african,cfa
shilling KES kenyan,kenya
shilling UGX ugandan,uganda
shilling TZS tanzanian,tanzania
shilling SOS somali,somalia
dirham MAD moroccan,morocco
manat TMT turkmen,turkmenistan
reai BRL brazilian,brazil
lei MDL moldovan,moldova";

/// The ISO code of a currency named with its country (`Hong Kong dollars`, `Jordanian
/// dinar`), where the currency word alone would name another.
fn national_currency(country: &str, word: &str) -> Option<&'static str> {
    let stem = word.strip_suffix('s').unwrap_or(word);
    NATIONAL_CURRENCIES.lines().find_map(|line| {
        let (s, rest) = line.split_once(' ')?;
        let (code, countries) = rest.split_once(' ')?;
        (s == stem && countries.split(',').any(|c| c == country)).then_some(code)
    })
}

/// Whether `w` is one of the space-separated words of `list`. Only the places where the
/// list has `w`'s first letter are compared (found with `memchr`), so a lookup costs a few
/// instructions per candidate instead of a split of the whole list.
fn listed(list: &str, w: &str) -> bool {
    let (t, w) = (list.as_bytes(), w.as_bytes());
    let Some(&first) = w.first() else {
        return list.split(' ').any(str::is_empty);
    };
    memchr::memchr_iter(first, t).any(|at| {
        let after = at + w.len();
        (at == 0 || t[at - 1] == b' ')
            && t.get(at..after) == Some(w)
            && t.get(after).is_none_or(|&b| b == b' ')
    })
}

/// The lines of a table whose lines all start with a letter `a`..`z`, grouped by that
/// letter at compile time: a lookup compares `w` with the few lines of its first letter
/// only, where a scan for the letter (`memchr`) also stopped at every letter inside words.
struct LineIndex<const N: usize> {
    /// Where each line starts, ordered by first letter (then as in the table).
    starts: [u16; N],
    /// `starts[groups[l]..groups[l + 1]]` are the lines of letter `l` (`a` = 0).
    groups: [u8; 27],
}

/// The number of lines of `table`.
const fn line_count(table: &str) -> usize {
    let t = table.as_bytes();
    let mut n = 1;
    let mut k = 0;
    while k < t.len() {
        if t[k] == b'\n' {
            n += 1;
        }
        k += 1;
    }
    n
}

impl<const N: usize> LineIndex<N> {
    /// The index of `table`, which has `N` lines, each starting with `a`..`z` (checked:
    /// the build fails otherwise).
    const fn new(table: &str) -> Self {
        let t = table.as_bytes();
        let mut line_starts = [0u16; N];
        let mut n = 0;
        let mut k = 0;
        while k <= t.len() {
            if k == 0 || t[k - 1] == b'\n' {
                assert!(k < t.len() && t[k].is_ascii_lowercase());
                line_starts[n] = k as u16;
                n += 1;
            }
            k += 1;
        }
        assert!(n == N && t.len() < u16::MAX as usize);
        let mut index = LineIndex {
            starts: [0; N],
            groups: [0; 27],
        };
        let mut filled = 0;
        let mut letter = 0;
        while letter < 26 {
            index.groups[letter] = filled as u8;
            let mut line = 0;
            while line < N {
                if t[line_starts[line] as usize] == b'a' + letter as u8 {
                    index.starts[filled] = line_starts[line];
                    filled += 1;
                }
                line += 1;
            }
            letter += 1;
        }
        index.groups[26] = filled as u8;
        index
    }

    /// The rest of the line of `table` that starts with the word `w` and a space, from the
    /// byte after the space to the end of the table. `table` is the one indexed.
    fn line_after(&self, table: &'static str, w: &str) -> Option<&'static str> {
        let (t, wb) = (table.as_bytes(), w.as_bytes());
        let letter = usize::from(wb.first()?.wrapping_sub(b'a'));
        let (from, to) = (*self.groups.get(letter)?, *self.groups.get(letter + 1)?);
        let lines = self.starts.get(usize::from(from)..usize::from(to))?;
        lines.iter().find_map(|&at| {
            let at = usize::from(at);
            (t.get(at..at + wb.len()) == Some(wb) && t.get(at + wb.len()) == Some(&b' '))
                .then(|| &table[at + wb.len() + 1..])
        })
    }
}

const CURRENCY_INDEX: LineIndex<{ line_count(CURRENCY_WORDS) }> = LineIndex::new(CURRENCY_WORDS);

fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅛' => 0.125,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::strategy::Strategy as _;

    fn numbers(text: &str) -> Vec<(&str, Option<f64>, &'static str)> {
        find(text, &tokenize(text))
            .into_iter()
            .map(|s| (s.as_str(text), s.value(), s.type_str()))
            .collect()
    }

    fn texts(text: &str) -> Vec<&str> {
        numbers(text).into_iter().map(|n| n.0).collect()
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(
            numbers("more than 10,000 people"),
            [("10,000", Some(10000.0), "cardinal")]
        );
        assert_eq!(numbers("rose 2.3 points"), [("2.3", Some(2.3), "decimal")]);
        assert_eq!(
            numbers("1\u{202F}000\u{202F}000 votes"),
            [("1\u{202F}000\u{202F}000", Some(1e6), "cardinal")]
        );
        assert_eq!(numbers("a 1,8 meters wall")[0].1, Some(1.8));
    }

    #[test]
    fn magnitudes_and_currencies() {
        assert_eq!(numbers("a $5bn deal"), [("$5bn", Some(5e9), "money")]);
        assert_eq!(
            numbers("2.3mn people"),
            [("2.3mn", Some(2.3e6), "cardinal")]
        );
        assert_eq!(
            numbers("£3.2 million"),
            [("£3.2 million", Some(3.2e6), "money")]
        );
        assert_eq!(
            numbers("US$40 and €7"),
            [("US$40", Some(40.0), "money"), ("€7", Some(7.0), "money")]
        );
        assert_eq!(
            numbers("cost 5 euros, or 50p"),
            [
                ("5 euros", Some(5.0), "money"),
                ("50p", Some(50.0), "money")
            ]
        );
        assert_eq!(numbers("USD 5 each")[0].2, "money");
        assert_eq!(numbers("10k runners"), [("10k", Some(1e4), "cardinal")]);
    }

    #[test]
    fn percents() {
        assert_eq!(
            numbers("30% and 10 per cent and 5 percent"),
            [
                ("30%", Some(30.0), "percent"),
                ("10 per cent", Some(10.0), "percent"),
                ("5 percent", Some(5.0), "percent"),
            ]
        );
    }

    #[test]
    fn spelled_out_cardinals() {
        assert_eq!(numbers("The two leaders"), [("two", Some(2.0), "cardinal")]);
        assert_eq!(
            numbers("thirty-five rockets"),
            [("thirty-five", Some(35.0), "cardinal")]
        );
        assert_eq!(
            numbers("two hundred and six"),
            [("two hundred and six", Some(206.0), "cardinal")]
        );
        assert_eq!(
            numbers("one million three hundred thousand")[0].1,
            Some(1_300_000.0)
        );
        assert_eq!(
            numbers("a dozen eggs"),
            [("a dozen", Some(12.0), "cardinal")]
        );
        assert_eq!(numbers("half a million")[0].1, Some(500_000.0));
        assert_eq!(numbers("two and a half hours")[0].1, Some(2.5));
        assert_eq!(numbers("Ninety-nine red balloons")[0].1, Some(99.0));
    }

    #[test]
    fn hyphen_compounds_keep_only_the_numeral() {
        assert_eq!(texts("a two-day closure"), ["two"]);
    }

    #[test]
    fn pronoun_one_is_not_a_number() {
        assert!(texts("one of them, no one else, one another").is_empty());
        assert_eq!(texts("one soldier"), ["one"]);
    }

    #[test]
    fn codes_are_not_numbers() {
        assert!(texts("COVID-19 hit the G7 as F-35 jets and a Boeing 737 flew.").is_empty());
        assert!(texts("H5N1 and 4x4s").is_empty());
        assert_eq!(texts("Eurovision 2019"), ["2019"]);
    }

    #[test]
    fn dates_years_times() {
        assert_eq!(numbers("on October 7,"), [("October 7", Some(7.0), "date")]);
        assert_eq!(
            numbers("7 October 2023"),
            [
                ("7 October", Some(7.0), "date"),
                ("2023", Some(2023.0), "year")
            ]
        );
        assert_eq!(
            texts("Oct. 7 and November 2 and 3"),
            ["Oct. 7", "November 2", "3"]
        );
        assert_eq!(numbers("at 3pm"), [("3pm", Some(3.0), "time")]);
        assert_eq!(numbers("at 15:30")[0].2, "time");
        assert_eq!(numbers("in the 1990s"), [("1990s", Some(1990.0), "year")]);
    }

    #[test]
    fn ordinals_fractions_signs_units() {
        assert_eq!(
            numbers("the 21st century"),
            [("21st", Some(21.0), "ordinal")]
        );
        assert_eq!(numbers("1/2 of it"), [("1/2", Some(0.5), "decimal")]);
        assert_eq!(numbers("1/2 cup"), [("1/2 cup", Some(0.5), "quantity")]);
        assert_eq!(numbers("2 ½ days")[0].1, Some(2.5));
        assert_eq!(
            numbers("fell to -4 today"),
            [("-4", Some(-4.0), "cardinal")]
        );
        assert_eq!(numbers("a 5km run"), [("5km", Some(5.0), "quantity")]);
        assert_eq!(
            numbers("3 miles away"),
            [("3 miles", Some(3.0), "quantity")]
        );
        assert_eq!(numbers("it was 20C"), [("20C", Some(20.0), "quantity")]);
    }

    #[test]
    fn citations_and_section_numbers_are_not_figures() {
        assert_eq!(
            texts("as shown [12], [2, 3] and [8 – 11] in 2011 [19]."),
            ["2011"]
        );
        assert_eq!(
            texts("2.1. Institutional Structure\n1 Introduction\n3 people died"),
            ["3"]
        );
    }

    #[test]
    fn ranges_are_two_numbers() {
        assert_eq!(texts("10-15 years"), ["10", "15"]);
        assert_eq!(texts("between 5 and 10"), ["5", "10"]);
    }

    #[test]
    fn digit_groupings() {
        let cases: &[(&str, &str, f64)] = &[
            ("a 40 000 strong crowd", "40 000", 40_000.0),
            ("about 1 234 567 voters", "1 234 567", 1_234_567.0),
            ("Rs 12,34,567.89 in all", "Rs 12,34,567.89", 1_234_567.89),
            ("1,00,000 rupees", "1,00,000 rupees", 100_000.0),
            ("a bill of 1.234,50 euros", "1.234,50 euros", 1234.5),
            ("some 1.234.567 residents", "1.234.567", 1_234_567.0),
            ("a 2.3 rise", "2.3", 2.3),
            ("about 1.3e6 cells", "1.3e6", 1.3e6),
            ("take 2 1/4 cups", "2 1/4 cups", 2.25),
            ("weighs 0.1 kg", "0.1 kg", 0.1),
        ];
        for &(text, span, value) in cases {
            assert_eq!(numbers(text)[0].0, span, "{text}");
            assert_eq!(numbers(text)[0].1, Some(value), "{text}");
        }
    }

    #[test]
    fn designators_after_capitalised_words() {
        let none = [
            "the old Internet Explorer 6 browser",
            "under Factor 1 of the test",
            "as shown in Figure 2.",
            "see Fig. 3 and Table 4",
            "the lodge, No. 8, met",
            "take Hwy 51 north",
            "H.R.1424 passed",
        ];
        for text in none {
            assert!(texts(text).is_empty(), "{text}: {:?}", texts(text));
        }
        assert_eq!(texts("About 30 people came"), ["30"]);
        assert_eq!(texts("the score was Korea 1 – 0 at half time"), ["1", "0"]);
        assert_eq!(texts("ISRAEL FREES 30 PRISONERS"), ["30"]);
        assert_eq!(texts("Israel Frees 30 Prisoners"), ["30"]);
        assert_eq!(texts("Jack went 4-for-5 that day"), ["4", "5"]);
    }

    #[test]
    fn dates_carry_an_iso_form() {
        let iso = |text: &str| -> Vec<(String, Option<String>)> {
            find(text, &tokenize(text))
                .iter()
                .map(|s| (s.as_str(text).to_string(), s.iso().map(str::to_string)))
                .collect()
        };
        let some = |a: &str, b: &str| (a.to_string(), Some(b.to_string()));
        assert_eq!(
            iso("on October 7, 2023."),
            [some("October 7", "2023-10-07"), ("2023".into(), None)]
        );
        assert_eq!(iso("on Oct. 7 we"), [some("Oct. 7", "--10-07")]);
        assert_eq!(
            iso("on November 2 and 3"),
            [some("November 2", "--11-02"), some("3", "--11-03")]
        );
        assert_eq!(
            iso("since 2023-10-07 only"),
            [some("2023-10-07", "2023-10-07")]
        );
        assert_eq!(iso("on 10/1/2008, it"), [some("10/1/2008", "2008-10-01")]);
        assert_eq!(iso("on 25/12/2020, it"), [some("25/12/2020", "2020-12-25")]);
        assert_eq!(numbers("on 10/1/2008")[0].1, Some(1.0));
    }

    #[test]
    fn phone_numbers_are_one_span_without_value() {
        assert_eq!(
            numbers("call 944-3737 now"),
            [("944-3737", None, "cardinal")]
        );
        assert_eq!(texts("call 201-592-4699"), ["201-592-4699"]);
        assert_eq!(
            texts("from 1990-1995 and 500-1000 people"),
            ["1990", "1995", "500", "1000"]
        );
    }

    #[test]
    fn names_and_ordinals_inside_names() {
        assert!(texts("rebuilt at Ground Zero and Cheaper by the Dozen, a film").is_empty());
        assert!(texts("turn onto 47th Street and meet the 501st Legion").is_empty());
        assert_eq!(texts("in the 17th Century, the 2nd Earl"), ["17th", "2nd"]);
        assert_eq!(texts("Seven people died."), ["Seven"]);
        assert!(texts("a high-five for it").is_empty());
    }

    #[test]
    fn a_range_shares_its_magnitude_and_currency() {
        assert_eq!(
            money("sales of $5-6 billion"),
            [
                ("$5", Some(5e9), Some("USD")),
                ("6 billion", Some(6e9), Some("USD"))
            ]
        );
        let values = |t: &str| numbers(t).into_iter().map(|n| n.1).collect::<Vec<_>>();
        assert_eq!(
            values("between 3 and 4 million fans"),
            [Some(3e6), Some(4e6)]
        );
        assert_eq!(values("2.5 to 3bn"), [Some(2.5e9), Some(3e9)]);
        assert_eq!(values("$5-$6.5 million"), [Some(5e6), Some(6.5e6)]);
        assert_eq!(
            values("between 1,500 and 2,000 million"),
            [Some(1.5e9), Some(2e9)]
        );
        assert_eq!(values("from 500 to 1 million"), [Some(500.0), Some(1e6)]);
        assert_eq!(values("aged 3 and 4 million more"), [Some(3.0), Some(4e6)]);
        assert_eq!(values("10-15%"), [Some(10.0), Some(15.0)]);
        assert_eq!(values("2-3 million tonnes"), [Some(2e6), Some(3e6)]);
        assert_eq!(
            money("from €1.5bn to 2bn, or $5-6")
                .into_iter()
                .map(|m| m.2)
                .collect::<Vec<_>>(),
            [Some("EUR"), Some("EUR"), Some("USD"), Some("USD")]
        );
        assert_eq!(values("3 to 4 inches"), [Some(3.0), Some(4.0)]);
        assert_eq!(
            texts("highs of 10C-15C and 5km-8km"),
            ["10C", "15C", "5km", "8km"]
        );
    }

    #[test]
    fn seats_of_a_plural_name_and_metres_run() {
        assert_eq!(
            texts("Tarnow won 40 seats, the Greens 18 and the Free Unionists 7."),
            ["40", "18", "7"]
        );
        let values = |t: &str| numbers(t).into_iter().map(|n| n.1).collect::<Vec<_>>();
        assert_eq!(values("she ran 400m last week"), [Some(400.0)]);
        assert_eq!(values("a 100m in 10.21 win"), [Some(100.0), Some(10.21)]);
        assert_eq!(values("it sold 1.5m in 2020"), [Some(1.5e6), Some(2020.0)]);
    }

    #[test]
    fn dotted_times_year_prefixes_and_shillings() {
        let found = numbers("doors open at 7.45pm and close at 11.15 pm; 10.30 is a decimal");
        assert_eq!(
            found.iter().map(|n| (n.0, n.2)).collect::<Vec<_>>(),
            [
                ("7.45pm", "time"),
                ("11.15 pm", "time"),
                ("10.30", "decimal")
            ]
        );
        assert_eq!(
            texts("a 1:42.35 best and 2:03:12.5 overall"),
            ["1:42.35", "2:03:12.5"]
        );
        assert_eq!(
            texts("built in the mid-1980s and closed pre-2008, post-2010 too"),
            ["1980s", "2008", "2010"]
        );
        assert_eq!(money("a loan of KSh 40 billion")[0].2, Some("KES"));
    }

    #[test]
    fn one_as_a_count_or_a_pronoun() {
        assert_eq!(texts("only one day left"), ["one"]);
        assert_eq!(texts("one way forward"), ["one"]);
        assert!(texts("one cannot know; one for us and one that’s new").is_empty());
        assert_eq!(texts("This one farmer who sold it"), ["one"]);
        assert_eq!(texts("a game in which one player wins"), ["one"]);
        assert_eq!(texts("three clinics, each one full day"), ["three", "one"]);
        assert!(texts("Which one you want? This one looks fine and that one works.").is_empty());
        assert!(texts("I like this one, and that one too; which one did she pick").is_empty());
        assert!(texts("each one went home").is_empty());
        assert!(texts("this one right here, not that one instead").is_empty());
        assert!(texts("One said it was over; one told me so.").is_empty());
    }

    #[test]
    fn spoken_forms_fractions_and_signs() {
        let cases: &[(&str, &str, f64, &str)] = &[
            ("three quarters of it", "three quarters", 0.75, "decimal"),
            ("one fifth of it", "one fifth", 0.2, "decimal"),
            (
                "seven point six five",
                "seven point six five",
                7.65,
                "decimal",
            ),
            ("three dozen eggs", "three dozen", 36.0, "cardinal"),
            (
                "a quarter million people",
                "a quarter million",
                250_000.0,
                "cardinal",
            ),
            ("fell to minus 5 overnight", "minus 5", -5.0, "cardinal"),
            ("13 lakh voters", "13 lakh", 1_300_000.0, "cardinal"),
            ("two crore rupees", "two crore rupees", 2e7, "money"),
            ("C$16.4 million", "C$16.4 million", 16_400_000.0, "money"),
            ("a 115.5USD fee", "115.5USD", 115.5, "money"),
            ("paid 42 ringgit", "42 ringgit", 42.0, "money"),
            ("at 98.6 degrees F", "98.6 degrees F", 98.6, "quantity"),
            ("a law written as ½ of it", "½", 0.5, "decimal"),
        ];
        for &(text, span, value, kind) in cases {
            assert_eq!(numbers(text), [(span, Some(value), kind)], "{text}");
        }
    }

    #[test]
    fn numbered_list_items() {
        let text = "Sights\n1 Grand Square. Huge.\n2 Old Mosque, from 1611.\n3 people came.";
        assert_eq!(texts(text), ["1611", "3"]);
    }

    fn money(text: &str) -> Vec<(&str, Option<f64>, Option<&'static str>)> {
        find(text, &tokenize(text))
            .into_iter()
            .map(|s| (s.as_str(text), s.value(), s.currency()))
            .collect()
    }

    #[test]
    fn every_listed_form_reads() {
        let cases: &[(&str, &str, f64, &str)] = &[
            (
                "a gap of 1\u{2009}000 votes",
                "1\u{2009}000",
                1000.0,
                "cardinal",
            ),
            (
                "a gap of 25\u{A0}000 votes",
                "25\u{A0}000",
                25_000.0,
                "cardinal",
            ),
            ("it fell to −4 today", "−4", -4.0, "cardinal"),
            ("a swing of +3 now", "+3", 3.0, "cardinal"),
            ("she came 7th again", "7th", 7.0, "ordinal"),
            ("music of the ’90s", "90s", 90.0, "year"),
            ("built in 2023 by them", "2023", 2023.0, "year"),
            ("a debt of four trillion", "four trillion", 4e12, "cardinal"),
            ("about a hundred guests", "a hundred", 100.0, "cardinal"),
            ("some 1.5 million voters", "1.5 million", 1.5e6, "cardinal"),
            ("a 20m rise", "20m", 2e7, "cardinal"),
            ("owes 3tn now", "3tn", 3e12, "cardinal"),
            ("paid ¥300 for it", "¥300", 300.0, "money"),
            ("paid ₹450 for it", "₹450", 450.0, "money"),
            ("only 10 cents each", "10 cents", 10.0, "money"),
            ("a 10kg bag", "10kg", 10.0, "quantity"),
        ];
        for &(text, span, value, kind) in cases {
            assert_eq!(numbers(text), [(span, Some(value), kind)], "{text}");
        }
        assert_eq!(texts("they won 3-1 at home"), ["3", "1"]);
        assert!(texts("the first and second rounds").is_empty());
        assert!(texts("take the A1 north").is_empty());
        // Durations stay outside the number, as the annotated news data has them.
        assert_eq!(texts("waited 2 hours"), ["2"]);
    }

    #[test]
    fn currencies_carry_an_iso_code() {
        assert_eq!(money("£5 and €6")[1].2, Some("EUR"));
        assert_eq!(money("£5 and €6")[0].2, Some("GBP"));
        assert_eq!(money("Rs 40 and USD 5")[0].2, Some("INR"));
        assert_eq!(money("Rs 40 and USD 5")[1].2, Some("USD"));
        assert_eq!(money("a C$300 fee")[0].2, Some("CAD"));
    }

    #[test]
    fn money_in_two_parts_is_one_amount() {
        assert_eq!(
            money("it cost nine dollars twenty-five cents"),
            [("nine dollars twenty-five cents", Some(9.25), Some("USD"))]
        );
        assert_eq!(
            money("priced at 4 pounds 50p."),
            [("4 pounds 50p", Some(4.5), Some("GBP"))]
        );
        assert_eq!(
            money("rising to 12 EUR 80."),
            [("12 EUR 80", Some(12.8), Some("EUR"))]
        );
        assert_eq!(money("paid 6 euros 40 cents")[0].1, Some(6.4));
        // With `and` between them, or a count after, they stay apart.
        assert_eq!(
            texts("six dollars and ten cents"),
            ["six dollars", "ten cents"]
        );
        assert_eq!(texts("paid 5 dollars 20 times"), ["5 dollars", "20"]);
    }

    #[test]
    fn currencies_named_with_their_country() {
        assert_eq!(
            money("worth 30 Hong Kong dollars"),
            [("30 Hong Kong dollars", Some(30.0), Some("HKD"))]
        );
        assert_eq!(
            money("a fine of 200 Jordanian dinars"),
            [("200 Jordanian dinars", Some(200.0), Some("JOD"))]
        );
        assert_eq!(
            money("half a million US dollars")[0],
            ("half a million US dollars", Some(500_000.0), Some("USD"))
        );
        assert_eq!(
            money("They paid 40 USD million in all"),
            [("40 USD million", Some(4e7), Some("USD"))]
        );
    }

    #[test]
    fn digit_scales_and_powers() {
        assert_eq!(
            numbers("some 6 thousand 2 hundred pages"),
            [("6 thousand 2 hundred", Some(6200.0), "cardinal")]
        );
        assert_eq!(numbers("about 2.5e3 cells")[0].2, "decimal");
        assert_eq!(
            numbers("a 40 km2 park"),
            [("40 km2", Some(40.0), "quantity")]
        );
        assert_eq!(
            numbers("a 900m2 plot"),
            [("900m2", Some(900.0), "quantity")]
        );
        assert_eq!(numbers("a 70 m² flat")[0].0, "70 m²");
        assert!(texts("a few million more, several hundred less").is_empty());
        assert_eq!(
            numbers("a nine-hundred page report")[0],
            ("nine-hundred", Some(900.0), "cardinal")
        );
    }

    #[test]
    fn symbols_after_amounts() {
        assert_eq!(texts("it was 10 $ 30 $ later"), ["10 $", "30 $"]);
        assert_eq!(texts("from 10 $ 30 and up"), ["10", "$ 30"]);
    }

    #[test]
    fn designations_in_lower_case_and_in_lists() {
        assert!(texts("as figure 4 shows, and table 2 too").is_empty());
        assert!(texts("Figures 1, 2 and 3 agree; Gates 4 & 5 shut.").is_empty());
        assert_eq!(texts("In Figure 2, 30 people"), ["30"]);
        assert!(texts("at 56A Park Lane and 9D next door").is_empty());
        assert_eq!(
            numbers("BACK TO THE 1990S")[0],
            ("1990S", Some(1990.0), "year")
        );
        assert!(texts("under Case 21-404, the court").is_empty());
    }

    #[test]
    fn eras_mark_years() {
        assert_eq!(numbers("founded AD 79"), [("79", Some(79.0), "year")]);
        assert_eq!(numbers("built in AD610,"), [("610", Some(610.0), "year")]);
        assert_eq!(numbers("about 450 BC"), [("450", Some(450.0), "year")]);
    }

    #[test]
    fn ranges_in_parentheses_and_phone_cues() {
        assert_eq!(texts("(or € 10 - 20), they say"), ["€ 10", "20"]);
        assert_eq!(texts("tel: 555-1200"), ["555-1200"]);
        assert_eq!(texts("Call 1-800-555-0199 today"), ["1-800-555-0199"]);
        assert!(texts("take Bus 42 north").is_empty());
        assert_eq!(
            money("beds for 300 baht and 50 Kenyan shillings"),
            [
                ("300 baht", Some(300.0), Some("THB")),
                ("50 Kenyan shillings", Some(50.0), Some("KES"))
            ]
        );
        assert_eq!(texts("for 150-1000 people"), ["150", "1000"]);
        assert!(texts("when one studies it, one always learns").is_empty());
        assert!(texts("we had one in the garage").is_empty());
        assert_eq!(texts("one in five adults"), ["one", "five"]);
        assert_eq!(
            money("a taxi for IRR90,000 only"),
            [("IRR90,000", Some(90_000.0), Some("IRR"))]
        );
    }

    #[test]
    fn hyphened_units_and_counted_four_digit_numbers() {
        assert_eq!(
            money("a two-dollar coin"),
            [("two", Some(2.0), Some("USD"))]
        );
        assert_eq!(numbers("a 3.5-mile loop"), [("3.5", Some(3.5), "quantity")]);
        assert_eq!(numbers("a 5-year plan")[0].2, "cardinal");
        assert_eq!(numbers("about 1500 people")[0].2, "cardinal");
        assert_eq!(numbers("some 2000 years ago")[0].2, "cardinal");
        assert_eq!(numbers("below 2010 levels")[0].2, "year");
        assert_eq!(numbers("the 2020 elections")[0].2, "year");
    }

    #[test]
    fn metres_fractions_and_per_cent_forms() {
        assert_eq!(
            numbers("she won the 200m in record time"),
            [("200m", Some(200.0), "quantity")]
        );
        assert_eq!(numbers("a 12m-long wall")[0].1, Some(12.0));
        assert_eq!(numbers("a wall 8m tall")[0].2, "quantity");
        assert_eq!(numbers("drew 2.5m fans")[0].1, Some(2.5e6));
        assert_eq!(
            numbers("almost three-quarters of them"),
            [("three-quarters", Some(0.75), "decimal")]
        );
        assert_eq!(numbers("a one-third share")[0].1, Some(1.0 / 3.0));
        assert_eq!(
            numbers("up 35pc on the year"),
            [("35pc", Some(35.0), "percent")]
        );
        assert_eq!(numbers("by 6:45 p.m. tonight")[0].0, "6:45 p.m.");
    }

    #[test]
    fn more_spoken_and_written_forms() {
        let cases: &[(&str, &str, f64, &str)] = &[
            (
                "nearly five and a half million homes",
                "five and a half million",
                5.5e6,
                "cardinal",
            ),
            ("buy half a dozen pies", "half a dozen", 6.0, "cardinal"),
            (
                "a hundred and fifty men",
                "a hundred and fifty",
                150.0,
                "cardinal",
            ),
            (
                "a thousand two hundred votes",
                "a thousand two hundred",
                1200.0,
                "cardinal",
            ),
            (
                "a thousand and one nights",
                "a thousand and one",
                1001.0,
                "cardinal",
            ),
            (
                "one and three quarters",
                "one and three quarters",
                1.75,
                "decimal",
            ),
            ("waited 5 and a half", "5 and a half", 5.5, "decimal"),
            ("sold 2 dozen eggs", "2 dozen", 24.0, "cardinal"),
            ("some 300 thousands", "300 thousands", 300_000.0, "cardinal"),
            (
                "a quarter of a million fans",
                "a quarter of a million",
                250_000.0,
                "cardinal",
            ),
            (
                "three quarters of a billion",
                "three quarters of a billion",
                7.5e8,
                "cardinal",
            ),
            (
                "it costs nine pounds fifty .",
                "nine pounds fifty",
                9.5,
                "money",
            ),
            (
                "lost hk $ 3.2 billion .",
                "hk $ 3.2 billion",
                3.2e9,
                "money",
            ),
            ("lent me 20 quid", "20 quid", 20.0, "money"),
            ("a 40c stamp", "40c", 40.0, "money"),
            ("over 12 sq km of land", "12 sq km", 12.0, "quantity"),
            ("a low of 5 °C today", "5 °C", 5.0, "quantity"),
            ("a $50-million deal", "$50-million", 5e7, "money"),
            (
                "sailed 40 nautical miles",
                "40 nautical miles",
                40.0,
                "quantity",
            ),
            ("shipped 5 metric tons", "5 metric tons", 5.0, "quantity"),
            ("add 2 cups of flour", "2 cups", 2.0, "quantity"),
            ("stir in 1 tbsp oil", "1 tbsp", 1.0, "quantity"),
            ("a 500 megawatts plant", "500 megawatts", 500.0, "quantity"),
            (
                "up 3 percentage points",
                "3 percentage points",
                3.0,
                "percent",
            ),
            ("a 4in gap", "4in", 4.0, "quantity"),
            ("closed at $4.56.", "$4.56", 4.56, "money"),
        ];
        for &(text, span, value, kind) in cases {
            assert_eq!(numbers(text), [(span, Some(value), kind)], "{text}");
        }
        // A suffix that does not fit is no ordinal: `15st` is fifteen stone.
        assert_ne!(numbers("weighs 15st now")[0].2, "ordinal");
        // An ordinal day stays an ordinal; only a cardinal day takes the month.
        assert_eq!(
            numbers("on the 2nd of May")[0],
            ("2nd", Some(2.0), "ordinal")
        );
        assert_eq!(numbers("by October 7th")[0], ("7th", Some(7.0), "ordinal"));
        assert_eq!(texts("version 1.2.3 shipped"), Vec::<&str>::new());
    }

    #[test]
    fn scanned_tables_match_whole_entries_only() {
        let list = "c hk nz s aud cad nzd usd";
        for w in ["c", "hk", "s", "usd", "nzd"] {
            assert!(listed(list, w), "{w}");
        }
        // Parts, extensions and inner letters of entries are no entries.
        for w in ["h", "k", "us", "usdx", "ud", "d", "cad ", "", "C"] {
            assert!(!listed(list, w), "{w:?}");
        }
        assert_eq!(currency_word("pence", true), Some("GBP"));
        assert_eq!(currency_word("manats", true), Some("AZN"));
        // `p` is pence only glued on, `won` only spaced; `pe` and `dollarz` name nothing,
        // nor does a code standing in the table.
        assert_eq!(currency_word("p", false), Some("GBP"));
        assert_eq!(currency_word("p", true), None);
        assert_eq!(currency_word("won", false), None);
        for w in ["pe", "dollarz", "USD", "", "ollar"] {
            assert_eq!(currency_word(w, true), None, "{w:?}");
        }
        for (w, n) in [("jan", Some(1)), ("sept", Some(9)), ("december", Some(12))] {
            assert_eq!(month_number(w), n, "{w}");
        }
        // Only the first three letters count; the month lexicon decides the rest.
        assert_eq!(month_number("mayor"), Some(5));
        assert_eq!(month_number("ma"), None);
        assert_eq!(month_number("Jan"), None);
        assert_eq!(currency_code("Rs."), Some("INR"));
        assert_eq!(currency_code("usd"), None);
        assert_eq!(currency_code("USDX"), None);
    }

    #[test]
    fn number_start_gate_lets_every_number_word_through() {
        for w in NUMBER_STARTS.split(' ') {
            assert!(may_start_number(w), "{w}");
        }
        for w in [
            "seven",
            "seventeen",
            "seventy",
            "hundred",
            "crores",
            "lkhs",
            "zero",
            "dozen",
            "an",
        ] {
            assert!(
                may_start_number(w) && (is_number_word(w) || w.len() <= 5),
                "{w}"
            );
        }
        // Common words are turned away by the first test.
        for w in ["the", "of", "and", "to", "in", "said", "people", "", "zz"] {
            assert!(!may_start_number(w), "{w:?}");
        }
        // The lists agree: every number word may start a number.
        for w in [
            "nine", "nineteen", "ninety", "trillion", "lakh", "forty", "eleven",
        ] {
            assert_ne!(word_kind(w), WordKind::None);
            assert!(may_start_number(w));
        }
        // A lower-case word before `$` (`us$5`), and a sign word, still start numbers.
        assert_eq!(
            texts("paid us$5 and c $ 3 then minus 4"),
            ["us$5", "c $ 3", "minus 4"]
        );
    }

    /// Every token a number is read from passes the quick test in `find`.
    fn gate_admits_every_start(text: &str) {
        let tokens = tokenize(text);
        let lower_text = text.to_ascii_lowercase();
        let cursor = Cursor {
            text,
            lower_text: &lower_text,
            tokens: &tokens,
        };
        for i in 0..tokens.len() {
            if cursor.number_at(i).is_some() {
                assert!(cursor.may_start(i), "{:?} in {text:?}", cursor.str(i));
            }
        }
    }

    #[test]
    fn quick_gate_admits_every_number_start() {
        gate_admits_every_start(concat!(
            "Two hundred, a dozen, half a million, Minus 3, minus four, us$5, US$ 6, ",
            "c $ 7, A$8, HK$ 9, Rs. 10, USD 11, October 7, Sept. 3, 3 October, ½ cup, ",
            "£4, €5m, [12] Gate 3, one-third, Forty-Two, eLeVen, twenty\u{2019}s, ",
            "Zürich 12, the 1990s, 10,000 people, 2023-10-07, 944-3737, 5km, 8 pm."
        ));
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn quick_gate_admits_number_starts_in_any_text(
            words in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        "a", "A", "an", "half", "Half", "dozen", "minus", "Negative", "one",
                        "Two", "THREE", "ten", "hundred", "million", "us", "US", "c", "hk",
                        "Rs", "USD", "EUR", "October", "oct", "Sept", "may", "the", "The",
                        "$", "£", "€", "½", "[", "]", ".", ",", "-", "%", "per", "cent",
                        "p", "km", "am", "pm", "th", "s", "and", " ", "\n", "\u{a0}",
                    ]).prop_map(|w: &str| w.to_string()),
                    "[0-9]{1,5}",
                    "\\PC{1,3}",
                ],
                0..40,
            ),
            seps in proptest::collection::vec(proptest::sample::select(vec!["", " ", ""]), 40),
        ) {
            let mut text = String::new();
            for (w, s) in words.iter().zip(&seps) {
                text.push_str(w);
                text.push_str(s);
            }
            gate_admits_every_start(&text);
        }
    }

    #[test]
    fn huge_and_long_digit_runs_do_not_panic() {
        let long = "9".repeat(10_000);
        let found = numbers(&long);
        assert_eq!(found.len(), 1);
        assert!(numbers("99999999999999999999999")[0].1.is_some());
    }
}
