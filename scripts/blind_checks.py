"""Label checks, corpus building and writing shared by the later blind
corpus generators (blind2.py, blind3.py). Each generator keeps its own
templates, value maker (a blind_lib.Ctx subclass) and the few label shapes
that differ; everything that asserts a label is right, and the loop that
renders, checks and numbers the posts, is here once.

A generator fails rather than write a wrong label:
  - every labelled identifier validates (python-stdnum, or oracle_lib's
    published-algorithm checks), every other label has its rule's shape;
  - every invalid twin (slots *_bad) fails its check with InvalidChecksum;
  - no unlabelled text holds a valid card number, IBAN or AHV number;
  - positive templates carry at least one label, negative templates none;
  - labels do not overlap.
"""

from __future__ import annotations

import base64
import collections
import ipaddress
import json
import math
import random
import re
import unicodedata
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

import oracle_lib as o
from blind_lib import LANGS, Ctx, digit_pos, mutate, render

FOLD = {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "œ": "oe"}
FOLD_DE = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
RESERVED_MAIL = re.compile(r"(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$")
INTERNAL_SUFFIXES = (".local", ".corp", ".internal", ".lan", ".intranet")


def fold(s: str, lang: str) -> str:
    """A name as it appears in an e-mail address: ASCII, lower case, letters only."""
    table = {**FOLD, **(FOLD_DE if lang == "de" else {})}
    s = "".join(table.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", s)


def s10_check(serial: str) -> str:
    """UPU S10 check digit of an item number's eight-digit serial."""
    r = 11 - sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7))) % 11
    return {10: "0", 11: "5"}.get(r, str(r))


def _b64json(part: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def _entropy(s: str) -> float:
    counts = collections.Counter(s)
    return -sum(c / len(s) * math.log2(c / len(s)) for c in counts.values())


def _internal_host(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    try:
        return ipaddress.ip_address(host).is_private
    except ValueError:
        return host.endswith(INTERNAL_SUFFIXES)


def _date_ok(s: str) -> bool:
    years = re.findall(r"\b(19\d\d|20[0-2]\d)\b", s)
    return len(years) == 1 and 1940 <= int(years[0]) <= 2010


def mail_shape(local: str) -> Callable[[str], object]:
    """An e-mail label whose local part matches the character class `local`, on no reserved domain."""
    return lambda s: re.fullmatch(local + r"+@[a-z0-9.-]+\.[a-z]{2,}", s) and not RESERVED_MAIL.search(s.split("@")[1])


STDNUM = {
    "iban": o.std_iban.validate, "payment_card": o.Card.validate, "bic": o.std_bic.validate,
    "ch_ahv": o.std_ch_ssn.validate, "ch_uid": o.std_ch_uid.validate, "de_tax_id": o.std_de_idnr.validate,
    "de_svnr": o.DeSvnr.validate, "at_svnr": o.std_at_vnr.validate, "nl_bsn": o.std_nl_bsn.validate,
    "cz_birth_number": o.std_cz_rc.validate, "cz_ico": o.std_cz_dic.validate, "eu_vat": o.std_eu_vat.validate,
    "passport_mrz": o.Mrz.validate,
}
# The shape of every label without a checksum; a generator overrides the
# few it labels differently (e-mail characters, name particles).
SHAPE = {
    "phone": lambda s: re.fullmatch(r"[+(0-9][0-9 ()/.-]+[0-9]", s) and 8 <= sum(c.isdigit() for c in s) <= 15,
    "ip_address": lambda s: ipaddress.ip_address(s).is_global,
    "internal_url": _internal_host,
    "date_of_birth": _date_ok,
    "postal_address": lambda s: re.search(r"\d", s) and len(s.replace("\n", ", ").split(", ")) >= 2,
    "secret_aws_key": lambda s: re.fullmatch(r"AKIA[A-Z2-7]{16}", s),
    "secret_github_token": o.github_token_ok,
    "secret_slack_token": lambda s: re.fullmatch(r"xox[bp]-\d+-\d+-[A-Za-z0-9]{24}", s),
    "secret_google_api_key": lambda s: re.fullmatch(r"AIza[A-Za-z0-9_-]{35}", s),
    "secret_private_key": lambda s: re.fullmatch(r"-----BEGIN ([A-Z ]+)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----", s),
    "secret_jwt": lambda s: s.count(".") == 2 and "alg" in _b64json(s.split(".")[0]) and "iat" in _b64json(s.split(".")[1]),
    "secret_password_assignment": lambda s: re.fullmatch(r"\S{8,}", s),
    "secret_generic_high_entropy": lambda s: len(s) >= 32 and _entropy(s) > 4.0,
    "customer_relationship": lambda s: len(s.split()) >= 2,
}
BAD_CHECK = {
    "iban_bad": o.std_iban.validate, "card_bad": o.Card.validate, "ahv_bad": o.std_ch_ssn.validate,
    "detax_bad": o.std_de_idnr.validate, "bsn_bad": o.std_nl_bsn.validate, "rc_bad": o.std_cz_rc.validate,
    "ico_bad": o.std_cz_dic.validate, "vat_bad": o.std_eu_vat.validate, "uid_bad": o.std_ch_uid.validate,
    "atsv_bad": o.std_at_vnr.validate,
}


class CheckedCtx(Ctx):
    """blind_lib's value maker that also records the invalid twins it made
    (`bad`: (slot, value)), so that build() can check each fails."""

    #: Whether an invalid AT SVNR twin may be written "1234 010180", as the
    #: second, third and fifth blind corpora write it.
    spaced_atsv = False

    def __init__(self, lang: str, rng: random.Random) -> None:
        super().__init__(lang, rng)
        self.bad: list[tuple[str, str]] = []

    def value(self, slot: str) -> str:
        """blind_lib's value for `slot`; for an invalid twin (`…_bad`) also
        the two blind_lib has no maker for (CH UID, AT SVNR), and each twin
        is recorded in `bad`."""
        if not slot.endswith("_bad"):
            return super().value(slot)
        rng = self.rng
        if slot == "uid_bad":
            val = self.value("uid")
            val = mutate(val, o.std_ch_uid.validate, digit_pos(val, 3), rng)
        elif slot == "atsv_bad":
            val = mutate(self.faker("de_AT").ssn(), o.std_at_vnr.validate, [0, 1, 2, 3], rng)
            if self.spaced_atsv:
                val = rng.choice([val, f"{val[:4]} {val[4:]}"])
        else:
            val = super().value(slot)
        self.bad.append((slot, val))
        return val

    def gendered(self, loc: str, gender: str) -> tuple[str, str]:
        """A first and last name of Faker locale `loc` for gender "m" or "f"."""
        f = self.faker(loc)
        if gender == "m":
            return f.first_name_male(), f.last_name_male()
        return f.first_name_female(), f.last_name_female()


def py_span(text: str, start: int, end: int) -> str:
    """The substring between two UTF-16 offsets."""
    raw = text.encode("utf-16-le")
    return raw[2 * start:2 * end].decode("utf-16-le")


def check_label(rule: str, value: str, shape: dict[str, Callable[[str], object]]) -> None:
    assert value == value.strip(), (rule, value)
    if rule in STDNUM:
        STDNUM[rule](value)  # raises if invalid
    else:
        assert shape[rule](value), (rule, value)


def check_bad(slot: str, value: str) -> None:
    try:
        BAD_CHECK[slot](value)
    except o.InvalidChecksum:
        return
    raise AssertionError(f"invalid twin {slot} {value!r} does not fail with InvalidChecksum")


def accidental(text: str) -> list[str]:
    """Valid card numbers, IBANs or AHV numbers in text that is not labelled."""
    hits = []
    for m in re.finditer(r"\d(?:[ .-]?\d){12,18}", text):
        dg = re.sub(r"\D", "", m.group())
        if o.Card.issuer(dg) and o.std_luhn.is_valid(dg):
            hits.append(m.group())
        if len(dg) == 13 and o.std_ch_ssn.is_valid(dg):
            hits.append(m.group())
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}", text):
        if o.std_iban.is_valid(m.group()):
            hits.append(m.group())
    return hits


def build(seed: int, tag: str, templates: dict, make_ctx: Callable[[str, random.Random], CheckedCtx],
          rule_of: Callable[[str], str | None], aliases: dict[str, str],
          shape: dict[str, Callable[[str], object]]) -> list[dict]:
    """Renders every template of every language in a seeded shuffled order,
    checks each post, and numbers them `{lang}-{tag}-NNN`."""
    with o.frozen_reference_day():
        return _build(seed, tag, templates, make_ctx, rule_of, aliases, shape)


def _build(seed: int, tag: str, templates: dict, make_ctx: Callable[[str, random.Random], CheckedCtx],
           rule_of: Callable[[str], str | None], aliases: dict[str, str],
           shape: dict[str, Callable[[str], object]]) -> list[dict]:
    rows = []
    for li, lang in enumerate(LANGS):
        rng = random.Random(seed + li)
        ctx = make_ctx(lang, rng)
        items = [(t, False) for t in templates[lang]["pos"]] + [(t, True) for t in templates[lang]["neg"]]
        assert len({t for t, _ in items}) == len(items), f"duplicate template in {lang}"
        rng.shuffle(items)
        for n, (tpl, neg) in enumerate(items):
            ctx.last_person = None
            ctx.bad = []
            text, labels = render(tpl, ctx, rule_of, aliases)
            assert "⟦" not in text and not re.search(r"«\w+»", text), tpl
            assert bool(labels) != neg, (lang, tpl)
            masked, ends = text, 0
            for lab in labels:
                value = py_span(text, lab["start"], lab["end"])
                check_label(lab["rule"], value, shape)
                assert lab["start"] >= ends, ("overlapping labels", tpl)
                ends = lab["end"]
                masked = masked.replace(value, " ", 1)
            for slot, value in ctx.bad:
                check_bad(slot, value)
            assert not accidental(masked), (lang, text, accidental(masked))
            rows.append({"id": f"{lang}-{tag}-{n:03d}", "lang": lang, "text": text, "labels": labels, "hard_negative": neg})
    return rows


def write(rows: list[dict], out: Path, root: Path) -> None:
    """Writes the corpus and prints what it holds per language and rule."""
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    neg = sum(r["hard_negative"] for r in rows)
    per_lang = collections.Counter(r["lang"] for r in rows)
    per_lang_neg = collections.Counter(r["lang"] for r in rows if r["hard_negative"])
    per_rule = collections.Counter(lab["rule"] for r in rows for lab in r["labels"])
    print(f"wrote {out.relative_to(root)}: {len(rows)} posts ({len(rows) - neg} positive, {neg} hard negatives), "
          f"{sum(per_rule.values())} labels")
    print("posts per language (negatives): " +
          ", ".join(f"{lang} {per_lang[lang]} ({per_lang_neg[lang]})" for lang in LANGS))
    for rule, k in sorted(per_rule.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {rule:30} {k}")
