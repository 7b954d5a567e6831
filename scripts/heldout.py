#!/usr/bin/env python3
"""Generates the held-out labelled corpus crate/tests/fixtures/heldout.jsonl.

The first corpus (corpus.jsonl) was read while five rules were tuned
(customer_relationship, phone, secret_password_assignment, person_name,
postal_address), so its recall is an upper bound. This corpus is written from
new templates (scripts/heldout_templates.py) and new value formats, by someone
who read neither the detectors nor the first corpus's templates; it is meant
to be measured, never tuned against.

Same line format as corpus.jsonl: {"id", "lang", "text", "labels": [{"rule",
"start", "end"}], "hard_negative"}, offsets in UTF-16 code units. Values come
from Faker (the language's locales) and python-stdnum; identifiers reuse the
validated streams of scripts/vectors.py; hard negatives with a wrong check
digit are made by vectors.mutate and each is checked to be rejected by stdnum
(or, for cards, by the Luhn/issuer oracle).

Deterministic: fixed seed, pinned Faker and python-stdnum, PYTHONHASHSEED=0.

    pip install -r scripts/requirements.txt
    python3 scripts/heldout.py
"""

from __future__ import annotations

import argparse
import collections
import datetime
import hashlib
import json
import os
import random
import re
import string
import sys
import uuid
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from faker import Faker  # noqa: E402
from stdnum import ean as std_ean  # noqa: E402
from stdnum import isbn as std_isbn  # noqa: E402
from stdnum import luhn as std_luhn  # noqa: E402

import oracle_lib as o  # noqa: E402
import vectors as v  # noqa: E402
from heldout_templates import NEG, POS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate" / "tests" / "fixtures" / "heldout.jsonl"
SEED = 20270315
POSTS_PER_LANG = 100
HARD_NEGATIVE_SHARE = 0.36

LOCALES = {
    "de": ["de_DE", "de_CH", "de_AT"],
    "fr": ["fr_FR", "fr_CH"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "cs": ["cs_CZ"],
    "en": ["en_GB", "en_IE"],
}
IBAN_LOCALES = {
    "de": ["de_CH", "de_DE", "de_AT"], "fr": ["fr_FR", "fr_CH", "nl_BE"], "it": ["it_IT", "de_CH"],
    "nl": ["nl_NL", "nl_BE"], "cs": ["cs_CZ", "sk_SK"], "en": ["en_GB", "en_IE", "nl_NL"],
}
VAT_COUNTRIES = {"de": ["DE", "AT"], "fr": ["FR", "BE", "LU"], "it": ["IT"], "nl": ["NL", "BE"],
                 "cs": ["CZ", "SK"], "en": ["IE", "NL", "DE", "FR"]}

# Phone numbers as people write them, numbering-plan lengths respected.
# '#' any digit, '%' 1-9. Written independently of the first corpus: more
# separators (slash, dash, dots), the '(0)' of international signatures, and
# the 00 prefix.
PHONES = {
    "DE": ["030 %#######", "030/%######", "0171 %######", "0160-%#######", "+49 (0)40 %#######",
           "+49 176 %#######", "0049 89 %#######", "0221 %## ## ##"],
    "CH": ["031 %## ## ##", "078 %## ## ##", "+41 (0)61 %## ## ##", "+41 76 %## ## ##", "0041 44 %## ## ##",
           "022 %## ## ##"],
    "AT": ["0660 %######", "01/%######", "+43 (0)1 %######", "+43 676 %######", "0316 %#####"],
    "FR": ["06 %# ## ## ##", "06.%#.##.##.##", "+33 (0)6 %# ## ## ##", "+33 4 %# ## ## ##", "01 %# ## ## ##",
           "07%#######"],
    "IT": ["333 %######", "+39 320 %######", "+39 06 %#######", "02 %#######", "348-%######"],
    "NL": ["06-%#######", "06 %# ## ## ##", "+31 (0)20 %## ####", "+31 6 %#######", "010-%######"],
    "BE": ["0475 %# ## ##", "+32 (0)2 %## ## ##", "09 %## ## ##", "+32 486 %# ## ##"],
    "CZ": ["777 %## ###", "+420 603 %## ###", "00420 2%# ### ###", "731%#####", "+420 739 %## ###"],
    "GB": ["07700 900%##", "+44 7700 900%##", "+44 (0)20 7946 0%##", "0161 496 0%##", "0113 496 0%##"],
    "IE": ["087 %## ####", "+353 1 %## ####", "+353 85 %## ####", "01 %## ####"],
}
COUNTRY = {"de_DE": "DE", "de_CH": "CH", "de_AT": "AT", "fr_FR": "FR", "fr_CH": "CH", "it_IT": "IT",
           "nl_NL": "NL", "nl_BE": "BE", "cs_CZ": "CZ", "en_GB": "GB", "en_IE": "IE"}

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_text(lang: str, d: datetime.date, rng: random.Random) -> str:
    m = MONTHS[lang][d.month - 1]
    forms = {
        "de": [f"{d:%d.%m.%Y}", f"{d.day}.{d.month}.{d.year}", f"{d.day}. {m} {d.year}"],
        "fr": [f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}", f"{d.day} {m} {d.year}"],
        "it": [f"{d:%d/%m/%Y}", f"{d.day}/{d.month}/{d.year}", f"{d.day} {m} {d.year}"],
        "nl": [f"{d:%d-%m-%Y}", f"{d.day}-{d.month}-{d.year}", f"{d.day} {m} {d.year}"],
        "cs": [f"{d.day}. {d.month}. {d.year}", f"{d.day}.{d.month}.{d.year}", f"{d.day}. {m} {d.year}"],
        "en": [f"{d:%d/%m/%Y}", f"{ordinal(d.day)} {m} {d.year}", f"{d:%Y-%m-%d}", f"{d.day} {m[:3]} {d.year}"],
    }[lang]
    return rng.choice(forms)


BRANDS = ["Tommy Hilfiger", "Giorgio Armani", "Dolce & Gabbana", "Yves Saint Laurent", "Carolina Herrera",
          "Jean Paul Gaultier", "Marc Jacobs", "Michael Kors", "Stella McCartney", "Vivienne Westwood"]
# Real towns for unlabelled place names (Faker's en_GB towns, "North
# Yvonnefurt", are built from first names and no one writes them). Some look
# like a person's name on purpose: they must stay silent.
TOWNS = {
    "de": ["Winterthur", "St. Gallen", "Bad Homburg", "Wiener Neustadt", "Frankfurt am Main", "Sankt Pölten",
           "Schaffhausen", "Lüneburg"],
    "fr": ["Saint-Étienne", "Lausanne", "La Chaux-de-Fonds", "Saint-Denis", "Villeneuve", "Aix-en-Provence",
           "Fribourg", "Lille"],
    "it": ["San Giovanni Rotondo", "Lugano", "Santa Margherita Ligure", "Bergamo", "Reggio Emilia", "Bellinzona"],
    "nl": ["Den Bosch", "Sint-Niklaas", "Alphen aan den Rijn", "Zwolle", "Heerlen", "Sint Maarten"],
    "cs": ["Hradec Králové", "Karlovy Vary", "Jindřichův Hradec", "Brno", "Ústí nad Labem", "Havlíčkův Brod"],
    "en": ["Milton Keynes", "Port Talbot", "Stoke-on-Trent", "Bury St Edmunds", "St Albans", "Leeds",
           "Kingston upon Thames"],
}
PW_WORDS = {
    "de": ["Kaffeetasse", "Schneeball", "Fahrrad", "Zugspitze", "Apfelbaum"],
    "fr": ["Croissant", "Papillon", "Montagne", "Citron", "Lavande"],
    "it": ["Girasole", "Pomodoro", "Farfalla", "Dolomiti", "Limone"],
    "nl": ["Fietsbel", "Molenwiek", "Stroopwafel", "Tulpenveld", "Grachten"],
    "cs": ["Kocicka", "Vltava", "Snezka", "Pivovar", "Jablko"],
    "en": ["Teapot", "Lighthouse", "Bluebell", "Thunder", "Marmalade"],
}
PRICES = {"de": ["{a},50 €", "CHF {a}.–", "€ {a},-"], "fr": ["{a},00 €", "{a} CHF", "{a} €"],
          "it": ["{a},00 €", "€ {a}", "{a} euro"], "nl": ["€ {a},-", "€{a},99", "{a} euro"],
          "cs": ["{a} Kč", "{a},- Kč", "{a} 500 Kč"], "en": ["£{a}", "£{a}.50", "€{a}.00"]}


class Filler:
    """Values for one language."""

    def __init__(self, lang: str, seed: int) -> None:
        self.lang = lang
        self.rng = random.Random(seed)
        self.fakers = [self._faker(loc, seed + i) for i, loc in enumerate(LOCALES[lang])]
        self.iban_fakers = [self._faker(loc, seed + 50 + i) for i, loc in enumerate(IBAN_LOCALES[lang])]
        self.gens = {g.rule: g for g in v.GENS}
        self.streams = {rule: g.make(random.Random(seed + 100 + k)) for k, (rule, g) in enumerate(self.gens.items())}

    @staticmethod
    def _faker(loc: str, seed: int) -> Faker:
        f = Faker(loc)
        f.seed_instance(seed)
        return f

    def _pick(self) -> tuple[Faker, str]:
        i = self.rng.randrange(len(self.fakers))
        return self.fakers[i], LOCALES[self.lang][i]

    @property
    def f(self) -> Faker:
        return self._pick()[0]

    def from_stream(self, rule: str) -> str:
        while True:
            value, _ = next(self.streams[rule])
            if self.gens[rule].verdict(value) is None:
                return value

    def bad(self, rule: str) -> str:
        """A value of `rule` with one digit changed; the oracle must reject it
        with InvalidChecksum."""
        while True:
            bad = v.mutate(self.gens[rule], self.from_stream(rule), self.rng)
            if bad:
                assert self.gens[rule].verdict(bad[0]) == "InvalidChecksum", (rule, bad)
                return bad[0]

    # ---- labelled kinds
    def _first_last(self, sex: str) -> tuple[str, str]:
        f = self.f
        if sex == "f":
            first = f.first_name_female()
            last = f.last_name_female() if hasattr(f, "last_name_female") else f.last_name()
        else:
            first = f.first_name_male()
            last = f.last_name_male() if hasattr(f, "last_name_male") else f.last_name()
        return first, last

    def name(self, sex: str | None = None) -> str:
        first, last = self._first_last(sex or self.rng.choice("fm"))
        return f"{first} {last}"

    def namerev(self, sex: str | None = None) -> str:
        first, last = self._first_last(sex or self.rng.choice("fm"))
        return f"{last}, {first}"

    def email(self) -> str:
        f = self.f
        r = self.rng.random()
        if r < 0.45:
            return f.free_email()
        if r < 0.8:
            return f.company_email()
        first, last = self._first_last(self.rng.choice("fm"))
        local = o.mrz_name(first).lower().replace("<", "") + "." + o.mrz_name(last).lower().replace("<", "")
        return f"{local}@{f.domain_name()}"

    def phone(self) -> str:
        loc = self.rng.choice(LOCALES[self.lang])
        fmt = self.rng.choice(PHONES[COUNTRY[loc]])
        r = self.rng
        return "".join(str(r.randint(1, 9)) if c == "%" else str(r.randint(0, 9)) if c == "#" else c for c in fmt)

    def _addr_parts(self) -> tuple[str, str]:
        """Street with house number, postcode and town (Faker sometimes gives a
        street without number, a two-line street or a house number "0" or "047";
        those are redrawn). For English, en_GB only: Faker's en_IE towns
        ("Alistair Ville") read like names and carry no postcode."""
        f, loc = self._pick()
        if loc == "en_IE":
            f, loc = self.fakers[0], LOCALES[self.lang][0]
        while True:
            street = f.street_address()
            if any(c.isdigit() for c in street) and "\n" not in street and not re.search(r"(?<!\d)0", street):
                break
        pc, city = f.postcode(), f.city()
        if loc == "en_GB":
            return street, f"{city} {pc}"
        return street, f"{pc} {city}"

    def addr(self) -> str:
        a, b = self._addr_parts()
        return f"{a}, {b}"

    def addr2(self) -> str:
        a, b = self._addr_parts()
        return f"{a}\n{b}"

    def dob(self) -> str:
        return date_text(self.lang, self.f.date_of_birth(minimum_age=16, maximum_age=95), self.rng)

    def iban(self) -> str:
        value = self.rng.choice(self.iban_fakers).iban()
        o.std_iban.validate(value)
        return v.group4(value) if self.rng.random() < 0.6 else value

    def bic(self) -> str:
        value = self.rng.choice(self.iban_fakers).swift(length=self.rng.choice([8, 11]))
        o.std_bic.validate(value)
        return value

    def vat(self) -> str:
        cc = self.rng.choice(VAT_COUNTRIES[self.lang])
        shape = v.VAT_SHAPES[cc]
        while True:
            cand = "".join(self.rng.choice(string.digits) if c == "#" else self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVW")
                           if c == "@" else c for c in shape)
            if o.std_eu_vat.is_valid(cand):
                return cand

    def ip(self) -> str:
        r = self.rng
        if r.random() < 0.15:  # a global unicast IPv6 address, as a log shows it
            return "2a02:" + ":".join(f"{r.getrandbits(16):x}" for _ in range(7))
        first = r.choice([37, 46, 79, 80, 84, 87, 89, 92, 95, 151, 178, 185, 188, 194, 212, 213, 217])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def iurl(self) -> str:
        r = self.rng
        team = r.choice(["Finance", "HR", "Marketing", "IT-Ops", "Legal"])
        return r.choice([
            f"https://sharepoint.corp/sites/{team}/Shared%20Documents/Budget{r.randint(2025, 2027)}.xlsx",
            f"https://confluence.internal/pages/viewpage.action?pageId={r.randint(10**6, 10**8)}",
            f"http://{r.choice(['nas01', 'jenkins', 'printserver', 'kasse-07'])}.local:{r.choice([80, 8080, 5000])}/{r.choice(['status', 'admin', 'job/nightly'])}",
            f"http://10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}/{r.choice(['phpmyadmin', 'reports/daily', 'login'])}",
            f"https://172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}:8443/{r.choice(['console', 'api/v1/health'])}",
            f"http://192.168.{r.randint(0, 255)}.{r.randint(1, 254)}:{r.choice([3000, 8000, 9090])}/",
            f"https://grafana.lan/d/{r.randint(1000, 9999)}/{r.choice(['payments', 'checkout-latency', 'kafka'])}",
            f"https://portal.internal/{team.lower()}/{r.choice(['urlaub', 'antraege', 'forms'])}",
            f"http://intranet/{r.choice(['news', 'telefonbuch', 'kantine'])}/{r.randint(2025, 2027)}",
            f"https://git.corp/{r.choice(['core', 'web', 'data'])}/{r.choice(['billing', 'crm-sync', 'etl'])}/merge_requests/{r.randint(10, 999)}",
        ])

    def password(self) -> str:
        r = self.rng
        style = r.randrange(4)
        if style == 0:
            return r.choice(PW_WORDS[self.lang]) + str(r.randint(1, 99)) + r.choice("!?#+&")  # no "." : it would end the sentence
        if style == 1:
            words = PW_WORDS[self.lang]
            return f"{r.choice(words).lower()}-{r.choice(words).lower()}-{r.randint(10, 99)}"
        if style == 2:
            word = r.choice(PW_WORDS[self.lang])
            return word.translate(str.maketrans("aeio", "4310")) + "!" + str(r.randint(0, 9))
        pool = string.ascii_letters + string.digits + "!#$%&*+-?@"
        while True:
            pw = "".join(r.choice(pool) for _ in range(r.randint(9, 14)))
            if any(c.isdigit() for c in pw) and any(c.isupper() for c in pw) and any(c in "!#$%&*+-?@" for c in pw):
                return pw

    def high_entropy(self) -> str:
        r = self.rng
        pool = string.ascii_letters + string.digits + r.choice(["", "-_"])
        while True:
            s = "".join(r.choice(pool) for _ in range(r.choice([28, 36, 44])))
            if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
                return s

    # ---- unlabelled kinds
    def first(self) -> str:
        return self._first_last(self.rng.choice("fm"))[0]

    def city(self) -> str:
        return self.rng.choice(TOWNS[self.lang])

    def company(self) -> str:
        return self.f.company()

    def domain(self) -> str:
        return self.f.domain_name()

    def order(self) -> str:
        r = self.rng
        return r.choice([f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
                         f"BE{r.randint(10**8, 10**9 - 1)}", f"#{r.randint(10**5, 10**6 - 1)}",
                         f"W{r.randint(10**9, 10**10 - 1)}"])

    def invoice(self) -> str:
        r = self.rng
        return r.choice([f"{r.randint(2025, 2027)}/{r.randint(1, 99999):05d}", f"RG{r.randint(10**6, 10**7 - 1)}",
                         f"FA-{r.randint(2025, 2027)}-{r.randint(1000, 9999)}"])

    def tracking(self) -> str:
        r = self.rng
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        return r.choice(["00" + d(18), "LX" + d(9) + "DE", "3S" + "".join(r.choice("ABCDEFGHKLMNPQRSTUVWXYZ") for _ in range(4)) + d(7),
                         d(12), "CD" + d(9) + "CZ"])

    def version(self) -> str:
        r = self.rng
        return r.choice([f"{r.randint(1, 19)}.{r.randint(0, 40)}.{r.randint(0, 99)}",
                         f"v{r.randint(0, 3)}.{r.randint(0, 30)}.{r.randint(0, 9)}-rc{r.randint(1, 4)}",
                         f"{r.randint(10, 14)}.0.{r.randint(10000, 30000)}.{r.randint(100, 9999)}"])

    def githash(self) -> str:
        h = f"{self.rng.getrandbits(160):040x}"
        return h if self.rng.random() < 0.3 else h[:self.rng.choice([7, 8, 12])]

    def sha(self) -> str:
        return hashlib.sha256(self.rng.getrandbits(256).to_bytes(32, "big")).hexdigest()

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def price(self) -> str:
        return self.rng.choice(PRICES[self.lang]).format(a=self.rng.randint(3, 1999))

    def score(self) -> str:
        return f"{self.rng.randint(0, 6)}:{self.rng.randint(0, 6)}"

    def year(self) -> str:
        return str(self.rng.randint(1890, 2015))

    def date(self) -> str:
        d = datetime.date(2026, 6, 1) + datetime.timedelta(days=self.rng.randint(0, 600))
        return date_text(self.lang, d, self.rng)

    def time(self) -> str:
        return f"{self.rng.randint(7, 20)}:{self.rng.choice(['00', '10', '30', '45'])}"

    def ticket(self) -> str:
        return str(self.rng.randint(1000, 9999999))

    def pct(self) -> str:
        return f"{self.rng.choice([10, 15, 20, 30, 50])}{self.rng.choice([' %', '%'])}"

    def luhn9(self) -> str:
        """16 digits that pass Luhn but lie in no card issuer's range."""
        body = "9" + "".join(self.rng.choice(string.digits) for _ in range(14))
        digits = body + std_luhn.calc_check_digit(body)
        try:
            o.Card.validate(digits)
        except o.ValidationError:
            return v.group4(digits)
        raise AssertionError(digits)

    def qrref(self) -> str:
        """A Swiss QR reference: 26 digits + recursive mod-10 check digit."""
        table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
        body = "".join(self.rng.choice(string.digits) for _ in range(26))
        carry = 0
        for c in body:
            carry = table[(carry + int(c)) % 10]
        ref = body + str((10 - carry) % 10)
        return ref[:2] + " " + " ".join(ref[i:i + 5] for i in range(2, 27, 5))

    def isbn(self) -> str:
        body = "978" + "3" + "".join(self.rng.choice(string.digits) for _ in range(8))
        value = body + std_ean.calc_check_digit(body)  # ISBN-13 is an EAN-13
        std_isbn.validate(value)
        return std_isbn.format(value) if self.rng.random() < 0.7 else value

    def ean(self) -> str:
        body = self.rng.choice(["400", "401", "420", "800", "859"]) + "".join(self.rng.choice(string.digits) for _ in range(9))
        value = body + std_ean.calc_check_digit(body)
        std_ean.validate(value)
        return value


LABELLED: dict[str, tuple[str, Callable[[Filler], str]]] = {
    "name": ("person_name", lambda s: s.name()),
    "namef": ("person_name", lambda s: s.name("f")),
    "namem": ("person_name", lambda s: s.name("m")),
    "namerev": ("person_name", lambda s: s.namerev()),
    "namerevf": ("person_name", lambda s: s.namerev("f")),
    "email": ("email", Filler.email),
    "phone": ("phone", Filler.phone),
    "addr": ("postal_address", Filler.addr),
    "addr2": ("postal_address", Filler.addr2),
    "dob": ("date_of_birth", Filler.dob),
    "iban": ("iban", Filler.iban),
    "bic": ("bic", Filler.bic),
    "card": ("payment_card", lambda s: s.from_stream("payment_card")),
    "vat": ("eu_vat", Filler.vat),
    "ahv": ("ch_ahv", lambda s: s.from_stream("ch_ahv")),
    "uid": ("ch_uid", lambda s: s.from_stream("ch_uid")),
    "taxid": ("de_tax_id", lambda s: s.from_stream("de_tax_id")),
    "desv": ("de_svnr", lambda s: s.from_stream("de_svnr")),
    "atsv": ("at_svnr", lambda s: s.from_stream("at_svnr")),
    "bsn": ("nl_bsn", lambda s: s.from_stream("nl_bsn")),
    "rc": ("cz_birth_number", lambda s: s.from_stream("cz_birth_number")),
    "ico": ("cz_ico", lambda s: s.from_stream("cz_ico")),
    "mrz": ("passport_mrz", lambda s: s.from_stream("passport_mrz")),
    "ip": ("ip_address", Filler.ip),
    "iurl": ("internal_url", Filler.iurl),
    "aws": ("secret_aws_key", lambda s: o.aws_key(s.rng)),
    "ghp": ("secret_github_token", lambda s: o.github_token(s.rng)),
    "slack": ("secret_slack_token", lambda s: o.slack_token(s.rng)),
    "gkey": ("secret_google_api_key", lambda s: o.google_key(s.rng)),
    "pem": ("secret_private_key", lambda s: o.pem_key(s.rng)),
    "jwt": ("secret_jwt", lambda s: o.jwt(s.rng, s.name())),
    "pw": ("secret_password_assignment", Filler.password),
    "hisec": ("secret_generic_high_entropy", Filler.high_entropy),
}
UNLABELLED: dict[str, Callable[[Filler], str]] = {
    "first": Filler.first, "city": Filler.city, "company": Filler.company, "domain": Filler.domain,
    "brand": lambda s: s.rng.choice(BRANDS), "order": Filler.order, "invoice": Filler.invoice,
    "tracking": Filler.tracking, "version": Filler.version, "githash": Filler.githash, "sha": Filler.sha,
    "uuid": Filler.uuid, "price": Filler.price, "score": Filler.score, "year": Filler.year, "date": Filler.date,
    "time": Filler.time, "ticket": Filler.ticket, "pct": Filler.pct, "luhn9": Filler.luhn9,
    "qrref": Filler.qrref, "isbn": Filler.isbn, "ean": Filler.ean,
    # One digit changed so that the check fails (stdnum: InvalidChecksum).
    "badiban": lambda s: s.bad("iban"), "badcard": lambda s: s.bad("payment_card"),
    "badahv": lambda s: s.bad("ch_ahv"), "badbsn": lambda s: s.bad("nl_bsn"), "badvat": lambda s: s.bad("eu_vat"),
    "badrc": lambda s: s.bad("cz_birth_number"), "badico": lambda s: s.bad("cz_ico"),
    "badtax": lambda s: s.bad("de_tax_id"), "badmrz": lambda s: s.bad("passport_mrz"),
}



def fill(template: str, filler: Filler) -> tuple[str, list[tuple[str, int, int]]]:
    """Returns the text and (rule, start, end) in code points."""
    return o.fill_template(template, filler, LABELLED, UNLABELLED)


def build(seed: int = SEED) -> list[dict]:
    rows = []
    for li, lang in enumerate(LOCALES):
        filler = Filler(lang, seed + 1000 * li)
        rng = random.Random(seed + 7 * li)
        decks: dict[bool, list[str]] = {True: [], False: []}
        seen: set[str] = set()
        n = 0
        while n < POSTS_PER_LANG:
            hard = int((n + 1) * HARD_NEGATIVE_SHARE) > int(n * HARD_NEGATIVE_SHARE)
            if not decks[hard]:
                decks[hard] = list(NEG[lang] if hard else POS[lang])
                rng.shuffle(decks[hard])
            text, labels = fill(decks[hard].pop(), filler)
            if text in seen:
                continue
            seen.add(text)
            assert hard == (not labels), (lang, text)
            rows.append({
                "id": f"h-{lang}-{n:03d}",
                "lang": lang,
                "text": text,
                "labels": [{"rule": r, "start": o.utf16_len(text[:s]), "end": o.utf16_len(text[:e])}
                           for r, s, e in labels],
                "hard_negative": hard,
            })
            n += 1
    return rows


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # Faker picks from sets: pin the hash seed
        os.execve(sys.executable, [sys.executable, *sys.argv], dict(os.environ, PYTHONHASHSEED="0"))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=SEED, help="base seed (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=OUT, help="output file (default: %(default)s)")
    args = ap.parse_args()
    with o.frozen_reference_day():
        rows = build(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    hard = sum(r["hard_negative"] for r in rows)
    labels = collections.Counter(lab["rule"] for r in rows for lab in r["labels"])
    print(f"wrote {args.out}: {len(rows)} posts, {hard} hard negatives ({100 * hard / len(rows):.0f} %), "
          f"{sum(labels.values())} labels")
    for rule, k in sorted(labels.items()):
        print(f"  {rule:<30} {k:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
