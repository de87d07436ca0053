//! Splits text into words, digit runs, punctuation and white space, in one pass.
//!
//! Tokens are deliberately small: a word never contains a digit or a hyphen, and every
//! punctuation character is its own token. The detectors join tokens back together
//! where their rules need it (`5km`, `Al-Shifa`, `U.S.`), so each rule sees the pieces.

use std::ops::Range;

/// The class of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, with combining marks and apostrophes between letters (`don’t`, `Israel’s`).
    Word,
    /// ASCII digits.
    Digits,
    /// White space without a line break.
    Space,
    /// White space with at least one line break: a paragraph or line boundary.
    LineBreak,
    /// Any other single character.
    Punct,
}

/// A token: its byte range and class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: TokenKind,
}

impl Token {
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub(crate) fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub(crate) fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub(crate) fn is_space(&self) -> bool {
        matches!(self.kind, TokenKind::Space | TokenKind::LineBreak)
    }

    /// The single character of a punctuation token.
    pub(crate) fn punct(&self, text: &str) -> Option<char> {
        match self.kind {
            TokenKind::Punct => text[self.start..].chars().next(),
            _ => None,
        }
    }
}

#[inline]
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

#[inline]
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Letters and the marks that combine with them. Digits are kept out on purpose.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        || c == '\u{200D}'
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Space,
    Break,
    Other,
}

/// Classes of the ASCII characters, looked up instead of asking Unicode tables.
const ASCII_CLASSES: [Class; 128] = {
    let mut table = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b' ' | b'\t' => Class::Space,
            b'\n' | b'\r' | 0x0B | 0x0C => Class::Break,
            _ => Class::Other,
        };
        b += 1;
    }
    table
};

#[inline]
fn class_of(c: char) -> Class {
    if c.is_ascii() {
        ASCII_CLASSES[c as usize]
    } else if is_word_char(c) {
        Class::Letter
    } else if is_line_break(c) {
        Class::Break
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Other
    }
}

/// The character at byte `i` and its length, without decoding when it is ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text[i..].chars().next()?;
    Some((c, c.len_utf8()))
}

/// Splits `text` into tokens that cover it exactly, in order.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        let start = i;
        i += len;
        let kind = match class_of(c) {
            Class::Letter => {
                loop {
                    // ASCII letters, most of any word, need no class lookup.
                    i += text.as_bytes()[i..]
                        .iter()
                        .take_while(|b| b.is_ascii_alphabetic())
                        .count();
                    let Some((next, len)) = char_at(text, i) else {
                        break;
                    };
                    // An apostrophe stays inside a word only between two letters.
                    let inner_apostrophe = is_apostrophe(next)
                        && char_at(text, i + len).is_some_and(|(after, _)| after.is_alphabetic());
                    if class_of(next) != Class::Letter && !inner_apostrophe {
                        break;
                    }
                    i += len;
                }
                TokenKind::Word
            }
            Class::Digit => {
                i += text.as_bytes()[i..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                TokenKind::Digits
            }
            class @ (Class::Space | Class::Break) => {
                let mut line_break = class == Class::Break;
                while let Some((next, len)) = char_at(text, i) {
                    match class_of(next) {
                        Class::Space => {}
                        Class::Break => line_break = true,
                        _ => break,
                    }
                    i += len;
                }
                if line_break {
                    TokenKind::LineBreak
                } else {
                    TokenKind::Space
                }
            }
            Class::Other => TokenKind::Punct,
        };
        tokens.push(Token {
            start,
            end: i,
            kind,
        });
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text)
            .iter()
            .map(|t| (t.text(text), t.kind))
            .collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_only() {
        use TokenKind::*;
        assert_eq!(
            show("Israel’s don't ’90s students’ union"),
            [
                ("Israel’s", Word),
                (" ", Space),
                ("don't", Word),
                (" ", Space),
                ("’", Punct),
                ("90", Digits),
                ("s", Word),
                (" ", Space),
                ("students", Word),
                ("’", Punct),
                (" ", Space),
                ("union", Word),
            ]
        );
    }

    #[test]
    fn digits_hyphens_and_line_breaks_are_separate() {
        use TokenKind::*;
        assert_eq!(
            show("F-35 5km\r\n\nDvořák"),
            [
                ("F", Word),
                ("-", Punct),
                ("35", Digits),
                (" ", Space),
                ("5", Digits),
                ("km", Word),
                ("\r\n\n", LineBreak),
                ("Dvořák", Word),
            ]
        );
    }

    #[test]
    fn unicode_letters_spaces_and_breaks() {
        use TokenKind::*;
        assert_eq!(
            show("Dvořák\u{A0}e\u{301}\u{2028}São"),
            [
                ("Dvořák", Word),
                ("\u{A0}", Space),
                ("e\u{301}", Word),
                ("\u{2028}", LineBreak),
                ("São", Word)
            ]
        );
    }

    #[test]
    fn tokens_cover_the_text() {
        let text = "“Hi,” 😀 e\u{301}t\u{200D}é — 1,000.5";
        let tokens = tokenize(text);
        let mut at = 0;
        for t in &tokens {
            assert_eq!(t.start, at);
            at = t.end;
        }
        assert_eq!(at, text.len());
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn any_text_is_covered_by_well_formed_tokens(text in "\\PC{0,120}") {
            let mut at = 0;
            for t in tokenize(&text) {
                proptest::prop_assert_eq!(t.start, at);
                proptest::prop_assert!(t.end > t.start);
                let piece = t.text(&text);
                match t.kind {
                    TokenKind::Word => proptest::prop_assert!(piece.chars().all(|c| is_word_char(c) || is_apostrophe(c))),
                    TokenKind::Digits => proptest::prop_assert!(piece.bytes().all(|b| b.is_ascii_digit())),
                    TokenKind::Space | TokenKind::LineBreak => proptest::prop_assert!(piece.chars().all(char::is_whitespace)),
                    TokenKind::Punct => proptest::prop_assert_eq!(piece.chars().count(), 1),
                }
                at = t.end;
            }
            proptest::prop_assert_eq!(at, text.len());
        }
    }
}
