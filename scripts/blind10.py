#!/usr/bin/env python3
"""Generates the tenth blind corpus crate/tests/fixtures/blind10.jsonl.

How it was written (the blind rule). The eighth and ninth blind corpora are
being used for tuning, so they no longer measure how the scanner copes with
text its authors have never seen; this corpus is the new honest test set.
It was written without reading the detectors (crate/src/), the tests
(crate/tests/, except the first lines of corpus.jsonl for the label format),
the other corpora's templates, generators and fixtures (corpus_templates.py,
heldout*, blind_templates.py, blind2_templates.py … blind9_templates.py,
blind4.py … blind9.py, every *.jsonl beyond its format) and
docs/accuracy.md, and without ever running the scanner on it. Read and used:
PRODUCT.md (rule ids, categories, span decisions), oracle_lib.py,
vectors.py, blind_lib.py (value builders), blind_checks.py (label checks,
render-and-check loop, writer) and blind3.py's generator code as an example.
Do not tune the scanner on this file, and do not look at which of its posts
the scanner gets wrong before a change is final.

What it covers. Templates are in scripts/blind10_templates.py: about 75
posts per language (de, fr, it, nl, cs, en; 454 in all), 40 % of them hard
negatives, in its own situations (a hearing-aid shop, a zoo's animal
adoption scheme, a climbing gym, a wedding planner's supplier coordination,
a housing authority, a refugee support group, a coding bootcamp, dog
walkers, a solar installer, a parish office, a music school, a fitness
app's logs, a makerspace, a private clinic's billing, a bike workshop, a
valuation firm, a customs agent for private imports, student housing, a
home-care rota, an IT consultancy's timesheets, opticians, a language
exchange, a cooperative bank's branch chat, an allotment society, a rowing
club, a mountain hut, telco, utility and insurer replies) and
its own shapes (shipping labels and delivery notes, meeting-room bookings,
'assigned to' ticket lines, sports line-ups, sign-up sheets with check
boxes, on-call bot messages, family relations, initials for the first name,
'NOVÁK Jan' reversed names in formal lists, apologies and complaints,
endorsements, forwarded status messages, git trailers, markdown tables,
YAML, .env and JSON pastes, polls and pinned messages as negatives). Every rule
id of PRODUCT.md appears, roughly as often as in real posts: person names
most, then phones, e-mail, addresses, IBANs, customer relationships,
credentials, classification markers, dates of birth, internal URLs, and a
few national ids, cards, VAT, BIC, MRZ and IP addresses. Names come from the
six languages' own Faker locales and from their large immigrant communities
(Turkish, Polish, Portuguese, Brazilian, Croatian, Slovene, Romanian,
Vietnamese, Indian from Faker; transliterated Arabic, Tamil, Eritrean,
Ukrainian and Bosnian/Albanian names from lists here), with surnames that
are ordinary words (Koch, Bauer, Meunier, Ferrari, Visser, Kovář, Baker ...),
double first names, hyphenated and particle surnames, initials, ALL-CAPS
surnames and lower-case chat.

Span conventions (PRODUCT.md first; where it is silent, what a reader would
highlight):
  - person_name: the whole name, first and last (particles included,
    initials included: "J. P. Morgenthal"), or "Last, First", or "NOVÁK Jan";
    honorifics and academic titles (Frau, Mme, Dr., Ing.) stay outside; a
    lone first name or a lone surname after an honorific is not labelled;
    schools, museums, airports, halls, stops and brands named after people
    (Goethe-Schule, Letiště Václava Havla, Marks & Spencer) are not names;
  - phone: the whole number including the country code and its grouping;
  - postal_address: street, number, postcode and town when given together
    (a line break inside belongs to it), a street named after a person is
    part of the address, not a name;
  - customer_relationship: the phrase that confirms the relationship ("Ihre
    Hypothek bei uns", "votre contrat chez nous", "as a member of our bank");
  - date_of_birth: the date only; secret_password_assignment: the value
    only; tokens and keys: the token only (not "Bearer", not the key name);
  - classification_marker: the marking phrase only;
  - internal_url: the whole URL.

Checks (blind_checks; the script fails rather than write a wrong label):
  - every labelled identifier validates (python-stdnum, or oracle_lib's
    published-algorithm checks), every other label has its rule's shape;
  - every invalid twin (slots *_bad) fails its check with InvalidChecksum;
  - no unlabelled text holds a valid card number, IBAN or AHV number;
  - positive templates carry at least one label, negative templates none;
  - labels do not overlap; no e-mail address uses a reserved example domain.

Same line format as blind3.jsonl: {"id", "lang", "text", "labels": [{"rule",
"start", "end"}], "hard_negative"}, ids {lang}-b10-NNN, offsets in UTF-16
code units, end exclusive. Fixed seed; no set or dict iteration feeds the
random stream and blind_checks.build freezes Faker's clock, so the output
is the same on every run and every day.

    python3 scripts/blind10.py          # writes crate/tests/fixtures/blind10.jsonl
"""

from __future__ import annotations

import string
import uuid
from pathlib import Path

import blind_checks as checks
from blind_checks import fold
from blind10_templates import ALIASES, T, rule_of
from blind_lib import address, date_text, phone, td3_passport

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate" / "tests" / "fixtures" / "blind10.jsonl"
SEED = 20261123

# ---- names ------------------------------------------------------------------

# Own-country Faker locales per language (weighted by repetition).
HOME10 = {
    "de": ["de_DE", "de_DE", "de_AT", "de_CH", "de_LI"],
    "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_BE", "fr_CA"],
    "it": ["it_IT", "it_IT", "it_IT"],
    "nl": ["nl_NL", "nl_NL", "nl_BE"],
    "cs": ["cs_CZ", "cs_CZ", "cs_CZ", "sk_SK"],
    "en": ["en_GB", "en_GB", "en_IE", "en_US", "en_IN"],
}
# Immigrant communities: Faker locales with Latin script ...
MIGRANT_LOCALES = ["tr_TR", "pl_PL", "pt_PT", "pt_BR", "hr_HR", "sl_SI", "ro_RO", "vi_VN", "en_IN", "hu_HU",
                   "es_ES", "lt_LT"]
# ... and transliterated names Faker does not write in Latin script.
TRANSLIT = {
    "arabic": ({"m": ["Youssef", "Karim", "Mohamed", "Omar", "Bilal", "Hamza", "Tarek", "Samir"],
                "f": ["Amina", "Leila", "Nour", "Salma", "Yasmine", "Rania", "Fatima", "Houda"]},
               ["El Amrani", "Benali", "Haddad", "Al-Masri", "Bouzid", "Khalil", "Mansour", "Cherkaoui", "Nasser"]),
    "tamil": ({"m": ["Arun", "Karthik", "Suresh", "Vignesh", "Senthil", "Rajan"],
               "f": ["Kavitha", "Priya", "Meena", "Lakshmi", "Tharani", "Nila"]},
              ["Sivakumar", "Ramasamy", "Balasubramaniam", "Thillainathan", "Murugesu", "Krishnapillai"]),
    "eritrean": ({"m": ["Yonas", "Dawit", "Tesfay", "Berhane", "Mehari", "Filmon"],
                  "f": ["Helen", "Selam", "Luwam", "Semhar", "Feven", "Ruta"]},
                 ["Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Woldemichael", "Tekle", "Abraha"]),
    "ukrainian": ({"m": ["Oleksandr", "Andrii", "Taras", "Mykola", "Bohdan", "Serhii"],
                   "f": ["Oksana", "Iryna", "Yuliia", "Nataliia", "Olena", "Kateryna"]},
                  ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Kravchenko", "Lysenko"]),
    "balkan": ({"m": ["Admir", "Edin", "Dragan", "Nikola", "Arben", "Besnik", "Mirza"],
                "f": ["Amra", "Jelena", "Merima", "Albana", "Vesna", "Dragana", "Lejla"]},
               ["Hodžić", "Petrović", "Krasniqi", "Berisha", "Delić", "Jovanović", "Gashi", "Mehmedović"]),
}
TRANSLIT_KEYS = ["arabic", "tamil", "eritrean", "ukrainian", "balkan"]
# Slots name<ORIGIN>: a name of one community, where the post says where
# the person is from (or which language they speak).
ORIGINS = {"ua": "ukrainian", "er": "eritrean", "ar": "arabic", "ta": "tamil", "ba": "balkan", "pt": "pt_PT",
           "pl": "pl_PL", "vi": "vi_VN", "tr": "tr_TR"}

# Surnames that are also ordinary words in one of the six languages.
WORD_SURNAMES = {
    "de": ["Koch", "Bauer", "Wolf", "Fischer", "Vogel", "Berger", "Schneider", "Zimmermann", "Fuchs", "Klein"],
    "fr": ["Meunier", "Boulanger", "Marchand", "Lefèvre", "Berger", "Boucher", "Charpentier", "Petit", "Leblanc"],
    "it": ["Ferrari", "Bianchi", "Fabbri", "Marino", "Pastore", "Sarto", "Russo", "Ferro", "Colombo"],
    "nl": ["De Boer", "Visser", "Bakker", "Molenaar", "Koster", "Smit", "de Vos", "Mulder", "Timmermans"],
    "cs": ["Kovář", "Černý", "Mlynář", "Veselý", "Malý", "Bílý", "Šťastný", "Kočí", "Zahradník"],
    "en": ["Baker", "Smith", "Cook", "Fisher", "Hunter", "Young", "Wood", "Brown", "Mason"],
}
CS_FEMININE = {"Kovář": "Kovářová", "Černý": "Černá", "Mlynář": "Mlynářová", "Veselý": "Veselá", "Malý": "Malá",
               "Bílý": "Bílá", "Šťastný": "Šťastná", "Kočí": "Kočí", "Zahradník": "Zahradníková"}
PARTICLE_SURNAMES = {
    "de": ["von Arx", "von Wyl", "von der Lippe", "vom Bruch", "zur Nieden", "de Weck", "van Dyk"],
    "fr": ["de La Rochette", "Le Corre", "de Montmollin", "du Pasquier", "d'Aubigné", "Le Floch", "de Sousa"],
    "it": ["De Luca", "Di Stefano", "Lo Presti", "Della Valle", "D'Angelo", "Dal Molin", "La Rosa"],
    "nl": ["van den Broek", "de Wit", "van Dam", "ter Steege", "van der Meulen", "in 't Veld", "Van Damme"],
    "cs": ["de Vries", "von Lobkowicz", "Di Marco", "O'Brien"],
    "en": ["O'Sullivan", "McAllister", "de Souza", "van Wyk", "Fitzgerald-O'Neill", "le Roux"],
}
PARTICLES = {"van", "der", "den", "de", "von", "vom", "zur", "zum", "zu", "la", "du", "le", "ter", "'t", "in",
             "dos", "da", "del", "di", "dal", "della", "lo", "el", "al", "ó", "d'aubigné"}
DOUBLE_FIRST = {
    "de": {"m": ["Karl-Heinz", "Hans Peter", "Jan-Ole"], "f": ["Anna-Lena", "Marie Christine", "Lea-Sophie"]},
    "fr": {"m": ["Jean-Marc", "Pierre-Yves", "Marc-Antoine"], "f": ["Marie-Hélène", "Anne-Sophie", "Marie-José"]},
    "it": {"m": ["Gian Marco", "Pier Paolo", "Gianluca"], "f": ["Maria Grazia", "Anna Maria", "Maria Chiara"]},
    "nl": {"m": ["Jan-Willem", "Pieter-Jan", "Gerrit Jan"], "f": ["Anne-Fleur", "Marie-José", "Sanne-Marije"]},
    "cs": {"m": ["Jan Pavel", "Josef Karel"], "f": ["Anna Marie", "Eva Marie"]},
    "en": {"m": ["John Paul", "Billy-Joe", "Mark Anthony"], "f": ["Mary-Kate", "Lily-Rose", "Sarah Jane"]},
}

ROLE_MAILBOXES = {
    "de": ["termine", "hoergeraete", "patenschaften", "buchhaltung", "vermietung", "pfarrbuero"],
    "fr": ["rdv", "adoptions", "comptabilite", "inscriptions", "atelier", "paroisse"],
    "it": ["prenotazioni", "adozioni", "amministrazione", "iscrizioni", "officina", "parrocchia"],
    "nl": ["afspraken", "adoptie", "administratie", "inschrijving", "werkplaats", "secretariaat"],
    "cs": ["objednavky", "adopce", "fakturace", "prihlasky", "dilna", "farnost"],
    "en": ["bookings", "adopt", "accounts", "admissions", "workshop", "office"],
}

# ---- real streets and towns of this corpus ---------------------------------

STREETS10 = {
    "de": ["Konrad-Adenauer-Straße", "Lessingstraße", "Gartenstraße", "Kirchplatz", "Am Stadtpark", "Brunnenweg",
           "Sophienstraße", "Industriestraße", "Beethovenstr.", "Ulmenweg"],
    "at": ["Landstraßer Hauptstraße", "Annenstraße", "Mozartgasse", "Schmiedgasse", "Kaiser-Josef-Platz"],
    "ch": ["Zähringerstrasse", "Pestalozzistrasse", "Bärenplatz", "Gerbergasse", "Freiestrasse", "Alpenstrasse"],
    "chfr": ["Rue du Rhône", "Avenue de Rumine", "Rue des Moulins", "Chemin du Levant", "Rue Centrale"],
    "fr": ["rue Émile Zola", "rue Pasteur", "avenue de la Libération", "rue des Écoles", "cours Mirabeau",
           "rue Gambetta", "quai des Chartrons", "rue du Moulin"],
    "it": ["Via Giuseppe Verdi", "Corso Cavour", "Via Manzoni", "Via XX Settembre", "Piazza del Popolo",
           "Via Toledo", "Viale Gramsci", "Via Indipendenza"],
    "nl": ["Johan de Wittlaan", "Nieuwstraat", "Burgemeester Visserpark", "Vismarkt", "Lange Voorhout",
           "Zeestraat", "Molenweg", "Prinsengracht"],
    "be": ["Groenplaats", "Rue de la Loi", "Korenmarkt", "Tiensestraat", "Avenue Louise"],
    "cz": ["Karla Čapka", "Jugoslávská", "Korunní", "Lidická", "Masarykovo náměstí", "Pražská", "Kpt. Jaroše",
           "Sokolská"],
    "gb": ["Castle Street", "Park Road", "Kings Road", "Holloway Road", "St Mary's Lane", "Forest Road"],
    "us": ["Broadway", "Pine Street", "Maple Avenue", "Jefferson Street", "Harbor Drive"],
}
TOWNS10 = {
    "de": [("33602", "Bielefeld"), ("53111", "Bonn"), ("24103", "Kiel"), ("93047", "Regensburg"),
           ("68159", "Mannheim"), ("28195", "Bremen"), ("99084", "Erfurt"), ("86150", "Augsburg"), ("30159", "Hannover")],
    "at": [("1030", "Wien"), ("8020", "Graz"), ("5020", "Salzburg"), ("6900", "Bregenz"), ("3100", "St. Pölten")],
    "ch": [("3012", "Bern"), ("8004", "Zürich"), ("5000", "Aarau"), ("7000", "Chur"), ("6300", "Zug"),
           ("4410", "Liestal")],
    "chfr": [("1201", "Genève"), ("1005", "Lausanne"), ("1400", "Yverdon-les-Bains"), ("1870", "Monthey")],
    "fr": [("06000", "Nice"), ("34000", "Montpellier"), ("35000", "Rennes"), ("21000", "Dijon"), ("87000", "Limoges"),
           ("13100", "Aix-en-Provence"), ("33000", "Bordeaux"), ("57000", "Metz")],
    "it": [("16121", "Genova", "GE"), ("37121", "Verona", "VR"), ("35122", "Padova", "PD"), ("80134", "Napoli", "NA"),
           ("10121", "Torino", "TO"), ("34121", "Trieste", "TS"), ("56126", "Pisa", "PI")],
    "nl": [("2311 EZ", "Leiden"), ("6811 CG", "Arnhem"), ("8011 CW", "Zwolle"), ("4811 XJ", "Breda"),
           ("3811 HN", "Amersfoort"), ("6511 KA", "Nijmegen"), ("2012 JM", "Haarlem")],
    "be": [("2000", "Antwerpen"), ("1040", "Etterbeek"), ("9000", "Gent"), ("3500", "Hasselt")],
    "cz": [("370 01", "České Budějovice"), ("460 01", "Liberec"), ("500 02", "Hradec Králové"), ("612 00", "Brno"),
           ("120 00", "Praha 2"), ("130 00", "Praha 3"), ("530 02", "Pardubice")],
    "gb": [("York", "YO1 7HH"), ("Leeds", "LS1 4AP"), ("Bristol", "BS1 5TR"), ("Glasgow", "G1 1XQ"),
           ("Brighton", "BN1 1AE"), ("Liverpool", "L1 8JQ")],
    "us": [("Denver", "CO", "80202"), ("Portland", "OR", "97205"), ("Minneapolis", "MN", "55401"),
           ("Baltimore", "MD", "21201")],
}

# ---- internal URLs of this corpus ---------------------------------------------

ORGS10 = ["hoerwerk", "solarfix", "tierpark", "kletterhalle", "makerlab", "optik-nord", "raiffa", "wohnbau"]
INTERNAL_URLS10 = [
    "https://wiki.{org}.intranet/spaces/OPS/pages/{n}", "http://erp.{org}.local/belege/{n}",
    "https://redmine.{org}.lan/issues/{n}", "http://10.{a}.{b}.{c}/phpmyadmin/",
    "https://192.168.{a}.{c}:5001/fsdownload/{h}", "http://172.{s}.{b}.{c}:15672/#/queues",
    "https://nextcloud.{org}.corp/s/{h}", "https://portal.{org}.internal/hr/timesheets/{n}",
    "http://zabbix.{org}.lan/zabbix.php?action=dashboard.view&dashboardid={a}",
    "https://git.{org}.local/infra/ansible/-/blob/main/inventory/{h}.yml",
]
MRZ_NATIONS10 = {
    "de": [("D", "de_DE"), ("TUR", "tr_TR"), ("AUT", "de_AT")],
    "fr": [("FRA", "fr_FR"), ("PRT", "pt_PT"), ("BEL", "fr_BE")],
    "it": [("ITA", "it_IT"), ("ROU", "ro_RO"), ("ESP", "es_ES")],
    "nl": [("NLD", "nl_NL"), ("POL", "pl_PL"), ("BEL", "nl_BE")],
    "cs": [("CZE", "cs_CZ"), ("SVK", "sk_SK"), ("HUN", "hu_HU")],
    "en": [("GBR", "en_GB"), ("IRL", "en_IE"), ("LTU", "lt_LT")],
}


class Ctx10(checks.CheckedCtx):
    """blind_lib's value maker with this corpus's own names, addresses,
    phones, internal URLs and negatives' values; it records invalid twins."""

    spaced_atsv = False
    last_gender = "m"

    def _pair(self, kind: str, gender: str) -> tuple[str, str]:
        rng, lang = self.rng, self.lang
        if kind == "x":  # immigrant communities
            if rng.random() < 0.45:
                firsts, lasts = TRANSLIT[rng.choice(TRANSLIT_KEYS)]
                return rng.choice(firsts[gender]), rng.choice(lasts)
            return self.gendered(rng.choice(MIGRANT_LOCALES), gender)
        first, last = self.gendered(rng.choice(HOME10[lang]), gender)
        while not last[0].isupper() or last.split()[0] in ("The", "Of"):  # Faker's odd nl_BE surnames
            first, last = self.gendered(rng.choice(HOME10[lang]), gender)
        if kind == "w":
            last = rng.choice(WORD_SURNAMES[lang])
            if lang == "cs" and gender == "f":
                last = CS_FEMININE[last]
        elif kind == "p":
            last = rng.choice(PARTICLE_SURNAMES[lang])
        elif kind == "d":
            if rng.random() < 0.5:
                first = rng.choice(DOUBLE_FIRST[lang][gender])
            else:
                loc = rng.choice(HOME10[lang])
                other = self.gendered(loc, gender)[1]
                while other == last:
                    other = self.gendered(loc, gender)[1]
                last = f"{last}-{other}" if lang != "cs" or gender == "m" else f"{last} {other}"
        return first, last

    def _origin(self, origin: str, gender: str) -> tuple[str, str]:
        if origin in TRANSLIT:
            firsts, lasts = TRANSLIT[origin]
            return self.rng.choice(firsts[gender]), self.rng.choice(lasts)
        return self.gendered(origin, gender)

    def name(self, slot: str) -> str:
        """Slots name[KIND][_f|_m]: KIND "" home, x immigrant, w word surname,
        p particle, d double, i initials, u 'SURNAME First', r 'Last, First',
        l lower case; w/x/p can be combined with i/u/r/l as the second letter."""
        rng = self.rng
        base, _, g = slot.partition("_")
        gender = g if g in ("f", "m") else rng.choice("mf")
        kind = base[4:]
        if kind in ORIGINS:
            first, last = self._origin(ORIGINS[kind], gender)
            self.last_person, self.last_gender = (first, last), gender
            return f"{first} {last}"
        src = kind[0] if kind[:1] in ("x", "w", "p", "d") else ""
        form = kind[len(src):]
        first, last = self._pair(src, gender)
        self.last_person, self.last_gender = (first, last), gender
        if form == "i":
            parts = first.replace("-", " ").split()
            ini = " ".join(p[0] + "." for p in parts)
            if len(parts) == 1 and rng.random() < 0.5:
                ini += " " + rng.choice("ABCDEFGHJKLMPRSTW") + "."
            return f"{ini} {last}"
        if form == "u":
            return f"{last.upper()} {first}"
        if form == "r":
            return f"{last}, {first}"
        if form == "l":
            return f"{first} {last}".lower()
        return f"{first} {last}"

    def email(self) -> str:
        rng, lang = self.rng, self.lang
        first, last = self.last_person or self._pair("", rng.choice("mf"))
        fi, la = fold(first, lang), fold(last, lang)
        local = rng.choice([f"{fi}.{la}", f"{fi[0]}.{la}", f"{la}", f"{fi}_{la}", f"{la}.{fi[0]}",
                            f"{fi}.{la}{rng.randint(1, 9)}", f"{fi[:3]}{la[:3]}"])
        f = self.faker(rng.choice(HOME10[lang]))
        domain = f.free_email_domain() if rng.random() < 0.45 else f.domain_name()
        return f"{local}@{domain}"

    def phone_migrant(self, c: str) -> str:
        rng = self.rng
        d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
        k = rng.randrange(3)
        if c == "tr":
            s = "5" + rng.choice(["30", "35", "42", "46", "53", "55"]) + d(7)
            return [f"+90 {s[:3]} {s[3:6]} {s[6:8]} {s[8:]}", f"+90{s}", f"0090 {s[:3]} {s[3:]}"][k]
        if c == "pl":
            s = rng.choice(["50", "53", "57", "66", "72", "78"]) + d(7)
            return [f"+48 {s[:3]} {s[3:6]} {s[6:]}", f"+48{s}", f"0048 {s[:3]} {s[3:6]} {s[6:]}"][k]
        if c == "pt":
            s = rng.choice(["91", "92", "93", "96"]) + d(7)
            return [f"+351 {s[:3]} {s[3:6]} {s[6:]}", f"+351 {s}", f"00351 {s}"][k]
        if c == "ua":
            s = rng.choice(["50", "63", "67", "68", "73", "93", "97"]) + d(7)
            return [f"+380 {s[:2]} {s[2:5]} {s[5:7]} {s[7:]}", f"+380{s}", f"+380 ({s[:2]}) {s[2:5]}-{s[5:7]}-{s[7:]}"][k]
        if c == "ie":
            s = rng.choice(["83", "85", "86", "87", "89"]) + d(7)
            return [f"+353 {s[:2]} {s[2:5]} {s[5:]}", f"0{s[:2]} {s[2:5]} {s[5:]}", f"+353{s}"][k]
        if c == "hr":
            s = rng.choice(["91", "92", "95", "98", "99"]) + d(7)
            return [f"+385 {s[:2]} {s[2:5]} {s[5:]}", f"+385{s}", f"00385 {s[:2]} {s[2:]}"][k]
        raise KeyError(c)

    def passport_mrz(self) -> str:
        rng = self.rng
        nat, loc = rng.choice(MRZ_NATIONS10[self.lang])
        if self.last_person:  # the passport of the customer named in the post
            (first, last), sex = self.last_person, self.last_gender.upper()
        else:
            sex = rng.choice("MF")
            first, last = self.gendered(loc, sex.lower())
        return td3_passport(rng, nat, first, last, sex, dob_years=(55, 99), expiry_years=(28, 35),
                            no_personal=("D", "NLD"))

    def value(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        if slot.endswith("_bad"):
            return super().value(slot)
        if slot.startswith("name"):
            return self.name(slot)
        if slot in ("first", "first_f", "first_m"):
            g = slot[-1] if slot != "first" else rng.choice("mf")
            return self.gendered(rng.choice(HOME10[lang]), g)[0]
        if slot == "firstx":
            return self._pair("x", rng.choice("mf"))[0]
        if slot == "last":
            return self._pair("", rng.choice("mf"))[1]
        if slot == "email":
            return self.email()
        if slot == "email_org":
            return rng.choice(ROLE_MAILBOXES[lang]) + "@" + self.faker(rng.choice(HOME10[lang])).domain_name()
        if slot.startswith("phone_"):
            c = slot[6:]
            if c in ("tr", "pl", "pt", "ua", "hr", "ie"):
                return self.phone_migrant(c)
            return phone(c, rng)
        if slot == "iban_ie":
            val = self.faker("en_IE").iban()
            return val if rng.random() < 0.4 else " ".join(val[i:i + 4] for i in range(0, len(val), 4))
        if slot.startswith(("addr_", "addr2_")):
            c = slot.split("_", 1)[1]
            return address(c, rng, slot.startswith("addr2_"), STREETS10, TOWNS10)
        if slot == "iurl":
            t = rng.choice(INTERNAL_URLS10)
            return t.format(org=rng.choice(ORGS10), n=rng.randint(100, 99999), h=uuid.UUID(int=rng.getrandbits(128)).hex[:12],
                            a=rng.randint(1, 254), b=rng.randint(0, 255), c=rng.randint(1, 254), s=rng.randint(16, 31))
        if slot == "mrz":
            return self.passport_mrz()
        if slot == "date":  # an event date, no birth word near it
            return date_text(lang, rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28), rng)
        if slot == "dobk":  # a teenager's date of birth (music school)
            return date_text(lang, rng.randint(2007, 2010), rng.randint(1, 12), rng.randint(1, 28), rng)
        if slot == "year":
            return str(rng.randint(1950, 2008))
        if slot[0] == "n" and slot[1:].isdigit():
            k = int(slot[1:])
            return str(rng.randint(10 ** (k - 1), 10 ** k - 1))
        if slot == "ver":
            return f"{rng.randint(1, 24)}.{rng.randint(0, 30)}.{rng.randint(0, 19)}"
        if slot == "sha7":
            return "%07x" % rng.getrandbits(28)
        if slot == "price":
            return f"{rng.randint(4, 3900)}{'.' if lang == 'en' else ','}{rng.choice(['00', '50', '90', '95'])}"
        if slot == "score":
            return f"{rng.randint(0, 6)}:{rng.randint(0, 6)}"
        if slot == "order":
            return rng.choice(["ORD", "BE", "AUF", "CMD", "PO"]) + "-" + str(rng.randint(2024, 2026)) + "-" + \
                "".join(rng.choice(string.digits) for _ in range(rng.choice([5, 6])))
        if slot == "track":
            return rng.choice(["00340434", "1Z"]) + "".join(rng.choice(string.digits) for _ in range(10))
        if slot == "hexid":
            return "%032x" % rng.getrandbits(128)
        return super().value(slot)


# ---- checks -----------------------------------------------------------------


def _name_ok(s: str) -> bool:
    words = s.replace(",", " ").split()
    if len(words) < 2:
        return False
    if s == s.lower():  # lower-case chat
        return all(w.isalpha() or "-" in w or "'" in w for w in words)
    return all(w[0].isupper() or w.lower() in PARTICLES or w.startswith(("d'", "in")) for w in words)


SHAPE = {
    **checks.SHAPE,
    "email": checks.mail_shape("[a-z0-9._-]"),
    "person_name": _name_ok,
    "classification_marker": lambda s: s.strip() == s and len(s) >= 5,
}


def build(seed: int = SEED) -> list[dict]:
    return checks.build(seed, "b10", T, Ctx10, rule_of, ALIASES, SHAPE)


def main() -> None:
    checks.write(build(), OUT, ROOT)


if __name__ == "__main__":
    main()
