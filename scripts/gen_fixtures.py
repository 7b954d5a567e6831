#!/usr/bin/env python3
"""Generates ComposeGuard's independent test data.

Writes, deterministically (fixed seeds, pinned Faker and python-stdnum):

  crate/tests/fixtures/vectors.jsonl  per-rule validator vectors, valid and
                                      one-digit-changed invalid twins
  crate/tests/fixtures/corpus.jsonl   labelled multilingual posts and
                                      messages, about 35 % hard negatives

Values come from Faker or from generators written from the public
specification; every identifier's verdict comes from python-stdnum (or, where
stdnum has none, from the specification's algorithm checked against its own
worked example, see oracle_lib.py). Nothing here reads the scanner's code: the
data judges the detectors, it is not shaped by them.

Run from anywhere:  pip install -r scripts/requirements.txt
                    python3 scripts/gen_fixtures.py
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
import oracle_lib as o  # noqa: E402
import vectors  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "crate" / "tests" / "fixtures"


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


def pin_hash_seed() -> None:
    """Some Faker providers pick from sets, whose order follows Python's
    per-process string hashing; re-run with a fixed hash seed so that the
    output is byte-for-byte reproducible."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, *sys.argv], env)


def main() -> int:
    pin_hash_seed()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20261122, help="base seed (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=FIXTURES, help="output directory (default: crate/tests/fixtures)")
    args = ap.parse_args()

    with o.frozen_reference_day():
        vec = vectors.build(args.seed)
        posts = corpus.build(args.seed)
    write_jsonl(args.out / "vectors.jsonl", vec)
    counts = collections.Counter((r["rule"], r["valid"]) for r in vec)
    print(f"wrote {args.out / 'vectors.jsonl'}: {len(vec)} vectors")
    for rule in dict.fromkeys(r["rule"] for r in vec):
        print(f"  {rule:<18} valid {counts[(rule, True)]:>3}  invalid {counts[(rule, False)]:>3}")

    write_jsonl(args.out / "corpus.jsonl", posts)
    langs = collections.Counter(p["lang"] for p in posts)
    hard = sum(p["hard_negative"] for p in posts)
    labels = collections.Counter(lab["rule"] for p in posts for lab in p["labels"])
    print(f"wrote {args.out / 'corpus.jsonl'}: {len(posts)} posts, {hard} hard negatives "
          f"({100 * hard / len(posts):.0f} %), {sum(labels.values())} labels")
    print("  per language: " + ", ".join(f"{k} {n}" for k, n in langs.items()))
    for rule, n in sorted(labels.items()):
        print(f"  {rule:<30} {n:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
