//! The span model: what the detectors find and what callers receive.

use std::ops::Range;

/// What a span marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    /// Text between quotation marks, marks excluded.
    Quote,
    /// A numeric expression, written in digits or in words.
    Number,
    /// A proper noun: a person, place, organisation, group or other named thing.
    Name,
}

impl Kind {
    /// The lower-case name used in JSON and JavaScript (`"quote"`, `"number"`, `"name"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Quote => "quote",
            Kind::Number => "number",
            Kind::Name => "name",
        }
    }
}

/// What sort of thing a name refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NameType {
    /// A person: `Joe Biden`.
    Person,
    /// A place: `Gaza City`, `Israel`.
    Place,
    /// An organisation: `White House`, `OCHA`.
    Org,
    /// A nationality or other group: `Israeli`, `Palestinians`.
    Group,
    /// Anything else with a name: events, works, laws, products, languages.
    Other,
}

impl NameType {
    /// The lower-case name used in JSON and JavaScript.
    pub fn as_str(self) -> &'static str {
        match self {
            NameType::Person => "person",
            NameType::Place => "place",
            NameType::Org => "org",
            NameType::Group => "group",
            NameType::Other => "other",
        }
    }
}

/// How a number is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NumberType {
    /// A count: `240`, `four`, `10,000`.
    Cardinal,
    /// A number with a fractional part: `2.3`, `1/2`.
    Decimal,
    /// A percentage: `30%`, `10 per cent`.
    Percent,
    /// An amount of money: `$5bn`, `£3.2 million`.
    Money,
    /// An ordinal in digits: `7th`.
    Ordinal,
    /// A day of a month: `October 7`.
    Date,
    /// A year written alone: `in 2023`.
    Year,
    /// A time of day: `3pm`, `15:30`.
    Time,
    /// A measure with its unit: `5km`, `3 miles`.
    Quantity,
}

impl NumberType {
    /// The lower-case name used in JSON and JavaScript.
    pub fn as_str(self) -> &'static str {
        match self {
            NumberType::Cardinal => "cardinal",
            NumberType::Decimal => "decimal",
            NumberType::Percent => "percent",
            NumberType::Money => "money",
            NumberType::Ordinal => "ordinal",
            NumberType::Date => "date",
            NumberType::Year => "year",
            NumberType::Time => "time",
            NumberType::Quantity => "quantity",
        }
    }
}

/// Whether a quote is someone's words or a quoted term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QuoteType {
    /// Words someone said or wrote.
    Speech,
    /// A short quoted phrase ("scare quotes") that is not presented as anyone's words.
    Term,
}

impl QuoteType {
    /// The lower-case name used in JSON and JavaScript.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteType::Speech => "speech",
            QuoteType::Term => "term",
        }
    }
}

/// Who said a quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The name the speaker resolves to: the mention itself, or for a pronoun
    /// (`he said`) the nearest earlier name it refers to.
    pub name: String,
    /// Byte range of the mention the attribution was read from (`he`, `Kirby`).
    pub mention: Range<usize>,
}

/// What a span carries besides its range, by kind.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Attrs {
    /// A quotation.
    Quote {
        /// Speech or quoted term.
        quote_type: QuoteType,
        /// The speaker, when the article names one.
        speaker: Option<Speaker>,
    },
    /// A number.
    Number {
        /// How the number is used.
        number_type: NumberType,
        /// Its value, where it has one (`2.3mn` is 2300000, `October 7` is 7).
        value: Option<f64>,
        /// ISO 4217 code for money (`USD`, `GBP`).
        currency: Option<&'static str>,
        /// ISO 8601 form of a date: `2023-10-07`, or `--10-07` when no year is written.
        iso: Option<String>,
    },
    /// A proper noun.
    Name {
        /// What the name refers to.
        name_type: NameType,
        /// Which entity the mention refers to: mentions of one entity in a text (`Joe
        /// Biden`, `Biden`, `President Biden`) share the id. Ids count from 0 in order of
        /// first mention; they mean nothing across texts.
        entity: u32,
    },
}

/// One thing found in the text: a half-open UTF-8 byte range and its attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    range: Range<usize>,
    attrs: Attrs,
}

impl Span {
    pub(crate) fn new(range: Range<usize>, attrs: Attrs) -> Span {
        Span { range, attrs }
    }

    /// The kind of span.
    pub fn kind(&self) -> Kind {
        match self.attrs {
            Attrs::Quote { .. } => Kind::Quote,
            Attrs::Number { .. } => Kind::Number,
            Attrs::Name { .. } => Kind::Name,
        }
    }

    /// Byte offset of the first byte.
    pub fn start(&self) -> usize {
        self.range.start
    }

    /// Byte offset just past the last byte.
    pub fn end(&self) -> usize {
        self.range.end
    }

    /// The byte range in the analysed text.
    pub fn range(&self) -> Range<usize> {
        self.range.clone()
    }

    /// The spanned text, given the text that was analysed.
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range.clone()]
    }

    /// All attributes.
    pub fn attrs(&self) -> &Attrs {
        &self.attrs
    }

    /// A name's type, or for a number its type, or for a quote speech/term, as a string.
    pub fn type_str(&self) -> &'static str {
        match &self.attrs {
            Attrs::Quote { quote_type, .. } => quote_type.as_str(),
            Attrs::Number { number_type, .. } => number_type.as_str(),
            Attrs::Name { name_type, .. } => name_type.as_str(),
        }
    }

    /// A name's type.
    pub fn name_type(&self) -> Option<NameType> {
        match self.attrs {
            Attrs::Name { name_type, .. } => Some(name_type),
            _ => None,
        }
    }

    /// A name's entity id: equal for the mentions of one entity in the analysed text.
    ///
    /// ```
    /// let text = "Joe Biden spoke. Later, President Biden left Washington.";
    /// let spans = article_highlighter::analyze(text);
    /// let ids: Vec<_> = spans.iter().map(|s| (s.as_str(text), s.entity().unwrap())).collect();
    /// assert_eq!(ids, [("Joe Biden", 0), ("Biden", 0), ("Washington", 1)]);
    /// ```
    pub fn entity(&self) -> Option<u32> {
        match self.attrs {
            Attrs::Name { entity, .. } => Some(entity),
            _ => None,
        }
    }

    /// A number's value, where it has one.
    pub fn value(&self) -> Option<f64> {
        match self.attrs {
            Attrs::Number { value, .. } => value,
            _ => None,
        }
    }

    /// A date's ISO 8601 form (`2023-10-07`, or `--10-07` without a year).
    pub fn iso(&self) -> Option<&str> {
        match &self.attrs {
            Attrs::Number { iso, .. } => iso.as_deref(),
            _ => None,
        }
    }

    /// A number's ISO 4217 currency code, for money.
    pub fn currency(&self) -> Option<&'static str> {
        match self.attrs {
            Attrs::Number { currency, .. } => currency,
            _ => None,
        }
    }

    /// A quote's speaker, where the article names one.
    pub fn speaker(&self) -> Option<&Speaker> {
        match &self.attrs {
            Attrs::Quote { speaker, .. } => speaker.as_ref(),
            _ => None,
        }
    }

    pub(crate) fn attrs_mut(&mut self) -> &mut Attrs {
        &mut self.attrs
    }
}
