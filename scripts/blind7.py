#!/usr/bin/env python3
"""Generates the seventh blind corpus crate/tests/fixtures/blind7.jsonl.

Why: blind6 is now being used for tuning, so it no longer measures how the
scanner generalises. This corpus is the new honest test set.

How it was written (the blind rule): without reading the detectors
(crate/src/), the tests beyond the first five lines of corpus.jsonl (label
format), the other corpora's templates and generators (corpus_templates.py,
heldout*, blind_templates.py, blind2..6 templates, blind4.py, blind5.py,
blind6.py), any other fixture beyond its line format, or docs/accuracy.md,
and without ever running the scanner on it. Sources used: PRODUCT.md (rule
ids, categories, span decisions), the value builders of oracle_lib.py,
vectors.py and blind_lib.py, the shared checks of blind_checks.py, and
blind3.py's generator code as an example. Do not tune the scanner on this
file, and do not look at which of its posts the scanner gets wrong before
a change is final.

What it covers: ~65 posts per language (de, fr, it, nl, cs, en), more than
a third hard negatives, templates in scripts/blind7_templates.py. The
situations differ from the earlier corpora: a property manager's tenant
chat, a driving school, dental-practice reminders, a municipal office on X,
a bank's social-care team, an insurer's claims desk on Facebook, a telco's
YouTube replies, an alumni LinkedIn group, an investor update pasted into
the wrong channel, a logistics dispatcher on WhatsApp, a hotel front desk,
a football youth section, a newsroom Slack, a law firm's Teams, a summer
camp, a cleaning roster, a notary, a garage, a charity's donor thanks and a
hackathon Discord. Names come from Faker locales and hand-made lists the
earlier corpora did not use (Azerbaijani, Icelandic, Québécois, New
Zealand, Irish, Chilean, Colombian, Zulu, Slovene, Latvian, Finnish,
Swahili, Indian, and transliterated Filipino, Thai, Nepali, Armenian,
Georgian, Bosnian, Albanian, Maltese, Luxembourgish, Arabic, Persian and
Turkish names), with double first names, middle initials, hyphenated and
compound surnames, "Last, First" and lower-case chat spellings.

Span conventions (PRODUCT.md first; where it is silent, what a reader would
highlight):
  - person_name: the whole name, first + last, with particles, middle
    initials and both parts of a compound surname; without honorific,
    greeting, role or @handle (a handle is not labelled, the real name in
    parentheses after it is). A lone first name or a lone surname after an
    honorific is never labelled.
  - phone: the whole number incl. country code or trunk prefix, with its
    inner spaces, dashes, slashes and parentheses.
  - postal_address: street + number + postcode + town when given together
    (a line break inside belongs to it); a street named after a person is
    part of the address, not a person_name.
  - customer_relationship: the phrase that confirms the relationship
    ("your account with us", "Ihre Hypothek bei uns"), not the whole reply.
  - classification_marker: the marking phrase only ("VERTRAULICH",
    "Internal use only").
  - date_of_birth: the date only, not "born on" (camp children and learner
    drivers get plausible birth years, 2012-2019 and 1996-2008).
  - secret_password_assignment: the password value only, not the key.
  - other secrets: the token itself (no "Bearer", no key name); a private
    key with its BEGIN and END lines.
  - internal_url: the whole URL.
  - identifiers: the identifier as written, with its grouping spaces.

Checks (via blind_checks; the script fails rather than write a wrong label):
  - every labelled identifier validates (python-stdnum, or oracle_lib's
    published-algorithm checks), every other label has its rule's shape;
  - every invalid twin (slots *_bad) fails its check with InvalidChecksum;
  - no unlabelled text holds a valid card number, IBAN or AHV number;
  - positive templates carry at least one label, negative templates none;
  - labels do not overlap; no e-mail address on a reserved example domain.

Same line format as blind3.jsonl: {"id", "lang", "text", "labels": [{"rule",
"start", "end"}], "hard_negative"}, ids {lang}-b7-NNN, offsets in UTF-16 code
units, end exclusive. Fixed seed; no set or dict iteration feeds the random
stream, so the output is the same on every run.

    python3 scripts/blind7.py          # writes crate/tests/fixtures/blind7.jsonl
"""

from __future__ import annotations

import string
import uuid
from pathlib import Path

import blind_checks as checks
from blind_checks import fold, s10_check
from blind7_templates import ALIASES, T, rule_of
from blind_lib import NAME_LOCALES, address, date_text, td3_passport

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate" / "tests" / "fixtures" / "blind7.jsonl"
SEED = 20271122

# ---- names ------------------------------------------------------------------

# Faker locales with Latin-script names that the earlier corpora did not use.
FAKER_X = ["az_AZ", "is_IS", "fr_CA", "en_NZ", "en_IE", "es_CL", "es_CO", "zu_ZA", "sl_SI", "lv_LV", "fi_FI",
           "sw", "en_IN", "et_EE"]
# Hand-made transliterated pools (first names, surnames) for origins Faker
# has no Latin-script names for.
HAND_X = [
    (["Maricel", "Jericho", "Rowena", "Dindo", "Analyn", "Rodel"], ["Dela Cruz", "Bautista", "Macapagal", "Villanueva", "Magsaysay", "Dimaculangan"]),
    (["Somchai", "Kanokwan", "Pimchanok", "Thanawat", "Nattapong", "Siriporn"], ["Srisuk", "Wongsawat", "Chaiyaporn", "Rattanakul", "Kittisak", "Boonmee"]),
    (["Sushila", "Bikash", "Prakash", "Anjana", "Sabin", "Pramila"], ["Shrestha", "Gurung", "Tamang", "Adhikari", "Maharjan", "Bhattarai"]),
    (["Anahit", "Tigran", "Narek", "Lusine", "Armen", "Siranush"], ["Petrosyan", "Hakobyan", "Grigoryan", "Sargsyan", "Ter-Avetisyan", "Mkrtchyan"]),
    (["Nino", "Giorgi", "Tamar", "Levan", "Ketevan", "Davit"], ["Beridze", "Kapanadze", "Lomidze", "Tsiklauri", "Gelashvili", "Chkheidze"]),
    (["Amra", "Edin", "Selma", "Haris", "Lejla", "Adnan"], ["Hadžić", "Begović", "Mujkić", "Softić", "Omerović", "Delić"]),
    (["Arbër", "Drita", "Blerina", "Fatos", "Valbona", "Ilir"], ["Krasniqi", "Berisha", "Gashi", "Hoxha", "Kelmendi", "Shala"]),
    (["Etienne", "Mariella", "Josianne", "Kurt", "Roderick", "Graziella"], ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Grech"]),
    (["Jhemp", "Marie-Paule", "Guy", "Nathalie", "Claude", "Fernand"], ["Schmit", "Wagner", "Reuter", "Kieffer", "Thill", "Majerus"]),
    (["Yusuf", "Leyla", "Farid", "Shirin", "Emre", "Zeynep", "Omid", "Nasrin", "Karim", "Amira"],
     ["Haddad", "Rahimi", "Yılmaz", "Tehrani", "Benali", "Özdemir", "Khoury", "Moradi", "El Amrani", "Abdel-Malek"]),
]
DOUBLE_FIRST = {
    "de": ["Anna-Lena", "Karl Heinz", "Lea-Sophie", "Hans Peter", "Marie-Christin"],
    "fr": ["Marie-Ève", "Jean-Baptiste", "Anne-Sophie", "Pierre-Yves", "Marie Hélène"],
    "it": ["Maria Teresa", "Gian Luca", "Anna Chiara", "Pier Paolo", "Maria Grazia"],
    "nl": ["Jan Willem", "Anne-Fleur", "Pieter-Jan", "Marie-José", "Jan-Kees"],
    "cs": ["Jan Pavel", "Anna Marie", "Karel Jan", "Eva Marie"],
    "en": ["Mary-Kate", "John Paul", "Lily-Rose", "Billy-Joe", "Sarah Jane"],
}
COMPOUND_LAST = ["García Márquez", "Pereira da Silva", "Ruiz-Tagle", "Fernández de Castro", "Smith-Okafor",
                 "Nguyen-Weber", "Müller-Lüdenscheidt", "Ben Youssef"]
PARTICLES = {"van", "der", "den", "de", "von", "da", "del", "di", "dos", "la", "le", "ter", "du", "'t", "al",
             "el", "ben", "bin", "zu", "dela"}


class Ctx7(checks.CheckedCtx):
    """blind_lib's value maker with this corpus's own names, addresses,
    internal URLs and negatives' values; it records every invalid twin."""

    def own(self, gender: str) -> tuple[str, str]:
        return self.gendered(self.rng.choice(NAME_LOCALES[self.lang]), gender)

    def exotic(self, gender: str) -> tuple[str, str]:
        rng = self.rng
        if rng.random() < 0.5:
            firsts, lasts = HAND_X[rng.randrange(len(HAND_X))]
            return rng.choice(firsts), rng.choice(lasts)
        return self.gendered(FAKER_X[rng.randrange(len(FAKER_X))], gender)

    def name(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        kind = slot.split("_")[1] if "_" in slot else ""
        gender = slot[-1] if slot.endswith(("_f", "_m")) else rng.choice("mf")
        if kind == "x":
            first, last = self.exotic(gender)
        elif kind == "d":
            first, last = rng.choice(DOUBLE_FIRST[lang]), self.own(gender)[1]
        elif kind == "h":
            first, last = self.own(gender)
            if rng.random() < 0.4:
                last = rng.choice(COMPOUND_LAST)
            else:
                other = self.own(gender)[1]
                while other == last:
                    other = self.own(gender)[1]
                last = f"{last}-{other}"
        elif kind == "i":
            first, last = self.exotic(gender) if rng.random() < 0.5 else self.own(gender)
            first = f"{first} {rng.choice(string.ascii_uppercase.replace('Q', '').replace('X', ''))}."
        else:
            first, last = self.own(gender) if rng.random() < 0.6 else self.exotic(gender)
        self.last_person = (first.split()[0], last)
        if kind == "rev":
            return f"{last}, {first}"
        if kind == "lc":
            return f"{first} {last}".lower()
        return f"{first} {last}"

    def email(self) -> str:
        rng = self.rng
        first, last = self.last_person or self.own(rng.choice("mf"))
        pre = {"Þ": "Th", "þ": "th", "ð": "d", "Ð": "D", "ə": "a", "Ə": "A"}
        first, last = ("".join(pre.get(c, c) for c in x) for x in (first, last))
        fi, la = fold(first, self.lang), fold(last, self.lang)
        local = rng.choice([f"{fi}.{la}", f"{fi[0]}.{la}", f"{la}.{fi}", f"{fi}_{la}", f"{fi}{la}{rng.randint(1, 99)}",
                            f"{la}{fi[0]}"])
        f = self.faker(rng.choice(NAME_LOCALES[self.lang]))
        domain = f.free_email_domain() if rng.random() < 0.35 else f.domain_name()
        return f"{local}@{domain}"

    def value(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        if slot.endswith("_bad"):  # invalid twins: blind_checks.CheckedCtx
            return super().value(slot)
        if slot.startswith("name"):
            return self.name(slot)
        if slot == "first":
            return self.own(rng.choice("mf"))[0]
        if slot == "first_x":
            return self.exotic(rng.choice("mf"))[0]
        if slot == "last":
            return self.own(rng.choice("mf"))[1]
        if slot == "email":
            return self.email()
        if slot in ("dob_kid", "dob_young"):  # a camp child, a learner driver
            y = rng.randint(2012, 2019) if slot == "dob_kid" else rng.randint(1996, 2008)
            return date_text(lang, y, rng.randint(1, 12), rng.randint(1, 28), rng)
        if slot == "email_org":
            return rng.choice(ROLE_BOXES[lang]) + "@" + self.faker(rng.choice(NAME_LOCALES[lang])).domain_name()
        if slot.startswith(("addr_", "addr2_")):
            c = slot.split("_", 1)[1]
            if c == "ie":  # number street, town and Eircode
                street = rng.choice(["Grafton Street", "Patrick Street", "O'Connell Street", "Shop Street"])
                town, key = rng.choice([("Dublin 2", "D02"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94")])
                code = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(3))
                sep = "\n" if slot.startswith("addr2_") else ", "
                return f"{rng.randint(1, 90)} {street}{sep}{town}, {key} {code}"
            return address(c, rng, slot.startswith("addr2_"), STREETS7, TOWNS7)
        if slot == "iurl":
            t = rng.choice(INTERNAL_URLS7)
            return t.format(org=rng.choice(ORGS7), n=rng.randint(100, 99999), h=uuid.UUID(int=rng.getrandbits(128)).hex[:12],
                            a=rng.randint(0, 255), b=rng.randint(0, 255), c=rng.randint(1, 254), s=rng.randint(16, 31))
        if slot == "phone_ie":
            s = rng.choice(["83", "85", "86", "87", "89"]) + "".join(rng.choice(string.digits) for _ in range(7))
            return rng.choice([f"0{s[:2]} {s[2:5]} {s[5:]}", f"+353 {s[:2]} {s[2:5]} {s[5:]}", f"+353{s}"])
        if slot == "phone_sk":
            s = "9" + rng.choice(["03", "05", "10", "17", "48"]) + "".join(rng.choice(string.digits) for _ in range(6))
            return rng.choice([f"+421 {s[:3]} {s[3:6]} {s[6:]}", f"0{s[:3]} {s[3:6]} {s[6:]}", f"00421{s}"])
        if slot == "mrz":
            nat, loc = rng.choice(MRZ_NATIONS7)
            sex = rng.choice("MF")
            first, last = self.gendered(loc, sex.lower())
            return td3_passport(rng, nat, first, last, sex, dob_years=(55, 99), expiry_years=(28, 36),
                                no_personal=("D", "CHE"))
        if slot == "date":
            y, m, d = rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28)
            return date_text(lang, y, m, d, rng)
        if slot == "olddate":  # a historic date with no birth word near it
            y, m, d = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
            return date_text(lang, y, m, d, rng)
        if slot[0] == "n" and slot[1:].isdigit():
            k = int(slot[1:])
            return str(rng.randint(10 ** (k - 1), 10 ** k - 1))
        if slot == "ver":
            return f"{rng.randint(1, 24)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}"
        if slot == "sha7":
            return "%07x" % rng.getrandbits(28)
        if slot == "price":
            sep = "." if lang == "en" else ","
            return f"{rng.randint(9, 1900)}{sep}{rng.choice(['00', '50', '90', '95'])}"
        if slot == "score":
            return f"{rng.randint(0, 6)}:{rng.randint(0, 6)}"
        if slot == "plate":
            return rng.choice(["B-", "M-", "ZH ", "GE ", "1AB "]) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + \
                " " + str(rng.randint(100, 9999))
        if slot == "track":
            serial = "".join(rng.choice(string.digits) for _ in range(8))
            if rng.random() < 0.5:
                return rng.choice(["RR", "CP", "LX"]) + serial + s10_check(serial) + rng.choice(["CH", "DE", "NL", "CZ"])
            return "00" + "".join(rng.choice(string.digits) for _ in range(18))  # SSCC-like parcel label
        return super().value(slot)


# The dental practice's mailboxes (the only role mailbox the templates use).
ROLE_BOXES = {
    "de": ["praxis", "termine", "empfang"],
    "fr": ["cabinet", "rdv", "secretariat"],
    "it": ["studio", "appuntamenti", "segreteria"],
    "nl": ["praktijk", "afspraken", "balie"],
    "cs": ["ordinace", "objednavky", "recepce"],
    "en": ["surgery", "appointments", "reception"],
}

# ---- streets and towns of this corpus (many named after people) -------------

STREETS7 = {
    "de": ["Bertha-von-Suttner-Straße", "Käthe-Kollwitz-Weg", "Lessingstraße", "Gutenbergplatz", "Hegelstraße",
           "Sophie-Scholl-Straße", "Am Stadtgraben", "Lortzingstraße"],
    "at": ["Wiedner Hauptstraße", "Schönbrunner Straße", "Annenstraße", "Hofgasse", "Mozartgasse"],
    "ch": ["Pestalozzistrasse", "Gotthardstrasse", "Zähringerstrasse", "Rennweg", "Spalenberg", "Dufourstrasse"],
    "chfr": ["Rue Jean-Jacques Rousseau", "Avenue de Rumine", "Rue des Terreaux", "Boulevard Carl-Vogt"],
    "chit": ["Via Vincenzo Vela", "Via Luini", "Corso Elvezia", "Via Borghetto"],
    "fr": ["rue Émile Zola", "avenue Pasteur", "rue Jeanne d'Arc", "boulevard Gambetta", "rue Paul Bert",
           "cours Mirabeau", "rue Sainte-Catherine"],
    "it": ["Via Giuseppe Verdi", "Corso Cavour", "Via Alessandro Manzoni", "Via Toledo", "Via Santa Lucia",
           "Largo Augusto"],
    "nl": ["Anne Frankstraat", "Prinsengracht", "Willem de Zwijgerlaan", "Rembrandtplein", "Nieuwe Binnenweg",
           "Vismarkt"],
    "be": ["Frankrijklei", "Avenue Louise", "Overpoortstraat", "Tiensestraat"],
    "cz": ["Jungmannova", "Nerudova", "Komenského", "Kpt. Jaroše", "Bozděchova", "Americká"],
    "gb": ["Cromwell Road", "Nelson Street", "Princes Street", "Deansgate", "Park Row", "Castle Street"],
    "us": ["Lincoln Avenue", "Washington Street", "Martin Luther King Jr Boulevard", "Pine Street"],
}
TOWNS7 = {
    "de": [("28195", "Bremen"), ("30159", "Hannover"), ("24103", "Kiel"), ("93047", "Regensburg"), ("06108", "Halle (Saale)"),
           ("69117", "Heidelberg"), ("99084", "Erfurt"), ("86150", "Augsburg")],
    "at": [("1040", "Wien"), ("1120", "Wien"), ("8020", "Graz"), ("6900", "Bregenz"), ("3100", "St. Pölten")],
    "ch": [("8004", "Zürich"), ("6002", "Luzern"), ("3012", "Bern"), ("4001", "Basel"), ("7000", "Chur"), ("8500", "Frauenfeld")],
    "chfr": [("1201", "Genève"), ("1005", "Lausanne"), ("1400", "Yverdon-les-Bains"), ("2300", "La Chaux-de-Fonds")],
    "chit": [("6900", "Lugano"), ("6830", "Chiasso"), ("6500", "Bellinzona"), ("6616", "Losone")],
    "fr": [("06000", "Nice"), ("35000", "Rennes"), ("34000", "Montpellier"), ("13100", "Aix-en-Provence"),
           ("21000", "Dijon"), ("87000", "Limoges"), ("76000", "Rouen")],
    "it": [("37121", "Verona", "VR"), ("16121", "Genova", "GE"), ("35122", "Padova", "PD"), ("80134", "Napoli", "NA"),
           ("34121", "Trieste", "TS"), ("06121", "Perugia", "PG")],
    "nl": [("2312 AB", "Leiden"), ("6811 DK", "Arnhem"), ("8011 CW", "Zwolle"), ("4811 XJ", "Breda"), ("3011 HE", "Rotterdam"),
           ("1071 DJ", "Amsterdam")],
    "be": [("2018", "Antwerpen"), ("1050", "Ixelles"), ("9000", "Gent"), ("3000", "Leuven")],
    "cz": [("110 00", "Praha 1"), ("150 00", "Praha 5"), ("370 01", "České Budějovice"), ("460 01", "Liberec"),
           ("500 02", "Hradec Králové"), ("612 00", "Brno")],
    "gb": [("Leeds", "LS1 4DY"), ("Bristol", "BS1 5TR"), ("Glasgow", "G1 3SL"), ("York", "YO1 7HH"), ("Norwich", "NR2 1NR")],
    "us": [("Denver", "CO", "80202"), ("Portland", "OR", "97205"), ("Madison", "WI", "53703"), ("Atlanta", "GA", "30303")],
}

# ---- internal URLs, other than the earlier corpora's ------------------------

ORGS7 = ["hausverwaltung", "mutuelle", "telco", "newsroom", "kanzlei", "dispatch", "alumni", "notariat"]
INTERNAL_URLS7 = [
    "https://wiki.{org}.intranet/spaces/ops/pages/{n}", "http://erp.{org}.local/tenants/{n}/ledger",
    "https://cms.{org}.corp/admin/drafts/{h}", "http://10.{a}.{b}.{c}/cgi-bin/luci",
    "https://192.168.{a}.{c}:8006/#v1:0:=qemu%2F{n}", "http://172.{s}.{b}.{c}:15672/#/queues",
    "https://dms.{org}.lan/akten/{n}?rev=3", "https://git.{org}.internal/infra/ansible/-/blob/main/{h}.yml",
    "http://claims.{org}.corp/case/{n}/photos", "https://hr.{org}.intranet/onboarding/{h}",
]
MRZ_NATIONS7 = [("D", "de_DE"), ("CHE", "de_CH"), ("FRA", "fr_FR"), ("ITA", "it_IT"), ("NLD", "nl_NL"), ("CZE", "cs_CZ"),
                ("IRL", "en_IE"), ("AZE", "az_AZ"), ("ISL", "is_IS"), ("CHL", "es_CL"), ("SVN", "sl_SI"), ("FIN", "fi_FI")]

# ---- checks -----------------------------------------------------------------


def _dob_ok(s: str) -> bool:
    years = [y for y in s.replace(".", " ").replace("/", " ").replace("-", " ").replace(",", " ").split() if len(y) == 4 and y.isdigit()]
    return len(years) == 1 and 1940 <= int(years[0]) <= 2019


def _name_ok(s: str) -> bool:
    words = s.replace(",", " ").split()
    if len(words) < 2:
        return False
    if s == s.lower():  # lower-case chat spelling
        return all(w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in words)
    return all(w[0].isupper() or w in PARTICLES for w in words)


SHAPE = {
    **checks.SHAPE,
    "email": checks.mail_shape("[a-z0-9._-]"),
    "person_name": _name_ok,
    "date_of_birth": _dob_ok,
    "classification_marker": lambda s: len(s) >= 5,
}


def build(seed: int = SEED) -> list[dict]:
    return checks.build(seed, "b7", T, Ctx7, rule_of, ALIASES, SHAPE)


def main() -> None:
    checks.write(build(), OUT, ROOT)


if __name__ == "__main__":
    main()
