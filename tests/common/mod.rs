//! Shows spans inline so a fixture reads like the text: `“[Q:We will]” said [N:Kirby]`.

use article_highlighter::{analyze, Kind};

/// Marks every span: `[Q:…]` quotes, `[#:…]` numbers, `[N:…]` names. Nested spans nest.
pub fn marked(text: &str) -> String {
    let spans = analyze(text);
    let mut events: Vec<(usize, bool, usize, &'static str)> = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        let tag = match s.kind() {
            Kind::Quote => "Q",
            Kind::Number => "#",
            Kind::Name => "N",
            _ => "?",
        };
        events.push((s.start(), true, i, tag));
        events.push((s.end(), false, i, tag));
    }
    // At one offset: closings before openings; outer spans open first and close last.
    events.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(a.1.cmp(&b.1))
            .then_with(|| if a.1 { a.2.cmp(&b.2) } else { b.2.cmp(&a.2) })
    });
    let mut out = String::new();
    let mut at = 0;
    for (offset, open, _, tag) in events {
        out.push_str(&text[at..offset]);
        at = offset;
        if open {
            out.push('[');
            out.push_str(tag);
            out.push(':');
        } else {
            out.push(']');
        }
    }
    out.push_str(&text[at..]);
    out
}
