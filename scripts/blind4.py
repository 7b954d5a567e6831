#!/usr/bin/env python3
"""Generates the fourth blind corpus crate/tests/fixtures/blind4.jsonl.

The third blind corpus (blind3.jsonl) is being used for tuning, so it no
longer measures how the scanner does on text its authors have never seen;
this one is the new honest test set. It was written without reading the
detectors (crate/src/), the tests (crate/tests/, except the first five lines
of corpus.jsonl for the label format), the other corpora's templates and
fixtures (corpus_templates.py, heldout*.py, blind_templates.py,
blind2_templates.py, blind3_templates.py, any *.jsonl beyond its line format)
or docs/accuracy.md, and the scanner was never run on it. Only PRODUCT.md
(rule ids, categories, span decisions), the value builders of oracle_lib.py,
vectors.py and blind_lib.py, the shared checks of blind_checks.py and the
generator code of blind3.py (as an example of using blind_checks) were read,
and scripts/accuracy.py only to add this corpus's section.
Keep it that way: do not tune the scanner on this file, and do not look at
which of its posts the scanner gets wrong before a change is final.

What it covers. Templates are in scripts/blind4_templates.py: own phrasing,
about 70 posts per language (de, fr, it, nl, cs, en; 416 in all), more than
a third hard negatives (151), written as employees write on X, LinkedIn,
Facebook, Slack, Teams, WhatsApp, Mastodon, YouTube comments and Viva
Engage: webcare replies of banks, insurers,
telcos and utilities, handovers, cc lists, "ask X", thanks and congratulations,
signatures, HR and payroll chatter pasted into the wrong window, dev messages
with credentials, copied minutes with their markings, hotel check-ins. Every
rule id of PRODUCT.md appears, roughly as often as in real life (names most,
then customer relationships, phones, e-mail, addresses, markings, secrets).
Values come from blind_lib (Faker, numbering plans, identifiers, secrets)
plus what this corpus adds: its own real streets (many named after people)
and towns, names from other Faker locales (Spanish, Swedish, Finnish, Slovak,
Slovene, Portuguese, Indian, Yoruba, Igbo, Hausa, Swahili, Azeri,
Estonian, Irish, Uzbek, Norwegian, Colombian, Latvian), its own particle
surnames and hyphenated first names, role mailboxes, Spanish, Polish, Slovak
and Irish mobile numbers, its own internal hosts, order, invoice and tracking
numbers. Hard negatives: invalid-checksum twins of IBAN, card, AHV, UID, VAT,
German tax id, Austrian social security number, BSN, Czech birth number and
IČO; order, invoice and tracking numbers, meeting ids, versions, hashes,
UUIDs, error codes, prices, scores, dates without a birth word, birth words
without a date, brands and places named after people, lone first names,
password talk without a password, marketing and thanks to all customers,
casual "internal" and "intern".

Span conventions (PRODUCT.md first; where it is silent, what a reader would
highlight as the sensitive thing):
  - person_name: the whole name, first and last, with particles ("van der",
    "de", "Ó") and hyphens, without honorific or title ("Frau", "Dr.", "Me",
    "Avv.", "mr.", "Mgr.") and without a possessive "'s"; "Last, First" as a
    whole. A lone first name is not labelled.
  - phone: the whole number including country code or trunk prefix, spaces,
    slashes and brackets inside it; not "Tel." or "Mobil".
  - email: the address only.
  - postal_address: street, number, postcode and town when given together,
    the line break of a two-line address included; not the recipient's name
    (a separate person_name), not "(3rd floor)" after it.
  - customer_relationship: the phrase that confirms the relationship, the
    possessive noun phrase with its "with us" ("Ihr Sparkonto bei uns",
    "votre contrat d'assurance habitation", "your loyalty", "long-standing
    customer"), no time or place adjunct after it.
  - classification_marker: the marking phrase ("VERTRAULICH", "Usage interne
    uniquement", "OFFICIAL-SENSITIVE"), not the sentence around it.
  - date_of_birth: the date only, not "geboren am" / "DOB".
  - secret_password_assignment: the password only, not the key, not quotes.
    An AWS secret access key and a client_secret are
    secret_generic_high_entropy; a GitHub token inside a clone URL is the
    token only.
  - identifiers: the value as written (grouping spaces, dots, slash), not
    the context word; a Czech VAT number is eu_vat only (not the IČO in it).

Checks (blind_checks; the script fails rather than write a wrong label):
  - every labelled identifier validates (python-stdnum, or oracle_lib's
    published-algorithm checks), every other label has its rule's shape;
  - every invalid twin (slots *_bad) fails its check with InvalidChecksum;
  - no unlabelled text holds a valid card number, IBAN or AHV number;
  - positive templates carry at least one label, negative templates none;
  - labels do not overlap; no e-mail on a reserved example domain.
A Czech birth number or an Austrian social security number in a post that
gives the birth date holds that date (and the birth number the person's sex).
In addition the numbers made for negatives (order, invoice, tracking,
meeting ids) are drawn again until they validate as none of the numeric
identifiers (BSN, German tax id, Czech birth number, IČO, Austrian social
security number, AHV, card).

Same line format as blind3.jsonl: {"id", "lang", "text", "labels": [{"rule",
"start", "end"}], "hard_negative"}, ids {lang}-b4-NNN, offsets in UTF-16 code
units, end exclusive. Fixed seed; nothing depends on hash order (no set or
dict iteration feeds the random stream), so the output is the same on every
run.

    python3 scripts/blind4.py          # writes crate/tests/fixtures/blind4.jsonl
"""

from __future__ import annotations

import re
import string
import uuid
from pathlib import Path

import blind_checks as checks
import oracle_lib as o
from blind_checks import fold, s10_check
from blind4_templates import ALIASES, T, rule_of
from blind_lib import NAME_LOCALES, address, date_text, digit_pos, fmt_iban, mutate, td3_passport

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate" / "tests" / "fixtures" / "blind4.jsonl"
SEED = 20270415

# ---- names ------------------------------------------------------------------

FOREIGN_LOCALES4 = ["es_ES", "sv_SE", "fi_FI", "sk_SK", "sl_SI", "pt_PT", "en_IN", "yo_NG", "ig_NG",
                    "ha_NG", "sw", "az_AZ", "et_EE", "ga_IE", "uz_UZ", "no_NO", "es_CO", "lv_LV"]

PARTICLE_SURNAMES4 = {
    "de": ["von Arx", "von Wattenwyl", "von Allmen", "zur Mühlen", "von Bergen", "van Dyk", "von Steiger",
           "am Rhyn", "von Matt", "de Boer"],
    "fr": ["de Montmollin", "de Rham", "Le Roux", "Du Pasquier", "de Weck", "Le Goff", "da Silva", "des Gouttes",
           "de Loës", "de la Harpe"],
    "it": ["De Luca", "Di Stefano", "Lo Presti", "La Rosa", "Dell'Acqua", "Dalla Costa", "De Angelis", "Di Marco",
           "Lo Russo", "Del Vecchio"],
    "nl": ["van den Broek", "de Wit", "van Dijk", "van der Meer", "ten Have", "in 't Veld", "de Graaf",
           "Van den Bossche", "van Beek", "Vander Elst", "op de Beeck"],
    "cs": ["de Almeida", "van Dam", "von Thun", "de Vries", "Di Lucca"],
    "en": ["O'Sullivan", "McAllister", "van Rensburg", "de Souza", "Le Blanc", "De Silva", "D'Souza",
           "van Niekerk", "MacDonald", "da Cunha"],
}
PARTICLES4 = ["van", "der", "den", "de", "von", "vom", "zur", "zum", "zu", "am", "la", "du", "le", "des", "ter",
              "ten", "te", "'t", "in", "op", "het", "dos", "da", "das", "del", "della", "di", "dal", "dalla", "lo"]
HYPHEN_FIRST4 = {
    "de": {"m": ["Karl-Heinz", "Hans-Peter", "Jan-Philipp"], "f": ["Anna-Lena", "Lisa-Marie", "Eva-Maria"]},
    "fr": {"m": ["Pierre-Yves", "Jean-Marc", "Louis-Philippe"], "f": ["Anne-Sophie", "Marie-Claude", "Marie-Hélène"]},
    "it": {"m": ["Gian-Luca"], "f": ["Anna-Maria"]},
    "nl": {"m": ["Jan-Willem", "Pieter-Jan", "Kees-Jan"], "f": ["Anne-Marie", "Marie-José", "Jo-Anne"]},
    "cs": {"m": [], "f": []},
    "en": {"m": ["John-Paul", "Billy-Joe"], "f": ["Mary-Kate", "Lily-Rose", "Anna-Louise"]},
}
ROLE_MAILBOXES4 = {
    "de": ["personal", "service", "buchhaltung", "info", "zentrale"],
    "fr": ["contact", "service.client", "rh", "comptabilite", "info"],
    "it": ["info", "assistenza", "amministrazione", "personale"],
    "nl": ["klantenservice", "info", "hr", "administratie"],
    "cs": ["info", "podpora", "personalni", "fakturace"],
    "en": ["support", "hello", "accounts", "hr", "office"],
}

# ---- real streets (many named after people) and towns ------------------------

STREETS4 = {
    "de": ["Konrad-Adenauer-Straße", "Kaiserstraße", "Sophienstraße", "Königsallee", "Berliner Allee",
           "Karl-Marx-Straße", "Leopoldstraße", "Theodor-Heuss-Ring", "Domplatz", "Lange Reihe"],
    "at": ["Kärntner Straße", "Landstraßer Hauptstraße", "Annenstraße", "Wiener Straße", "Rathausplatz",
           "Museumstraße"],
    "ch": ["Limmatquai", "Spalenberg", "Pilatusstrasse", "General-Guisan-Strasse", "Zeughausgasse",
           "Rosenbergstrasse", "Alfred-Escher-Strasse"],
    "chfr": ["Rue du Rhône", "Rue de Bourg", "Boulevard de Pérolles", "Rue du Bugnon", "Avenue Léopold-Robert",
             "Grand-Rue"],
    "chit": ["Via Pretorio", "Corso Elvezia", "Via Luini", "Viale Stefano Franscini", "Via Lugano"],
    "fr": ["rue de Rivoli", "avenue Jean Médecin", "rue Sainte-Catherine", "cours Mirabeau", "rue Paradis",
           "boulevard Haussmann", "rue Jean-Jaurès", "quai de la Fosse"],
    "it": ["Via Giuseppe Verdi", "Corso Buenos Aires", "Via Toledo", "Via del Corso", "Corso Italia",
           "Via Indipendenza", "Via Cavour", "Piazza San Carlo"],
    "nl": ["Prinsengracht", "Karel Doormanstraat", "Nieuwe Binnenweg", "Vismarkt", "Stratumseind",
           "Van Woustraat", "Johan de Wittlaan", "Breestraat"],
    "be": ["Bruul", "Korenmarkt", "Avenue Louise", "Lange Nieuwstraat", "Tiensestraat", "Rue Royale"],
    "cz": ["Jana Masaryka", "Korunní", "Milady Horákové", "Kobližná", "Pražská", "Americká", "Štefánikova",
           "Riegrova"],
    "gb": ["Deansgate", "Bold Street", "Corporation Street", "Princes Street", "Castle Street", "King Street"],
    "us": ["Michigan Avenue", "Peachtree Street", "Pennsylvania Avenue", "Congress Avenue", "Broadway",
           "Pike Street"],
}
TOWNS4 = {
    "de": [("60311", "Frankfurt am Main"), ("40212", "Düsseldorf"), ("53113", "Bonn"), ("30159", "Hannover"),
           ("28195", "Bremen"), ("69117", "Heidelberg"), ("93047", "Regensburg"), ("24103", "Kiel"),
           ("99084", "Erfurt"), ("86150", "Augsburg")],
    "at": [("1010", "Wien"), ("1030", "Wien"), ("8020", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"),
           ("9500", "Villach"), ("3100", "St. Pölten")],
    "ch": [("8001", "Zürich"), ("4051", "Basel"), ("6003", "Luzern"), ("8400", "Winterthur"), ("3600", "Thun"),
           ("7000", "Chur"), ("5000", "Aarau")],
    "chfr": [("1204", "Genève"), ("1003", "Lausanne"), ("1700", "Fribourg"), ("2300", "La Chaux-de-Fonds"),
             ("1800", "Vevey"), ("1400", "Yverdon-les-Bains")],
    "chit": [("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno"), ("6830", "Chiasso")],
    "fr": [("06000", "Nice"), ("75009", "Paris"), ("33000", "Bordeaux"), ("13100", "Aix-en-Provence"),
           ("13006", "Marseille"), ("35000", "Rennes"), ("44000", "Nantes"), ("21000", "Dijon"),
           ("34000", "Montpellier")],
    "it": [("20124", "Milano", "MI"), ("80134", "Napoli", "NA"), ("00187", "Roma", "RM"), ("10121", "Torino", "TO"),
           ("16121", "Genova", "GE"), ("35122", "Padova", "PD"), ("37121", "Verona", "VR"), ("34121", "Trieste", "TS")],
    "nl": [("1016 GV", "Amsterdam"), ("3012 AH", "Rotterdam"), ("2312 AA", "Leiden"), ("6811 DA", "Arnhem"),
           ("8011 BL", "Zwolle"), ("4811 WB", "Breda"), ("2514 EA", "Den Haag")],
    "be": [("2800", "Mechelen"), ("9000", "Gent"), ("1050", "Ixelles"), ("2000", "Antwerpen"), ("3000", "Leuven"),
           ("1000", "Bruxelles")],
    "cz": [("120 00", "Praha 2"), ("170 00", "Praha 7"), ("150 00", "Praha 5"), ("602 00", "Brno"),
           ("370 01", "České Budějovice"), ("460 01", "Liberec"), ("500 02", "Hradec Králové"),
           ("530 02", "Pardubice")],
    "gb": [("Manchester", "M3 2BW"), ("Liverpool", "L1 4DQ"), ("Birmingham", "B4 6AF"), ("Edinburgh", "EH2 2ER"),
           ("Leeds", "LS1 6HD"), ("Bristol", "BS1 4DJ")],
    "us": [("Chicago", "IL", "60611"), ("Atlanta", "GA", "30303"), ("Washington", "DC", "20004"),
           ("Austin", "TX", "78701"), ("Denver", "CO", "80202"), ("Seattle", "WA", "98101")],
}

# ---- internal URLs ------------------------------------------------------------

ORGS4 = ["nordlicht", "cassa-ticino", "vitaro", "brueckner-ag", "maasdelta", "quadrant-ins", "zelenka", "lakeside"]
# Where documents live (slot iurl_doc) and where developers work (iurl_dev).
INTERNAL_DOC_URLS4 = [
    "https://wiki.{org}.intranet/spaces/{sp}/pages/{n}",
    "https://sharepoint.{org}.corp/sites/{sp}/Shared%20Documents/{h}.pptx",
    "https://intranet.{org}.local/news/{n}", "http://files.{org}.lan/share/{sp}/{h}.xlsx",
    "https://172.{s}.{b}.{c}/wiki/{sp}/{n}", "http://192.168.{a}.{c}/dokuwiki/doku.php?id={sp}:{h}",
]
INTERNAL_DEV_URLS4 = [
    "http://10.{a}.{b}.{c}/phpmyadmin/", "https://nexus.build.{org}.internal/repository/releases/",
    "https://192.168.{a}.{c}:8006/#v1:0:=qemu%2F{n}", "https://git.{org}.lan/{sp}/{repo}/pulls/{n}",
    "https://172.{s}.{b}.{c}/grafana/d/{h}", "https://crm-prod.{org}.local/accounts/{n}",
    "http://jenkins.{org}.corp:8080/job/{repo}-deploy/{n}/console",
    "https://metabase.{org}.internal/question/{n}-churn-by-region",
]
SPACES4 = ["FIN", "OPS", "HR", "SALES", "platform", "payments"]
REPOS4 = ["billing", "webshop", "claims-api", "payroll", "mobile-app", "ledger"]

S10_COUNTRY4 = {"de": "DE", "fr": "FR", "it": "IT", "nl": "NL", "cs": "CZ", "en": "GB"}
MRZ_NATIONS4 = {
    "de": [("D", "de_DE"), ("AUT", "de_AT"), ("ESP", "es_ES"), ("SWE", "sv_SE")],
    "fr": [("FRA", "fr_FR"), ("BEL", "nl_BE"), ("PRT", "pt_PT")],
    "it": [("ITA", "it_IT"), ("SVN", "sl_SI"), ("COL", "es_CO")],
    "nl": [("NLD", "nl_NL"), ("NOR", "no_NO"), ("IND", "en_IN")],
    "cs": [("CZE", "cs_CZ"), ("SVK", "sk_SK"), ("FIN", "fi_FI")],
    "en": [("GBR", "en_GB"), ("NGA", "yo_NG"), ("IRL", "en_IE"), ("EST", "et_EE")],
}
# Numbers made for negatives must validate as none of these.
NUMERIC_IDS = [o.std_nl_bsn, o.std_de_idnr, o.std_cz_rc, o.std_cz_dic, o.std_at_vnr, o.std_ch_ssn]


def inert(s: str) -> bool:
    """True when no digit run in s is a valid numeric identifier or leaks a card, IBAN or AHV."""
    for run in re.findall(r"\d+", s):
        if any(m.is_valid(run) for m in NUMERIC_IDS):
            return False
        try:
            o.Card.validate(run)
            return False
        except o.ValidationError:
            pass
    return not checks.accidental(s)


class Ctx4(checks.CheckedCtx):
    """blind_lib's value maker with this corpus's own names, addresses,
    internal URLs and negatives' values; it records every invalid twin.
    A birth number or Austrian social security number in a post that gave
    the person's birth date holds that date (and, for the Czech number, the
    person's sex)."""

    def __init__(self, lang: str, rng) -> None:
        super().__init__(lang, rng)
        self.last_gender = "m"
        self.dob_of: tuple = (None, None)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def foreign_locale(self) -> str:
        own = NAME_LOCALES[self.lang]
        while True:
            loc = self.rng.choice(FOREIGN_LOCALES4)
            if loc not in own:
                return loc

    def name(self, slot: str) -> str:
        """name[_x|_p|_h][_f|_m][_rev]: own locale, foreign, particle surname, hyphenated or double."""
        rng, lang = self.rng, self.lang
        flags = slot.split("_")[1:]
        gender = "f" if "f" in flags else "m" if "m" in flags else rng.choice("mf")
        if "x" in flags:
            first, last = self.gendered(self.foreign_locale(), gender)
        elif "p" in flags:
            first = self.gendered(rng.choice(NAME_LOCALES[lang]), gender)[0]
            last = rng.choice(PARTICLE_SURNAMES4[lang])
        elif "h" in flags:
            loc = rng.choice(NAME_LOCALES[lang])
            first, last = self.gendered(loc, gender)
            if HYPHEN_FIRST4[lang][gender] and rng.random() < 0.5:
                first = rng.choice(HYPHEN_FIRST4[lang][gender])
            else:
                second = self.gendered(loc, gender)[1]
                while second == last:
                    second = self.gendered(loc, gender)[1]
                last = last + (" " if lang == "cs" else "-") + second
        else:
            first, last = self.gendered(rng.choice(NAME_LOCALES[lang]), gender)
        self.last_person, self.last_gender = (first, last), gender
        return f"{last}, {first}" if "rev" in flags else f"{first} {last}"

    def email(self) -> str:
        rng, lang = self.rng, self.lang
        first, last = self.last_person or self.gendered(rng.choice(NAME_LOCALES[lang]), rng.choice("mf"))
        fi, la = fold(first, lang), fold(last, lang)
        local = rng.choice([f"{fi}.{la}", f"{fi}.{la}", f"{fi[0]}.{la}", f"{la}", f"{fi}_{la}", f"{fi}{la[0]}",
                            f"{la}.{fi}", f"{fi}.{la}{rng.randint(1, 9)}"])
        f = self.faker(rng.choice(NAME_LOCALES[lang]))
        domain = f.free_email_domain() if rng.random() < 0.35 else f.domain_name()
        return f"{local}@{domain}"

    def phone_foreign(self, c: str) -> str:
        rng, d = self.rng, self.d
        k = rng.randrange(3)
        if c == "pl":
            s = rng.choice(["50", "53", "60", "66", "72", "78", "88"]) + d(7)
            return [f"+48 {s[:3]} {s[3:6]} {s[6:]}", f"+48{s}", f"0048 {s[:3]}-{s[3:6]}-{s[6:]}"][k]
        if c == "es":
            s = rng.choice(["6", "7"]) + d(8)
            return [f"+34 {s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", f"+34 {s}", f"0034 {s[:3]} {s[3:6]} {s[6:]}"][k]
        if c == "sk":
            s = "9" + rng.choice(["03", "08", "11", "17", "40", "48"]) + d(6)
            return [f"+421 {s[:3]} {s[3:6]} {s[6:]}", f"0{s[:3]}/{s[3:]}", f"00421 {s}"][k]
        if c == "ie":
            s = "8" + rng.choice("35679") + d(7)
            return [f"+353 {s[:2]} {s[2:5]} {s[5:]}", f"0{s[:2]} {s[2:5]} {s[5:]}", f"+353 (0){s[:2]} {s[2:]}"][k]
        raise KeyError(c)

    def passport_mrz(self) -> str:
        rng = self.rng
        nat, loc = rng.choice(MRZ_NATIONS4[self.lang])
        sex = rng.choice("MF")
        first, last = self.gendered(loc, sex.lower())
        return td3_passport(rng, nat, first, last, sex, dob_years=(50, 99), expiry_years=(27, 35),
                            no_personal=("D", "AUT"))

    # -- a birth date, and identifiers that hold it -----------------------------

    def birth_date(self) -> tuple[int, int, int]:
        """The birth date given earlier in this post, else a new one. (build() gives
        each post a new `bad` list, so the list tells which post a date was given in.)"""
        if self.dob_of[0] is self.bad:
            return self.dob_of[1]
        rng = self.rng
        return rng.randint(1955, 2005), rng.randint(1, 12), rng.randint(1, 28)

    def female(self) -> bool:
        return self.last_gender == "f" if self.last_person is not None else self.rng.random() < 0.5

    def birth_number(self) -> str:
        """A Czech rodné číslo that holds the person's birth date and sex (month + 50 for women)."""
        y, m, d = self.birth_date()
        head = f"{y % 100:02d}{m + (50 if self.female() else 0):02d}{d:02d}"
        while True:
            serial = self.d(3)
            check = int(head + serial) % 11
            if check < 10:  # a remainder of 10 is not issued since 1985
                val = head + serial + str(check)
                o.std_cz_rc.validate(val)
                return val if self.rng.random() < 0.3 else f"{val[:6]}/{val[6:]}"

    def at_number(self) -> str:
        """An Austrian Versicherungsnummer: serial, check digit, birth date DDMMYY."""
        y, m, d = self.birth_date()
        date = f"{d:02d}{m:02d}{y % 100:02d}"
        while True:
            serial = str(self.rng.randint(100, 999))
            check = o.std_at_vnr.calc_check_digit(serial + "0" + date)
            if len(check) == 1:
                val = serial + check + date
                o.std_at_vnr.validate(val)
                return val if self.rng.random() < 0.5 else f"{val[:4]} {val[4:]}"

    # -- values of the negatives: drawn again until they are inert -------------

    def inert_value(self, make) -> str:
        while True:
            val = make()
            if inert(val):
                return val

    def track(self) -> str:
        rng, d = self.rng, self.d
        k = rng.randrange(4)
        if k == 0:  # UPS
            return "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + "03" + d(8)
        if k == 1:  # UPU S10 item number
            serial = d(8)
            return rng.choice(["RR", "LX", "CP", "EE"]) + serial + s10_check(serial) + S10_COUNTRY4[self.lang]
        if k == 2:  # PostNL
            return "3S" + "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + d(7)
        return "00" + d(18)  # SSCC of a pallet label

    def order(self) -> str:
        rng, d = self.rng, self.d
        return rng.choice([f"#{d(7)}", f"ORD-2026-{d(6)}", f"{d(3)}-{d(7)}-{d(7)}", f"B2C{d(8)}", f"{d(4)}-{d(4)}"])

    def invoice(self) -> str:
        rng, d = self.rng, self.d
        prefix = {"de": "RE", "fr": "FA", "it": "FT", "nl": "F", "cs": "FV", "en": "INV"}[self.lang]
        return rng.choice([f"{prefix}-2026-{d(5)}", f"{prefix}{d(8)}", f"{prefix} {d(4)}/26"])

    def value(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        if slot.endswith("_bad"):
            fam = slot[:-4]
            if fam == "uid":
                val = super().value("uid")
                val = mutate(val, o.std_ch_uid.validate, digit_pos(val, 3), rng)
            elif fam == "atsv":
                val = self.faker("de_AT").ssn()
                val = mutate(val, o.std_at_vnr.validate, [0, 1, 2, 3], rng)
                val = rng.choice([val, f"{val[:4]} {val[4:]}"])
            elif fam.startswith("iban") and len(fam) == 6:  # ibande_bad: a twin of that country's IBAN
                good = self.iban(fam[4:])
                val = fmt_iban(mutate(good, o.std_iban.validate, digit_pos(good, 4), rng), rng)
                fam = "iban"
            elif fam.startswith("vat") and len(fam) == 5:  # vatfr_bad
                good = self.vat(fam[3:].upper())
                val = mutate(good, o.std_eu_vat.validate, digit_pos(good, 3), rng)
                fam = "vat"
            else:
                val = super().value(slot)
            self.bad.append((fam + "_bad", val))
            return val
        if slot.startswith("name"):
            return self.name(slot)
        if slot == "first":
            return self.gendered(rng.choice(NAME_LOCALES[lang]), rng.choice("mf"))[0]
        if slot == "email":
            return self.email()
        if slot == "email_org":
            return rng.choice(ROLE_MAILBOXES4[lang]) + "@" + self.faker(rng.choice(NAME_LOCALES[lang])).domain_name()
        if slot.startswith("phone_") and slot[6:] in ("pl", "es", "sk", "ie"):
            return self.phone_foreign(slot[6:])
        if slot.startswith(("addr_", "addr2_")):
            c = slot.split("_", 1)[1]
            return address(c, rng, slot.startswith("addr2_"), STREETS4, TOWNS4)
        if slot in ("iurl_doc", "iurl_dev"):
            t = rng.choice(INTERNAL_DOC_URLS4 if slot == "iurl_doc" else INTERNAL_DEV_URLS4)
            return t.format(org=rng.choice(ORGS4), n=rng.randint(100, 99999),
                            h=uuid.UUID(int=rng.getrandbits(128)).hex[:12],
                            sp=rng.choice(SPACES4), repo=rng.choice(REPOS4),
                            a=rng.randint(0, 255), b=rng.randint(0, 255), c=rng.randint(1, 254), s=rng.randint(16, 31))
        if slot == "mrz":
            return self.passport_mrz()
        if slot == "dob":
            y, m, d = self.birth_date()
            self.dob_of = (self.bad, (y, m, d))
            return date_text(lang, y, m, d, rng)
        if slot == "rc":
            return self.birth_number()
        if slot == "atsv":
            return self.at_number()
        if slot == "phone_gb":  # London numbers start 3, 7 or 8 after 020
            while True:
                val = super().value(slot)
                dg = re.sub(r"\D", "", val)
                sub = dg[4:] if dg.startswith("4420") else dg[3:] if dg.startswith("020") else "7"
                if sub[0] in "378":
                    return val
        if slot == "date":
            y, m, d = rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28)
            return date_text(lang, y, m, d, rng)
        if slot[0] == "n" and slot[1:].isdigit():
            k = int(slot[1:])
            return self.inert_value(lambda: str(rng.randint(10 ** (k - 1), 10 ** k - 1)))
        if slot == "ver":
            return rng.choice(["", "", "v"]) + f"{rng.randint(1, 24)}.{rng.randint(0, 30)}.{rng.randint(0, 19)}"
        if slot == "sha7":
            return "%07x" % rng.getrandbits(28)
        if slot == "track":
            return self.inert_value(self.track)
        if slot == "order":
            return self.inert_value(self.order)
        if slot == "invoice":
            return self.inert_value(self.invoice)
        if slot == "price":
            p = f"{rng.randint(4, 3900)}.{rng.choice(['00', '50', '90', '95', '99'])}"
            return p if lang in ("en", "de") else p.replace(".", ",")
        return super().value(slot)


# ---- checks -----------------------------------------------------------------


def _name_ok(s: str) -> bool:
    words = s.replace(",", " ").split()
    return len(words) >= 2 and all(w[0].isupper() or w in PARTICLES4 for w in words)


SHAPE = {
    **checks.SHAPE,
    "email": checks.mail_shape("[a-z0-9._-]"),
    "person_name": _name_ok,
    "classification_marker": lambda s: len(s) >= 5,
}


def build(seed: int = SEED) -> list[dict]:
    return checks.build(seed, "b4", T, Ctx4, rule_of, ALIASES, SHAPE)


def main() -> None:
    checks.write(build(), OUT, ROOT)


if __name__ == "__main__":
    main()
