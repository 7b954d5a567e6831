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
Republic, is not yet in the hand-written lists of person_name.rs and
person_name_lists.rs, and is no common word: not a lowercase word of the
Debian word lists of en, fr, it, nl and de ("may", "rosa"), and no German
noun ("Rose") unless it is common as a first name in a German-speaking
country. Faker's locale lists are not used on purpose: the test corpora are
generated with Faker, and its names would inflate the figures.
"""

import ast
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate/src/detect/person_name_dict.rs"
# The dictionary's columns (after column 30) of the countries we serve.
COLUMNS = {"gb": 0, "ie": 1, "it": 3, "fr": 7, "be": 8, "nl": 10, "de": 12, "at": 13, "ch": 14, "cz": 24}
GERMAN = ("de", "at", "ch")
# 5 of 13: common; 4 would double the list (size of the wasm module).
FREQUENCY = 5
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
        for country, col in COLUMNS.items():
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
    return set(re.findall(r'"([^"]+)"', src))


def select(names, lower, nouns, known):
    for name, freq in sorted(names.items()):
        german = max((freq.get(c, 0) for c in GERMAN), default=0) >= FREQUENCY
        if max(freq.values(), default=0) < FREQUENCY or name in known or len(name) < 3:
            continue
        if name in lower or name in NOT_NAMES or (name in nouns and not german):
            continue
        yield name


def rust(names):
    body, line = [], "   "
    for name in names:
        item = f' "{name}",'
        if len(line) + len(item) > 100:
            body.append(line)
            line = "   "
        line += item
    body.append(line)
    return (
        "//! First names from a public name dictionary, for `person_name`: written by\n"
        "//! `scripts/first_names.py` (see there for the source, Jörg Michael's\n"
        "//! `nam_dict.txt`, GNU FDL 1.2, and the selection); do not edit by hand.\n\n"
        "/// First names common (5 of 13 or more) in GB, IE, IT, FR, BE, NL, DE, AT,\n"
        "/// CH or CZ, that are no common word and not in the hand-written lists;\n"
        "/// lowercase, sorted.\n"
        "#[rustfmt::skip]\n"
        "pub(crate) const DICT_FIRST_NAMES: &[&str] = &[\n" + "\n".join(body) + "\n];\n"
    )


def main():
    with zipfile.ZipFile(sys.argv[1]) as whl:
        text = whl.read("gender_guesser/data/nam_dict.txt").decode("utf-8")
    names = frequencies(text.splitlines())
    lower, nouns = common_words()
    chosen = list(select(names, lower, nouns, hand_written()))
    OUT.write_text(rust(chosen))
    print(f"{len(chosen)} names written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
