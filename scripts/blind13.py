#!/usr/bin/env python3
"""Generates the thirteenth blind corpus crate/tests/fixtures/blind13.jsonl.

How it was written (the blind rule): the eleventh blind corpus is being used
for tuning, so this one is the new honest test set. It was written without
reading the detectors (crate/src/), the tests (crate/tests/, except the first
five lines of corpus.jsonl for the label format), any other corpus's
templates, generators or fixtures (corpus_templates.py, heldout*,
blind_templates.py, blind2…blind12 generators and templates, every *.jsonl
beyond its line format) or docs/accuracy.md; only PRODUCT.md (rule ids and
span decisions), oracle_lib.py, vectors.py, blind_lib.py, blind_checks.py and
blind3.py's generator code (as an example of using blind_checks). The scanner
was never run on this file. Do not tune rules against it, and read its misses
only after a change is final.

What it covers: 466 posts, 76-82 per language (de, fr, it, nl, cs, en), 182
of them (39 %) hard negatives, in situations no earlier corpus used (a library's
e-book helpdesk, a ski-lift pass office, a hospital pharmacy, a school bus
operator, a vet emergency line, a coffee roastery's wholesale chat, a bridal
shop, a driving-test centre, a water utility's outage desk, a wind-farm crew,
a tailor, an auction house, a student union, a prison visiting office, a golf
club, a tyre workshop, a trampoline park's HR, a cruise line's guest
services, a ministry's press office, a moving-out inspection, bank / insurer /
telco / utility replies) and sentence shapes of its own (meeting transcripts
with speaker labels, expense lines, vaccination slots, team-building pairings
"X with Y", race results "1. X, 2. Y", rent-arrears lists, guest lists with
plus-ones, "ping/fyi/cc" in chat, parking permits, thank-you posts with emoji,
run-on sentences, birth and wedding congratulations, exam seat plans,
job-shadowing schedules, run-on chat without punctuation, English mixed into
the other languages). Every rule id of PRODUCT.md appears, person names
most, then phones, e-mails, IBANs, addresses, dates of birth, customer
relationships, markers, credentials, internal URLs, national ids, cards, VAT,
BIC, MRZ and IP addresses. Names come from Faker locales of the six
languages' countries and of large immigrant communities (Turkish, Polish,
Portuguese, Croatian, Slovene, Romanian, Spanish, Hungarian, Slovak, Indian
English) plus this file's own transliterated Arabic, Vietnamese,
Tamil, Eritrean and Ukrainian lists, surnames that are ordinary words (Koch,
Bauer, Meunier, Ferrari, Visser, Kovář, Baker ...), double first names,
hyphenated and particle surnames, middle initials and lower-case chat names.

Hard negatives: invalid-checksum twins (IBAN, card, AHV, CH UID, AT SVNR, DE
tax id, BSN, birth number, IČO, VAT), order, invoice, ticket, tracking and
meter numbers, versions, hashes, UUIDs, prices, scores, years, dates without
a birth word, places, prizes and brands named after people, lone first names,
password talk without a password, marketing text, thanks to all customers,
casual "internal".

Span choices (PRODUCT.md first; where it is silent, what a reader would
highlight):
  - person_name: first + last name with particles and middle initials,
    without honorific or title; "Last, First" as a whole; a lone first name
    or a lone surname after an honorific is not labelled.
  - phone: the whole number including country code and trunk prefix "(0)".
  - postal_address: street + number + postcode + town when given together
    (one or two lines), without the recipient's name or country.
  - customer_relationship: the phrase that confirms the relationship
    ("your mortgage with us", "Ihr Konto bei uns", "as a long-standing
    customer"), not the greeting around it.
  - date_of_birth: the date only; secret_password_assignment: the value
    only; tokens: the token only; internal_url: the whole URL.
  - classification_marker: the marking phrase ("STRENG VERTRAULICH",
    "Internal use only").

Checks (blind_checks; the script fails rather than write a wrong label):
valid identifiers validate with python-stdnum / oracle_lib, invalid twins fail
with InvalidChecksum, no unlabelled valid card / IBAN / AHV, positive
templates carry labels and negatives none, labels do not overlap, every other
label has its rule's shape.

Line format as blind3.jsonl: {"id", "lang", "text", "labels": [{"rule",
"start", "end"}], "hard_negative"}, ids {lang}-b13-NNN, UTF-16 offsets, end
exclusive. Fixed seed, no set/dict iteration feeds randomness, Faker's clock
frozen by blind_checks.build: the output is the same on every run.

    python3 scripts/blind13.py          # writes crate/tests/fixtures/blind13.jsonl
"""

from __future__ import annotations

import re
import string
import uuid
from pathlib import Path

import blind_checks as checks
from blind_checks import fold
from blind13_templates import ALIASES, T, rule_of
from blind_lib import NAME_LOCALES, address, date_text, td3_passport

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate" / "tests" / "fixtures" / "blind13.jsonl"
SEED = 20261123

# ---- names ------------------------------------------------------------------

# Communities that live in each language's countries (Faker locales, Latin script).
MIGRANT_LOCALES = {
    "de": ["tr_TR", "pl_PL", "hr_HR", "pt_PT", "ro_RO", "it_IT"],
    "fr": ["pt_PT", "tr_TR", "ro_RO", "es_ES", "pl_PL"],
    "it": ["ro_RO", "pl_PL", "pt_BR", "es_ES", "sl_SI"],
    "nl": ["tr_TR", "pl_PL", "pt_PT", "ro_RO", "hu_HU"],
    "cs": ["sk_SK", "pl_PL", "hu_HU", "ro_RO", "hr_HR"],
    "en": ["pl_PL", "pt_PT", "ro_RO", "tr_TR", "it_IT", "en_IN"],
}
# Transliterated names that Faker has no Latin-script locale for: (first m, first f, last).
OWN_NAMES = {
    "arabic": (["Karim", "Youssef", "Omar", "Bilal", "Tarek", "Samir", "Nabil", "Hamza"],
               ["Leila", "Samira", "Nour", "Yasmina", "Rania", "Amal", "Dounia", "Salma"],
               ["El Amrani", "Haddad", "Benali", "Khoury", "Mansour", "Belkacem", "Al-Hashimi", "Nasser", "Ziani"]),
    "vietnamese": (["Minh", "Quang", "Tuan", "Duc", "Long", "Huy"],
                   ["Linh", "Thu", "Mai", "Huong", "Lan", "Ngoc"],
                   ["Nguyen", "Tran", "Pham", "Le", "Vu", "Dang", "Bui", "Hoang"]),
    "tamil": (["Suresh", "Karthik", "Rajan", "Vignesh", "Senthil", "Arun"],
              ["Priya", "Kavitha", "Lakshmi", "Anitha", "Meena", "Tharani"],
              ["Sivakumar", "Rajaratnam", "Thevarajah", "Kanagasabai", "Selvarajah", "Murugesu"]),
    "eritrean": (["Yonas", "Tesfay", "Mehari", "Dawit", "Filmon", "Kidane"],
                 ["Senait", "Helen", "Mebrat", "Luwam", "Saba", "Yordanos"],
                 ["Tesfamariam", "Ghebremedhin", "Habte", "Berhane", "Woldemichael", "Tekle"]),
    "ukrainian": (["Oleksandr", "Dmytro", "Andrii", "Taras", "Bohdan", "Serhii"],
                  ["Olena", "Iryna", "Oksana", "Kateryna", "Nataliia", "Yuliia"],
                  ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Lysenko"]),
}
OWN_ORDER = ["arabic", "vietnamese", "tamil", "eritrean", "ukrainian"]
# Surnames that are also ordinary words in one of the six languages.
WORD_SURNAMES = {
    "de": ["Koch", "Bauer", "Wolf", "Fischer", "Schneider", "Vogel", "Fuchs", "Kaiser", "Richter", "Becker"],
    "fr": ["Meunier", "Boulanger", "Lefèvre", "Mercier", "Boucher", "Berger", "Chevalier", "Marchand", "Leblanc"],
    "it": ["Ferrari", "Bianchi", "Fabbri", "Sarto", "Monti", "Fontana", "Rossi", "Marino", "Leone", "Pastore"],
    "nl": ["De Boer", "Visser", "Bakker", "Smit", "de Vries", "Mulder", "Kok", "Schipper", "Dekker", "Timmerman"],
    "cs": ["Kovář", "Černý", "Novák", "Sedlák", "Král", "Zedník", "Mlynář", "Veselý", "Kočí", "Pekař"],
    "en": ["Baker", "Smith", "Cook", "Fisher", "Wood", "Hunter", "Carpenter", "Bishop", "Mason", "Young"],
}
CS_FEMININE = {"Kovář": "Kovářová", "Černý": "Černá", "Novák": "Nováková", "Sedlák": "Sedláková", "Král": "Králová",
               "Zedník": "Zedníková", "Mlynář": "Mlynářová", "Veselý": "Veselá", "Pekař": "Pekařová"}
PARTICLE_SURNAMES = {
    "de": ["von Allmen", "von Arx", "zur Mühlen", "von der Heydt", "de Weck", "van Dyk"],
    "fr": ["de La Tour", "du Pasquier", "de Montmollin", "Le Goff", "de Sousa", "des Granges"],
    "it": ["De Luca", "Di Stefano", "Lo Russo", "Dell'Acqua", "Della Valle", "De Angelis"],
    "nl": ["van den Broek", "van Dijk", "de Wit", "van der Meer", "in 't Veld", "van Beek"],
    "cs": ["de Vries", "van Dijk", "von Stein", "Di Marco", "de Souza"],
    "en": ["O'Brien", "McCarthy", "de Souza", "van Rooyen", "Fitzgerald", "D'Souza"],
}
PARTICLES = {"van", "der", "den", "de", "von", "zur", "zu", "la", "du", "le", "des", "in", "'t", "di", "lo",
             "della", "dell'acqua", "d'souza", "da"}
DOUBLE_FIRST = {
    "de": {"m": ["Karl-Heinz", "Hans Peter", "Jens-Uwe"], "f": ["Anna-Lena", "Lea Sophie", "Rosemarie"]},
    "fr": {"m": ["Jean-Marc", "Pierre-Yves", "Jean-Baptiste"], "f": ["Marie-Claire", "Anne-Sophie", "Marie-Hélène"]},
    "it": {"m": ["Gian Luca", "Pier Paolo", "Gianmarco"], "f": ["Maria Grazia", "Anna Maria", "Maria Teresa"]},
    "nl": {"m": ["Jan-Willem", "Pieter-Jan", "Klaas-Jan"], "f": ["Anne-Marie", "Marie-José", "Jo-Anne"]},
    "cs": {"m": ["Jan Pavel", "Josef Karel"], "f": ["Marie Anna", "Anna Marie"]},
    "en": {"m": ["John Paul", "Billy-Joe", "Mark Anthony"], "f": ["Mary-Kate", "Lily-Rose", "Anne Marie"]},
}

ROLE_BOXES = {
    "de": ["ausleihe", "leitstelle", "verkauf", "stoerung", "personal", "pressestelle"],
    "fr": ["pharmacie", "billetterie", "service.client", "atelier", "rh", "presse"],
    "it": ["farmacia", "biglietteria", "assistenza", "officina", "personale", "stampa"],
    "nl": ["uitleen", "storingsdienst", "klantenservice", "werkplaats", "hr", "pers"],
    "cs": ["vypujcky", "dispecink", "servis", "lekarna", "personalni", "tiskove"],
    "en": ["guestservices", "visits", "wholesale", "pharmacy", "people", "press"],
}

# ---- own streets and towns ---------------------------------------------------

STREETS = {
    "de": ["Kirchgasse", "Lessingstraße", "Gartenstraße", "Kantstraße", "Hindenburgdamm", "Ringstraße",
           "Feldweg", "Sophienstraße", "Moltkestraße"],
    "at": ["Annagasse", "Kärntner Straße", "Alser Straße", "Griesgasse", "Hauptstraße", "Wiedner Gürtel"],
    "ch": ["Zeughausgasse", "Spitalgasse", "Freiestrasse", "Poststrasse", "Obergasse", "Gerechtigkeitsgasse"],
    "chfr": ["Rue de Bourg", "Rue du Rhône", "Avenue de Beaulieu", "Rue des Moulins", "Chemin de la Colline"],
    "chit": ["Via Pessina", "Via Luini", "Via Vegezzi", "Corso Pestalozzi", "Via Borghetto"],
    "fr": ["rue Pasteur", "rue Gambetta", "avenue de Verdun", "rue des Écoles", "quai de la Fosse",
           "rue Émile Zola", "chemin des Prés"],
    "it": ["Via Cavour", "Via Verdi", "Corso Italia", "Via Manzoni", "Via XX Settembre", "Via Indipendenza"],
    "nl": ["Prinsengracht", "Nieuwstraat", "Molenweg", "Van Goghstraat", "Schoolstraat", "Julianalaan"],
    "be": ["Kouter", "Diestsestraat", "Avenue Louise", "Korenmarkt", "Lange Gasthuisstraat"],
    "cz": ["Jungmannova", "Komenského", "Žižkova", "Sokolská", "Lidická", "Na Poříčí", "Jiráskova"],
    "gb": ["Castle Street", "Park Road", "King Street", "Chapel Lane", "Westgate", "Abbey Road"],
    "us": ["Pine Street", "Maple Avenue", "Washington Boulevard", "Cedar Lane", "Lincoln Avenue"],
}
TOWNS = {
    "de": [("28195", "Bremen"), ("30159", "Hannover"), ("24103", "Kiel"), ("93047", "Regensburg"),
           ("99084", "Erfurt"), ("68159", "Mannheim"), ("06108", "Halle (Saale)"), ("86150", "Augsburg")],
    "at": [("1010", "Wien"), ("5020", "Salzburg"), ("9500", "Villach"), ("3100", "St. Pölten"), ("6900", "Bregenz")],
    "ch": [("3011", "Bern"), ("4001", "Basel"), ("7000", "Chur"), ("5000", "Aarau"), ("6300", "Zug"),
           ("8500", "Frauenfeld")],
    "chfr": [("1003", "Lausanne"), ("1201", "Genève"), ("1400", "Yverdon-les-Bains"), ("2300", "La Chaux-de-Fonds")],
    "chit": [("6900", "Lugano"), ("6600", "Locarno"), ("6512", "Giubiasco"), ("6830", "Chiasso")],
    "fr": [("35000", "Rennes"), ("21000", "Dijon"), ("37000", "Tours"), ("80000", "Amiens"), ("06000", "Nice"),
           ("63000", "Clermont-Ferrand"), ("34000", "Montpellier")],
    "it": [("37121", "Verona", "VR"), ("16123", "Genova", "GE"), ("35122", "Padova", "PD"), ("34121", "Trieste", "TS"),
           ("09124", "Cagliari", "CA"), ("38122", "Trento", "TN")],
    "nl": [("2311 EZ", "Leiden"), ("6811 CG", "Arnhem"), ("8011 NB", "Zwolle"), ("4811 XJ", "Breda"),
           ("6511 KB", "Nijmegen"), ("1811 KH", "Alkmaar")],
    "be": [("9000", "Gent"), ("3000", "Leuven"), ("1050", "Ixelles"), ("2800", "Mechelen"), ("3500", "Hasselt")],
    "cz": [("110 00", "Praha 1"), ("140 00", "Praha 4"), ("370 01", "České Budějovice"), ("500 02", "Hradec Králové"),
           ("460 01", "Liberec"), ("612 00", "Brno")],
    "gb": [("Leeds", "LS1 4AP"), ("Bristol", "BS1 5TR"), ("York", "YO1 7HH"), ("Glasgow", "G2 3AX"),
           ("Norwich", "NR2 1NR")],
    "us": [("Denver", "CO", "80202"), ("Portland", "OR", "97205"), ("Atlanta", "GA", "30303"),
           ("Minneapolis", "MN", "55401")],
}

ORGS = ["stadtbib", "lifttickets", "klinikum-nord", "schulbus", "wasserwerk", "windpark", "auktionshaus", "ministerium",
        "bluewave-cruises", "roesterei"]
INTERNAL_URLS = [
    "https://wiki.{org}.intranet/space/OPS/{n}", "http://dispo.{org}.local:8081/touren/{n}",
    "https://nextcloud.{org}.lan/s/{h}", "http://10.{a}.{b}.{c}/cgi-bin/scada.cgi?unit={n}",
    "https://192.168.{a}.{c}:8006/#v1:0:=qemu%2F{n}", "https://metabase.{org}.internal/question/{n}",
    "https://hr.{org}.corp/personalakte/{n}", "http://172.{s}.{b}.{c}:3000/d/{h}",
    "https://redmine.{org}.local/issues/{n}", "https://portal.{org}.intranet/presse/embargo/{h}.pdf",
]
# Passports shown at a cruise ship's or a hotel's desk: (issuing state, Faker locale of the holder's name).
MRZ_STATES = {
    "de": [("D", "de_DE"), ("AUT", "de_AT"), ("TUR", "tr_TR"), ("POL", "pl_PL")],
    "fr": [("FRA", "fr_FR"), ("CHE", "fr_CH"), ("PRT", "pt_PT")],
    "it": [("ITA", "it_IT"), ("ROU", "ro_RO"), ("ESP", "es_ES")],
    "nl": [("NLD", "nl_NL"), ("BEL", "nl_BE"), ("TUR", "tr_TR")],
    "cs": [("CZE", "cs_CZ"), ("SVK", "sk_SK"), ("HRV", "hr_HR")],
    "en": [("GBR", "en_GB"), ("IRL", "en_IE"), ("USA", "en_US"), ("IND", "en_IN")],
}
FOREIGN_PHONE = ("tr", "pl", "pt", "ro", "ua", "hr", "ie", "sk")


class Ctx13(checks.CheckedCtx):
    """blind_lib's value maker with this corpus's own names, streets, phones,
    internal URLs and negatives' values."""

    spaced_atsv = True

    def _pick_first(self, loc: str, gender: str) -> str:
        return self.gendered(loc, gender)[0]

    def name(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        base = slot[:-4] if slot.endswith("_rev") else slot
        low = base.endswith("_lc")
        if low:
            base = base[:-3]
        gender = base[-1] if base.endswith(("_f", "_m")) else rng.choice("mf")
        kind = base.split("_")[1] if base.count("_") >= 1 and base.split("_")[1] not in ("f", "m") else ""
        own = rng.choice(NAME_LOCALES[lang])
        if kind == "ua":
            ms, fs, lasts = OWN_NAMES["ukrainian"]
            first, last = rng.choice(ms if gender == "m" else fs), rng.choice(lasts)
        elif kind == "x":  # immigrant communities: Faker or own transliterated lists
            if rng.random() < 0.45:
                ms, fs, lasts = OWN_NAMES[OWN_ORDER[rng.randrange(len(OWN_ORDER))]]
                first, last = rng.choice(ms if gender == "m" else fs), rng.choice(lasts)
            else:
                first, last = self.gendered(rng.choice(MIGRANT_LOCALES[lang]), gender)
        elif kind == "w":
            first, last = self._pick_first(own, gender), rng.choice(WORD_SURNAMES[lang])
            if lang == "cs" and gender == "f":
                last = CS_FEMININE.get(last, last)
        elif kind == "p":
            first, last = self._pick_first(own, gender), rng.choice(PARTICLE_SURNAMES[lang])
        elif kind == "d":
            first, last = rng.choice(DOUBLE_FIRST[lang][gender]), self.gendered(own, gender)[1]
        elif kind == "h":
            first, last = self.gendered(own, gender)
            second = self.gendered(own, gender)[1]
            while second == last:
                second = self.gendered(own, gender)[1]
            last = f"{last}-{second}"
        elif kind == "i":  # middle initial
            first, last = self.gendered(own, gender)
            first = f"{first} {rng.choice(string.ascii_uppercase.replace('Q', '').replace('X', ''))}."
        else:
            first, last = self.gendered(own, gender)
        self.last_person = (first.split()[0], last)
        if low:
            first, last = first.lower(), last.lower()
        return f"{last}, {first}" if slot.endswith("_rev") else f"{first} {last}"

    def email(self) -> str:
        rng, lang = self.rng, self.lang
        first, last = self.last_person or self.gendered(rng.choice(NAME_LOCALES[lang]), rng.choice("mf"))
        fi, la = fold(first, lang), fold(last, lang)
        local = rng.choice([f"{fi}.{la}", f"{fi[0]}.{la}", f"{la}", f"{fi}_{la}", f"{la}.{fi[0]}",
                            f"{fi}{la}{rng.randint(1, 9)}"])
        f = self.faker(rng.choice(NAME_LOCALES[lang]))
        domain = f.free_email_domain() if rng.random() < 0.45 else f.domain_name()
        return f"{local}@{domain}"

    def phone_foreign(self, c: str) -> str:
        rng = self.rng
        d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
        k = rng.randrange(3)
        if c == "tr":
            s = "5" + rng.choice(["30", "35", "42", "05", "53"]) + d(7)
            return [f"+90 {s[:3]} {s[3:6]} {s[6:8]} {s[8:]}", f"0090 {s}", f"+90 ({s[:3]}) {s[3:6]} {s[6:]}"][k]
        if c == "pl":
            s = rng.choice(["50", "53", "57", "66", "78"]) + d(7)
            return [f"+48 {s[:3]} {s[3:6]} {s[6:]}", f"+48{s}", f"0048 {s[:3]} {s[3:6]} {s[6:]}"][k]
        if c == "pt":
            s = rng.choice(["91", "92", "93", "96"]) + d(7)
            return [f"+351 {s[:3]} {s[3:6]} {s[6:]}", f"00351 {s}", f"+351 {s}"][k]
        if c == "ro":
            s = "7" + rng.choice(["2", "4", "6", "7"]) + d(7)
            return [f"+40 {s[:3]} {s[3:6]} {s[6:]}", f"+40 {s}", f"0040 {s[:3]} {s[3:6]} {s[6:]}"][k]
        if c == "ua":
            s = rng.choice(["50", "67", "68", "93", "97"]) + d(7)
            return [f"+380 {s[:2]} {s[2:5]} {s[5:7]} {s[7:]}", f"+380{s}", f"+380 ({s[:2]}) {s[2:5]}-{s[5:7]}-{s[7:]}"][k]
        if c == "hr":
            s = rng.choice(["91", "92", "95", "98"]) + d(7)
            return [f"+385 {s[:2]} {s[2:5]} {s[5:]}", f"00385 {s}", f"+385 {s[:2]} {s[2:]}"][k]
        if c == "ie":
            s = "8" + rng.choice(["3", "5", "6", "7"]) + d(7)
            return [f"+353 {s[:2]} {s[2:5]} {s[5:]}", f"0{s[:2]} {s[2:5]} {s[5:]}", f"+353{s}"][k]
        if c == "sk":
            s = "9" + rng.choice(["03", "04", "10", "18", "48"]) + d(6)
            return [f"+421 {s[:3]} {s[3:6]} {s[6:]}", f"0{s[:3]} {s[3:6]} {s[6:]}", f"00421 {s}"][k]
        raise KeyError(c)

    def value(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        if slot.endswith("_bad"):
            return super().value(slot)
        if slot.startswith("name"):
            return self.name(slot)
        if slot == "first":
            return self.gendered(rng.choice(NAME_LOCALES[lang]), rng.choice("mf"))[0]
        if slot == "last":
            return self.gendered(rng.choice(NAME_LOCALES[lang]), rng.choice("mf"))[1]
        if slot == "email":
            return self.email()
        if slot == "email_org":
            return rng.choice(ROLE_BOXES[lang]) + "@" + self.faker(rng.choice(NAME_LOCALES[lang])).domain_name()
        if slot.startswith("phone_") and slot[6:] in FOREIGN_PHONE:
            return self.phone_foreign(slot[6:])
        if slot in ("phone_chfr", "phone_chit"):  # Swiss numbers written in Romandy and Ticino
            return super().value("phone_ch")
        if slot.startswith(("addr_", "addr2_")):
            c = slot.split("_", 1)[1]
            return address(c, rng, slot.startswith("addr2_"), STREETS, TOWNS)
        if slot == "iurl":
            t = rng.choice(INTERNAL_URLS)
            return t.format(org=rng.choice(ORGS), n=rng.randint(100, 99999), h=uuid.UUID(int=rng.getrandbits(128)).hex[:14],
                            a=rng.randint(0, 255), b=rng.randint(0, 255), c=rng.randint(1, 254), s=rng.randint(16, 31))
        if slot == "mrz":  # a holder of its own, not the person named in the post
            nat, loc = rng.choice(MRZ_STATES[lang])
            sex = rng.choice("MF")
            first, last = self.gendered(loc, sex.lower())
            return td3_passport(rng, nat, first, last, sex, dob_years=(52, 99), expiry_years=(28, 35),
                                no_personal=("D", "CHE"))
        if slot == "date":
            return date_text(lang, rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28), rng)
        if slot == "year":
            return str(rng.randint(1950, 2026))
        if slot[0] == "n" and slot[1:].isdigit():
            k = int(slot[1:])
            return str(rng.randint(10 ** (k - 1), 10 ** k - 1))
        if slot == "ver":
            return f"{rng.randint(1, 24)}.{rng.randint(0, 30)}.{rng.randint(0, 19)}"
        if slot == "sha7":
            return "%07x" % rng.getrandbits(28)
        if slot == "price":
            return f"{rng.randint(3, 1900)}.{rng.choice(['00', '20', '50', '80', '95'])}"
        if slot == "score":
            return f"{rng.randint(0, 6)}:{rng.randint(0, 6)}"
        if slot == "track":
            k = rng.randrange(3)
            if k == 0:
                return "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + "03" + \
                    "".join(rng.choice(string.digits) for _ in range(8))
            if k == 1:
                return "00340" + "".join(rng.choice(string.digits) for _ in range(15))
            return rng.choice(["CP", "RR", "LX"]) + "".join(rng.choice(string.digits) for _ in range(9)) + \
                {"de": "DE", "fr": "FR", "it": "IT", "nl": "NL", "cs": "CZ", "en": "GB"}[lang]
        return super().value(slot)


# ---- checks -----------------------------------------------------------------

def _name_ok(s: str) -> bool:
    words = s.replace(",", " ").split()
    if len(words) < 2:
        return False
    if s == s.lower():  # lower-case chat: letters, apostrophes, hyphens
        return all(re.fullmatch(r"[^\W\d_][\w'.-]*", w) for w in words)
    return all(w[0].isupper() or w.lower() in PARTICLES for w in words)


SHAPE = {
    **checks.SHAPE,
    "email": checks.mail_shape("[a-z0-9._-]"),
    "person_name": _name_ok,
    "classification_marker": lambda s: s.strip() == s and len(s) >= 5,
}


def build(seed: int = SEED) -> list[dict]:
    return checks.build(seed, "b13", T, Ctx13, rule_of, ALIASES, SHAPE)


def main() -> None:
    checks.write(build(), OUT, ROOT)


if __name__ == "__main__":
    main()
