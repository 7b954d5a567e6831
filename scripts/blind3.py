#!/usr/bin/env python3
"""Generates the third blind corpus crate/tests/fixtures/blind3.jsonl.

The first two blind corpora (blind.jsonl, blind2.jsonl) have been or are
being used for tuning, so they no longer measure anything; this one is the
corpus nobody tunes against. It was written without reading the detectors
(crate/src/), the other corpora's templates and fixtures (corpus_templates.py,
heldout*, blind_templates.py, blind2_templates.py, blind.jsonl beyond its
format, blind2.jsonl) or docs/accuracy.md: only PRODUCT.md (rule ids and span
decisions), the label conventions in the first lines of corpus.jsonl, and the
value builders of oracle_lib.py, vectors.py and blind_lib.py. Keep it that
way: do not tune the scanner on this file, and do not look at which of its
posts the scanner gets wrong before a change is final.

Templates are in scripts/blind3_templates.py (own phrasing, ~60 posts per
language, more than a third hard negatives). Values come from blind_lib
(Faker, numbering plans, identifiers, secrets) plus what this corpus adds:
its own real streets and towns, names from other Faker locales (Turkish,
Polish, Brazilian, Vietnamese, Romanian, Hungarian, Indonesian, Zulu ...),
surnames with particles, double names, role mailboxes, foreign mobile
numbers, other internal hosts, tracking and order numbers.

Checks (assertions; the script fails rather than write a wrong label):
  - every labelled identifier validates (python-stdnum, or oracle_lib's
    published-algorithm checks), every other label has its rule's shape;
  - every invalid twin (slots *_bad) fails its check with InvalidChecksum;
  - no unlabelled text holds a valid card number, IBAN or AHV number;
  - positive templates carry at least one label, negative templates none;
  - no e-mail address uses a reserved example domain.

Same line format as blind.jsonl: {"id", "lang", "text", "labels": [{"rule",
"start", "end"}], "hard_negative"}, ids {lang}-b3-NNN, offsets in UTF-16 code
units, end exclusive. Fixed seed; nothing depends on hash order (no set or
dict iteration feeds the random stream), so PYTHONHASHSEED does not matter:
the output is the same on every run.

    python3 scripts/blind3.py          # writes crate/tests/fixtures/blind3.jsonl
"""

from __future__ import annotations

import string
import uuid
from pathlib import Path

import blind_checks as checks
from blind_checks import fold, s10_check
from blind3_templates import ALIASES, T, rule_of
from blind_lib import NAME_LOCALES, address, date_text, td3_passport

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate" / "tests" / "fixtures" / "blind3.jsonl"
SEED = 20270302

# ---- names ------------------------------------------------------------------

# Colleagues, customers and suppliers from elsewhere: Faker locales with
# Latin-script, gender-consistent names.
FOREIGN_LOCALES = ["tr_TR", "pl_PL", "pt_BR", "vi_VN", "ro_RO", "hu_HU", "es_MX", "id_ID", "da_DK", "zu_ZA",
                   "hr_HR", "cs_CZ", "it_IT", "nl_NL", "fr_FR", "de_DE"]

PARTICLE_SURNAMES3 = {
    "de": ["von Siebenthal", "von Rotz", "von Gunten", "zu Guttenberg", "von Moos", "von Hohenberg", "van Beek",
           "von Känel", "de Quervain", "zum Felde"],
    "fr": ["de Pury", "de Coulon", "Le Bihan", "de Saint-Exupéry", "Du Bois", "de Meuron", "Le Gall", "dos Santos",
           "de Villepin", "d'Ormesson"],
    "it": ["De Santis", "Di Lorenzo", "Lo Bianco", "Dalla Torre", "D'Alessandro", "Del Piero", "De Rosa",
           "La Torre", "Dal Bosco", "Di Nardo"],
    "nl": ["van Leeuwen", "van der Heijden", "de Jong", "van Vliet", "van der Wal", "de Boer", "ter Horst",
           "van 't Zand", "Van Hecke", "Vanden Bossche", "de Ruiter", "op den Kamp"],
    "cs": ["van der Linden", "de Jong", "von Trapp", "Di Santo", "O'Neill", "de Oliveira"],
    "en": ["O'Connell", "McKenzie", "van der Berg", "D'Costa", "de Jesus", "le Fevre", "MacLeod", "O'Donnell",
           "Van Buren", "da Costa"],
}
PARTICLES = {"van", "der", "den", "de", "von", "vom", "zur", "zum", "zu", "la", "du", "le", "ter", "'t", "op",
             "dos", "da", "del", "di", "dal", "dalla", "lo"}
HYPHEN_FIRST3 = {
    "de": {"m": ["Franz-Josef", "Jan-Niklas", "Hans-Jürgen"], "f": ["Marie-Luise", "Anne-Kathrin", "Eva-Lotta"]},
    "fr": {"m": ["Jean-François", "Paul-Henri", "Jean-Christophe"], "f": ["Marie-Noëlle", "Anne-Claire", "Marie-Laure"]},
    "it": {"m": [], "f": []},
    "nl": {"m": ["Jan-Hein", "Gert-Jan", "Willem-Alexander"], "f": ["Anne-Wil", "Marie-Louise", "Jet-Marije"]},
    "cs": {"m": [], "f": []},
    "en": {"m": ["Jean-Claude", "Ryan-James"], "f": ["Ellie-May", "Rose-Marie", "Sophie-Ann"]},
}

ROLE_MAILBOXES3 = {
    "de": ["kontakt", "kundendienst", "hr", "rechnungen", "empfang", "schalter"],
    "fr": ["accueil", "clientele", "ressources.humaines", "facturation", "secretariat"],
    "it": ["segreteria", "clienti", "risorse.umane", "fatture", "sportello"],
    "nl": ["servicedesk", "contact", "personeelszaken", "facturen", "balie"],
    "cs": ["kontakt", "zakaznicka.linka", "hr", "uctarna", "podatelna"],
    "en": ["helpdesk", "customercare", "payroll", "invoices", "frontdesk"],
}
# ---- real streets and towns, other than blind_lib's -------------------------

STREETS3 = {
    "de": ["Breite Straße", "Talstraße", "Eichendorffstraße", "Wilhelmstraße", "Marktplatz", "Uhlandstr.",
           "Am Hafen", "Neue Straße", "Bismarckstraße", "Zeppelinstraße"],
    "at": ["Praterstraße", "Sporgasse", "Linzer Gasse", "Maria-Theresien-Straße", "Burggasse", "Taborstraße"],
    "ch": ["Löwenstrasse", "Aeschenvorstadt", "Hirschengraben", "Vadianstrasse", "Bundesgasse", "Stadthausstrasse"],
    "chfr": ["Rue de Carouge", "Avenue d'Ouchy", "Rue du Seyon", "Rue de Lausanne", "Place de la Palud"],
    "chit": ["Via Canova", "Viale Franscini", "Via della Posta", "Piazza Collegiata", "Via Ramogna"],
    "fr": ["rue Mercière", "avenue Foch", "rue Saint-Ferréol", "boulevard de la Liberté", "rue des Carmes",
           "place Kléber", "rue Lafayette", "rue du Palais"],
    "it": ["Via Dante", "Corso Garibaldi", "Via Sparano", "Via Etnea", "Corso Umberto I", "Via Maqueda",
           "Via San Vitale", "Piazza della Signoria"],
    "nl": ["Herengracht", "Neude", "Lijnbaan", "Vrijthof", "Hooglandse Kerkgracht", "Brink", "Wilhelminastraat",
           "Kortestraat"],
    "be": ["Meir", "Vlaamsekaai", "Rue de Flandre", "Hoogstraat", "Brusselsesteenweg", "Naamsestraat"],
    "cz": ["Vodičkova", "Karlova", "Údolní", "Tylova", "Smetanovo nábřeží", "Zámecká", "Purkyňova", "Křižíkova"],
    "gb": ["Bridge Street", "Union Street", "Market Place", "Northgate", "Albion Road", "Green Lane"],
    "us": ["Chestnut Street", "Commonwealth Avenue", "Grand Avenue", "Walnut Street", "Sunset Boulevard", "Canal Street"],
}
TOWNS3 = {
    "de": [("44135", "Dortmund"), ("45127", "Essen"), ("55116", "Mainz"), ("66111", "Saarbrücken"),
           ("18055", "Rostock"), ("37073", "Göttingen"), ("97070", "Würzburg"), ("76133", "Karlsruhe"),
           ("39104", "Magdeburg"), ("52062", "Aachen")],
    "at": [("1020", "Wien"), ("8010", "Graz"), ("4400", "Steyr"), ("6800", "Feldkirch"), ("2700", "Wiener Neustadt"),
           ("3500", "Krems an der Donau")],
    "ch": [("8002", "Zürich"), ("4051", "Basel"), ("9000", "St. Gallen"), ("3011", "Bern"), ("8200", "Schaffhausen"),
           ("6430", "Schwyz"), ("4500", "Solothurn")],
    "chfr": [("1227", "Carouge"), ("1006", "Lausanne"), ("2000", "Neuchâtel"), ("1110", "Morges"), ("1630", "Bulle")],
    "chit": [("6900", "Lugano"), ("6500", "Bellinzona"), ("6850", "Mendrisio"), ("6600", "Muralto")],
    "fr": [("69002", "Lyon"), ("75016", "Paris"), ("13006", "Marseille"), ("67000", "Strasbourg"), ("51100", "Reims"),
           ("29200", "Brest"), ("64000", "Pau"), ("45000", "Orléans")],
    "it": [("20122", "Milano", "MI"), ("70122", "Bari", "BA"), ("95131", "Catania", "CT"), ("90133", "Palermo", "PA"),
           ("43121", "Parma", "PR"), ("40125", "Bologna", "BO"), ("50122", "Firenze", "FI")],
    "nl": [("1017 AB", "Amsterdam"), ("3511 LN", "Utrecht"), ("6211 HP", "Maastricht"), ("9711 GZ", "Groningen"),
           ("7511 JE", "Enschede"), ("5211 KN", "'s-Hertogenbosch"), ("2011 HA", "Haarlem")],
    "be": [("2000", "Antwerpen"), ("1000", "Bruxelles"), ("3000", "Leuven"), ("9000", "Gent"), ("2300", "Turnhout")],
    "cz": [("110 00", "Praha 1"), ("120 00", "Praha 2"), ("130 00", "Praha 3"), ("602 00", "Brno"),
           ("360 01", "Karlovy Vary"), ("586 01", "Jihlava"), ("400 01", "Ústí nad Labem"), ("746 01", "Opava")],
    "gb": [("Sheffield", "S1 2HE"), ("Nottingham", "NG1 2BY"), ("Cardiff", "CF10 1EP"), ("Belfast", "BT1 5GS"),
           ("Exeter", "EX4 3LS"), ("Aberdeen", "AB10 1BL")],
    "us": [("Philadelphia", "PA", "19106"), ("Boston", "MA", "02116"), ("Chicago", "IL", "60605"),
           ("Los Angeles", "CA", "90028"), ("Pittsburgh", "PA", "15222"), ("New Orleans", "LA", "70130")],
}

# ---- internal URLs, other than the earlier corpora's ------------------------

ORGS3 = ["kantonalbank", "assekura", "stadtwerke", "mercatus", "softwerk", "bankhaus-lenz", "gemeinde", "vitaplus"]
INTERNAL_URLS3 = [
    "https://intranet.{org}.local/dokumente/{n}", "http://srv-fs01.{org}.corp/share/Personal/{h}",
    "https://jira.int.{org}.lan/browse/CLAIM-{n}", "http://10.{a}.{b}.{c}:9000/minio/buckets/{h}",
    "https://192.168.{a}.{c}/owa/", "https://172.{s}.{b}.{c}:8200/ui/vault/secrets/kv/{h}",
    "https://teamcity.{org}.internal/buildConfiguration/Core_{n}", "http://printsrv.{org}.lan:631/printers/Etage{a}",
    "https://ticket.{org}.intranet/otrs/index.pl?TicketID={n}", "https://sharepoint.{org}.corp/sites/Vorstand/{h}.docx",
    "http://argocd.platform.svc.cluster.local/applications/{h}", "https://crm.{org}.local/kunden/{n}/notizen",
]
S10_COUNTRY = {"de": "DE", "fr": "FR", "it": "IT", "nl": "NL", "cs": "CZ", "en": "GB"}
MRZ_NATIONS3 = {
    "de": [("D", "de_DE"), ("CHE", "de_CH"), ("POL", "pl_PL"), ("HRV", "hr_HR")],
    "fr": [("FRA", "fr_FR"), ("CHE", "fr_CH"), ("BRA", "pt_BR")],
    "it": [("ITA", "it_IT"), ("CHE", "it_IT"), ("HUN", "hu_HU")],
    "nl": [("NLD", "nl_NL"), ("BEL", "nl_BE"), ("TUR", "tr_TR")],
    "cs": [("CZE", "cs_CZ"), ("SVK", "sk_SK"), ("ROU", "ro_RO")],
    "en": [("GBR", "en_GB"), ("IRL", "en_IE"), ("USA", "en_US"), ("DNK", "da_DK")],
}


class Ctx3(checks.CheckedCtx):
    """blind_lib's value maker with this corpus's own names, addresses,
    internal URLs and negatives' values; it records every invalid twin."""

    spaced_atsv = True

    def foreign_locale(self) -> str:
        own = NAME_LOCALES[self.lang]
        while True:
            loc = self.rng.choice(FOREIGN_LOCALES)
            if loc not in own:
                return loc

    def name(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        base = slot[:-4] if slot.endswith("_rev") else slot
        gender = base[-1] if base.endswith(("_f", "_m")) else rng.choice("mf")
        kind = base.split("_")[1] if "_" in base else ""
        if kind.startswith("x"):
            first, last = self.gendered(self.foreign_locale(), gender)
        elif kind.startswith("p"):
            first = self.gendered(rng.choice(NAME_LOCALES[lang]), gender)[0]
            last = rng.choice(PARTICLE_SURNAMES3[lang])
        elif kind.startswith("h"):
            if lang == "cs":
                gender = "f"
            loc = rng.choice(NAME_LOCALES[lang])
            first, last = self.gendered(loc, gender)
            if HYPHEN_FIRST3[lang][gender] and rng.random() < 0.5:
                first = rng.choice(HYPHEN_FIRST3[lang][gender])
            else:
                second = self.gendered(loc, gender)[1]
                while second == last:
                    second = self.gendered(loc, gender)[1]
                last = last + ("-" if lang != "cs" or rng.random() < 0.5 else " ") + second
        else:
            first, last = self.gendered(rng.choice(NAME_LOCALES[lang]), gender)
        self.last_person = (first, last)
        return f"{last}, {first}" if slot.endswith("_rev") else f"{first} {last}"

    def email(self) -> str:
        rng, lang = self.rng, self.lang
        first, last = self.last_person or self.gendered(rng.choice(NAME_LOCALES[lang]), rng.choice("mf"))
        fi, la = fold(first, lang), fold(last, lang)
        local = rng.choice([f"{fi}.{la}", f"{fi}.{la}", f"{fi}{la}", f"{fi[0]}{la}", f"{la}{fi[0]}",
                            f"{fi}-{la}", f"{la}.{fi}", f"{fi}{rng.randint(70, 99)}"])
        f = self.faker(rng.choice(NAME_LOCALES[lang]))
        domain = f.free_email_domain() if rng.random() < 0.4 else f.domain_name()
        return f"{local}@{domain}"

    def phone_foreign(self, c: str) -> str:
        rng = self.rng
        d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
        k = rng.randrange(3)
        if c == "tr":
            s = "5" + rng.choice(["32", "33", "36", "43", "44", "54", "59"]) + d(7)
            return [f"+90 {s[:3]} {s[3:6]} {s[6:8]} {s[8:]}", f"0{s[:3]} {s[3:6]} {s[6:8]} {s[8:]}", f"+90 {s}"][k]
        if c == "pl":
            s = rng.choice(["50", "51", "60", "69", "73", "79", "88"]) + d(7)
            return [f"+48 {s[:3]} {s[3:6]} {s[6:]}", f"+48 {s[:3]}-{s[3:6]}-{s[6:]}", f"0048 {s}"][k]
        if c == "pt":
            s = rng.choice(["91", "93", "96"]) + d(7)
            return [f"+351 {s[:3]} {s[3:6]} {s[6:]}", f"+351{s}", f"00351 {s[:3]} {s[3:6]} {s[6:]}"][k]
        if c == "ro":
            s = "7" + rng.choice(["2", "3", "4", "5", "6"]) + d(7)
            return [f"+40 {s[:3]} {s[3:6]} {s[6:]}", f"0{s[:3]} {s[3:6]} {s[6:]}", f"+40{s}"][k]
        if c == "sk":
            s = "9" + rng.choice(["02", "05", "10", "15", "44"]) + d(6)
            return [f"+421 {s[:3]} {s[3:6]} {s[6:]}", f"0{s[:3]} {s[3:6]} {s[6:]}", f"+421{s}"][k]
        raise KeyError(c)

    def passport_mrz(self) -> str:
        rng = self.rng
        nat, loc = rng.choice(MRZ_NATIONS3[self.lang])
        sex = rng.choice("MF")
        first, last = self.gendered(loc, sex.lower())
        return td3_passport(rng, nat, first, last, sex, dob_years=(48, 99), expiry_years=(27, 36),
                            no_personal=("D", "CHE"))

    def track(self) -> str:
        rng = self.rng
        k = rng.randrange(4)
        if k == 0:  # UPS
            return "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + "01" + \
                "".join(rng.choice(string.digits) for _ in range(8))
        if k == 1:  # UPU S10 item number of the post's country
            serial = "".join(rng.choice(string.digits) for _ in range(8))
            return rng.choice(["RB", "LY", "CX", "EA"]) + serial + s10_check(serial) + S10_COUNTRY[self.lang]
        if k == 2:  # GLS parcel number
            return "".join(rng.choice(string.digits) for _ in range(11))
        return "JJD" + "".join(rng.choice(string.digits) for _ in range(18))  # DHL Express piece id

    def value(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        if slot.endswith("_bad"):  # invalid twins: blind_checks.CheckedCtx
            return super().value(slot)
        if slot.startswith("name"):
            return self.name(slot)
        if slot == "first":
            return self.gendered(rng.choice(NAME_LOCALES[lang]), rng.choice("mf"))[0]
        if slot == "first_x":
            return self.gendered(self.foreign_locale(), rng.choice("mf"))[0]
        if slot == "last":
            return self.gendered(rng.choice(NAME_LOCALES[lang]), rng.choice("mf"))[1]
        if slot == "email":
            return self.email()
        if slot == "email_org":
            return rng.choice(ROLE_MAILBOXES3[lang]) + "@" + self.faker(rng.choice(NAME_LOCALES[lang])).domain_name()
        if slot.startswith("phone_") and slot[6:] in ("tr", "pl", "pt", "ro", "sk"):
            return self.phone_foreign(slot[6:])
        if slot.startswith(("addr_", "addr2_")):
            c = slot.split("_", 1)[1]
            return address(c, rng, slot.startswith("addr2_"), STREETS3, TOWNS3)
        if slot == "iurl":
            t = rng.choice(INTERNAL_URLS3)
            return t.format(org=rng.choice(ORGS3), n=rng.randint(100, 99999), h=uuid.UUID(int=rng.getrandbits(128)).hex[:12],
                            a=rng.randint(0, 255), b=rng.randint(0, 255), c=rng.randint(1, 254), s=rng.randint(16, 31))
        if slot == "date":
            y, m, d = rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28)
            return date_text(lang, y, m, d, rng)
        if slot[0] == "n" and slot[1:].isdigit():
            k = int(slot[1:])
            return str(rng.randint(10 ** (k - 1), 10 ** k - 1))
        if slot == "ver":
            return f"{rng.randint(1, 17)}.{rng.randint(0, 40)}.{rng.randint(0, 25)}"
        if slot == "sha7":
            return "%07x" % rng.getrandbits(28)
        if slot == "track":
            return self.track()
        if slot == "mrz":
            return self.passport_mrz()
        if slot == "price":
            return f"{rng.randint(5, 2400)}.{rng.choice(['00', '50', '90', '95'])}"
        return super().value(slot)


# ---- checks -----------------------------------------------------------------


def _name_ok(s: str) -> bool:
    words = s.replace(",", " ").split()
    return len(words) >= 2 and all(w[0].isupper() or w in PARTICLES or w.startswith("d'") for w in words)


SHAPE = {
    **checks.SHAPE,
    "email": checks.mail_shape("[a-z0-9._-]"),
    "person_name": _name_ok,
    "classification_marker": lambda s: s.strip() == s and len(s) >= 5,
}


def build(seed: int = SEED) -> list[dict]:
    return checks.build(seed, "b3", T, Ctx3, rule_of, ALIASES, SHAPE)


def main() -> None:
    checks.write(build(), OUT, ROOT)


if __name__ == "__main__":
    main()
