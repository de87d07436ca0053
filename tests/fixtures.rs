//! Whole sentences through the public API, checked as marked-up text.

mod common;

use article_highlighter::analyze;
use common::marked;

#[test]
fn wire_story_paragraph() {
    assert_eq!(
        marked("“We must act now,” Guterres said, as 10,000 people fled Gaza City."),
        "“[Q:We must act now,]” [N:Guterres] said, as [#:10,000] people fled [N:Gaza City]."
    );
}

#[test]
fn names_inside_quotes_nest() {
    assert_eq!(
        marked("“Talks with Hamas resume on Monday,” said Kirby."),
        "“[Q:Talks with [N:Hamas] resume on Monday,]” said [N:Kirby]."
    );
}

#[test]
fn money_percent_and_dates() {
    assert_eq!(
        marked("The fund raised $5bn, up 30% since 7 October 2023."),
        "The fund raised [#:$5bn], up [#:30%] since [#:7 October] [#:2023]."
    );
}

#[test]
fn titles_possessives_and_hyphen_joined_names() {
    assert_eq!(
        marked("President Biden met Israel’s leaders over the Israel-Hamas war."),
        "President [N:Biden] met [N:Israel]’s leaders over the [N:Israel]-[N:Hamas] war."
    );
}

#[test]
fn apostrophes_are_not_quotes() {
    assert_eq!(
        marked("Officials don’t expect the ’90s to return."),
        "Officials don’t expect the ’[#:90s] to return."
    );
}

#[test]
fn speakers_resolve_through_pronouns() {
    let text = "Ana Kowalczyk, the mayor, spoke first.\n\n“We are ready,” she said. “The trucks leave at dawn.”";
    let speakers: Vec<_> = analyze(text)
        .into_iter()
        .filter_map(|s| s.speaker().map(|p| p.name.clone()))
        .collect();
    assert_eq!(speakers, ["Ana Kowalczyk", "Ana Kowalczyk"]);
}

#[test]
fn plain_text_has_nothing() {
    assert_eq!(
        marked("nothing here to see, only plain words."),
        "nothing here to see, only plain words."
    );
    assert!(analyze("").is_empty());
}
