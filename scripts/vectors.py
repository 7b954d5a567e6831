"""Per-rule validator vectors: valid values from Faker (or a documented
generator), the verdict from python-stdnum, and invalid twins made by changing
one digit so that the check fails (stdnum must say so: InvalidChecksum)."""

from __future__ import annotations

import random
from typing import Callable, Iterator

from faker import Faker

import oracle_lib as o

LANGS = ["de", "fr", "it", "nl", "cs", "en"]
PER_RULE = 44  # valid vectors per rule, and as many invalid ones

# Sentences per rule and language; {v} is the value. Every sentence carries the
# context word the rule needs, for valid and invalid values alike.
SENTENCES: dict[str, dict[str, list[str]]] = {
    "iban": {
        "de": ["Bitte überweisen Sie den Betrag auf meine IBAN {v}, danke!", "Neue Bankverbindung – IBAN: {v}"],
        "fr": ["Voici mon IBAN : {v} pour le remboursement.", "Merci de virer sur l'IBAN {v} avant vendredi."],
        "it": ["Il mio IBAN è {v}, grazie mille.", "Puoi fare il bonifico sull'IBAN {v}?"],
        "nl": ["Mijn IBAN is {v}, alvast bedankt.", "Graag overmaken naar IBAN {v} voor de huur."],
        "cs": ["Pošlete to prosím na IBAN {v}, díky.", "Můj IBAN: {v}"],
        "en": ["Please send the refund to my IBAN {v} thanks", "Updated bank details, IBAN: {v}"],
    },
    "payment_card": {
        "de": ["Meine Kreditkarte: {v}, Ablauf 09/28.", "Kartennummer {v} – bitte belasten."],
        "fr": ["Numéro de carte bancaire : {v}, exp. 11/27.", "Voici ma carte {v} pour la réservation."],
        "it": ["Numero della carta di credito: {v} scadenza 03/29.", "Ecco la mia carta {v} per il pagamento."],
        "nl": ["Mijn creditcard is {v}, geldig tot 04/28.", "Kaartnummer {v} graag gebruiken voor de boeking."],
        "cs": ["Číslo karty: {v}, platnost 12/27.", "Platební karta {v} – prosím strhněte zálohu."],
        "en": ["My credit card number is {v}, expiry 10/27.", "Card {v} can be charged for the booking."],
    },
    "bic": {
        "de": ["Überweisung bitte mit BIC {v} an die Hausbank.", "SWIFT/BIC: {v}"],
        "fr": ["Le code BIC de ma banque est {v}.", "Code SWIFT : {v} pour le virement international."],
        "it": ["Il codice BIC/SWIFT della banca è {v}.", "BIC: {v} per il bonifico estero."],
        "nl": ["De BIC van mijn bank is {v}.", "SWIFT-code {v} voor de buitenlandse betaling."],
        "cs": ["Kód BIC banky je {v}.", "SWIFT: {v} pro zahraniční platbu."],
        "en": ["The bank's BIC is {v} for the wire transfer.", "SWIFT code: {v}"],
    },
    "ch_ahv": {
        "de": ["Meine AHV-Nummer ist {v}, bitte im Formular ergänzen.", "AHV-Nr. {v} – Lohnausweis folgt."],
        "fr": ["Mon numéro AVS est le {v}.", "N° AVS : {v} pour le dossier."],
        "it": ["Il mio numero AVS è {v}.", "Numero AVS {v}, da inserire nel modulo."],
        "nl": ["Mijn Zwitserse AHV-nummer is {v}.", "AHV-nummer {v} voor de salarisadministratie."],
        "cs": ["Moje švýcarské číslo AHV je {v}.", "AHV číslo: {v}"],
        "en": ["My Swiss AHV number is {v} for payroll.", "AHV no. {v} as requested."],
    },
    "ch_uid": {
        "de": ["Unsere UID lautet {v}, bitte auf der Rechnung angeben.", "Firmen-UID: {v}"],
        "fr": ["Notre numéro IDE est {v}.", "IDE/UID : {v} à mentionner sur la facture."],
        "it": ["Il nostro numero IDI è {v}.", "UID dell'azienda: {v}"],
        "nl": ["Ons Zwitserse UID-nummer is {v}.", "UID {v} graag op de factuur vermelden."],
        "cs": ["Švýcarské UID firmy je {v}.", "UID: {v} uveďte prosím na faktuře."],
        "en": ["Our Swiss UID is {v}, please put it on the invoice.", "Company UID: {v}"],
    },
    "de_tax_id": {
        "de": ["Meine Steuer-ID ist {v}, für die Lohnabrechnung.", "Steuer-ID: {v}"],
        "fr": ["Mon numéro fiscal allemand (Steuer-ID) est {v}.", "Steuer-ID : {v} pour l'employeur."],
        "it": ["Il mio codice fiscale tedesco (Steuer-ID) è {v}.", "Steuer-ID {v} per la busta paga."],
        "nl": ["Mijn Duitse Steuer-ID is {v}.", "Steuer-ID: {v} voor de loonadministratie."],
        "cs": ["Moje německé Steuer-ID je {v}.", "Steuer-ID: {v} pro mzdovou účtárnu."],
        "en": ["My German tax ID (Steuer-ID) is {v}.", "Steuer-ID: {v} for payroll."],
    },
    "de_svnr": {
        "de": ["Meine Sozialversicherungsnummer ist {v}.", "Rentenversicherungsnummer: {v}"],
        "fr": ["Mon numéro de sécurité sociale allemand (Sozialversicherungsnummer) est {v}.", "Sozialversicherungsnummer : {v}"],
        "it": ["La mia Sozialversicherungsnummer tedesca è {v}.", "Rentenversicherungsnummer: {v}"],
        "nl": ["Mijn Duitse Sozialversicherungsnummer is {v}.", "Rentenversicherungsnummer {v} voor de werkgever."],
        "cs": ["Moje německé Sozialversicherungsnummer je {v}.", "Rentenversicherungsnummer: {v}"],
        "en": ["My German social insurance number (Sozialversicherungsnummer) is {v}.", "Rentenversicherungsnummer: {v}"],
    },
    "at_svnr": {
        "de": ["Meine Sozialversicherungsnummer ist {v}, e-card liegt bei.", "SVNR: {v}"],
        "fr": ["Mon numéro autrichien SVNR est {v}.", "SVNR : {v} pour la caisse."],
        "it": ["Il mio numero austriaco SVNR è {v}.", "SVNR {v} per la cassa malati."],
        "nl": ["Mijn Oostenrijkse SVNR is {v}.", "SVNR: {v}"],
        "cs": ["Moje rakouské SVNR je {v}.", "SVNR: {v} pro pojišťovnu."],
        "en": ["My Austrian SVNR is {v}.", "SVNR: {v} for the health insurer."],
    },
    "nl_bsn": {
        "de": ["Meine niederländische BSN ist {v}.", "BSN: {v}"],
        "fr": ["Mon BSN néerlandais est {v}.", "BSN : {v}"],
        "it": ["Il mio BSN olandese è {v}.", "BSN {v} per il contratto."],
        "nl": ["Mijn BSN is {v}, kunt u dat aanpassen?", "BSN: {v}"],
        "cs": ["Moje nizozemské BSN je {v}.", "BSN: {v}"],
        "en": ["My Dutch BSN is {v}.", "BSN: {v} for the tax office."],
    },
    "cz_birth_number": {
        "de": ["Meine tschechische Geburtsnummer (rodné číslo) ist {v}.", "Rodné číslo: {v}"],
        "fr": ["Mon numéro de naissance tchèque (rodné číslo) est {v}.", "Rodné číslo : {v}"],
        "it": ["Il mio rodné číslo è {v}.", "Rodné číslo: {v}"],
        "nl": ["Mijn Tsjechische rodné číslo is {v}.", "Rodné číslo: {v}"],
        "cs": ["Moje rodné číslo je {v}, prosím doplňte ho.", "Rodné číslo: {v}"],
        "en": ["My Czech birth number (rodné číslo) is {v}.", "Rodné číslo: {v}"],
    },
    "cz_ico": {
        "de": ["Die IČO der Firma ist {v}.", "IČO: {v}"],
        "fr": ["L'IČO de la société est {v}.", "IČO : {v}"],
        "it": ["L'IČO della società è {v}.", "IČO: {v}"],
        "nl": ["Het IČO van het bedrijf is {v}.", "IČO: {v}"],
        "cs": ["Naše IČO je {v}, DIČ doplníme.", "IČO: {v}"],
        "en": ["The company's IČO is {v}.", "IČO: {v}"],
    },
    "eu_vat": {
        "de": ["Unsere USt-IdNr. lautet {v}.", "USt-IdNr.: {v}"],
        "fr": ["Notre numéro de TVA intracommunautaire est {v}.", "N° TVA : {v}"],
        "it": ["La nostra partita IVA comunitaria è {v}.", "P.IVA: {v}"],
        "nl": ["Ons btw-nummer is {v}.", "Btw-id: {v}"],
        "cs": ["Naše DIČ je {v}.", "DIČ: {v}"],
        "en": ["Our VAT number is {v}.", "VAT ID: {v}"],
    },
    "passport_mrz": {
        "de": ["Hier die Zeilen aus meinem Reisepass:\n{v}\nPasst das so?", "MRZ vom Pass:\n{v}"],
        "fr": ["Voici la bande MRZ de mon passeport :\n{v}\nMerci !", "Passeport, zone MRZ :\n{v}"],
        "it": ["Ecco la zona MRZ del passaporto:\n{v}\nGrazie", "Passaporto MRZ:\n{v}"],
        "nl": ["Hier de MRZ van mijn paspoort:\n{v}\nGroetjes", "Paspoort MRZ:\n{v}"],
        "cs": ["Posílám MRZ z cestovního pasu:\n{v}\nDíky", "Pas, MRZ:\n{v}"],
        "en": ["Here's the MRZ from my passport:\n{v}\nThanks", "Passport MRZ:\n{v}"],
    },
}


def group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


class Gen:
    """One rule's generator: yields (formatted value, oracle name) pairs and
    validates any formatted value with the rule's oracle."""

    def __init__(self, rule: str, make: Callable[[], Iterator[tuple[str, str]]], check: Callable[[str], object],
                 keep_prefix: int = 0, editable: Callable[[str], list[int]] | None = None) -> None:
        self.rule, self.make, self.check = rule, make, check
        # Which digits the invalid twin may change: never the country or
        # issuer prefix, and never an embedded birth date, so that the check
        # digit is the only thing wrong with it.
        self.editable = editable or (lambda value: [i for i, c in enumerate(value) if c.isdigit() and i >= keep_prefix])

    def verdict(self, value: str) -> str | None:
        try:
            self.check(value)
        except o.ValidationError as e:
            return type(e).__name__
        return None


def faker(locale: str, seed: int) -> Faker:
    f = Faker(locale)
    f.seed_instance(seed)
    return f


# ---- per-rule value sources ------------------------------------------------

IBAN_LOCALES = ["de_CH", "nl_NL", "de_AT", "cs_CZ", "de_DE", "fr_FR", "it_IT", "en_GB", "nl_BE", "pl_PL",
                "es_ES", "pt_PT", "sk_SK", "da_DK", "fi_FI", "el_GR", "ro_RO", "en_IE"]
# Countries Faker has no bank provider for: random numeric BBAN of the
# registry length, check digits from stdnum.iban.calc_check_digits.
IBAN_OWN = {"LI": 17, "LU": 16, "SE": 20, "NO": 11, "HU": 24, "SI": 15, "HR": 17, "LT": 16, "EE": 16}


def iban_values(rng: random.Random) -> Iterator[tuple[str, str]]:
    fakers = [faker(loc, 100 + i) for i, loc in enumerate(IBAN_LOCALES)]
    own = list(IBAN_OWN.items())
    i = j = k = 0
    while True:
        if i % 3 == 2:
            cc, n = own[j % len(own)]
            j += 1
            bban = "".join(rng.choice("0123456789") for _ in range(n))
            value = cc + o.std_iban.calc_check_digits(cc + "00" + bban) + bban
            src = "own numeric BBAN + stdnum.iban.calc_check_digits"
        else:
            value = fakers[k % len(fakers)].iban()
            src = "faker.iban(" + IBAN_LOCALES[k % len(fakers)] + ")"
            k += 1
        i += 1
        yield (group4(value) if i % 2 else value), src


def card_values(rng: random.Random) -> Iterator[tuple[str, str]]:
    f = faker("en_GB", 7)
    kinds = ["visa", "mastercard", "amex", "discover", "jcb", "diners"]
    i = 0
    while True:
        kind = kinds[i % len(kinds)]
        digits = f.credit_card_number(kind)
        if o.Card.issuer(digits) != kind:  # Faker's JCB prefixes include 35xx outside 3528-3589
            continue
        i += 1
        style = i % 3
        if kind == "amex":
            v = group(digits, [4, 6, 5]) if style else digits
        elif kind == "diners":
            v = group(digits, [4, 6, 4]) if style else digits
        else:
            v = {0: digits, 1: group4(digits), 2: group4(digits).replace(" ", "-")}[style]
        yield v, f"faker.credit_card_number({kind})"


def bic_values(rng: random.Random) -> Iterator[tuple[str, str]]:
    locs = ["de_CH", "de_DE", "fr_FR", "it_IT", "nl_NL", "cs_CZ", "en_GB", "de_AT", "nl_BE", "pl_PL", "es_ES"]
    fs = [faker(loc, 300 + i) for i, loc in enumerate(locs)]
    i = 0
    while True:
        f = fs[i % len(fs)]
        v = f.swift(length=8 if i % 2 else 11)
        i += 1
        yield v, f"faker.swift({locs[(i - 1) % len(locs)]})"


def ahv_values(rng: random.Random) -> Iterator[tuple[str, str]]:
    f = faker("de_CH", 11)
    i = 0
    while True:
        v = f.ssn()  # 756.XXXX.XXXX.XX
        digits = v.replace(".", "")
        i += 1
        yield {0: v, 1: digits, 2: group(digits, [3, 4, 4, 2])}[i % 3], "faker.ssn(de_CH)"


def ch_uid_values(rng: random.Random) -> Iterator[tuple[str, str]]:
    f = faker("fr_CH", 12)
    i = 0
    while True:
        v = f.uid()  # CHE-XXX.XXX.XXX
        i += 1
        yield (v if i % 2 else v.replace("-", "").replace(".", "")), "faker.uid(fr_CH)"


def de_tax_values(rng: random.Random) -> Iterator[tuple[str, str]]:
    i = 0
    while True:
        body = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(9))
        v = body + o.mod_11_10.calc_check_digit(body)
        if not o.std_de_idnr.is_valid(v):  # digit-repetition rule of the IdNr
            continue
        i += 1
        yield (group(v, [2, 3, 3, 3]) if i % 2 else v), "own random + stdnum.iso7064.mod_11_10"


def de_svnr_values(rng: random.Random) -> Iterator[tuple[str, str]]:
    f = faker("de_DE", 13)
    i = 0
    while True:
        v = f.rvnr()
        try:
            o.DeSvnr.validate(v)
        except o.ValidationError:
            continue
        i += 1
        yield (f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if i % 2 else v), "faker.rvnr(de_DE)"


def at_svnr_values(rng: random.Random) -> Iterator[tuple[str, str]]:
    f = faker("de_AT", 14)
    i = 0
    while True:
        v = f.ssn()
        i += 1
        yield (f"{v[:4]} {v[4:]}" if i % 2 else v), "faker.ssn(de_AT)"


def bsn_values(rng: random.Random) -> Iterator[tuple[str, str]]:
    f = faker("nl_NL", 15)
    i = 0
    while True:
        v = f.ssn()
        i += 1
        yield {0: v, 1: f"{v[:4]}.{v[4:6]}.{v[6:]}", 2: group(v, [3, 3, 3])}[i % 3], "faker.ssn(nl_NL)"


def cz_rc_values(rng: random.Random) -> Iterator[tuple[str, str]]:
    f = faker("cs_CZ", 16)
    i = 0
    while True:
        v = f.birth_number()
        if len(v) != 11:  # only 10-digit numbers; 9-digit ones (before 1954) carry no check digit
            continue
        i += 1
        yield (v if i % 3 else v.replace("/", "")), "faker.birth_number(cs_CZ)"


def cz_ico_values(rng: random.Random) -> Iterator[tuple[str, str]]:
    i = 0
    while True:
        v = "".join(rng.choice("0123456789") for _ in range(8))
        if not o.std_cz_dic.is_valid(v):
            continue
        i += 1
        yield (v if i % 4 else group(v, [3, 2, 3])), "own random 8 digits, stdnum.cz.dic"


# el_GR is left out: its vat_id() is not reproducible under a fixed seed.
VAT_FAKER = ["de_AT", "cs_CZ", "de_DE", "it_IT", "nl_BE", "sl_SI", "bg_BG"]
# Random candidates in each country's shape; stdnum's country module decides.
VAT_SHAPES = {
    "AT": "ATU########", "BE": "BE0#########", "CZ": "CZ########", "DE": "DE#########", "DK": "DK########",
    "ES": "ESB########", "FI": "FI########", "FR": "FR###########", "IT": "IT###########", "LU": "LU########",
    "NL": "NL#########B01", "PL": "PL##########", "PT": "PT#########", "SE": "SE##########01",
    "SI": "SI########", "SK": "SK##########", "HU": "HU########", "EL": "EL#########", "IE": "IE#######@H",
    "HR": "HR###########", "EE": "EE#########", "LT": "LT#########", "RO": "RO########",
}


def vat_values(rng: random.Random) -> Iterator[tuple[str, str]]:
    fs = [faker(loc, 400 + i) for i, loc in enumerate(VAT_FAKER)]
    shapes = list(VAT_SHAPES.items())
    i = j = 0
    while True:
        if i % 4 == 0:
            k = (i // 4) % len(fs)
            v = fs[k].vat_id()
            src = f"faker.vat_id({VAT_FAKER[k]})"
        else:
            cc, shape = shapes[j % len(shapes)]
            j += 1
            v = ""
            for _ in range(200000):
                cand = "".join(rng.choice("0123456789") if c == "#" else rng.choice("ABCDEFGHIJKLMNOPQRSTUVW") if c == "@" else c for c in shape)
                if o.std_eu_vat.is_valid(cand):
                    v = cand
                    break
            src = f"own random {shape}, stdnum.eu.vat ({cc.lower()})"
        i += 1
        if v and o.std_eu_vat.is_valid(v):
            yield v, src


NATIONS = [("D", "de_DE"), ("CHE", "de_CH"), ("AUT", "de_AT"), ("NLD", "nl_NL"), ("CZE", "cs_CZ"),
           ("FRA", "fr_FR"), ("ITA", "it_IT"), ("GBR", "en_GB")]


def mrz_values(rng: random.Random) -> Iterator[tuple[str, str]]:
    fs = {loc: faker(loc, 500 + i) for i, (_, loc) in enumerate(NATIONS)}
    i = 0
    while True:
        nat, loc = NATIONS[i % len(NATIONS)]
        f = fs[loc]
        i += 1
        sex = rng.choice("MF")
        first = f.first_name_male() if sex == "M" else f.first_name_female()
        last = f.last_name_male() if sex == "M" and hasattr(f, "last_name_male") else (
            f.last_name_female() if hasattr(f, "last_name_female") else f.last_name())
        code = nat.ljust(3, "<")
        line1 = ("P<" + code + o.mrz_name(last) + "<<" + o.mrz_name(first)).ljust(44, "<")[:44]
        number = rng.choice("CFGHJK") + "".join(rng.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
        dob = o.date_of_birth(f, 18, 80).strftime("%y%m%d")
        expiry = f"{rng.randint(27, 35)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        personal = "" if nat in ("D", "CHE", "AUT") else "".join(rng.choice("0123456789") for _ in range(rng.choice([0, 9])))
        line2 = o.Mrz.line2(number, code, dob, sex, expiry, personal)
        yield line1 + "\n" + line2, "own ICAO 9303 TD3 (names faker " + loc + ")"


GENS = [
    Gen("iban", iban_values, o.std_iban.validate, keep_prefix=2),
    Gen("payment_card", card_values, o.Card.validate, keep_prefix=6),
    Gen("bic", bic_values, o.std_bic.validate),
    Gen("ch_ahv", ahv_values, o.std_ch_ssn.validate, keep_prefix=3),
    Gen("ch_uid", ch_uid_values, o.std_ch_uid.validate, keep_prefix=3),
    Gen("de_tax_id", de_tax_values, o.std_de_idnr.validate),
    Gen("de_svnr", de_svnr_values, o.DeSvnr.validate,
        editable=lambda s: [i for i, c in enumerate(s) if c.isdigit() and any(a.isalpha() for a in s[:i])]),
    Gen("at_svnr", at_svnr_values, o.std_at_vnr.validate, editable=lambda s: [0, 1, 2, 3]),
    Gen("nl_bsn", bsn_values, o.std_nl_bsn.validate),
    Gen("cz_birth_number", cz_rc_values, o.std_cz_rc.validate, keep_prefix=6),
    Gen("cz_ico", cz_ico_values, o.std_cz_dic.validate),
    Gen("eu_vat", vat_values, o.std_eu_vat.validate, keep_prefix=2),
    Gen("passport_mrz", mrz_values, o.Mrz.validate,  # document number, check digits, personal number
        editable=lambda s: [45 + i for i in [*range(10), 19, 27, *range(28, 44)] if s[45 + i].isdigit()]),
]

ORACLE_NAME = {
    "iban": "stdnum.iban", "payment_card": "stdnum.luhn + issuer ranges", "bic": "stdnum.bic",
    "ch_ahv": "stdnum.ch.ssn", "ch_uid": "stdnum.ch.uid", "de_tax_id": "stdnum.de.idnr",
    "de_svnr": "own DRV check (scripts/oracle_lib.py)", "at_svnr": "stdnum.at.vnr", "nl_bsn": "stdnum.nl.bsn",
    "cz_birth_number": "stdnum.cz.rc", "cz_ico": "stdnum.cz.dic", "eu_vat": "stdnum.eu.vat",
    "passport_mrz": "own ICAO 9303 (scripts/oracle_lib.py)",
}


def mutate(gen: Gen, value: str, rng: random.Random) -> tuple[str, str] | None:
    """One digit changed so that the oracle rejects the value with a checksum
    error (or, for BIC, which has no check digit, a structure error)."""
    if gen.rule == "bic":
        return mutate_bic(value, rng)
    positions = gen.editable(value)
    rng.shuffle(positions)
    for i in positions:
        for d in rng.sample("0123456789", 10):
            if d == value[i]:
                continue
            cand = value[:i] + d + value[i + 1:]
            if gen.verdict(cand) in ("InvalidChecksum",):
                return cand, "InvalidChecksum"
    return None


def mutate_bic(value: str, rng: random.Random) -> tuple[str, str] | None:
    """BIC has no check digit: the invalid twin carries a country code that
    ISO 3166-1 does not assign (a digit in the bank code is no longer a fair
    negative: ISO 9362:2014 made that part alphanumeric)."""
    cand = value[:4] + rng.choice(["XX", "QQ", "ZZ", "JJ", "XA", "OO", "UU", "YY"]) + value[6:]
    try:
        o.std_bic.validate(cand)
    except o.ValidationError as e:
        return cand, type(e).__name__
    return None


def build(seed: int = 20261122) -> list[dict]:
    rows = []
    for gi, gen in enumerate(GENS):
        rng = random.Random(seed + gi)
        seen: set[str] = set()
        valid, invalid = [], []
        for value, src in gen.make(rng):
            if len(valid) >= PER_RULE:
                break
            if value in seen or gen.verdict(value) is not None:
                continue
            bad = mutate(gen, value, rng)
            if bad is None:
                continue
            seen.add(value)
            valid.append((value, src))
            how = "country code replaced by an unassigned one" if gen.rule == "bic" else "one digit changed"
            invalid.append((bad[0], f"{src}; {how}, {ORACLE_NAME[gen.rule]} says {bad[1]}"))
        for k, (value, src) in enumerate(valid + invalid):
            is_valid = k < len(valid)
            lang = LANGS[k % len(LANGS)]
            sentences = SENTENCES[gen.rule][lang]
            text = sentences[(k // len(LANGS)) % len(sentences)].format(v=value)
            assert text.count(value) == 1, (gen.rule, text)
            assert (gen.verdict(value) is None) == is_valid, (gen.rule, value)
            rows.append({"rule": gen.rule, "text": text, "value": value, "valid": is_valid,
                         "oracle": f"{ORACLE_NAME[gen.rule]} <- {src}"})
    return rows
