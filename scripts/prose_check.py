#!/usr/bin/env python3
"""Runs the scanner over ordinary prose nobody wrote for it, and counts.

The labelled corpora measure precision and recall on posts written to test
the rules. This measures something they cannot: how often the rules fire on
plain text from elsewhere, in bulk. The text is Debian's fortune cookies
(quotations, jokes, poems, anecdotes, Usenet and IRC snippets) in English,
German, Italian and Czech, about 8 MB, and, as Debian has no fortunes in
French or Dutch, its French and Dutch manual pages (technical prose full of
numbers, versions, paths, options and password talk), installed from apt:

    apt-get install fortunes fortunes-de fortunes-it fortunes-cs manpages-fr manpages-nl

Each cookie, and each paragraph of a manual page, is one post. The manual
pages are rendered with `man -l` once and kept in target/prose-cache/. It is
not labelled: quotations end with real authors' names, manual pages name
their authors and translators, and some cookies hold real addresses, phone
numbers, e-mail addresses and IP addresses, which the rules should find. So
the report
gives, per rule and language, the findings per megabyte and a random sample
of them in context, to be read by a person: a finding that is not what its
rule says is a false positive, and the sample shows which kind.

    python3 scripts/prose_check.py                 # summary and 8 samples per rule
    python3 scripts/prose_check.py --show 30 --rule customer_relationship
    python3 scripts/prose_check.py --bin target/release/composeguard

Exits 2 when the texts or the scanner are missing, else 0: it counts,
it does not judge. The texts are read from the system, never copied into
the repository (they come under their own licences).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORTUNES = Path("/usr/share/games/fortunes")
MANUALS = Path("/usr/share/man")
CACHE = ROOT / "target" / "prose-cache"
# Language → (kind, directory): fortune files (English ones sit at the top
# level) or manual pages.
SOURCES = {
    "en": ("fortunes", FORTUNES), "de": ("fortunes", FORTUNES / "de"), "it": ("fortunes", FORTUNES / "it"),
    "cs": ("fortunes", FORTUNES / "cs"), "fr": ("man", MANUALS / "fr"), "nl": ("man", MANUALS / "nl"),
}
PACKAGES = "fortunes fortunes-de fortunes-it fortunes-cs manpages-fr manpages-nl"
# Cookies longer than this are ASCII art or whole stories, not posts.
MAX_POST = 3000
SEED = 7


def cookies(lang: str, directory: Path):
    """(id, text) of every cookie of one language, in file order."""
    for path in sorted(directory.iterdir()):
        if not path.is_file() or path.is_symlink() or path.suffix in {".dat", ".u8"}:
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        for i, cookie in enumerate(re.split(r"\n%\n", text)):
            cookie = cookie.strip()
            if cookie and len(cookie) <= MAX_POST:
                yield f"{lang}:{path.name}:{i}", cookie


def manual_paragraphs(lang: str, directory: Path):
    """(id, text) of every paragraph of the manual pages of one language."""
    for path in sorted(directory.rglob("*.gz")):
        if not path.is_file():
            continue
        for i, paragraph in enumerate(re.split(r"\n\s*\n", rendered(lang, path))):
            lines = [line.strip() for line in paragraph.splitlines()]
            text = "\n".join(line for line in lines if line)
            if len(text) >= 40 and len(text) <= MAX_POST:
                yield f"{lang}:{path.name.removesuffix('.gz')}:{i}", text


def rendered(lang: str, path: Path) -> str:
    """A manual page as plain text (man -l, overstrikes removed), cached."""
    cached = CACHE / lang / (path.name.removesuffix(".gz") + ".txt")
    if cached.is_file():
        return cached.read_text(encoding="utf-8")
    run = subprocess.run(["man", "-l", str(path)], capture_output=True, check=False,
                         env={"PATH": "/usr/bin:/bin", "MANWIDTH": "100", "LANG": "C.UTF-8"})
    text = re.sub(r".\x08", "", run.stdout.decode("utf-8", errors="replace"))
    # The first and last lines are the page's running header and footer.
    text = "\n".join(text.splitlines()[1:-1])
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text(text, encoding="utf-8")
    return text


def utf16_to_index(text: str, unit: int) -> int:
    """The str index of a UTF-16 offset (the scanner's offsets are UTF-16)."""
    count = 0
    for i, ch in enumerate(text):
        if count >= unit:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--bin", default=str(ROOT / "target" / "release" / "composeguard"), help="the composeguard binary")
    parser.add_argument("--show", type=int, default=8, help="sample findings shown per rule (default 8)")
    parser.add_argument("--rule", help="show samples of this rule only")
    args = parser.parse_args()

    missing = [str(d) for _, d in SOURCES.values() if not d.is_dir()]
    if missing:
        print(f"prose_check: no texts in {', '.join(missing)}; install them: apt-get install {PACKAGES}", file=sys.stderr)
        return 2
    if not Path(args.bin).is_file():
        print(f"prose_check: no scanner at {args.bin}; build it: ./build.sh", file=sys.stderr)
        return 2

    posts: dict[str, str] = {}
    size: collections.Counter[str] = collections.Counter()
    for lang, (kind, directory) in SOURCES.items():
        for pid, text in (cookies if kind == "fortunes" else manual_paragraphs)(lang, directory):
            posts[pid] = text
            size[lang] += len(text.encode("utf-8"))
    lines = "".join(json.dumps({"id": pid, "text": text}, ensure_ascii=False) + "\n" for pid, text in posts.items())
    run = subprocess.run([args.bin, "scan", "--jsonl"], input=lines.encode("utf-8"), capture_output=True, check=False)
    if run.returncode not in (0, 1):
        print(f"prose_check: the scanner failed: {run.stderr.decode(errors='replace')}", file=sys.stderr)
        return 2

    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    samples: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for line in run.stdout.decode("utf-8").splitlines():
        out = json.loads(line)
        text = posts[out["id"]]
        lang = out["id"].split(":", 1)[0]
        for f in out.get("findings", []):
            counts[(f["rule"], lang)] += 1
            start, end = utf16_to_index(text, f["start"]), utf16_to_index(text, f["end"])
            context = f"{text[max(0, start - 50):start]}[[{text[start:end]}]]{text[end:end + 30]}"
            samples[f["rule"]].append((out["id"], context.replace("\n", "⏎").replace("\t", " ")))

    langs = list(SOURCES)
    total_mb = sum(size.values()) / 1e6
    print(f"{len(posts)} posts, {total_mb:.1f} MB: " + ", ".join(f"{lang} {size[lang] / 1e6:.1f} MB" for lang in langs))
    print()
    print("| rule | " + " | ".join(langs) + " | per MB |")
    print("| --- | " + " | ".join("---:" for _ in langs) + " | ---: |")
    for rule in sorted({r for r, _ in counts}):
        row = [counts[(rule, lang)] for lang in langs]
        print(f"| `{rule}` | " + " | ".join(str(n) for n in row) + f" | {sum(row) / total_mb:.1f} |")
    rng = random.Random(SEED)
    for rule in sorted(samples):
        if args.rule and rule != args.rule:
            continue
        picked = samples[rule] if len(samples[rule]) <= args.show else rng.sample(samples[rule], args.show)
        print(f"\n{rule}: {len(samples[rule])} findings, {len(picked)} shown")
        for pid, context in picked:
            print(f"  {pid}: {context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
