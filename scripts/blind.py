#!/usr/bin/env python3
"""Generates the blind corpus crate/tests/fixtures/blind.jsonl.

A third labelled corpus, written without reading the detectors
(crate/src/detect/), the first corpus's templates (corpus_templates.py) or the
held-out corpus (heldout.py, heldout_templates.py, heldout.jsonl): only the
product brief, the label conventions of corpus.jsonl (which span each rule
labels) and the helpers in oracle_lib.py and vectors.py. Templates are in
scripts/blind_templates.py; values come from Faker, from hand lists of real
streets and towns (Faker's street names are often not realistic), and from the
secret builders of oracle_lib, all in scripts/blind_lib.py (shared with
blind2.py). Every identifier that is labelled is checked
valid by python-stdnum (or oracle_lib's published-algorithm checks), every
invalid twin in a hard negative is checked to fail with InvalidChecksum.

Same line format as corpus.jsonl: {"id", "lang", "text", "labels": [{"rule",
"start", "end"}], "hard_negative"}, offsets in UTF-16 code units. Fixed seed:
the output is the same on every run.

    python3 scripts/blind.py            # writes crate/tests/fixtures/blind.jsonl
    python3 scripts/accuracy.py --corpus crate/tests/fixtures/blind.jsonl --section blind
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import oracle_lib as o
from blind_lib import LANGS, Ctx, render
from blind_templates import ALIASES, SLOT_RULE, T

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "crate" / "tests" / "fixtures" / "blind.jsonl"
SEED = 20261207


def build(seed: int = SEED) -> list[dict]:
    rows = []
    for li, lang in enumerate(LANGS):
        rng = random.Random(seed + li)
        ctx = Ctx(lang, rng)
        items = [(t, False) for t in T[lang]["pos"]] + [(t, True) for t in T[lang]["neg"]]
        rng.shuffle(items)
        for n, (tpl, neg) in enumerate(items):
            ctx.last_person = None
            text, labels = render(tpl, ctx, SLOT_RULE.get, ALIASES)
            assert "⟦" not in text and not re.search(r"«\w+»", text), tpl  # French «» quotes stay
            assert bool(labels) != neg, (lang, tpl)
            rows.append({"id": f"{lang}-b{n:03d}", "lang": lang, "text": text, "labels": labels, "hard_negative": neg})
    return rows


def main() -> None:
    with o.frozen_reference_day():
        rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    neg = sum(r["hard_negative"] for r in rows)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} posts, {neg} hard negatives, "
          f"{sum(len(r['labels']) for r in rows)} labels")


if __name__ == "__main__":
    main()
