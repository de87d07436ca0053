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

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

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

/// Splits `text` into tokens that cover it exactly, in order.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 3 + 1);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let kind = if is_word_char(c) {
            // An apostrophe stays inside a word only between two letters.
            while let Some(&(i, next)) = chars.peek() {
                let inner_apostrophe = is_apostrophe(next)
                    && text[i + next.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic);
                if !(is_word_char(next) || inner_apostrophe) {
                    break;
                }
                chars.next();
            }
            TokenKind::Word
        } else if c.is_ascii_digit() {
            while chars.next_if(|&(_, d)| d.is_ascii_digit()).is_some() {}
            TokenKind::Digits
        } else if c.is_whitespace() {
            let mut line_break = is_line_break(c);
            while let Some((_, w)) = chars.next_if(|&(_, w)| w.is_whitespace()) {
                line_break |= is_line_break(w);
            }
            if line_break {
                TokenKind::LineBreak
            } else {
                TokenKind::Space
            }
        } else {
            TokenKind::Punct
        };
        let end = chars.peek().map_or(text.len(), |&(i, _)| i);
        tokens.push(Token { start, end, kind });
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
}
