#!/usr/bin/env python3
"""Generates the fifth blind corpus crate/tests/fixtures/blind5.jsonl.

Why: the fourth blind corpus (blind4.jsonl) is being used to tune rules, so
its figures are turning into an upper bound. This corpus is the new honest
test set. It was written blind: without reading the detectors (crate/src/),
the tests (crate/tests/, except the first five lines of corpus.jsonl for the
label format), the other corpora's templates, generators or fixtures
(corpus_templates.py, heldout*.py, blind_templates.py, blind2_templates.py,
blind3_templates.py, blind4.py, blind4_templates.py, any *.jsonl beyond its
line format) or docs/accuracy.md, and without ever running the scanner on it.
Only PRODUCT.md (rule ids, categories, span decisions), the value builders
and checks (oracle_lib.py, vectors.py, blind_lib.py, blind_checks.py) and
blind3.py's generator code (as an example of using blind_checks) were read.
Keep it that way: do not tune the scanner against this file, and read its
misses only after a change is final.

What it covers: scripts/blind5_templates.py holds its own phrasing, 65 posts
per language (de, fr, it, nl, cs, en; 41 positive, 24 hard negatives each,
37 %), written as employees write on X, LinkedIn, Facebook, Slack, Teams,
WhatsApp and Viva Engage: a ward rota in a team
chat, a school parents' group, a sales lead handed over, a landlord's
message, a recruiter's DM, a bug report with a pasted log, a check-in list,
lost and found, HR welcome posts and payroll chatter in the wrong window,
bank, insurer, telco and utility replies, pasted configuration files and
event announcements; formal and chatty, with typos, emoji, hashtags,
@mentions, line breaks and the odd switch of language. All 30 rule ids of
PRODUCT.md's default pack are labelled, roughly as often as they turn up in
such posts (names most, then phones, client relationships, e-mail,
addresses; national identifiers and vendor tokens a few times each):
person names (local names and names from Slovene, Croatian, Slovak,
Icelandic, Portuguese, Colombian, Kenyan Faker locales and hand lists of
transliterated Greek, romanised Japanese and Korean, transliterated Arabic,
Hebrew, Persian and Georgian, Filipino, Welsh, Lithuanian, Albanian and Tamil
names; with particles, hyphens, double surnames, "Last, First" lists,
honorifics, greetings, signatures, cc lines, handovers, thanks), phones in
national and international formats of DE, AT, CH, FR, BE, LU, IT, NL, CZ, SK,
GB, IE and US numbering plans, e-mail (personal, work and role mailboxes),
IBANs of 12 countries, real streets and towns (with their postcodes) of 12
countries, dates of birth (adults' and small children's), customer
relationships, classification markers, internal URLs, national identifiers,
cards, VAT, BIC, passport MRZ (names and nationality of the person named in
the post), public IP addresses, and credentials of every vendor rule plus
password assignments and generic high-entropy secrets. Hard negatives:
invalid-checksum twins of IBAN, card, AHV, UID, German tax id, Austrian
social-security number, BSN, Czech birth number and IČO, and VAT numbers;
order, invoice and tracking numbers, versions, commit hashes, request UUIDs,
prices, scores, years, meeting dates without a birth word, a birthday
greeting without a date, brands (one with "Dr."), and a school, a stadium,
squares and a street named after people, lone first names, password talk and placeholders, marketing,
thanks to all customers, "send us a DM", casual "internal"/"intern" words,
public documentation links.

Span conventions (PRODUCT.md first; where it is silent, what a reader would
highlight as the sensitive thing):
  - person_name: the whole name, first and last, with particles ("van der",
    "Ó", "dela"), hyphens and second surnames; without honorific or title
    ("Frau", "Herr", "Dr", "Mrs", "Sig.ra", "mevrouw") and without a possessive "'s"; "Last, First"
    as written. Lone first names stay unlabelled.
  - phone: the whole number including country code, "(0)" and separators.
  - email: the address.
  - postal_address: street, house number, postcode and town when given
    together (one line or two), the street included also when it is named
    after a person; a company name before it stays outside.
  - date_of_birth: the date only, not "born"/"geb."/"née le".
  - customer_relationship: the phrase that confirms the reader is a client:
    the possessive and the product, with "with us"/"bei uns" when written
    ("Ihr Sparkonto bei uns", "your account with us", "la sua polizza casa"),
    the client-status noun phrase without "as a"/"als" ("long-standing
    customer", "cliente di lunga data"), and loyalty thanks as possessive and
    noun ("your loyalty"); verb frames stay outside.
  - classification_marker: the marking phrase, without brackets.
  - secret_password_assignment: the secret value only, not the key;
    other key=value secrets are secret_generic_high_entropy, vendor tokens keep
    their vendor rule also when assigned (SLACK_BOT_TOKEN=xoxb-...).
  - internal_url: the whole URL; passport_mrz: both lines; private key: BEGIN
    to END line; JWT: the token, not "Bearer".
  - identifiers: the value as written (with its spaces, dots or dashes).

Checks (blind_checks; the script fails rather than write a wrong label):
  - every labelled identifier validates (python-stdnum, or oracle_lib's
    published-algorithm checks), every other label has its rule's shape;
  - every invalid twin (slots *_bad) fails its check with InvalidChecksum;
  - no unlabelled text holds a valid card number, IBAN or AHV number;
  - positive templates carry at least one label, negative templates none;
  - labels do not overlap; no e-mail address on a reserved example domain;
  - a date of birth holds one year from 1940 to 2025 (blind_checks' shape,
    widened here for small children's birth dates in nursery registrations);
  - a person name's words start with a capital or are a name particle.
Values hang together where a reader would notice: an e-mail address is made
from the name before it, a BIC is the bank of the IBAN before it (GB and IE
IBANs carry that bank's code), a passport MRZ carries the named person's
name, sex and nationality, a Czech DIČ is CZ and the company's IČO.

Same line format as blind3.jsonl: {"id", "lang", "text", "labels": [{"rule",
"start", "end"}], "hard_negative"}, ids {lang}-b5-NNN, offsets in UTF-16 code
units, end exclusive. Fixed seed; no set or dict iteration feeds the random
stream, so the output is the same on every run whatever PYTHONHASHSEED is.

    python3 scripts/blind5.py          # writes crate/tests/fixtures/blind5.jsonl
"""

from __future__ import annotations

import re
import string
import uuid
from pathlib import Path

import blind_checks as checks
import oracle_lib as o
from blind5_templates import ALIASES, T, rule_of
from blind_checks import fold
from blind_lib import date_text, fmt_iban

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate" / "tests" / "fixtures" / "blind5.jsonl"
SEED = 20270519

# ---- names ------------------------------------------------------------------

LOCAL = {"de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_CH", "fr_BE"], "it": ["it_IT"],
         "nl": ["nl_NL", "nl_BE"], "cs": ["cs_CZ"], "en": ["en_GB", "en_IE", "en_US", "en_NZ"]}

# Names of people from elsewhere. Hand lists (Latin script, as these names
# are usually written in Europe): male first names, female first names, male
# surnames, female surnames, and the passport nationality codes.
HAND = {
    "el": (["Giorgos", "Dimitris", "Nikos", "Kostas", "Yannis", "Panagiotis", "Stavros", "Christos"],
           ["Eleni", "Katerina", "Sofia", "Despina", "Vasiliki", "Ioanna", "Georgia", "Chrysa"],
           ["Papadopoulos", "Konstantinidis", "Nikolaidis", "Karagiannis", "Vlachos", "Oikonomou", "Alexiou"],
           ["Papadopoulou", "Konstantinidou", "Nikolaidou", "Karagianni", "Vlachou", "Oikonomou", "Alexiou"],
           ["GRC"]),
    "ja": (["Haruto", "Kenji", "Takumi", "Daisuke", "Shota", "Hiroshi", "Yuto", "Ren"],
           ["Yui", "Haruka", "Aoi", "Misaki", "Sakura", "Yuna", "Emi", "Natsuki"],
           ["Sato", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Inoue", "Hayashi"],
           None, ["JPN"]),
    "ko": (["Min-jun", "Ji-hoon", "Seo-jun", "Hyun-woo", "Dong-hyun", "Jae-won"],
           ["Seo-yeon", "Ji-woo", "Min-seo", "Ha-eun", "Soo-ah", "Ye-jin"],
           ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin"], None, ["KOR"]),
    "ar": (["Omar", "Karim", "Youssef", "Tarek", "Hamza", "Bilal", "Samir", "Nabil", "Khalid"],
           ["Leila", "Yasmina", "Nour", "Salma", "Rania", "Amira", "Huda", "Samira"],
           ["Haddad", "El Amrani", "Benali", "Al-Masri", "Khoury", "Mansour", "Nasser", "Bouzid", "El Idrissi",
            "Ben Youssef", "Hamdan"], None, ["MAR", "TUN", "JOR", "LBN", "EGY"]),
    "he": (["Yonatan", "Eitan", "Noam", "Amit", "Ariel", "Itai", "Omer"],
           ["Noa", "Tamar", "Shira", "Yael", "Maya", "Michal", "Avital"],
           ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Azoulay", "Ben-David", "Shapiro"],
           None, ["ISR"]),
    "fa": (["Reza", "Arash", "Dariush", "Kian", "Babak", "Navid"],
           ["Shirin", "Parisa", "Mahsa", "Nasrin", "Golnaz", "Yasaman"],
           ["Hosseini", "Rahimi", "Tehrani", "Karimi", "Jafari", "Moradi", "Sadeghi", "Farahani"], None, ["IRN"]),
    "ka": (["Giorgi", "Levan", "Davit", "Irakli", "Nika", "Zurab"],
           ["Nino", "Tamari", "Mariam", "Ketevan", "Salome", "Ana"],
           ["Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Tsiklauri", "Lomidze", "Javakhishvili"],
           None, ["GEO"]),
    "tl": (["Rodel", "Jomar", "Carlo", "Paolo", "Reynaldo", "Ariel"],
           ["Maricel", "Rowena", "Jocelyn", "Analyn", "Marites", "Kristine"],
           ["dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Manalo", "Dimaculangan", "Pangilinan",
            "Soriano", "Magbanua"], None, ["PHL"]),
    "cy": (["Rhys", "Dafydd", "Gethin", "Iolo", "Emrys", "Huw", "Gwilym", "Osian"],
           ["Angharad", "Cerys", "Eluned", "Ffion", "Gwenllian", "Seren", "Nia", "Bethan"],
           ["Llewellyn", "Pritchard", "Prosser", "Vaughan", "Pugh", "Bowen", "Griffiths", "ap Gwilym", "Howells"],
           None, ["GBR"]),
    "lt": (["Mantas", "Tomas", "Darius", "Vytautas", "Paulius", "Mindaugas", "Karolis"],
           ["Gintarė", "Rūta", "Eglė", "Aušra", "Indrė", "Ieva", "Milda"],
           ["Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus"],
           ["Kazlauskienė", "Jankauskaitė", "Petrauskienė", "Stankevičiūtė", "Vasiliauskienė", "Žukauskaitė",
            "Butkutė"], ["LTU"]),
    "sq": (["Arben", "Dritan", "Ilir", "Besnik", "Agron", "Erion", "Valon"],
           ["Arta", "Blerina", "Drita", "Fjolla", "Mimoza", "Teuta", "Elira"],
           ["Hoxha", "Krasniqi", "Berisha", "Gashi", "Shala", "Morina", "Kelmendi", "Bytyqi", "Dervishi"],
           None, ["ALB", "RKS"]),
    "ta": (["Karthik", "Senthil", "Arjun", "Prakash", "Vignesh", "Murugan"],
           ["Lakshmi", "Priya", "Divya", "Kavitha", "Meena", "Anitha"],
           ["Subramanian", "Ramasamy", "Krishnan", "Venkatesan", "Natarajan", "Sundaram"], None, ["IND", "LKA"]),
}
# Faker locales for the same purpose, with the passport nationality.
FAKER_FOREIGN = {"sl_SI": "SVN", "hr_HR": "HRV", "is_IS": "ISL", "pt_PT": "PRT", "es_CO": "COL", "en_KE": "KEN",
                 "sk_SK": "SVK"}
ORIGINS = list(HAND) + list(FAKER_FOREIGN)

PARTICLE_SURNAMES = {
    "de": ["von Arx", "von Wattenwyl", "von der Mühll", "von Bülow", "de Weck", "von Matt", "zur Nieden", "von Ah"],
    "fr": ["de Montmollin", "Le Goff", "de Rham", "Du Pasquier", "de Tscharner", "Le Roux", "de La Harpe", "Le Corre"],
    "it": ["Della Valle", "De Luca", "Dell'Orto", "Lo Russo", "Di Stefano", "La Rosa", "Dal Molin", "De Angelis"],
    "nl": ["van den Berg", "van Dam", "de Vries", "van der Meer", "in 't Veld", "van Rijn", "de Graaf", "ten Cate",
           "Van Damme", "Vande Velde", "De Smet"],
    "cs": ["de Souza", "van Dijk", "Di Marco"],
    "en": ["O'Brien", "McAllister", "de Souza", "Van Horn", "O'Sullivan", "MacDonald", "D'Souza", "di Marco"],
}
PARTICLES = {"von", "van", "der", "den", "de", "du", "le", "la", "zur", "zu", "ten", "ter", "in", "'t", "di", "da",
             "dal", "della", "del", "dos", "al", "el", "ap", "dela", "vande", "het", "uit", "op", "aan", "te"}
HYPHEN_FIRST = {
    "de": {"m": ["Karl-Heinz", "Klaus-Peter", "Hans-Georg", "Jan-Philipp"],
           "f": ["Anna-Lena", "Lisa-Marie", "Ann-Kathrin", "Eva-Maria"]},
    "fr": {"m": ["Jean-Baptiste", "Pierre-Alexandre", "Jean-Marc", "Louis-Philippe"],
           "f": ["Marie-Hélène", "Anne-Sophie", "Marie-Claire", "Marie-Pierre"]},
    "it": {"m": ["Gian Marco", "Pier Luigi", "Gian Paolo"], "f": ["Maria Chiara", "Anna Rita", "Maria Grazia"]},
    "nl": {"m": ["Jan-Willem", "Pieter-Jan", "Gerrit-Jan", "Jan-Bart"], "f": ["Anne-Marie", "Marie-José", "Eva-Lotte"]},
    "cs": {"m": [], "f": []},
    "en": {"m": [], "f": []},
}

ROLE_MAILBOXES = {
    "de": ["bewerbung", "personal", "buchhaltung", "service", "vermietung", "sekretariat"],
    "fr": ["recrutement", "compta", "sav", "accueil", "location"],
    "it": ["amministrazione", "assistenza", "personale", "info.clienti", "ufficio.acquisti"],
    "nl": ["klantcontact", "administratie", "werving", "verhuur", "planning"],
    "cs": ["fakturace", "podpora", "personalni", "recepce", "pronajem"],
    "en": ["recruitment", "accounts", "support", "lettings", "bookings"],
}

# ---- phones: own formats per numbering plan ---------------------------------


def phone5(c: str, rng) -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    k = rng.randrange(4)
    if c == "de":
        if rng.random() < 0.6:
            pre = rng.choice(["151", "152", "157", "160", "162", "170", "172", "176", "178"])
            s = d(8) if pre.startswith("15") else str(rng.randint(1, 9)) + d(rng.choice([6, 7]))
            return [f"0{pre} {s}", f"+49 {pre} {s}", f"0{pre}-{s}", f"0049 {pre} {s}"][k]
        area, n = rng.choice([("30", 8), ("40", 8), ("69", 8), ("511", 7), ("431", 7), ("941", 6), ("221", 7)])
        s = str(rng.randint(2, 9)) + d(n - 1)
        return [f"0{area} {s}", f"+49 {area} {s}", f"0{area}/{s}", f"+49 (0){area} {s}"][k]
    if c == "at":
        area, n = rng.choice([("664", 7), ("676", 7), ("650", 7), ("699", 8), ("1", 7), ("316", 6), ("732", 6)])
        s = str(rng.randint(2, 9)) + d(n - 1)
        return [f"0{area} {s}", f"+43 {area} {s}", f"+43 (0){area} {s}", f"0{area}/{s}"][k]
    if c == "ch":
        area = rng.choice(["44", "43", "31", "61", "41", "71", "21", "22", "91", "76", "77", "78", "79"])
        s = str(rng.randint(2, 9)) + d(6)
        g = f"{s[:3]} {s[3:5]} {s[5:]}"
        return [f"0{area} {g}", f"+41 {area} {g}", f"+41 (0){area} {g}", f"0041 {area} {g}"][k]
    if c == "fr":
        first = rng.choice("1234567") if rng.random() < 0.5 else rng.choice("67")
        s = first + d(8)
        pairs = [s[i:i + 2] for i in range(1, 9, 2)]
        return [f"0{first} " + " ".join(pairs), f"+33 {first} " + " ".join(pairs), f"0{first}." + ".".join(pairs),
                f"+33 (0){first} " + " ".join(pairs)][k]
    if c == "be":
        if rng.random() < 0.6:
            m = rng.choice(["470", "472", "477", "484", "496", "499"])
            s = d(6)
            return [f"0{m} {s[:2]} {s[2:4]} {s[4:]}", f"+32 {m} {s[:2]} {s[2:4]} {s[4:]}",
                    f"0{m}/{s[:2]}.{s[2:4]}.{s[4:]}", f"+32 {m} {s}"][k]
        area = rng.choice(["2", "3", "9"])
        s = str(rng.randint(2, 9)) + d(6)
        return [f"0{area} {s[:3]} {s[3:5]} {s[5:]}", f"+32 {area} {s[:3]} {s[3:5]} {s[5:]}",
                f"0{area}/{s[:3]}.{s[3:5]}.{s[5:]}", f"+32 (0){area} {s[:3]} {s[3:5]} {s[5:]}"][k]
    if c == "lu":
        s = rng.choice(["621", "661", "691"]) + d(6)
        return rng.choice([f"+352 {s[:3]} {s[3:6]} {s[6:]}", f"00352 {s[:3]} {s[3:6]} {s[6:]}"])
    if c == "it":
        if rng.random() < 0.6:
            s = rng.choice(["320", "328", "333", "335", "339", "347", "348", "366", "380", "392"]) + d(7)
            return [f"{s[:3]} {s[3:6]} {s[6:]}", f"+39 {s[:3]} {s[3:]}", f"{s}", f"+39 {s[:3]} {s[3:6]} {s[6:]}"][k]
        area = rng.choice(["02", "06", "011", "051", "055", "045", "070"])
        s = str(rng.randint(2, 9)) + d(7 if len(area) == 2 else 6)
        return [f"{area} {s[:4]} {s[4:]}", f"+39 {area} {s}", f"{area}/{s}", f"+39 {area} {s[:3]} {s[3:]}"][k]
    if c == "nl":
        if rng.random() < 0.55:
            s = str(rng.randint(1, 6)) + d(7)
            return [f"06-{s}", f"06 {s[:4]} {s[4:]}", f"+31 6 {s}", f"+31 (0)6 {s[:4]} {s[4:]}"][k]
        area = rng.choice(["20", "10", "30", "70", "50", "24", "53"])
        s = str(rng.randint(2, 8)) + d(6)
        return [f"0{area}-{s}", f"0{area} {s[:3]} {s[3:]}", f"+31 {area} {s[:3]} {s[3:]}", f"+31 (0){area} {s}"][k]
    if c == "cz":
        s = rng.choice(["602", "603", "605", "608", "704", "721", "731", "736", "774", "777", "799", "222", "541"]) + d(6)
        return [f"{s[:3]} {s[3:6]} {s[6:]}", f"+420 {s[:3]} {s[3:6]} {s[6:]}", f"+420{s}",
                f"00420 {s[:3]} {s[3:6]} {s[6:]}"][k]
    if c == "sk":
        s = "9" + rng.choice(["02", "03", "05", "08", "10", "11", "15", "44", "48"]) + d(6)
        return [f"+421 {s[:3]} {s[3:6]} {s[6:]}", f"0{s[:3]} {s[3:6]} {s[6:]}", f"0{s[:3]}/{s[3:]}",
                f"00421 {s}"][k]
    if c == "gb":
        if rng.random() < 0.55:
            s = "7" + rng.choice(["4", "5", "7", "8", "9"]) + d(8)
            return [f"0{s[:4]} {s[4:]}", f"+44 {s[:4]} {s[4:]}", f"+44 (0){s[:4]} {s[4:]}", f"0{s}"][k]
        area, n = rng.choice([("20", 8), ("113", 7), ("117", 7), ("161", 7), ("131", 7), ("29", 8)])
        s = str(rng.randint(2, 4) if area in ("20", "29") else rng.randint(2, 9)) + d(n - 1)
        if len(area) == 2:
            return [f"0{area} {s[:4]} {s[4:]}", f"+44 {area} {s[:4]} {s[4:]}", f"(0{area}) {s[:4]} {s[4:]}",
                    f"+44 (0){area} {s[:4]} {s[4:]}"][k]
        return [f"0{area} {s[:3]} {s[3:]}", f"+44 {area} {s[:3]} {s[3:]}", f"(0{area}) {s[:3]} {s[3:]}",
                f"0{area} {s}"][k]
    if c == "ie":
        if rng.random() < 0.6:
            s = rng.choice(["83", "85", "86", "87", "89"]) + str(rng.randint(1, 9)) + d(6)
            return [f"0{s[:2]} {s[2:5]} {s[5:]}", f"+353 {s[:2]} {s[2:5]} {s[5:]}", f"+353 (0){s[:2]} {s[2:]}",
                    f"0{s[:2]}-{s[2:]}"][k]
        area, n = rng.choice([("1", 7), ("21", 7), ("91", 6), ("61", 6)])
        s = str(rng.randint(2, 9)) + d(n - 1)
        return [f"0{area} {s[:3]} {s[3:]}", f"+353 {area} {s[:3]} {s[3:]}", f"(0{area}) {s}", f"+353 {area} {s}"][k]
    if c == "us":
        area = rng.choice(["503", "303", "612", "404", "608", "919", "206", "718"])
        ex = str(rng.randint(201, 989))
        ln = d(4)
        return [f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"+1 {area} {ex} {ln}", f"{area}.{ex}.{ln}"][k]
    raise KeyError(c)


# ---- addresses: real streets with their town and postcode -------------------

STREETS5 = {
    "de": [("Holstenstraße", "24103", "Kiel"), ("Am Wall", "28195", "Bremen"), ("Lister Meile", "30161", "Hannover"),
           ("Gesandtenstraße", "93047", "Regensburg"), ("Maximilianstraße", "86150", "Augsburg"),
           ("Anger", "99084", "Erfurt"), ("Brandenburger Straße", "14467", "Potsdam"),
           ("Poppelsdorfer Allee", "53115", "Bonn"), ("Hirschstraße", "89073", "Ulm"),
           ("Käthe-Kollwitz-Straße", "04109", "Leipzig"), ("Sophienstraße", "10178", "Berlin"),
           ("Friedrich-Ebert-Straße", "34117", "Kassel")],
    "at": [("Annenstraße", "8020", "Graz"), ("Landstraßer Hauptstraße", "1030", "Wien"),
           ("Ottakringer Straße", "1160", "Wien"), ("Landstraße", "4020", "Linz"), ("Museumstraße", "6020", "Innsbruck"),
           ("Kremser Gasse", "3100", "St. Pölten"), ("Kaiserstraße", "6900", "Bregenz"),
           ("Gerbergasse", "9500", "Villach")],
    "ch": [("Langstrasse", "8004", "Zürich"), ("Weinbergstrasse", "8006", "Zürich"), ("Pilatusstrasse", "6003", "Luzern"),
           ("Rain", "5000", "Aarau"), ("Gäuggelistrasse", "7000", "Chur"), ("Zürcherstrasse", "8500", "Frauenfeld"),
           ("Zentralstrasse", "2502", "Biel/Bienne"), ("Rathausstrasse", "4410", "Liestal"),
           ("Baarerstrasse", "6300", "Zug"), ("Spitalgasse", "3011", "Bern")],
    "chfr": [("Rue de la Servette", "1202", "Genève"), ("Boulevard Carl-Vogt", "1205", "Genève"),
             ("Avenue de Beaulieu", "1004", "Lausanne"), ("Rue du Simplon", "1006", "Lausanne"),
             ("Rue de la Plaine", "1400", "Yverdon-les-Bains"), ("Avenue Léopold-Robert", "2300", "La Chaux-de-Fonds"),
             ("Rue du Lac", "1800", "Vevey"), ("Rue de Romont", "1700", "Fribourg")],
    "chit": [("Via Pessina", "6900", "Lugano"), ("Corso San Gottardo", "6830", "Chiasso"),
             ("Via Lavizzari", "6850", "Mendrisio"), ("Via Trevano", "6900", "Lugano"),
             ("Via San Gottardo", "6500", "Bellinzona")],
    "fr": [("rue Émile Zola", "37000", "Tours"), ("avenue Aristide Briand", "21000", "Dijon"),
           ("rue Pasteur", "87000", "Limoges"), ("boulevard Gambetta", "06000", "Nice"),
           ("rue des Écoles", "34000", "Montpellier"), ("quai de la Fosse", "44000", "Nantes"),
           ("rue Saint-Malo", "35000", "Rennes"), ("cours Berriat", "38000", "Grenoble"),
           ("rue du Gros-Horloge", "76000", "Rouen"), ("rue de la Barre", "80000", "Amiens"),
           ("avenue des Paulines", "63000", "Clermont-Ferrand")],
    "befr": [("Rue Saint-Gilles", "4000", "Liège"), ("Chaussée de Wavre", "1050", "Ixelles"), ("Rue de Fer", "5000", "Namur"),
             ("Rue de Nimy", "7000", "Mons"), ("Boulevard Tirou", "6000", "Charleroi")],
    "benl": [("Kapelstraat", "3500", "Hasselt"), ("Bruul", "2800", "Mechelen"), ("Lange Steenstraat", "8500", "Kortrijk"),
             ("Kapellestraat", "8400", "Oostende"), ("Nieuwstraat", "9300", "Aalst"), ("Diestsestraat", "3000", "Leuven")],
    "it": [("Via Giuseppe Verdi", "38122", "Trento", "TN"), ("Corso Cavour", "37121", "Verona", "VR"),
           ("Via XX Settembre", "16121", "Genova", "GE"), ("Via Po", "10124", "Torino", "TO"),
           ("Via Belzoni", "35121", "Padova", "PD"), ("Via Sassari", "09124", "Cagliari", "CA"),
           ("Via Carducci", "34125", "Trieste", "TS"), ("Borgo Stretto", "56127", "Pisa", "PI"),
           ("Via Palmieri", "73100", "Lecce", "LE"), ("Via Alessandro Manzoni", "60121", "Ancona", "AN")],
    "nl": [("Molenstraat", "6511 HJ", "Nijmegen"), ("Diezerstraat", "8011 RJ", "Zwolle"), ("Ginnekenweg", "4818 JB", "Breda"),
           ("Jansbinnensingel", "6811 AN", "Arnhem"), ("Nieuwe Binnenweg", "3014 GA", "Rotterdam"),
           ("Laat", "1811 EK", "Alkmaar"), ("Lange Bisschopstraat", "7411 NJ", "Deventer"),
           ("Breestraat", "2311 CK", "Leiden"), ("Biltstraat", "3572 AJ", "Utrecht"), ("Julianalaan", "2628 BC", "Delft")],
    "cz": [("Lidická", "602 00", "Brno"), ("Sokolovská", "186 00", "Praha 8"), ("Nerudova", "118 00", "Praha 1"),
           ("Komenského", "370 01", "České Budějovice"), ("Jiráskova", "500 02", "Hradec Králové"),
           ("Tylova", "301 00", "Plzeň"), ("Boženy Němcové", "460 01", "Liberec"), ("třída Míru", "530 02", "Pardubice"),
           ("Zarámí", "760 01", "Zlín"), ("Bělehradská", "120 00", "Praha 2"), ("Dukelská", "779 00", "Olomouc")],
    "gb": [("Park Row", "Leeds", "LS1 5HD"), ("Corn Street", "Bristol", "BS1 1HT"), ("Micklegate", "York", "YO1 6JX"),
           ("Ship Street", "Brighton", "BN1 1AD"), ("Elm Hill", "Norwich", "NR3 1HN"),
           ("Sauchiehall Street", "Glasgow", "G2 3EW"), ("Wind Street", "Swansea", "SA1 1DP"),
           ("Deansgate", "Manchester", "M3 4LQ"), ("Bold Street", "Liverpool", "L1 4DS")],
    "ie": [("Patrick Street", "Cork", "T12 X70A"), ("Dominick Street", "Galway", "H91 E2K3"),
           ("Camden Street Lower", "Dublin 2", "D02 XE80"), ("O'Connell Street", "Limerick", "V94 Y2K1"),
           ("The Quay", "Waterford", "X91 C2PR")],
    "us": [("SW Alder Street", "Portland", "OR", "97205"), ("Larimer Street", "Denver", "CO", "80202"),
           ("Hennepin Avenue", "Minneapolis", "MN", "55403"), ("Peachtree Street NE", "Atlanta", "GA", "30303"),
           ("State Street", "Madison", "WI", "53703"), ("Fayetteville Street", "Raleigh", "NC", "27601")],
    "lu": [("rue de l'Alzette", "L-4011", "Esch-sur-Alzette"), ("Grand-Rue", "L-1661", "Luxembourg"),
           ("avenue de la Gare", "L-9233", "Diekirch")],
}
CZ_CITY = ("Praha", "Brno", "Plzeň", "Olomouc", "Liberec", "Hradec Králové", "České Budějovice", "Pardubice", "Zlín")


def address5(c: str, rng, two_lines: bool) -> str:
    row = rng.choice(STREETS5[c])
    sep = "\n" if two_lines else ", "
    no = str(rng.randint(1, 120))
    if c == "at" and rng.random() < 0.5:
        no += f"/{rng.randint(1, 24)}"
    if c in ("de", "nl") and rng.random() < 0.2:
        no += rng.choice("abA")
    street = row[0]
    if c in ("de", "at", "ch", "chfr", "chit", "befr", "benl", "nl"):
        return f"{street} {no}{sep}{row[1]} {row[2]}"
    if c == "cz":
        if row[2].startswith(CZ_CITY):
            no = f"{rng.randint(120, 2900)}/{rng.randint(1, 80)}"
        return f"{street} {no}{sep}{row[1]} {row[2]}"
    if c == "fr":
        return f"{no}{rng.choice(['', '', '', ' bis'])} {street}{sep}{row[1]} {row[2]}"
    if c == "lu":
        return f"{no}, {street}{sep}{row[1]} {row[2]}"
    if c == "it":
        if rng.random() < 0.5:
            return f"{street}, {no}{sep}{row[1]} {row[2]} ({row[3]})"
        return f"{street} {no}{sep}{row[1]} {row[2]}"
    if c == "gb":
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 9)}, "])
        return f"{flat}{no} {street}{sep}{row[1]} {row[2]}"
    if c == "ie":
        return f"{no} {street}{sep}{row[1]}, {row[2]}"
    if c == "us":
        return f"{rng.randint(100, 3999)} {street}{sep}{row[1]}, {row[2]} {row[3]}"
    raise KeyError(c)


# ---- internal hosts -----------------------------------------------------------

ORGS5 = ["spitalnetz", "nordbank", "elektra", "brunnmatt", "lumina", "vltava", "kaasboer", "pixelhaus", "alpenkasse"]
# Internal links by what a post points to: a document or rota, a merge
# request, an operations tool.
INTERNAL_URLS5 = {
    "doc": ["https://dienstplan.{org}.intranet/station/{n}", "https://nextcloud.{org}.lan/s/{h}",
            "https://wiki.{org}.corp/spaces/OPS/pages/{n}/Rufbereitschaft", "http://fileserver.{org}.local/rota/{h}.xlsx",
            "https://intranet.{org}.corp/sites/oncall/Shared%20Documents/rota-{n}.xlsx",
            "http://192.168.{a}.{c}/dokuwiki/doku.php?id=oncall"],
    "git": ["https://git.{org}.internal/platform/billing/-/merge_requests/{n}",
            "https://gitlab.{org}.lan/apps/portal/-/merge_requests/{n}", "https://gitea.{org}.local/ops/infra/pulls/{n}",
            "http://10.{a}.{b}.{c}/mobile/app/-/merge_requests/{n}"],
    "ops": ["http://ehr.{org}.local/patients/{n}/chart", "http://192.168.{a}.{c}:8123/lovelace/0",
            "http://172.{s}.{b}.{c}/phpmyadmin/", "https://hr-portal.{org}.corp/payroll/{n}",
            "http://10.{a}.{b}.{c}:5601/app/discover#/", "https://sso.{org}.intranet/auth/realms/staff/account",
            "https://rancher.{org}.internal/dashboard/c/local/explorer", "https://crm.{org}.lan/leads/{n}/edit",
            "https://grafana.{org}.internal/d/{h}/checkout-latency"],
}
# Real BICs by country, so that a BIC goes with the IBAN next to it; bank
# codes of the GB and IE ones, which those IBANs carry.
BICS = {"ch": ["RAIFCH22", "BCGECHGGXXX"], "at": ["BKAUATWW", "GIBAATWWXXX"], "fr": ["SOGEFRPP", "CRLYFRPP"],
        "be": ["BBRUBEBB", "KREDBEBB", "BPOTBEB1XXX"], "lu": ["KBLXLULL", "BCEELULL"], "cz": ["CEKOCZPP", "FIOBCZPP"],
        "sk": ["TATRSKBX", "SUBASKBX"], "ie": ["AIBKIE2D", "BOFIIE2D"], "it": ["BNLIITRR", "BCITITMM"],
        "nl": ["ABNANL2A", "TRIONL2U"], "de": ["HYVEDEMM", "COBADEFFXXX"], "gb": ["BARCGB22", "NWBKGB2L"]}

# ---- hard negatives' values -----------------------------------------------------

PRICE_SEP = {"de": ",", "fr": ",", "it": ",", "nl": ",", "cs": ",", "en": "."}


class Ctx5(checks.CheckedCtx):
    """blind_lib's value maker with this corpus's names, phones, addresses,
    internal hosts and negatives; it records every invalid twin."""

    spaced_atsv = True

    last_origin: str | None = None
    last_gender: str = "m"
    last_ico: str = ""
    last_iban_cc: str = ""
    last_iban_bank: str = ""

    # -- people
    def foreign(self, gender: str) -> tuple[str, str, str]:
        """(first, last, passport nationality) of someone from one of ORIGINS."""
        rng = self.rng
        origin = rng.choice(ORIGINS)
        if origin in HAND:
            males, females, sur_m, sur_f, nats = HAND[origin]
            first = rng.choice(males if gender == "m" else females)
            last = rng.choice(sur_m if gender == "m" or sur_f is None else sur_f)
            return first, last, rng.choice(nats)
        first, last = self.gendered(origin, gender)
        return first, last, FAKER_FOREIGN[origin]

    def name(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        rev = slot.endswith("_rev")
        base = slot[:-4] if rev else slot
        kind, _, g = base.partition("_")
        gender = g if g in ("m", "f") else rng.choice("mf")
        self.last_origin = None
        if kind == "nx":
            first, last, self.last_origin = self.foreign(gender)
        elif kind == "np":
            first = self.gendered(rng.choice(LOCAL[lang]), gender)[0]
            last = rng.choice(PARTICLE_SURNAMES[lang])
        elif kind == "nd":
            loc = rng.choice(LOCAL[lang])
            first, last = self.gendered(loc, gender)
            if HYPHEN_FIRST[lang][gender] and rng.random() < 0.6:
                first = rng.choice(HYPHEN_FIRST[lang][gender])
            else:
                second = self.gendered(loc, gender)[1]
                while second == last:
                    second = self.gendered(loc, gender)[1]
                last = f"{last} {second}" if lang in ("cs", "it") and rng.random() < 0.5 else f"{last}-{second}"
        else:
            first, last = self.gendered(rng.choice(LOCAL[lang]), gender)
            while rev and last[0].islower():  # "van der Berg, Jan" is not how a list puts it
                first, last = self.gendered(rng.choice(LOCAL[lang]), gender)
        if rev and last[0].islower():
            last = last[0].upper() + last[1:]
        self.last_person, self.last_gender = (first, last), gender
        return f"{last}, {first}" if rev else f"{first} {last}"

    def email5(self, work: bool = False) -> str:
        rng, lang = self.rng, self.lang
        first, last = self.last_person or self.gendered(rng.choice(LOCAL[lang]), rng.choice("mf"))
        fi, la = fold(first, lang), fold(last, lang)
        local = rng.choice([f"{fi}.{la}", f"{fi}.{la}", f"{fi[0]}.{la}", f"{la}.{fi}", f"{fi}_{la}", f"{la}{fi[0]}",
                            f"{fi}.{la}{rng.randint(1, 9)}", f"{fi}{rng.randint(80, 99)}"])
        f = self.faker(rng.choice(LOCAL[lang]))
        domain = f.free_email_domain() if rng.random() < 0.45 and not work else f.domain_name()
        return f"{local}@{domain}"

    def mrz5(self) -> str:
        """A TD3 passport MRZ of the person named last in the post (or of someone new)."""
        rng = self.rng
        if self.last_person and self.last_origin:
            (first, last), nat, sex = self.last_person, self.last_origin, self.last_gender.upper()
        else:
            sex = rng.choice("MF")
            first, last, nat = self.foreign(sex.lower())
        code = nat.ljust(3, "<")
        line1 = ("P<" + code + o.mrz_name(last) + "<<" + o.mrz_name(first)).ljust(44, "<")[:44]
        number = "".join(rng.choice(string.ascii_uppercase.replace("O", "") + string.digits) for _ in range(9))
        dob = f"{rng.randint(52, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        expiry = f"{rng.randint(27, 36)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        personal = "".join(rng.choice(string.digits) for _ in range(rng.choice([0, 0, 8, 11])))
        return line1 + "\n" + o.Mrz.line2(number, code, dob, sex, expiry, personal)

    # -- identifiers not in blind_lib
    def iban5(self, c: str) -> str:
        self.last_iban_cc, self.last_iban_bank = c, ""
        if c in ("ie", "gb"):  # bank code of a real bank, sort code, account number
            cc = c.upper()
            self.last_iban_bank = self.rng.choice(BICS[c])[:4]
            bban = self.last_iban_bank + "".join(self.rng.choice(string.digits) for _ in range(14))
            val = cc + o.std_iban.calc_check_digits(cc + "00" + bban) + bban
        elif c in ("sk", "pt", "fi"):
            val = self.faker({"sk": "sk_SK", "pt": "pt_PT", "fi": "fi_FI"}[c]).iban()
        elif c in ("si", "hr", "ee", "lt"):
            n = {"si": 15, "hr": 17, "ee": 16, "lt": 16}[c]
            bban = "".join(self.rng.choice(string.digits) for _ in range(n))
            cc = c.upper()
            val = cc + o.std_iban.calc_check_digits(cc + "00" + bban) + bban
        else:
            val = self.iban(c)
        o.std_iban.validate(val)
        return fmt_iban(val, self.rng)

    def no_accident(self, make) -> str:
        """A number for a negative that holds no valid card, IBAN or AHV number by chance."""
        while True:
            val = make()
            if not checks.accidental(val):
                return val

    def value(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        digits = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
        if slot.endswith("_bad"):  # invalid twins: blind_checks.CheckedCtx
            return super().value(slot)
        head = slot.split("_")[0]
        if head in ("nm", "nx", "np", "nd"):
            return self.name(slot)
        if slot == "fn":
            return self.gendered(rng.choice(LOCAL[lang]), rng.choice("mf"))[0]
        if slot in ("mail", "mail_work"):
            return self.email5(slot == "mail_work")
        if slot == "mail_role":
            return rng.choice(ROLE_MAILBOXES[lang]) + "@" + self.faker(rng.choice(LOCAL[lang])).domain_name()
        if head == "tel":
            return phone5(slot[4:], rng)
        if head in ("adr", "adr2"):
            return address5(slot.split("_", 1)[1], rng, head == "adr2")
        if head == "iban":
            return self.iban5(slot[5:])
        if slot == "mrz":
            return self.mrz5()
        if slot == "bic":  # the bank of the IBAN named before it
            cc = self.last_iban_cc or rng.choice(sorted(BICS))
            same_bank = [b for b in BICS[cc] if b[:4] == self.last_iban_bank]
            val = rng.choice(same_bank or BICS[cc])
            o.std_bic.validate(val)
            return val
        if slot == "ico":
            val = super().value("ico").replace(" ", "")
            self.last_ico = val
            return val
        if slot == "vat_czico":  # a company's DIČ: CZ and its IČO
            return "CZ" + self.last_ico
        if slot in ("dob", "dob_kid"):
            y = rng.randint(1946, 2007) if slot == "dob" else rng.randint(2021, 2025)
            return date_text(lang, y, rng.randint(1, 12), rng.randint(1, 28), rng)
        if head == "iurl":
            t = rng.choice(INTERNAL_URLS5[slot[5:]])
            return t.format(org=rng.choice(ORGS5), n=rng.randint(100, 99999), h=uuid.UUID(int=rng.getrandbits(128)).hex[:14],
                            a=rng.randint(0, 255), b=rng.randint(0, 255), c=rng.randint(2, 254), s=rng.randint(16, 31))
        # -- values of hard negatives, never labelled
        if slot == "day":
            return date_text(lang, rng.randint(2026, 2027), rng.randint(1, 12), rng.randint(1, 28), rng)
        if slot == "order":
            return self.no_accident(lambda: rng.choice([
                f"{digits(3)}-{digits(7)}-{digits(7)}", f"A{digits(9)}", f"#{digits(6)}", f"{digits(10)}",
                f"WEB-{rng.randint(2025, 2027)}-{digits(6)}"]))
        if slot == "inv":
            return rng.choice([f"RE-{rng.randint(2025, 2027)}-{digits(5)}", f"FA{digits(2)}/{digits(4)}",
                               f"INV-{digits(4)}-{rng.randint(2025, 2027)}", f"{rng.randint(2025, 2027)}{digits(5)}"])
        if slot == "trk":
            k = rng.randrange(4)
            if k == 0:  # DHL Paket
                return "00340434" + digits(12)
            if k == 1:  # PostNL
                return "3S" + "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + digits(9)
            if k == 2:  # Colissimo
                return rng.choice(["6A", "8R", "5S"]) + digits(11)
            serial = digits(8)  # UPU S10
            return rng.choice(["RR", "CP", "LX"]) + serial + checks.s10_check(serial) + \
                {"de": "DE", "fr": "FR", "it": "IT", "nl": "NL", "cs": "CZ", "en": "GB"}[lang]
        if slot == "ver":
            return f"{rng.randint(2, 26)}.{rng.randint(0, 30)}.{rng.randint(0, 19)}"
        if slot == "sha7":
            return "%07x" % rng.getrandbits(28)
        if slot == "price":
            whole = rng.randint(19, 2400) if lang == "cs" else rng.randint(9, 480)
            return f"{whole}{PRICE_SEP[lang]}{rng.choice(['00', '90', '95', '50'])}"
        return super().value(slot)


# ---- checks -------------------------------------------------------------------


def _name_ok(s: str) -> bool:
    words = s.replace(",", " ").split()
    return len(words) >= 2 and all(
        w[0].isupper() or w.lower() in PARTICLES or re.match(r"(d'|dell'|al-|el-)", w) for w in words)


def _dob_ok(s: str) -> bool:
    """blind_checks' birth date shape, with small children's years too (a nursery registration)."""
    years = re.findall(r"\b(19\d\d|20[0-2]\d)\b", s)
    return len(years) == 1 and 1940 <= int(years[0]) <= 2025


SHAPE = {
    **checks.SHAPE,
    "date_of_birth": _dob_ok,
    "email": checks.mail_shape("[a-z0-9._-]"),
    "person_name": _name_ok,
    "classification_marker": lambda s: len(s) >= 5 and not s.startswith(("[", "(")),
}


def build(seed: int = SEED) -> list[dict]:
    return checks.build(seed, "b5", T, Ctx5, rule_of, ALIASES, SHAPE)


def main() -> None:
    checks.write(build(), OUT, ROOT)


if __name__ == "__main__":
    main()
