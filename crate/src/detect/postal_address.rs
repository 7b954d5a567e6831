//! `postal_address`: Postal addresses: a street with a number, a postcode with a town.
//!
//! Every address holds a number, so the scan only stops at digits (a cheap
//! byte loop) and validates around each digit run in bounded windows:
//!
//! - a house number after a street name that carries a street type, as the
//!   end of a word ("Bahnhofstrasse 12", "Kerkstraat 5", "Hauptstr. 5a"), as
//!   a word after a name ("Václavské náměstí 12") or as a word before the name
//!   ("Rue du Rhône 42", "Via Roma 1");
//! - a house number before the street ("221B Baker Street", "12 rue de la
//!   Paix");
//! - a postcode of a supported country (CH/AT 4 digits, DE/FR/IT 5 digits, NL
//!   4 digits and 2 letters, CZ 3+2 digits, GB outward+inward code, US state
//!   and ZIP) with a town, taken alone only where addresses stand (line
//!   start, after a comma or label, with a country prefix) and only when the
//!   town word is a capitalised word that is not a currency, unit or common
//!   noun ("8000 Franken", "2024 war ein gutes Jahr" stay silent).
//!
//! A street line followed by its postcode line (same line after a comma, or
//! the next line) is one finding spanning both.

use std::ops::Range;

use super::lexicon_common::{
    is_capitalised, is_upper, letters_end, letters_start, skip_spaces, skip_spaces_back, WordSet,
};
use super::util::{is_word_byte, word_end, word_start};
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "postal_address",
    category: Category::Personal,
    description: describe!("Postal addresses: a street name with a street type (Strasse, rue, via, straat, náměstí, \
                  Street …) and a house number, and/or a postcode of CH, AT, DE, FR, IT, NL, CZ, GB or \
                  the US followed by a town; a lone postcode and town needs the place of an address (line \
                  start, comma, label, country prefix) and a town word that is not a common noun."),
    priority: 45,
    matches: examples![
        ("Schicken Sie es an Bahnhofstrasse 12, 8001 Zürich bitte", "Bahnhofstrasse 12, 8001 Zürich"),
        ("Meine neue Adresse:\nHauptstr. 5a\n10115 Berlin", "Hauptstr. 5a\n10115 Berlin"),
        ("Vous pouvez passer au Rue du Rhône 42, on vous attend", "Rue du Rhône 42"),
        ("Il pacco va a Via Roma 1, 00184 Roma", "Via Roma 1, 00184 Roma"),
        ("Stuur het naar Kerkstraat 5, 1012 AB Amsterdam", "Kerkstraat 5, 1012 AB Amsterdam"),
        ("Sejdeme se na adrese Václavské náměstí 12, 110 00 Praha 1", "Václavské náměstí 12, 110 00 Praha 1"),
        ("Our office moved to 221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),
        ("12 rue de la Paix\n75002 Paris", "12 rue de la Paix\n75002 Paris"),
        ("Spedire a Via Garibaldi, 18\n40121 Bologna", "Via Garibaldi, 18\n40121 Bologna"),
        ("Indirizzo: Corso Vittorio Emanuele, 7 Scala B Interno 4, 10121 Torino", "Corso Vittorio Emanuele, 7 Scala B Interno 4, 10121 Torino"),
        ("Nuova sede: Viale Monza, 120 Piano 3, 20127 Milano", "Viale Monza, 120 Piano 3, 20127 Milano"),
        ("Onze winkel verhuist naar Veldstraat 52, 9000 Gent", "Veldstraat 52, 9000 Gent"),
        ("Pošlete to na adresu Masarykova 427/31, 602 00 Brno", "Masarykova 427/31, 602 00 Brno"),
        ("Jan Novák, bytem Husova 12, 370 01 České Budějovice", "Husova 12, 370 01 České Budějovice"),
        ("Firma XY, sídlo Palackého 5, 602 00 Brno", "Palackého 5, 602 00 Brno"),
        ("Herr Huber, wohnhaft Lindenhof 7, 6003 Luzern", "Lindenhof 7, 6003 Luzern"),
        ("Mme Roux, domiciliée Les Arcades 4, 1201 Genève", "Les Arcades 4, 1201 Genève"),
        ("Livraison au 58 bis rue Mercière, 69002 Lyon", "58 bis rue Mercière, 69002 Lyon"),
        ("Nieuw adres: Amsterdamse Veerkade 7, 2512 AH Den Haag", "Amsterdamse Veerkade 7, 2512 AH Den Haag"),
        ("Neue Anschrift: Alte Landstrasse 9, 8802 Kilchberg", "Alte Landstrasse 9, 8802 Kilchberg"),
        ("Ons adres is Jan van Galenstraat 12, 1051 KM Amsterdam", "Jan van Galenstraat 12, 1051 KM Amsterdam"),
        ("Protokol k bytu na adrese Bělehradská 245/35, 120 00 Praha 2 podepíšeme v sobotu.", "Bělehradská 245/35, 120 00 Praha 2"),
        ("Address: 112 O'Connell Street, Limerick, V94 Y2K1. Call first.", "112 O'Connell Street, Limerick, V94 Y2K1"),
        ("Ship it to my home:\n1981 Larimer Street\nDenver, CO 80202", "1981 Larimer Street\nDenver, CO 80202"),
        ("Bitte den Brief an Ahornweg 6, 04109 Leipzig schicken", "Ahornweg 6, 04109 Leipzig"),
        ("Quittung an Am Mühlbach 12\n79098 Freiburg, danke!", "Am Mühlbach 12\n79098 Freiburg"),
        ("Sraz na Vinohradská 1511/230, 100 00 Praha 2 🙏", "Vinohradská 1511/230, 100 00 Praha 2"),
        ("verzamelen Vismarkt 7, 9711 LV Groningen om negen uur", "Vismarkt 7, 9711 LV Groningen"),
        ("Nová adresa: Na Poříčí 1041/12, 110 00 Praha 1", "Na Poříčí 1041/12, 110 00 Praha 1"),
    ],
    ignores: examples![
        ("Das kostet 8000 Franken im Jahr", "a price, not a postcode and town"),
        ("Model Falcon, A12 BCDE is sold out", "a product code without a digit in its second part"),
        ("2024 war ein gutes Jahr für uns", "a year followed by a verb"),
        ("Wir haben Platz 1 im Ranking erreicht!", "a rank, not a street"),
        ("Parkplatz 12 ist ab Montag frei", "a parking space number"),
        ("Update auf Version 1.2.3.4 via Intune", "a version number"),
        ("Order 12345 shipped to Berlin yesterday", "an order number before a town, not an address"),
        ("Spring 2024 collection drops tomorrow", "a season and a year"),
        ("Ruf uns an via WhatsApp 24/7", "a messenger and opening hours"),
        ("Ci vediamo in piazza, 20 minuti dopo", "a square and minutes, no street name"),
        ("Abbiamo preso la strada Statale, 3 ore di viaggio", "a road and hours, lowercase type"),
        ("Wir waren in Halle 3, 2000 Gäste kamen", "a hall number and a head count"),
        ("Spielstand 12 bis 14 für uns", "'bis' between numbers, no street"),
        ("la compression prend 1,5 Gio (1536 Mio) de mémoire", "a data size, not a postcode and town"),
        ("Die Frequenz liegt zwischen 2 Hz und 8192 Hz", "a frequency unit after four digits"),
        ("Kapitel 3, 2000 Seiten später", "a chapter and a page count, no town"),
        ("Termin Montag 12, Zimmer 5", "a weekday and a room, no postcode"),
    ],
}];

const RULE: &str = "postal_address";

/// Street types written as the end of a word: "Bahnhofstrasse", "Kerkstraat".
#[rustfmt::skip]
const COMPOUND_TYPES: &[&str] = &[
    "allee", "chaussee", "damm", "dijk", "dreef", "gasse", "graben", "gracht", "gässli", "kade",
    "laan", "platz", "plein", "promenade", "quai", "ring", "singel", "steeg", "steig", "str.",
    "straat", "strasse", "straße", "ufer", "weg", "zeile",
];

/// Compounds of a street type that name something else ("Parkplatz 12").
#[rustfmt::skip]
const NOT_STREETS: &[&str] = &[
    "arbeitsplatz", "campingplatz", "heimweg", "hinweg", "parkplatz", "rückweg", "sitzplatz",
    "speicherplatz", "spielplatz", "startplatz", "steckplatz", "stellplatz", "tabellenplatz",
];

/// Street types written as a word after the name: "Mittlere Strasse 12".
#[rustfmt::skip]
const TYPES_AFTER: &[&str] = &[
    "allee", "avenue", "drive", "gasse", "lane", "nábřeží", "náměstí", "platz", "ring", "road",
    "strasse", "straße", "street", "třída", "weg",
];

/// Street types written as a word before the name: "Via Roma 1".
#[rustfmt::skip]
const TYPES_BEFORE: &[&str] = &[
    "allée", "av.", "avenue", "bd", "boulevard", "ch.", "chemin", "corso", "cours", "impasse",
    "largo", "nábřeží", "náměstí", "piazza", "piazzale", "piazzetta", "place", "promenade",
    "quai", "route", "rue", "ruelle", "strada", "třída", "ulice", "via", "viale", "vicolo",
];

/// Street types before the name when the number comes first: "12 rue de la Paix".
#[rustfmt::skip]
const TYPES_BEFORE_NUMBER_FIRST: &[&str] = &[
    "allée", "av.", "avenue", "bd", "boulevard", "chemin", "cours", "impasse", "place", "quai",
    "route", "rue", "square",
];

/// English street types after the name when the number comes first.
#[rustfmt::skip]
const TYPES_EN: &[&str] = &[
    "ave", "ave.", "avenue", "blvd", "boulevard", "close", "court", "crescent", "ct", "drive",
    "gardens", "grove", "highway", "lane", "ln", "mews", "parkway", "place", "rd", "rd.", "road",
    "row", "square", "st", "st.", "street", "terrace", "way",
];

/// Lowercase words inside street and town names: "Rue du Rhône", "Frankfurt am Main".
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "aan", "al", "alla", "am", "an", "au", "aux", "bei", "d'", "da", "dal", "de", "degli", "dei",
    "del", "della", "delle", "dello", "den", "der", "des", "di", "do", "dos", "du", "en", "het",
    "im", "l'", "la", "le", "les", "nad", "ob", "pod", "sous", "sur", "upon", "van", "von",
];

/// Capitalised words that are neither street names nor towns: currencies,
/// units, counted nouns, weekdays, messengers ("8000 Franken", "via WhatsApp").
#[rustfmt::skip]
const COMMON: &[&str] = &[
    "abonnenten", "anni", "ans", "april", "august", "bericht", "best", "besucher", "big", "bit",
    "bits", "bodů", "byte", "bytes", "chf", "client", "clients", "czk", "dank", "danke", "days",
    "dezember", "dienstag", "dollar", "dollars", "donnerstag", "dpi", "e-mail", "easy",
    "einwohner", "email", "employees", "eur", "euro", "euros", "exemplare", "facebook", "februar",
    "follower", "followers", "fps", "franc", "francs", "franken", "freitag", "friday", "gb",
    "gbit", "gbp", "gbps", "ghz", "gib", "gio", "go", "good", "great", "hours", "hz", "instagram",
    "items", "jahr", "jahre", "jahren", "januar", "juli", "juni", "kb", "kbit", "kbps", "kcal",
    "khz", "kib", "kilometer", "kio", "km", "ko", "korun", "kunden", "kw", "kwh", "leute",
    "likes", "linkedin", "mah", "mai", "mail", "mal", "mb", "mbit", "mbps", "medewerkers",
    "meter", "metri", "mhz", "mia", "mib", "mil", "miles", "mill", "minuten", "mio",
    "mitarbeitende", "mitarbeiter", "mittwoch", "mld", "mln", "mo", "monate", "monday", "montag",
    "mrd", "ms", "mw", "new", "november", "oktober", "paypal", "people", "persone", "personen",
    "personnes", "pfund", "points", "punkte", "px", "rappen", "samstag", "saturday", "schritte",
    "seiten", "september", "signal", "slack", "sms", "sonntag", "stunden", "stück", "sunday",
    "tage", "tb", "teams", "teilnehmer", "telegram", "thursday", "tib", "tickets", "times", "to",
    "tonnen", "top", "tsd", "tuesday", "twint", "usd", "user", "users", "views", "volt", "watt",
    "wednesday", "whatsapp", "wochen", "zoom", "zuschauer",
];

/// Towns that make a lone postcode certain; lowercase, sorted.
#[rustfmt::skip]
const TOWNS: &[&str] = &[
    "aachen", "aarau", "amersfoort", "amsterdam", "annecy", "arnhem", "augsburg", "baden", "bari",
    "basel", "bellinzona", "bergamo", "berlin", "bern", "biel", "bielefeld", "bienne", "bochum",
    "bologna", "bolzano", "bonn", "bordeaux", "braunschweig", "breda", "bregenz", "bremen",
    "brescia", "brno", "chemnitz", "chur", "como", "darmstadt", "davos", "delft", "den haag",
    "dornbirn", "dortmund", "dresden", "duisburg", "düsseldorf", "eindhoven", "enschede",
    "erfurt", "essen", "feldkirch", "firenze", "frankfurt", "frauenfeld", "freiburg", "fribourg",
    "genf", "genova", "genève", "graz", "grenoble", "groningen", "haarlem", "hamburg", "hannover",
    "heidelberg", "innsbruck", "jihlava", "karlsruhe", "kassel", "kiel", "kladno", "klagenfurt",
    "konstanz", "köln", "lausanne", "leiden", "leipzig", "liberec", "lille", "linz", "locarno",
    "london", "lugano", "luzern", "lyon", "lübeck", "maastricht", "magdeburg", "mainz",
    "mannheim", "marseille", "milano", "modena", "montpellier", "montreux", "münchen", "münster",
    "nantes", "napoli", "neuchâtel", "nice", "nijmegen", "nyon", "nürnberg", "olomouc", "olten",
    "opava", "ostrava", "padova", "palermo", "pardubice", "paris", "parma", "pisa", "plzeň",
    "potsdam", "praha", "regensburg", "rennes", "roma", "rostock", "rotterdam", "salzburg",
    "schaffhausen", "sion", "solothurn", "st. gallen", "strasbourg", "stuttgart", "thun",
    "tilburg", "torino", "toulouse", "trento", "trieste", "ulm", "utrecht", "venezia", "verona",
    "vevey", "villach", "wels", "wien", "wiesbaden", "winterthur", "würzburg", "zlín", "zug",
    "zwolle", "zürich",
];

/// US state and territory codes, for "Springfield, IL 62704".
#[rustfmt::skip]
const STATES: &[&str] = &[
    "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL",
    "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE",
    "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX",
    "UT", "VA", "VT", "WA", "WI", "WV", "WY",
];
/// [`STATES`] as a set (see `word_set!`).
static STATES_SET: WordSet = word_set!(STATES);

/// Country prefixes written before a postcode: "CH-8001", "D-10115".
#[rustfmt::skip]
const COUNTRY_PREFIXES: &[&str] = &[
    "A", "AT", "B", "CH", "CZ", "D", "DE", "F", "FL", "FR", "I", "IT", "L", "NL",
];

/// The word lists above as hash sets, for lookups per digit run.
static TYPES_AFTER_SET: WordSet = word_set!(TYPES_AFTER);
static NOT_STREETS_SET: WordSet = word_set!(NOT_STREETS);
static TYPES_BEFORE_SET: WordSet = word_set!(TYPES_BEFORE);
static PARTICLES_SET: WordSet = word_set!(PARTICLES);
static TYPES_NUMBER_FIRST_SET: WordSet = word_set!(TYPES_BEFORE_NUMBER_FIRST);
static TYPES_EN_SET: WordSet = word_set!(TYPES_EN);
static COMMON_SET: WordSet = word_set!(COMMON);
static TOWNS_SET: WordSet = word_set!(TOWNS);

/// True for a US state or territory code ("MA", "IL").
pub(crate) fn is_us_state(code: &str) -> bool {
    STATES_SET.contains(code)
}

/// True for the lowercase name of a well-known town ("plzeň", "zürich"):
/// `person_name` reads "Viktoria Plzeň" as a club, not a person.
pub(crate) fn is_known_town(lower: &str) -> bool {
    TOWNS_SET.contains(lower)
}

/// Longest run of spaces between the parts of an address.
const GAP: usize = 3;

/// How much a postcode's format says on its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Postcode {
    /// 4 or 5 digits: CH, AT, DE, FR, IT and many more; also years and prices.
    Digits,
    /// Dutch "1012 AB": four digits and two capitals.
    Dutch,
    /// Czech "110 00": three and two digits.
    Czech,
}

/// Looks for an address around every digit run (from the shared
/// [`Input::digit_groups`], not a byte loop of its own), past the end of
/// the last address found.
pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let mut at = 0;
    let mut floor = 0;
    for group in input.digit_groups() {
        if group.end() <= at {
            continue;
        }
        // An address may end inside a run; the rest of it is read on.
        let p = group.start().max(at);
        let run_end = group.end();
        at = run_end;
        if let Some(c) = address_at(input, p, run_end, floor) {
            at = at.max(c.span.end);
            floor = c.span.end;
            out.push(c);
        }
    }
}

/// The address that holds the digit run `p..run_end`, if any. Nothing before
/// `floor` (the end of the previous finding) is taken again.
fn address_at(input: &Input<'_>, p: usize, run_end: usize, floor: usize) -> Option<Candidate> {
    if p > 0 && is_word_byte(input.text.as_bytes()[p - 1]) {
        return gb_alone(input, p, floor);
    }
    let near = Neighbours::of(input.text, p, run_end)?;
    if let Some(street) = street_at(input, p, run_end, floor, near) {
        let town = town_line_after(input, street.end).or_else(|| unit_then_town(input, street.end));
        return Some(match town {
            Some(end) => Candidate::new(
                RULE,
                street.start..end,
                0.9,
                "street, house number, postcode and town",
            ),
            None => Candidate::new(RULE, street, 0.65, "street name with a house number"),
        });
    }
    let preposition = || {
        near.before
            .then(|| preposition_street(input, p, run_end, floor))
    };
    let postcode = || near.after.then(|| postcode_alone(input, p, run_end, floor));
    let us = || near.before.then(|| us_alone(input, p, run_end, floor));
    preposition()
        .flatten()
        .or_else(|| postcode().flatten())
        .or_else(|| us().flatten())
}

/// What stands next to a digit run that is not glued to a word before it.
///
/// Each reading of a run needs a letter on one side: a street or state
/// before it ("Hauptstr. 5", "Rue du Rhône 42", "IL 62704"), or after it a
/// street or town ("12 rue", "8001 Zürich", "1012 AB"), a glued letter or
/// range ("221B", "12-14") or the second half of a Czech postcode ("110
/// 00"); and none takes more than five digits. Most digit runs in text
/// (prices, times, versions, phone numbers) have neither, and the readings
/// that need the missing side are skipped unread (issue 2).
#[derive(Clone, Copy)]
struct Neighbours {
    /// A word, an abbreviation or a comma ("Via Roma, 12") ends one to
    /// [`GAP`] spaces before the run.
    before: bool,
    /// A word follows (after a comma or spaces), or the run goes on.
    after: bool,
}

impl Neighbours {
    /// The neighbours of `p..run_end`; `None` when no reading can hold.
    fn of(text: &str, p: usize, run_end: usize) -> Option<Neighbours> {
        let bytes = text.as_bytes();
        let letter = |i: usize| {
            bytes
                .get(i)
                .is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0x80)
        };
        let spaces = skip_spaces_back(text, p, GAP);
        let before = spaces < p
            && spaces > 0
            && (letter(spaces - 1) || matches!(bytes[spaces - 1], b'.' | b','));
        let comma = usize::from(bytes.get(run_end) == Some(&b','));
        let word_after = letter(skip_spaces(text, run_end + comma, GAP));
        let glued = matches!(bytes.get(run_end), Some(b'/' | b'-'));
        let czech = run_end - p == 3
            && bytes.get(run_end) == Some(&b' ')
            && bytes.get(run_end + 1).is_some_and(u8::is_ascii_digit);
        let after = word_after || glued || czech;
        (run_end - p <= 5 && (before || after)).then_some(Neighbours { before, after })
    }
}

// ---------------------------------------------------------------- streets

/// The street with its house number around the digits at `p`.
fn street_at(
    input: &Input<'_>,
    p: usize,
    run_end: usize,
    floor: usize,
    near: Neighbours,
) -> Option<Range<usize>> {
    if let Some(end) = house_number_end(input.text, p, run_end, 4).filter(|_| near.before) {
        if let Some(start) = name_before(input, p, floor)
            .or_else(|| comma_street_before(input, p, floor))
            .or_else(|| street_before_town(input, p, end, floor))
        {
            return Some(start..end);
        }
    }
    if !near.after {
        return None;
    }
    let end = house_number_end(input.text, p, run_end, 5)?;
    street_after(input, end).map(|street_end| p..street_end)
}

/// The end of a house number starting at `p` ("12", "5a", "221B", "681/14",
/// "12-14"), when it ends where a number may end (not "1.5", "10:30", "12%").
fn house_number_end(text: &str, p: usize, run_end: usize, max_digits: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits = run_end - p;
    if digits == 0 || digits > max_digits || bytes[p] == b'0' || year_like(&bytes[p..run_end]) {
        return None;
    }
    let mut end = run_end;
    match bytes.get(end) {
        Some(b)
            if b.is_ascii_alphabetic() && !bytes.get(end + 1).is_some_and(|&b| is_word_byte(b)) =>
        {
            end += 1
        }
        Some(b'/' | b'-') => {
            let more = bytes[end + 1..]
                .iter()
                .take(5)
                .take_while(|b| b.is_ascii_digit())
                .count();
            if (1..=4).contains(&more) {
                end += 1 + more;
            }
        }
        _ => {}
    }
    number_may_end(bytes, end).then_some(end)
}

/// True for four digits that read as a year of this or the last century.
fn year_like(digits: &[u8]) -> bool {
    digits.len() == 4 && (digits.starts_with(b"19") || digits.starts_with(b"20"))
}

/// True when nothing glued to the number follows at `end`.
fn number_may_end(bytes: &[u8], end: usize) -> bool {
    match bytes.get(end) {
        None | Some(b' ' | b'\t' | b'\n' | b'\r' | b',' | b';' | b')' | b'!' | b'?') => true,
        Some(b'.') => !bytes
            .get(end + 1)
            .is_some_and(|b| b.is_ascii_alphanumeric()),
        Some(_) => false,
    }
}

/// The start of the street name that ends right before the number at `p`.
fn name_before(input: &Input<'_>, p: usize, floor: usize) -> Option<usize> {
    let last = prev_token(input.text, p, floor)?;
    let lower = &input.lower[last.clone()];
    if compound_street(&input.text[last.clone()], lower) {
        // "Am Stadtgraben 64", "Zur Mühle 3": a capitalised preposition
        // with its article starts the name as an adjective does.
        let adjective = prev_token(input.text, last.start, floor).filter(|w| {
            let lower = &input.lower[w.clone()];
            street_adjective(&input.text[w.clone()], lower)
                || is_capitalised(&input.text[w.clone()])
                    && matches!(lower, "am" | "im" | "zum" | "zur" | "beim")
        });
        let person = || named_after_person(input, last.start, floor);
        return Some(adjective.map_or_else(|| person().unwrap_or(last.start), |w| w.start));
    }
    if TYPES_AFTER_SET.contains(lower.trim_end_matches('.')) {
        let name = prev_token(input.text, last.start, floor)?;
        return name_word(input, &name).then_some(name.start);
    }
    prefix_street_start(input, last, floor)
}

/// "Jungmannova 741/17, 110 00 Praha 1", "Vismarkt 77, 6811 DK Arnhem":
/// a street whose type no list holds is still the capitalised word before
/// a house number that a postcode and town follow on the same or the next
/// line. The number ends at `end`.
fn street_before_town(input: &Input<'_>, p: usize, end: usize, floor: usize) -> Option<usize> {
    let last = prev_token(input.text, p, floor)?;
    let word = &input.text[last.clone()];
    let common = COMMON_SET.contains(&input.lower[last.clone()]);
    if !is_capitalised(word)
        || common
        || word.ends_with('.')
        || last.end != skip_spaces_back(input.text, p, 1)
    {
        return None;
    }
    // One word, or one after a capitalised preposition ("Am Mühlbach",
    // "U Dálnice", "Na Příkopě"); a longer name is another reading's
    // ("Les Arcades 4").
    let start = match prev_token(input.text, last.start, floor) {
        Some(w) if input.text[w.clone()].starts_with(|c: char| c.is_uppercase()) => {
            let preposition = matches!(
                &input.lower[w.clone()],
                "am" | "im" | "zum" | "zur" | "beim" | "u" | "na" | "pod" | "nad" | "v" | "k"
            );
            preposition.then_some(w.start)?
        }
        _ => last.start,
    };
    // A plain four or five digits with an unknown town is as often a count
    // ("Halle 3, 2000 Gäste"): that takes a Dutch or Czech postcode or a
    // known town.
    let line = line_continuation(input.text, end)?;
    let (_, kind, known) = postcode_town_at(input, line)?;
    (known || !matches!(kind, Postcode::Digits)).then_some(start)
}

/// The start of a person's name before a compound street named after them
/// with a particle: "Witte de Withstraat", "Jan van Galenstraat", "Pieter
/// de Hoochweg": one or two lowercase particles, then a capitalised word.
fn named_after_person(input: &Input<'_>, start: usize, floor: usize) -> Option<usize> {
    // Particles of surnames only: "an", "am", "bei" are prepositions before
    // a street ("Brief an Kastanienweg 65").
    const NAME_PARTICLES: &[&str] = &[
        "da", "de", "del", "della", "den", "der", "di", "du", "la", "le", "ten", "ter", "van",
        "von",
    ];
    // NAME_PARTICLES as a set (see `word_set!`).
    static NAME_PARTICLES_SET: WordSet = word_set!(NAME_PARTICLES);
    let mut token = prev_token(input.text, start, floor)?;
    let mut particles = 0;
    while particles < 2 && NAME_PARTICLES_SET.contains(&input.text[token.clone()]) {
        particles += 1;
        token = prev_token(input.text, token.start, floor)?;
    }
    (particles > 0 && name_word(input, &token)).then_some(token.start)
}

/// True for a capitalised adjective that starts a two-word street name
/// before a compound: "Hooglandse Kerkgracht", "Oude Gracht", "Alte
/// Landstrasse", "Neue Bahnhofstrasse". Dutch adjectives of a place end in
/// "-se" ("Amsterdamse", "Leidse"); the others are a short list.
fn street_adjective(word: &str, lower: &str) -> bool {
    const ADJECTIVES: &[&str] = &[
        "alte", "grosse", "große", "hintere", "hoge", "kleine", "korte", "lange", "neue", "nieuwe",
        "obere", "oude", "untere", "vordere",
    ];
    // ADJECTIVES as a set (see `word_set!`).
    static ADJECTIVES_SET: WordSet = word_set!(ADJECTIVES);
    is_capitalised(word)
        && (ADJECTIVES_SET.contains(lower)
            || lower.len() > 4 && lower.ends_with("se") && !lower.contains("adres"))
}

/// True for one word that ends with a street type: "Bahnhofstrasse",
/// "Karl-Marx-Allee", "Hauptstr."; not "Parkplatz", "Spring", "String".
fn compound_street(word: &str, lower: &str) -> bool {
    if !is_capitalised(word) || NOT_STREETS_SET.contains(lower) {
        return false;
    }
    COMPOUND_TYPES.iter().any(|suffix| {
        let Some(head) = lower.strip_suffix(suffix) else {
            return false;
        };
        let letters = head.chars().filter(|c| c.is_alphabetic()).count();
        // English "-ring" words (offering, during) have a vowel before "ring".
        let english_ing = *suffix == "ring" && head.ends_with(['a', 'e', 'i', 'o', 'u', 'y']);
        letters >= 3 && !english_ing
    })
}

/// The start of "TYPE Name … Name" ending with token `last`: "Rue du Rhône",
/// "Via Giuseppe Verdi", "náměstí Míru". At least one capitalised name word.
fn prefix_street_start(input: &Input<'_>, last: Range<usize>, floor: usize) -> Option<usize> {
    let mut token = last;
    let mut named = false;
    for _ in 0..6 {
        let lower = &input.lower[token.clone()];
        if named && TYPES_BEFORE_SET.contains(lower) {
            return Some(token.start);
        }
        if name_word(input, &token) {
            named = true;
        } else if !(named && PARTICLES_SET.contains(lower)) {
            return None;
        }
        token = prev_token(input.text, token.start, floor)?;
    }
    None
}

/// Street types of Italian addresses, which put a comma before the house
/// number: "Via Roma, 12", "Vicolo Desio, 59".
const COMMA_TYPES: &[&str] = &[
    "corso",
    "largo",
    "piazza",
    "piazzale",
    "piazzetta",
    "strada",
    "via",
    "viale",
    "vicolo",
];
static COMMA_TYPE_SET: WordSet = word_set!(COMMA_TYPES);

/// The start of an Italian street whose name ends with a comma right before
/// the number at `p`: "Via Berlusconi, 92", "Strada Broschi, 45".
fn comma_street_before(input: &Input<'_>, p: usize, floor: usize) -> Option<usize> {
    let bytes = input.text.as_bytes();
    let comma = skip_spaces_back(input.text, p, GAP).checked_sub(1)?;
    if comma <= floor || comma == p - 1 || bytes[comma] != b',' {
        return None;
    }
    let start = letters_start(input.text, comma)?;
    let street = prefix_street_start(input, start.max(floor)..comma, floor)?;
    let kind_end = letters_end(input.text, street)?;
    (COMMA_TYPE_SET.contains(&input.lower[street..kind_end]) && !counted_after(input.text, p))
        .then_some(street)
}

/// True when a lowercase word follows the number at `p` ("20 minuti", "3
/// ore"): a count, not a house number after a comma.
fn counted_after(text: &str, p: usize) -> bool {
    let bytes = text.as_bytes();
    let end = p + bytes[p..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let next = skip_spaces(text, end, GAP);
    next > end && text[next..].chars().next().is_some_and(char::is_lowercase)
}

/// Parts of a flat's address between the house number and the postcode
/// line: "Appartamento 99", "Piano 1", "Scala B", "Interno 5", "int. 3".
const UNIT_WORDS: &[&str] = &[
    "app.",
    "appartamento",
    "apt.",
    "int.",
    "interno",
    "piano",
    "sc.",
    "scala",
];
static UNIT_WORD_SET: WordSet = word_set!(UNIT_WORDS);

/// The postcode line after one to three flat parts that follow the house
/// number ending at `at`: "92 Appartamento 99, 63841 Bosaro".
fn unit_then_town(input: &Input<'_>, at: usize) -> Option<usize> {
    let mut end = at;
    for _ in 0..3 {
        let Some(next) = unit_end(input, end) else {
            break;
        };
        end = next;
    }
    (end > at).then(|| town_line_after(input, end)).flatten()
}

/// The end of one flat part ("Piano 1", "Scala B") after `at`.
fn unit_end(input: &Input<'_>, at: usize) -> Option<usize> {
    let word = next_token(input.text, at)?;
    if !UNIT_WORD_SET.contains(&input.lower[word.clone()]) {
        return None;
    }
    let bytes = input.text.as_bytes();
    let value = skip_spaces(input.text, word.end, GAP);
    let len = bytes[value..]
        .iter()
        .take(5)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    ((1..=4).contains(&len) && value > word.end && number_may_end(bytes, value + len))
        .then_some(value + len)
}

/// The end of the street after a number that comes first: "221B Baker
/// Street", "12 rue de la Paix", "1600 Pennsylvania Avenue NW".
fn street_after(input: &Input<'_>, number_end: usize) -> Option<usize> {
    let mut first = next_token(input.text, number_end)?;
    // "58 bis rue Mercière", "12 ter avenue …": a repeated number.
    if matches!(&input.lower[first.clone()], "bis" | "ter" | "quater") {
        first = next_token(input.text, first.end)?;
        if !TYPES_NUMBER_FIRST_SET.contains(&input.lower[first.clone()]) {
            return None;
        }
    }
    if TYPES_NUMBER_FIRST_SET.contains(&input.lower[first.clone()]) {
        return name_words_after(input, first.end);
    }
    let mut token = first;
    for _ in 0..3 {
        if !name_word(input, &token) {
            return None;
        }
        let next = next_token(input.text, token.end)?;
        if TYPES_EN_SET.contains(&input.lower[next.clone()])
            && !is_lower_start(&input.text[next.clone()])
        {
            return Some(direction_end(input.text, next.end));
        }
        token = next;
    }
    None
}

/// The end of the capitalised name words and particles after `at`.
fn name_words_after(input: &Input<'_>, at: usize) -> Option<usize> {
    let mut end = None;
    let mut cursor = at;
    for _ in 0..5 {
        let Some(token) = next_token(input.text, cursor) else {
            break;
        };
        if name_word(input, &token) {
            end = Some(token.end);
        } else if !PARTICLES_SET.contains(&input.lower[token.clone()]) {
            break;
        }
        cursor = token.end;
    }
    end
}

/// After "Avenue" in "Pennsylvania Avenue NW": the end of a compass suffix.
fn direction_end(text: &str, at: usize) -> usize {
    let next = skip_spaces(text, at, 1);
    ["NE", "NW", "SE", "SW"]
        .iter()
        .find(|d| text[next..].starts_with(*d) && word_end(text, next + 2) && next > at)
        .map_or(at, |_| next + 2)
}

fn is_lower_start(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// True for a word that may be part of a street or town name: capitalised
/// (or a Roman numeral, or an elided "d'Italie"), and not a common word.
fn name_word(input: &Input<'_>, token: &Range<usize>) -> bool {
    let word = &input.text[token.clone()];
    let lower = &input.lower[token.clone()];
    let elided = word.split_once(['\'', '’']).is_some_and(|(head, tail)| {
        head.len() <= 4 && head.chars().all(char::is_lowercase) && is_capitalised(tail)
    });
    let roman = word.len() <= 4 && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    (is_capitalised(word) || roman || elided) && !COMMON_SET.contains(lower)
}

/// The word (with a trailing `.` of an abbreviation) that ends before `at`,
/// separated from it by 1..=GAP spaces on the same line.
fn prev_token(text: &str, at: usize, floor: usize) -> Option<Range<usize>> {
    let end = skip_spaces_back(text, at, GAP);
    if end == at || end <= floor {
        return None;
    }
    let letters = if text.as_bytes()[end - 1] == b'.' {
        end - 1
    } else {
        end
    };
    let start = letters_start(text, letters)?;
    (start >= floor && word_start(text, start)).then_some(start..end)
}

/// The word (with a trailing `.` of an abbreviation) after 1..=GAP spaces or
/// a comma and a space, on the same line.
fn next_token(text: &str, at: usize) -> Option<Range<usize>> {
    let comma = usize::from(text.as_bytes().get(at) == Some(&b','));
    let start = skip_spaces(text, at + comma, GAP);
    if start == at + comma {
        return None;
    }
    let mut end = letters_end(text, start)?;
    if text.as_bytes().get(end) == Some(&b'.') && end - start <= 3 {
        end += 1;
    }
    (word_end(text, end) || text.as_bytes()[end - 1] == b'.').then_some(start..end)
}

// ---------------------------------------------------------------- postcodes

/// The end of the postcode line that follows a street ending at `at`: on the
/// same line after a comma or space, or on the next line.
fn town_line_after(input: &Input<'_>, at: usize) -> Option<usize> {
    let start = line_continuation(input.text, at)?;
    postcode_town_at(input, start)
        .map(|(end, _, _)| end)
        .or_else(|| us_line(input, start))
        .or_else(|| gb_line(input, start))
}

/// Where the next part of an address starts after `at`: past a comma and
/// spaces, or past one line break.
fn line_continuation(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = skip_spaces(text, at, GAP);
    if bytes.get(i) == Some(&b',') {
        i = skip_spaces(text, i + 1, GAP);
    } else {
        if bytes.get(i) == Some(&b'\r') {
            i += 1;
        }
        if bytes.get(i) == Some(&b'\n') {
            i = skip_spaces(text, i + 1, GAP);
        }
    }
    (i > at && i < bytes.len()).then_some(i)
}

/// A postcode (with an optional country prefix) and its town at `start`:
/// the end, and how much the postcode's format says.
fn postcode_town_at(input: &Input<'_>, start: usize) -> Option<(usize, Postcode, bool)> {
    let bytes = input.text.as_bytes();
    let p = start + country_prefix_len(input.text, start);
    let run = bytes[p..]
        .iter()
        .take(6)
        .take_while(|b| b.is_ascii_digit())
        .count();
    let (pc_end, kind) = postcode_end(input.text, p, p + run)?;
    let town_start = skip_spaces(input.text, pc_end, GAP);
    if town_start == pc_end {
        return None;
    }
    let (town_end, known) = town_at(input, town_start)?;
    Some((town_end, kind, known || p > start))
}

/// Bytes of a country prefix such as "CH-" at `at`, or 0.
fn country_prefix_len(text: &str, at: usize) -> usize {
    let Some(rest) = text
        .get(at..)
        .filter(|r| r.as_bytes().first().is_some_and(u8::is_ascii_uppercase))
    else {
        return 0;
    };
    COUNTRY_PREFIXES
        .iter()
        .find(|c| rest.starts_with(*c) && rest.as_bytes().get(c.len()) == Some(&b'-'))
        .map_or(0, |c| c.len() + 1)
}

/// The end and kind of the postcode whose first digits are `p..run_end`.
fn postcode_end(text: &str, p: usize, run_end: usize) -> Option<(usize, Postcode)> {
    let bytes = text.as_bytes();
    if !word_start(text, p) && bytes.get(p.wrapping_sub(1)) != Some(&b'-') {
        return None;
    }
    match run_end - p {
        4 if bytes[p] != b'0' => Some(
            dutch_letters_end(bytes, run_end)
                .map_or((run_end, Postcode::Digits), |e| (e, Postcode::Dutch)),
        ),
        5 => word_end(text, run_end).then_some((run_end, Postcode::Digits)),
        3 if matches!(bytes[p], b'1'..=b'7') => {
            czech_end(text, run_end).map(|e| (e, Postcode::Czech))
        }
        _ => None,
    }
    .filter(|(end, _)| word_end(text, *end))
}

/// After four digits: the end of the two capitals of a Dutch postcode.
fn dutch_letters_end(bytes: &[u8], at: usize) -> Option<usize> {
    // "1012 AB", "1012AB", and "6956  JC" with two spaces.
    let spaces = bytes[at..]
        .iter()
        .take(2)
        .take_while(|&&b| b == b' ')
        .count();
    let start = at + spaces;
    let pair = bytes.get(start..start + 2)?;
    let end = start + 2;
    let alone = !bytes.get(end).is_some_and(|&b| is_word_byte(b));
    (pair.iter().all(u8::is_ascii_uppercase) && alone).then_some(end)
}

/// After three digits: the end of the two digits of a Czech postcode "110 00".
fn czech_end(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let two = bytes.get(at + 1..at + 3)?;
    (bytes[at] == b' ' && two.iter().all(u8::is_ascii_digit) && word_end(text, at + 3))
        .then_some(at + 3)
}

/// The end of the town name at `at` and whether it is a known town: a
/// capitalised word (or one in capitals, "PARIS"), with the words that belong
/// to it ("Frankfurt am Main", "St. Gallen", "Praha 1").
fn town_at(input: &Input<'_>, at: usize) -> Option<(usize, bool)> {
    let first = letters_end(input.text, at)?;
    let word = &input.text[at..first];
    let lower = &input.lower[at..first];
    let shaped = is_capitalised(word) || (is_upper(word) && word.chars().count() >= 3);
    if !shaped
        || COMMON_SET.contains(lower)
        || !word_end(input.text, first) && !ends_abbrev(input.text, first)
    {
        return None;
    }
    let end = town_rest_end(input, at, first);
    let known = TOWNS_SET.contains(&input.lower[at..end]) || TOWNS_SET.contains(lower);
    Some((district_end(input.text, end), known))
}

/// True when a `.` ends an abbreviation at `at` ("St. Gallen").
fn ends_abbrev(text: &str, at: usize) -> bool {
    text.as_bytes().get(at) == Some(&b'.') && text.as_bytes().get(at + 1) == Some(&b' ')
}

/// The end of a town name whose first word is `start..first`: the town runs
/// to the end of its clause, over capitalised words, particles and short
/// abbreviations ("Cervarese Santa Croce", "Frankfurt am Main", "St. Walburg
/// i. Antholz"), and takes a canton or department in brackets ("Corbat (GE)").
fn town_rest_end(input: &Input<'_>, start: usize, first: usize) -> usize {
    let mut end = first;
    // Only "St." of "St. Gallen" keeps its full stop; "Bern." ends a sentence.
    if ends_abbrev(input.text, end) && matches!(&input.lower[start..end], "st" | "ste") {
        end += 1;
    }
    let mut cursor = end;
    for _ in 0..5 {
        let Some(token) = next_word_same_line(input.text, cursor) else {
            break;
        };
        if name_word(input, &token) {
            end = token.end;
            cursor = end;
        } else if short_abbrev(input, &token) {
            cursor = token.end + 1;
        } else if PARTICLES_SET.contains(&input.lower[token.clone()]) {
            cursor = token.end;
        } else {
            break;
        }
    }
    region_end(input.text, end)
}

/// True for a lowercase abbreviation of one or two letters inside a town
/// name: "i." in "St. Walburg i. Antholz".
fn short_abbrev(input: &Input<'_>, token: &Range<usize>) -> bool {
    token.len() <= 2
        && is_lower_start(&input.text[token.clone()])
        && ends_abbrev(input.text, token.end)
}

/// After a town: the end of a region code in brackets, "Corbat (GE)".
fn region_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let open = skip_spaces(text, at, 1);
    let code = bytes
        .get(open + 1..)
        .unwrap_or_default()
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let close = open + 1 + code;
    if open > at
        && bytes.get(open) == Some(&b'(')
        && (2..=3).contains(&code)
        && bytes.get(close) == Some(&b')')
    {
        close + 1
    } else {
        at
    }
}

/// The next word after exactly one space.
fn next_word_same_line(text: &str, at: usize) -> Option<Range<usize>> {
    let start = skip_spaces(text, at, 1);
    if start == at {
        return None;
    }
    letters_end(text, start)
        .filter(|&e| word_end(text, e))
        .map(|end| start..end)
}

/// After a town: the end of a district number that closes the line, as in
/// "Praha 1" or "Wien 3".
fn district_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let start = skip_spaces(text, at, 1);
    let digits = bytes[start..]
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_digit())
        .count();
    let closes = matches!(
        bytes.get(start + digits),
        None | Some(b'\n' | b'\r' | b',' | b'.' | b')')
    );
    // "…, 120 00 Praha 2 podepíšeme v sobotu": a clause going on with a
    // lowercase word (not a unit such as "km", "min", "ore") closes it too.
    let clause = bytes.get(start + digits) == Some(&b' ')
        && letters_end(text, start + digits + 1).is_some_and(|e| {
            let word = &text[start + digits + 1..e];
            word.chars().count() >= 4 && word.chars().all(char::is_lowercase)
        });
    // "Praha 1 🙏": an emoji after a space closes a chat message's clause.
    let emoji =
        bytes.get(start + digits) == Some(&b' ') && bytes.get(start + digits + 1) == Some(&0xF0);
    if start > at && (1..=2).contains(&digits) && (closes || clause || emoji) {
        start + digits
    } else {
        at
    }
}

/// A postcode and town standing alone, with the street line before it when
/// there is one ("Karlova 5\n110 00 Praha 1").
fn postcode_alone(input: &Input<'_>, p: usize, run_end: usize, floor: usize) -> Option<Candidate> {
    let start = prefix_start(input.text, p)
        .filter(|&s| s >= floor)
        .unwrap_or(p);
    let (end, kind, known) = postcode_town_at(input, start)?;
    if let Some(street) = street_line_before(input, start, floor) {
        return Some(Candidate::new(
            RULE,
            street..end,
            0.85,
            "street line, postcode and town",
        ));
    }
    let placed =
        address_place(input, start) || start < p || postcode_word_before(input, start, known);
    let year = year_like(&input.text.as_bytes()[p..run_end]);
    let confidence = match kind {
        _ if !placed || year && !known => return None,
        _ if known => 0.75,
        Postcode::Dutch => 0.7,
        Postcode::Czech => 0.65,
        Postcode::Digits if town_closes(input.text, end) => 0.55,
        Postcode::Digits => return None,
    };
    Some(Candidate::new(
        RULE,
        start..end,
        confidence,
        "postcode followed by a town",
    ))
}

/// The start of a country prefix ("CH-") that ends right before `p`.
fn prefix_start(text: &str, p: usize) -> Option<usize> {
    let head = text.get(p.saturating_sub(3)..p)?;
    let dash = head.strip_suffix('-')?;
    let letters = dash
        .bytes()
        .rev()
        .take_while(u8::is_ascii_uppercase)
        .count();
    let start = p - 1 - letters;
    (word_start(text, start) && country_prefix_len(text, start) == p - start).then_some(start)
}

/// True where an address may begin: at a line start, after a comma, colon,
/// semicolon, bracket or bar.
fn address_place(input: &Input<'_>, start: usize) -> bool {
    let before = skip_spaces_back(input.text, start, GAP);
    before == 0
        || matches!(
            input.text.as_bytes()[before - 1],
            b'\n' | b',' | b':' | b';' | b'(' | b'|'
        )
}

/// True when a postcode label ("PLZ 8001 Zürich") stands before `start`, or
/// a preposition ("in 3011 Bern") before a known town.
fn postcode_word_before(input: &Input<'_>, start: usize, known: bool) -> bool {
    const LABELS: &[&str] = &["cap", "npa", "plz", "postcode", "psč", "zip"];
    const PREPOSITIONS: &[&str] = &["a", "aus", "in", "nach", "te", "v", "ve", "à"];
    // PREPOSITIONS as a set (see `word_set!`).
    static PREPOSITIONS_SET: WordSet = word_set!(PREPOSITIONS);
    let Some(word) = prev_token(input.text, start, 0) else {
        return false;
    };
    let lower = &input.lower[word];
    LABELS.contains(&lower) || known && PREPOSITIONS_SET.contains(lower)
}

/// True when the town ends its clause: end of line or text, or punctuation.
fn town_closes(text: &str, end: usize) -> bool {
    let at = skip_spaces(text, end, GAP);
    matches!(
        text.as_bytes().get(at),
        None | Some(b'\n' | b'\r' | b',' | b'.' | b';' | b')' | b'(' | b'!' | b'?')
    )
}

/// The start of a street line ("Karlova 5") that ends before the postcode at
/// `start`, after a comma or on the previous line. The street's first word
/// stands where an address begins, or after an address word or a
/// preposition of place ("na adresu Husova 1645/25, 120 00 Praha 2", "au
/// Meir 106, 3000 Leuven"): with a postcode and town after it, a name word
/// and a number need no street type.
fn street_line_before(input: &Input<'_>, start: usize, floor: usize) -> Option<usize> {
    let bytes = input.text.as_bytes();
    let before = skip_spaces_back(input.text, start, GAP);
    let sep = before
        .checked_sub(1)
        .filter(|&i| i >= floor && matches!(bytes[i], b',' | b'\n'))?;
    let end = skip_spaces_back(input.text, sep, GAP);
    let end = if end > 0 && bytes[end - 1] == b'\r' {
        end - 1
    } else {
        end
    };
    if end <= floor {
        return None;
    }
    let number = number_token_start(bytes, end, floor)?;
    let mut token = prev_token(input.text, number, floor)?;
    for _ in 0..4 {
        if !name_word(input, &token) && !PARTICLES_SET.contains(&input.lower[token.clone()]) {
            return None;
        }
        let placed = address_place(input, token.start) || address_word_before(input, token.start);
        if placed && name_word(input, &token) {
            return Some(token.start);
        }
        let prefix = prev_token(input.text, token.start, floor)?;
        if name_word(input, &token) && street_preposition(input, &prefix) {
            return address_place(input, prefix.start).then_some(prefix.start);
        }
        token = prefix;
    }
    None
}

/// True when an address word ("Adresse", "adresu") or a preposition of
/// destination ("au", "naar", "nach") stands right before `start`.
fn address_word_before(input: &Input<'_>, start: usize) -> bool {
    // Prepositions of place that also take rooms, days and counts ("in
    // Halle 3, 2000 Gäste", "an Tag 2") are left out.
    // Words for where someone lives or a company sits count too ("bytem
    // Purkyňova 128", "sídlo Husova 5", "wohnhaft", "domicilié",
    // "residente", "woonachtig").
    const WORDS: &[&str] = &[
        "address",
        "adres",
        "adresa",
        "adrese",
        "adresou",
        "adresse",
        "adressen",
        "adresu",
        "anschrift",
        "au",
        "bydliště",
        "bydlištěm",
        "bytem",
        "chez",
        "domicile",
        "domicilio",
        "domicilié",
        "domiciliée",
        "gevestigd",
        "indirizzo",
        "naar",
        "nach",
        "presso",
        "residente",
        "residing",
        "sede",
        "siège",
        "sitz",
        "sídlem",
        "sídlo",
        "wohnhaft",
        "wonende",
        "woonachtig",
    ];
    // WORDS as a set (see `word_set!`).
    static WORDS_SET: WordSet = word_set!(WORDS);
    prev_token(input.text, start, 0).is_some_and(|w| WORDS_SET.contains(&input.lower[w]))
}

/// True for a capitalised preposition that starts a street name: Czech "U
/// Dálnice", "Na Příkopě", "V Holešovičkách", "K Lesu", "Pod Kaštany", "Nad
/// Štolou", "Za Mostem"; German "Am Markt", "Im Grund", "An der Halde".
fn street_preposition(input: &Input<'_>, token: &Range<usize>) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "Am", "An", "Auf", "Im", "In", "K", "Ke", "Mezi", "Na", "Nad", "Pod", "Před", "U", "V",
        "Ve", "Za", "Zum", "Zur",
    ];
    // PREPOSITIONS as a set (see `word_set!`).
    static PREPOSITIONS_SET: WordSet = word_set!(PREPOSITIONS);
    PREPOSITIONS_SET.contains(&input.text[token.clone()])
}

/// "U Dálnice 156", "Am Markt 3": a preposition, one or two name words and a
/// house number, at the place of an address and followed by its postcode
/// line; alone these read as prose ("Im Raum 3").
fn preposition_street(
    input: &Input<'_>,
    p: usize,
    run_end: usize,
    floor: usize,
) -> Option<Candidate> {
    let number_end = house_number_end(input.text, p, run_end, 4)?;
    let mut token = prev_token(input.text, p, floor)?;
    for _ in 0..3 {
        let prefix = prev_token(input.text, token.start, floor)?;
        if !name_word(input, &token) && !PARTICLES_SET.contains(&input.lower[token.clone()]) {
            return None;
        }
        if street_preposition(input, &prefix) && address_place(input, prefix.start) {
            let end = town_line_after(input, number_end)?;
            return Some(Candidate::new(
                RULE,
                prefix.start..end,
                0.85,
                "street, house number, postcode and town",
            ));
        }
        token = prefix;
    }
    None
}

/// The start of a house number token ("5", "12a", "681/14") ending at `end`.
fn number_token_start(bytes: &[u8], end: usize, floor: usize) -> Option<usize> {
    let len = bytes[floor..end]
        .iter()
        .rev()
        .take(10)
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'/')
        .count();
    let start = end - len;
    let digits = bytes[start..end]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let tail_ok = bytes[start + digits..end].len() <= 1 || bytes.get(start + digits) == Some(&b'/');
    ((1..=4).contains(&digits) && bytes[start] != b'0' && tail_ok).then_some(start)
}

// ---------------------------------------------------------------- GB and US

/// The end of a British postcode at `at` ("SW1A 1AA", "NW1 6XE", "M1 1AE").
fn gb_end(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let letters = b
        .get(at..)?
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    let mut i = at + letters;
    if !(1..=2).contains(&letters) || !b.get(i)?.is_ascii_digit() || !word_start(text, at) {
        return None;
    }
    i += 1;
    if b.get(i)
        .is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    {
        i += 1;
    }
    let inward = b.get(i..i + 4)?;
    let ok = inward[0] == b' '
        && inward[1].is_ascii_digit()
        && inward[2..].iter().all(u8::is_ascii_uppercase);
    (ok && word_end(text, i + 4)).then_some(i + 4)
}

/// "London NW1 6XE" after a street: a town and a British postcode.
fn gb_line(input: &Input<'_>, start: usize) -> Option<usize> {
    if let Some(end) = gb_end(input.text, start) {
        return Some(end);
    }
    let code_end = |at| gb_end(input.text, at).or_else(|| eircode_end(input.text, at));
    let town = letters_end(input.text, start)?;
    if !name_word(input, &(start..town)) {
        return None;
    }
    let after = town + usize::from(input.text.as_bytes().get(town) == Some(&b','));
    let code = skip_spaces(input.text, after, GAP);
    (code > after).then(|| code_end(code)).flatten()
}

/// A British postcode after its town ("London SW1A 1AA"); `p` is its first
/// digit, after one or two capitals.
fn gb_alone(input: &Input<'_>, p: usize, floor: usize) -> Option<Candidate> {
    let bytes = input.text.as_bytes();
    let letters = bytes[floor..p]
        .iter()
        .rev()
        .take(3)
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let code = p - letters;
    let end = gb_end(input.text, code).or_else(|| eircode_end(input.text, code))?;
    let before = skip_spaces_back(input.text, code, GAP);
    let before = if before > floor && bytes[before - 1] == b',' {
        before - 1
    } else {
        before
    };
    let mut town = letters_start(input.text, before).filter(|&s| s >= floor && before < code)?;
    if !name_word(input, &(town..before)) {
        return None;
    }
    // "Port Kirsty", "South Cliffordtown": the town's other words.
    for _ in 0..2 {
        match prev_token(input.text, town, floor) {
            Some(w) if name_word(input, &w) => town = w.start,
            _ => break,
        }
    }
    Some(match number_street_before(input, town, floor) {
        Some(street) => Candidate::new(
            RULE,
            street..end,
            0.85,
            "street line, town and British postcode",
        ),
        None => Candidate::new(RULE, town..end, 0.7, "town with a British postcode"),
    })
}

/// The start of a number-first street line ("46a Michelle Course") that ends
/// with a comma or line break before `start`; the postcode after it says it
/// is an address, so the street type may be any word.
fn number_street_before(input: &Input<'_>, start: usize, floor: usize) -> Option<usize> {
    let bytes = input.text.as_bytes();
    let before = skip_spaces_back(input.text, start, GAP);
    let sep = before
        .checked_sub(1)
        .filter(|&i| i >= floor && matches!(bytes[i], b',' | b'\n'))?;
    let mut end = skip_spaces_back(input.text, sep, GAP);
    if end > floor && bytes[end - 1] == b'\r' {
        end -= 1;
    }
    let mut token = letters_start(input.text, end).filter(|&s| s >= floor)?..end;
    for _ in 0..4 {
        if !name_word(input, &token) || token.start < floor {
            return None;
        }
        let gap = skip_spaces_back(input.text, token.start, GAP);
        let number = number_token_start(bytes, gap, floor).filter(|_| gap < token.start);
        if let Some(n) = number.filter(|&n| address_place(input, n)) {
            return Some(n);
        }
        token = prev_token(input.text, token.start, floor)?;
    }
    None
}

/// "Washington, DC 20500" at `start`: town words, a comma, a state, a ZIP.
fn us_line(input: &Input<'_>, start: usize) -> Option<usize> {
    let mut end = letters_end(input.text, start)?;
    for _ in 0..3 {
        if input.text.as_bytes().get(end) == Some(&b',') {
            break;
        }
        end = next_word_same_line(input.text, end)?.end;
    }
    if !is_capitalised(&input.text[start..letters_end(input.text, start)?]) {
        return None;
    }
    let state = skip_spaces(input.text, end + 1, GAP);
    let state_end = state + 2;
    let code = input.text.get(state..state_end)?;
    let zip = skip_spaces(input.text, state_end, GAP);
    let ok = input.text.as_bytes().get(end) == Some(&b',')
        && STATES_SET.contains(code)
        && zip > state_end;
    ok.then(|| zip_end(input.text, zip)).flatten()
}

/// The end of a US ZIP code ("62704", "10001-1234") at `at`.
fn zip_end(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let five = b.get(at..at + 5)?.iter().all(u8::is_ascii_digit);
    let plus4 = b.get(at + 5) == Some(&b'-')
        && b.get(at + 6..at + 10)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let end = if plus4 { at + 10 } else { at + 5 };
    (five && word_end(text, end)).then_some(end)
}

/// The end of an Irish Eircode at `at` ("V94 Y2K1", "D6W XY12"): a routing
/// key of a letter, a digit and a digit or 'W', a space, and four letters
/// and digits with at least one digit.
fn eircode_end(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let key = b.get(at..at + 3)?;
    let id = b.get(at + 4..at + 8)?;
    let ok = key[0].is_ascii_uppercase()
        && key[1].is_ascii_digit()
        && (key[2].is_ascii_digit() || key[2] == b'W')
        && b[at + 3] == b' '
        && id
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && id.iter().any(u8::is_ascii_digit);
    (ok && word_end(text, at + 8)).then_some(at + 8)
}

/// "Springfield, IL 62704" found from its ZIP at `p`.
fn us_alone(input: &Input<'_>, p: usize, run_end: usize, floor: usize) -> Option<Candidate> {
    if run_end - p != 5 {
        return None;
    }
    let state_end = skip_spaces_back(input.text, p, GAP);
    let state = state_end
        .checked_sub(2)
        .filter(|&s| s > floor && state_end < p)?;
    let comma = skip_spaces_back(input.text, state, GAP);
    let town_end = comma
        .checked_sub(1)
        .filter(|&c| input.text.as_bytes()[c] == b',' && comma < state)?;
    let mut town = letters_start(input.text, town_end).filter(|&t| t >= floor)?;
    // "New York", "Salt Lake City": up to two more capitalised words.
    for _ in 0..2 {
        match prev_token(input.text, town, floor) {
            Some(w) if is_capitalised(&input.text[w.clone()]) => town = w.start,
            _ => break,
        }
    }
    let end = us_line(input, town)?;
    // "1981 Larimer Street⏎Denver, CO 80202": the street line before it.
    Some(match number_street_before(input, town, floor) {
        Some(street) => Candidate::new(
            RULE,
            street..end,
            0.85,
            "street line, town, US state and ZIP code",
        ),
        None => Candidate::new(RULE, town..end, 0.7, "town with a US state and ZIP code"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::lexicon_common::assert_sorted;
    use crate::{Policy, Scanner};

    fn addresses(text: &str) -> Vec<&str> {
        Scanner::new(Policy::default())
            .scan(text)
            .into_iter()
            .filter(|f| f.rule == "postal_address")
            .map(|f| &text[f.span])
            .collect()
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for (name, list) in [
            ("COMPOUND_TYPES", COMPOUND_TYPES),
            ("NOT_STREETS", NOT_STREETS),
            ("TYPES_AFTER", TYPES_AFTER),
            ("TYPES_BEFORE", TYPES_BEFORE),
            ("TYPES_BEFORE_NUMBER_FIRST", TYPES_BEFORE_NUMBER_FIRST),
            ("TYPES_EN", TYPES_EN),
            ("PARTICLES", PARTICLES),
            ("COMMON", COMMON),
            ("TOWNS", TOWNS),
        ] {
            assert_sorted(name, list);
        }
    }

    #[test]
    fn streets_postcodes_and_towns_are_found_in_every_country_format() {
        let cases: &[(&str, &str)] = &[
            ("Lieferung an Karl-Marx-Allee 90a", "Karl-Marx-Allee 90a"),
            (
                "Adresse: Mittlere Strasse 12, CH-4056 Basel",
                "Mittlere Strasse 12, CH-4056 Basel",
            ),
            ("Wohnt jetzt in der Schottenring 3", "Schottenring 3"),
            (
                "Avenue de la Gare 10\n1003 Lausanne",
                "Avenue de la Gare 10\n1003 Lausanne",
            ),
            (
                "Piazza della Signoria 5, 50122 Firenze",
                "Piazza della Signoria 5, 50122 Firenze",
            ),
            (
                "Prinsengracht 263-267, 1016 GV Amsterdam",
                "Prinsengracht 263-267, 1016 GV Amsterdam",
            ),
            ("Karlova 5\n110 00 Praha 1", "Karlova 5\n110 00 Praha 1"),
            (
                "1600 Pennsylvania Avenue NW\nWashington, DC 20500",
                "1600 Pennsylvania Avenue NW\nWashington, DC 20500",
            ),
            (
                "Send it to Springfield, IL 62704 please",
                "Springfield, IL 62704",
            ),
            ("Ship to London SW1A 1AA", "London SW1A 1AA"),
            ("Neue Adresse: 3011 Bern", "3011 Bern"),
            ("Bureau:\n75008 PARIS", "75008 PARIS"),
            ("Kontakt: 6300 Zug", "6300 Zug"),
            (
                "Shop: Marktgasse 10, 3011 Bern. Offen bis 18 Uhr",
                "Marktgasse 10, 3011 Bern",
            ),
            ("Postfach, 9000 St. Gallen", "9000 St. Gallen"),
            (
                "Frankfurt office, 60311 Frankfurt am Main",
                "60311 Frankfurt am Main",
            ),
            (
                "Stuur de documenten naar Vrijdagmarkt 14, 9000 Gent graag.",
                "Vrijdagmarkt 14, 9000 Gent",
            ),
            (
                "Doručte to na adresu Bělehradská 1204/31, 120 00 Praha 2, díky",
                "Bělehradská 1204/31, 120 00 Praha 2",
            ),
            (
                "Le colis part chez Grand-Place 3, 7000 Mons demain",
                "Grand-Place 3, 7000 Mons",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(addresses(text), vec![*want], "in {text:?}");
        }
    }

    #[test]
    fn prices_years_ranks_and_times_stay_silent() {
        let cases = [
            "Treffpunkt Bahnhofplatz um 10:30",
            "Der Preis ist CHF 1200.- pro Monat",
            "2019 Mitglied geworden, 2020 Vorstand",
            "Wir sind 1200 Mitarbeiter.",
            "Rang 3 im Ring 2 des Turniers",
            "Meeting 3 moved to Friday",
            "Offering 5 new seats",
            "The 3 Best Way to learn",
            "12345678901234567890 1 1 1 1",
            "Bahnhofstrasse 2024 Fest",
            "Score 3:1 für Basel",
            "€ 4000 Mehrkosten",
            "Wir sind in Halle 3, 3000 Besucher erwartet.",
            "Er kam an Tag 2, 1500 Leute waren da",
            "We moved to Level 12, 3000 visitors came",
        ];
        for text in cases {
            assert!(
                addresses(text).is_empty(),
                "{text:?} gave {:?}",
                addresses(text)
            );
        }
    }

    #[test]
    fn adversarial_inputs_scan_in_linear_time_and_never_panic() {
        for text in [
            "1".repeat(30_000),
            "1 ".repeat(50_000),
            "Strasse 1, ".repeat(10_000),
            "A1 1AA ".repeat(10_000),
            "Ü1 ".repeat(30_000),
        ] {
            let _ = addresses(&text);
        }
        for s in [
            "1",
            "Rue 1",
            "CH-",
            "CH-1",
            "A1 1A",
            "110 0",
            "Wien, DC 1",
            "ü 12a",
            "x\n1000 Ä",
        ] {
            let _ = addresses(s);
        }
    }
}
