//! `customer_relationship`: phrases by which a bank, insurer, post office,
//! public office or company confirms that the reader is its client.
//!
//! Built as a small phrase grammar, not a list of sentences, so that it
//! covers the phrasings nobody listed:
//!
//! - a possessive addressed to the reader (`Ihr`, `votre`, `il suo`, `uw`,
//!   `váš`, `your` …), up to two modifiers (`neues`, `credit`, `persoonlijke`),
//!   then a banking or contract noun (`Konto`, `hypothèque`, `mutuo`,
//!   `rekening`, `účet`, `mortgage` …), an adviser (`Kundenberater`,
//!   `account manager`) or loyalty (`Treue`, `fidélité`, `loyalty` …);
//! - tenure: a client noun with a tenure adjective (`langjährige Kundin`,
//!   `long-standing client`) or a "since" phrase (`client depuis 2012`);
//! - "with us" after the noun (`Ihr Depot bei uns`, `your card with us`)
//!   confirms it and joins the span; with it, a third-person possessive in
//!   an internal note is found too (`ihr Depot bei uns`, `her mortgage with
//!   us`, `jeho smlouvu u nás`), which alone would be anyone's product;
//! - membership: a client or member noun of the writer's institution or
//!   "with us" (`als Mitglied unserer Bank`, `en tant que client de notre
//!   agence`, `jako klient naší záložny`, `a customer of ours`); stated with
//!   "as", the whole "as" clause is the span. A member noun alone is a
//!   club's as often, so it needs the institution (or a tier after "as a").
//!
//! The span is the noun phrase that gives the relationship away, as a date
//! of birth is the date without "born on": the possessive and noun with
//! "with us", or the loyalty or tenure phrase with "our" before it. Thanks
//! (`Vielen Dank für`), `as a` (`Als`, `En tant que`) and a first-person
//! verb (`wir haben … geprüft`) gate or confirm a phrase but stay context.
//!
//! Possessive and noun must be of the same language, so that the Dutch `je`
//! before the French `compte` ("je compte sur vous") is nothing.
//!
//! The words around the phrase, within its sentence, silence it when it is
//! marketing (`open your account`, `eröffnen Sie Ihr Konto`), a how-to with a
//! UI word (`your account settings`, `in der App`), a conditional (`if your
//! card is lost`), a security warning (`we never ask for …`), a request to
//! write in private, or thanks to everyone (`thank you all for your loyalty`).
//!
//! Why scan words rather than search phrases: one pass over the bytes with a
//! `match` on each short word costs about as much as one substring search,
//! and the grammar looks at the neighbours of the few words that match.

use std::ops::Range;

use super::contact_common::{may_hold, shape_set, word_map, ShapeSet, WordMap};
use super::util::is_word_byte;
use super::{Candidate, Input, RuleSpec, Span};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "customer_relationship",
    category: Category::Confidential,
    description: describe!(
        "Phrases that confirm the reader is a client (bank-client, insurance and postal \
                  secrecy), in de, fr, it, nl, cs and en: a possessive addressed to the reader \
                  followed within two words by a banking or contract noun and the compound or \
                  modifier attached to it ('Ihr Sparkonto', 'votre compte épargne', 'il suo conto \
                  corrente', 'uw rekening', 'váš účet', 'your savings account'), an adviser \
                  ('your account manager') or loyalty ('Ihre Treue'), and tenure phrases \
                  ('langjährige Kundin', 'client depuis 2012', 'long-standing client'), and \
                  membership of the writer's institution ('als Mitglied unserer Bank', 'en tant \
                  que client de notre agence', 'a customer of ours'). The span \
                  is the noun phrase that gives the relationship away: the possessive and noun \
                  with 'with us' when it follows ('Ihr Depot bei uns', 'your card with us'), or \
                  the loyalty or tenure phrase with 'our' before it ('nostro cliente storico'); \
                  the thanks ('Vielen Dank für'), 'as a' and a first-person verb around it ('wir \
                  haben … geprüft') are context, not span. Ambiguous nouns (card, contract, policy, \
                  insurance) need a banking modifier, the kind of insurance of a policy, 'with us' \
                  or a confirming verb. Silent for marketing \
                  verbs ('open your account'), how-to phrasing with a UI word (settings, login, \
                  app, password), conditionals ('if your card is lost'), 'we never ask', \
                  private-message invitations, thanks to everyone and 'our' accounts."
    ),
    priority: 51,
    matches: examples![
        (
            "Vielen Dank für Ihre Treue! Wir melden uns.",
            "Ihre Treue",
        ),
        (
            "Monsieur Roy, votre contrat de location chez nous arrive à échéance en juin.",
            "votre contrat de location chez nous",
        ),
        (
            "Gentile sig. Neri, il suo contratto di leasing con noi scade a giugno.",
            "il suo contratto di leasing con noi",
        ),
        (
            "Dear Ms Hale, your policy of insurance with us ends in May.",
            "your policy of insurance with us",
        ),
        (
            "Wir haben es geprüft: Ihre Buchung bei uns ist jetzt auf Freitag umgestellt.",
            "Ihre Buchung bei uns",
        ),
        (
            "Merci pour tout en tant que client Premium depuis 2015, on vous écrit en privé.",
            "client Premium depuis 2015",
        ),
        (
            "Wir haben Ihr Konto geprüft und die Gebühr erstattet.",
            "Ihr Konto",
        ),
        (
            "Gestern haben wir uns Ihr Depot genauer angesehen.",
            "Ihr Depot",
        ),
        (
            "Als langjährige Kundin wissen Sie ja, wie das läuft.",
            "langjährige Kundin",
        ),
        ("Ihr Sparkonto ist nicht betroffen.", "Ihr Sparkonto"),
        (
            "Buongiorno Signora, grazie mille per la fedeltà! La chiamiamo oggi.",
            "la fedeltà",
        ),
        (
            "Merci pour votre fidélité, Madame Dubois !",
            "votre fidélité",
        ),
        (
            "Nous avons bloqué votre carte bancaire par précaution.",
            "votre carte bancaire",
        ),
        (
            "Bien sûr, votre compte épargne n'est pas concerné.",
            "votre compte épargne",
        ),
        (
            "En tant que cliente de longue date, vous le savez.",
            "cliente de longue date",
        ),
        (
            "Gentile cliente, il suo mutuo scade a fine mese.",
            "il suo mutuo",
        ),
        (
            "Grazie mille per la sua fedeltà!",
            "la sua fedeltà",
        ),
        (
            "Abbiamo verificato il suo conto corrente ieri.",
            "il suo conto corrente",
        ),
        (
            "Come cliente di lunga data lei sa che...",
            "cliente di lunga data",
        ),
        (
            "Bedankt voor uw trouw, we lossen het snel op.",
            "uw trouw",
        ),
        (
            "We hebben uw hypotheek nagekeken en alles klopt.",
            "uw hypotheek",
        ),
        ("Als trouwe klant weet u dat.", "trouwe klant"),
        (
            "Ihre Reiseversicherung wurde verlängert, Frau Keller.",
            "Ihre Reiseversicherung",
        ),
        ("Uw reisverzekering is verlengd.", "Uw reisverzekering"),
        (
            "Děkujeme za Vaši věrnost, pane Nováku.",
            "Vaši věrnost",
        ),
        (
            "Zkontrolovali jsme Váš účet a vše je v pořádku.",
            "Váš účet",
        ),
        (
            "Jako dlouholetý klient máte přednost.",
            "dlouholetý klient",
        ),
        ("Vaše hypotéka byla schválena.", "Vaše hypotéka"),
        (
            "Hi Sam, we have looked into your account and fixed the fee.",
            "your account",
        ),
        (
            "As a long-standing client you get priority support.",
            "long-standing client",
        ),
        (
            "Of course, your savings account is not affected.",
            "your savings account",
        ),
        (
            "Your account manager will call you tomorrow.",
            "Your account manager",
        ),
        (
            "Sie sind ja Kundin seit 2009, das sehen wir.",
            "Kundin seit 2009",
        ),
        (
            "Merci de votre confiance depuis 2015, à bientôt !",
            "votre confiance",
        ),
        (
            "Thanks for banking with us since 2009!",
            "banking with us",
        ),
        (
            "Děkujeme, že jste naší klientkou už 12 let.",
            "naší klientkou už 12 let",
        ),
        (
            "Děkujeme, že jste naším klientem už 8 let!",
            "naším klientem už 8 let",
        ),
        (
            "Il signor Neri, cliente dal 2004, chiede un appuntamento.",
            "cliente dal 2004",
        ),
        (
            "Wir haben die Buchungen auf Ihrem Konto geprüft.",
            "Ihrem Konto",
        ),
        (
            "Fijn dat u al 20 jaar klant bij ons bent!",
            "al 20 jaar klant bij ons",
        ),
        (
            "Grazie per essere cliente da oltre 10 anni.",
            "cliente da oltre 10 anni",
        ),
        (
            "Il suo prestito personale è stato approvato.",
            "Il suo prestito personale",
        ),
        (
            "Ihr Depot bei uns ist nicht betroffen.",
            "Ihr Depot bei uns"
        ),
        (
            "Ihr Router bei uns wird morgen getauscht.",
            "Ihr Router bei uns"
        ),
        (
            "Hoi Jonas, je account bij ons is weer geactiveerd.",
            "je account bij ons"
        ),
        (
            "Votre box internet chez nous sera remplacée sous 48 h.",
            "Votre box internet chez nous"
        ),
        (
            "Il suo modem presso di noi è stato sostituito.",
            "Il suo modem presso di noi"
        ),
        (
            "Dobrý den, váš zákaznický účet u nás je znovu aktivní.",
            "váš zákaznický účet u nás"
        ),
        (
            "Uw creditcard bij ons is geblokkeerd.",
            "Uw creditcard bij ons"
        ),
        (
            "Váš spořicí účet u nás je v pořádku.",
            "Váš spořicí účet u nás"
        ),
        (
            "Votre carte de crédit chez nous est bloquée.",
            "Votre carte de crédit chez nous",
        ),
        (
            "Sie sind seit 2009 Kundin bei uns, deshalb gern.",
            "seit 2009 Kundin bei uns",
        ),
        (
            "Wir bestätigen die Kündigung Ihres Sparplans.",
            "Ihres Sparplans",
        ),
        (
            "La sua polizza auto è stata rinnovata.",
            "La sua polizza auto",
        ),
        (
            "Votre contrat d'assurance habitation a été renouvelé.",
            "Votre contrat d'assurance habitation",
        ),
        (
            "Oui, votre assurance voyage couvre l'annulation.",
            "votre assurance voyage",
        ),
        (
            "Ihre Reiseversicherung wird ab dem 1. Mai angepasst.",
            "Ihre Reiseversicherung",
        ),
        ("Vaše pojistná smlouva je platná.", "Vaše pojistná smlouva"),
        (
            "Votre dossier de crédit est complet.",
            "Votre dossier de crédit"
        ),
        (
            "Bedankt voor uw trouw als klant!",
            "uw trouw",
        ),
        (
            "Come cliente Premium ha diritto alla sostituzione.",
            "cliente Premium",
        ),
        (
            "Your mortgage application is complete.",
            "Your mortgage application",
        ),
        (
            "Frau Keller möchte ihr Depot bei uns auflösen.",
            "ihr Depot bei uns",
        ),
        (
            "Il souhaite clôturer son plan d'épargne chez nous.",
            "son plan d'épargne chez nous",
        ),
        (
            "Ze wil haar hypotheek bij ons oversluiten.",
            "haar hypotheek bij ons",
        ),
        (
            "Chce převést svou hypotéku u nás jinam.",
            "svou hypotéku u nás",
        ),
        (
            "She wants to move her mortgage with us elsewhere.",
            "her mortgage with us",
        ),
        (
            "Nous avons retrouvé votre abonnement mobile.",
            "votre abonnement mobile",
        ),
        (
            "Abbiamo trovato il tuo abbonamento.",
            "il tuo abbonamento",
        ),
        ("Našli jsme tvůj tarif.", "tvůj tarif"),
        (
            "We found your broadband contract and fixed the bill.",
            "your broadband contract",
        ),
        (
            "René je náš dlouholetý klient.",
            "náš dlouholetý klient",
        ),
        (
            "Bonjour, votre contrat d'électricité chez nous est passé à l'offre verte.",
            "votre contrat d'électricité chez nous",
        ),
        (
            "Buongiorno, il suo contratto luce con noi è passato all'offerta verde.",
            "il suo contratto luce con noi",
        ),
        (
            "Hallo, uw energiecontract bij ons is omgezet naar groene stroom.",
            "uw energiecontract bij ons",
        ),
        (
            "Dobrý den, Vaše smlouva na elektřinu byla převedena na zelený tarif.",
            "Vaše smlouva na elektřinu",
        ),
        (
            "Dobrý den, Vaše pojištění domácnosti kryje i škody vodou.",
            "Vaše pojištění domácnosti",
        ),
        (
            "Prověřili jsme Váš účet u nás – platba dnes ráno dorazila.",
            "Váš účet u nás",
        ),
        (
            "Thanks! Your supply agreement with us continues as normal.",
            "Your supply agreement with us",
        ),
        (
            "Merci ! Votre contrat de fourniture chez nous continue normalement.",
            "Votre contrat de fourniture chez nous",
        ),
        (
            "Vaše smlouva o dodávce u nás běží normálně dál.",
            "Vaše smlouva o dodávce u nás",
        ),
        (
            "Geachte heer, uw pensioenopbouw bij ons fonds is geïndexeerd.",
            "uw pensioenopbouw bij ons fonds",
        ),
        (
            "la sua posizione previdenziale presso il nostro fondo è stata rivalutata.",
            "la sua posizione previdenziale presso il nostro fondo",
        ),
        (
            "Ihr Guthaben bei unserer Kasse wurde verzinst.",
            "Ihr Guthaben bei unserer Kasse",
        ),
        (
            "Hallo, als Mitglied unserer Genossenschaftsbank sind Sie zur Versammlung eingeladen.",
            "als Mitglied unserer Genossenschaftsbank",
        ),
        (
            "En tant que sociétaire de notre caisse, vous votez à l'assemblée.",
            "En tant que sociétaire de notre caisse",
        ),
        (
            "In quanto cliente della nostra filiale riceverà la carta per posta.",
            "In quanto cliente della nostra filiale",
        ),
        (
            "Als klant van onze spaarbank ontvangt u de nieuwe pas per post.",
            "Als klant van onze spaarbank",
        ),
        (
            "Jako členka naší spořitelny dostanete výpis poštou.",
            "Jako členka naší spořitelny",
        ),
        (
            "Thanks for being a customer of ours since 2011!",
            "a customer of ours since 2011",
        ),
        (
            "Herr Brun war heute hier, seine Hypothek bei uns läuft im Mai aus.",
            "seine Hypothek bei uns",
        ),
        (
            "Mevrouw De Wit belde vandaag, haar lening bij ons is afgelost.",
            "haar lening bij ons",
        ),
        (
            "Pan Novák tu byl dnes, jeho úvěr u nás končí v květnu.",
            "jeho úvěr u nás",
        ),
        (
            "Wir haben 2 % Zins auf Ihr Sparkonto gutgeschrieben.",
            "Ihr Sparkonto",
        ),
        (
            "Sein Depot bei unserer Filiale wurde aufgelöst.",
            "Sein Depot bei unserer Filiale",
        ),
        (
            "In quanto correntista della nostra banca può chiedere il rimborso.",
            "In quanto correntista della nostra banca",
        ),
        (
            "As a policyholder with us since 2010 you are covered.",
            "As a policyholder with us since 2010",
        ),
        (
            "Come nostro cliente ha diritto alla sostituzione.",
            "nostro cliente",
        ),
        (
            "Jako náš klient máte nárok na slevu.",
            "náš klient",
        ),
        (
            "As our customer, you know the drill.",
            "our customer",
        ),
    ],
    ignores: examples![
        ("Visit our bank with our team today!", "no reader's product"),
        (
            "Your booking with us now opens in the app for everyone.",
            "'now' and 'open' with no auxiliary after 'with us' is a how-to",
        ),
        ("Your question with us remains open to everyone here.", "no product held"),
        (
            "Votre contrat de fourniture est simple à résilier en ligne.",
            "a how-to, no product held with the writer",
        ),
        ("Share your story with us!", "no verb says what happens to a product"),
        ("Feiern Sie Ihren Geburtstag bei uns!", "an invitation, no product held"),
        ("Your stay with us was lovely.", "a guest's stay, not a client's product"),
        ("Le fichier ~/.vimrc initialise Vim pour votre compte utilisateur.", "a computer account"),
        ("Ihr Benutzerkonto wurde nach drei Fehlversuchen gesperrt.", "a login, not a client's account"),
        ("Votre séjour chez nous est offert !", "a guest's stay, not a client's product"),
        (
            "Die Mobiliarversicherung sponsert das Turnfest.",
            "an insurer named, no reader's policy",
        ),
        (
            "Ihre Versicherung zahlt das nicht.",
            "the reader's insurer, not a product they hold with us",
        ),
        (
            "Een autoverzekering vergelijken loont altijd.",
            "an insurance product in general",
        ),
        (
            "Schreiben Sie uns eine PN, dann schauen wir es an.",
            "an invitation to write in private",
        ),
        (
            "Grazie a tutti per la fedeltà, siete fantastici!",
            "thanks to everyone for the loyalty",
        ),
        (
            "Eröffnen Sie jetzt Ihr Konto online!",
            "marketing to everyone",
        ),
        (
            "Danke an alle unsere Kundinnen und Kunden!",
            "thanks addressed to everyone",
        ),
        (
            "Log in to your account settings to change the language.",
            "a how-to with a UI word",
        ),
        (
            "Devenez client et ouvrez votre compte en 5 minutes.",
            "marketing to everyone",
        ),
        (
            "Unser Konto bei der Post ist für Spenden offen.",
            "our own account, not the reader's",
        ),
        (
            "Je compte sur vous pour demain !",
            "French 'je', not the Dutch possessive",
        ),
        (
            "Kun je rekening houden met de drukte?",
            "the Dutch idiom 'rekening houden met'",
        ),
        (
            "If your card is lost, call the hotline at once.",
            "generic advice, a conditional",
        ),
        (
            "Thank you all for your loyalty this year!",
            "thanks addressed to everyone",
        ),
        (
            "Nikdy vás nebudeme žádat o heslo k vašemu účtu.",
            "a security warning with a UI word",
        ),
        (
            "Love your portfolio, the colours are great!",
            "an ambiguous noun with nothing confirming",
        ),
        (
            "Wir brauchen Ihr Vertrauen in die Demokratie.",
            "trust without thanks says nothing about a client",
        ),
        (
            "Is online banking with us safe?",
            "banking with us without thanks is a question to everyone",
        ),
        (
            "Nous avons vérifié les opérations sur le serveur.",
            "movements, but of no account of the reader's",
        ),
        (
            "Votre dossier est complet, merci.",
            "a file of any office, no banking product",
        ),
        (
            "Votre assurance vous rembourse peut-être.",
            "the reader's insurer, not a product",
        ),
        (
            "Als Premium-Kunde profitieren Sie von Rabatten.",
            "marketing to a tier of clients",
        ),
        (
            "Open je spaarrekening bij ons vandaag!",
            "marketing, even with 'with us'",
        ),
        (
            "Sie hat ihr Konto gestern gekündigt.",
            "someone's account, not said to be with us",
        ),
        (
            "She closed her account last year.",
            "someone's account, not said to be with us",
        ),
        (
            "Il a perdu sa carte au marché.",
            "someone's card, not said to be with us",
        ),
        (
            "Jetzt Ihr Abo abschließen!",
            "marketing a subscription",
        ),
        (
            "Upgrade your broadband contract today!",
            "marketing a contract",
        ),
        (
            "Keep your balance and reflux a moment.",
            "the idiom 'keep your balance'",
        ),
        (
            "Uscite e createvene qualcuna per vostro conto.",
            "the idiom 'per vostro conto' (on your own)",
        ),
        (
            "Il s'est mis à son compte l'an dernier.",
            "the idiom 'à son compte' (self-employed)",
        ),
        (
            "Comparez votre contrat d'électricité avec nos offres dès aujourd'hui !",
            "marketing for a supply contract",
        ),
        (
            "Jak zrušit smlouvu na elektřinu? Návod najdete v aplikaci.",
            "a how-to without a possessive",
        ),
        (
            "Werden Sie Kunde bei uns und sichern Sie sich den Bonus!",
            "marketing: an invitation to become a client confirms nobody",
        ),
        (
            "Become a member of our building society and save more!",
            "marketing: an invitation to become a member",
        ),
        (
            "Word lid van onze bank en profiteer van de ledenkorting!",
            "marketing: an invitation to become a member",
        ),
        (
            "Devenez sociétaire de notre caisse et profitez de nos offres.",
            "marketing: an invitation to become a member",
        ),
        (
            "Er ist langjähriges Mitglied im Turnverein.",
            "a club's member, not a client of the writer",
        ),
        (
            "Contactez votre conseiller pour prendre rendez-vous.",
            "a pointer to whoever advises the reader, said to anyone",
        ),
        (
            "Sie war heute hier, ihr Konto ist woanders.",
            "someone's account, not said to be with us",
        ),
        (
            "As our customer service team explained, the app is down.",
            "'customer' modifies a team",
        ),
        (
            "Werden Sie unser Kunde!",
            "marketing: an invitation to become a client",
        ),
        (
            "Kunden unserer Bank zahlen weniger.",
            "clients in general, plural",
        ),
        (
            "As a member of our club you get free drinks.",
            "a club's member, not a client",
        ),
        (
            "Tot 2 % rente op je spaarrekening, alleen deze maand!",
            "a rate advertised to anyone",
        ),
        (
            "3 % d'intérêt sur votre compte épargne, c'est possible.",
            "a rate advertised to anyone",
        ),
    ],
}];

const DE: u8 = 1;
const FR: u8 = 2;
const IT: u8 = 4;
const NL: u8 = 8;
const CS: u8 = 16;
const EN: u8 = 32;

/// How far the grammar looks around a phrase, in bytes.
const REACH: usize = 96;

/// A word of `lower` by byte offsets.
#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
}

impl Word {
    fn of(self, lower: &str) -> &str {
        &lower[self.start..self.end]
    }
}

/// What the noun of a phrase names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// An account, mortgage, loan, deposit: the reader's own.
    Strong,
    /// A card, contract, policy, portfolio: ambiguous alone.
    Weak,
    /// The reader's own bank adviser.
    Adviser,
    /// The reader's loyalty as a client.
    Loyalty,
}

use Trigger::{Banking, Client, Loyalty, Member, Possessive, Third};

/// A word that may start a phrase.
#[derive(Clone, Copy)]
enum Trigger {
    /// A possessive addressed to the reader, with its language.
    Possessive(u8),
    /// A third-person possessive ("her", "son", "jeho"), with its language:
    /// a client's product in an internal note, only with "with us" after it.
    Third(u8),
    /// A singular client noun, with its language.
    Client(u8),
    /// A singular member noun ("Mitglied", "socio", "lid"), with its
    /// language: a client of a cooperative bank or mutual, but of a club
    /// too, so only with "of our bank" or a tier after "as a".
    Member(u8),
    /// "banking" in "thanks for banking with us" (English).
    Banking,
    /// A loyalty noun after a definite article, with its language:
    /// "grazie per la fedeltà", "thank you for the loyalty".
    Loyalty(u8),
}

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let lower = input.lower.as_bytes();
    let mut consumed = 0;
    // Only whole words can start a phrase: the shared word runs visit each
    // once, and a shape test rejects nearly all before the lookup. Reading
    // every byte here cost two thirds of this detector (issue 2).
    let runs = input.word_runs();
    for (i, run) in runs.iter().enumerate() {
        let word = Word {
            start: run.start(),
            end: run.end(),
        };
        if word.start < consumed || !may_hold(&TRIGGER_SHAPES, &lower[run.range()]) {
            continue;
        }
        let next = &runs[i + 1..(i + 9).min(runs.len())];
        if let Some(c) = phrase_at(input, word, next) {
            consumed = c.span.end;
            out.push(c);
        }
    }
}

/// The phrase that the word `word` starts, if any; `next` holds the word
/// runs after it (up to eight).
fn phrase_at(input: &Input<'_>, word: Word, next: &[Span]) -> Option<Candidate> {
    match trigger(word.of(input.lower))? {
        Trigger::Possessive(lang) => possessive_phrase(input, word, lang, false)
            .or_else(|| held_with_us(input, word, lang, next)),
        Trigger::Third(lang) => possessive_phrase(input, word, lang, true),
        Trigger::Client(lang) => tenure_phrase(input, word, lang, false),
        Trigger::Member(lang) => tenure_phrase(input, word, lang, true),
        Trigger::Banking => banking_with_us(input, word),
        Trigger::Loyalty(lang) => thanked_loyalty(input, word, lang),
    }
}

/// Words that may start a phrase.
const TRIGGERS: &[(&str, Trigger)] = &[
    ("client", Client(FR | IT | EN)),
    ("cliente", Client(FR | IT | EN)),
    ("banking", Banking),
    ("fedeltà", Loyalty(IT)),
    ("fidélité", Loyalty(FR)),
    ("loyalty", Loyalty(EN)),
    ("treue", Loyalty(DE)),
    ("trouw", Loyalty(NL)),
    ("customer", Client(EN)),
    ("dein", Possessive(DE)),
    ("deine", Possessive(DE)),
    ("deinem", Possessive(DE)),
    ("deinen", Possessive(DE)),
    ("deiner", Possessive(DE)),
    ("deines", Possessive(DE)),
    ("euer", Possessive(DE)),
    ("eure", Possessive(DE)),
    ("eurem", Possessive(DE)),
    ("euren", Possessive(DE)),
    ("ihr", Possessive(DE)),
    ("ihre", Possessive(DE)),
    ("ihrem", Possessive(DE)),
    ("ihren", Possessive(DE)),
    ("ihrer", Possessive(DE)),
    ("ihres", Possessive(DE)),
    ("je", Possessive(NL)),
    ("jouw", Possessive(NL)),
    ("klant", Client(NL)),
    ("klient", Client(CS)),
    ("klienta", Client(CS)),
    ("klientka", Client(CS)),
    ("klientem", Client(CS)),
    ("klientkou", Client(CS)),
    ("klientku", Client(CS)),
    ("kunde", Client(DE)),
    ("kunden", Client(DE)),
    ("kundin", Client(DE)),
    ("sua", Possessive(IT)),
    ("sue", Possessive(IT)),
    ("suo", Possessive(IT)),
    ("suoi", Possessive(IT)),
    ("ta", Possessive(FR)),
    ("tes", Possessive(FR)),
    ("ton", Possessive(FR)),
    ("tua", Possessive(IT)),
    ("tue", Possessive(IT)),
    ("tuo", Possessive(IT)),
    ("tuoi", Possessive(IT)),
    ("tvoje", Possessive(CS)),
    ("tvojí", Possessive(CS)),
    ("tvou", Possessive(CS)),
    ("tvá", Possessive(CS)),
    ("tvé", Possessive(CS)),
    ("tvého", Possessive(CS)),
    ("tvém", Possessive(CS)),
    ("tvému", Possessive(CS)),
    ("tvým", Possessive(CS)),
    ("tvůj", Possessive(CS)),
    ("uw", Possessive(NL)),
    ("vaše", Possessive(CS)),
    ("vašeho", Possessive(CS)),
    ("vašem", Possessive(CS)),
    ("vašemu", Possessive(CS)),
    ("vaši", Possessive(CS)),
    ("vašich", Possessive(CS)),
    ("vašim", Possessive(CS)),
    ("vašimi", Possessive(CS)),
    ("vaší", Possessive(CS)),
    ("vaším", Possessive(CS)),
    ("vos", Possessive(FR)),
    ("vostra", Possessive(IT)),
    ("vostre", Possessive(IT)),
    ("vostri", Possessive(IT)),
    ("vostro", Possessive(IT)),
    ("votre", Possessive(FR)),
    ("váš", Possessive(CS)),
    ("your", Possessive(EN)),
    ("zákaznice", Client(CS)),
    ("zákazník", Client(CS)),
    ("zákazníka", Client(CS)),
    ("zákazníkem", Client(CS)),
    ("mitglied", Member(DE)),
    ("membre", Member(FR)),
    ("sociétaire", Member(FR)),
    ("socio", Member(IT)),
    ("socia", Member(IT)),
    ("lid", Member(NL)),
    ("člen", Member(CS)),
    ("členem", Member(CS)),
    ("členka", Member(CS)),
    ("členkou", Member(CS)),
    ("member", Member(EN)),
    ("adhérent", Member(FR)),
    ("adhérente", Member(FR)),
    ("člena", Member(CS)),
    ("členku", Member(CS)),
    // Holders and insured persons: a bank's or insurer's clients by name.
    ("correntista", Client(IT)),
    ("assicurato", Client(IT)),
    ("assicurata", Client(IT)),
    ("assuré", Client(FR)),
    ("assurée", Client(FR)),
    ("versicherter", Client(DE)),
    ("kontoinhaber", Client(DE)),
    ("kontoinhaberin", Client(DE)),
    ("rekeninghouder", Client(NL)),
    ("verzekerde", Client(NL)),
    ("pojištěnec", Client(CS)),
    ("zákaznicí", Client(CS)),
    ("policyholder", Client(EN)),
    ("sein", Third(DE)),
    ("seine", Third(DE)),
    ("seinem", Third(DE)),
    ("seinen", Third(DE)),
    ("seiner", Third(DE)),
    ("seines", Third(DE)),
    ("son", Third(FR)),
    ("sa", Third(FR)),
    ("ses", Third(FR)),
    ("leur", Third(FR)),
    ("leurs", Third(FR)),
    ("loro", Third(IT)),
    ("zijn", Third(NL)),
    ("haar", Third(NL)),
    ("hun", Third(NL)),
    ("jeho", Third(CS)),
    ("její", Third(CS)),
    ("jejího", Third(CS)),
    ("jejím", Third(CS)),
    ("jejich", Third(CS)),
    ("svůj", Third(CS)),
    ("svou", Third(CS)),
    ("své", Third(CS)),
    ("svého", Third(CS)),
    ("svém", Third(CS)),
    ("svým", Third(CS)),
    ("svá", Third(CS)),
    ("svoje", Third(CS)),
    ("svoji", Third(CS)),
    ("his", Third(EN)),
    ("her", Third(EN)),
    ("their", Third(EN)),
];

/// [`TRIGGERS`] hashed: the main loop looks every word up here.
static TRIGGER_MAP: WordMap<Trigger> = word_map!(TRIGGERS, Trigger, 512);

/// The shapes of [`TRIGGERS`]: most words are rejected before hashing.
const TRIGGER_SHAPES: ShapeSet = shape_set!(TRIGGERS);

fn trigger(word: &str) -> Option<Trigger> {
    TRIGGER_MAP.get(word)
}

// ---------------------------------------------------------------------------
// Possessive + noun
// ---------------------------------------------------------------------------

/// A possessive, up to two modifiers, and a noun of the same language;
/// `third` for a third-person possessive.
fn possessive_phrase(input: &Input<'_>, poss: Word, lang: u8, third: bool) -> Option<Candidate> {
    let lower = input.lower;
    // German "ihr" in lower case is "her"/"their"; the polite "Ihr" is the
    // reader.
    let third = third
        || lang == DE
            && lower.as_bytes()[poss.start] == b'i'
            && input.text.as_bytes()[poss.start] != b'I';
    let limit = (poss.end + REACH).min(lower.len());
    let mut cur = poss;
    let mut banking = false;
    for _ in 0..3 {
        let next = next_word(lower, cur.end, limit)?;
        let word = next.of(lower);
        if let Some(end) = two_word_adviser(lower, next, lang, limit) {
            return judge_possessive(
                input,
                poss,
                Word {
                    start: next.start,
                    end,
                },
                Class::Adviser,
                lang,
                third,
            );
        }
        if let Some(class) = noun(word, lang) {
            // "your savings account", "your loan balance": the first noun
            // modifies the second, which is the head.
            let head = next_word(lower, next.end, limit)
                .is_some_and(|h| class != Class::Loyalty && noun(h.of(lower), lang).is_some());
            if !head {
                let (class, noun) = refine(lower, next, class, banking, lang, limit)?;
                return judge_possessive(input, poss, noun, class, lang, third);
            }
            banking = true;
            cur = next;
            continue;
        }
        banking |= modifier(word, lang)?;
        cur = next;
    }
    None
}

/// `account manager`, `relationship manager`, `financial adviser`: the end
/// of the two-word adviser starting at `first`.
fn two_word_adviser(lower: &str, first: Word, lang: u8, limit: usize) -> Option<usize> {
    let head = matches!(
        first.of(lower),
        "account" | "relationship" | "client" | "wealth" | "financial"
    );
    if lang != EN || !head {
        return None;
    }
    let second = next_word(lower, first.end, limit)?;
    matches!(second.of(lower), "manager" | "advisor" | "adviser").then_some(second.end)
}

/// Applies what follows the noun: a compound that makes it a UI thing or a
/// request (`account settings`, `account number`), an idiom (`rekening
/// houden`, `compte rendu`), or a banking modifier after it (`carte
/// bancaire`, `carta di credito`) that makes an ambiguous noun clear.
fn refine(
    lower: &str,
    noun: Word,
    class: Class,
    banking: bool,
    lang: u8,
    limit: usize,
) -> Option<(Class, Word)> {
    let Some(next) = next_word(lower, noun.end, limit) else {
        return Some((strengthen(class, banking), noun));
    };
    let after = next.of(lower);
    if is_compound_tail(after) || idiom(noun.of(lower), after) {
        return None;
    }
    let joined = |end| Word {
        start: noun.start,
        end,
    };

    if matches!(class, Class::Weak | Class::Strong) && lang & (FR | IT) != 0 {
        if let Some((end, class)) = noun_tail(lower, noun.of(lower), next, limit) {
            return Some((strengthen(class, banking), joined(end)));
        }
    }
    if lang == CS {
        if let Some(end) = cs_tail(lower, noun.of(lower), next, limit) {
            return Some((strengthen(class, banking), joined(end)));
        }
    }
    if needs_tail(noun.of(lower)) {
        return None;
    }
    // "your mortgage application": the application is the reader's too,
    // not the UI word "application" that would silence the phrase.
    if lang == EN && matches!(after, "application" | "applications") {
        return Some((strengthen(class, banking), joined(next.end)));
    }
    Some((strengthen(class, banking), noun))
}

/// Nouns that name the reader's product only with what follows them: "votre
/// dossier de crédit" (not any file of an office), "la sua pratica di
/// sinistro", "votre assurance voyage" (not the insurer), "son plan
/// d'épargne" (not any plan).
fn needs_tail(noun: &str) -> bool {
    matches!(
        noun,
        "dossier"
            | "dossiers"
            | "pratica"
            | "pratiche"
            | "assurance"
            | "assurances"
            | "plan"
            | "plans"
            | "piano"
            | "piani"
    ) || noun.starts_with("assicurazion")
}

/// A French or Italian tail that names the product: a banking modifier
/// ([`banking_tail`], which makes any noun clear), or the kind of insurance
/// after a policy ("la sua polizza auto", clear) or after the insurance
/// itself ("votre assurance voyage", which may still be the insurer).
fn noun_tail(lower: &str, noun: &str, next: Word, limit: usize) -> Option<(usize, Class)> {
    if let Some(end) = banking_tail(lower, next, limit) {
        return Some((end, Class::Strong));
    }
    if let Some(end) = supply_tail(lower, noun, next, limit) {
        return Some((end, Class::Weak));
    }
    if is_subscription(noun) && subscription_kind(next.of(lower)) {
        return Some((next.end, Class::Weak));
    }
    if !insurance_kind(next.of(lower)) {
        return None;
    }
    let policy = matches!(
        noun,
        "polizza" | "polizze" | "police" | "contrat" | "contrats" | "contratto" | "contratti"
    );
    let insurance = matches!(noun, "assurance" | "assurances") || noun.starts_with("assicurazion");
    if policy {
        Some((next.end, Class::Strong))
    } else {
        insurance.then_some((next.end, Class::Weak))
    }
}

/// What a supply contract is for, after "de"/"di" or (Italian) right after
/// it: "votre contrat d'électricité", "il suo contratto luce", "contratto di
/// fornitura gas". Returns its end.
fn supply_tail(lower: &str, noun: &str, next: Word, limit: usize) -> Option<usize> {
    if !matches!(noun, "contrat" | "contrats" | "contratto" | "contratti") {
        return None;
    }
    let kind = match next.of(lower) {
        "de" | "di" | "d" | "du" => next_word(lower, next.end, limit)?,
        _ => next,
    };
    let mut end = kind.end;
    let mut w = kind.of(lower);
    // "contratto di fornitura gas": the supply, then what is supplied; "votre
    // contrat de fourniture chez nous": the supply alone.
    if matches!(w, "fourniture" | "fornitura") {
        let Some(what) = next_word(lower, kind.end, limit).filter(|k| supply_kind(k.of(lower)))
        else {
            return Some(end);
        };
        (end, w) = (what.end, what.of(lower));
    }
    supply_kind(w).then_some(end)
}

/// What a Czech contract or insurance is for: "smlouva na elektřinu",
/// "pojištění domácnosti", "pojistka vozidla". Returns its end.
fn cs_tail(lower: &str, noun: &str, next: Word, limit: usize) -> Option<usize> {
    let what = next.of(lower);
    if noun.starts_with("smlouv") && matches!(what, "na" | "o") {
        let kind = next_word(lower, next.end, limit)?;
        // "smlouva o dodávce": a supply contract, whatever is supplied.
        let supply = matches!(kind.of(lower), "dodávce" | "dodávku" | "dodávkách");
        return (supply || supply_kind(kind.of(lower))).then_some(kind.end);
    }
    let insured = matches!(
        what,
        "domácnosti"
            | "vozidla"
            | "auta"
            | "nemovitosti"
            | "majetku"
            | "odpovědnosti"
            | "domu"
            | "bytu"
    );
    let insurance = noun.starts_with("pojist") || noun.starts_with("pojištění");
    (insurance && insured).then_some(next.end)
}

/// Energy and telecom supplies, in French, Italian and Czech: "électricité",
/// "gaz", "luce", "energia", "elektřinu", "plyn", "internet".
fn supply_kind(w: &str) -> bool {
    matches!(
        w,
        "électricité"
            | "gaz"
            | "énergie"
            | "internet"
            | "téléphone"
            | "mobile"
            | "luce"
            | "gas"
            | "energia"
            | "elettricità"
            | "telefono"
            | "telefonia"
            | "fibra"
            | "acqua"
            | "eau"
            | "elektřinu"
            | "elektřina"
            | "plyn"
            | "energii"
            | "vodu"
            | "telefon"
    )
}

/// A subscription or tariff noun of any language: "abonnement",
/// "abbonamento", "tarif", "subscription".
fn is_subscription(w: &str) -> bool {
    w.starts_with("abonnement")
        || w.starts_with("abbonament")
        || w.starts_with("tarif")
        || w.starts_with("předplatn")
        || w.starts_with("subscription")
        || matches!(w, "forfait" | "forfaits" | "abo")
}

/// What a French or Italian subscription is for, written after it:
/// "abonnement mobile", "abbonamento internet".
fn subscription_kind(w: &str) -> bool {
    matches!(
        w,
        "mobile" | "internet" | "fibre" | "téléphonique" | "telefonico" | "tv" | "adsl" | "box"
    )
}

/// What a French or Italian insurance covers, written after it: "assurance
/// habitation", "polizza auto".
fn insurance_kind(w: &str) -> bool {
    matches!(
        w,
        "auto"
            | "moto"
            | "voyage"
            | "habitation"
            | "ménage"
            | "vie"
            | "maladie"
            | "viaggio"
            | "casa"
            | "vita"
            | "infortuni"
            | "sanitaria"
            | "salute"
    )
}

fn strengthen(class: Class, banking: bool) -> Class {
    if class == Class::Weak && banking {
        Class::Strong
    } else {
        class
    }
}

/// Words after a noun that make it the name of a field, a setting or a
/// request for data rather than the reader's own account.
fn is_compound_tail(word: &str) -> bool {
    matches!(
        word,
        "number"
            | "numbers"
            | "details"
            | "settings"
            | "setting"
            | "name"
            | "login"
            | "password"
            | "nummer"
            | "daten"
            | "einstellungen"
            | "numéro"
            | "détails"
            | "paramètres"
            | "numero"
            | "dettagli"
            | "impostazioni"
            | "gegevens"
            | "instellingen"
            | "číslo"
            | "údaje"
            | "nastavení"
            | "id"
            | "iban"
            // A computer's account, not a client's: "votre compte
            // utilisateur", "your user account", "il suo account utente".
            | "utilisateur"
            | "utilisateurs"
            | "user"
            | "utente"
    )
}

/// Idioms in which the noun is not the reader's account or loyalty:
/// "rekening houden met" (take into account), "compte rendu" (report),
/// "your account of events", "your loyalty card" (a shop's scheme).
fn idiom(noun: &str, after: &str) -> bool {
    matches!(
        (noun, after),
        ("rekening", "houden" | "hield" | "gehouden")
            | ("compte", "rendu")
            | ("account", "of")
            | (
                "loyalty",
                "card"
                    | "cards"
                    | "program"
                    | "programme"
                    | "points"
                    | "scheme"
                    | "club"
                    | "rewards"
            )
    )
}

/// Idioms read from the word before the possessive: "keep your balance"
/// (stay upright), "per vostro conto" (on your own, Italian without its
/// article), "à son compte" and "pour votre compte" (self-employed, on your
/// behalf): no account of the reader's.
fn idiom_before(lower: &str, poss: Word, noun: &str) -> bool {
    let Some(prev) = prev_word(lower, poss.start, poss.start.saturating_sub(REACH)) else {
        return false;
    };
    matches!(
        (prev.of(lower), noun),
        (
            "keep"
                | "keeping"
                | "kept"
                | "lose"
                | "losing"
                | "lost"
                | "regain"
                | "regained"
                | "maintain"
                | "restore"
                | "recover"
                | "find"
                | "hold",
            "balance",
        ) | ("per", "conto" | "conti")
            | ("à" | "pour", "compte")
    )
}

/// A banking modifier written after a French or Italian noun: `bancaire`,
/// `de crédit`, `di credito`, `courant`, `corrente`. Returns its end.
fn banking_tail(lower: &str, next: Word, limit: usize) -> Option<usize> {
    match next.of(lower) {
        "bancaire" | "bancaria" | "bancario" | "courant" | "corrente" | "épargne"
        | "immobilier" | "hypothécaire" | "ipotecario" | "prépayée" | "prepagata" | "joint"
        | "titres" | "risparmio" | "deposito" | "cointestato" | "postale" | "personale"
        | "personnel" => Some(next.end),
        "de" | "di" | "du" | "d" => {
            let second = next_word(lower, next.end, limit)?;
            let w = second.of(lower);
            matches!(
                w,
                "crédit"
                    | "débit"
                    | "credito"
                    | "debito"
                    | "paiement"
                    | "pagamento"
                    | "prévoyance"
                    | "épargne"
                    | "risparmio"
                    | "accumulo"
                    | "dépôt"
                    | "prêt"
                    | "prestito"
                    | "mutuo"
                    | "financement"
                    | "finanziamento"
                    | "sinistre"
                    | "sinistro"
            )
            .then_some(second.end)
            .or_else(|| insurance_after_de(lower, second, limit))
        }
        _ => None,
    }
}

/// "(contrat) d'assurance habitation", "(contratto) di assicurazione casa":
/// the insurance and its kind after "de"/"di". Returns the end.
fn insurance_after_de(lower: &str, insurance: Word, limit: usize) -> Option<usize> {
    let w = insurance.of(lower);
    if w != "assurance" && !w.starts_with("assicurazion") {
        return None;
    }
    let kind = next_word(lower, insurance.end, limit).filter(|k| insurance_kind(k.of(lower)));
    Some(kind.map_or(insurance.end, |k| k.end))
}

/// Weighs the sentence around a possessive phrase.
fn judge_possessive(
    input: &Input<'_>,
    poss: Word,
    noun: Word,
    class: Class,
    lang: u8,
    third: bool,
) -> Option<Candidate> {
    let lower = input.lower;
    if idiom_before(lower, poss, noun.of(lower)) {
        return None;
    }
    let start = italian_article(lower, poss, lang).unwrap_or(poss.start);
    // "Ihr Depot bei uns", "your card with us": the writer holds what the
    // reader has, which confirms even an ambiguous noun and says it is no
    // how-to about the product in general ("… is back in the app").
    let with_us = with_us_after(lower, noun.end).or_else(|| with_us_after_complement(lower, noun));
    // "ihr Depot bei uns", "her mortgage with us": in an internal note, a
    // client's product held with the writer; without "with us" it may be
    // anyone's, anywhere.
    if third && (with_us.is_none() || class == Class::Loyalty) {
        return None;
    }
    let end = with_us.unwrap_or(noun.end);
    let around = Around::of(lower, start, end);
    let not_a_client = around.before(8, EVERYONE) || around.before(8, FAN) || around.after(4, FAN);
    let silenced = if with_us.is_some() {
        // "Ihre Buchung bei uns ist jetzt umgestellt": an auxiliary right
        // after reports a fact, so "jetzt" after it is no offer.
        let before = if third {
            around.silences_report_before(lang)
        } else {
            around.silences_before(lang)
        };
        before || around.after(4, MARKETING) && !around.after(1, CONFIRM)
    } else {
        around.silences(lang)
    };
    if silenced || class == Class::Loyalty && not_a_client || rate_before(lower, start, &around) {
        return None;
    }
    // "contact your adviser", "un rendez-vous avec votre conseiller": a
    // pointer to whoever advises the reader, said to anyone; "we spoke with
    // your adviser" reports the writer's own contact.
    if class == Class::Adviser && !around.before(8, WE) && reached_through(lower, start) {
        return None;
    }
    let confirmed = with_us.is_some() || around.before(8, WE) || state_after(&around, class);
    let (confidence, reason) = match class {
        _ if third => (
            0.75,
            "refers to a client's account or contract held with the writer",
        ),
        Class::Strong => (0.75, "refers to the reader's own account, loan or contract"),
        Class::Weak => (0.45, "refers to the reader's card, contract or policy"),
        Class::Adviser => (0.75, "refers to the reader's own bank adviser"),
        Class::Loyalty => (0.85, "thanks the reader for their loyalty as a client"),
    };
    let boost = match (confirmed, class) {
        (true, Class::Weak) => 0.25,
        (true, _) => 0.1,
        (false, _) => 0.0,
    };
    let thanked = class == Class::Loyalty && around.before(6, THANKS);
    if is_trust(noun.of(lower)) && thanks_frame(lower, start, lang).is_none() {
        return None;
    }
    let confidence = (confidence + boost + if thanked { 0.05 } else { 0.0 }) as f32;
    // The span is the noun phrase that gives the relationship away, as a
    // date of birth is the date without "born on": the thanks, the verb
    // frame ("wir haben … geprüft") and an action on the product ("die
    // Kündigung …") stay context.
    Some(Candidate::new(
        "customer_relationship",
        start..end,
        confidence.min(0.9),
        reason,
    ))
}

/// True when a rate stands just before the phrase in its sentence and the
/// writer reports no act of theirs: "profiteer van 2 % rente op je
/// spaarrekening", "3 % Zins auf Ihr Sparkonto" advertise a rate to anyone;
/// "wir haben 2 % Zins auf Ihr Sparkonto gutgeschrieben" reports one.
fn rate_before(lower: &str, start: usize, around: &Around) -> bool {
    let mut from = start.saturating_sub(24);
    while !lower.is_char_boundary(from) {
        from += 1;
    }
    let window = &lower.as_bytes()[from..start];
    let sentence = window
        .iter()
        .rposition(|&b| is_break(b))
        .map_or(window, |i| &window[i + 1..]);
    sentence.contains(&b'%') && !around.before(8, WE)
}

/// True when the word before `start` asks the reader to reach someone:
/// a contact or call verb, or "with" ("an appointment with your adviser").
fn reached_through(lower: &str, start: usize) -> bool {
    let Some(prev) = prev_word(lower, start, start.saturating_sub(REACH)) else {
        return false;
    };
    let w = prev.of(lower);
    matches!(
        w,
        "with"
            | "mit"
            | "avec"
            | "met"
            | "con"
            | "s"
            | "se"
            | "call"
            | "ask"
            | "appelez"
            | "chiami"
            | "bel"
            | "zavolejte"
    ) || ["contact", "kontakt", "contatt"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// True when a verb after the phrase confirms it: an auxiliary or a state
/// within three words ("Ihr Konto ist …", "your card has been blocked"); an
/// ambiguous noun needs a state ("your card is lovely" says nothing), which
/// may close the clause after its auxiliary, as German and Dutch put it:
/// "Ihre Hausratversicherung wird ab dem 1. Januar angepasst".
fn state_after(around: &Around, class: Class) -> bool {
    if class != Class::Weak {
        return around.after(3, CONFIRM | STATE);
    }
    around.after(3, STATE) || around.after(2, CONFIRM) && around.after(8, STATE)
}

/// "Your broadband with us should be back", "Je modem bij ons wordt
/// vervangen", "votre dossier sinistre chez nous est ouvert": whatever the
/// reader holds "with us", named by up to three words the noun lists do
/// not know, is the reader's product when a verb right after it says what
/// happens to it ("share your story with us" has none). The possessive of
/// the reader only: "her birthday with us" is anyone's visit.
#[cold]
fn held_with_us(input: &Input<'_>, poss: Word, lang: u8, next: &[Span]) -> Option<Candidate> {
    let lower = input.lower;
    let word = |k: usize| next.get(k).map(|r| &lower[r.range()]);
    // The word runs after the possessive, not a byte walk: this runs for
    // every possessive that names no listed noun (issue 2).
    let us_at = |k: usize| {
        let us = word(k).zip(word(k + 1)).is_some_and(is_with_us);
        let presso =
            (word(k), word(k + 1), word(k + 2)) == (Some("presso"), Some("di"), Some("noi"));
        // "bij ons fonds": Dutch "ons" also stands before a neuter noun.
        (us && !word(k + 2).is_some_and(is_institution))
            .then_some(k + 1)
            .or(presso.then_some(k + 2))
            .or_else(|| our_institution(&word, k))
    };
    let (k, us) = (1..=3).find_map(|k| us_at(k).map(|us| (k, us)))?;
    let held = Word {
        start: next[0].start(),
        end: next[k - 1].end(),
    };
    let end = next[us].end();
    // One sentence: no break between the possessive and "us".
    if lower[poss.end..end].contains(['.', '!', '?', '\n'])
        || time_spent(&lower[next[k - 1].range()])
        || !Around::of(lower, poss.start, end).after(2, CONFIRM | STATE)
    {
        return None;
    }
    judge_possessive(input, poss, held, Class::Weak, lang, false)
}

/// "with us": "bei uns", "bij ons", "chez nous", "presso (di) noi", "da
/// noi", "con noi", "u nás", "with us" ("presso di" read as one word).
fn is_with_us(words: (&str, &str)) -> bool {
    matches!(
        words,
        ("bei", "uns")
            | ("bij", "ons")
            | ("chez", "nous")
            | ("presso" | "da" | "con", "noi")
            | ("u", "nás")
            | ("with", "us")
    )
}

/// "with our bank", "bei unserer Kasse", "auprès de notre caisse", "presso
/// il nostro fondo", "bij ons fonds", "u naší pojišťovny" from word `k`:
/// the index of the institution noun.
fn our_institution<'w>(word: &impl Fn(usize) -> Option<&'w str>, k: usize) -> Option<usize> {
    let mut at = k + 1;
    match word(k)? {
        "with" | "at" | "bei" | "bij" | "chez" | "con" | "da" | "u" => {}
        // "auprès de notre", "presso il nostro", "presso la nostra"
        "auprès" => at += usize::from(word(at) == Some("de")),
        "presso" => at += usize::from(matches!(word(at), Some("il" | "la" | "lo" | "l"))),
        _ => return None,
    }
    (word(at).is_some_and(is_our) && word(at + 1).is_some_and(is_institution_head))
        .then_some(at + 1)
}

/// A bank, fund or insurer that holds clients' money or policies.
fn is_institution(w: &str) -> bool {
    matches!(
        w,
        "bank"
            | "fund"
            | "insurer"
            | "bankhaus"
            | "kasse"
            | "sparkasse"
            | "pensionskasse"
            | "versicherung"
            | "banque"
            | "caisse"
            | "fonds"
            | "assureur"
            | "mutuelle"
            | "banca"
            | "cassa"
            | "fondo"
            | "compagnia"
            | "assicurazione"
            | "pensioenfonds"
            | "verzekeraar"
            | "spaarbank"
            | "banky"
            | "bance"
            | "fondu"
            | "pojišťovny"
            | "pojišťovně"
            | "spořitelny"
            | "spořitelně"
    )
}

/// Time spent with the writer, which a guest or visitor has as much as a
/// client: "your stay with us", "Ihr Besuch bei uns", "votre séjour chez
/// nous", "je verblijf bij ons", "il suo soggiorno da noi", "váš pobyt u
/// nás".
fn time_spent(w: &str) -> bool {
    matches!(
        w,
        "stay"
            | "visit"
            | "time"
            | "evening"
            | "weekend"
            | "holiday"
            | "holidays"
            | "birthday"
            | "aufenthalt"
            | "besuch"
            | "abend"
            | "urlaub"
            | "geburtstag"
            | "séjour"
            | "visite"
            | "soirée"
            | "anniversaire"
            | "verblijf"
            | "bezoek"
            | "avond"
            | "vakantie"
            | "verjaardag"
            | "soggiorno"
            | "visita"
            | "serata"
            | "vacanza"
            | "compleanno"
            | "pobyt"
            | "návštěva"
            | "večer"
            | "dovolená"
            | "narozeniny"
    )
}

/// End of "with us" right after a phrase: "bei uns", "bij ons", "chez
/// nous", "presso di noi", "da noi", "u nás", "with us".
fn with_us_after(lower: &str, end: usize) -> Option<usize> {
    let limit = (end + REACH).min(lower.len());
    let prep = next_word(lower, end, limit)?;
    let mut us = next_word(lower, prep.end, limit)?;
    if prep.of(lower) == "presso" && us.of(lower) == "di" {
        us = next_word(lower, us.end, limit)?;
    }
    let after = next_word(lower, us.end, limit);
    let with_us = is_with_us((prep.of(lower), us.of(lower)));
    // "bij ons fonds": Dutch "ons" also stands before a neuter noun.
    if with_us && !after.is_some_and(|w| is_institution(w.of(lower))) {
        return Some(us.end);
    }
    let mut words = [Some(prep), Some(us), after, None, None];
    for k in 3..words.len() {
        words[k] = words[k - 1].and_then(|w| next_word(lower, w.end, limit));
    }
    let word = |k: usize| words.get(k).copied().flatten().map(|w| w.of(lower));
    our_institution(&word, 0)
        .and_then(|k| words[k])
        .map(|w| w.end)
}

/// End of "with us" after the noun's complement: "votre contrat de
/// location chez nous", "il suo contratto di leasing con noi", "your
/// policy of insurance with us": one or two words after "of".
fn with_us_after_complement(lower: &str, noun: Word) -> Option<usize> {
    let limit = (noun.end + REACH).min(lower.len());
    let of = next_word(lower, noun.end, limit)?;
    if !matches!(
        of.of(lower),
        "de" | "di" | "du" | "del" | "della" | "van" | "of" | "von" | "für" | "voor" | "per"
    ) {
        return None;
    }
    let first = next_word(lower, of.end, limit)?;
    with_us_after(lower, first.end).or_else(|| {
        let second = next_word(lower, first.end, limit)?;
        with_us_after(lower, second.end)
    })
}

/// Trust, as a loyalty noun: "votre confiance", "Ihr Vertrauen", "your
/// trust". Said of anyone, so it confirms a client only after thanks
/// ("Merci de votre confiance").
fn is_trust(w: &str) -> bool {
    matches!(
        w,
        "confiance" | "fiducia" | "vertrouwen" | "vertrauen" | "trust"
    ) || w.starts_with("důvěr")
}

/// "Grazie per la fedeltà", "merci pour la fidélité", "danke für die
/// Treue", "thank you for the loyalty": thanks and its preposition before a
/// definite article and a loyalty noun. Said to one reader, the article
/// stands for the possessive; thanks to everyone stay silent. The span is
/// the article and the noun: the thanks are context.
fn thanked_loyalty(input: &Input<'_>, noun: Word, lang: u8) -> Option<Candidate> {
    let lower = input.lower;
    let floor = noun.start.saturating_sub(REACH);
    let article = prev_word(lower, noun.start, floor)?;
    let definite = match article.of(lower) {
        "la" => lang & (FR | IT) != 0,
        "die" => lang == DE,
        "de" => lang == NL,
        "the" => lang == EN,
        _ => false,
    };
    thanks_frame(lower, article.start, lang).filter(|_| definite)?;
    let around = Around::of(lower, article.start, noun.end);
    if around.silences(lang) || around.before(8, EVERYONE) || around.before(8, FAN) {
        return None;
    }
    Some(Candidate::new(
        "customer_relationship",
        article.start..noun.end,
        0.85,
        "thanks the reader for their loyalty as a client",
    ))
}

/// "Thanks for banking with us": thanks and "for" before "banking with
/// us", which is the span.
fn banking_with_us(input: &Input<'_>, word: Word) -> Option<Candidate> {
    let lower = input.lower;
    let limit = (word.end + REACH).min(lower.len());
    let with = next_word(lower, word.end, limit).filter(|w| w.of(lower) == "with")?;
    let us = next_word(lower, with.end, limit).filter(|w| w.of(lower) == "us")?;
    thanks_frame(lower, word.start, EN)?;
    Some(Candidate::new(
        "customer_relationship",
        word.start..us.end,
        0.85,
        "thanks the reader for banking with the writer",
    ))
}

// ---------------------------------------------------------------------------
// Thanks: the frame that makes a loyalty or trust noun a confirmation
// ---------------------------------------------------------------------------

/// Start of a thanks phrase right before the possessive: thanks word, up to
/// two fillers ("you", "mille", "u wel", "Vám"), then "for" in the
/// possessive's language; an intensifier before the thanks word joins it
/// ("Vielen Dank", "Many thanks", "Hartelijk dank").
fn thanks_frame(lower: &str, start: usize, lang: u8) -> Option<usize> {
    let floor = start.saturating_sub(REACH);
    let prep = prev_word(lower, start, floor)?;
    if !is_thanks_preposition(prep.of(lower), lang) {
        return None;
    }
    let mut cur = prep;
    for _ in 0..3 {
        let word = prev_word(lower, cur.start, floor)?;
        let w = word.of(lower);
        if is_thanks_word(w) {
            let intensifier =
                prev_word(lower, word.start, floor).filter(|i| is_thanks_intensifier(i.of(lower)));
            return Some(intensifier.map_or(word.start, |i| i.start));
        }
        if !is_thanks_filler(w) {
            return None;
        }
        cur = word;
    }
    None
}

fn is_thanks_preposition(w: &str, lang: u8) -> bool {
    match w {
        "für" => lang == DE,
        "pour" | "de" => lang == FR,
        "per" | "della" => lang == IT,
        "voor" => lang == NL,
        "za" => lang == CS,
        "for" => lang == EN,
        _ => false,
    }
}

fn is_thanks_word(w: &str) -> bool {
    matches!(
        w,
        "dank"
            | "danke"
            | "merci"
            | "grazie"
            | "bedankt"
            | "dankjewel"
            | "dankuwel"
            | "děkujeme"
            | "děkuji"
            | "díky"
            | "thank"
            | "thanks"
    )
}

/// Words between a thanks word and its "for": "Thank you for", "grazie
/// mille per", "dank u wel voor", "děkujeme Vám za", "merci beaucoup pour".
fn is_thanks_filler(w: &str) -> bool {
    matches!(
        w,
        "you"
            | "so"
            | "very"
            | "much"
            | "again"
            | "mille"
            | "beaucoup"
            | "infiniment"
            | "encore"
            | "u"
            | "je"
            | "wel"
            | "ihnen"
            | "nochmals"
            | "sehr"
            | "vám"
            | "vam"
            | "moc"
            | "mnohokrát"
            | "vielmal"
            | "viumau"
    )
}

fn is_thanks_intensifier(w: &str) -> bool {
    matches!(
        w,
        "vielen"
            | "herzlichen"
            | "besten"
            | "tausend"
            | "hartelijk"
            | "heel"
            | "many"
            | "moc"
            | "velice"
            | "srdečně"
    )
}

/// Start of an "as a" frame before a tenure phrase: "Als langjährige
/// Kundin", "En tant que cliente de longue date", "Come nostra cliente",
/// "Als trouwe klant", "Jako naše dlouholetá klientka", "As a long-standing
/// client", with an optional "our" and article between.
fn as_frame(lower: &str, start: usize, lang: u8) -> Option<usize> {
    let floor = start.saturating_sub(REACH);
    let mut w = prev_word(lower, start, floor)?;
    if is_our(w.of(lower)) {
        w = prev_word(lower, w.start, floor)?;
    }
    if lang & EN != 0 && matches!(w.of(lower), "a" | "an") {
        w = prev_word(lower, w.start, floor)?;
    }
    let word = w.of(lower);
    let simple = match word {
        "als" => lang & (DE | NL) != 0,
        "comme" => lang & FR != 0,
        "come" | "quale" => lang & IT != 0,
        "jako" => lang & CS != 0,
        "as" => lang & EN != 0,
        _ => false,
    };
    if simple {
        return Some(w.start);
    }
    if lang & IT != 0 {
        if let Some(start) = italian_as(lower, w, floor) {
            return Some(start);
        }
    }
    // "in qualità di cliente storico".
    if lang & IT != 0 && word == "di" {
        let quality = prev_word(lower, w.start, floor).filter(|q| q.of(lower) == "qualità")?;
        let in_ = prev_word(lower, quality.start, floor).filter(|i| i.of(lower) == "in")?;
        return Some(in_.start);
    }
    // "en tant que", "en tant qu'ancienne cliente".
    if lang & FR == 0 || !matches!(word, "que" | "qu") {
        return None;
    }
    let tant = prev_word(lower, w.start, floor).filter(|t| t.of(lower) == "tant")?;
    let en = prev_word(lower, tant.start, floor).filter(|e| e.of(lower) == "en")?;
    Some(en.start)
}

/// Start of the Italian "essendo (lei)" ("being you") or "in quanto" ("as")
/// that ends with `w`: "essendo lei socio", "in quanto cliente".
fn italian_as(lower: &str, w: Word, floor: usize) -> Option<usize> {
    let prev = || prev_word(lower, w.start, floor);
    match w.of(lower) {
        "essendo" => Some(w.start),
        "lei" | "tu" | "voi" => prev().filter(|p| p.of(lower) == "essendo").map(|p| p.start),
        "quanto" => prev().filter(|p| p.of(lower) == "in").map(|p| p.start),
        _ => None,
    }
}

fn is_our(w: &str) -> bool {
    matches!(
        w,
        "unsere"
            | "unser"
            | "unserer"
            | "unseres"
            | "unseren"
            | "unserem"
            | "notre"
            | "nostra"
            | "nostro"
            | "onze"
            | "ons"
            | "naše"
            | "náš"
            | "našeho"
            | "naším"
            | "našim"
            | "naší"
            | "our"
    )
}

/// The Italian article before `il suo`, `la sua`: part of the phrase.
fn italian_article(lower: &str, poss: Word, lang: u8) -> Option<usize> {
    if lang != IT {
        return None;
    }
    let prev = prev_word(lower, poss.start, poss.start.saturating_sub(8))?;
    matches!(prev.of(lower), "il" | "la" | "i" | "le").then_some(prev.start)
}

// ---------------------------------------------------------------------------
// Tenure: "langjährige Kundin", "client depuis 2012"
// ---------------------------------------------------------------------------

/// A client noun with a tenure adjective before it or a "since" phrase or
/// tenure adjective after it, or a client or member noun of the writer's
/// institution ([`membership`]); `member` for a member noun, which names a
/// club's member as often, so needs the institution or a tier.
fn tenure_phrase(input: &Input<'_>, noun: Word, lang: u8, member: bool) -> Option<Candidate> {
    let lower = input.lower;
    let floor = noun.start.saturating_sub(REACH);
    let limit = (noun.end + REACH).min(lower.len());
    let before = tenure_before(lower, noun, lang, floor);
    // "Kunden" is plural as often as singular: only "langjährigem Kunden".
    if noun.of(lower) == "kunden"
        && !before.is_some_and(|b| lower[b..noun.start].trim_end().ends_with("em"))
    {
        return None;
    }
    let held = membership(lower, noun, before, lang, limit);
    let (before, after) = match held {
        Some(_) => (before, None),
        // "langjähriges Mitglied", "Mitglied seit 2010": of a club, maybe.
        None if member => (None, None),
        None => (before, tenure_after(lower, noun, lang, limit)),
    };
    // "Come cliente Premium", "As a Gold customer": a tier, after "as a"
    // only (alone it is an offer to everyone: "Premium customers get …").
    let tier = || {
        let tier = tier_after(lower, noun, limit).or_else(|| tier_before(lower, noun, floor))?;
        let start = tier.start.min(noun.start);
        let end = tier.end.max(noun.end);
        // "client Premium depuis 2015": the tenure after the tier joins it.
        let end = tenure_after(lower, Word { start, end }, lang, limit).unwrap_or(end);
        as_frame(lower, start, lang).map(|_| start..end)
    };
    let tiered = before.is_none() && after.is_none() && held.is_none();
    let span = if let Some(held) = held.clone() {
        held
    } else if tiered {
        tier().or_else(|| our_client(lower, noun, lang, member, floor, limit))?
    } else {
        before.unwrap_or(noun.start)..after.unwrap_or(noun.end)
    };
    let around = Around::of(lower, span.start, span.end);
    // "Als Premium-Kunde profitieren Sie …": an offer in the verb of the
    // clause that the status opens (subject, modal, verb: three words).
    let offer =
        tiered && around.after(4, MARKETING) || held.is_some() && around.after(3, MARKETING);
    if around.before(4, MARKETING) || around.before(8, GENERIC) || offer {
        return None;
    }
    // The span is the tenure phrase with "our" before it ("nostro cliente
    // storico", "náš dlouholetý klient") and "with us" after it ("seit 2009
    // Kundin bei uns"); "as a", "you are" and thanks around it are context.
    let start = our_before(lower, span.start, floor).unwrap_or(span.start);
    let end = with_us_after(lower, span.end).unwrap_or(span.end);
    Some(Candidate::new(
        "customer_relationship",
        start..end,
        0.8,
        "calls the reader a long-standing client",
    ))
}

/// "als langjähriges Mitglied unserer Bank", "en tant que client de notre
/// agence", "essendo lei socio della nostra banca", "jako klient naší
/// záložny", "a customer of ours since 2009", "als Kunde bei uns": a client
/// or member noun (with its tenure adjective, `before`) that belongs to the
/// writer's institution or is "with us", which confirms it as "with us"
/// confirms a product. Stated with "as", the status is the whole "as"
/// clause, which joins the span; a tenure after the institution joins it
/// too. Returns the span.
fn membership(
    lower: &str,
    noun: Word,
    before: Option<usize>,
    lang: u8,
    limit: usize,
) -> Option<Range<usize>> {
    let end =
        of_our_institution(lower, noun.end, limit).or_else(|| with_us_after(lower, noun.end))?;
    let end = tenure_after(
        lower,
        Word {
            start: noun.start,
            end,
        },
        lang,
        limit,
    )
    .unwrap_or(end);
    let start = before.unwrap_or(noun.start);
    // "a customer of ours": the English article belongs to the noun phrase.
    let article = || {
        prev_word(lower, start, start.saturating_sub(4))
            .filter(|a| lang & EN != 0 && matches!(a.of(lower), "a" | "an"))
            .map(|a| a.start)
    };
    let start = as_frame(lower, start, lang)
        .or_else(article)
        .unwrap_or(start);
    Some(start..end)
}

/// "Als unsere Kundin", "come nostro cliente", "jako náš klient", "as our
/// customer, you …": a client noun that "our" makes the writer's, stated
/// with "as". The noun is the span here ("our" joins it later, as in a
/// tenure phrase). English "customer" also modifies a noun ("as our
/// customer service team"), so there the noun must close its clause.
fn our_client(
    lower: &str,
    noun: Word,
    lang: u8,
    member: bool,
    floor: usize,
    limit: usize,
) -> Option<Range<usize>> {
    let our = prev_word(lower, noun.start, floor)?;
    if member || our.of(lower) == "ons" || !is_our(our.of(lower)) {
        return None;
    }
    as_frame(lower, our.start, lang)?;
    let closes = || {
        let rest = lower[noun.end..limit].trim_start();
        rest.starts_with(',')
            || next_word(lower, noun.end, limit).is_some_and(|w| w.of(lower) == "you")
    };
    (our.of(lower) != "our" || closes()).then_some(noun.start..noun.end)
}

/// End of the writer's institution after a client or member noun, as a
/// genitive or with "of": "unserer Bank", "naší záložny", "de notre
/// agence", "della nostra banca", "van onze coöperatieve bank", "of our
/// building society", "of ours".
fn of_our_institution(lower: &str, end: usize, limit: usize) -> Option<usize> {
    let mut our = next_word(lower, end, limit)?;
    if matches!(
        our.of(lower),
        "of" | "de" | "du" | "van" | "della" | "del" | "dello" | "di"
    ) {
        let of = our.of(lower);
        our = next_word(lower, our.end, limit)?;
        // "a customer of ours", "klant van ons"
        if matches!((of, our.of(lower)), ("of", "ours") | ("van", "ons")) {
            return Some(our.end);
        }
    }
    if !is_our(our.of(lower)) {
        return None;
    }
    // One modifier may stand before the institution: "onze coöperatieve
    // bank", "our building society".
    // "onze coöperatieve bank": the noun after an institution's adjective.
    let head = next_word(lower, our.end, limit)?;
    let second = next_word(lower, head.end, limit).filter(|w| is_institution_head(w.of(lower)));
    second
        .or(Some(head).filter(|w| is_institution_head(w.of(lower))))
        .map(|w| w.end)
}

/// The head noun of an institution that has clients or members, by its
/// stem in any of the six languages: banks, savings and credit unions,
/// cooperatives, mutuals, insurers, funds, branches.
fn is_institution_head(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "bank",
        "banc",
        "banq",
        "kass",
        "cais",
        "cass",
        "spořitel",
        "záložn",
        "pojišťov",
        "družstv",
        "genossenschaft",
        "coopérativ",
        "cooperativ",
        "coöperatie",
        "mutuel",
        "verzeker",
        "versicher",
        "assicura",
        "assur",
        "agence",
        "agenzia",
        "filial",
        "pobočk",
        "society",
        "union",
        "fond",
        "fund",
        "institut",
    ];
    is_institution(w)
        || w.ends_with("bank")
        || w.ends_with("kasse")
        || STEMS.iter().any(|s| w.starts_with(s))
}

/// Start of "our" right before a tenure phrase: "nostro cliente storico",
/// "náš dlouholetý klient", "our loyal customer" (not the Dutch "ons",
/// which is "us" as often).
fn our_before(lower: &str, start: usize, floor: usize) -> Option<usize> {
    let our = prev_word(lower, start, floor)?;
    let w = our.of(lower);
    (is_our(w) && w != "ons").then_some(our.start)
}

/// A client tier after the noun: "cliente Premium", "client Privilège".
fn tier_after(lower: &str, noun: Word, limit: usize) -> Option<Word> {
    next_word(lower, noun.end, limit).filter(|w| is_tier(w.of(lower)))
}

/// A client tier before the noun: "Premium customer", "Gold-Kunde".
fn tier_before(lower: &str, noun: Word, floor: usize) -> Option<Word> {
    prev_word(lower, noun.start, floor).filter(|w| is_tier(w.of(lower)))
}

fn is_tier(w: &str) -> bool {
    matches!(
        w,
        "premium" | "gold" | "platinum" | "vip" | "privilège" | "prestige" | "private" | "prémiový"
    )
}

/// Start of a tenure adjective right before the client noun.
fn tenure_before(lower: &str, noun: Word, lang: u8, floor: usize) -> Option<usize> {
    let prev = prev_word(lower, noun.start, floor)?;
    let w = prev.of(lower);
    if lang & EN != 0 && matches!(w, "standing" | "time" | "term") {
        let long = prev_word(lower, prev.start, floor)?;
        return (long.of(lower) == "long").then_some(long.start);
    }
    if tenure_adjective(w, lang) {
        return Some(prev.start);
    }
    since_before(lower, prev, lang, floor)
}

/// Start of a "since" phrase written before the noun: "seit 2010 Kunde",
/// "sinds vele jaren klant", "od roku 2005 klientem".
fn since_before(lower: &str, last: Word, lang: u8, floor: usize) -> Option<usize> {
    let mut cur = last;
    for _ in 0..3 {
        let w = cur.of(lower);
        if !(w.bytes().all(|b| b.is_ascii_digit()) || is_time_word(w)) {
            return None;
        }
        let prev = prev_word(lower, cur.start, floor)?;
        if is_since(prev.of(lower), lang) {
            return Some(prev.start);
        }
        cur = prev;
    }
    None
}

/// "since" in the noun's language.
fn is_since(w: &str, lang: u8) -> bool {
    match w {
        "seit" => lang & DE != 0,
        "depuis" => lang & FR != 0,
        "da" | "dal" | "dall" => lang & IT != 0,
        "sinds" | "al" => lang & NL != 0,
        "od" | "už" | "již" => lang & CS != 0,
        "since" | "for" => lang & EN != 0,
        _ => false,
    }
}

fn tenure_adjective(w: &str, lang: u8) -> bool {
    let de = lang & DE != 0
        && (w.starts_with("langjährig")
            || w.starts_with("geschätzt")
            || matches!(w, "treue" | "treuer" | "treuem" | "treuen"));
    let en = lang & EN != 0
        && matches!(
            w,
            "valued" | "loyal" | "longstanding" | "longtime" | "faithful"
        );
    let fr = lang & FR != 0 && matches!(w, "fidèle" | "ancien" | "ancienne");
    let it = lang & IT != 0
        && matches!(
            w,
            "storico" | "storica" | "affezionato" | "affezionata" | "fedele"
        );
    let nl = lang & NL != 0
        && matches!(
            w,
            "trouwe" | "jarenlange" | "vaste" | "gewaardeerde" | "langjarige"
        );
    let cs = lang & CS != 0
        && (w.starts_with("dlouholet") || w.starts_with("věrn") || w.starts_with("stál"));
    de || en || fr || it || nl || cs
}

/// End of a "since" phrase or tenure adjective right after the client noun:
/// `seit 2009`, `depuis longtemps`, `da molti anni`, `de longue date`.
fn tenure_after(lower: &str, noun: Word, lang: u8, limit: usize) -> Option<usize> {
    let next = next_word(lower, noun.end, limit)?;
    let w = next.of(lower);
    let post_adjective = match lang {
        l if l & (FR | IT) != 0 => matches!(
            w,
            "fidèle" | "fedele" | "storico" | "storica" | "affezionato" | "affezionata"
        ),
        _ => false,
    };
    if post_adjective {
        return Some(next.end);
    }
    if matches!(w, "de" | "di") {
        return long_date(lower, next, limit);
    }
    if lang & NL != 0 && w == "van" {
        return first_hour(lower, next, limit);
    }
    if is_since(w, lang) {
        time_span(lower, next, limit)
    } else {
        None
    }
}

/// `de longue date`, `di lunga data`: the end of the phrase.
fn long_date(lower: &str, prep: Word, limit: usize) -> Option<usize> {
    let first = next_word(lower, prep.end, limit)?;
    let second = next_word(lower, first.end, limit)?;
    matches!(
        (first.of(lower), second.of(lower)),
        ("longue", "date") | ("lunga", "data")
    )
    .then_some(second.end)
}

/// `van het eerste uur` ("from the very start"): the end of the phrase.
fn first_hour(lower: &str, prep: Word, limit: usize) -> Option<usize> {
    let mut cur = prep;
    for want in ["het", "eerste", "uur"] {
        cur = next_word(lower, cur.end, limit).filter(|w| w.of(lower) == want)?;
    }
    Some(cur.end)
}

/// The time expression after a "since" word: a year or a number, or words
/// such as "vielen Jahren", "longtemps", "molti anni". Returns its end.
fn time_span(lower: &str, prep: Word, limit: usize) -> Option<usize> {
    let mut end = None;
    let mut cur = prep;
    for i in 0..3 {
        let Some(next) = next_word(lower, cur.end, limit) else {
            break;
        };
        let w = next.of(lower);
        let numeric = w.bytes().all(|b| b.is_ascii_digit());
        if !(numeric || is_time_word(w)) || i == 0 && !numeric && !is_time_start(w) {
            break;
        }
        end = Some(next.end);
        cur = next;
    }
    end
}

fn is_time_start(w: &str) -> bool {
    matches!(
        w,
        "vielen"
            | "langem"
            | "längerem"
            | "jahren"
            | "jahrzehnten"
            | "über"
            | "many"
            | "several"
            | "years"
            | "decades"
            | "over"
            | "longtemps"
            | "plusieurs"
            | "des"
            | "molti"
            | "tanti"
            | "anni"
            | "oltre"
            | "jaren"
            | "vele"
            | "lange"
            | "roku"
            | "let"
            | "mnoha"
            | "více"
            | "così"
            | "tolik"
            | "the"
    )
}

fn is_time_word(w: &str) -> bool {
    is_time_start(w)
        || matches!(
            w,
            "jahre"
                | "jahr"
                | "ans"
                | "années"
                | "décennies"
                | "decenni"
                | "tijd"
                | "jaar"
                | "lang"
                | "zo"
                | "decennia"
                | "lety"
                | "let"
                | "year"
                | "decade"
                | "90s"
                | "80s"
        )
}

// ---------------------------------------------------------------------------
// Nouns and modifiers, per language
// ---------------------------------------------------------------------------

fn noun(w: &str, lang: u8) -> Option<Class> {
    match lang {
        DE => de_noun(w),
        FR => fr_noun(w),
        IT => it_noun(w),
        NL => nl_noun(w),
        CS => cs_noun(w),
        _ => en_noun(w),
    }
}

/// True when `w` starts or ends with one of `parts`: German compounds put
/// the noun at either end (`Kontostand`, `Sparkonto`).
fn compound_of(w: &str, parts: &[&str]) -> bool {
    parts.iter().any(|p| w.starts_with(p) || w.ends_with(p))
}

fn de_noun(w: &str) -> Option<Class> {
    if w.ends_with("treue") || w == "vertrauen" {
        return Some(Class::Loyalty);
    }
    // "Ihr Benutzerkonto": a login, not a client's account.
    if w.starts_with("benutzer") || w.starts_with("nutzer") {
        return None;
    }
    if compound_of(
        w,
        &[
            "konto", "konten", "depot", "hypothek", "kredit", "darlehen", "guthaben", "sparplan",
        ],
    ) || w == "saldo"
        || w.ends_with("karte")
            && [
                "debit", "bank", "maestro", "visa", "master", "kunden", "post", "giro", "ec",
            ]
            .iter()
            .any(|p| w.starts_with(p))
    {
        return Some(Class::Strong);
    }
    if w.contains("berater") || w.starts_with("kundenbetreuer") {
        return Some(Class::Adviser);
    }
    let weak = matches!(
        w,
        "karte" | "karten" | "portfolio" | "vermögen" | "überweisung" | "zahlung"
    ) || compound_of(w, &["vertrag", "verträge", "police", "policen"])
        // "Ihre Hausratversicherung": an insurance product, not the insurer.
        || w.len() > "versicherung".len() && w.ends_with("versicherung")
        // "Ihr Abo", "Ihr Stromtarif": the writer's subscription or tariff.
        || w == "abo"
        || w.ends_with("abonnement")
        || w.len() > 4 && w.ends_with("abo")
        || w.ends_with("tarif");
    weak.then_some(Class::Weak)
}

fn fr_noun(w: &str) -> Option<Class> {
    Some(match w {
        "fidélité" | "confiance" => Class::Loyalty,
        "compte" | "comptes" | "hypothèque" | "hypothèques" | "prêt" | "prêts" | "crédit"
        | "crédits" | "solde" => Class::Strong,
        "conseiller" | "conseillère" | "conseillers" | "gestionnaire" => Class::Adviser,
        "contrat" | "contrats" | "carte" | "cartes" | "police" | "portefeuille" | "patrimoine"
        | "dépôt" | "dépôts" | "épargne" | "dossier" | "dossiers" | "assurance" | "assurances"
        | "plan" | "plans" | "abonnement" | "abonnements" | "forfait" | "forfaits" => Class::Weak,
        _ => return None,
    })
}

fn it_noun(w: &str) -> Option<Class> {
    Some(match w {
        "fedeltà" | "fiducia" => Class::Loyalty,
        "conto" | "conti" | "mutuo" | "mutui" | "prestito" | "prestiti" | "finanziamento"
        | "deposito" | "depositi" | "saldo" | "fido" => Class::Strong,
        "consulente" | "consulenti" | "gestore" => Class::Adviser,
        "contratto" | "contratti" | "carta" | "carte" | "polizza" | "polizze" | "portafoglio"
        | "patrimonio" | "libretto" | "libretti" | "pratica" | "pratiche" | "assicurazione"
        | "assicurazioni" | "piano" | "piani" | "abbonamento" | "abbonamenti" | "tariffa"
        | "tariffe" => Class::Weak,
        _ => return None,
    })
}

fn nl_noun(w: &str) -> Option<Class> {
    if w == "trouw" || w == "vertrouwen" {
        return Some(Class::Loyalty);
    }
    let rekening =
        (w.ends_with("rekening") || w.ends_with("rekeningen")) && !w.starts_with("berekening");
    let strong = rekening
        || w.ends_with("hypotheek")
        || w.ends_with("hypotheken")
        || matches!(
            w,
            "lening"
                | "leningen"
                | "krediet"
                | "deposito"
                | "saldo"
                | "bankpas"
                | "betaalpas"
                | "creditcard"
        );
    if strong {
        return Some(Class::Strong);
    }
    if w.ends_with("adviseur") || matches!(w, "accountmanager" | "relatiebeheerder") {
        return Some(Class::Adviser);
    }
    // "uw autoverzekering": an insurance product, not the insurer.
    let insurance = w.len() > "verzekering".len() && w.ends_with("verzekering");
    let weak = insurance
        || matches!(
            w,
            "overeenkomst"
                | "polis"
                | "kaart"
                | "portefeuille"
                | "vermogen"
                | "beleggingen"
        )
        || w.ends_with("abonnement")
        || w.ends_with("abonnementen")
        // "uw energiecontract", "uw huurcontract": a contract compound.
        || w.ends_with("contract")
        || w.ends_with("contracten");
    weak.then_some(Class::Weak)
}

fn cs_noun(w: &str) -> Option<Class> {
    if w.starts_with("věrnost") || w.starts_with("důvěr") {
        return Some(Class::Loyalty);
    }
    let strong = [
        "účet", "účt", "hypoték", "hypotéc", "úvěr", "půjčk", "půjčc", "vklad", "zůstat",
    ];
    if strong.iter().any(|p| w.starts_with(p)) {
        return Some(Class::Strong);
    }
    if matches!(
        w,
        "poradce" | "poradkyně" | "poradci" | "bankéř" | "bankéřka"
    ) {
        return Some(Class::Adviser);
    }
    let weak = ["smlouv", "pojistk", "pojištění", "tarif", "předplatn"]
        .iter()
        .any(|p| w.starts_with(p))
        || matches!(
            w,
            "karta" | "karty" | "kartu" | "kartou" | "kartě" | "portfolio" | "majetek" | "majetku"
        );
    weak.then_some(Class::Weak)
}

fn en_noun(w: &str) -> Option<Class> {
    Some(match w {
        "loyalty" | "trust" => Class::Loyalty,
        "account" | "accounts" | "mortgage" | "mortgages" | "loan" | "loans" => Class::Strong,
        "advisor" | "adviser" | "banker" => Class::Adviser,
        "card" | "cards" | "policy" | "policies" | "contract" | "contracts" | "portfolio"
        | "deposit" | "deposits" | "balance" | "savings" | "investments" | "pension"
        | "subscription" | "subscriptions" | "tariff" => Class::Weak,
        _ => return None,
    })
}

/// A word allowed between possessive and noun: `Some(true)` for a banking
/// modifier that makes an ambiguous noun clear (`credit card`), `Some(false)`
/// for a neutral one (`new`, `persönlicher`), `None` for any other word,
/// which ends the phrase.
fn modifier(w: &str, lang: u8) -> Option<bool> {
    let banking = match lang {
        EN => matches!(
            w,
            "credit"
                | "debit"
                | "bank"
                | "savings"
                | "checking"
                | "current"
                | "joint"
                | "mortgage"
                | "home"
                | "car"
                | "student"
                | "personal"
                | "business"
                | "investment"
                | "pension"
                | "retirement"
                | "brokerage"
                | "insurance"
                | "life"
                | "loan"
                | "visa"
                | "mastercard"
        ),
        CS => matches!(
            w,
            "kreditní"
                | "platební"
                | "bankovní"
                | "spořicí"
                | "běžný"
                | "běžného"
                | "běžném"
                | "hypoteční"
                | "debetní"
                | "termínovaný"
                | "pojistná"
                | "pojistné"
                | "pojistnou"
                | "pojistný"
                | "pojistného"
                | "pojistném"
        ),
        NL => matches!(w, "gezamenlijke" | "zakelijke"),
        DE => w.starts_with("gemeinsam") || w.starts_with("privat"),
        _ => false,
    };
    if banking {
        return Some(true);
    }
    let neutral = match lang {
        EN => matches!(
            w,
            "new"
                | "existing"
                | "dedicated"
                | "previous"
                | "former"
                | "old"
                | "continued"
                | "ongoing"
                | "whole"
                | "entire"
                | "recent"
                | "monthly"
                | "outstanding"
                | "own"
                | "long"
                | "standing"
                | "broadband"
                | "mobile"
                | "phone"
                | "internet"
                | "fibre"
                | "fiber"
                | "energy"
                | "electricity"
                | "gas"
                | "tv"
                | "streaming"
                | "annual"
        ),
        DE => [
            "neu",
            "bestehend",
            "aktuell",
            "persönlich",
            "zuständig",
            "bisherig",
            "langjährig",
            "jahrelang",
            "laufend",
            "gesamt",
            "alt",
            "jetzig",
            "treu",
        ]
        .iter()
        .any(|p| w.starts_with(p)),
        FR => matches!(
            w,
            "nouveau"
                | "nouvel"
                | "nouvelle"
                | "ancien"
                | "ancienne"
                | "actuel"
                | "actuelle"
                | "fidèle"
                | "longue"
        ),
        IT => matches!(
            w,
            "nuovo" | "nuova" | "attuale" | "vecchio" | "vecchia" | "costante" | "lunga"
        ),
        NL => matches!(
            w,
            "nieuwe"
                | "nieuw"
                | "huidige"
                | "persoonlijke"
                | "vaste"
                | "jarenlange"
                | "oude"
                | "langdurige"
                | "lopende"
                | "mobiele"
        ),
        _ => {
            w.starts_with("nov")
                || matches!(
                    w,
                    "stávající" | "osobní" | "dosavadní" | "mobilní" | "internetový"
                )
                || w.starts_with("dlouholet")
        }
    };
    neutral.then_some(false)
}

// ---------------------------------------------------------------------------
// Sentence context
// ---------------------------------------------------------------------------

const MARKETING: u16 = 1;
const GENERIC: u16 = 2;
const WE: u16 = 4;
const CONFIRM: u16 = 8;
const THANKS: u16 = 16;
const EVERYONE: u16 = 32;
const STATE: u16 = 1 << 12;
const FAN: u16 = 1 << 13;
const NOW: u16 = 1 << 14;

/// The flag of a conditional ("if") in language `lang`.
const fn cond(lang: u8) -> u16 {
    (lang as u16) << 6
}

/// Context words and what they say:
///
/// - `MARKETING`: acquisition and self-service verbs, imperative or
///   infinitive ("open your account", "Konto eröffnen"), and "today"/"jetzt".
///   Past participles ("opened", "eröffnet") are not here: they report a
///   fact.
/// - `GENERIC`: UI, security and private-message words: a how-to, a warning
///   or an invitation, not a confirmation.
/// - `WE`: the writer as actor ("we have looked into your account").
/// - `CONFIRM`: auxiliaries after the noun that report a fact about it
///   ("wurde", "has been", "a été", "è stato", "byla").
/// - `STATE`: what happened to the reader's card or contract ("gesperrt",
///   "renewed", "résilié", "scade", "zablokována", "angepasst") or what it
///   covers ("couvre", "deckt"): enough to confirm even an ambiguous noun,
///   where "is" alone is not ("your card is lovely").
/// - `FAN`: a team or club: loyalty to it is a fan's, not a client's.
/// - `NOW`: "today", "jetzt": marketing before an offer to the reader, but
///   only a time in a report about someone else.
/// - `THANKS`, `EVERYONE` ("thank you all"), and `cond(lang)` for "if".
const LEXICON: &[(&str, u16)] = &[
    ("a", CONFIRM),
    ("aangepast", STATE),
    ("aanvragen", MARKETING),
    ("abbiamo", WE),
    ("abgelaufen", STATE),
    ("accedere", GENERIC),
    ("accedi", GENERIC),
    ("accesso", GENERIC),
    ("accreditato", STATE),
    ("activated", STATE),
    ("activé", STATE),
    ("activée", STATE),
    ("adapté", STATE),
    ("adaptée", STATE),
    ("addebitato", STATE),
    ("adeguata", STATE),
    ("adeguato", STATE),
    ("adjusted", STATE),
    ("afgeschreven", STATE),
    ("afsluiten", MARKETING),
    ("aktiviert", STATE),
    ("aktivován", STATE),
    ("aktivována", STATE),
    ("all", EVERYONE),
    ("alle", EVERYONE),
    ("allemaal", EVERYONE),
    ("allen", EVERYONE),
    ("als", cond(NL)),
    ("angepasst", STATE),
    ("anlegen", MARKETING),
    ("anmelden", GENERIC),
    ("annullata", STATE),
    ("annullato", STATE),
    ("annulé", STATE),
    ("annulée", STATE),
    ("aplikace", GENERIC),
    ("aplikaci", GENERIC),
    ("app", GENERIC),
    ("application", GENERIC),
    ("applicazione", GENERIC),
    ("apply", MARKETING),
    ("approfitta", MARKETING),
    ("approvato", STATE),
    ("approved", STATE),
    ("apps", GENERIC),
    ("appuyez", GENERIC),
    ("apra", MARKETING),
    ("apri", MARKETING),
    ("aprire", MARKETING),
    ("arrive", STATE),
    ("attivata", STATE),
    ("attivato", STATE),
    ("aufgewertet", STATE),
    ("aujourd", MARKETING | NOW),
    ("ausgestellt", STATE),
    ("banking", GENERIC),
    ("beantrage", MARKETING),
    ("beantragen", MARKETING),
    ("become", MARKETING),
    ("bedankt", THANKS),
    ("been", CONFIRM),
    ("beheer", MARKETING),
    ("beheren", MARKETING),
    ("belastet", STATE),
    ("benefit", MARKETING),
    ("benutzername", GENERIC),
    ("berechne", MARKETING),
    ("berechnen", MARKETING),
    ("bereken", MARKETING),
    ("berekenen", MARKETING),
    ("bescherm", MARKETING),
    ("beschermen", MARKETING),
    ("bestelle", MARKETING),
    ("bestellen", MARKETING),
    ("bijgeschreven", STATE),
    ("bleibt", STATE),
    ("blijft", STATE),
    ("bloccata", STATE),
    ("bloccato", STATE),
    ("blocked", STATE),
    ("blockiert", STATE),
    ("blog", MARKETING),
    ("bloqué", STATE),
    ("bloquée", STATE),
    ("boost", MARKETING),
    ("bude", CONFIRM),
    ("build", MARKETING),
    ("byl", CONFIRM),
    ("byla", CONFIRM),
    ("bylo", CONFIRM),
    ("byly", CONFIRM),
    ("bénéficiez", MARKETING),
    ("běží", STATE),
    ("calcola", MARKETING),
    ("calcolare", MARKETING),
    ("calculate", MARKETING),
    ("calculer", MARKETING),
    ("calculez", MARKETING),
    ("canceled", STATE),
    ("cancelled", STATE),
    ("charged", STATE),
    ("choisir", MARKETING),
    ("choisissez", MARKETING),
    ("choose", MARKETING),
    ("chraňte", MARKETING),
    ("chránit", MARKETING),
    ("clicca", GENERIC),
    ("click", GENERIC),
    ("cliquez", GENERIC),
    ("club", FAN),
    ("clubs", FAN),
    ("commander", MARKETING),
    ("commandez", MARKETING),
    ("community", FAN),
    ("compare", MARKETING),
    ("comparer", MARKETING),
    ("comparez", MARKETING),
    ("compromised", STATE),
    ("confronta", MARKETING),
    ("connecter", GENERIC),
    ("connectez", GENERIC),
    ("connexion", GENERIC),
    ("conseils", MARKETING),
    ("consigli", MARKETING),
    ("continua", STATE),
    ("continue", STATE),
    ("continues", STATE),
    ("copre", STATE),
    ("couvre", STATE),
    ("covers", STATE),
    ("crea", MARKETING),
    ("creare", MARKETING),
    ("create", MARKETING),
    ("credited", STATE),
    ("crédité", STATE),
    ("créer", MARKETING),
    ("créez", MARKETING),
    ("dank", THANKS),
    ("danke", THANKS),
    ("dashboard", GENERIC),
    ("debited", STATE),
    ("deckt", STATE),
    ("declined", STATE),
    ("dekt", STATE),
    ("demandez", MARKETING),
    ("devenez", MARKETING),
    ("devenir", MARKETING),
    ("direktnachricht", GENERIC),
    ("discover", MARKETING),
    ("disdetta", STATE),
    ("disdetto", STATE),
    ("diventa", MARKETING),
    ("diventare", MARKETING),
    ("dm", GENERIC),
    ("dnes", MARKETING | NOW),
    ("download", MARKETING),
    ("débité", STATE),
    ("découvrez", MARKETING),
    ("découvrir", MARKETING),
    ("díky", THANKS),
    ("děkujeme", THANKS),
    ("děkuji", THANKS),
    ("einloggen", GENERIC),
    ("einstellungen", GENERIC),
    ("emessa", STATE),
    ("ended", STATE),
    ("endet", STATE),
    ("endete", STATE),
    ("ends", STATE),
    ("enjoy", MARKETING),
    ("entdecke", MARKETING),
    ("entdecken", MARKETING),
    ("erfahren", MARKETING),
    ("erneuert", STATE),
    ("erstellen", MARKETING),
    ("eröffne", MARKETING),
    ("eröffnen", MARKETING),
    ("est", CONFIRM),
    ("everybody", EVERYONE),
    ("everyone", EVERYONE),
    ("expire", STATE),
    ("expired", STATE),
    ("expires", STATE),
    ("expirée", STATE),
    ("explore", MARKETING),
    ("facebook", GENERIC),
    ("falls", cond(DE)),
    ("fan", FAN),
    ("fanclub", FAN),
    ("fans", FAN),
    ("finance", MARKETING),
    ("financer", MARKETING),
    ("financez", MARKETING),
    ("finanzia", MARKETING),
    ("finanzieren", MARKETING),
    ("find", MARKETING),
    ("finde", MARKETING),
    ("finden", MARKETING),
    ("freigeschaltet", STATE),
    ("frozen", STATE),
    ("geactiveerd", STATE),
    ("geblokkeerd", STATE),
    ("gekündigt", STATE),
    ("gesperrt", STATE),
    ("gestire", MARKETING),
    ("gestisci", MARKETING),
    ("get", MARKETING),
    ("geïndexeerd", STATE),
    ("gids", MARKETING),
    ("goedgekeurd", STATE),
    ("grazie", THANKS),
    ("grow", MARKETING),
    ("guida", MARKETING),
    ("guide", MARKETING),
    ("gutgeschrieben", STATE),
    ("gérer", MARKETING),
    ("gérez", MARKETING),
    ("ha", CONFIRM),
    ("had", CONFIRM),
    ("has", CONFIRM),
    ("have", CONFIRM),
    ("heeft", CONFIRM),
    ("heslo", GENERIC),
    ("heute", MARKETING | NOW),
    ("hol", MARKETING),
    ("hole", MARKETING),
    ("holen", MARKETING),
    ("identifiant", GENERIC),
    ("iedereen", EVERYONE),
    ("if", cond(EN)),
    ("impostazioni", GENERIC),
    ("inbox", GENERIC),
    ("indexed", STATE),
    ("indien", cond(NL)),
    ("inloggen", GENERIC),
    ("instagram", GENERIC),
    ("instellingen", GENERIC),
    ("is", CONFIRM),
    ("issued", STATE),
    ("ist", CONFIRM),
    ("jamais", GENERIC),
    ("je", CONFIRM),
    ("jestli", cond(CS)),
    ("jestliže", cond(CS)),
    ("jetzt", MARKETING | NOW),
    ("join", MARKETING),
    ("jsme", WE),
    ("kdyby", cond(CS)),
    ("když", cond(CS)),
    ("kies", MARKETING),
    ("kiezen", MARKETING),
    ("klicken", GENERIC),
    ("klik", GENERIC),
    ("klikněte", GENERIC),
    ("klub", FAN),
    ("končí", STATE),
    ("krijg", MARKETING),
    ("kryje", STATE),
    ("learn", MARKETING),
    ("lees", MARKETING),
    ("leggi", MARKETING),
    ("lesen", MARKETING),
    ("lief", STATE),
    ("liep", STATE),
    ("linkedin", GENERIC),
    ("lisez", MARKETING),
    ("log", GENERIC),
    ("logged", GENERIC),
    ("login", GENERIC),
    ("loopt", STATE),
    ("lorsque", cond(FR)),
    ("läuft", STATE),
    ("manage", MARKETING),
    ("mannschaft", FAN),
    ("matures", STATE),
    ("menu", GENERIC),
    ("menü", GENERIC),
    ("merci", THANKS),
    ("mocht", cond(NL)),
    ("mp", GENERIC),
    ("my", WE),
    ("má", CONFIRM),
    ("nastavení", GENERIC),
    ("never", GENERIC),
    ("newsletter", MARKETING),
    ("nie", GENERIC),
    ("niemals", GENERIC),
    ("nikdy", GENERIC),
    ("noi", WE),
    ("nooit", GENERIC),
    ("nous", WE),
    ("ob", cond(DE)),
    ("objevte", MARKETING),
    ("obtenez", MARKETING),
    ("obtenir", MARKETING),
    ("oggi", MARKETING | NOW),
    ("omgezet", STATE),
    ("ontdek", MARKETING),
    ("ontdekken", MARKETING),
    ("open", MARKETING),
    ("openen", MARKETING),
    ("opgeschort", STATE),
    ("opgezegd", STATE),
    ("order", MARKETING),
    ("ordina", MARKETING),
    ("otevřete", MARKETING),
    ("otevřít", MARKETING),
    ("ottenere", MARKETING),
    ("ottieni", MARKETING),
    ("ouvre", MARKETING),
    ("ouvrez", MARKETING),
    ("ouvrir", MARKETING),
    ("paramètres", GENERIC),
    ("password", GENERIC),
    ("passwords", GENERIC),
    ("passwort", GENERIC),
    ("ploeg", FAN),
    ("pm", GENERIC),
    ("pn", GENERIC),
    ("podcast", MARKETING),
    ("pokračuje", STATE),
    ("pokud", cond(CS)),
    ("porovnejte", MARKETING),
    ("pozastaven", STATE),
    ("pozastavena", STATE),
    ("požádejte", MARKETING),
    ("privatnachricht", GENERIC),
    ("privato", GENERIC),
    ("prodloužen", STATE),
    ("prodloužena", STATE),
    ("profiel", GENERIC),
    ("profil", GENERIC),
    ("profile", GENERIC),
    ("profilo", GENERIC),
    ("profiteer", MARKETING),
    ("profitez", MARKETING),
    ("profitieren", MARKETING),
    ("prosegue", STATE),
    ("protect", MARKETING),
    ("proteggere", MARKETING),
    ("proteggi", MARKETING),
    ("protéger", MARKETING),
    ("protégez", MARKETING),
    ("průvodce", MARKETING),
    ("převeden", STATE),
    ("převedena", STATE),
    ("převedeno", STATE),
    ("přečtěte", MARKETING),
    ("přihlaste", GENERIC),
    ("přihlásit", GENERIC),
    ("přihlášení", GENERIC),
    ("připsána", STATE),
    ("qualora", cond(IT)),
    ("rady", MARKETING),
    ("ratgeber", MARKETING),
    ("read", MARKETING),
    ("refinance", MARKETING),
    ("regel", MARKETING),
    ("regelen", MARKETING),
    ("register", MARKETING),
    ("registrieren", MARKETING),
    ("remains", STATE),
    ("remunerata", STATE),
    ("renewed", STATE),
    ("renews", STATE),
    ("renouvelé", STATE),
    ("renouvelée", STATE),
    ("request", MARKETING),
    ("reset", GENERIC),
    ("reste", STATE),
    ("revalorisé", STATE),
    ("revalorisée", STATE),
    ("richieda", MARKETING),
    ("richiedere", MARKETING),
    ("richiedi", MARKETING),
    ("rimane", STATE),
    ("rinnovata", STATE),
    ("rinnovato", STATE),
    ("rivalutata", STATE),
    ("rivalutato", STATE),
    ("runs", STATE),
    ("réglages", GENERIC),
    ("rémunéré", STATE),
    ("rémunérée", STATE),
    ("résilié", STATE),
    ("résiliée", STATE),
    ("sarà", CONFIRM),
    ("scade", STATE),
    ("scaduta", STATE),
    ("scaduto", STATE),
    ("scegli", MARKETING),
    ("scegliere", MARKETING),
    ("schválen", STATE),
    ("schválena", STATE),
    ("schütze", MARKETING),
    ("schützen", MARKETING),
    ("scopri", MARKETING),
    ("scoprire", MARKETING),
    ("se", cond(IT)),
    ("secure", MARKETING),
    ("sera", CONFIRM),
    ("setting", GENERIC),
    ("settings", GENERIC),
    ("si", cond(FR)),
    ("sichere", MARKETING),
    ("sichern", MARKETING),
    ("sign", GENERIC),
    ("signin", GENERIC),
    ("simplify", MARKETING),
    ("simula", MARKETING),
    ("simuler", MARKETING),
    ("simulez", MARKETING),
    ("sjednat", MARKETING),
    ("sjednejte", MARKETING),
    ("skončil", STATE),
    ("skončila", STATE),
    ("skončí", STATE),
    ("sluit", MARKETING),
    ("sollte", cond(DE)),
    ("sollten", cond(DE)),
    ("sospesa", STATE),
    ("sospeso", STATE),
    ("spočítat", MARKETING),
    ("spočítejte", MARKETING),
    ("spravovat", MARKETING),
    ("spravujte", MARKETING),
    ("squadra", FAN),
    ("start", MARKETING),
    ("starte", MARKETING),
    ("starten", MARKETING),
    ("stata", CONFIRM),
    ("stato", CONFIRM),
    ("staňte", MARKETING),
    ("stržena", STATE),
    ("suspended", STATE),
    ("suspendu", STATE),
    ("suspendue", STATE),
    ("switch", MARKETING),
    ("sécurisez", MARKETING),
    ("tap", GENERIC),
    ("team", FAN),
    ("termina", STATE),
    ("terminated", STATE),
    ("termine", STATE),
    ("thank", THANKS),
    ("thanks", THANKS),
    ("tik", GENERIC),
    ("tiktok", GENERIC),
    ("tip", MARKETING),
    ("tippen", GENERIC),
    ("tipps", MARKETING),
    ("tips", MARKETING),
    ("tipy", MARKETING),
    ("tocca", GENERIC),
    ("today", MARKETING | NOW),
    ("tous", EVERYONE),
    ("toutes", EVERYONE),
    ("tutte", EVERYONE),
    ("tutti", EVERYONE),
    ("twitter", GENERIC),
    ("tým", FAN),
    ("umgestellt", STATE),
    ("unlock", MARKETING),
    ("upgrade", MARKETING),
    ("upraven", STATE),
    ("upravena", STATE),
    ("username", GENERIC),
    ("valorizzata", STATE),
    ("vandaag", MARKETING | NOW),
    ("verein", FAN),
    ("vereins", FAN),
    ("vergelijk", MARKETING),
    ("vergelijken", MARKETING),
    ("vergleiche", MARKETING),
    ("vergleichen", MARKETING),
    ("verlengd", STATE),
    ("verloopt", STATE),
    ("verlopen", STATE),
    ("verlängert", STATE),
    ("versandt", STATE),
    ("verschickt", STATE),
    ("verwalte", MARKETING),
    ("verwalten", MARKETING),
    ("verzinst", STATE),
    ("video", MARKETING),
    ("vyberte", MARKETING),
    ("vybrat", MARKETING),
    ("vydána", STATE),
    ("vypršela", STATE),
    ("vyprší", STATE),
    ("využijte", MARKETING),
    ("všem", EVERYONE),
    ("všichni", EVERYONE),
    ("wachtwoord", GENERIC),
    ("war", CONFIRM),
    ("was", CONFIRM),
    ("we", WE),
    ("webinar", MARKETING),
    ("website", GENERIC),
    ("wechseln", MARKETING),
    ("wechsle", MARKETING),
    ("wenn", cond(DE)),
    ("werd", CONFIRM),
    ("werde", MARKETING),
    ("werden", MARKETING),
    ("whether", cond(EN)),
    ("wij", WE),
    ("will", CONFIRM),
    ("wir", WE),
    ("wird", CONFIRM),
    ("word", MARKETING),
    ("wordt", CONFIRM),
    ("wurde", CONFIRM),
    ("wurden", CONFIRM),
    ("wähle", MARKETING),
    ("wählen", MARKETING),
    ("zablokovaná", STATE),
    ("zablokován", STATE),
    ("zablokována", STATE),
    ("založit", MARKETING),
    ("založte", MARKETING),
    ("zhodnocen", STATE),
    ("zhodnocena", STATE),
    ("zjistěte", MARKETING),
    ("zrušen", STATE),
    ("zrušena", STATE),
    ("získat", MARKETING),
    ("získejte", MARKETING),
    ("zřiďte", MARKETING),
    ("zřídit", MARKETING),
    ("è", CONFIRM),
    ("échoit", STATE),
    ("émise", STATE),
    ("équipe", FAN),
    ("été", CONFIRM),
];

/// [`LEXICON`] hashed.
static LEXICON_MAP: WordMap<u16> = word_map!(LEXICON, u16, 2048);

fn flags(w: &str) -> u16 {
    LEXICON_MAP.get(w).unwrap_or(0)
}

/// The flags of up to 8 words before and after a phrase in its sentence,
/// nearest first; missing words have no flags.
struct Around {
    before: [u16; 8],
    after: [u16; 8],
}

impl Around {
    fn of(lower: &str, start: usize, end: usize) -> Self {
        let mut around = Around {
            before: [0; 8],
            after: [0; 8],
        };
        let floor = start.saturating_sub(REACH);
        let mut cur = start;
        for slot in around.before.iter_mut() {
            let Some(w) = prev_word(lower, cur, floor) else {
                break;
            };
            *slot = flags(w.of(lower));
            cur = w.start;
        }
        let limit = (end + REACH).min(lower.len());
        let mut cur = end;
        for slot in around.after.iter_mut() {
            let Some(w) = next_word(lower, cur, limit) else {
                break;
            };
            *slot = flags(w.of(lower));
            cur = w.end;
        }
        around
    }

    /// True when one of the `n` words before has `flag`.
    fn before(&self, n: usize, flag: u16) -> bool {
        self.before[..n].iter().any(|f| f & flag != 0)
    }

    /// True when one of the `n` words after has `flag`.
    fn after(&self, n: usize, flag: u16) -> bool {
        self.after[..n].iter().any(|f| f & flag != 0)
    }

    /// True when the sentence makes the phrase marketing, a how-to, a
    /// conditional, a security warning or an invitation to write in private.
    fn silences(&self, lang: u8) -> bool {
        self.silences_before(lang) || self.after(4, MARKETING) || self.after(8, GENERIC)
    }

    /// True when the words before the phrase silence it.
    fn silences_before(&self, lang: u8) -> bool {
        self.before(4, MARKETING) || self.before(8, GENERIC) || self.before(3, cond(lang))
    }

    /// As [`Around::silences_before`], for a third person's product ("seine
    /// Hypothek bei uns"): a report about someone else is no offer to the
    /// reader, so "today" before it ("war heute am Schalter, seine Hypothek
    /// …") is a time, not marketing; a marketing verb still silences it.
    fn silences_report_before(&self, lang: u8) -> bool {
        let offer = self.before[..4]
            .iter()
            .any(|f| f & MARKETING != 0 && f & NOW == 0);
        offer || self.before(8, GENERIC) || self.before(3, cond(lang))
    }
}

/// True for bytes that end a sentence: the grammar never looks past them.
fn is_break(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b'\n' | b';')
}

/// True when the byte at `i` ends a sentence: a break, but not the dot of
/// a day before its month ("ab dem 1. Januar", "per 30. Juni").
fn breaks_at(bytes: &[u8], i: usize) -> bool {
    // A dash between spaces (the engine folds "–" and "—" to '-') starts a
    // new clause: "Váš účet u nás – platba dnes dorazila".
    if bytes[i] == b'-' {
        return i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' ');
    }
    if bytes[i] != b'.' {
        return is_break(bytes[i]);
    }
    let digits = bytes[..i]
        .iter()
        .rev()
        .take(3)
        .take_while(|b| b.is_ascii_digit())
        .count();
    let month_follows =
        bytes.get(i + 1) == Some(&b' ') && bytes.get(i + 2).is_some_and(u8::is_ascii_alphabetic);
    !((1..=2).contains(&digits) && month_follows)
}

/// True when a "word" starting at `at` is an emoji (a four-byte char): in
/// a post it ends the sentence ("Bedankt voor je trouw 💙 We sturen …").
fn emoji_at(bytes: &[u8], at: usize) -> bool {
    bytes[at] >= 0xF0
}

/// The next word after `from` in the same sentence, ending by `limit`.
fn next_word(lower: &str, from: usize, limit: usize) -> Option<Word> {
    let bytes = lower.as_bytes();
    let mut at = from;
    while at < limit && !is_word_byte(bytes[at]) {
        if breaks_at(bytes, at) {
            return None;
        }
        at += 1;
    }
    let start = at;
    if start < limit && emoji_at(bytes, start) {
        return None;
    }
    while at < bytes.len() && is_word_byte(bytes[at]) {
        at += 1;
    }
    (start < at && at <= limit).then_some(Word { start, end: at })
}

/// The word before `before` in the same sentence, starting after `floor`.
fn prev_word(lower: &str, before: usize, floor: usize) -> Option<Word> {
    let bytes = lower.as_bytes();
    let mut at = before;
    while at > floor && !is_word_byte(bytes[at - 1]) {
        if breaks_at(bytes, at - 1) {
            return None;
        }
        at -= 1;
    }
    let end = at;
    while at > floor && is_word_byte(bytes[at - 1]) {
        at -= 1;
    }
    // A word cut by the floor is no word (and may not start on a char
    // boundary).
    let cut = at == floor && at > 0 && is_word_byte(bytes[at - 1]);
    (at < end && !cut && !emoji_at(bytes, at)).then_some(Word { start: at, end })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Prepared;

    /// Values the detector reports at or above the engine's threshold.
    fn found(text: &str) -> Vec<&str> {
        crate::detect::testing::candidates(detect, text)
            .into_iter()
            .filter(|c| c.confidence >= 0.5)
            .map(|c| &text[c.span])
            .collect()
    }

    // Possessive + noun.
    finds!(
        a_german_account_is_found,
        "Ihr Konto ist wieder frei.",
        ["Ihr Konto"]
    );
    finds!(
        a_german_compound_is_found,
        "Ihr Kontoauszug liegt bei.",
        ["Ihr Kontoauszug"]
    );
    finds!(
        a_german_compound_ending_in_the_noun_is_found,
        "Ihr Sparkonto wurde eröffnet.",
        ["Ihr Sparkonto"]
    );
    finds!(
        a_lowercase_german_ihr_is_her_not_the_reader,
        "Sie hat ihr Konto gekündigt.",
        []
    );
    finds!(
        a_third_person_possessive_with_us_is_a_client,
        "Er will sein Konto bei uns schliessen.",
        ["sein Konto bei uns"]
    );
    finds!(
        a_dutch_third_person_possessive_with_us_is_a_client,
        "Hij wil zijn rekening bij ons opheffen.",
        ["zijn rekening bij ons"]
    );
    finds!(
        a_czech_third_person_possessive_with_us_is_a_client,
        "Volal, že jeho pojistnou smlouvu u nás chce ukončit.",
        ["jeho pojistnou smlouvu u nás"]
    );
    finds!(
        a_third_person_possessive_alone_is_anyones,
        "He closed his savings account in 2019.",
        []
    );
    finds!(
        a_third_person_loyalty_is_nothing,
        "Grazie per la loro fedeltà con noi!",
        []
    );
    finds!(
        a_subscription_found_by_the_writer_is_confirmed,
        "We hebben je abonnement gevonden en aangepast.",
        ["je abonnement"]
    );
    finds!(
        a_subscription_with_nothing_confirming_is_nothing,
        "Je abonnement is leuk.",
        []
    );
    finds!(
        modifiers_between_possessive_and_noun_are_allowed,
        "Ihr zuständiger Kundenberater meldet sich.",
        ["Ihr zuständiger Kundenberater"]
    );
    finds!(
        an_unknown_word_between_ends_the_phrase,
        "Your Twitter account is great",
        []
    );
    finds!(
        a_credit_card_is_clear_without_a_verb,
        "Your credit card is on its way.",
        ["Your credit card"]
    );
    finds!(
        a_bare_card_needs_a_confirming_verb,
        "Love your card design",
        []
    );
    finds!(
        a_bare_card_with_a_verb_is_found,
        "Your card has been blocked.",
        ["Your card"]
    );
    finds!(
        a_greeting_card_is_no_bank_card,
        "Deine Karte ist so schön geworden!",
        []
    );
    finds!(
        an_italian_article_joins_the_span,
        "Il suo conto è stato sbloccato.",
        ["Il suo conto"]
    );
    finds!(
        a_french_weak_noun_with_banking_tail_is_found,
        "Votre carte de crédit arrive.",
        ["Votre carte de crédit"]
    );
    finds!(
        an_english_two_word_adviser_is_found,
        "your relationship manager",
        ["your relationship manager"]
    );
    finds!(
        a_czech_case_form_is_found,
        "K vašemu účtu jsme přidali poznámku.",
        ["vašemu účtu"]
    );
    finds!(
        a_dutch_compound_is_found,
        "Uw spaarrekening is geopend.",
        ["Uw spaarrekening"]
    );
    finds!(
        a_dutch_calculation_is_no_account,
        "Uw berekening klopt.",
        []
    );
    finds!(
        the_sentence_ends_the_phrase,
        "Danke für Ihre. Treue ist wichtig.",
        []
    );

    // Loyalty and tenure.
    finds!(
        german_loyalty_thanks_are_found,
        "Danke für Ihre langjährige Treue!",
        ["Ihre langjährige Treue"]
    );
    finds!(
        english_loyalty_thanks_are_found,
        "Thank you for your continued loyalty.",
        ["your continued loyalty"]
    );
    finds!(
        a_long_standing_customer_is_found,
        "as a long-time customer",
        ["long-time customer"]
    );
    finds!(
        a_french_since_phrase_takes_the_time,
        "Cliente depuis 15 ans, vous savez.",
        ["Cliente depuis 15 ans"]
    );
    finds!(
        an_italian_since_phrase_takes_the_time,
        "cliente da molti anni",
        ["cliente da molti anni"]
    );
    finds!(
        a_french_long_date_phrase_is_found,
        "en tant que client de longue date",
        ["client de longue date"]
    );
    finds!(
        a_czech_tenure_adjective_is_found,
        "jako dlouholetá klientka",
        ["dlouholetá klientka"]
    );
    finds!(
        a_dutch_since_phrase_is_found,
        "U bent klant sinds 2010.",
        ["klant sinds 2010"]
    );
    finds!(a_client_noun_alone_is_nothing, "Der Kunde ist König.", []);
    finds!(
        thanks_for_the_loyalty_with_an_article_is_found,
        "Herr Meier, danke für die Treue! Wir melden uns.",
        ["die Treue"]
    );
    finds!(
        dutch_thanks_for_the_loyalty_is_found,
        "Bedankt voor de trouw, we bellen u morgen.",
        ["de trouw"]
    );
    finds!(
        loyalty_without_thanks_is_nothing,
        "La fedeltà del cane è proverbiale.",
        []
    );
    finds!(
        thanks_to_all_for_the_loyalty_is_nothing,
        "Thank you all for the loyalty, fans!",
        []
    );
    finds!(
        plural_customers_are_nothing,
        "Wir danken unseren langjährigen Kunden.",
        []
    );
    finds!(
        a_dative_singular_customer_is_found,
        "Als langjährigem Kunden bieten wir Ihnen",
        ["langjährigem Kunden"]
    );
    finds!(
        a_since_word_without_time_is_nothing,
        "customer since when?",
        []
    );
    finds!(
        a_since_phrase_before_the_noun_is_found,
        "Er ist seit 2010 Kunde, sagt er.",
        ["seit 2010 Kunde"]
    );
    finds!(
        a_czech_since_phrase_before_the_noun_is_found,
        "Jste od roku 2005 klientem.",
        ["od roku 2005 klientem"]
    );
    finds!(
        an_ending_contract_is_confirmed,
        "Ihr Vertrag endet im Juni.",
        ["Ihr Vertrag"]
    );
    finds!(
        content_marketing_is_silent,
        "5 tips for your mortgage renewal",
        []
    );

    // Trust, movements, "banking with us" and thanks for being a client.
    finds!(
        thanks_for_trust_leave_the_possessive_and_noun,
        "Grazie della sua fiducia da tanti anni!",
        ["sua fiducia"]
    );
    finds!(
        trust_without_thanks_is_silent,
        "We value your trust in our products.",
        []
    );
    finds!(
        movements_of_the_readers_account_stay_context,
        "Abbiamo verificato le operazioni sul suo conto.",
        ["suo conto"]
    );
    finds!(
        banking_with_us_after_thanks_is_found,
        "Many thanks for banking with us!",
        ["banking with us"]
    );
    finds!(
        a_you_are_clause_leaves_the_tenure_phrase_with_us,
        "Sie sind seit 2010 Kunde bei uns.",
        ["seit 2010 Kunde bei uns"]
    );
    finds!(
        a_dutch_you_are_clause_leaves_the_tenure_phrase_with_us,
        "U bent al jaren klant bij ons, dus dat lossen we op.",
        ["al jaren klant bij ons"]
    );
    finds!(
        a_you_are_clause_without_with_us_keeps_the_tenure_phrase,
        "Sie sind seit 2010 Kunde, das sehen wir.",
        ["seit 2010 Kunde"]
    );

    // "With us", actions, insurance products, tails and tiers.
    finds!(
        with_us_after_the_noun_joins_the_span,
        "Ihr Depot bei uns ist nicht betroffen.",
        ["Ihr Depot bei uns"]
    );
    finds!(
        with_us_confirms_an_ambiguous_noun,
        "Your card with us is fine.",
        ["Your card with us"]
    );
    finds!(
        with_us_is_no_how_to_even_with_an_app_after_it,
        "Je spaarrekening bij ons is weer zichtbaar in de app.",
        ["Je spaarrekening bij ons"]
    );
    finds!(
        with_us_still_silences_marketing,
        "Open je spaarrekening bij ons vandaag!",
        []
    );
    finds!(
        an_italian_with_us_takes_three_words,
        "Il suo conto presso di noi è in ordine.",
        ["Il suo conto presso di noi"]
    );
    finds!(
        a_german_action_on_the_product_stays_context,
        "Wir bestätigen die Kündigung Ihres Sparplans per Ende Monat.",
        ["Ihres Sparplans"]
    );
    finds!(
        a_french_action_on_the_product_stays_context,
        "Nous confirmons la résiliation de votre compte épargne.",
        ["votre compte épargne"]
    );
    finds!(
        an_english_action_on_the_product_stays_context,
        "We confirm the closure of your savings account.",
        ["your savings account"]
    );
    finds!(
        an_italian_policy_with_its_kind_is_found,
        "Gentile cliente, la sua polizza vita è stata rinnovata.",
        ["la sua polizza vita"]
    );
    finds!(
        a_french_insurance_contract_is_found,
        "Votre contrat d'assurance auto a été renouvelé.",
        ["Votre contrat d'assurance auto"]
    );
    finds!(
        a_czech_insurance_contract_is_found,
        "Vaše pojistná smlouva je platná.",
        ["Vaše pojistná smlouva"]
    );
    finds!(
        a_french_insurance_needs_a_state,
        "Votre assurance habitation couvre les dégâts d'eau.",
        ["Votre assurance habitation"]
    );
    finds!(
        a_french_insurance_alone_is_the_insurer,
        "Votre assurance vous rembourse peut-être.",
        []
    );
    finds!(
        a_french_credit_file_is_found,
        "Votre dossier de prêt est complet.",
        ["Votre dossier de prêt"]
    );
    finds!(
        a_file_without_a_banking_tail_is_nothing,
        "Votre dossier est complet, merci.",
        []
    );
    finds!(
        an_italian_claim_file_is_found,
        "La sua pratica di sinistro è stata chiusa.",
        ["La sua pratica di sinistro"]
    );
    finds!(
        a_german_insurance_state_may_close_the_clause,
        "Ihre Hausratversicherung wird ab dem 1. Januar angepasst.",
        ["Ihre Hausratversicherung"]
    );
    finds!(
        a_german_insurance_with_only_an_auxiliary_is_nothing,
        "Ihre Hausratversicherung ist wichtig. Angepasst wird nichts.",
        []
    );
    finds!(
        an_english_mortgage_application_is_found,
        "Your mortgage application is complete.",
        ["Your mortgage application"]
    );
    finds!(
        a_dutch_running_loan_is_found,
        "Uw lopende lening is afgelost.",
        ["Uw lopende lening"]
    );
    finds!(
        loyalty_as_a_client_leaves_as_a_client_out,
        "Bedankt voor je trouw als klant 💙 We sturen je een DM.",
        ["je trouw"]
    );
    finds!(
        an_emoji_ends_the_sentence,
        "Thank you for your loyalty 🙏 DM us for details",
        ["your loyalty"]
    );
    finds!(
        a_client_tier_after_as_is_found,
        "Come cliente Premium ha diritto allo sconto.",
        ["cliente Premium"]
    );
    finds!(
        an_english_client_tier_after_as_is_found,
        "As a Gold customer you skip the queue.",
        ["Gold customer"]
    );
    finds!(
        a_client_tier_alone_is_nothing,
        "Il cliente Premium ha diritto allo sconto.",
        []
    );
    finds!(
        an_italian_in_quality_of_frame_is_found,
        "In qualità di cliente storico ha diritto allo sconto.",
        ["cliente storico"]
    );
    finds!(
        thanks_for_being_a_loyal_customer_leave_the_tenure_phrase,
        "Thanks for being a loyal customer!",
        ["loyal customer"]
    );

    // Frames stay context: thanks, "as a", a first-person verb; compounds.
    finds!(
        a_german_thanks_frame_stays_context,
        "@Anna Vielen Dank für Ihre Treue!",
        ["Ihre Treue"]
    );
    finds!(
        a_french_thanks_frame_stays_context,
        "Merci beaucoup pour votre fidélité !",
        ["votre fidélité"]
    );
    finds!(
        an_italian_thanks_frame_stays_context,
        "Grazie per la sua fedeltà! Verifichiamo subito.",
        ["la sua fedeltà"]
    );
    finds!(
        a_dutch_thanks_frame_stays_context,
        "Hartelijk dank voor uw trouw.",
        ["uw trouw"]
    );
    finds!(
        a_czech_thanks_frame_stays_context,
        "Děkujeme Vám za Vaši věrnost!",
        ["Vaši věrnost"]
    );
    finds!(
        swiss_german_merci_is_a_thanks_frame,
        "Merci vielmal für Ihre Treue!",
        ["Ihre Treue"]
    );
    finds!(
        a_preposition_without_thanks_is_no_frame,
        "Die Gebühr gilt für Ihr Konto nicht.",
        ["Ihr Konto"]
    );
    finds!(
        a_german_as_frame_stays_context,
        "Als langjährige Kundin wissen Sie das.",
        ["langjährige Kundin"]
    );
    finds!(
        an_italian_as_frame_stays_context_but_our_joins_the_span,
        "Come nostra cliente da molti anni, lei sa.",
        ["nostra cliente da molti anni"]
    );
    finds!(
        a_czech_as_frame_stays_context_but_our_joins_the_span,
        "Jako naše dlouholetá klientka víte, že…",
        ["naše dlouholetá klientka"]
    );
    finds!(
        a_dutch_first_hour_client_is_found,
        "Als klant van het eerste uur weet u dat.",
        ["klant van het eerste uur"]
    );
    finds!(
        a_german_verb_frame_stays_context,
        "Hallo Greta, wir haben uns Ihr Konto angesehen und erstattet.",
        ["Ihr Konto"]
    );
    finds!(
        a_german_frame_needs_a_first_person_subject,
        "Sie haben Ihr Konto gestern gekündigt.",
        ["Ihr Konto"]
    );
    finds!(
        a_german_frame_needs_a_participle,
        "Wir haben Ihr Konto wegen der Störung im Blick.",
        ["Ihr Konto"]
    );
    finds!(
        a_french_verb_frame_stays_context,
        "Bonjour, nous avons vérifié votre compte et remboursé les frais.",
        ["votre compte"]
    );
    finds!(
        an_italian_verb_frame_stays_context,
        "Buongiorno, abbiamo controllato il suo conto e rimborsato.",
        ["il suo conto"]
    );
    finds!(
        a_dutch_verb_frame_stays_context,
        "Hoi, we hebben uw rekening bekeken en teruggestort.",
        ["uw rekening"]
    );
    finds!(
        a_czech_verb_frame_stays_context,
        "Dobrý den, prověřili jsme váš účet a poplatek vrátili.",
        ["váš účet"]
    );
    finds!(
        an_english_verb_frame_stays_context,
        "Hi Ben, we've looked into your account and refunded the fee.",
        ["your account"]
    );
    finds!(
        an_english_frame_needs_a_participle,
        "We have your account on file.",
        ["your account"]
    );
    finds!(
        a_french_noun_modifier_after_the_noun_joins_the_span,
        "Bien sûr, votre compte d'épargne n'est pas concerné.",
        ["votre compte d'épargne"]
    );
    finds!(
        an_italian_savings_book_is_found,
        "Certo, il suo libretto di risparmio non è coinvolto.",
        ["il suo libretto di risparmio"]
    );
    finds!(
        an_italian_booklet_alone_is_nothing,
        "Il suo libretto è bellissimo.",
        []
    );
    finds!(
        an_english_noun_compound_is_found,
        "Of course, your savings account is not affected.",
        ["your savings account"]
    );
    finds!(
        an_english_balance_compound_is_found,
        "Your loan balance is now zero.",
        ["Your loan balance"]
    );
    finds!(
        thanks_to_everyone_stay_silent_with_a_frame,
        "Thank you all for your loyalty!",
        []
    );

    // What stays silent.
    finds!(marketing_before_is_silent, "Open your account today!", []);
    finds!(
        marketing_after_is_silent,
        "Ihr neues Konto jetzt online eröffnen",
        []
    );
    finds!(
        a_how_to_with_settings_is_silent,
        "Change your account settings here",
        []
    );
    finds!(
        a_how_to_with_app_is_silent,
        "In der App sehen Sie Ihr Konto.",
        []
    );
    finds!(
        a_conditional_is_silent,
        "Wenn Ihre Karte verloren geht, sperren Sie sie.",
        []
    );
    finds!(
        a_security_warning_is_silent,
        "We will never ask for your account details.",
        []
    );
    finds!(
        a_request_for_an_account_number_is_silent,
        "Send us your account number",
        []
    );
    finds!(
        thanks_to_everyone_are_silent,
        "Danke euch allen für eure Treue!",
        []
    );
    finds!(our_account_is_silent, "our account at the bank", []);
    finds!(french_je_before_compte_is_silent, "je compte partir", []);
    finds!(a_french_report_is_silent, "votre compte rendu est prêt", []);
    finds!(
        an_account_of_events_is_silent,
        "Thanks for your account of what happened.",
        []
    );
    finds!(
        a_shop_loyalty_card_is_silent,
        "Show your loyalty card at the till.",
        []
    );
    finds!(
        an_italian_login_is_silent,
        "Accedi al tuo conto dall'app.",
        []
    );
    finds!(
        a_french_login_is_silent,
        "Connectez-vous à votre compte.",
        []
    );
    finds!(
        becoming_a_valued_customer_is_silent,
        "Become a valued customer today",
        []
    );

    #[test]
    fn the_writer_acting_on_the_account_raises_confidence() {
        let prepared = Prepared::new("We have checked your account.");
        let input = Input::new("We have checked your account.", &prepared.lower, &[]);
        let mut out = Vec::new();
        detect(&input, &mut out);
        assert!(out[0].confidence > 0.8, "{out:?}");
    }

    #[test]
    fn every_listed_word_is_found_in_its_table() {
        assert!(TRIGGERS.iter().all(|(w, _)| trigger(w).is_some()));
        assert!(LEXICON.iter().all(|&(w, f)| flags(w) == f));
    }

    #[test]
    fn repeated_triggers_scan_in_linear_time() {
        for text in [
            "your ".repeat(100_000),
            "Ihr Konto ".repeat(50_000),
            "client ".repeat(100_000),
        ] {
            let _ = found(&text);
        }
    }

    #[test]
    fn any_unicode_around_triggers_never_panics() {
        for text in [
            "your 💥",
            "💥 your",
            "Ihr",
            "váš účet💥",
            "ü your účet",
            "cliente da",
            "long-",
        ] {
            let _ = found(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn random_text_never_panics_and_spans_sit_on_char_boundaries(text in "(Ihr|your|votre|il suo|uw|váš|je|Konto|account|compte|conto|rekening|účet|card|client|seit|2010|since|Treue|loyalty|open|app|we|is|[.!?\\n ]|é|💥| ){0,12}") {
            crate::detect::testing::check_spans(detect, &text)?;
        }
    }
}
