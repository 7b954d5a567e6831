#!/usr/bin/env python3
"""Generates the second blind corpus crate/tests/fixtures/blind2.jsonl.

The first blind corpus (blind.jsonl) is being used for tuning, so it no
longer measures anything; this one replaces it as the corpus nobody tunes
against. It was written without reading the detectors (crate/src/), the
other corpora's templates and fixtures (corpus_templates.py, heldout*,
blind_templates.py, blind.jsonl beyond its format) or docs/accuracy.md:
only PRODUCT.md (rule ids and span decisions), the label conventions in the
first lines of corpus.jsonl, and the value builders of oracle_lib.py,
vectors.py and blind_lib.py. Keep it that way: do not tune the scanner on
this file, and do not look at which of its posts the scanner gets wrong
before a change is final.

Templates are in scripts/blind2_templates.py (new phrasing, ~80 posts per
language, more than a third hard negatives). Values come from blind_lib
(Faker, real streets and towns, numbering plans, secrets) plus what this
corpus adds: names from other Faker locales (Turkish, Polish, Portuguese,
Vietnamese, Yoruba ...), surnames with particles, hyphenated names, e-mail
addresses folded from the name, foreign mobile numbers, other real streets
and towns, other internal URLs, tracking numbers.

Checks (assertions; the script fails rather than write a wrong label):
  - every labelled identifier validates (python-stdnum, or oracle_lib's
    published-algorithm checks), and every other label has its rule's shape
    (public IP, internal host, parseable date, token formats ...);
  - every invalid twin (slots *_bad) fails its check with InvalidChecksum;
  - no unlabelled text holds a valid card number, IBAN or AHV number by
    accident;
  - positive templates carry at least one label, negative templates none;
  - no e-mail uses a reserved example domain.

Same line format as blind.jsonl: {"id", "lang", "text", "labels": [{"rule",
"start", "end"}], "hard_negative"}, offsets in UTF-16 code units, end
exclusive. Fixed seed; nothing depends on hash order, so PYTHONHASHSEED does
not matter: the output is the same on every run.

    python3 scripts/blind2.py          # writes crate/tests/fixtures/blind2.jsonl
"""

from __future__ import annotations

import string
import uuid
from pathlib import Path

import blind_checks as checks
from blind_checks import fold, s10_check
from blind2_templates import ALIASES, T, rule_of
from blind_lib import NAME_LOCALES, address, date_text, td3_passport

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate" / "tests" / "fixtures" / "blind2.jsonl"
SEED = 20270113

# ---- names ------------------------------------------------------------------

# Names that are not typical of the post's language: colleagues, customers
# and suppliers from elsewhere. Faker locales with Latin-script names and
# gender-consistent first and last names.
FOREIGN_LOCALES = ["tr_TR", "pl_PL", "pt_PT", "pt_BR", "vi_VN", "hu_HU", "hr_HR", "ro_RO", "es_ES", "yo_NG",
                   "en_IN", "fi_FI", "sl_SI", "sk_SK", "sv_SE", "lv_LV"]

# Real surnames with particles, as they are written in each region.
PARTICLE_SURNAMES = {
    "de": ["von Arx", "von der Heyde", "von Bülow", "zur Mühlen", "von Allmen", "vom Stein", "van Laak",
           "von Wattenwyl", "de Buman", "zu Dohna"],
    "fr": ["de la Fontaine", "Le Goff", "de Montmollin", "du Pasquier", "Da Silva", "de Weck", "Le Roux",
           "de Rham", "d'Aubigny", "De Smet"],
    "it": ["De Luca", "Di Stefano", "Lo Russo", "Dalla Costa", "D'Amico", "Della Valle", "De Angelis", "La Rosa",
           "Dal Molin", "Di Giacomo"],
    "nl": ["van der Meer", "van den Berg", "de Vries", "van Dijk", "van der Linden", "de Groot", "ter Haar",
           "van 't Hof", "in 't Veld", "Van Damme", "Vande Velde", "de Wit"],
    "cs": ["van der Berg", "de Vries", "von Brandt", "Di Marco", "O'Connor", "de la Cruz", "van Dijk"],
    "en": ["O'Brien", "McAllister", "van der Merwe", "D'Souza", "de Souza", "le Roux", "MacDonald", "O'Sullivan",
           "Van Allen", "de Silva"],
}
HYPHEN_FIRST = {
    "de": {"m": ["Hans-Peter", "Karl-Heinz", "Hans-Ulrich", "Klaus-Dieter"], "f": ["Anna-Lena", "Lisa-Marie", "Eva-Maria", "Lea-Sophie"]},
    "fr": {"m": ["Jean-Luc", "Jean-Baptiste", "Pierre-Yves", "Jean-Marc"], "f": ["Marie-Claire", "Anne-Sophie", "Marie-Hélène", "Anne-Laure"]},
    "it": {"m": [], "f": []},  # Italian compound first names are written without a hyphen
    "nl": {"m": ["Jan-Willem", "Pieter-Jan", "Kees-Jan", "Jan-Peter"], "f": ["Anne-Marie", "Marie-José", "Anne-Fleur", "Eva-Lotte"]},
    "cs": {"m": [], "f": []},
    "en": {"m": ["Jean-Paul", "Billy-Joe"], "f": ["Mary-Kate", "Anne-Marie", "Lily-Rose", "Amy-Leigh"]},
}

ROLE_MAILBOXES = {
    "de": ["info", "kundenservice", "service", "personal", "buchhaltung", "support"],
    "fr": ["contact", "service.client", "rh", "comptabilite", "info"],
    "it": ["info", "assistenza", "amministrazione", "ufficio.personale"],
    "nl": ["klantenservice", "info", "hr", "administratie"],
    "cs": ["info", "podpora", "fakturace", "personalni"],
    "en": ["support", "hello", "accounts", "hr", "billing"],
}
# ---- other real streets and towns than blind.py's ---------------------------

STREETS2 = {
    "de": ["Kaiserstraße", "Berliner Allee", "Königsallee", "Sonnenstraße", "Birkenweg", "Gartenstraße",
           "Ludwigstraße", "Schulstr.", "Am Wall", "Lange Straße"],
    "at": ["Landstraßer Hauptstraße", "Kärntner Straße", "Annenstraße", "Wiener Straße", "Museumstraße", "Rathausplatz"],
    "ch": ["Limmatquai", "Spitalgasse", "Freie Strasse", "Pilatusstrasse", "Poststrasse", "Zürcherstrasse"],
    "chfr": ["Rue du Rhône", "Avenue de Rumine", "Rue de Romont", "Grand-Rue", "Rue des Moulins"],
    "chit": ["Via Pretorio", "Corso Pestalozzi", "Via Luini", "Via San Gottardo", "Piazza Indipendenza"],
    "fr": ["rue Sainte-Catherine", "cours Mirabeau", "rue de la Paix", "boulevard Gambetta", "rue Pasteur",
           "chemin des Écoliers", "quai de la Fosse", "rue du Faubourg Saint-Antoine"],
    "it": ["Via Toledo", "Corso Buenos Aires", "Via del Corso", "Via Po", "Via dell'Indipendenza", "Corso Italia",
           "Via XX Settembre", "Via Nazionale"],
    "nl": ["Prinsengracht", "Lange Voorhout", "Witte de Withstraat", "Vismarkt", "Hoogstraat", "Nieuwstraat",
           "Molenweg", "Julianalaan"],
    "be": ["Korenmarkt", "Rue de la Loi", "Avenue Louise", "Diestsestraat", "Steenstraat", "Lange Nieuwstraat"],
    "cz": ["Národní", "Na Příkopě", "Veveří", "Jungmannova", "Korunní", "Štefánikova", "Lidická", "Sokolovská"],
    "gb": ["Deansgate", "Princes Street", "Bold Street", "Park Lane", "King's Road", "Broad Street", "Castle Street"],
    "us": ["Mission Street", "Broadway", "Pine Street", "Peachtree Street", "Michigan Avenue", "Congress Avenue"],
}
TOWNS2 = {
    "de": [("28195", "Bremen"), ("30159", "Hannover"), ("60311", "Frankfurt am Main"), ("53111", "Bonn"),
           ("65183", "Wiesbaden"), ("69117", "Heidelberg"), ("93047", "Regensburg"), ("24103", "Kiel"),
           ("99084", "Erfurt"), ("86150", "Augsburg")],
    "at": [("1030", "Wien"), ("3100", "St. Pölten"), ("6900", "Bregenz"), ("4600", "Wels"), ("8020", "Graz"),
           ("9500", "Villach")],
    "ch": [("8004", "Zürich"), ("3007", "Bern"), ("4058", "Basel"), ("6300", "Zug"), ("5000", "Aarau"),
           ("7000", "Chur"), ("8500", "Frauenfeld")],
    "chfr": [("1201", "Genève"), ("1005", "Lausanne"), ("2300", "La Chaux-de-Fonds"), ("1400", "Yverdon-les-Bains"),
             ("1820", "Montreux"), ("2800", "Delémont")],
    "chit": [("6900", "Lugano"), ("6500", "Bellinzona"), ("6830", "Chiasso"), ("6648", "Minusio")],
    "fr": [("75008", "Paris"), ("06000", "Nice"), ("35000", "Rennes"), ("34000", "Montpellier"), ("21000", "Dijon"),
           ("37000", "Tours"), ("87000", "Limoges"), ("13100", "Aix-en-Provence")],
    "it": [("16121", "Genova", "GE"), ("30121", "Venezia", "VE"), ("37121", "Verona", "VR"), ("90133", "Palermo", "PA"),
           ("70121", "Bari", "BA"), ("35122", "Padova", "PD"), ("38122", "Trento", "TN")],
    "nl": [("1016 GV", "Amsterdam"), ("2514 EA", "Den Haag"), ("3012 CN", "Rotterdam"), ("6811 CG", "Arnhem"),
           ("6211 CN", "Maastricht"), ("2311 EZ", "Leiden"), ("8011 CW", "Zwolle"), ("4811 AA", "Breda")],
    "be": [("2018", "Antwerpen"), ("1050", "Bruxelles"), ("9000", "Gent"), ("3500", "Hasselt"), ("2800", "Mechelen"),
           ("8500", "Kortrijk")],
    "cz": [("110 00", "Praha 1"), ("120 00", "Praha 2"), ("186 00", "Praha 8"), ("602 00", "Brno"),
           ("370 01", "České Budějovice"), ("460 01", "Liberec"), ("500 02", "Hradec Králové"), ("530 02", "Pardubice")],
    "gb": [("Liverpool", "L1 4DQ"), ("York", "YO1 7HH"), ("Bristol", "BS1 5TR"), ("Leeds", "LS1 6AZ"),
           ("Brighton", "BN1 1UB"), ("Glasgow", "G1 3SQ"), ("Norwich", "NR2 1NH")],
    "us": [("Atlanta", "GA", "30303"), ("Denver", "CO", "80202"), ("Portland", "OR", "97205"),
           ("Minneapolis", "MN", "55401"), ("Philadelphia", "PA", "19103"), ("San Diego", "CA", "92101")],
}

# ---- other internal URLs than blind.py's ------------------------------------

ORGS = ["helvetiabank", "muellerag", "stadtverwaltung", "nordcorp", "finanzhaus", "versico", "ondrasoft", "retailgroup"]
INTERNAL_URLS2 = [
    "https://intranet.{org}.local/hr/forms/{n}", "https://wiki.{org}.corp/spaces/OPS/pages/{n}",
    "http://jenkins.build.internal:8080/job/portal-{n}/lastBuild/console",
    "https://gitlab.{org}.lan/backend/payments/-/issues/{n}", "http://10.{a}.{b}.{c}/phpmyadmin/",
    "https://192.168.{a}.{c}:9443/login", "http://172.{s}.{b}.{c}:5601/app/dashboards#/view/{h}",
    "https://sharepoint.{org}.corp/sites/Finance/Shared%20Documents/Budget-{n}.xlsx",
    "https://crm.{org}.internal/accounts/{n}", "http://grafana.monitoring.svc.cluster.local:3000/d/{h}",
    "https://confluence.{org}.intranet/display/IT/Runbook+{n}",
]
# Passports seen in each language's posts: (ICAO code, Faker locale for the name).
MRZ_NATIONS = {
    "de": [("D", "de_DE"), ("CHE", "de_CH"), ("AUT", "de_AT"), ("TUR", "tr_TR")],
    "fr": [("FRA", "fr_FR"), ("CHE", "fr_CH"), ("BEL", "fr_BE"), ("PRT", "pt_PT")],
    "it": [("ITA", "it_IT"), ("CHE", "it_IT"), ("ROU", "ro_RO")],
    "nl": [("NLD", "nl_NL"), ("BEL", "nl_BE"), ("POL", "pl_PL")],
    "cs": [("CZE", "cs_CZ"), ("SVK", "sk_SK"), ("VNM", "vi_VN")],
    "en": [("GBR", "en_GB"), ("USA", "en_US"), ("IRL", "en_IE"), ("IND", "en_IN")],
}

S10_COUNTRY = {"de": "DE", "fr": "FR", "it": "IT", "nl": "NL", "cs": "CZ", "en": "GB"}


class Ctx2(checks.CheckedCtx):
    """blind_lib's value maker, with this corpus's own names, addresses,
    internal URLs and negatives' values; it records every invalid twin."""

    spaced_atsv = True

    def foreign_locale(self) -> str:
        """A Faker locale of another language: mostly one that none of the
        six languages covers, sometimes one of the other five."""
        others = [locs[0] for lang, locs in NAME_LOCALES.items() if lang != self.lang]
        return self.rng.choice(FOREIGN_LOCALES if self.rng.random() < 0.75 else others)

    def name(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        gender = slot[-1] if slot.endswith(("_f", "_m", "_xf", "_xm")) else rng.choice("mf")
        if slot == "name_h" and lang == "cs":
            gender = "f"  # Czech double surnames are a women's custom
        if slot.startswith("name_x"):
            first, last = self.gendered(self.foreign_locale(), gender)
        elif slot == "name_p":
            first = self.gendered(rng.choice(NAME_LOCALES[lang]), gender)[0]
            last = rng.choice(PARTICLE_SURNAMES[lang])
        elif slot == "name_h":
            loc = rng.choice(NAME_LOCALES[lang])
            first, last = self.gendered(loc, gender)
            if HYPHEN_FIRST[lang][gender] and rng.random() < 0.5:
                first = rng.choice(HYPHEN_FIRST[lang][gender])
            else:
                second = self.gendered(loc, gender)[1]
                while second == last:
                    second = self.gendered(loc, gender)[1]
                last = last + (" " if lang == "cs" and rng.random() < 0.5 else "-") + second
        else:
            first, last = self.gendered(rng.choice(NAME_LOCALES[lang]), gender)
        self.last_person = (first, last)
        return f"{last}, {first}" if slot.endswith("rev") else f"{first} {last}"

    def email(self) -> str:
        rng, lang = self.rng, self.lang
        first, last = self.last_person or self.gendered(rng.choice(NAME_LOCALES[lang]), rng.choice("mf"))
        fi, la = fold(first, lang), fold(last, lang)
        local = rng.choice([f"{fi}.{la}", f"{fi}.{la}", f"{fi}_{la}", f"{fi}{la}", f"{fi[0]}.{la}", f"{fi[0]}{la}",
                            f"{la}.{fi}", f"{fi}.{la}{rng.randint(1, 99)}"])
        f = self.faker(rng.choice(NAME_LOCALES[lang]))
        domain = f.free_email_domain() if rng.random() < 0.45 else f.domain_name()
        return f"{local}@{domain}"

    def phone_foreign(self, c: str) -> str:
        rng = self.rng
        d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
        k = rng.randrange(3)
        if c == "tr":
            s = "5" + rng.choice(["30", "32", "35", "41", "42", "53", "55"]) + d(7)
            return [f"+90 {s[:3]} {s[3:6]} {s[6:8]} {s[8:]}", f"0{s[:3]} {s[3:6]} {s[6:8]} {s[8:]}", f"+90{s}"][k]
        if c == "pl":
            s = rng.choice(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"]) + d(7)
            return [f"+48 {s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"+48{s}"][k]
        if c == "pt":
            s = rng.choice(["91", "92", "93", "96"]) + d(7)
            return [f"+351 {s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"00351 {s}"][k]
        if c == "es":
            s = rng.choice(["6", "7"]) + d(8)
            return [f"+34 {s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"+34 {s}"][k]
        raise KeyError(c)

    def passport_mrz(self) -> str:
        """ICAO 9303 TD3 lines (oracle_lib.Mrz builds the check digits)."""
        rng = self.rng
        nat, loc = rng.choice(MRZ_NATIONS[self.lang])
        sex = rng.choice("MF")
        first, last = self.gendered(loc, sex.lower())
        return td3_passport(rng, nat, first, last, sex, dob_years=(50, 99), expiry_years=(27, 36),
                            no_personal=("D", "CHE", "AUT"))

    def track(self) -> str:
        rng = self.rng
        k = rng.randrange(4)
        if k == 0:  # UPS
            return "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + "03" + \
                "".join(rng.choice(string.digits) for _ in range(8))
        if k == 1:  # UPU S10 item number of the post's country
            serial = "".join(rng.choice(string.digits) for _ in range(8))
            return rng.choice(["RR", "LX", "CP", "EE"]) + serial + s10_check(serial) + S10_COUNTRY[self.lang]
        if k == 2:  # PostNL-style barcode
            return "3S" + "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + \
                "".join(rng.choice(string.digits) for _ in range(9))
        return "00340434" + "".join(rng.choice(string.digits) for _ in range(12))  # DHL Paket, 20 digits

    def value(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        if slot.endswith("_bad"):  # invalid twins: blind_checks.CheckedCtx
            return super().value(slot)
        if slot.startswith("name"):
            return self.name(slot)
        if slot == "first_x":
            return self.gendered(self.foreign_locale(), rng.choice("mf"))[0]
        if slot == "email":
            return self.email()
        if slot == "email_org":
            return rng.choice(ROLE_MAILBOXES[lang]) + "@" + self.faker(rng.choice(NAME_LOCALES[lang])).domain_name()
        if slot[6:] in ("tr", "pl", "pt", "es") and slot.startswith("phone_"):
            return self.phone_foreign(slot[6:])
        if slot.startswith(("addr_", "addr2_")):
            c = slot.split("_", 1)[1]
            return address(c, rng, slot.startswith("addr2_"), STREETS2, TOWNS2)
        if slot == "iurl":
            t = rng.choice(INTERNAL_URLS2)
            return t.format(org=rng.choice(ORGS), n=rng.randint(100, 99999), h=uuid.UUID(int=rng.getrandbits(128)).hex[:12],
                            a=rng.randint(0, 255), b=rng.randint(0, 255), c=rng.randint(1, 254), s=rng.randint(16, 31))
        if slot == "date":
            y, m, d = rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28)
            return date_text(lang, y, m, d, rng)
        if slot[0] == "n" and slot[1:].isdigit():
            k = int(slot[1:])
            return str(rng.randint(10 ** (k - 1), 10 ** k - 1))
        if slot == "ver":
            return f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
        if slot == "sha7":
            return "%07x" % rng.getrandbits(28)
        if slot == "track":
            return self.track()
        if slot == "mrz":
            return self.passport_mrz()
        return super().value(slot)


# ---- checks -----------------------------------------------------------------

NAME_PARTICLES = ("van", "der", "den", "de", "von", "vom", "zur", "zu", "la", "du", "d'Aubigny", "le", "ter", "in", "'t")
SHAPE = {
    **checks.SHAPE,
    "email": checks.mail_shape("[a-z0-9._]"),
    "person_name": lambda s: len(s.replace(",", " ").split()) >= 2 and all(
        w[0].isupper() or w in NAME_PARTICLES for w in s.replace(",", " ").split()),
    "classification_marker": lambda s: s.strip() == s and len(s) >= 6,
}


def build(seed: int = SEED) -> list[dict]:
    return checks.build(seed, "b2", T, Ctx2, rule_of, ALIASES, SHAPE)


def main() -> None:
    checks.write(build(), OUT, ROOT)


if __name__ == "__main__":
    main()
