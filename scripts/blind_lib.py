"""Values and rendering shared by the blind corpus generators (blind.py,
blind2.py, blind3.py; their label checks are in blind_checks.py): real streets and towns, phone numbers in each numbering plan,
dates in each language's usual forms, identifiers from Faker checked by
python-stdnum (and their invalid twins), secrets from oracle_lib, and the
template renderer. The templates and the slot-to-rule mapping belong to each
generator, so that one corpus's phrasing never leaks into the other.

Template tokens: «slot» is a value made by Ctx.value(slot), labelled with
rule_of(slot) when that is not None; ⟦alias|literal⟧ is a literal, labelled
with aliases.get(alias, alias) when that is not empty.
"""

from __future__ import annotations

import random
import re
import string
import uuid
from typing import Callable

from faker import Faker

import oracle_lib as o
import vectors as v

LANGS = ["de", "fr", "it", "nl", "cs", "en"]
NAME_LOCALES = {"de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_CH"], "it": ["it_IT"],
                "nl": ["nl_NL", "nl_BE"], "cs": ["cs_CZ"], "en": ["en_GB", "en_US", "en_IE"]}

# ---- addresses: real streets and towns (postcodes of those towns) ---------

STREETS = {
    "de": ["Hauptstraße", "Lindenallee", "Goethestraße", "Bahnhofstraße", "Schillerstr.", "Kastanienweg",
           "Friedrich-Ebert-Straße", "Mühlenweg", "Rosenstraße", "Am Markt"],
    "at": ["Mariahilfer Straße", "Herrengasse", "Getreidegasse", "Linzer Straße", "Schulgasse", "Hauptplatz"],
    "ch": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Marktgasse", "Rütistrasse", "Kramgasse"],
    "chfr": ["Rue du Marché", "Avenue de la Gare", "Rue de l'Hôpital", "Chemin des Vignes", "Rue de Lausanne"],
    "chit": ["Via Nassa", "Piazza Grande", "Viale Stazione", "Via Cantonale", "Via Motta"],
    "fr": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "place du Marché",
           "rue Nationale", "allée des Tilleuls", "rue Victor Hugo", "impasse des Lilas"],
    "it": ["Via Garibaldi", "Corso Vittorio Emanuele II", "Piazza Navona", "Via dei Mille", "Viale Europa",
           "Via Roma", "Via Mazzini"],
    "nl": ["Keizersgracht", "Oudegracht", "Coolsingel", "Grote Markt", "Stationsplein", "Dorpsstraat", "Kerkstraat"],
    "be": ["Meir", "Veldstraat", "Rue Neuve", "Bondgenotenlaan", "Kerkstraat", "Stationsstraat"],
    "cz": ["Vinohradská", "Masarykova", "Náměstí Míru", "Dlouhá", "Palackého", "Nádražní", "Husova"],
    "gb": ["High Street", "Station Road", "Church Lane", "Queen Street", "Victoria Road", "Mill Lane"],
    "us": ["Market Street", "5th Avenue", "Lakeshore Drive", "Main Street", "Oak Avenue", "Elm Street"],
}
TOWNS = {
    "de": [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"), ("04109", "Leipzig"),
           ("70173", "Stuttgart"), ("90402", "Nürnberg"), ("01067", "Dresden"), ("48143", "Münster"),
           ("79098", "Freiburg im Breisgau")],
    "at": [("1070", "Wien"), ("8010", "Graz"), ("5020", "Salzburg"), ("4020", "Linz"), ("6020", "Innsbruck"),
           ("9020", "Klagenfurt am Wörthersee")],
    "ch": [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"),
           ("8400", "Winterthur")],
    "chfr": [("1204", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel"), ("1700", "Fribourg"), ("1950", "Sion")],
    "chit": [("6900", "Lugano"), ("6600", "Locarno"), ("6500", "Bellinzona"), ("6850", "Mendrisio")],
    "fr": [("69002", "Lyon"), ("31000", "Toulouse"), ("75011", "Paris"), ("67000", "Strasbourg"), ("59000", "Lille"),
           ("44000", "Nantes"), ("13001", "Marseille"), ("33000", "Bordeaux")],
    "it": [("20121", "Milano", "MI"), ("10123", "Torino", "TO"), ("00186", "Roma", "RM"), ("80121", "Napoli", "NA"),
           ("40125", "Bologna", "BO"), ("50122", "Firenze", "FI")],
    "nl": [("1015 CJ", "Amsterdam"), ("3511 AB", "Utrecht"), ("3011 AD", "Rotterdam"), ("9711 LV", "Groningen"),
           ("5611 AB", "Eindhoven"), ("2511 BT", "Den Haag")],
    "be": [("2000", "Antwerpen"), ("9000", "Gent"), ("1000", "Bruxelles"), ("3000", "Leuven"), ("8000", "Brugge")],
    "cz": [("120 00", "Praha 2"), ("602 00", "Brno"), ("301 00", "Plzeň"), ("110 00", "Praha 1"),
           ("779 00", "Olomouc"), ("702 00", "Ostrava")],
    "gb": [("London", "NW1 6XE"), ("Oxford", "OX1 4AA"), ("Cambridge", "CB1 2JW"), ("Edinburgh", "EH2 1JX"),
           ("Bath", "BA1 1LZ"), ("Manchester", "M1 1AE")],
    "us": [("San Francisco", "CA", "94103"), ("New York", "NY", "10110"), ("Chicago", "IL", "60616"),
           ("Boston", "MA", "02108"), ("Seattle", "WA", "98101"), ("Austin", "TX", "78701")],
}


def address(c: str, rng: random.Random, two_lines: bool, streets: dict | None = None, towns: dict | None = None) -> str:
    """A street address in country c's usual layout; `streets` and `towns`
    default to the lists above (a generator may bring its own)."""
    street, town = rng.choice((streets or STREETS)[c]), rng.choice((towns or TOWNS)[c])
    no = str(rng.randint(1, 140))
    sep = "\n" if two_lines else ", "
    if c == "fr":
        return f"{no}{rng.choice(['', '', ' bis'])} {street}{sep}{town[0]} {town[1]}"
    if c == "it":
        if rng.random() < 0.5:
            return f"{street}, {no}{sep}{town[0]} {town[1]} ({town[2]})"
        return f"{street} {no}{sep}{town[0]} {town[1]}"
    if c == "cz":
        if town[1].startswith("Praha"):
            no = f"{rng.randint(100, 2500)}/{rng.randint(1, 60)}"
        return f"{street} {no}{sep}{town[0]} {town[1]}"
    if c == "gb":
        return f"{no} {street}{sep}{town[0]} {town[1]}"
    if c == "us":
        return f"{rng.randint(10, 4999)} {street}{sep}{town[0]}, {town[1]} {town[2]}"
    return f"{street} {no}{sep}{town[0]} {town[1]}"


# ---- phone numbers in each numbering plan -----------------------------------

def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def phone(c: str, rng: random.Random) -> str:
    d = lambda n: digits(rng, n)  # noqa: E731
    k = rng.randrange(4)
    if c == "de":
        area, sub = rng.choice([("30", 8), ("89", 7), ("40", 8), ("221", 7), ("171", 7), ("151", 8), ("160", 7)])
        s = d(sub)
        return [f"0{area} {s}", f"+49 {area} {s}", f"0{area}/{s}", f"+49 (0){area} {s}"][k]
    if c == "at":
        area, s = rng.choice([("1", d(7)), ("664", d(7)), ("316", d(6)), ("699", d(8))])
        return [f"0{area} {s}", f"+43 {area} {s}", f"0{area}/{s}", f"+43 {area} {s[:3]} {s[3:]}"][k]
    if c == "ch":
        area = rng.choice(["44", "31", "61", "79", "78", "76", "21", "91"])
        s = d(7)
        g = f"{s[:3]} {s[3:5]} {s[5:]}"
        return [f"0{area} {g}", f"+41 {area} {g}", f"0041 {area} {g}", f"+41{area}{s}"][k]
    if c == "fr":
        first = rng.choice("1234567")
        s = first + d(8)
        pairs = " ".join(s[i:i + 2] for i in range(1, 9, 2))
        return [f"0{first} {pairs}", f"+33 {first} {pairs}", f"0{first}.{pairs.replace(' ', '.')}",
                f"+33 (0){first} {pairs}"][k]
    if c == "it":
        if rng.random() < 0.5:
            s = rng.choice(["333", "347", "328", "340"]) + d(7)
            return [f"{s[:3]} {s[3:6]} {s[6:]}", f"+39 {s[:3]} {s[3:]}", f"{s}", f"+39 {s[:3]} {s[3:6]} {s[6:]}"][k]
        area = rng.choice(["02", "06", "011", "055"])
        s = d(8 if len(area) == 2 else 7)
        return [f"{area} {s[:4]} {s[4:]}", f"+39 {area} {s}", f"{area}/{s}", f"+39 {area} {s[:4]} {s[4:]}"][k]
    if c == "nl":
        if rng.random() < 0.5:
            s = d(8)
            return [f"06-{s}", f"+31 6 {s}", f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"+316{s}"][k]
        area = rng.choice(["20", "10", "30", "70"])
        s = d(7)
        return [f"0{area}-{s}", f"+31 {area} {s[:3]} {s[3:]}", f"0{area} {s[:3]} {s[3:]}", f"+31 (0){area} {s}"][k]
    if c == "be":
        if rng.random() < 0.5:
            s = d(6)
            m = rng.choice(["470", "471", "475", "486", "498"])
            return [f"0{m} {s[:2]} {s[2:4]} {s[4:]}", f"+32 {m} {s[:2]} {s[2:4]} {s[4:]}", f"0{m}/{s}", f"+32{m}{s}"][k]
        area, s = rng.choice([("3", d(7)), ("2", d(7)), ("9", d(7))])
        return [f"0{area} {s[:3]} {s[3:5]} {s[5:]}", f"+32 {area} {s[:3]} {s[3:5]} {s[5:]}", f"0{area}/{s}",
                f"+32 {area} {s}"][k]
    if c == "cz":
        s = rng.choice(["602", "603", "605", "724", "777", "224", "543"]) + d(6)
        return [f"{s[:3]} {s[3:6]} {s[6:]}", f"+420 {s[:3]} {s[3:6]} {s[6:]}", f"+420{s}", f"00420 {s[:3]} {s[3:6]} {s[6:]}"][k]
    if c == "gb":
        if rng.random() < 0.5:
            s = "7" + rng.choice(["4", "5", "7", "8", "9"]) + d(8)
            return [f"0{s[:4]} {s[4:]}", f"+44 {s[:4]} {s[4:]}", f"0{s}", f"+44 (0){s[:4]} {s[4:]}"][k]
        s = d(8)
        return [f"020 {s[:4]} {s[4:]}", f"+44 20 {s[:4]} {s[4:]}", f"(020) {s[:4]} {s[4:]}", f"+44 20 {s[:4]} {s[4:]}"][k]
    if c == "us":
        area = rng.choice(["415", "212", "312", "617", "206", "512"])
        ex = str(rng.randint(201, 989))
        ln = "".join(rng.choice("0123456789") for _ in range(4))
        return [f"({area}) {ex}-{ln}", f"+1 {area} {ex} {ln}", f"{area}-{ex}-{ln}", f"+1 ({area}) {ex}-{ln}"][k]
    raise KeyError(c)


# ---- dates ---------------------------------------------------------------

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def date_text(lang: str, y: int, m: int, d: int, rng: random.Random) -> str:
    mn = MONTHS[lang][m - 1]
    forms = {
        "de": [f"{d:02d}.{m:02d}.{y}", f"{d}. {mn} {y}", f"{d}.{m}.{y}"],
        "fr": [f"{d:02d}/{m:02d}/{y}", f"{'1er' if d == 1 else d} {mn} {y}", f"{d:02d}.{m:02d}.{y}"],
        "it": [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}"],
        "nl": [f"{d:02d}-{m:02d}-{y}", f"{d} {mn} {y}", f"{d}/{m}/{y}"],
        "cs": [f"{d}. {m}. {y}", f"{d}. {mn} {y}", f"{d:02d}.{m:02d}.{y}"],
        "en": [f"{d} {mn} {y}", f"{mn} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"],
    }[lang]
    return rng.choice(forms)


# ---- identifiers -------------------------------------------------------------

def fmt_iban(s: str, rng: random.Random) -> str:
    return s if rng.random() < 0.35 else v.group4(s)


def mutate(value: str, check: Callable[[str], object], positions: list[int], rng: random.Random) -> str:
    """One digit changed so that the check fails with InvalidChecksum (and
    only that: format and structure stay right)."""
    positions = list(positions)
    rng.shuffle(positions)
    for i in positions:
        for dgt in rng.sample("0123456789", 10):
            if dgt == value[i]:
                continue
            cand = value[:i] + dgt + value[i + 1:]
            try:
                check(cand)
            except o.InvalidChecksum:
                return cand
            except o.ValidationError:
                continue
    raise ValueError(f"no checksum-only twin for {value}")


def td3_passport(rng: random.Random, nat: str, first: str, last: str, sex: str,
                 dob_years: tuple[int, int] = (50, 99), expiry_years: tuple[int, int] = (27, 36),
                 no_personal: tuple[str, ...] = ("D",)) -> str:
    """The two lines of an ICAO 9303 TD3 passport MRZ for this person
    (oracle_lib.Mrz builds the check digits). `nat` is the issuing state
    code; states in `no_personal` leave the personal number empty, the
    others fill it half of the time."""
    code = nat.ljust(3, "<")
    line1 = ("P<" + code + o.mrz_name(last) + "<<" + o.mrz_name(first)).ljust(44, "<")[:44]
    number = rng.choice("CFGHJKLMNPRTVWXYZ") + "".join(rng.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
    dob = f"{rng.randint(*dob_years):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    expiry = f"{rng.randint(*expiry_years)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    personal = "" if nat in no_personal else "".join(rng.choice("0123456789") for _ in range(rng.choice([0, 9])))
    return line1 + "\n" + o.Mrz.line2(number, code, dob, sex, expiry, personal)


def digit_pos(s: str, start: int = 0) -> list[int]:
    return [i for i, c in enumerate(s) if c.isdigit() and i >= start]


REAL_BICS = ["UBSWCHZH80A", "POFICHBEXXX", "ZKBKCHZZ80A", "DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A",
             "RABONL2U", "GIBACZPX", "KOMBCZPP", "UNCRITMM", "BCITITMM", "BARCGB22", "RZBAATWW", "GEBABEBB", "BCEELULL"]
IBAN_FAKER = {"ch": "de_CH", "de": "de_DE", "at": "de_AT", "fr": "fr_FR", "it": "it_IT", "nl": "nl_NL",
              "be": "nl_BE", "cz": "cs_CZ", "gb": "en_GB", "es": "es_ES", "pl": "pl_PL"}
IBAN_OWN = {"li": 17, "lu": 16}
VAT_CC = {"vat_de": "DE", "vat_at": "AT", "vat_fr": "FR", "vat_it": "IT", "vat_nl": "NL", "vat_be": "BE", "vat_cz": "CZ"}
PUBLIC_FIRST_OCTETS = [31, 46, 62, 77, 80, 81, 85, 91, 94, 109, 145, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]
INTERNAL_URLS = [
    "https://confluence.acme.corp/display/FIN/Budget+{n}", "http://grafana.internal:3000/d/{h}/latency",
    "https://gitlab.firma.local/team/app/-/merge_requests/{n}", "http://10.{a}.{b}.{c}:8080/admin",
    "http://192.168.{a}.{c}/status", "https://172.{s}.{b}.{c}:8443/api/health",
    "https://sharepoint.corp/sites/HR/Shared%20Documents/Plan-{n}.xlsx", "http://nas.lan:5000/share/{h}",
    "https://kibana.prod.internal/app/discover#/view/{h}", "https://jira.corp/browse/OPS-{n}",
]


class Ctx:
    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang, self.rng = lang, rng
        self.fk: dict[str, Faker] = {}
        self.last_person: tuple[str, str] | None = None
        self.mrz = v.mrz_values(random.Random(rng.random()))

    def faker(self, loc: str) -> Faker:
        if loc not in self.fk:
            self.fk[loc] = v.faker(loc, self.rng.randint(0, 10**9))
        return self.fk[loc]

    def person(self, gender: str | None = None) -> tuple[str, str]:
        f = self.faker(self.rng.choice(NAME_LOCALES[self.lang]))
        gender = gender or self.rng.choice("mf")
        if gender == "m":
            first = f.first_name_male()
            last = f.last_name_male() if hasattr(f, "last_name_male") else f.last_name()
        else:
            first = f.first_name_female()
            last = f.last_name_female() if hasattr(f, "last_name_female") else f.last_name()
        return first, last

    def iban(self, c: str) -> str:
        if c in IBAN_OWN:
            bban = "".join(self.rng.choice("0123456789") for _ in range(IBAN_OWN[c]))
            cc = c.upper()
            val = cc + o.std_iban.calc_check_digits(cc + "00" + bban) + bban
        else:
            val = self.faker(IBAN_FAKER[c]).iban()
        o.std_iban.validate(val)
        return val

    def card(self) -> str:
        f = self.faker("en_GB")
        while True:
            kind = self.rng.choice(["visa", "visa", "mastercard", "mastercard", "amex"])
            num = f.credit_card_number(kind)
            if o.Card.issuer(num) == kind:
                o.Card.validate(num)
                return num

    def vat(self, cc: str) -> str:
        shape = v.VAT_SHAPES[cc]
        while True:
            cand = "".join(self.rng.choice("0123456789") if ch == "#" else ch for ch in shape)
            if o.std_eu_vat.is_valid(cand):
                return cand

    def value(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        if slot in ("name", "name_f", "name_m"):
            first, last = self.person({"name_f": "f", "name_m": "m"}.get(slot))
            self.last_person = (first, last)
            return f"{first} {last}"
        if slot == "name_rev":
            first, last = self.person()
            return f"{last}, {first}"
        if slot == "first":
            return self.person()[0]
        if slot == "email":
            # the address of the person named earlier in the post, if any
            first, last = self.last_person or self.person()
            f = self.faker(rng.choice(NAME_LOCALES[lang]))
            local = (o.mrz_name(first).lower().replace("<", "") + rng.choice([".", "_", ""]) +
                     o.mrz_name(last).lower().replace("<", ""))
            if rng.random() < 0.3:
                local = local[0] + "." + o.mrz_name(last).lower().replace("<", "")
            return local + "@" + (f.free_email_domain() if rng.random() < 0.4 else f.domain_name())
        if slot.startswith("phone_"):
            return phone(slot[6:], rng)
        if slot.startswith("addr_"):
            return address(slot[5:], rng, False)
        if slot.startswith("addr2_"):
            return address(slot[6:], rng, True)
        if slot.startswith("iban_") and slot != "iban_bad":
            return fmt_iban(self.iban(slot[5:]), rng)
        if slot == "iban_bad":
            good = self.iban(rng.choice(list(IBAN_FAKER)))
            return v.group4(mutate(good, o.std_iban.validate, digit_pos(good, 4), rng))
        if slot == "card":
            num = self.card()
            if len(num) == 15:
                return rng.choice([num, v.group(num, [4, 6, 5])])
            return rng.choice([num, v.group4(num), v.group4(num).replace(" ", "-")])
        if slot == "card_bad":
            num = self.card()
            return v.group4(mutate(num, o.Card.validate, digit_pos(num, 6), rng))
        if slot == "bic":
            if rng.random() < 0.6:
                val = rng.choice(REAL_BICS)
            else:
                val = self.faker(rng.choice(list(IBAN_FAKER.values()))).swift(length=rng.choice([8, 11]))
            o.std_bic.validate(val)
            return val
        if slot == "ahv":
            val = self.faker("de_CH").ssn()
            o.std_ch_ssn.validate(val)
            dg = val.replace(".", "")
            return rng.choice([val, val, dg, v.group(dg, [3, 4, 4, 2])])
        if slot == "ahv_bad":
            val = self.faker("de_CH").ssn()
            return mutate(val, o.std_ch_ssn.validate, digit_pos(val, 4), rng)
        if slot == "uid":
            val = self.faker("fr_CH").uid()
            while not o.std_ch_uid.is_valid(val):  # Faker's uid() can end on an impossible check digit
                val = self.faker("fr_CH").uid()
            return rng.choice([val, val, val.replace("-", "").replace(".", "")])
        if slot == "detax":
            val, _ = next(v.de_tax_values(random.Random(rng.random())))
            val = val.replace(" ", "")
            o.std_de_idnr.validate(val)
            return rng.choice([val, v.group(val, [2, 3, 3, 3])])
        if slot == "detax_bad":
            val = next(v.de_tax_values(random.Random(rng.random())))[0].replace(" ", "")
            return v.group(mutate(val, o.std_de_idnr.validate, digit_pos(val), rng), [2, 3, 3, 3])
        if slot == "desv":
            f = self.faker("de_DE")
            while True:
                val = f.rvnr()
                try:
                    o.DeSvnr.validate(val)
                    break
                except o.ValidationError:
                    continue
            return rng.choice([val, f"{val[:2]} {val[2:8]} {val[8]} {val[9:]}"])
        if slot == "atsv":
            val = self.faker("de_AT").ssn()
            o.std_at_vnr.validate(val)
            return rng.choice([val, f"{val[:4]} {val[4:]}"])
        if slot == "bsn":
            val = self.faker("nl_NL").ssn()
            o.std_nl_bsn.validate(val)
            return rng.choice([val, f"{val[:4]}.{val[4:6]}.{val[6:]}", v.group(val, [3, 3, 3])])
        if slot == "bsn_bad":
            val = self.faker("nl_NL").ssn()
            return mutate(val, o.std_nl_bsn.validate, digit_pos(val), rng)
        if slot in ("rc", "rc_bad"):
            f = self.faker("cs_CZ")
            while True:
                val = f.birth_number()
                if len(val) == 11:
                    break
            if slot == "rc_bad":
                return mutate(val, o.std_cz_rc.validate, digit_pos(val, 7), rng)
            o.std_cz_rc.validate(val)
            return val if rng.random() < 0.7 else val.replace("/", "")
        if slot in ("ico", "ico_bad"):
            while True:
                val = "".join(rng.choice("0123456789") for _ in range(8))
                if o.std_cz_dic.is_valid(val):
                    break
            if slot == "ico_bad":
                return mutate(val, o.std_cz_dic.validate, digit_pos(val), rng)
            return val if rng.random() < 0.75 else v.group(val, [3, 2, 3])
        if slot in VAT_CC or slot == "vat":
            cc = VAT_CC.get(slot) or rng.choice(["DE", "AT", "FR", "IT", "NL", "BE", "CZ", "DK", "SE", "PL", "LU", "ES"])
            val = self.vat(cc)
            if cc in ("DE", "FR", "IT", "CZ") and rng.random() < 0.35:
                val = val[:2] + " " + val[2:]
            return val
        if slot == "vat_bad":
            cc = rng.choice(["DE", "AT", "FR", "IT", "NL", "BE", "CZ"])
            val = self.vat(cc)
            return mutate(val, o.std_eu_vat.validate, digit_pos(val, 3), rng)
        if slot == "mrz":
            val, _ = next(self.mrz)
            o.Mrz.validate(val)
            return val
        if slot == "dob":
            y, m, d = rng.randint(1942, 2006), rng.randint(1, 12), rng.randint(1, 28)
            return date_text(lang, y, m, d, rng)
        if slot == "ip":
            return f"{rng.choice(PUBLIC_FIRST_OCTETS)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if slot == "ip6":
            groups = [rng.choice(["2a02", "2a01", "2001", "2a00"]), f"{rng.randint(0x1000, 0xffff):x}",
                      f"{rng.randint(0x1000, 0xffff):x}", f"{rng.randint(0, 0xffff):x}"]
            return ":".join(groups) + "::" + f"{rng.randint(1, 0xffff):x}"
        if slot == "iurl":
            t = rng.choice(INTERNAL_URLS)
            return t.format(n=rng.randint(100, 9999), h=uuid.UUID(int=rng.getrandbits(128)).hex[:10],
                            a=rng.randint(0, 255), b=rng.randint(0, 255), c=rng.randint(1, 254), s=rng.randint(16, 31))
        if slot == "aws":
            return o.aws_key(rng)
        if slot == "gh":
            return o.github_token(rng, rng.choice(["ghp_", "ghp_", "gho_", "ghs_"]))
        if slot == "slack":
            return o.slack_token(rng).replace("xoxb-", rng.choice(["xoxb-", "xoxb-", "xoxp-"]), 1)
        if slot == "gkey":
            return o.google_key(rng)
        if slot == "pem":
            return o.pem_key(rng)
        if slot == "jwt":
            return o.jwt(rng, " ".join(self.person()))
        if slot == "pw":
            while True:
                pw = o.password(rng)
                if not pw[0] in "!#%&*?@":  # would need quoting in YAML/.env
                    return pw
        if slot == "aws_secret":  # 40 characters of base64, as AWS issues them
            return "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(40))
        if slot == "secret":
            return o.high_entropy(rng, rng.choice([32, 40, 48]))
        if slot == "sha":
            return "%040x" % rng.getrandbits(160)
        if slot == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        raise KeyError(f"unknown slot {slot!r}")


TOKEN = re.compile(r"«(\w+)»|⟦(\w+)\|([^⟧]*)⟧")


def render(template: str, ctx: Ctx, rule_of: Callable[[str], str | None],
           aliases: dict[str, str]) -> tuple[str, list[dict]]:
    """Fills a template; labels carry UTF-16 offsets, end exclusive."""
    out, labels, pos = [], [], 0
    for m in TOKEN.finditer(template):
        out.append(template[pos:m.start()])
        pos = m.end()
        if m.group(1):
            text, rule = ctx.value(m.group(1)), rule_of(m.group(1))
        else:
            text, rule = m.group(3), aliases.get(m.group(2), m.group(2))
        if rule:
            start = o.utf16_len("".join(out))
            labels.append({"rule": rule, "start": start, "end": start + o.utf16_len(text)})
        out.append(text)
    out.append(template[pos:])
    return "".join(out), labels
