#!/usr/bin/env python3
"""Generates the sixth blind corpus crate/tests/fixtures/blind6.jsonl.

How it was written. blind5.jsonl is being used to tune rules, so it turns
into an upper bound; this corpus is the new test set nobody tunes against.
Its author read only PRODUCT.md (rule ids, categories, span decisions), the
first five lines of crate/tests/fixtures/corpus.jsonl (label format), the
value builders and shared checks (oracle_lib.py, vectors.py, blind_lib.py,
blind_checks.py), blind3.py as an example of a generator (not its
templates) and scripts/accuracy.py (to add the section). The author did not
read the detectors (crate/src/), the tests (crate/tests/), any other
corpus's templates, generators or fixtures, or docs/accuracy.md, and never
ran the scanner on this file. Keep it that way: do not tune rules against
it, and read its misses only after a change is final.

What it covers. Templates are in scripts/blind6_templates.py: 65 or 66 posts
per language (de, fr, it, nl, cs, en), 394 in all, 154 of them (39 %) hard
negatives. The situations are new ones: a sports club's membership
renewals, a wedding planner's supplier chat, a university exam office, a
car-sharing support thread, a volunteer fire brigade roster, a pharmacy
delivery, a coworking space's Slack, a tax adviser's WhatsApp, a travel
agency's booking changes, a vet clinic, a church choir, a conference
speaker list, a moving company, a freelancer's invoice dispute, a dev-ops
incident channel, a food bank, an allotment waiting list, a parish trip, a
sailing camp, a dog walker, a surgery's cover list, a hunting party, a
town hall's replies, internal branch notes, and a bank's, insurer's,
telco's and utility's public replies.
Their shapes vary: questions, fragments, quoted replies, forwarded mails
with headers, bullet lists, tables pasted as text, all-lowercase chat,
voice-to-text without punctuation, emoji, hashtags, @mentions, mixed
languages. Names come from many origins (pt_BR, pt_PT, es_MX, es_AR, ro_RO,
hu_HU, pl_PL, tr_TR, transliterated uk_UA and ru_RU, en_IN, romanised
zh_CN, vi_VN, id_ID, yo_NG, ig_NG, ha_NG, Somali and Ethiopian names from
this file's own lists, da_DK, no_NO, sv_SE, fi_FI, de_CH, fr_CH, nl_BE),
with particles, compound and double-barrelled surnames, "Last, First", and
lower case. Every rule id of PRODUCT.md is covered, names, e-mail, phones,
customer relationships and addresses most, MRZ, IP and the national
identifiers least. Hard negatives: invalid-checksum twins of IBAN, card,
AHV, UID, German tax id, Austrian SVNR, BSN, Czech birth number, IČO and
VAT; order, invoice, booking, tracking and ticket numbers; versions,
hashes, UUIDs, prices, scores, years, dates without a birth word; brands,
prizes, foundations and places named after people; lone first names;
password talk without a password; public marketing; thanks and "our
customers" talk that confirms no one; casual "internal"/"confidential".

Span conventions (PRODUCT.md first; where it is silent, what a reader
would highlight):
  - person_name: the whole name, first and last, with particles ("van der",
    "da", "Al-") and both parts of a compound or double-barrelled surname,
    without honorific, title or greeting ("Frau Dr.", "MUDr.", "dott.ssa",
    "Maître", "dhr.", "Mr", "Hi"); "Last, First" as one span; a name typed
    in lower case is still a name. A lone
    first name, a surname with only an honorific ("Frau Nowak", "Mr
    Okafor") and a first name with an initial ("Kasia W.") are not a full
    name in PRODUCT.md's sense and are left unlabelled; they only appear in
    posts that are positive for another reason, never in hard negatives.
  - phone: the whole number with country code, brackets and separators.
  - email: the address only.
  - postal_address: street, number, postcode and town when given together
    (one span, line break included); a street named after a person is part
    of the address, not a name.
  - date_of_birth: the date only, not "born on" / "geb." / "né le" / "nar."
    (children's sign-ups carry recent dates, so this file's own shape check
    allows birth years up to 2018).
  - customer_relationship: the noun phrase that confirms the relationship
    (possessive and product or relationship noun, with "with us" / "bei
    uns" / "chez nous" / "presso di noi" / "bij ons" / "u nás" when it
    follows, or the loyalty or tenure phrase), not the thanks or verb
    around it; in an internal note about a third person the same noun
    phrase ("unsere langjährige Kundin", "notre client de longue date",
    "her mortgage with us").
  - classification_marker: the marking phrase only.
  - secret_password_assignment: the value only, not the key; other secrets:
    the token or key only (a PEM key with its BEGIN and END lines).
  - internal_url: the whole URL.
  - identifiers (IBAN, card, AHV, VAT ...): the value with its spaces.

Checks (all through blind_checks, plus a lint that every «, », ⟦ and ⟧ of
a template belongs to a well-formed token; the script fails rather than
write a wrong label): every labelled identifier validates (python-stdnum or
oracle_lib), every other label has its rule's shape (this file's own shape
for names, which allows particles and lower case); every invalid twin
(slots *_bad) fails its check with InvalidChecksum; no unlabelled text holds
a valid card number, IBAN or AHV number; positive templates carry a label,
negative templates none; labels do not overlap.

Same line format as blind3.jsonl: {"id", "lang", "text", "labels":
[{"rule", "start", "end"}], "hard_negative"}, ids {lang}-b6-NNN, UTF-16
offsets, end exclusive. Fixed seed; no set or dict iteration feeds the
random stream, so the output is the same on every run.

    python3 scripts/blind6.py          # writes crate/tests/fixtures/blind6.jsonl
"""

from __future__ import annotations

import re
import string
import uuid
from pathlib import Path

import blind_checks as checks
from blind_checks import fold
from blind6_templates import ALIASES, T, rule_of
from blind_lib import TOKEN, address, date_text, fmt_iban, phone, td3_passport

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate" / "tests" / "fixtures" / "blind6.jsonl"
SEED = 20261122_6

# ---- names ------------------------------------------------------------------

LOCAL6 = {
    "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_CH"], "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"], "cs": ["cs_CZ", "sk_SK"], "en": ["en_GB", "en_US", "en_IE"],
}
# Faker locales with Latin-script names (uk_UA, ru_RU transliterated, zh_CN
# romanised) plus own lists for Somali and Ethiopian names.
FOREIGN6 = ["pt_BR", "pt_PT", "es_MX", "es_AR", "ro_RO", "hu_HU", "pl_PL", "tr_TR", "uk_UA", "ru_RU", "en_IN",
            "zh_CN", "vi_VN", "id_ID", "yo_NG", "ig_NG", "ha_NG", "horn", "da_DK", "no_NO", "sv_SE", "fi_FI",
            "de_CH", "fr_CH", "nl_BE"]
HORN = {
    "m": ["Abdirahman", "Mohamed", "Liban", "Tesfaye", "Dawit", "Yohannes", "Abdiweli", "Bereket", "Girma"],
    "f": ["Hodan", "Ayaan", "Fadumo", "Selamawit", "Meron", "Hiwot", "Ubah", "Tigist", "Saba"],
    "last": ["Warsame", "Farah", "Abdullahi", "Haile", "Tadesse", "Gebremedhin", "Ali Hassan", "Mengistu",
             "Jama", "Bekele", "Osman", "Wolde"],
}
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
                    ["a", "b", "v", "h", "d", "e", "e", "zh", "z", "y", "i", "k", "l", "m", "n", "o", "p", "r",
                     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "ye",
                     "yi", "g"]))
PARTICLE_SURNAMES6 = {
    "de": ["von der Mühll", "van den Bosch", "de Souza", "von Graffenried", "da Silva", "Al-Hashimi", "von Wattenwyl",
           "ten Hagen"],
    "fr": ["de la Fontaine", "Da Costa", "de Montmollin", "van Damme", "Le Goff", "dos Reis", "de Rham", "Al-Amin"],
    "it": ["Dell'Acqua", "De Luca", "Lo Presti", "Della Valle", "da Silva", "Di Stefano", "La Rocca", "Dal Molin"],
    "nl": ["van den Broek", "ten Brink", "van der Meulen", "de Wit", "in 't Veld", "Van de Velde", "de Graaf",
           "van Dijk"],
    "cs": ["von Lobkowicz", "de Sousa", "van Dijk", "da Silva", "Di Marco", "von Thun"],
    "en": ["de Silva", "van der Merwe", "O'Sullivan", "da Cunha", "Al-Farsi", "MacDonald", "St. John", "D'Souza"],
}
PARTICLES = {"van", "der", "den", "de", "von", "da", "dos", "la", "le", "ten", "in", "'t", "di", "del", "della",
             "dal", "lo", "st.", "'s"}
# Compound surnames as their countries write them: two Spanish or
# Portuguese family names, a hyphenated married name.
COMPOUND_LOCALES = {"es_MX": " ", "es_AR": " ", "pt_BR": " ", "pt_PT": " ", "de_DE": "-", "fr_FR": "-",
                    "nl_NL": "-", "en_GB": "-", "cs_CZ": " ", "pl_PL": "-", "da_DK": "-"}
COMPOUND_FOR = {"de": ["de_DE", "es_MX", "pt_BR", "pl_PL"], "fr": ["fr_FR", "es_AR", "pt_PT"],
                "it": ["es_MX", "pt_BR", "en_GB"], "nl": ["nl_NL", "es_AR", "pt_PT"],
                "cs": ["cs_CZ", "es_MX", "pl_PL"], "en": ["en_GB", "es_MX", "pt_BR", "da_DK"]}

ROLE_MAILBOXES6 = {  # mailboxes that fit any club, office or shop
    "de": ["info", "kontakt", "sekretariat", "verwaltung", "buero"],
    "fr": ["info", "contact", "secretariat", "accueil", "administration"],
    "it": ["info", "segreteria", "contatti", "amministrazione"],
    "nl": ["info", "secretariaat", "contact", "administratie"],
    "cs": ["info", "kontakt", "sekretariat", "kancelar"],
    "en": ["info", "office", "admin", "secretary", "hello"],
}

# ---- real streets (several named after people) and towns ------------------

STREETS6 = {
    "de": ["Albert-Schweitzer-Straße", "Kantstraße", "Sophienstraße", "Beethovenstraße", "Lessingstr.",
           "Konrad-Adenauer-Ring", "Hohe Straße", "Weinbergweg", "Kaiserstraße"],
    "at": ["Kärntner Straße", "Annenstraße", "Landstraßer Hauptstraße", "Mozartgasse", "Wiener Straße"],
    "ch": ["Freie Strasse", "Spitalgasse", "Pestalozzistrasse", "Badenerstrasse", "Zürcherstrasse",
           "General-Guisan-Strasse"],
    "chfr": ["Rue du Rhône", "Avenue de Rumine", "Rue Jean-Jacques Rousseau", "Chemin de Bonne-Espérance",
             "Route de Berne"],
    "chit": ["Via Pessina", "Via Luini", "Corso Pestalozzi", "Via Vincenzo Vela"],
    "fr": ["rue Émile Zola", "avenue Pasteur", "rue Gambetta", "cours Julien", "rue Sainte-Catherine",
           "boulevard Carnot", "rue des Lilas", "quai de la Fosse"],
    "it": ["Via Cavour", "Corso Buenos Aires", "Via Toledo", "Via Indipendenza", "Via Giuseppe Verdi",
           "Piazza Castello", "Via Nazionale"],
    "nl": ["Prinsengracht", "Nieuwe Binnenweg", "Vredenburg", "Van Woustraat", "Thorbeckeplein",
           "Stratumseind", "Laan van Meerdervoort"],
    "be": ["Lange Nieuwstraat", "Korenmarkt", "Avenue Louise", "Diestsestraat", "Nationalestraat"],
    "cz": ["Karla Engliše", "Jugoslávská", "Masná", "Bělehradská", "Veveří", "Štefánikova", "Pražská"],
    "gb": ["Deansgate", "Castle Street", "Park Road", "Elm Grove", "Princes Street", "Gloucester Road"],
    "us": ["Mission Street", "Broadway", "Peachtree Street", "Madison Avenue", "Pine Street"],
}
TOWNS6 = {
    "de": [("60311", "Frankfurt am Main"), ("30159", "Hannover"), ("28195", "Bremen"), ("93047", "Regensburg"),
           ("24103", "Kiel"), ("99084", "Erfurt"), ("69117", "Heidelberg"), ("86150", "Augsburg")],
    "at": [("1010", "Wien"), ("8020", "Graz"), ("5020", "Salzburg"), ("3100", "St. Pölten"), ("6900", "Bregenz")],
    "ch": [("8004", "Zürich"), ("3007", "Bern"), ("4056", "Basel"), ("5000", "Aarau"), ("7000", "Chur"),
           ("6300", "Zug")],
    "chfr": [("1201", "Genève"), ("1005", "Lausanne"), ("1400", "Yverdon-les-Bains"), ("2300", "La Chaux-de-Fonds")],
    "chit": [("6900", "Lugano"), ("6500", "Bellinzona"), ("6648", "Minusio")],
    "fr": [("35000", "Rennes"), ("06000", "Nice"), ("34000", "Montpellier"), ("21000", "Dijon"),
           ("37000", "Tours"), ("80000", "Amiens"), ("38000", "Grenoble")],
    "it": [("16121", "Genova", "GE"), ("37121", "Verona", "VR"), ("35122", "Padova", "PD"), ("56126", "Pisa", "PI"),
           ("34121", "Trieste", "TS"), ("09124", "Cagliari", "CA")],
    "nl": [("1016 DK", "Amsterdam"), ("3014 BA", "Rotterdam"), ("2312 BK", "Leiden"), ("6811 DJ", "Arnhem"),
           ("8011 NM", "Zwolle"), ("4811 XJ", "Breda")],
    "be": [("2000", "Antwerpen"), ("9000", "Gent"), ("1050", "Ixelles"), ("3000", "Leuven"), ("8500", "Kortrijk")],
    "cz": [("160 00", "Praha 6"), ("612 00", "Brno"), ("370 01", "České Budějovice"), ("500 02", "Hradec Králové"),
           ("460 01", "Liberec"), ("530 02", "Pardubice")],
    "gb": [("Leeds", "LS1 4DY"), ("Bristol", "BS1 5TR"), ("Glasgow", "G2 3JD"), ("York", "YO1 7HH"),
           ("Brighton", "BN1 1UG"), ("Norwich", "NR2 1NH")],
    "us": [("Denver", "CO", "80202"), ("Atlanta", "GA", "30303"), ("Portland", "OR", "97205"),
           ("Minneapolis", "MN", "55401")],
}

ORGS6 = ["hv-stiftung", "alpenbank", "medicare", "fahrwerk", "kanzlei-roth", "uni-exam", "sharecar", "cowork"]
INTERNAL_URLS6 = {
    "files": ["https://pruefungen.{org}.intranet/noten/export/{n}.csv", "https://nextcloud.{org}.lan/s/{h}",
              "http://10.{a}.{b}.{c}/share/export/{n}.xlsx", "https://erp.{org}.local/reports/{n}/download",
              "https://sharepoint.{org}.corp/sites/Gremien/Shared%20Documents/{h}.xlsx"],
    "mon": ["https://grafana.mon.{org}.internal/d/{h}/db-latency?orgId=1", "http://172.{s}.{b}.{c}:5601/app/logs",
            "https://rundeck.{org}.corp/project/prod/job/show/{h}", "http://10.{a}.{b}.{c}:9090/graph"],
    "wiki": ["https://wiki.{org}.intranet/spaces/OPS/pages/{n}", "https://confluence.{org}.corp/display/DEV/Runbook+{n}",
             "http://10.{a}.{b}.{c}:8090/pages/viewpage.action?pageId={n}", "https://bookstack.{org}.lan/books/ops/page/{h}"],
}
MRZ_NATIONS6 = {
    "de": [("D", "de_DE"), ("TUR", "tr_TR"), ("ROU", "ro_RO")],
    "fr": [("FRA", "fr_FR"), ("PRT", "pt_PT"), ("BRA", "pt_BR")],
    "it": [("ITA", "it_IT"), ("ARG", "es_AR"), ("CHE", "fr_CH")],
    "nl": [("NLD", "nl_NL"), ("IDN", "id_ID"), ("BEL", "nl_BE")],
    "cs": [("CZE", "cs_CZ"), ("SVK", "sk_SK"), ("POL", "pl_PL")],
    "en": [("GBR", "en_GB"), ("NGA", "yo_NG"), ("SWE", "sv_SE"), ("MEX", "es_MX")],
}


TRANSLIT_RU = {**TRANSLIT, "и": "i", "й": "y", "г": "g", "х": "kh", "е": "e"}


def translit(s: str, loc: str) -> str:
    """Cyrillic to Latin as passports and e-mail addresses write it
    (Ukrainian: и y, і i, г h; Russian: и i, й y, г g)."""
    table = TRANSLIT_RU if loc == "ru_RU" else TRANSLIT
    out = []
    for ch in s.replace("ʼ", "").replace("’", ""):
        low = ch.lower()
        t = table.get(low, ch)
        out.append(t.capitalize() if ch != low and t else t)
    return "".join(out).replace("'", "")


class Ctx6(checks.CheckedCtx):
    """blind_lib's value maker with this corpus's own names, phones,
    addresses, internal hosts and negatives' values."""

    def foreign(self, gender: str, loc: str | None = None) -> tuple[str, str]:
        rng = self.rng
        if loc is None:
            while True:
                loc = rng.choice(FOREIGN6)
                if loc not in LOCAL6[self.lang]:
                    break
        if loc == "horn":
            return rng.choice(HORN[gender]), rng.choice(HORN["last"])
        if loc == "zh_CN":
            f = self.faker(loc)
            return f.first_romanized_name(), f.last_romanized_name()
        first, last = self.gendered(loc, gender)
        if loc in ("uk_UA", "ru_RU"):
            first, last = translit(first, loc), translit(last, loc)
        if loc == "vi_VN" and rng.random() < 0.5:  # often typed without diacritics
            first, last = fold_keep_case(first), fold_keep_case(last)
        return first, last

    def name(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        flags = slot.split("_", 1)[1] if "_" in slot else ""
        gender = "f" if "f" in flags else "m" if "m" in flags else rng.choice("mf")
        if "x" in flags:
            first, last = self.foreign(gender)
        elif "p" in flags:
            first = self.gendered(rng.choice(LOCAL6[lang] + ["pt_BR", "es_AR"]), gender)[0]
            last = rng.choice(PARTICLE_SURNAMES6[lang])
        elif "d" in flags:
            loc = rng.choice(COMPOUND_FOR[lang])
            first, last = self.gendered(loc, gender)
            second = self.gendered(loc, gender)[1]
            while second == last:
                second = self.gendered(loc, gender)[1]
            last = last + COMPOUND_LOCALES[loc] + second
        else:
            first, last = self.gendered(rng.choice(LOCAL6[lang]), gender)
        self.last_person = (first, last)
        out = f"{last}, {first}" if "r" in flags else f"{first} {last}"
        return out.lower() if "l" in flags else out

    def email(self) -> str:
        rng, lang = self.rng, self.lang
        first, last = self.last_person or self.gendered(rng.choice(LOCAL6[lang]), rng.choice("mf"))
        fi, la = fold(first, lang), fold(last, lang)
        local = rng.choice([f"{fi}.{la}", f"{fi}.{la}", f"{fi[0]}.{la}", f"{la}.{fi}", f"{fi}_{la}",
                            f"{fi}{la[0]}", f"{la}{rng.randint(1, 99)}", f"{fi}.{la}{rng.randint(70, 99)}"])
        f = self.faker(rng.choice(LOCAL6[lang]))
        domain = f.free_email_domain() if rng.random() < 0.45 else f.domain_name()
        return f"{local}@{domain}"

    def phone6(self, c: str) -> str:
        """Formats blind_lib.phone does not write, half of the time."""
        rng = self.rng
        d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
        if c == "sk":
            s = "9" + rng.choice(["03", "05", "08", "11", "49"]) + d(6)
            return rng.choice([f"+421 {s[:3]} {s[3:6]} {s[6:]}", f"0{s[:3]} {s[3:6]} {s[6:]}", f"+421{s}"])
        if rng.random() < 0.5:
            return phone(c, rng)
        if c == "de":
            s = rng.choice(["152", "157", "176", "178"]) + d(8)
            return rng.choice([f"0{s[:3]}-{s[3:]}", f"+49 {s[:3]} {s[3:7]} {s[7:]}", f"+49{s}"])
        if c == "at":
            s = d(7)
            return rng.choice([f"+43 (0)676 {s}", f"0676/{s[:3]} {s[3:]}", f"+43 1 {s[:3]} {s[3:]}"])
        if c == "ch":
            s = rng.choice(["79", "76", "78", "44", "22"]) + d(7)
            return rng.choice([f"+41 (0){s[:2]} {s[2:5]} {s[5:7]} {s[7:]}", f"0{s[:2]}/{s[2:5]} {s[5:7]} {s[7:]}",
                               f"0{s}"])
        if c == "fr":
            s = rng.choice("67") + d(8)
            return rng.choice([f"0{s}", f"+33{s}", f"0{s[0]}-{s[1:3]}-{s[3:5]}-{s[5:7]}-{s[7:]}"])
        if c == "it":
            s = rng.choice(["338", "345", "349", "366", "392"]) + d(7)
            return rng.choice([f"+39 {s[:3]}-{s[3:]}", f"+39{s}", f"{s[:3]}.{s[3:6]}.{s[6:]}"])
        if c == "nl":
            s = d(8)
            return rng.choice([f"06 - {s}", f"+31 (0)6 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"0031 6 {s}"])
        if c == "be":
            s = d(6)
            return rng.choice([f"+32 (0)476 {s[:2]} {s[2:4]} {s[4:]}", f"0476.{s[:2]}.{s[2:4]}.{s[4:]}"])
        if c == "cz":
            s = rng.choice(["601", "608", "731", "739", "775", "222"]) + d(6)
            return rng.choice([f"+420 {s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", f"+420 {s}"])
        if c == "gb":
            s = "7" + rng.choice(["700", "812", "946", "523"]) + d(6)
            return rng.choice([f"0{s[:4]} {s[4:7]} {s[7:]}", f"+44 {s[:4]} {s[4:7]} {s[7:]}", f"+44 (0) {s}"])
        if c == "us":
            return rng.choice([f"1-{rng.choice(['303', '404', '503'])}-{rng.randint(201, 989)}-{d(4)}",
                               f"({rng.choice(['612', '720'])}) {rng.randint(201, 989)} {d(4)}"])
        raise KeyError(c)

    def passport_mrz(self) -> str:
        rng = self.rng
        nat, loc = rng.choice(MRZ_NATIONS6[self.lang])
        sex = rng.choice("MF")
        first, last = self.gendered(loc, sex.lower())
        return td3_passport(rng, nat, first, last, sex, dob_years=(55, 99), expiry_years=(27, 35),
                            no_personal=("D", "CHE"))

    def value(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        if slot.endswith("_bad"):  # invalid twins: blind_checks.CheckedCtx
            return super().value(slot)
        if slot.startswith("name"):
            return self.name(slot)
        if slot == "first":
            return self.gendered(rng.choice(LOCAL6[lang]), rng.choice("mf"))[0]
        if slot == "first_x":
            return self.foreign(rng.choice("mf"))[0]
        if slot in ("sur_f", "sur_m"):  # a surname after an honorific: unlabelled
            return self.foreign(slot[-1])[1] if rng.random() < 0.5 else self.gendered(rng.choice(LOCAL6[lang]),
                                                                                       slot[-1])[1]
        if slot == "initial":  # first name and initial: unlabelled
            first, last = self.foreign(rng.choice("mf")) if rng.random() < 0.5 else \
                self.gendered(rng.choice(LOCAL6[lang]), rng.choice("mf"))
            return f"{first} {last[0]}."
        if slot == "email":
            return self.email()
        if slot == "email_role":
            return rng.choice(ROLE_MAILBOXES6[lang]) + "@" + self.faker(rng.choice(LOCAL6[lang])).domain_name()
        if slot.startswith("tel_"):
            return self.phone6(slot[4:])
        if slot.startswith(("adr_", "adr2_")):
            c = slot.split("_", 1)[1]
            return address(c, rng, slot.startswith("adr2_"), STREETS6, TOWNS6)
        if slot.startswith("iban_"):
            return fmt_iban(self.iban(slot[5:]), rng)
        if slot.startswith("iurl"):
            kind = slot[5:] or rng.choice(["files", "mon", "wiki"])
            t = rng.choice(INTERNAL_URLS6[kind])
            return t.format(org=rng.choice(ORGS6), n=rng.randint(100, 99999), h=uuid.UUID(int=rng.getrandbits(128)).hex[:12],
                            a=rng.randint(0, 255), b=rng.randint(0, 255), c=rng.randint(1, 254), s=rng.randint(16, 31))
        if slot == "mrz":
            return self.passport_mrz()
        if slot == "rc_f":  # a woman's birth number (month + 50), born 1960-1999
            while True:
                val = super().value("rc")
                if int(val[2:4]) > 50 and 60 <= int(val[:2]) <= 99:
                    return val
        if slot == "dob_child":  # a child's date of birth (camp and club sign-ups)
            return date_text(lang, rng.randint(2010, 2016), rng.randint(1, 12), rng.randint(1, 28), rng)
        if slot == "date":  # a date with no birth word: a meeting, a delivery
            y, m, d = rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28)
            return date_text(lang, y, m, d, rng)
        if slot[0] == "n" and slot[1:].isdigit():
            k = int(slot[1:])
            return str(rng.randint(10 ** (k - 1), 10 ** k - 1))
        if slot == "ver":
            return f"{rng.randint(1, 24)}.{rng.randint(0, 30)}.{rng.randint(0, 19)}"
        if slot == "sha7":
            return "%07x" % rng.getrandbits(28)
        if slot in ("price", "price_l"):  # a ticket or a menu; a removal quote or a grant
            lo, hi = (12, 95) if slot == "price" else (480, 4200)
            return f"{rng.randint(lo, hi)},{rng.choice(['00', '50', '90', '00'])}"
        if slot == "score":
            return f"{rng.randint(0, 5)}:{rng.randint(0, 5)}"
        if slot == "order":
            return rng.choice(["SO", "BK", "RE", "INV", "AB"]) + "-" + str(rng.randint(2025, 2026)) + "-" + \
                str(rng.randint(10000, 99999))
        if slot == "track":
            k = rng.randrange(3)
            if k == 0:
                return "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + \
                    "03" + "".join(rng.choice(string.digits) for _ in range(8))
            if k == 1:
                return "00" + "".join(rng.choice(string.digits) for _ in range(16))
            return rng.choice(["CP", "RR", "LX"]) + "".join(rng.choice(string.digits) for _ in range(9)) + \
                rng.choice(["CH", "DE", "NL", "CZ"])
        if slot == "pnr":
            return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        return super().value(slot)


def fold_keep_case(s: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKD", s.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore").decode()


# ---- checks -----------------------------------------------------------------


def _name_ok(s: str) -> bool:
    words = s.replace(",", " ").split()
    if len(words) < 2 or any(c.isdigit() for c in s):
        return False
    if s == s.lower():
        return True
    return all(w[0].isupper() or w.lower() in PARTICLES or w.lower().startswith("d'") for w in words)


SHAPE = {
    **checks.SHAPE,
    "email": checks.mail_shape("[a-z0-9._-]"),
    "person_name": _name_ok,
    "date_of_birth": lambda s: len(re.findall(r"\b(19\d\d|20[0-2]\d)\b", s)) == 1 and
    1940 <= int(re.search(r"\b(19\d\d|20[0-2]\d)\b", s).group()) <= 2018,
    "classification_marker": lambda s: s.strip() == s and len(s) >= 5,
}


def lint(templates: dict) -> None:
    """Every «, », ⟦ and ⟧ of a template belongs to a well-formed token."""
    for lang in templates:
        for kind in ("pos", "neg"):
            for tpl in templates[lang][kind]:
                rest = TOKEN.sub("", tpl)
                assert not any(c in rest for c in "«»⟦⟧"), (lang, tpl)


def build(seed: int = SEED) -> list[dict]:
    lint(T)
    return checks.build(seed, "b6", T, Ctx6, rule_of, ALIASES, SHAPE)


def main() -> None:
    checks.write(build(), OUT, ROOT)


if __name__ == "__main__":
    main()
