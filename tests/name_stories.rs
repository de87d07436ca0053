//! Whole invented texts, two per genre or so (news, politics, sport, court and science
//! reports, interview, phone-in, how-to and travel guides, biographies, fiction, an
//! academic abstract, a forum thread), with every name and its type
//! written by hand inline as `[[text|type]]` (`tests/fixtures/names/`). Single sentences
//! in unit tests check one rule each; these check that the rules add up on a whole text
//! of the kinds users paste. Detection and typing are scored as the evaluation scorer
//! scores them (exact spans; type accuracy over the names found), and must stay above
//! floors set a little under what the engine scores now, so a rule that helps one genre
//! and quietly costs another shows up here.

use article_highlighter::{analyze, Kind};

/// Compiled in, so the same check runs natively and on wasm32.
const STORIES: [(&str, &str); 16] = [
    ("academic", include_str!("fixtures/names/academic1.txt")),
    ("biography", include_str!("fixtures/names/bio1.txt")),
    ("fiction", include_str!("fixtures/names/fiction1.txt")),
    ("forum", include_str!("fixtures/names/forum1.txt")),
    ("how-to", include_str!("fixtures/names/howto1.txt")),
    ("interview", include_str!("fixtures/names/interview1.txt")),
    ("news", include_str!("fixtures/names/news1.txt")),
    ("travel", include_str!("fixtures/names/travel1.txt")),
    ("biography 2", include_str!("fixtures/names/bio2.txt")),
    ("phone-in", include_str!("fixtures/names/conversation1.txt")),
    ("court report", include_str!("fixtures/names/court1.txt")),
    ("travel 2", include_str!("fixtures/names/guide2.txt")),
    ("how-to 2", include_str!("fixtures/names/howto2.txt")),
    ("politics", include_str!("fixtures/names/news2.txt")),
    ("science news", include_str!("fixtures/names/science1.txt")),
    ("sport", include_str!("fixtures/names/sport1.txt")),
];

/// A name written by hand: byte range in the plain text, and its type.
struct Wanted {
    start: usize,
    end: usize,
    kind: String,
}

/// The plain text and the names of a `[[text|type]]` marked-up story.
fn unmark(marked: &str) -> (String, Vec<Wanted>) {
    let mut text = String::with_capacity(marked.len());
    let mut wanted = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find("[[") {
        text.push_str(&rest[..open]);
        let inner = &rest[open + 2..];
        let close = inner.find("]]").expect("every [[ is closed");
        let (name, kind) = inner[..close].split_once('|').expect("[[text|type]]");
        wanted.push(Wanted {
            start: text.len(),
            end: text.len() + name.len(),
            kind: kind.to_string(),
        });
        text.push_str(name);
        rest = &inner[close + 2..];
    }
    text.push_str(rest);
    (text, wanted)
}

#[derive(Default, Debug)]
struct Tally {
    wanted: usize,
    found: usize,
    exact: usize,
    typed_right: usize,
    misses: Vec<String>,
}

fn score(story: &str, marked: &str, tally: &mut Tally) {
    let (text, wanted) = unmark(marked);
    let found: Vec<_> = analyze(&text)
        .into_iter()
        .filter(|s| s.kind() == Kind::Name)
        .collect();
    tally.wanted += wanted.len();
    tally.found += found.len();
    for w in &wanted {
        match found
            .iter()
            .find(|s| s.start() == w.start && s.end() == w.end)
        {
            Some(s) => {
                tally.exact += 1;
                if s.type_str() == w.kind {
                    tally.typed_right += 1;
                } else {
                    let got = s.type_str();
                    let name = &text[w.start..w.end];
                    tally
                        .misses
                        .push(format!("{story}: {name} is {}, not {got}", w.kind));
                }
            }
            None => {
                let name = &text[w.start..w.end];
                tally
                    .misses
                    .push(format!("{story}: {name} not found as written"));
            }
        }
    }
}

#[test]
fn names_and_types_hold_across_whole_texts_of_every_genre() {
    let mut tally = Tally::default();
    for (story, marked) in STORIES {
        score(story, marked, &mut tally);
    }
    let precision = tally.exact as f64 / tally.found as f64;
    let recall = tally.exact as f64 / tally.wanted as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    let type_accuracy = tally.typed_right as f64 / tally.exact as f64;
    // Printed (with --nocapture) so a change's effect can be read off, misses included.
    println!(
        "{} names written, {} found: exact P {precision:.3} R {recall:.3} F1 {f1:.3}, type accuracy {type_accuracy:.3}",
        tally.wanted, tally.found
    );
    for miss in &tally.misses {
        println!("  {miss}");
    }
    assert!(f1 >= FLOOR_EXACT_F1, "exact F1 {f1:.3}");
    assert!(
        type_accuracy >= FLOOR_TYPE_ACCURACY,
        "type accuracy {type_accuracy:.3}"
    );
}

const FLOOR_EXACT_F1: f64 = 0.95;
const FLOOR_TYPE_ACCURACY: f64 = 0.86;

#[test]
fn markup_round_trips() {
    let (text, wanted) = unmark("Ask [[Ada Varga|person]] in [[Oslo|place]].");
    assert_eq!(text, "Ask Ada Varga in Oslo.");
    assert_eq!(&text[wanted[0].start..wanted[0].end], "Ada Varga");
    assert_eq!(wanted[1].kind, "place");
}
