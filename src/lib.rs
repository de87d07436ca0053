//! Finds the things a critical reader of a news article wants to see: every **quotation**
//! (and who said it), every **number** (and its value) and every **proper noun** (and what
//! it names).
//!
//! The hard cases are the point: an apostrophe is not a closing quote (`Israel’s`,
//! `don't`), a straight `"` has no direction, a capital letter may only start a sentence,
//! `President Biden` is a name after a title, and `2.3mn` is 2,300,000.
//!
//! ```
//! use article_highlighter::{analyze, Kind};
//!
//! let text = "“We must act now,” Guterres said, as 10,000 people fled Gaza City.";
//! let spans = analyze(text);
//! let found: Vec<(Kind, &str)> = spans.iter().map(|s| (s.kind(), s.as_str(text))).collect();
//! assert_eq!(found, [
//!     (Kind::Quote, "We must act now,"),
//!     (Kind::Name, "Guterres"),
//!     (Kind::Number, "10,000"),
//!     (Kind::Name, "Gaza City"),
//! ]);
//! assert_eq!(spans[0].speaker().unwrap().name, "Guterres");
//! assert_eq!(spans[2].value(), Some(10000.0));
//! ```
//!
//! Offsets are UTF-8 byte ranges into the text; [`offsets`] converts them to UTF-16
//! (JavaScript) or code-point indices in one pass. Spans come sorted by start; spans of
//! the same kind never overlap, while a name or number may sit inside a quote.
//!
//! [`analyze`] never panics and runs in time linear in its input, whatever the input.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod lexicon;
mod name_types;
mod names;
mod numbers;
pub mod offsets;
mod quotes;
mod span;
mod speakers;
mod token;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use span::{Attrs, Kind, NameType, NumberType, QuoteType, Span, Speaker};

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub use wasm::analyze as analyze_js;

/// The longest text the JavaScript binding accepts, in UTF-16 code units (64 Mi, about
/// 64 MB of English). Longer texts get an error instead of a result: the WebAssembly
/// module's memory is bounded, and running out of it would abort the module. Native
/// callers of [`analyze`] have no such limit; memory use is about 20 bytes per input byte.
pub const MAX_INPUT_LEN: usize = 64 * 1024 * 1024;

/// Finds quotes, numbers and names in `text`, sorted by start offset.
///
/// ```
/// let spans = article_highlighter::analyze("Prices rose 30% in March, the Bank of England said.");
/// let texts: Vec<_> = spans.iter().map(|s| s.kind().as_str()).collect();
/// assert_eq!(texts, ["number", "name"]);
/// ```
pub fn analyze(text: &str) -> Vec<Span> {
    Analyzer::new().analyze(text)
}

/// Chooses which kinds of span to look for; [`analyze`] looks for all of them.
///
/// Skipping a kind skips its work, except that quotes need names to find their speakers.
///
/// ```
/// use article_highlighter::{Analyzer, Kind};
///
/// let text = "“We are ready,” Kirby said of the 10,000 troops.";
/// let spans = Analyzer::new().names(false).numbers(false).analyze(text);
/// assert_eq!(spans.len(), 1);
/// assert_eq!(spans[0].kind(), Kind::Quote);
/// assert_eq!(spans[0].speaker().unwrap().name, "Kirby");
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    quotes: bool,
    numbers: bool,
    names: bool,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

impl Analyzer {
    /// An analyzer that finds every kind.
    pub fn new() -> Analyzer {
        Analyzer {
            quotes: true,
            numbers: true,
            names: true,
        }
    }

    /// Whether to find quotations (and their speakers).
    pub fn quotes(&mut self, yes: bool) -> &mut Analyzer {
        self.quotes = yes;
        self
    }

    /// Whether to find numbers.
    pub fn numbers(&mut self, yes: bool) -> &mut Analyzer {
        self.numbers = yes;
        self
    }

    /// Whether to find names.
    pub fn names(&mut self, yes: bool) -> &mut Analyzer {
        self.names = yes;
        self
    }

    /// Finds the chosen kinds in `text`, sorted by start offset.
    pub fn analyze(&self, text: &str) -> Vec<Span> {
        let tokens = token::tokenize(text);
        let names = if self.names || self.quotes {
            names::find(text, &tokens)
        } else {
            Vec::new()
        };
        let mut quotes = if self.quotes {
            quotes::find(text)
        } else {
            Vec::new()
        };
        speakers::attribute(text, &tokens, &mut quotes, &names);
        let numbers = if self.numbers {
            numbers::find(text, &tokens)
        } else {
            Vec::new()
        };

        let names = if self.names { names } else { Vec::new() };
        let mut spans = Vec::with_capacity(quotes.len() + numbers.len() + names.len());
        spans.extend(quotes);
        spans.extend(numbers);
        spans.extend(names);
        // Stable sort: at one start, quotes come before the numbers and names inside them.
        spans.sort_by_key(|s| (s.start(), s.kind()));
        spans
    }
}
