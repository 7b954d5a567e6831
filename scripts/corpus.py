"""The labelled multilingual corpus: hand-written templates filled with Faker
data of the language's locales, identifiers checked with python-stdnum."""

from __future__ import annotations

import random
import uuid
from typing import Callable

from faker import Faker

import oracle_lib as o
import vectors as v
from corpus_templates import NEG, POS

LOCALES = {
    "de": ["de_DE", "de_CH", "de_AT"],
    "fr": ["fr_FR", "fr_CH"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "cs": ["cs_CZ"],
    "en": ["en_GB"],
}
IBAN_LOCALES = {
    "de": ["de_DE", "de_CH", "de_AT"], "fr": ["fr_FR", "fr_CH", "nl_BE"], "it": ["it_IT", "de_CH"],
    "nl": ["nl_NL", "nl_BE"], "cs": ["cs_CZ", "sk_SK"], "en": ["en_GB", "en_IE", "de_DE", "nl_NL"],
}
VAT_COUNTRIES = {"de": ["DE", "AT"], "fr": ["FR", "BE"], "it": ["IT"], "nl": ["NL", "BE"], "cs": ["CZ"], "en": ["IE", "DE", "NL"]}
POSTS_PER_LANG = 210
HARD_NEGATIVE_SHARE = 0.35

# National and international formats per country, numbering-plan lengths:
# '#' any digit, '%' 1-9.
PHONES = {
    "DE": ["030 %######", "089 %######", "0151 %#######", "0176 %#######", "+49 30 %######", "+49 151 %#######", "+49 89 %######"],
    "CH": ["044 %## ## ##", "079 %## ## ##", "+41 44 %## ## ##", "+41 79 %## ## ##", "+41 31 %## ## ##"],
    "AT": ["01 %######", "0664 %######", "+43 1 %######", "+43 664 %######"],
    "FR": ["01 %# ## ## ##", "06 %# ## ## ##", "07 %# ## ## ##", "+33 1 %# ## ## ##", "+33 6 %# ## ## ##"],
    "IT": ["02 %### ####", "347 %## ####", "+39 02 %### ####", "+39 347 %## ####", "06 %### ####"],
    "NL": ["020 %## ####", "06 %#######", "06-%#######", "+31 20 %## ####", "+31 6 %#######"],
    "BE": ["02 %## ## ##", "0470 %# ## ##", "+32 2 %## ## ##", "+32 470 %# ## ##"],
    "CZ": ["60% ### ###", "73% ### ###", "2%# ### ###", "+420 60% ### ###", "+420 2%# ### ###"],
    "GB": ["020 7946 %###", "07700 900%##", "+44 20 7946 %###", "+44 7700 900%##", "0161 496 %###"],
}
COUNTRY = {"de_DE": "DE", "de_CH": "CH", "de_AT": "AT", "fr_FR": "FR", "fr_CH": "CH", "it_IT": "IT",
           "nl_NL": "NL", "nl_BE": "BE", "cs_CZ": "CZ", "en_GB": "GB"}

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "en": "January February March April May June July August September October November December".split(),
}

BRANDS = ["Hugo Boss", "Tommy Hilfiger", "Calvin Klein", "Ralph Lauren", "Marc O'Polo", "Tom Tailor",
          "Jack Wolfskin", "Louis Vuitton", "Karl Lagerfeld", "Paul Smith"]
PRICES = {"de": ["{a},90 €", "CHF {a}.–", "{a},00 Euro"], "fr": ["{a},90 €", "CHF {a}.-", "{a} euros"],
          "it": ["{a},90 €", "€ {a},00", "{a} euro"], "nl": ["€ {a},95", "{a} euro", "€{a},-"],
          "cs": ["{a} Kč", "{a},- Kč", "{a} 990 Kč"], "en": ["£{a}.99", "€{a}", "£{a}"]}


def date_text(lang: str, d, rng: random.Random) -> str:
    m = MONTHS[lang][d.month - 1]
    forms = {
        "de": [f"{d:%d.%m.%Y}", f"{d.day}. {m} {d.year}"],
        "fr": [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}"],
        "it": [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}"],
        "nl": [f"{d:%d-%m-%Y}", f"{d.day} {m} {d.year}"],
        "cs": [f"{d.day}. {d.month}. {d.year}", f"{d:%d.%m.%Y}", f"{d.day}. {m} {d.year}"],
        "en": [f"{d:%d/%m/%Y}", f"{d.day} {m} {d.year}", f"{m} {d.day}, {d.year}"],
    }[lang]
    return rng.choice(forms)


class Filler:
    """Values for one language; each kind returns (text, rule or None)."""

    def __init__(self, lang: str, seed: int) -> None:
        self.lang = lang
        self.rng = random.Random(seed)
        self.fakers = [self._faker(loc, seed + i) for i, loc in enumerate(LOCALES[lang])]
        self.iban_fakers = [self._faker(loc, seed + 50 + i) for i, loc in enumerate(IBAN_LOCALES[lang])]
        gens = {g.rule: g for g in v.GENS}
        self.gens = gens
        self.streams = {rule: gens[rule].make(random.Random(seed + 100 + k)) for k, rule in enumerate(gens)}

    @staticmethod
    def _faker(loc: str, seed: int) -> Faker:
        f = Faker(loc)
        f.seed_instance(seed)
        return f

    @property
    def f(self) -> Faker:
        return self.rng.choice(self.fakers)

    def _from_stream(self, rule: str) -> str:
        while True:
            value, _ = next(self.streams[rule])
            if self.gens[rule].verdict(value) is None:
                return value

    def _bad(self, rule: str) -> str:
        while True:
            bad = v.mutate(self.gens[rule], self._from_stream(rule), self.rng)
            if bad:
                return bad[0]

    # ---- labelled kinds
    def name(self) -> str:
        f = self.f
        if self.rng.random() < 0.5:
            return f"{f.first_name_female()} {f.last_name_female() if hasattr(f, 'last_name_female') else f.last_name()}"
        return f"{f.first_name_male()} {f.last_name_male() if hasattr(f, 'last_name_male') else f.last_name()}"

    def email(self) -> str:
        f = self.f
        return f.free_email() if self.rng.random() < 0.6 else f.company_email()

    def phone(self) -> str:
        loc = self.rng.choice(LOCALES[self.lang])
        fmt = self.rng.choice(PHONES[COUNTRY[loc]])
        return "".join(str(self.rng.randint(1, 9)) if c == "%" else str(self.rng.randint(0, 9)) if c == "#" else c
                       for c in fmt)

    def _addr_parts(self) -> tuple[str, str, str]:
        i = self.rng.randrange(len(self.fakers))
        f, loc = self.fakers[i], LOCALES[self.lang][i]
        nr = str(self.rng.randint(1, 160)) + (self.rng.choice("ab") if self.rng.random() < 0.1 else "")
        street, pc, city = f.street_name(), f.postcode(), f.city()
        if loc == "nl_NL":
            pc = pc[:4] + " " + pc[4:]
        if loc.startswith("fr"):
            return f"{nr} {street}" if loc == "fr_FR" else f"{street} {nr}", pc, city
        if loc == "en_GB":
            return f"{nr} {street}", f"{city}", pc
        return f"{street} {nr}", pc, city

    def addr(self) -> str:
        a, b, c = self._addr_parts()
        return f"{a}, {b} {c}"

    def addr2(self) -> str:
        a, b, c = self._addr_parts()
        return f"{a}\n{b} {c}"

    def dob(self) -> str:
        return date_text(self.lang, o.date_of_birth(self.f, 18, 90), self.rng)

    def iban(self) -> str:
        value = self.rng.choice(self.iban_fakers).iban()
        o.std_iban.validate(value)
        return v.group4(value) if self.rng.random() < 0.7 else value

    def card(self) -> str:
        return self._from_stream("payment_card")

    def bic(self) -> str:
        f = self.rng.choice(self.iban_fakers)
        value = f.swift(length=self.rng.choice([8, 11]))
        o.std_bic.validate(value)
        return value

    def vat(self) -> str:
        cc = self.rng.choice(VAT_COUNTRIES[self.lang])
        shape = v.VAT_SHAPES[cc]
        while True:
            cand = "".join(self.rng.choice("0123456789") if c == "#" else self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVW")
                           if c == "@" else c for c in shape)
            if o.std_eu_vat.is_valid(cand):
                return cand

    def ip(self) -> str:
        first = self.rng.choice([31, 46, 62, 77, 81, 85, 91, 94, 109, 145, 176, 178, 185, 188, 193, 195, 212, 213, 217])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def iurl(self) -> str:
        r = self.rng
        path = r.choice(["display/OPS/Runbook", "hr/lohn/2026", "team/onboarding", "projects/q3-planning",
                         "kb/vpn-setup", "finance/reports/monthly", "it/servicedesk"])
        return r.choice([
            f"https://wiki.corp/{path}",
            f"https://jira.corp/browse/{r.choice(['OPS', 'FIN', 'WEB'])}-{r.randint(100, 9999)}",
            f"http://10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}:{r.choice([8080, 8443, 3000, 9000])}/{path}",
            f"http://192.168.{r.randint(0, 255)}.{r.randint(1, 254)}/admin",
            f"https://confluence.internal/{path}",
            f"http://intranet.local/{path}",
            f"https://gitlab.corp/platform/payments/-/pipelines/{r.randint(10000, 99999)}",
            f"http://172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}:{r.choice([8080, 5601])}/{path}",
        ])

    # ---- unlabelled kinds
    def first(self) -> str:
        f = self.f
        return f.first_name_female() if self.rng.random() < 0.5 else f.first_name_male()

    def city(self) -> str:
        return self.f.city()

    def brand(self) -> str:
        return self.rng.choice(BRANDS)

    def order(self) -> str:
        r = self.rng
        return r.choice([f"ORD-{r.randint(100000, 999999)}", f"#{r.randint(10**7, 10**8 - 1)}",
                         f"A{r.randint(10**7, 10**8 - 1)}", f"{r.randint(2024, 2026)}-{r.randint(10000, 99999)}"])

    def invoice(self) -> str:
        r = self.rng
        return r.choice([f"RE-{r.randint(2024, 2026)}-{r.randint(100, 99999):05d}", f"INV-{r.randint(10000, 99999)}",
                         f"F{r.randint(2024, 2026)}/{r.randint(100, 9999)}"])

    def tracking(self) -> str:
        r = self.rng
        alnum = "ABCDEFGHJKLMNPRSTUVWXY0123456789"
        return r.choice(["1Z" + "".join(r.choice(alnum) for _ in range(6)) + "".join(r.choice("0123456789") for _ in range(10)),
                         "JJD" + "".join(r.choice("0123456789") for _ in range(18)),
                         "RR" + "".join(r.choice("0123456789") for _ in range(9)) + r.choice(["CH", "DE", "FR", "NL", "CZ", "GB"])])

    def version(self) -> str:
        r = self.rng
        return r.choice([f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"v{r.randint(1, 5)}.{r.randint(0, 12)}.{r.randint(0, 9)}",
                         f"{r.randint(2024, 2026)}.{r.randint(1, 12)}.{r.randint(0, 3)}"])

    def githash(self) -> str:
        h = "%040x" % self.rng.getrandbits(160)
        return h if self.rng.random() < 0.4 else h[:7]

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def price(self) -> str:
        return self.rng.choice(PRICES[self.lang]).format(a=self.rng.randint(5, 899))

    def score(self) -> str:
        return f"{self.rng.randint(0, 5)}:{self.rng.randint(0, 5)}"

    def year(self) -> str:
        return str(self.rng.randint(1950, 2005))

    def date(self) -> str:
        import datetime
        d = datetime.date(2026, 1, 1) + datetime.timedelta(days=self.rng.randint(0, 500))
        return date_text(self.lang, d, self.rng)

    def time(self) -> str:
        return f"{self.rng.randint(8, 18)}:{self.rng.choice(['00', '15', '30', '45'])}"

    def ticket(self) -> str:
        return str(self.rng.randint(10000, 999999))

    def page(self) -> str:
        return str(self.rng.randint(2, 48))

    def pct(self) -> str:
        return f"{self.rng.choice([5, 10, 15, 20, 25])}{self.rng.choice([' %', '%'])}"


LABELLED: dict[str, tuple[str, Callable[[Filler], str]]] = {
    "name": ("person_name", Filler.name),
    "email": ("email", Filler.email),
    "phone": ("phone", Filler.phone),
    "addr": ("postal_address", Filler.addr),
    "addr2": ("postal_address", Filler.addr2),
    "dob": ("date_of_birth", Filler.dob),
    "iban": ("iban", Filler.iban),
    "card": ("payment_card", Filler.card),
    "bic": ("bic", Filler.bic),
    "vat": ("eu_vat", Filler.vat),
    "ahv": ("ch_ahv", lambda s: s._from_stream("ch_ahv")),
    "uid": ("ch_uid", lambda s: s._from_stream("ch_uid")),
    "taxid": ("de_tax_id", lambda s: s._from_stream("de_tax_id")),
    "desv": ("de_svnr", lambda s: s._from_stream("de_svnr")),
    "atsv": ("at_svnr", lambda s: s._from_stream("at_svnr")),
    "bsn": ("nl_bsn", lambda s: s._from_stream("nl_bsn")),
    "rc": ("cz_birth_number", lambda s: s._from_stream("cz_birth_number")),
    "ico": ("cz_ico", lambda s: s._from_stream("cz_ico")),
    "mrz": ("passport_mrz", lambda s: s._from_stream("passport_mrz")),
    "ip": ("ip_address", Filler.ip),
    "iurl": ("internal_url", Filler.iurl),
    "aws": ("secret_aws_key", lambda s: o.aws_key(s.rng)),
    "ghp": ("secret_github_token", lambda s: o.github_token(s.rng)),
    "slack": ("secret_slack_token", lambda s: o.slack_token(s.rng)),
    "gkey": ("secret_google_api_key", lambda s: o.google_key(s.rng)),
    "pem": ("secret_private_key", lambda s: o.pem_key(s.rng)),
    "jwt": ("secret_jwt", lambda s: o.jwt(s.rng, s.name())),
    "pw": ("secret_password_assignment", lambda s: o.password(s.rng)),
    "hisec": ("secret_generic_high_entropy", lambda s: o.high_entropy(s.rng, s.rng.choice([32, 40]))),
}
UNLABELLED: dict[str, Callable[[Filler], str]] = {
    "first": Filler.first, "city": Filler.city, "brand": Filler.brand, "order": Filler.order,
    "invoice": Filler.invoice, "tracking": Filler.tracking, "version": Filler.version, "githash": Filler.githash,
    "uuid": Filler.uuid, "price": Filler.price, "score": Filler.score, "year": Filler.year, "date": Filler.date,
    "time": Filler.time, "page": Filler.page, "ticket": Filler.ticket, "pct": Filler.pct,
    # Identifiers whose check digit fails (stdnum says InvalidChecksum): silent by product rule.
    "badiban": lambda s: s._bad("iban"), "badcard": lambda s: s._bad("payment_card"),
    "badahv": lambda s: s._bad("ch_ahv"), "badbsn": lambda s: s._bad("nl_bsn"),
    "badvat": lambda s: s._bad("eu_vat"), "badrc": lambda s: s._bad("cz_birth_number"),
    "badico": lambda s: s._bad("cz_ico"), "badtax": lambda s: s._bad("de_tax_id"),
}



def fill(template: str, filler: Filler) -> tuple[str, list[tuple[str, int, int]]]:
    """Returns the text and (rule, start, end) in code points."""
    return o.fill_template(template, filler, LABELLED, UNLABELLED)


def to_utf16(text: str, i: int) -> int:
    return o.utf16_len(text[:i])


def build(seed: int = 20261122) -> list[dict]:
    rows = []
    for li, lang in enumerate(LOCALES):
        filler = Filler(lang, seed + 1000 * li)
        rng = random.Random(seed + 7 * li)
        decks = {True: [], False: []}
        seen = set()
        n = 0
        while n < POSTS_PER_LANG:
            hard = int((n + 1) * HARD_NEGATIVE_SHARE) > int(n * HARD_NEGATIVE_SHARE)
            if not decks[hard]:
                decks[hard] = list(NEG[lang] if hard else POS[lang])
                rng.shuffle(decks[hard])
            template = decks[hard].pop()
            text, labels = fill(template, filler)
            if text in seen:
                continue
            seen.add(text)
            assert hard == (not labels), (lang, template)
            rows.append({
                "id": f"{lang}-{n:04d}",
                "lang": lang,
                "text": text,
                "labels": [{"rule": r, "start": to_utf16(text, s), "end": to_utf16(text, e)} for r, s, e in labels],
                "hard_negative": hard,
            })
            n += 1
    return rows
