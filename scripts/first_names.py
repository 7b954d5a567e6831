#!/usr/bin/env python3
"""Writes crate/src/detect/person_name_dict.rs: common first names of the
ten countries ComposeGuard's six languages are spoken in, from a public name
dictionary, for `person_name`.

Source: Jörg Michael's first-name dictionary `nam_dict.txt` (2008, GNU Free
Documentation License 1.2), which gives for each of about 48,000 first names
a frequency from 1 (rare) to 13 (extremely common) per country. It ships in
the PyPI package gender-guesser 0.4.0:

    pip download --no-deps -d /tmp/gg gender-guesser==0.4.0
    apt-get install wngerman wfrench witalian wdutch wamerican
    python3 scripts/first_names.py /tmp/gg/gender_guesser-0.4.0-py2.py3-none-any.whl

A name is kept when it reaches FREQUENCY in Great Britain, Ireland, Italy,
France, Belgium, the Netherlands, Germany, Austria, Switzerland or the Czech
Republic, or IMMIGRANT_FREQUENCY (very common) in a country that many
residents of those ten come from (Portugal, Spain, Poland, Slovakia, Hungary,
Romania, Bosnia, Croatia, Kosovo, Serbia, Albania, Greece, Russia, Ukraine,
Turkey, the Arab world and Persia, Vietnam: names like "Besim", "Zlatko",
"Ebru" in a German post), is not yet in the hand-written lists of person_name.rs and
person_name_lists.rs, and is no common word: not a lowercase word of the
Debian word lists of en, fr, it, nl and de ("may", "rosa"), and no German
noun ("Rose") unless it is common as a first name in a German-speaking
country. Faker's locale lists are not used on purpose: the test corpora are
generated with Faker, and its names would inflate the figures.
"""

import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate/src/detect/person_name_dict.rs"
# The dictionary's columns (after column 30) of the countries we serve.
COLUMNS = {"gb": 0, "ie": 1, "it": 3, "fr": 7, "be": 8, "nl": 10, "de": 12, "at": 13, "ch": 14, "cz": 24}
# Main countries of origin of immigrants to those ten, by their columns.
IMMIGRANT_COLUMNS = {
    "pt": 5, "es": 6, "pl": 23, "sk": 25, "hu": 26, "ro": 27, "ba": 29, "hr": 30, "xk": 31,
    "rs": 34, "al": 36, "gr": 37, "ru": 38, "ua": 41, "tr": 46, "ar": 47, "vn": 53,
}
GERMAN = ("de", "at", "ch")
# 5 of 13: common; 4 would double the list (size of the wasm module).
FREQUENCY = 5
# 7 of 13 in an immigrant country: about 800 names, 8 KB; 5 would add 26 KB.
IMMIGRANT_FREQUENCY = 7
# A country, a month, a town, and short forms that read as abbreviations.
NOT_NAMES = {"augusta", "france", "gea", "ine", "ita", "jac", "june", "ota", "oto"}
WORD_LISTS = ["american-english", "french", "italian", "dutch", "ngerman"]


def frequencies(lines):
    """{lowercase name: {country: highest frequency}} of the served countries."""
    names = {}
    for line in lines:
        # '+' in column 30 repeats a name with expanded umlauts.
        if line[:1] in "#=" or line[29:30] == "+":
            continue
        name = line.split()[1].lower()
        if "+" in name:
            continue
        freq = names.setdefault(name, {})
        for country, col in {**COLUMNS, **IMMIGRANT_COLUMNS}.items():
            digit = line[30 + col : 31 + col].strip()
            if digit:
                freq[country] = max(freq.get(country, 0), int(digit, 16))
    return names


def common_words():
    """Lowercase common words, and German nouns (capitalised), lowercased."""
    lower, nouns = set(), set()
    for name in WORD_LISTS:
        for word in open(f"/usr/share/dict/{name}", encoding="utf-8", errors="ignore"):
            word = word.strip()
            if word[:1].islower():
                lower.add(word)
            elif name == "ngerman" and word[:1].isupper():
                nouns.add(word.lower())
    return lower, nouns


def hand_written():
    src = "".join((ROOT / "crate/src/detect" / f).read_text() for f in ("person_name.rs", "person_name_lists.rs"))
    # Line by line: a stray quote in a comment must not shift the pairing.
    # Packed lists end each word with a written-out "\n".
    return {w.removesuffix("\\n") for line in src.splitlines() for w in re.findall(r'"([^"]+)"', line)}


def select(names, lower, nouns, known):
    """(name, home): home is False for a name common only in a country of
    origin, which person_name trusts after a trigger but not alone."""
    for name, freq in sorted(names.items()):
        german = max((freq.get(c, 0) for c in GERMAN), default=0) >= FREQUENCY
        home = max((freq.get(c, 0) for c in COLUMNS), default=0) >= FREQUENCY
        origin = max((freq.get(c, 0) for c in IMMIGRANT_COLUMNS), default=0) >= IMMIGRANT_FREQUENCY
        if not (home or origin) or name in known or len(name) < 3:
            continue
        if name in lower or name in NOT_NAMES or (name in nouns and not german):
            continue
        yield name, home


def rust_list(doc, const, names):
    """One list as a PackedWords: the names in one string, one per line (a
    `&[&str]` would add 8 bytes of pointer and length per name to the wasm
    module)."""
    body, line = [], "   "
    for name in names:
        item = f' "{name}\\n",'
        if len(line) + len(item) > 100:
            body.append(line)
            line = "   "
        line += item
    body.append(line)
    return (doc + "#[rustfmt::skip]\n" f"pub(crate) const {const}: PackedWords = PackedWords(concat!(\n"
            + "\n".join(body) + "\n));\n")


def rust(home, origin):
    return (
        "//! First names from a public name dictionary, for `person_name`: written by\n"
        "//! `scripts/first_names.py` (see there for the source, Jörg Michael's\n"
        "//! `nam_dict.txt`, GNU FDL 1.2, and the selection); do not edit by hand.\n\n"
        "use super::lexicon_common::PackedWords;\n\n"
        + rust_list(
            "/// First names common (5 of 13 or more) in GB, IE, IT, FR, BE, NL, DE, AT,\n"
            "/// CH or CZ, that are no common word and not in the hand-written lists;\n"
            "/// lowercase, sorted.\n",
            "DICT_FIRST_NAMES",
            home,
        )
        + "\n"
        + rust_list(
            "/// First names very common (7 of 13 or more) only in a main country of\n"
            "/// origin of immigrants to those ten (Turkey, Poland, Portugal, the\n"
            "/// Balkans, Vietnam …), no common word and in no other list; lowercase,\n"
            "/// sorted.\n",
            "ORIGIN_FIRST_NAMES",
            origin,
        )
    )


def main():
    with zipfile.ZipFile(sys.argv[1]) as whl:
        text = whl.read("gender_guesser/data/nam_dict.txt").decode("utf-8")
    names = frequencies(text.splitlines())
    lower, nouns = common_words()
    chosen = list(select(names, lower, nouns, hand_written()))
    home = [n for n, h in chosen if h]
    origin = [n for n, h in chosen if not h]
    OUT.write_text(rust(home, origin))
    print(f"{len(home)} + {len(origin)} names written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
