//! Prints the spans of the text on standard input, one per line, tab-separated:
//! kind, start, end (code points), type, value, speaker, text.
//!
//! `cargo run --release --example spans < article.txt` — a quick native look at what the
//! engine finds, without building the WebAssembly.

use std::io::Read;

use article_highlighter::offsets::Converter;

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let spans = article_highlighter::analyze(&text);
    // Convert every offset in one ascending sweep.
    let mut offsets: Vec<usize> = spans.iter().flat_map(|s| [s.start(), s.end()]).collect();
    offsets.sort_unstable();
    offsets.dedup();
    let mut chars = Converter::chars(&text);
    let converted: Vec<usize> = offsets.iter().map(|&b| chars.convert(b)).collect();
    let to_chars = |b: usize| converted[offsets.binary_search(&b).expect("offset was collected")];
    let mut out = String::new();
    for span in &spans {
        let start = to_chars(span.start());
        let end = to_chars(span.end());
        let value = span.value().map(|v| v.to_string()).unwrap_or_default();
        let speaker = span
            .speaker()
            .map(|s| s.name.replace(['\t', '\n'], " "))
            .unwrap_or_default();
        let shown = span.as_str(&text).replace(['\t', '\n', '\r'], " ");
        out.push_str(&format!(
            "{}\t{start}\t{end}\t{}\t{value}\t{speaker}\t{shown}\n",
            span.kind().as_str(),
            span.type_str()
        ));
    }
    print!("{out}");
    Ok(())
}
