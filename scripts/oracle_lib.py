"""Oracle helpers for gen_fixtures.py: values from Faker, verdicts from python-stdnum.

Everything here is independent of the scanner under test: values come from
Faker or from generators written from the public specification, and every
verdict comes from python-stdnum, or, where stdnum has no module (German
Rentenversicherungsnummer, ICAO 9303 MRZ, payment-card issuer ranges, GitHub
token checksum), from a small implementation of the published algorithm that
is checked against the specification's own worked example at import time.
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
import unicodedata
import zlib

from stdnum import bic as std_bic
from stdnum import iban as std_iban
from stdnum import luhn as std_luhn
from stdnum.at import vnr as std_at_vnr
from stdnum.ch import ssn as std_ch_ssn
from stdnum.ch import uid as std_ch_uid
from stdnum.cz import dic as std_cz_dic
from stdnum.cz import rc as std_cz_rc
from stdnum.de import idnr as std_de_idnr
from stdnum.eu import vat as std_eu_vat
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.iso7064 import mod_11_10
from stdnum.nl import bsn as std_nl_bsn


def utf16_len(s: str) -> int:
    """Length of `s` in UTF-16 code units, the unit of the CLI's offsets."""
    return len(s.encode("utf-16-le")) // 2


# --------------------------------------------------------------------------
# Verdicts. Each returns None when valid, else the stdnum exception class name.


def _stdnum_verdict(module, value: str) -> str | None:
    try:
        module.validate(value)
    except ValidationError as e:
        return type(e).__name__
    return None


class Card:
    """Payment cards: stdnum.luhn for the check digit, plus the issuer ranges
    published by the networks (stdnum has no card module)."""

    RANGES = {
        "visa": [("4", "4")],
        "mastercard": [("51", "55"), ("2221", "2720")],
        "amex": [("34", "34"), ("37", "37")],
        "discover": [("6011", "6011"), ("644", "649"), ("65", "65")],
        "jcb": [("3528", "3589")],
        "diners": [("300", "305"), ("36", "36"), ("38", "39")],
    }
    LENGTHS = {"visa": {16}, "mastercard": {16}, "amex": {15}, "discover": {16}, "jcb": {16}, "diners": {14}}

    @staticmethod
    def issuer(digits: str) -> str | None:
        for name, ranges in Card.RANGES.items():
            for lo, hi in ranges:
                head = digits[: len(lo)]
                if lo <= head <= hi and len(digits) in Card.LENGTHS[name]:
                    return name
        return None

    @staticmethod
    def validate(value: str) -> str:
        digits = "".join(c for c in value if c.isdigit())
        if Card.issuer(digits) is None:
            raise std_luhn.InvalidComponent()
        std_luhn.validate(digits)
        return digits


# German Rentenversicherungsnummer (the "Sozialversicherungsnummer"), per the
# DRV: area 02-89, birth date DDMMYY, initial of the birth name, serial, check
# digit. The letter becomes its two-digit position in the alphabet (A=01), the
# 12 digits are weighted 2,1,2,5,7,1,2,1,2,1,2,1, the digit sums of the
# products are added, and the sum mod 10 is the check digit.
DE_SVNR_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


class DeSvnr:
    class InvalidChecksum(ValidationError):
        pass

    class InvalidFormat(ValidationError):
        pass

    @staticmethod
    def check_digit(first11: str) -> str:
        digits = first11[:8] + f"{ord(first11[8]) - ord('A') + 1:02d}" + first11[9:11]
        total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, DE_SVNR_WEIGHTS))
        return str(total % 10)

    @staticmethod
    def validate(value: str) -> str:
        s = value.replace(" ", "").upper()
        ok = len(s) == 12 and s[:8].isdigit() and s[8].isalpha() and s[8].isascii() and s[9:].isdigit()
        if not ok or not 2 <= int(s[:2]) <= 89 or not _valid_ddmmyy(s[2:8]):
            raise DeSvnr.InvalidFormat()
        if DeSvnr.check_digit(s[:11]) != s[11]:
            raise DeSvnr.InvalidChecksum()
        return s


def _valid_ddmmyy(s: str) -> bool:
    import datetime

    try:
        datetime.date(1900 + int(s[4:6]), int(s[2:4]), int(s[0:2]))
    except ValueError:
        return False
    return True


# ICAO Doc 9303 part 3: weights 7,3,1 repeating; 0-9 as themselves, A-Z as
# 10-35, the filler '<' as 0; sum mod 10.
class Mrz:
    class InvalidChecksum(ValidationError):
        pass

    class InvalidFormat(ValidationError):
        pass

    @staticmethod
    def char_value(c: str) -> int:
        if c.isdigit():
            return int(c)
        if c == "<":
            return 0
        return ord(c) - ord("A") + 10

    @staticmethod
    def check(field: str) -> str:
        return str(sum(Mrz.char_value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)

    @staticmethod
    def line2(number: str, nat: str, dob: str, sex: str, expiry: str, personal: str) -> str:
        number = number.ljust(9, "<")
        personal = personal.ljust(14, "<")
        pcheck = Mrz.check(personal) if personal.strip("<") else "<"
        body = number + Mrz.check(number) + nat + dob + Mrz.check(dob) + sex + expiry + Mrz.check(expiry) + personal + pcheck
        composite = body[0:10] + body[13:20] + body[21:43]
        return body + Mrz.check(composite)

    @staticmethod
    def validate(value: str) -> str:
        lines = value.split("\n")
        if len(lines) != 2 or any(len(line) != 44 for line in lines) or not lines[0].startswith("P"):
            raise Mrz.InvalidFormat()
        l2 = lines[1]
        checks = [(l2[0:9], l2[9]), (l2[13:19], l2[19]), (l2[21:27], l2[27]), (l2[0:10] + l2[13:20] + l2[21:43], l2[43])]
        if l2[28:42].strip("<") or l2[42] != "<":
            checks.append((l2[28:42], l2[42]))
        for field, digit in checks:
            if Mrz.check(field) != digit:
                raise Mrz.InvalidChecksum()
        return value


def _self_test() -> None:
    """The specifications' own worked examples; a wrong oracle must not run."""
    # ICAO Doc 9303 part 4, appendix A (TD3 specimen).
    l1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    l2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    assert Mrz.line2("L898902C3", "UTO", "740812", "F", "120415", "ZE184226B") == l2
    Mrz.validate(l1 + "\n" + l2)
    # Deutsche Rentenversicherung's example number and kryptografie.de's.
    for value in ("65170839J003", "10010490A443"):
        DeSvnr.validate(value)
    # GitHub's published token format: the CRC32 of the 30 random characters,
    # base62, zero-padded to six. Round trip only; no example is published.
    tok = github_token(random.Random(0))
    assert github_token_ok(tok)


# --------------------------------------------------------------------------
# Secret builders.

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def base62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_token(rng: random.Random, prefix: str = "ghp_") -> str:
    body = "".join(rng.choice(B62) for _ in range(30))
    return prefix + body + base62(zlib.crc32(body.encode()), 6)


def github_token_ok(tok: str) -> bool:
    body, crc = tok[4:34], tok[34:]
    return len(tok) == 40 and base62(zlib.crc32(body.encode()), 6) == crc


def aws_key(rng: random.Random) -> str:
    return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))


def slack_token(rng: random.Random) -> str:
    a = str(rng.randint(10**10, 10**12))
    b = str(rng.randint(10**11, 10**13))
    c = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(24))
    return f"xoxb-{a}-{b}-{c}"


def google_key(rng: random.Random) -> str:
    return "AIza" + "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(35))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(rng: random.Random, name: str) -> str:
    header = {"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}
    now = 1_760_000_000 + rng.randint(0, 10**7)
    payload = {"sub": str(rng.randint(10**5, 10**7)), "name": name, "iat": now, "exp": now + 3600}
    sig = bytes(rng.getrandbits(8) for _ in range(32 if header["alg"] == "HS256" else 256))
    enc = lambda o: b64url(json.dumps(o, separators=(",", ":"), ensure_ascii=False).encode())  # noqa: E731
    return f"{enc(header)}.{enc(payload)}.{b64url(sig)}"


def pem_key(rng: random.Random) -> str:
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = rng.randint(4, 9)
    head = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
            "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"}[kind]
    raw = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(48 * lines))).decode()
    body = head + raw[len(head):]
    rows = [body[i:i + 64] for i in range(0, 64 * lines, 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


def high_entropy(rng: random.Random, n: int = 32) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def password(rng: random.Random) -> str:
    words = ["Sommer", "Winter", "Basel", "Praha", "Milano", "Tulpe", "Soleil", "Falcon", "Kiwi", "Zebra"]
    if rng.random() < 0.5:
        return rng.choice(words) + str(rng.randint(1990, 2026)) + rng.choice("!#$%?*")
    pool = string.ascii_letters + string.digits + "!#$%&*?@"
    while True:
        pw = "".join(rng.choice(pool) for _ in range(rng.randint(10, 16)))
        if any(c.isdigit() for c in pw) and any(c.isupper() for c in pw) and any(c in "!#$%&*?@" for c in pw):
            return pw


def mrz_name(s: str) -> str:
    table = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "ä": "AE", "ö": "OE", "ü": "UE"}
    s = "".join(table.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    return "".join(c if c.isalpha() else "<" for c in s)


_self_test()

__all__ = [
    "Card", "DeSvnr", "Mrz", "InvalidChecksum", "ValidationError", "mod_11_10", "utf16_len",
    "std_bic", "std_iban", "std_luhn", "std_at_vnr", "std_ch_ssn", "std_ch_uid", "std_cz_dic", "std_cz_rc",
    "std_de_idnr", "std_eu_vat", "std_nl_bsn", "_stdnum_verdict",
]


# Template tokens: {kind} is filled by a filler function ({name}, {iban});
# [[rule:literal]] is a labelled literal.
TEMPLATE_TOKEN = re.compile(r"\{(\w+)\}|\[\[(\w+):(.+?)\]\]", re.S)


def fill_template(template: str, filler, labelled: dict, unlabelled: dict) -> tuple[str, list[tuple[str, int, int]]]:
    """Fills a corpus template; returns the text and its labels as (rule,
    start, end) in Python string indices (code points). `labelled` maps a
    token kind to (rule, make(filler)); `unlabelled` maps a kind to
    make(filler). Shared by the corpus generators (corpus.py, heldout.py),
    which differ in templates and fillers, not in how a template is read."""
    out, labels, pos, length = [], [], 0, 0
    for m in TEMPLATE_TOKEN.finditer(template):
        lit = template[pos:m.start()]
        out.append(lit)
        length += len(lit)
        if m.group(1):
            kind = m.group(1)
            if kind in labelled:
                rule, make = labelled[kind]
                value = make(filler)
                labels.append((rule, length, length + len(value)))
            else:
                value = unlabelled[kind](filler)
        else:
            value = m.group(3)
            labels.append((m.group(2), length, length + len(value)))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), labels


# The day the committed fixtures were generated. Faker's date_of_birth counts
# ages back from today, so the same seed gave other birth dates on another
# day; counting from a fixed day makes the generators reproducible.
REFERENCE_DAY = __import__("datetime").date(2026, 11, 22)


def frozen_reference_day():
    """A context in which the clock reads noon of REFERENCE_DAY (freezegun).
    Faker's own birth numbers and social security numbers count from now,
    so without it a generator wrote other values on another day (blind4.py
    even failed: a birth number without a checksum-only twin). The
    fixtures were regenerated under it once; 24 values moved by a day."""
    from freezegun import freeze_time

    return freeze_time(f"{REFERENCE_DAY.isoformat()} 12:00:00")


def date_of_birth(fake, minimum_age: int, maximum_age: int):
    """Faker's date_of_birth, with ages counted from REFERENCE_DAY."""
    import datetime as _dt

    def years_back(day, years):
        try:
            return day.replace(year=day.year - years)
        except ValueError:  # 29 February
            return day.replace(year=day.year - years, day=28)

    start = years_back(REFERENCE_DAY, maximum_age + 1)
    end = years_back(REFERENCE_DAY, minimum_age)
    dob = fake.date_time_ad(start_datetime=start, end_datetime=end).date()
    return dob if dob != start else dob + _dt.timedelta(days=1)
