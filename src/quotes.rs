//! Finds quotations: text between paired quotation marks, marks excluded.
//!
//! Marks are paired with a stack, as a Markdown parser pairs delimiters. Curly, low-9,
//! guillemet and CJK marks say which way they face, though languages disagree (`„…“`,
//! `»…«`), so a mark first tries to close an open quote it can end, then opens one.
//! Straight marks have no direction: a mark with space or punctuation before it and a
//! letter after it opens, one with a letter before it and space or punctuation after it
//! closes. An apostrophe is a single right mark between letters (`don’t`), after a plural
//! `s` with no single quote open (`students’ union`), or before a decade (`’90s`).
//!
//! No quote runs past its paragraph, unless the next paragraph opens with the same kind
//! of mark: the convention for a quotation over several paragraphs. A quote nested in
//! another belongs to the outer one; if the outer mark never closes, the inner quotes
//! are kept. Each mark is looked at once and a closing mark searches a bounded depth of
//! the stack, so the pass is linear whatever the input.

use std::ops::Range;

use crate::token::{is_apostrophe, is_line_break};
use crate::{Attrs, QuoteType, Span};

/// How far below the top of the stack a closing mark looks for its opener.
const MAX_SEARCH_DEPTH: usize = 16;

/// Marks that group: a closer only ends an opener of the same family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    CornerBracket,
    WhiteCornerBracket,
}

#[derive(Debug)]
struct Open {
    family: Family,
    /// The mark that closes this quote, when the opener decides it (`«` wants `»`).
    closer: Option<char>,
    /// Byte offset just after the opening mark.
    content_start: usize,
    /// Quotes closed inside this one: dropped when this one closes, kept if it never does.
    inner: Vec<Range<usize>>,
}

fn family(c: char) -> Option<Family> {
    Some(match c {
        '"' | '“' | '”' | '„' | '‟' => Family::Double,
        '\'' | '‘' | '’' | '‚' | '‛' => Family::Single,
        '«' | '»' => Family::Guillemet,
        '‹' | '›' => Family::SingleGuillemet,
        '「' | '」' => Family::CornerBracket,
        '『' | '』' => Family::WhiteCornerBracket,
        _ => return None,
    })
}

/// What a mark may do where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Close an open quote of its family if there is one, otherwise open.
    CloseOrOpen,
    /// Not a quotation mark here.
    None,
}

fn is_space_or_edge(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

/// Characters after which a mark opens: spaces, brackets, dashes and other marks.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | ',' | ';')
                || family(c).is_some()
        }
    }
}

/// Characters before which a mark closes: spaces and punctuation, not letters or digits.
fn closes_before(c: Option<char>) -> bool {
    c.is_none_or(|c| !c.is_alphanumeric())
}

/// Decides what the mark `c` at byte `at` does, from its neighbours.
fn role(text: &str, at: usize, c: char, prev: Option<char>, next: Option<char>) -> Role {
    let after = &text[at + c.len_utf8()..];
    let left_flanking = !is_space_or_edge(next) && opens_after(prev);
    let right_flanking = !is_space_or_edge(prev) && closes_before(next);
    match c {
        '“' | '„' | '‟' | '「' | '『' => {
            if c == '“' && right_flanking && !left_flanking {
                // German `„Nein“`: closes a low-9 quote, or opens one written the other way.
                Role::CloseOrOpen
            } else {
                Role::Open
            }
        }
        '”' | '」' | '』' => {
            if left_flanking && !right_flanking {
                Role::CloseOrOpen
            } else {
                Role::Close
            }
        }
        '«' | '»' | '‹' | '›' => Role::CloseOrOpen,
        '‚' => {
            if left_flanking && is_space_or_edge(prev) {
                Role::Open
            } else {
                Role::None
            }
        }
        '"' => {
            if prev.is_some_and(|p| p.is_ascii_digit()) && is_after_feet(text, at) {
                // 5'10": inches, not a quote.
                Role::None
            } else if left_flanking && right_flanking {
                Role::CloseOrOpen
            } else if left_flanking {
                Role::Open
            } else if right_flanking {
                Role::Close
            } else if is_space_or_edge(prev) && is_space_or_edge(next) {
                Role::None
            } else {
                Role::CloseOrOpen
            }
        }
        '‘' | '’' | '\'' | '‛' => {
            let letter_before = prev.is_some_and(char::is_alphanumeric);
            let letter_after = next.is_some_and(char::is_alphanumeric);
            if letter_before && letter_after {
                // don’t, Israel’s, O’Brien, rock’n’roll.
                Role::None
            } else if is_decade_or_elision(after) && !letter_before {
                // ’90s, ’n’, ’em.
                Role::None
            } else if c == '‘' || c == '‛' {
                if right_flanking && !left_flanking {
                    Role::Close
                } else {
                    Role::Open
                }
            } else if left_flanking {
                if c == '’' && !opens_after(prev) {
                    Role::None
                } else {
                    Role::Open
                }
            } else if right_flanking {
                Role::Close
            } else {
                Role::None
            }
        }
        _ => Role::None,
    }
}

/// `’90s`, `'80`, `’n’`, `’em`, `’til`, `'cause`: an elision, not an opening mark.
fn is_decade_or_elision(after: &str) -> bool {
    let b = after.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_digit() && b[1].is_ascii_digit() {
        return b.get(2).is_none_or(|&c| !c.is_ascii_digit());
    }
    let word_end = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    let word = &after[..word_end];
    let ends_apostrophe = after[word_end..].chars().next().is_some_and(is_apostrophe);
    (word == "n" && ends_apostrophe)
        || matches!(word, "em" | "til" | "tis" | "twas" | "cause" | "bout")
            && after[word_end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
}

/// True when the `"` at `at` follows a feet mark: `5'10"` or `5′10″`-like text.
fn is_after_feet(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(|c: char| c.is_ascii_digit());
    before.ends_with('\'') && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_digit())
}

/// Does the mark `c` end a quote opened as `open`?
fn closes(open: &Open, c: char) -> bool {
    match open.closer {
        Some(closer) => closer == c,
        None => family(c) == Some(open.family),
    }
}

/// The mark that closes a quote opened with `c`, when the opener fixes it.
fn closer_for(c: char) -> Option<char> {
    match c {
        '«' => Some('»'),
        '»' => Some('«'),
        '‹' => Some('›'),
        '›' => Some('‹'),
        '「' => Some('」'),
        '『' => Some('』'),
        _ => None,
    }
}

/// The quotes in `text`, sorted by start, without speakers yet.
pub(crate) fn find(text: &str) -> Vec<Span> {
    find_ranges(text)
        .into_iter()
        .map(|range| {
            Span::new(
                range,
                Attrs::Quote {
                    quote_type: QuoteType::Speech,
                    speaker: None,
                },
            )
        })
        .collect()
}

/// The bytes that can start a quotation mark or a line break: the ASCII ones, and the
/// lead bytes of U+0080–U+00BF (`«`, `»`, NEL), U+2000–U+203F (curly quotes, `‹`, `›`,
/// U+2028, U+2029) and U+3000–U+303F (corner brackets). The scan decodes only characters
/// that start with one of these, so plain text costs one table lookup per byte.
const MAY_MATTER: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = [b'"', b'\'', b'\n', b'\r', 0x0B, 0x0C, 0xC2, 0xE2, 0xE3];
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
};

/// Where the next byte of [`MAY_MATTER`] is in `bytes`. Eight bytes are tested at a time:
/// a word with no byte over 0x7F, none under 0x0E (line breaks and other controls) and no
/// `"` or `'` holds none, and most words of English text are such. A word that may hold
/// one is read byte by byte.
fn next_may_matter(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    // Sets the high bit of some byte when a byte of `x` (all under 0x80) is under `n`.
    let any_below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH_BITS != 0;
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let may_hold = x & HIGH_BITS != 0
            || any_below(x, 0x0E)
            || any_below(x ^ (ONES * u64::from(b'"')), 1)
            || any_below(x ^ (ONES * u64::from(b'\'')), 1);
        if may_hold {
            if let Some(p) = chunk.iter().position(|&b| MAY_MATTER[b as usize]) {
                return Some(at + p);
            }
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|&b| MAY_MATTER[b as usize])
        .map(|p| at + p)
}

fn find_ranges(text: &str) -> Vec<Range<usize>> {
    let mut quotes: Vec<Range<usize>> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    // Where a line break ended a paragraph whose quote goes on: skip the reopening mark.
    let mut skip_mark_at: Option<usize> = None;
    while let Some(skip) = next_may_matter(&bytes[from..]) {
        // A table byte is ASCII or a lead byte, so `at` is a character boundary.
        let at = from + skip;
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        from = at + c.len_utf8();
        if !is_line_break(c) && family(c).is_none() {
            continue;
        }
        let prev = text[..at].chars().next_back();
        let next = text[from..].chars().next();
        if is_line_break(c) {
            // `\r\n` is one break: act on its `\n`.
            if !(stack.is_empty() || c == '\r' && next.is_some_and(is_line_break)) {
                let rest = &text[at..];
                let para_start = rest.trim_start_matches(char::is_whitespace);
                let gap = &rest[..rest.len() - para_start.len()];
                let blank_line = gap
                    .chars()
                    .filter(|&c| c == '\n' || c == '\u{2029}')
                    .count()
                    > 1;
                let wrapped = !blank_line && para_start.starts_with(|c: char| c.is_lowercase());
                if !wrapped {
                    let reopen = para_start.chars().next();
                    let continues = reopen.is_some_and(|r| {
                        family(r) == Some(stack[0].family)
                            && matches!(
                                role(
                                    text,
                                    text.len() - para_start.len(),
                                    r,
                                    Some(' '),
                                    para_start[r.len_utf8()..].chars().next()
                                ),
                                Role::Open | Role::CloseOrOpen
                            )
                    });
                    if continues {
                        let keep_inner = drop_from(&mut stack, 1);
                        stack[0].inner.extend(keep_inner);
                        skip_mark_at = Some(text.len() - para_start.len());
                    } else {
                        let orphans = drop_from(&mut stack, 0);
                        quotes.extend(orphans);
                    }
                }
            }
            continue;
        }
        let Some(fam) = family(c) else {
            continue;
        };
        if skip_mark_at == Some(at) {
            skip_mark_at = None;
            continue;
        }
        let role = role(text, at, c, prev, next);
        let closing = matches!(role, Role::Close | Role::CloseOrOpen)
            .then(|| {
                let depth = stack.len().saturating_sub(MAX_SEARCH_DEPTH);
                (depth..stack.len()).rev().find(|&i| closes(&stack[i], c))
            })
            .flatten();
        if let Some(i) = closing {
            let orphans = drop_from(&mut stack, i + 1);
            let open = stack.pop().expect("index found in stack");
            let range = trim(text, open.content_start..at);
            let parent = stack.last_mut().map(|p| &mut p.inner);
            match parent {
                Some(inner) => {
                    // Orphans sat inside this quote and go with it; the outer quote takes it over.
                    drop(orphans);
                    if !range.is_empty() {
                        inner.push(range);
                    }
                }
                None => {
                    if !range.is_empty() {
                        quotes.push(range);
                    }
                    // Orphans sat inside this quote, so they are part of it: drop them.
                }
            }
        } else if matches!(role, Role::Open | Role::CloseOrOpen) {
            stack.push(Open {
                family: fam,
                closer: closer_for(c),
                content_start: at + c.len_utf8(),
                inner: Vec::new(),
            });
        }
    }
    let orphans = drop_from(&mut stack, 0);
    quotes.extend(orphans);
    quotes.sort_by_key(|r| r.start);
    quotes
}

/// Removes the unclosed quotes at `from..` and returns the closed quotes they held.
fn drop_from(stack: &mut Vec<Open>, from: usize) -> Vec<Range<usize>> {
    let mut kept = Vec::new();
    for open in stack.drain(from.min(stack.len())..) {
        kept.extend(open.inner);
    }
    kept
}

fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let inner = &text[range.clone()];
    let start = range.start + (inner.len() - inner.trim_start().len());
    let end = range.end - (inner.len() - inner.trim_end().len());
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        find_ranges(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn marks_found_eight_bytes_at_a_time_as_one_by_one() {
        let pieces = [
            "plain words ",
            "\"",
            "'",
            "\n",
            "\r\n",
            "\u{0B}",
            "\t",
            "!#$%&()",
            "«",
            "é",
            "“",
            "」",
            "\u{7F}",
            "\u{1F}",
            "\u{0E}",
            "\u{0D}",
        ];
        for a in pieces {
            for b in pieces {
                for pad in 0..9 {
                    let text = format!("{}{a}{}{b}", "x".repeat(pad), " ".repeat(9 - pad));
                    let bytes = text.as_bytes();
                    for from in 0..bytes.len() {
                        assert_eq!(
                            next_may_matter(&bytes[from..]),
                            bytes[from..].iter().position(|&b| MAY_MATTER[b as usize]),
                            "{text:?} from {from}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn curly_double_and_single() {
        assert_eq!(
            quotes("He said “we will win” and ‘tactical pauses’ too."),
            ["we will win", "tactical pauses"]
        );
    }

    #[test]
    fn straight_marks_infer_direction() {
        assert_eq!(
            quotes(r#"She said "go home," and left. 'Fine,' he replied."#),
            ["go home,", "Fine,"]
        );
        assert_eq!(quotes(r#"("Yes") and:"No""#), ["Yes", "No"]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert!(quotes("Israel’s war, Hamas’s base, the students’ union, don’t.").is_empty());
        assert!(quotes("In the ’90s, rock ’n’ roll and O’Brien's '80s hits.").is_empty());
        assert!(quotes(r#"He is 5'10" tall and she is 6'1"."#).is_empty());
        assert_eq!(quotes("‘The students’ union,’ she said."), ["The students"]);
    }

    #[test]
    fn apostrophe_inside_a_quote() {
        assert_eq!(
            quotes("“We don’t know what Israel’s plans are,” he said."),
            ["We don’t know what Israel’s plans are,"]
        );
        assert_eq!(
            quotes("'It's the ’90s again,' she said."),
            ["It's the ’90s again,"]
        );
    }

    #[test]
    fn guillemets_both_directions_and_french_spaces() {
        assert_eq!(
            quotes("Il a dit « Bonjour » puis «merci»."),
            ["Bonjour", "merci"]
        );
        assert_eq!(quotes("Er sagte »Nein« und ›ja‹."), ["Nein", "ja"]);
    }

    #[test]
    fn low_nine_and_cjk() {
        assert_eq!(
            quotes("Er sagte „Nein“ und ‚ja‘. Polish „tak”."),
            ["Nein", "ja", "tak"]
        );
        assert_eq!(quotes("他说「你好」和『再见』。"), ["你好", "再见"]);
    }

    #[test]
    fn nested_quotes_belong_to_the_outer() {
        assert_eq!(
            quotes("“He called it ‘a pause’ today,” she said."),
            ["He called it ‘a pause’ today,"]
        );
        assert_eq!(
            quotes(r#""He said 'no' twice," she said."#),
            ["He said 'no' twice,"]
        );
    }

    #[test]
    fn unclosed_mark_stops_at_paragraph_end() {
        assert_eq!(
            quotes("“This never closes.\n\nNext “paragraph” here."),
            ["paragraph"]
        );
        assert_eq!(
            quotes("A stray \" mark, then “real one” here.\nMore."),
            ["real one"]
        );
        assert_eq!(
            quotes("\"Open with no close and “inner” kept\nNext line."),
            ["inner"]
        );
    }

    #[test]
    fn quotes_never_overlap() {
        assert_eq!(quotes("「「‘«n»」"), ["‘«n»"]);
        assert_eq!(quotes("「a「‘«n»」b」"), ["a「‘«n»」b"]);
    }

    #[test]
    fn multi_paragraph_quote_is_one() {
        let text = "“First paragraph of the speech.\n\n“Second paragraph ends here,” she said.";
        assert_eq!(
            quotes(text),
            ["First paragraph of the speech.\n\n“Second paragraph ends here,"]
        );
    }

    #[test]
    fn wrapped_lines_do_not_end_a_quote() {
        assert_eq!(
            quotes("“This quote was\nwrapped by a PDF,” he said."),
            ["This quote was\nwrapped by a PDF,"]
        );
    }

    #[test]
    fn thousands_of_marks_stay_sane() {
        let text = "“".repeat(10_000) + &"”".repeat(10_000);
        let found = find_ranges(&text);
        assert!(found.len() <= 1);
        let text = "\"'".repeat(10_000);
        let _ = find_ranges(&text);
    }
}
