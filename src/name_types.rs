//! Word lists that tell what kind of thing a name is from the words right around it.
//!
//! `names` finds the names and weighs the evidence; these functions only answer, for
//! one lower-case word next to a name, what that word says about it:
//!
//! - a common noun in apposition before the name: `the novel Zorba` (a work), `the
//!   spacecraft Tarn` (a thing), `the band Velvet Moss` (an organisation);
//! - a noun followed by `of` before it: `the town of Varn`, `the Earl of Varn` (a place);
//! - a lower-case noun after it: `the Varn river`, `the Tarn spacecraft`;
//! - a verb or word after it that only people take: `Varn, who`, `Varn died`.

use crate::NameType;

/// The type that a common noun gives a name written right after it in apposition:
/// `the novel X`, `the film X`, `the ship X`, `the band X`.
pub(crate) fn noun_before(noun: &str) -> Option<NameType> {
    Some(match noun {
        "novel" | "novels" | "book" | "books" | "novella" | "poem" | "poems" | "film" | "films"
        | "movie" | "movies" | "documentary" | "sitcom" | "series" | "show" | "musical"
        | "opera" | "album" | "albums" | "song" | "songs" | "single" | "ep" | "episode"
        | "painting" | "sculpture" | "game" | "games" | "videogame" | "ship" | "vessel"
        | "yacht" | "liner" | "frigate" | "destroyer" | "submarine" | "spacecraft" | "probe"
        | "satellite" | "rover" | "rocket" | "mission" | "telescope" | "browser" | "software"
        | "app" | "programme" | "language" | "languages" | "religion" | "faith" | "festival"
        | "hurricane" | "typhoon" | "cyclone" | "storm" | "operation" | "treaty" | "titled"
        | "entitled" => NameType::Other,
        "band" | "group's" | "label" | "newspaper" | "newspapers" | "magazine" | "magazines"
        | "daily" | "weekly" | "broadcaster" | "network" | "channel" | "airline" | "carrier"
        | "firm" | "company" | "startup" | "retailer" | "club" | "charity" | "publisher"
        | "automaker" | "carmaker" | "bank" | "insurer" | "lender" | "party" | "militia" => {
            NameType::Org
        }
        "wife" | "husband" | "son" | "daughter" | "mother" | "father" | "brother" | "sister"
        | "uncle" | "aunt" | "nephew" | "niece" | "cousin" | "grandson" | "granddaughter"
        | "grandfather" | "grandmother" | "stepfather" | "stepmother" | "widow" | "widower"
        | "fiancé" | "fiancée" | "boyfriend" | "girlfriend" | "twin" | "friend" | "colleague"
        | "classmate" | "teammate" | "bandmate" | "co-star" | "dog" | "cat" => NameType::Person,
        "city" | "cities" | "town" | "towns" | "village" | "villages" | "island" | "islands"
        | "suburb" | "province" | "county" | "region" | "district" | "port" | "hamlet"
        | "municipality" | "resort" => NameType::Place,
        _ => return None,
    })
}

/// Nouns that make the name after `of` a place: `the town of X`, `the Earl of X`,
/// `north of X`.
pub(crate) fn place_before_of(noun: &str) -> bool {
    matches!(
        noun,
        "town"
            | "towns"
            | "city"
            | "cities"
            | "village"
            | "villages"
            | "hamlet"
            | "island"
            | "islands"
            | "isle"
            | "province"
            | "provinces"
            | "county"
            | "region"
            | "regions"
            | "district"
            | "state"
            | "states"
            | "desert"
            | "diocese"
            | "archdiocese"
            | "municipality"
            | "suburb"
            | "suburbs"
            | "borough"
            | "parish"
            | "capital"
            | "outskirts"
            | "streets"
            | "port"
            | "shores"
            | "coast"
            | "peninsula"
            | "valley"
            | "kingdom"
            | "emirate"
            | "republic"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "earl"
            | "duke"
            | "duchess"
            | "count"
            | "countess"
            | "marquess"
            | "marquis"
            | "baron"
            | "baroness"
            | "viscount"
            | "prince"
            | "princess"
            | "king"
            | "queen"
            | "emperor"
            | "bishop"
            | "archbishop"
            | "mayor"
            | "governor"
            | "residents"
            | "people"
            | "citizens"
            | "inhabitants"
    )
}

/// Words before a name that make it a place: `northern X`, `through X`.
pub(crate) fn place_before(word: &str) -> bool {
    matches!(
        word,
        "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
            | "downtown"
            | "through"
            | "along"
            | "beyond"
            | "off"
    )
}

/// Verbs of motion after which `to X` is a place: `moved to X`, `flights to X`.
pub(crate) fn motion_before_to(word: &str) -> bool {
    matches!(
        word,
        "moved"
            | "move"
            | "moving"
            | "returned"
            | "return"
            | "travelled"
            | "traveled"
            | "travel"
            | "flew"
            | "fly"
            | "flights"
            | "flight"
            | "went"
            | "emigrated"
            | "relocated"
            | "fled"
            | "drove"
            | "sailed"
            | "headed"
            | "trip"
            | "journey"
            | "route"
            | "road"
            | "ferry"
            | "ferries"
            | "trains"
            | "bus"
            | "buses"
            | "deported"
            | "evacuated"
            | "exiled"
            | "banished"
            | "migrated"
            | "north"
            | "south"
            | "east"
            | "west"
            | "back"
            | "miles"
            | "kilometres"
            | "kilometers"
            | "km"
    )
}

/// The type that a lower-case noun right after a name gives it: `the Varn river`,
/// `the Tarn spacecraft`, `the Varn band`.
pub(crate) fn noun_after(noun: &str) -> Option<NameType> {
    Some(match noun {
        "river" | "island" | "islands" | "sea" | "lake" | "lakes" | "mountain" | "mountains"
        | "range" | "county" | "district" | "region" | "province" | "street" | "avenue"
        | "road" | "st" | "ave" | "blvd" | "rd" | "city" | "town" | "village" | "valley"
        | "bay" | "peninsula" | "airport" | "neighbourhood" | "neighborhood" | "square"
        | "border" | "coast" | "desert" | "strait" | "canal" | "suburb" | "archipelago"
        | "glacier" | "volcano" | "beach" | "beaches" | "harbour" | "harbor" | "creek"
        | "falls" | "gulf" | "ocean" => NameType::Place,
        "spacecraft" | "probe" | "satellite" | "rover" | "mission" | "browser" | "software"
        | "app" | "series" | "novel" | "film" | "movie" | "album" | "sitcom" | "franchise"
        | "language" | "languages" | "festival" | "pilgrimage" | "holiday" | "award" | "awards"
        | "prize" | "trophy" | "treaty" | "hypothesis" | "theorem" | "syndrome" | "disease"
        | "virus" | "vaccine" | "console" | "smartphone" | "operating" | "programming" => {
            NameType::Other
        }
        "band" | "team" | "club" | "company" | "newspaper" | "magazine" | "airline"
        | "airlines" | "brand" | "franchisee" | "label" | "network" | "charity" | "firm"
        | "spokesman" | "spokeswoman" | "spokesperson" | "employees" | "staff" | "headquarters"
        | "shareholders" | "subsidiary" | "chief" | "ceo" | "founder" | "website" | "site" => {
            NameType::Org
        }
        "people" | "peoples" | "tribe" | "tribes" | "tribesmen" | "clan" | "clans" | "descent"
        | "ancestry" | "settlers" | "immigrants" | "migrants" => NameType::Group,
        _ => return None,
    })
}

/// Words after a name that only people take: `X, who`, `X died`, `X was born`.
pub(crate) fn person_after(word: &str) -> bool {
    matches!(
        word,
        "died"
            | "dies"
            | "married"
            | "marries"
            | "smiled"
            | "laughed"
            | "shrugged"
            | "nodded"
            | "wrote"
            | "himself"
            | "herself"
            | "resigned"
            | "testified"
            | "apologised"
            | "apologized"
            | "graduated"
    )
}

/// Nouns after a possessive name that only people have: `X's wife`, `X's career`.
pub(crate) fn person_possession(noun: &str) -> bool {
    matches!(
        noun,
        "wife"
            | "husband"
            | "son"
            | "sons"
            | "daughter"
            | "daughters"
            | "father"
            | "mother"
            | "parents"
            | "brother"
            | "sister"
            | "widow"
            | "girlfriend"
            | "boyfriend"
            | "fiancé"
            | "fiancée"
            | "fiance"
            | "fiancee"
            | "children"
            | "birth"
            | "death"
            | "funeral"
            | "grave"
            | "birthday"
            | "childhood"
            | "mistress"
            | "lawyer"
            | "attorney"
            | "biographer"
            | "memoir"
            | "memoirs"
            | "autobiography"
    )
}

/// Endings of single-word place names in many languages: `Varnville`, `Qarlostadt`,
/// `Tarnabad`, `Orvelgade` (a street). Person names rarely end so.
pub(crate) fn has_place_ending(lower: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ville", "stadt", "grad", "abad", "istan", "pur", "pura", "polis", "vej", "gade",
        "strasse", "straße", "gasse", "platz", "straat", "gracht", "plein", "torget", "gatan",
        "vägen", "ulica", "utca", "caddesi", "sokak", "köy", "hafen", "shire",
    ];
    lower.chars().count() > 6 && ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Does `acronym` spell the initials of the lower-case words that end `before`
/// (`soil moisture index (SMI)`)? Such an acronym names a term, not an organisation,
/// whose words would be capitalised. Small words may sit in between (`rate of return`),
/// and a hyphenated word may give one letter or one per part (`cross-border`).
pub(crate) fn spells_lower_case_words(before: &str, acronym: &str) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if letters.len() < 2 || letters.len() > 8 {
        return false;
    }
    let mut want = letters.iter().rev().peekable();
    let words = before
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .rev()
        .filter(|w| !w.is_empty())
        .take(letters.len() * 2 + 2);
    for w in words {
        let Some(first) = w.chars().next() else {
            continue;
        };
        if !first.is_lowercase() {
            return false;
        }
        match want.peek() {
            Some(&&l) if l == first => {
                want.next();
                if want.peek().is_none() {
                    return true;
                }
            }
            _ if matches!(
                w,
                "of" | "and" | "the" | "for" | "in" | "on" | "to" | "a" | "an"
            ) => {}
            _ => return false,
        }
    }
    false
}

/// Nouns that start the name of an event, a work, a law or a storm: `Battle of Varna`,
/// `Hurricane Qarla`, `Gospel of Tarn`, `Title IX`.
pub(crate) fn other_first(w: &str) -> bool {
    matches!(
        w,
        "battle"
            | "siege"
            | "sack"
            | "fall"
            | "invasion"
            | "conquest"
            | "massacre"
            | "treaty"
            | "peace"
            | "war"
            | "festival"
            | "feast"
            | "book"
            | "gospel"
            | "epistle"
            | "letter"
            | "acts"
            | "declaration"
            | "statute"
            | "edict"
            | "hurricane"
            | "typhoon"
            | "cyclone"
            | "storm"
            | "operation"
            | "title"
            | "article"
            | "chapter"
            | "section"
            | "amendment"
            | "proposition"
            | "prop"
    )
}

/// Nouns that start the name of an organisation in languages that put the noun first:
/// `Universidad de Varna`, `Teatro Qarlo`, `Partido Verde`.
pub(crate) fn org_first(w: &str) -> bool {
    matches!(
        w,
        "universidad"
            | "universidade"
            | "université"
            | "universite"
            | "universität"
            | "universitat"
            | "universiteit"
            | "università"
            | "universita"
            | "universitas"
            | "uniwersytet"
            | "instituto"
            | "conservatoire"
            | "conservatorio"
            | "académie"
            | "academia"
            | "akademie"
            | "biblioteca"
            | "bibliothèque"
            | "bibliotheek"
            | "bibliothek"
            | "museo"
            | "musée"
            | "institut"
            | "istituto"
            | "centro"
            | "théâtre"
            | "theatre"
            | "teatro"
            | "teatr"
            | "comédie"
            | "banco"
            | "banque"
            | "ministerio"
            | "ministère"
            | "ministero"
            | "partido"
            | "parti"
            | "partito"
            | "partei"
            | "fundación"
            | "fundação"
            | "fondation"
            | "fondazione"
            | "stiftung"
            | "sociedad"
            | "société"
            | "società"
            | "compañía"
            | "compagnie"
            | "companhia"
            | "asociación"
            | "associação"
            | "agence"
            | "agencia"
            | "agenzia"
            | "conseil"
            | "consejo"
            | "consiglio"
            | "comité"
            | "comitato"
            | "colegio"
            | "liceo"
            | "lycée"
            | "movimento"
            | "movimiento"
            | "mouvement"
            | "frente"
            | "unión"
            | "união"
    )
}

/// Nouns that start the name of a place in languages that put the noun first:
/// `Calle Varna`, `Piazza Qarlo`, `Masjid Tarn`.
pub(crate) fn place_first(w: &str) -> bool {
    matches!(
        w,
        "rue"
            | "calle"
            | "avenida"
            | "paseo"
            | "plaza"
            | "piazza"
            | "piazzale"
            | "praça"
            | "plac"
            | "ulica"
            | "viale"
            | "corso"
            | "rua"
            | "largo"
            | "catedral"
            | "cathédrale"
            | "iglesia"
            | "église"
            | "igreja"
            | "chiesa"
            | "palacio"
            | "palais"
            | "palazzo"
            | "castillo"
            | "château"
            | "castello"
            | "schloss"
            | "parque"
            | "parc"
            | "parco"
            | "isla"
            | "île"
            | "ile"
            | "isola"
            | "ilha"
            | "playa"
            | "praia"
            | "plage"
            | "cerro"
            | "masjid"
            | "masjed"
            | "wadi"
            | "jebel"
            | "jabal"
            | "kafr"
            | "beit"
            | "deir"
            | "qasr"
            | "souk"
            | "pointe"
            | "anse"
            | "baie"
            | "morne"
    )
}

/// Words that name a part of a place before or after its name: `East Varnland`,
/// `Upper Qarlo`, `Varnby West`.
pub(crate) fn is_place_part(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "upper"
            | "lower"
            | "greater"
            | "inner"
            | "outer"
            | "new"
            | "old"
    )
}

/// Road numbers: `I-95`, `US-1`, `SR-51`.
pub(crate) fn is_road_number(name: &str) -> bool {
    let rest = ["I-", "US-", "SR-", "US ", "SR "]
        .iter()
        .find_map(|p| name.strip_prefix(p));
    rest.is_some_and(|r| !r.is_empty() && r.len() <= 4 && r.bytes().all(|b| b.is_ascii_digit()))
}

/// Words after a road's number: `the M4 westbound`.
pub(crate) fn road_after(w: &str) -> bool {
    matches!(
        w,
        "northbound" | "southbound" | "eastbound" | "westbound" | "motorway" | "interchange"
    )
}

/// The place names that a word for its people may come from, most likely first:
/// `Tulsans` → `tulsa`, `Bostonian` → `boston`, `Londoners` → `london`,
/// `Brooklynites` → `brooklyn`. Empty when the word has no such ending.
pub(crate) fn demonym_stems(lower: &str) -> Vec<String> {
    let w = lower
        .strip_suffix("ns")
        .map(|s| format!("{s}n"))
        .or_else(|| lower.strip_suffix("ers").map(|s| format!("{s}er")))
        .or_else(|| lower.strip_suffix("ites").map(|s| format!("{s}ite")))
        .unwrap_or_else(|| lower.to_string());
    let mut out = Vec::new();
    let mut add = |stem: &str, endings: &[&str]| {
        if stem.chars().count() >= 3 {
            for e in endings {
                out.push(format!("{stem}{e}"));
            }
        }
    };
    if let Some(stem) = w.strip_suffix("ian") {
        add(stem, &["", "ia", "e", "y"]);
    } else if let Some(stem) = w.strip_suffix("an") {
        add(stem, &["", "a", "e", "o"]);
    } else if let Some(stem) = w.strip_suffix("ite") {
        add(stem, &["", "e"]);
    } else if let Some(stem) = w.strip_suffix("er") {
        if stem.chars().count() >= 4 {
            add(stem, &[""]);
        }
    }
    out
}

/// Single words that name a belief, movement or practice by their ending
/// (`Zorbism`): things, not people.
pub(crate) fn is_doctrine_word(lower: &str) -> bool {
    lower.len() > 5 && (lower.ends_with("ism") || lower.ends_with("isms"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_answer_for_their_own_words() {
        assert_eq!(noun_before("novel"), Some(NameType::Other));
        assert_eq!(noun_before("band"), Some(NameType::Org));
        assert_eq!(noun_before("town"), Some(NameType::Place));
        assert_eq!(noun_before("said"), None);
        assert!(place_before_of("earl") && place_before_of("village"));
        assert!(!place_before_of("friend"));
        assert_eq!(noun_after("river"), Some(NameType::Place));
        assert_eq!(noun_after("administration"), None);
        assert_eq!(noun_after("tribe"), Some(NameType::Group));
        assert!(person_after("died") && !person_after("said"));
        assert!(person_possession("wife") && !person_possession("economy"));
        assert!(is_doctrine_word("zorbism") && !is_doctrine_word("prism"));
        assert!(spells_lower_case_words("the mean zonal wind", "MZW"));
        assert!(spells_lower_case_words("a rate of return", "ROR"));
        assert!(spells_lower_case_words("his cross-border trade", "CBT"));
        assert!(!spells_lower_case_words(
            "the World Health Organization",
            "WHO"
        ));
        assert!(!spells_lower_case_words("said the mean wind", "MZW"));
        assert!(is_road_number("I-95") && is_road_number("US-1") && !is_road_number("F-35"));
        assert!(demonym_stems("tulsans").contains(&"tulsa".to_string()));
        assert!(demonym_stems("bostonian").contains(&"boston".to_string()));
        assert!(demonym_stems("londoners").contains(&"london".to_string()));
        assert!(demonym_stems("smith").is_empty());
        assert!(other_first("hurricane") && !other_first("mount"));
        assert!(org_first("universidad") && place_first("calle") && !place_first("john"));
        assert!(road_after("westbound") && is_place_part("upper"));
        assert!(has_place_ending("qarlostadt") && has_place_ending("orvelgade"));
        assert!(!has_place_ending("grad") && !has_place_ending("smith"));
    }
}
