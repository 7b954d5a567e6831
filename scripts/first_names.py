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
    pip install wordfreq==3.1.1
    python3 scripts/first_names.py /tmp/gg/gender_guesser-0.4.0-py2.py3-none-any.whl

A name is kept when it reaches FREQUENCY (common) in Great Britain, Ireland,
Italy, France, Belgium, the Netherlands, Germany, Austria, Switzerland or the
Czech Republic (DICT_FIRST_NAMES: enough for a name without a trigger), or
else HOME_ORIGIN_FREQUENCY there, or IMMIGRANT_FREQUENCY in a country that
many residents of those ten come from (Portugal, Spain, Poland, Slovakia,
Hungary, Romania, Bosnia, Croatia, Kosovo, Serbia, Albania, Greece, Russia,
Ukraine, Turkey, the Arab world and Persia, Vietnam: names like "Besim",
"Zlatko", "Ebru" in a German post), or OTHER_FREQUENCY (very common) in any
other country of the dictionary (the rest of Europe, the US, the Caucasus,
Israel, India, China, Japan, Korea: "Mikko", "Giorgi", "Anahit";
ORIGIN_FIRST_NAMES, trusted after a trigger or before a surname-shaped word),
is not yet in the hand-written lists of person_name.rs and
person_name_lists.rs (the ambiguous first names aside, which must stay
listed), and is no common word: not a lowercase word of the Debian word lists
of en, fr, it, nl and de ("may", "rosa"), no German noun ("Rose") unless it
is common as a first name in a German-speaking country or very common
(NOUN_NAME_FREQUENCY) anywhere (the German list also holds proper names:
"Pedro", "Fatima"), and for the countries of origin no common Czech word by
wordfreq ("ona", "sami"; Debian has no Czech list). Faker's locale lists are
not used on purpose: the test corpora are generated with Faker, and its names
would inflate the figures.

The thresholds were chosen by measuring (docs/person-name-model.md, "First-
name coverage"): lower home frequencies buy recall at the highest cost in
prose findings, as those names need no trigger. Both lists are written
front-coded (see `FrontCoded` in lexicon_common.rs), 43 % fewer bytes than
one name per line.

Needs wordfreq (pip install wordfreq==3.1.1) besides the word lists.
"""

import re
import sys
import zipfile
from pathlib import Path

from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate/src/detect/person_name_dict.rs"
# The dictionary's columns (after column 30) of the countries we serve.
COLUMNS = {"gb": 0, "ie": 1, "it": 3, "fr": 7, "be": 8, "nl": 10, "de": 12, "at": 13, "ch": 14, "cz": 24}
# Main countries of origin of immigrants to those ten, by their columns.
IMMIGRANT_COLUMNS = {
    "pt": 5, "es": 6, "pl": 23, "sk": 25, "hu": 26, "ro": 27, "ba": 29, "hr": 30, "xk": 31,
    "rs": 34, "al": 36, "gr": 37, "ru": 38, "ua": 41, "tr": 46, "ar": 47, "vn": 53,
}
# The other countries of the dictionary: the rest of Europe and the US,
# the Caucasus and Central Asia, Israel, and India, China, Japan and Korea
# where their names are written in Latin letters.
OTHER_COLUMNS = {
    "us": 2, "mt": 4, "lu": 9, "frisia": 11, "is": 15, "dk": 16, "no": 17, "se": 18, "fi": 19, "ee": 20,
    "lv": 21, "lt": 22, "bg": 28, "mk": 32, "me": 33, "si": 35, "by": 39, "md": 40, "am": 42, "az": 43,
    "ge": 44, "kz": 45, "il": 48, "cn": 49, "in": 50, "jp": 51, "kr": 52,
}
GERMAN = ("de", "at", "ch")
# 5 of 13: common. A name common at home pairs with any capitalised word
# (no trigger needed), so this threshold costs the most prose findings: 4
# would find about as many more names as the two below together, for 40 %
# more prose findings (docs/person-name-model.md, "First-name coverage").
FREQUENCY = 5
# 5 of 13 in an immigrant country (7 until tune12: 800 names; 5: 2,300).
IMMIGRANT_FREQUENCY = 5
# 4 of 13 at home: trusted like a name of a country of origin.
HOME_ORIGIN_FREQUENCY = 4
# 9 of 13 (very common) in one of the other countries ("Mikko", "Giorgi").
OTHER_FREQUENCY = 9
# A German "noun" of the word list that is this common (of 13) as a first
# name somewhere is a name: the list holds proper names ("Pedro", "Fatima").
NOUN_NAME_FREQUENCY = 7
# Czech has no Debian word list: a name of a country of origin that is
# this common a Czech word (wordfreq's Zipf scale: "ona", "sami", "života")
# is left out, unless it is a name in the Czech Republic or Slovakia.
CZECH_ZIPF = 4.15
# A country, a month, a town, a car, and short forms that read as
# abbreviations.
NOT_NAMES = {"augusta", "france", "gea", "ine", "ita", "jac", "june", "mercedes", "ota", "oto"}
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
        for country, col in {**COLUMNS, **IMMIGRANT_COLUMNS, **OTHER_COLUMNS}.items():
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
    words = [w for line in src.splitlines() for w in re.findall(r'"([^"]+)"', line)]
    # The ambiguous first names ("Georgia", "Hong") are first names that
    # need a trigger: they must stay in a first-name list, this one unless
    # a packed hand-written list has them.
    ambiguous = src[src.index("const AMBIGUOUS_FIRST_NAMES"):]
    ambiguous = set(re.findall(r'"([^"]+)"', ambiguous[: ambiguous.index("];")]))
    return {w.removesuffix("\\n") for w in words if w.endswith("\\n") or w not in ambiguous}


def select(names, lower, nouns, known):
    """(name, home): home is False for a name common only in a country of
    origin, which person_name trusts after a trigger but not alone."""
    for name, freq in sorted(names.items()):
        german = max((freq.get(c, 0) for c in GERMAN), default=0) >= FREQUENCY
        home = max((freq.get(c, 0) for c in COLUMNS), default=0) >= FREQUENCY
        origin = (max((freq.get(c, 0) for c in IMMIGRANT_COLUMNS), default=0) >= IMMIGRANT_FREQUENCY
                  or max((freq.get(c, 0) for c in COLUMNS), default=0) >= HOME_ORIGIN_FREQUENCY
                  or max((freq.get(c, 0) for c in OTHER_COLUMNS), default=0) >= OTHER_FREQUENCY)
        if not (home or origin) or name in known or len(name) < 3:
            continue
        noun = name in nouns and not german and max(freq.values(), default=0) < NOUN_NAME_FREQUENCY
        if name in lower or name in NOT_NAMES or noun:
            continue
        czech = max(freq.get("cz", 0), freq.get("sk", 0)) >= 4
        if not home and not czech and zipf_frequency(name, "cs") >= CZECH_ZIPF:
            continue
        yield name, home


def front_coded(names):
    """The sorted names front-coded: each one a digit, how many leading
    characters it shares with the one before (at most 9), then the rest."""
    out, prev = [], ""
    for name in names:
        assert not any(c.isdigit() for c in name), name
        shared = 0
        while shared < min(len(prev), len(name), 9) and prev[shared] == name[shared]:
            shared += 1
        out.append(f"{shared}{name[shared:]}")
        prev = name
    return out


def rust_list(doc, const, names):
    """One list as a FrontCoded string (see lexicon_common.rs): a `&[&str]`
    would add 8 bytes of pointer and length per name to the wasm module, one
    line per name ("marie\\n") 43 % more bytes."""
    body, line = [], '    "'
    for item in front_coded(names):
        if len(line) + len(item) > 98:
            body.append(line + '",')
            line = '    "'
        line += item
    body.append(line + '",')
    return (doc + "#[rustfmt::skip]\n" f"pub(crate) const {const}: FrontCoded = FrontCoded(concat!(\n"
            + "\n".join(body) + "\n));\n")


def rust(home, origin):
    return (
        "//! First names from a public name dictionary, for `person_name`: written by\n"
        "//! `scripts/first_names.py` (see there for the source, Jörg Michael's\n"
        "//! `nam_dict.txt`, GNU FDL 1.2, and the selection); do not edit by hand.\n\n"
        "use super::lexicon_common::FrontCoded;\n\n"
        + rust_list(
            "/// First names common (5 of 13 or more) in GB, IE, IT, FR, BE, NL, DE, AT,\n"
            "/// CH or CZ, that are no common word and not in the hand-written lists;\n"
            "/// lowercase, sorted.\n",
            "DICT_FIRST_NAMES",
            home,
        )
        + "\n"
        + rust_list(
            "/// First names of frequency 4 of 13 in those ten, or common (5 or more)\n"
            "/// in a main country of origin of immigrants to them (Turkey, Poland,\n"
            "/// Portugal, the Balkans, Vietnam …), or very common (9 or more) in\n"
            "/// another country of the dictionary (Finland, Georgia, India …); no\n"
            "/// common word and in no other list; lowercase, sorted.\n",
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
