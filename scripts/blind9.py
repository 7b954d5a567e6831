#!/usr/bin/env python3
"""Generates the ninth blind corpus crate/tests/fixtures/blind9.jsonl.

How it was written (the blind rule). The eighth blind corpus is being used
to tune rules, so it no longer measures how the scanner generalises; this one
is the new honest test set. It was written without reading the detectors
(crate/src/), the tests (crate/tests/, except the first lines of
corpus.jsonl for the label format), any earlier corpus's templates,
generators or fixtures (corpus_templates.py, heldout*, blind_templates.py,
blind2_templates.py … blind8_templates.py, blind4.py … blind8.py, their
.jsonl files) or docs/accuracy.md, and the scanner was never run on it.
Read and used: PRODUCT.md (rule ids, categories, span decisions),
oracle_lib.py, vectors.py, blind_lib.py (value builders), blind_checks.py
(label checks, render-and-check loop, writer) and blind3.py's generator code
as an example. Do not tune rules against this file, and read its misses only
after a change is final.

What it covers. Templates are in scripts/blind9_templates.py: about 66
posts per language (de, fr, it, nl, cs, en), more than a third hard
negatives, in situations of their own (an airline's social-care team, an
estate agent, a marathon organiser, a theatre box office, a tutoring agency,
a public library, a farm shop's veg box, a co-living house, hospital
volunteers, a university admissions office, a car dealership, a caterer, an
architecture competition, a funeral home, a security company, a tattoo
studio, an escape room, a gym, a local party section, an NGO's donations, a
ferry line, a taxi dispatcher, a blood donation service, a scout group, bank
and insurer replies) and shapes of their own (e-mail headers pasted into chat
— Von:/De :/Da:/Van:/Od:/From: —, calendar invites, bylines and photo
credits, names in quoted speech, two names joined by and/und/et/e/en/a,
names at the very start or end of a post, names in ALL CAPS on forms,
job-title-first signatures, middle names, names after many different verbs
in long sentences, 'cc' handovers, lower-case chat, mixed-language
messages; Czech names stand where the nominative is grammatical).
Every rule id of PRODUCT.md appears,
roughly as often as it does in real posts: names, phones, e-mails, IBANs,
addresses, dates of birth and customer-relationship phrases most, the rarer
identifiers a few times each. Names come from the six languages' own Faker
locales and from their large immigrant communities (Turkish, Polish,
Portuguese, Brazilian, Croatian, Slovene, Romanian, Slovak, Spanish, Vietnamese
from Faker; transliterated Arabic, Tamil, Eritrean and Ukrainian names from
the lists below), plus surnames that are ordinary words (Koch, Bauer,
Meunier, Ferrari, de Boer, Kovář, Baker …), double first names, middle
names, hyphenated and compound surnames, and lower-case chat spellings.

Hard negatives: invalid-checksum twins (IBAN, card, AHV, CH UID, AT SVNR, DE
tax id, BSN, birth number, IČO, VAT), order, invoice, booking and tracking
numbers, flight numbers and gates, number plates, versions, commit hashes,
UUIDs, prices, race times and scores, years, event and training dates
without a birth word, brands, schools, stadiums, halls and ferries named
after people, lone first names, password and PIN talk without a password,
complaints passed on, marketing, thanks to all customers, casual
"internal".

Span conventions (PRODUCT.md first; where it is silent, what a reader
would highlight):
  - person_name: the whole name, first + last (middle names, particles,
    hyphenated parts included), "Last, First" as written, ALL CAPS or
    lower case as written; never the honorific, greeting or title; a lone
    first name or a lone surname after an honorific is not labelled;
  - phone: the whole number incl. country code and grouping spaces;
  - postal_address: street + number + postcode + town when given together,
    the line break of a two-line address included;
  - date_of_birth: the date only, not "born on"/"geboren am";
  - customer_relationship: the phrase that confirms the relationship
    ("Ihre Hypothek bei uns", "votre contrat chez nous", "your account
    with us"), not the whole sentence;
  - classification_marker: the marking phrase only;
  - secret_password_assignment: the secret value only; secrets with a
    vendor prefix keep their vendor rule; other key = value secrets are
    secret_generic_high_entropy; a token in a header is the token only;
  - internal_url: the whole URL.

Checks (blind_checks; the script fails rather than write a wrong label):
  - every labelled identifier validates (python-stdnum, or oracle_lib's
    published-algorithm checks), every other label has its rule's shape;
  - every invalid twin (slots *_bad) fails its check with InvalidChecksum;
  - no unlabelled text holds a valid card number, IBAN or AHV number;
  - positive templates carry at least one label, negative templates none;
  - labels do not overlap; no e-mail on a reserved example domain.

Same line format as blind3.jsonl: {"id", "lang", "text", "labels":
[{"rule", "start", "end"}], "hard_negative"}, ids {lang}-b9-NNN, offsets in
UTF-16 code units, end exclusive. Fixed seed; no set or dict iteration feeds
the random stream, and blind_checks.build freezes Faker's clock at
oracle_lib's reference day, so the output is the same on every run and day.

    python3 scripts/blind9.py          # writes crate/tests/fixtures/blind9.jsonl
"""

from __future__ import annotations

import re
import string
import uuid
from pathlib import Path

import blind_checks as checks
import oracle_lib as o
from blind_checks import fold
from blind9_templates import ALIASES, T, rule_of
from blind_lib import NAME_LOCALES, date_text, phone, td3_passport

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate" / "tests" / "fixtures" / "blind9.jsonl"
SEED = 20261123

# ---- names ------------------------------------------------------------------

# Immigrant communities with Latin-script Faker locales (weighted by repeats).
MIGRANT_LOCALES = ["tr_TR", "tr_TR", "pl_PL", "pl_PL", "pt_PT", "pt_BR", "hr_HR", "sl_SI", "ro_RO", "vi_VN",
                   "sk_SK", "es_ES"]
# Transliterated names of communities whose Faker locale is in another script.
OWN_NAMES = {
    "ar": {"m": ["Youssef", "Karim", "Omar", "Rachid", "Mehdi", "Bilal", "Hamza", "Tarek", "Walid", "Anas"],
           "f": ["Fatima Zahra", "Samira", "Nour", "Layla", "Amal", "Salma", "Yasmina", "Rania", "Houda", "Imane"],
           "last": ["El Amrani", "Benali", "Haddad", "Al-Masri", "Benjelloun", "Chaouki", "Ait Ouali", "Mansour",
                    "Bouzid", "El Idrissi", "Khalil", "Saadi", "Ouazzani", "Hamdan"]},
    "ta": {"m": ["Tharshan", "Kajan", "Vithusan", "Sivaram", "Nirojan", "Pirashanth", "Mathusan"],
           "f": ["Nirosha", "Priyanka", "Mathumitha", "Thulasi", "Kavitha", "Sinthuja", "Abirami"],
           "last": ["Sivakumar", "Kandiah", "Balasubramaniam", "Rajendran", "Thavarajah", "Yogarajah",
                    "Selvaratnam", "Ponnampalam", "Arulanantham"]},
    "er": {"m": ["Yonas", "Mehari", "Filmon", "Dawit", "Biniam", "Henok", "Samuel", "Robel"],
           "f": ["Senait", "Selam", "Eden", "Tsega", "Helen", "Saba", "Luwam", "Rahel"],
           "last": ["Tesfay", "Gebremedhin", "Haile", "Berhane", "Tekle", "Ghebreyesus", "Woldemichael",
                    "Habte", "Kidane", "Asmerom"]},
    "uk": {"m": ["Dmytro", "Andriy", "Serhiy", "Oleksandr", "Taras", "Bohdan", "Vitaliy", "Mykola"],
           "f": ["Oksana", "Iryna", "Olena", "Yuliia", "Kateryna", "Nataliia", "Halyna", "Sofiia"],
           "last": ["Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko", "Kravchenko", "Boyko",
                    "Ponomarenko", "Lysenko", "Savchuk", "Hnatyuk"]},
}
OWN_ORIGINS = ["ar", "ar", "ta", "er", "uk", "uk"]
# Surnames that are also ordinary words in one of the six languages.
WORD_SURNAMES = {
    "de": ["Koch", "Bauer", "Wolf", "Fischer", "Vogel", "Fuchs", "Engel", "Kaiser", "König", "Hahn", "Winter",
           "Sommer"],
    "fr": ["Meunier", "Boulanger", "Boucher", "Charpentier", "Petit", "Legrand", "Marchand", "Berger", "Chevalier",
           "Mercier", "Lebrun"],
    "it": ["Ferrari", "Bianchi", "Fabbri", "Sarto", "Romano", "Marino", "Gallo", "Barbieri", "Fontana", "Conti",
           "Leone"],
    "nl": ["de Boer", "Visser", "Bakker", "Smit", "Mulder", "de Wit", "Koster", "Schipper", "de Haan",
           "Timmerman", "Kok"],
    "cs": ["Kovář", "Černý", "Král", "Zedník", "Tesař", "Pekař", "Mlynář", "Sedlák", "Kočka", "Vrána"],
    "en": ["Baker", "Smith", "Cook", "Fisher", "Carpenter", "Hunter", "Bishop", "Mason", "Miller", "Brown",
           "Rose"],
}
CS_FEMININE = {"Kovář": "Kovářová", "Černý": "Černá", "Král": "Králová", "Zedník": "Zedníková",
               "Tesař": "Tesařová", "Pekař": "Pekařová", "Mlynář": "Mlynářová", "Sedlák": "Sedláková",
               "Kočka": "Kočková", "Vrána": "Vránová"}
DOUBLE_FIRST = {
    "de": {"m": ["Karl-Heinz", "Hans Peter", "Jan-Ole"], "f": ["Anna-Lena", "Ann-Kathrin", "Lea Sophie"]},
    "fr": {"m": ["Jean-Baptiste", "Pierre-Yves", "Jean-Marc"], "f": ["Marie-Claire", "Anne-Sophie", "Marie-Hélène"]},
    "it": {"m": ["Gian Marco", "Pier Paolo", "Gianluca"], "f": ["Maria Grazia", "Anna Maria", "Maria Chiara"]},
    "nl": {"m": ["Jan-Willem", "Pieter-Jan", "Gerrit Jan"], "f": ["Anne-Marie", "Marie-José", "Anna-Sophie"]},
    "cs": {"m": ["Jan Pavel", "Karel Jan"], "f": ["Anna Marie", "Marie Terezie"]},
    "en": {"m": ["John Paul", "Billy-Joe", "Mark Anthony"], "f": ["Mary-Kate", "Lily-Rose", "Anne Marie"]},
}
PARTICLES = {"van", "der", "den", "de", "von", "zu", "la", "du", "le", "ter", "da", "del", "di", "dos", "el",
             "al", "ten"}

# ---- addresses: real streets and towns, not blind_lib's ---------------------

STREETS9 = {
    "de": ["Kaiserstraße", "Lange Straße", "Sternstraße", "Kirchplatz", "Färberstraße", "Turmstraße",
           "Hohe Straße", "Am Stadtgraben", "Theaterstraße"],
    "at": ["Kärntner Straße", "Landstraßer Hauptstraße", "Annenstraße", "Salzachgasse", "Museumstraße"],
    "ch": ["Limmatquai", "Spalenberg", "Zeughausgasse", "Poststrasse", "Rathausgasse"],
    "chfr": ["Rue du Rhône", "Rue de Bourg", "Avenue du Léman", "Grand-Rue"],
    "fr": ["rue de la Paix", "rue Sainte-Catherine", "cours Mirabeau", "rue Jeanne d'Arc", "quai des Chartrons",
           "rue du Faubourg Saint-Antoine", "avenue de Verdun"],
    "be": ["Rue du Midi", "Avenue Louise", "Mechelsesteenweg", "Nationalestraat", "Rue Haute"],
    "it": ["Via Po", "Via Toledo", "Via del Corso", "Corso Buenos Aires", "Via Indipendenza", "Via XX Settembre",
           "Borgo San Frediano"],
    "chit": ["Via Pessina", "Via Luvini", "Piazza Indipendenza"],
    "nl": ["Prinsengracht", "Nieuwstraat", "Breestraat", "Markt", "Stationsweg", "Langestraat", "Voorstraat",
           "Oude Ebbingestraat"],
    "cz": ["Bělehradská", "Korunní", "Lidická", "Pražská", "Jindřišská", "Sokolská", "Kobližná", "Žižkova"],
    "gb": ["Deansgate", "Park Street", "King Street", "Broad Street", "The Parade", "Castle Street"],
    "us": ["Broadway", "Pine Street", "Michigan Avenue", "Peachtree Street", "Mission Street"],
}
TOWNS9 = {
    "de": [("60311", "Frankfurt am Main"), ("28195", "Bremen"), ("30159", "Hannover"), ("24103", "Kiel"),
           ("93047", "Regensburg"), ("69117", "Heidelberg"), ("99084", "Erfurt"), ("86150", "Augsburg")],
    "at": [("1010", "Wien"), ("8020", "Graz"), ("5020", "Salzburg"), ("9500", "Villach"), ("4600", "Wels")],
    "ch": [("8001", "Zürich"), ("4051", "Basel"), ("3011", "Bern"), ("5000", "Aarau"), ("7000", "Chur")],
    "chfr": [("1204", "Genève"), ("1003", "Lausanne"), ("1800", "Vevey"), ("1400", "Yverdon-les-Bains")],
    "fr": [("34000", "Montpellier"), ("35000", "Rennes"), ("21000", "Dijon"), ("06000", "Nice"), ("37000", "Tours"),
           ("63000", "Clermont-Ferrand"), ("80000", "Amiens")],
    "be": [("1000", "Bruxelles"), ("4000", "Liège"), ("2800", "Mechelen"), ("5000", "Namur"), ("2000", "Antwerpen")],
    "it": [("10121", "Torino", "TO"), ("80134", "Napoli", "NA"), ("37121", "Verona", "VR"), ("16121", "Genova", "GE"),
           ("35122", "Padova", "PD"), ("34121", "Trieste", "TS"), ("25121", "Brescia", "BS")],
    "chit": [("6900", "Lugano"), ("6500", "Bellinzona"), ("6830", "Chiasso")],
    "nl": [("2312 AB", "Leiden"), ("3811 AA", "Amersfoort"), ("6811 AA", "Arnhem"), ("8011 AA", "Zwolle"),
           ("4811 AA", "Breda"), ("2611 AA", "Delft"), ("6511 AA", "Nijmegen")],
    "cz": [("120 00", "Praha 2"), ("110 00", "Praha 1"), ("602 00", "Brno"), ("370 01", "České Budějovice"),
           ("500 02", "Hradec Králové"), ("460 01", "Liberec"), ("530 02", "Pardubice")],
    "gb": [("Manchester", "M3 2BB"), ("Bristol", "BS1 5TR"), ("Leeds", "LS1 6HD"), ("York", "YO1 7HH"),
           ("Glasgow", "G1 3SQ"), ("Brighton", "BN1 1AE")],
    "us": [("New York", "NY", "10012"), ("San Francisco", "CA", "94110"), ("Chicago", "IL", "60611"),
           ("Atlanta", "GA", "30303"), ("Denver", "CO", "80202")],
}


def address9(c: str, rng, two_lines: bool) -> str:
    street, town = rng.choice(STREETS9[c]), rng.choice(TOWNS9[c])
    no = str(rng.randint(1, 180))
    sep = "\n" if two_lines else ", "
    if c == "fr":
        return f"{no}{rng.choice(['', '', ' ter', ' bis'])} {street}{sep}{town[0]} {town[1]}"
    if c == "be" and street.startswith(("Rue", "Avenue")):
        return f"{street} {no}{sep}{town[0]} {town[1]}"
    if c == "it":
        if rng.random() < 0.5:
            return f"{street}, {no}{sep}{town[0]} {town[1]} ({town[2]})"
        return f"{street} {no}{sep}{town[0]} {town[1]}"
    if c == "cz":
        if town[1].startswith("Praha") or town[1] == "Brno":
            no = f"{rng.randint(100, 2800)}/{rng.randint(1, 80)}"
        return f"{street} {no}{sep}{town[0]} {town[1]}"
    if c == "gb":
        return f"{no} {street}{sep}{town[0]} {town[1]}"
    if c == "us":
        return f"{rng.randint(10, 3999)} {street}{sep}{town[0]}, {town[1]} {town[2]}"
    return f"{street} {no}{sep}{town[0]} {town[1]}"


# ---- internal URLs, not blind_lib's ----------------------------------------

ORGS9 = ["skyways", "immo-berg", "theater-nord", "stadtbib", "bakehaus", "ferrylink", "admissions", "fitclub"]
INTERNAL_URLS9 = [
    "https://wiki.{org}.corp/spaces/OPS/pages/{n}", "http://crm01.{org}.local/contacts/{n}",
    "https://rota.{org}.intranet/shifts/week-{w}", "http://10.{a}.{b}.{c}/phpmyadmin/",
    "https://192.168.{a}.{c}:8006/#v1:0:=qemu%2F{n}", "https://files.{org}.lan/s/{h}",
    "https://booking-admin.{org}.internal/orders/{n}/edit", "http://172.{s}.{b}.{c}:5601/app/dashboards",
    "https://git.{org}.corp/platform/infra/-/blob/main/terraform/{h}.tf", "http://kasse.{org}.lan/reports/z-{n}",
]
MRZ_NATIONS9 = {
    "de": [("D", "de_DE"), ("TUR", "tr_TR"), ("POL", "pl_PL"), ("AUT", "de_AT")],
    "fr": [("FRA", "fr_FR"), ("PRT", "pt_PT"), ("BEL", "fr_BE")],
    "it": [("ITA", "it_IT"), ("ROU", "ro_RO"), ("ESP", "es_ES")],
    "nl": [("NLD", "nl_NL"), ("BEL", "nl_BE"), ("POL", "pl_PL")],
    "cs": [("CZE", "cs_CZ"), ("SVK", "sk_SK"), ("HRV", "hr_HR")],
    "en": [("GBR", "en_GB"), ("IRL", "en_IE"), ("PRT", "pt_PT")],
}
IBAN_MORE = {"sk": "sk_SK", "ie": "en_IE", "pt": "pt_PT"}
ROLE_MAILBOXES9 = {
    "de": ["service", "vermietung", "tickets", "bewerbung", "buchhaltung"],
    "fr": ["reservations", "contact", "admissions", "compta", "billetterie"],
    "it": ["prenotazioni", "amministrazione", "iscrizioni", "assistenza", "biglietteria"],
    "nl": ["klantenservice", "verhuur", "kassa", "inschrijving", "administratie"],
    "cs": ["rezervace", "info", "pokladna", "studijni", "fakturace"],
    "en": ["bookings", "care", "admissions", "accounts", "boxoffice"],
}


class Ctx9(checks.CheckedCtx):
    """blind_lib's value maker with this corpus's names, addresses,
    internal URLs and negatives' values; records every invalid twin."""

    spaced_atsv = True

    def iban(self, c: str) -> str:
        """blind_lib's IBANs, plus Slovak, Irish and Portuguese ones."""
        if c in IBAN_MORE:
            val = self.faker(IBAN_MORE[c]).iban()
            o.std_iban.validate(val)
            return val
        return super().iban(c)

    def own_origin(self, gender: str) -> tuple[str, str]:
        t = OWN_NAMES[self.rng.choice(OWN_ORIGINS)]
        return self.rng.choice(t[gender]), self.rng.choice(t["last"])

    def local(self, gender: str) -> tuple[str, str]:
        return self.gendered(self.rng.choice(NAME_LOCALES[self.lang]), gender)

    def name(self, slot: str) -> str:
        """name[_kind][_rev]: kind l (default, the language's own locales),
        x (immigrant communities), w (surname that is a word), d (double
        first name or hyphenated surname), mid (middle name), c (ALL CAPS),
        lc (lower case); a trailing _f or _m fixes the gender."""
        rng, lang = self.rng, self.lang
        rev = slot.endswith("_rev")
        parts = slot.split("_")[1:]
        kind = next((p for p in parts if p not in ("rev", "f", "m")), "l")
        gender = "f" if "f" in parts else "m" if "m" in parts else rng.choice("mf")
        if kind == "x":
            if rng.random() < 0.55:
                first, last = self.gendered(rng.choice(MIGRANT_LOCALES), gender)
            else:
                first, last = self.own_origin(gender)
        elif kind == "w":
            first = self.local(gender)[0]
            last = rng.choice(WORD_SURNAMES[lang])
            if lang == "cs" and gender == "f":
                last = CS_FEMININE[last]
        elif kind == "d":
            first, last = self.local(gender)
            if rng.random() < 0.5:
                first = rng.choice(DOUBLE_FIRST[lang][gender])
            else:
                other = self.local(gender)[1]
                while other == last:
                    other = self.local(gender)[1]
                last = f"{last}-{other}"
        elif kind == "mid":
            first, last = self.local(gender)
            middle = self.local(gender)[0]
            while middle == first:
                middle = self.local(gender)[0]
            first = f"{first} {middle if rng.random() < 0.7 else middle[0] + '.'}"
        else:
            first, last = self.local(gender)
            if kind == "lc":
                first, last = first.lower(), last.lower()
        self.last_person = (first, last)
        out = f"{last}, {first}" if rev else f"{first} {last}"
        return out.upper() if kind == "c" else out

    def email(self) -> str:
        rng, lang = self.rng, self.lang
        first, last = self.last_person or self.local(rng.choice("mf"))
        fi, la = fold(first.split()[0], lang), fold(last, lang)
        local = rng.choice([f"{fi}.{la}", f"{fi}.{la}", f"{fi[0]}.{la}", f"{la}", f"{fi}_{la}",
                            f"{la}{fi[0]}", f"{fi}.{la}{rng.randint(1, 9)}"])
        f = self.faker(rng.choice(NAME_LOCALES[lang]))
        domain = f.free_email_domain() if rng.random() < 0.35 else f.domain_name()
        return f"{local}@{domain}"

    def value(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        if slot.endswith("_bad"):
            return super().value(slot)
        if slot.startswith("name"):
            return self.name(slot)
        if slot == "first":
            return self.local(rng.choice("mf"))[0]
        if slot == "first_x":
            return self.own_origin(rng.choice("mf"))[0]
        if slot in ("last", "last_f", "last_m"):  # a surname after an honorific, never labelled
            return self.local(slot[-1] if slot != "last" else rng.choice("mf"))[1]
        if slot == "email":
            return self.email()
        if slot == "email_org":
            return rng.choice(ROLE_MAILBOXES9[lang]) + "@" + self.faker(rng.choice(NAME_LOCALES[lang])).domain_name()
        if slot in ("phone_chfr", "phone_chit"):  # Swiss numbers in a French or Italian post
            return phone("ch", rng)
        if slot.startswith(("addr_", "addr2_")):
            c = slot.split("_", 1)[1]
            return address9(c, rng, slot.startswith("addr2_"))
        if slot == "iurl":
            t = rng.choice(INTERNAL_URLS9)
            return t.format(org=rng.choice(ORGS9), n=rng.randint(100, 99999), w=rng.randint(1, 52),
                            h=uuid.UUID(int=rng.getrandbits(128)).hex[:12], a=rng.randint(0, 255),
                            b=rng.randint(0, 255), c=rng.randint(2, 254), s=rng.randint(16, 31))
        if slot == "mrz":
            nat, loc = rng.choice(MRZ_NATIONS9[lang])
            sex = rng.choice("MF")
            first, last = self.gendered(loc, sex.lower())
            return td3_passport(rng, nat, first, last, sex, dob_years=(52, 99), expiry_years=(27, 35),
                                no_personal=("D", "AUT"))
        if slot == "date":
            return date_text(lang, rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28), rng)
        if slot == "year":
            return str(rng.randint(2019, 2028))
        if slot[0] == "n" and slot[1:].isdigit():
            k = int(slot[1:])
            return str(rng.randint(10 ** (k - 1), 10 ** k - 1))
        if slot == "ver":
            return f"{rng.randint(1, 24)}.{rng.randint(0, 30)}.{rng.randint(0, 19)}"
        if slot == "sha7":
            return "%07x" % rng.getrandbits(28)
        if slot == "flight":
            return rng.choice(["LX", "OS", "AF", "AZ", "KL", "OK", "BA", "LH", "SN", "EW"]) + str(rng.randint(100, 2999))
        if slot == "track":
            return "".join(rng.choice(string.digits) for _ in range(12))
        if slot == "plate":
            return rng.choice(["ZH", "BE", "M", "HH", "W", "GE"]) + " " + str(rng.randint(100, 99999))
        if slot == "price":
            sep = "." if lang == "en" else ","
            return f"{rng.randint(3, 1900)}{sep}{rng.choice(['00', '50', '90', '95'])}"
        if slot == "time":
            return f"{rng.randint(2, 4)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        if slot == "score":
            return f"{rng.randint(0, 5)}:{rng.randint(0, 5)}"
        return super().value(slot)


# ---- checks -----------------------------------------------------------------

NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*\.?")


def _name_ok(s: str) -> bool:
    words = s.replace(",", " ").replace("-", " ").split()
    if len(words) < 2 or not all(NAME_WORD.fullmatch(w) for w in words):
        return False
    return s.islower() or all(w[0].isupper() or w.lower() in PARTICLES for w in words)


SHAPE = {
    **checks.SHAPE,
    "email": checks.mail_shape("[a-z0-9._-]"),
    "person_name": _name_ok,
    "classification_marker": lambda s: len(s) >= 5,
}


def build(seed: int = SEED) -> list[dict]:
    return checks.build(seed, "b9", T, Ctx9, rule_of, ALIASES, SHAPE)


def main() -> None:
    checks.write(build(), OUT, ROOT)


if __name__ == "__main__":
    main()
