#!/usr/bin/env python3
"""Measures the scanner against the labelled corpus.

Runs `composeguard scan --jsonl` over crate/tests/fixtures/corpus.jsonl (one
{"id", "text"} line in, one {"id", "findings": [...]} line out, offsets in
UTF-16 code units), or reads such output from --findings FILE, and reports per
rule precision, recall and F1. A true positive is a finding of the same rule
with exactly the labelled span; "partial" counts labels that a finding of the
same rule overlaps without matching exactly (those still count as a miss and
a false positive in the strict columns). Also reported: micro precision and
recall over all rules, and the share of hard-negative posts with any finding.

Writes docs/accuracy.md and prints a summary. The file has three sections:
the first corpus (corpus.jsonl, `--section main`), the held-out corpus
(heldout.jsonl, `--section heldout`, written after the rules were tuned, see
scripts/heldout.py) and the blind corpus (blind.jsonl, `--section blind`,
written without reading the rules or the earlier corpora, see
scripts/blind.py); each run rewrites only its own section and keeps the
others. `--section` defaults to `heldout` or `blind` when --corpus is
heldout.jsonl or blind.jsonl.

    python3 scripts/accuracy.py                      # first corpus
    python3 scripts/accuracy.py --corpus crate/tests/fixtures/heldout.jsonl
    python3 scripts/accuracy.py --corpus crate/tests/fixtures/blind.jsonl --section blind
 Exits 0 whenever it could
measure, whatever the scores: it measures, it does not judge. Exits 2 only
when it cannot measure (no binary, unreadable findings).

Build the CLI first:  cargo build --release -p composeguard --features cli
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "crate" / "tests" / "fixtures"
CORPUS = FIXTURES / "corpus.jsonl"
# The sections of the report after the first one, in the order they
# appear: name, the corpus it measures by default, heading.
SECTIONS = [
    ("heldout", "heldout.jsonl", "## Held-out corpus, written after the rules were tuned"),
    ("blind", "blind.jsonl", "## Blind corpus"),
    ("blind2", "blind2.jsonl", "## Second blind corpus"),
    ("blind3", "blind3.jsonl", "## Third blind corpus"),
    ("blind4", "blind4.jsonl", "## Fourth blind corpus"),
    ("blind5", "blind5.jsonl", "## Fifth blind corpus"),
    ("blind6", "blind6.jsonl", "## Sixth blind corpus"),
    ("blind7", "blind7.jsonl", "## Seventh blind corpus"),
    ("blind8", "blind8.jsonl", "## Eighth blind corpus"),
    ("blind9", "blind9.jsonl", "## Ninth blind corpus"),
    ("blind10", "blind10.jsonl", "## Tenth blind corpus"),
    ("blind11", "blind11.jsonl", "## Eleventh blind corpus"),
    ("blind12", "blind12.jsonl", "## Twelfth blind corpus"),
    ("blind13", "blind13.jsonl", "## Thirteenth blind corpus"),
    ("blind14", "blind14.jsonl", "## Fourteenth blind corpus"),
]
HEADINGS = {name: heading for name, _, heading in SECTIONS}
SECTION_OF = {FIXTURES / corpus: name for name, corpus, _ in SECTIONS}
BIN = ROOT / "target" / "release" / "composeguard"
OUT = ROOT / "docs" / "accuracy.md"


class CannotMeasure(Exception):
    """The scanner's output is missing or unreadable."""


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_scanner(binary: Path, posts: list[dict]) -> list[dict]:
    if not binary.exists():
        raise CannotMeasure(f"{binary} does not exist; build it with "
                            "`cargo build --release -p composeguard --features cli` or pass --bin/--findings")
    stdin = "".join(json.dumps({"id": p["id"], "text": p["text"]}, ensure_ascii=False) + "\n" for p in posts)
    proc = subprocess.run([str(binary), "scan", "--jsonl"], input=stdin, capture_output=True, text=True,
                          encoding="utf-8", check=False)
    if proc.returncode not in (0, 1):  # 1 = findings, as for every scan
        raise CannotMeasure(f"{binary} scan --jsonl exited {proc.returncode}: {proc.stderr.strip()[:500]}")
    return parse_findings(proc.stdout.splitlines(), str(binary))


def parse_findings(lines: list[str], source: str) -> list[dict]:
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            row["findings"] = [{"rule": str(f["rule"]), "start": int(f["start"]), "end": int(f["end"])}
                               for f in row["findings"]]
            row["id"] = str(row["id"])
        except (ValueError, KeyError, TypeError) as e:
            raise CannotMeasure(f"{source} line {n}: not a findings line ({e}): {line[:200]}") from e
        rows.append(row)
    return rows


class Tally:
    def __init__(self) -> None:
        self.gold = self.pred = self.tp = self.partial = 0

    @property
    def precision(self) -> float | None:
        return self.tp / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_post(gold: list[tuple[str, int, int]], pred: list[tuple[str, int, int]], tallies: dict[str, Tally]) -> None:
    for rule in {g[0] for g in gold} | {p[0] for p in pred}:
        g_spans = [(s, e) for r, s, e in gold if r == rule]
        p_spans = [(s, e) for r, s, e in pred if r == rule]
        t = tallies[rule]
        t.gold += len(g_spans)
        t.pred += len(p_spans)
        left = list(p_spans)
        missed = []
        for span in g_spans:
            if span in left:
                left.remove(span)
                t.tp += 1
            else:
                missed.append(span)
        for span in missed:
            hit = next((p for p in left if overlaps(p, span)), None)
            if hit is not None:
                left.remove(hit)
                t.partial += 1


def measure(posts: list[dict], findings: list[dict]) -> dict:
    by_id = {row["id"]: row["findings"] for row in findings}
    missing = [p["id"] for p in posts if p["id"] not in by_id]
    tallies: dict[str, Tally] = collections.defaultdict(Tally)
    hard = collections.Counter()
    hard_hit = collections.Counter()
    hard_rules = collections.Counter()
    for p in posts:
        pred = [(f["rule"], f["start"], f["end"]) for f in by_id.get(p["id"], [])]
        gold = [(lab["rule"], lab["start"], lab["end"]) for lab in p["labels"]]
        score_post(gold, pred, tallies)
        if p["hard_negative"]:
            hard[p["lang"]] += 1
            if pred:
                hard_hit[p["lang"]] += 1
                hard_rules.update({r for r, _, _ in pred})
    total = Tally()
    for t in tallies.values():
        total.gold += t.gold
        total.pred += t.pred
        total.tp += t.tp
        total.partial += t.partial
    return {"tallies": dict(tallies), "total": total, "hard": hard, "hard_hit": hard_hit,
            "hard_rules": hard_rules, "missing": missing, "posts": len(posts)}


def pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def rule_table(m: dict) -> list[str]:
    """The per-rule table with its micro total, as every section shows it."""
    lines = [
        "| rule | labels | findings | TP | partial | precision % | recall % | F1 % | recall+partial % |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    rows = [(f"`{rule}`", m["tallies"][rule]) for rule in sorted(m["tallies"])]
    for name, t in rows + [("**all (micro)**", m["total"])]:
        rp = (t.tp + t.partial) / t.gold if t.gold else None
        lines.append(f"| {name} | {t.gold} | {t.pred} | {t.tp} | {t.partial} | {pct(t.precision)} | "
                     f"{pct(t.recall)} | {pct(t.f1)} | {pct(rp)} |")
    return lines


def hard_table(m: dict) -> list[str]:
    """Hard negatives with a finding, per language, and the rules that fired."""
    lines = ["| language | hard negatives | with a finding | share % |", "| --- | ---: | ---: | ---: |"]
    for lang in sorted(m["hard"]):
        n, k = m["hard"][lang], m["hard_hit"][lang]
        lines.append(f"| {lang} | {n} | {k} | {pct(k / n if n else None)} |")
    if m["hard_rules"]:
        lines += ["", "Rules that fired on hard negatives (posts): " +
                  ", ".join(f"`{r}` {n}" for r, n in m["hard_rules"].most_common()) + "."]
    return lines


def render(m: dict, command: str, source: str) -> str:
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Scanner accuracy on the labelled corpus",
        "",
        f"Measured {now} with:",
        "",
        "```",
        command,
        "```",
        "",
        f"Corpus: `crate/tests/fixtures/corpus.jsonl`, {m['posts']} posts (generated by "
        "`scripts/gen_fixtures.py` from Faker data, identifiers checked with python-stdnum). "
        f"Findings from: {source}.",
        "",
        "A true positive (TP) is a finding of the labelled rule with exactly the labelled span "
        "(UTF-16 offsets). *Partial* counts labels that a finding of the same rule overlaps without "
        "matching exactly; they count as a miss and a false positive in the strict columns. "
        "*Recall+partial* is (TP + partial) / labels.",
        "",
        "**How far to trust these figures.** The corpus was generated independently of the "
        "detectors, but after a first measurement the mismatches of the weakest rules "
        "(customer_relationship, phone, secret_password_assignment, person_name, postal_address) "
        "were read to find what those rules missed, and the rules were then widened by general "
        "patterns (frames, call verbs, name triggers), not by the corpus's templates. The corpus has "
        "thereby become partly a development set: the figures below are an upper bound for those "
        "rules. The identifier rules were never tuned against it; their vectors "
        "(`crate/tests/fixtures/vectors.jsonl`) are judged by python-stdnum. Fourteen later corpora follow "
        "below: a held-out one (since used to widen six rules), a blind one (since used to widen "
        "eight rules), a second blind one (since used to widen five, and five more in the fourth "
        "session), a third blind one (used to widen six rules in the fourth session), a fourth "
        "blind one (used to widen five rules in session 4, tune4, after its honest first "
        "measurement), a fifth and a sixth blind one (used in session 5, tune5 and tune6, after their "
        "honest measurements), a seventh and an eighth (used in session 6, tune7, tune8 and the lead, "
        "after their honest measurements), a ninth (used in session 6, tune9), a tenth and an eleventh "
        "(used in session 7, tune10, tune11 and tune13, after their honest measurements), a twelfth and a "
        "thirteenth (used in session 8, tune14 and tune15, after their honest measurements). All of them "
        "are upper bounds now. The fourteenth blind corpus, last below, has been read by nobody: it is "
        "the only honest measure of the rules (issue 2).",
        "",
        "**Span of `customer_relationship`, in every corpus.** By the lead's product decision, a "
        "finding is the noun phrase that gives the relationship away, as a date of birth is the date "
        "without \"born on\": the possessive and the product or relationship noun, with \"with us\" "
        "(\"bei uns\", \"chez nous\", \"presso di noi\", \"bij ons\", \"u nás\") when it follows, or "
        "the loyalty, tenure or tier phrase (\"Ihre Treue\", \"cliente de longue date\", \"nostro "
        "cliente storico\"); the thanks and the verb frame around it (\"Danke für\", \"wir haben … "
        "geprüft\", \"as a\") are context. The labels of this corpus and of the held-out and first "
        "three blind corpora were moved to that convention in their templates (the text unchanged) "
        "and regenerated, so their figures compare like with like. Since session 7 (tune11, after the "
        "tenth corpus's labels) one exception: a status stated with \"as\" and our institution keeps "
        "the \"as\" (\"als Mitglied unserer Bank\", \"en tant que client de notre agence\"); later "
        "corpora's labellers differ on this, and a partial match counts as a miss and a false positive.",
        "",
    ]
    lines += rule_table(m)
    hard, hit = sum(m["hard"].values()), sum(m["hard_hit"].values())
    lines += [
        "",
        "## Hard negatives",
        "",
        f"Hard-negative posts (no label at all) with any finding: **{hit} of {hard} "
        f"({pct(hit / hard if hard else None)} %)**.",
        "",
    ]
    lines += hard_table(m)
    if m["missing"] and len(m["missing"]) == m["posts"]:
        lines += ["", "**The scanner returned no output line at all**, so every figure above is zero "
                  "by construction: this measures a CLI whose `scan --jsonl` is not implemented yet, "
                  "not the detectors. Re-run once it is."]
    elif m["missing"]:
        lines += ["", f"{len(m['missing'])} posts had no output line and were scored as no findings "
                  f"(first: {', '.join(m['missing'][:5])})."]
    return "\n".join(lines) + "\n"


def mismatches(posts: list[dict], findings: list[dict]) -> dict[str, dict[str, list[str]]]:
    """Per rule, the texts of posts where a label was missed and where a
    finding had no label of the same rule and span (strictly, as scored).
    Only for the report: scores come from measure()."""
    by_id = {row["id"]: row["findings"] for row in findings}
    out: dict[str, dict[str, list[str]]] = collections.defaultdict(lambda: {"missed": [], "flagged": []})

    def value(text: str, s: int, e: int) -> str:
        return text.encode("utf-16-le")[2 * s:2 * e].decode("utf-16-le")

    for p in posts:
        gold = {(lab["rule"], lab["start"], lab["end"]) for lab in p["labels"]}
        pred = {(f["rule"], f["start"], f["end"]) for f in by_id.get(p["id"], [])}
        for kind, spans in (("missed", gold - pred), ("flagged", pred - gold)):
            for rule, s, e in sorted(spans):
                out[rule][kind].append(f"{p['id']}: {value(p['text'], s, e)!r} in {p['text']!r}")
    return out


SECTION_TEXT = {
    "heldout": {
        "heading": HEADINGS["heldout"], "tag": "held-out",
        "made": "generated by `scripts/heldout.py` from the templates in `scripts/heldout_templates.py`",
    },
    "blind": {
        "heading": HEADINGS["blind"], "tag": "blind",
        "made": "generated by `scripts/blind.py` from the templates in `scripts/blind_templates.py`, "
                "real street and town names",
        "why": (
            "**Why a third corpus.** The held-out corpus is now being used to tune rules, so its figures are "
            "turning into an upper bound as well. This corpus was written by someone who read neither the "
            "detectors (`crate/src/detect/`) nor the templates or fixtures of the first and the held-out corpus: "
            "only the product brief, a dozen lines of `corpus.jsonl` for the label conventions, and the value "
            "helpers (`scripts/oracle_lib.py`, `scripts/vectors.py`). Posts in de, fr, it, nl, cs and en, about "
            "70 per language, more than a third hard negatives (order, invoice and tracking numbers, versions, "
            "hashes, UUIDs, prices, scores, dates without a birth word, identifiers whose check digit stdnum "
            "rejects, brands and places that look like names). After the one measurement, only mistakes of the "
            "corpus were corrected: `customer_relationship` labels that ran past the confirming phrase into a "
            "time or place adjunct (the convention labels \"Ihrer Hypothek\", not what follows), three "
            "\"your adviser\" phrases that confirm a client relationship and had been left unlabelled, a "
            "spaced dash in an official marking, an ungrammatical Czech case, a \"Last, First\" list "
            "separated by commas, and e-mail addresses on Faker's reserved example domains. No detector and no "
            "CLI was changed.\n\n"
            "**It is no longer a test set.** After its first measurement (micro P 97.6 %, R 88.4 %, hard "
            "negatives 2 of 151), its misses were read and eight rules were widened by general patterns, not "
            "by its sentences: person_name (first names from a public name dictionary, attendance lists, a "
            "mobile-phone word or the person's own e-mail address as cues, hyphenated first names, more "
            "brands named after people), customer_relationship (thanks for *the* loyalty), postal_address "
            "(a street line after an address word), date_of_birth (Czech 'narodila se'), "
            "classification_marker (intensified markings), secret_password_assignment (a longer "
            "key phrase) and the AWS secret access key, now secret_generic_high_entropy as PRODUCT.md "
            "says. Its figures below are an upper bound now; only a new corpus, written without reading "
            "the rules, measures them fairly. In the fourth session six `customer_relationship` labels "
            "were widened to take \"with us\" after the noun (\"Ihre Kreditkarte bei uns\", \"Your credit "
            "card with us\"), the convention of the third blind corpus and the product brief: it is what "
            "says the writer holds the reader's card."
        ),
    },
}


SECTION_TEXT["blind2"] = {
    "heading": HEADINGS["blind2"], "tag": "second blind",
    "made": "generated by `scripts/blind2.py` from the templates in `scripts/blind2_templates.py`, "
            "real street and town names",
    "why": (
        "**Why a fourth corpus.** The first blind corpus was used to tune rules in the third session (its "
        "misses were read), so it too is now an upper bound. This one was written at the start of that "
        "session by someone who read neither the detectors (`crate/src/detect/`) nor any earlier corpus's "
        "templates, who never ran the scanner on it, and whose work nobody tuning the rules has seen: only "
        "the product brief, the label conventions of `corpus.jsonl`, and the value helpers. About 80 posts "
        "per language, 38 % hard negatives; a third of its labels are person names, often names that are "
        "not typical of the post's language (Turkish, Polish, Portuguese, Vietnamese names in a German "
        "post), with particles, hyphens and \"Last, First\" lists.\n\n"
        "**It is no longer a test set.** Measured before anyone read its misses (the honest figures): "
        "micro P 93.0 %, R 81.7 %, hard negatives 10 of 193 (5.2 %) on the rules as they stood at the "
        "start of the session, and P 94.5 %, R 87.9 %, 7 of 193 (3.6 %) after the tuning on the first "
        "blind corpus. Then its misses were read and four rules were widened "
        "by general patterns, not by its sentences or names: person_name (first names very common in the "
        "main countries of origin of immigrants, trusted after a trigger only; surname endings such as "
        "-ová, -ski, -escu, -ović, -oğlu; list labels with words before the colon and bulleted lists; "
        "role words without a colon; thanks and call verbs; address blocks; weak triggers falling back to "
        "an own e-mail address; \"Last, First\" next to an identity word; places, schools and shops "
        "named after people), ch_uid (a Swiss UID with a MWST/TVA/IVA suffix is ch_uid, not eu_vat, the "
        "suffix outside the span), customer_relationship (the reader's insurance product) and "
        "classification_marker (three fixed markings). Its figures below are an upper bound now; only a "
        "new corpus, written without reading the rules, measures them fairly. In the fourth session its "
        "remaining misses were read again and five rules widened by general patterns: person_name "
        "(thanks for something, call-back verbs, whose phone number is asked for, no club named after a "
        "town), phone ('reachable' words, a contact-person word, a number next to an e-mail address), "
        "payment_card (no card inside an IBAN whose checksum fails), postal_address (a street named "
        "after a person with a particle) and secret_password_assignment ('fürs')."
    ),
}


SECTION_TEXT["blind3"] = {
    "heading": HEADINGS["blind3"], "tag": "third blind",
    "made": "generated by `scripts/blind3.py` from the templates in `scripts/blind3_templates.py`, "
            "its own street, town and brand lists",
    "why": (
        "**Why a fifth corpus.** The second blind corpus was used to tune rules in the third session, so "
        "it too became an upper bound. This one was written in that session, while that tuning ran, by "
        "someone who read neither the detectors nor any earlier corpus's templates or fixtures and never "
        "ran the scanner; the person tuning never saw it. About 65 posts per language, 38 % hard "
        "negatives (invalid twins of every identifier, brands and places named after people, birth words "
        "without a date, password placeholders, BIC-shaped capitals).\n\n"
        "**It is no longer a test set.** Measured before anyone read its misses (the honest figures): "
        "micro P 97.2 %, R 88.2 %, hard negatives 0 of 153, on the rules after the tuning on the second "
        "blind corpus. Then, in the fourth session, its misses were read and six rules were widened by "
        "general patterns in all six languages, not by its sentences, names or streets: person_name "
        "(sender, recipient and account-holder labels, 'Maître', team-member labels, 'Last, First' after "
        "role words and lowercase particles, a colon, bracket or emoji ending a name, 'welcome … to', "
        "'call … back', whose phone number is asked for), customer_relationship (insurance products by "
        "kind, files with a banking tail, loyalty 'as a client', client tiers after 'as a', an emoji "
        "ending a sentence), postal_address (residence and seat words such as 'bytem', 'sídlo', "
        "'wohnhaft' before a street line, 'bis' after a house number, an adjective before a compound "
        "street), secret_generic_high_entropy (a generated value after 'secret', also without a "
        "separator), phone (a number on the line below an e-mail address, 'the number of <name>') and "
        "date_of_birth (a question about the birth date answered right after it). Its span conventions "
        "were weighed against the earlier corpora's: it takes 'with us' into a customer_relationship "
        "phrase ('Ihr Depot bei uns'), which reads best for the product, so the rule now does and the "
        "first blind corpus's six such labels were widened to match; it leaves a first-person verb frame "
        "out ('uw polis' in 'We hebben uw polis aangepast'), which the four earlier corpora took in; in "
        "session 4 (tune4) the lead decided for the noun phrase without the frame, so the rule and the "
        "earlier corpora's labels now follow this corpus. Its figures below are an upper bound now; only "
        "a new corpus, written without reading the rules, measures them fairly."
    ),
}


SECTION_TEXT["blind4"] = {
    "heading": HEADINGS["blind4"], "tag": "fourth blind",
    "made": "generated by `scripts/blind4.py` from the templates in `scripts/blind4_templates.py`, "
            "its own street, town and name lists",
    "why": (
        "**Why a sixth corpus.** The third blind corpus was used to tune rules, so it turned into an "
        "upper bound as well. This one was written while that tuning ran, by someone who read neither "
        "the detectors nor any earlier corpus's templates or fixtures nor this report, and who never ran "
        "the scanner on it; the person tuning never saw it then. About 70 posts per language, 36 % hard "
        "negatives (invalid twins of ten identifiers, order, invoice, tracking and meeting numbers, "
        "versions, hashes, prices, dates without a birth word, birth words without a date, brands and "
        "places named after people, lone first names, password talk, marketing and thanks to all "
        "customers); a third of its labels are names, many from outside the post's language (West "
        "African, Azeri, Uzbek, Finnish, Estonian, Irish, Latvian).\n\n"
        "**It is no longer a test set.** Measured before anyone read its misses (the honest figures): "
        "micro P 91.0 %, R 78.7 %, hard negatives 1 of 151. Then, in session 4 (tune4), its misses were "
        "read and five rules were widened by general patterns in all six languages, not by its "
        "sentences, names or streets: person_name (a name joined by a conjunction, or in a list by a "
        "comma, to a name found before it; 'cc' as a list of people; an arrow in a bulleted handover "
        "list; the recipient before a postal address; 'Last, First' after 'with' or with a surname "
        "ending; an IBAN after a payee; role words for asking, handing over, thanking and "
        "congratulating; the name on a card; newcomer labels; 'grant … access'; the Irish particles "
        "Ó, Ní, Mac; the French 'Me'; a noun and particle before a name left out of its span; a "
        "university as a place), customer_relationship (a third-person possessive with 'with us' in "
        "an internal note, subscriptions and tariffs, idioms such as 'keep your balance'), "
        "classification_marker (the Czech level 'VYHRAZENÉ', a document noun with its marking, "
        "prose wrapped across lines), secret_password_assignment (MOT_DE_PASSE, no 'by-pass' key, "
        "the Czech 'heslo' as a slogan) and nl_bsn (no date read as a BSN). Its customer_relationship "
        "labels already followed the span convention that the lead then decided for all corpora (see "
        "the first section). Its figures below are an upper bound now; only a new corpus, written "
        "without reading the rules, measures them fairly."
    ),
}


SECTION_TEXT["blind5"] = {
    "heading": HEADINGS["blind5"], "tag": "fifth blind",
    "made": "generated by `scripts/blind5.py` from the templates in `scripts/blind5_templates.py`, "
            "its own street, town, name, phone and internal-host lists",
    "why": (
        "**Why a seventh corpus.** The fourth blind corpus is being used to tune rules, so it is turning into "
        "an upper bound as well. This one was written while that tuning ran, by someone who read neither "
        "the detectors nor the tests nor any earlier corpus's templates, generators or fixtures nor this "
        "report, and who never ran the scanner on it; the person tuning never saw it. 65 posts per "
        "language, 37 % hard negatives (invalid twins of ten identifiers, order, invoice and tracking "
        "numbers, versions, hashes, request ids, prices, scores, meeting dates, a birthday greeting "
        "without a date, brands and places named after people, lone first names, password talk and "
        "${VAR} placeholders, marketing, thanks to all customers, casual 'internal', polls and pinned notes); its situations are "
        "its own (a ward rota, a parents' group, a landlord, a recruiter, a pasted log, a check-in list, "
        "lost and found, a nursery registration) and so are many of its names (transliterated Greek, "
        "Arabic, Hebrew, Persian and Georgian, romanised Japanese and Korean, Filipino, Welsh, Lithuanian, "
        "Albanian, Tamil, Slovene, Icelandic).\n\n"
        "**It is no longer a test set.** Measured before anyone read its misses (the honest figures): "
        "micro P 98.6 %, R 85.6 %, hard negatives 1 of 144. Then, in session 5 (tune5), its misses were "
        "read and five rules were widened by general patterns in all six languages, not by its "
        "sentences, names or streets: person_name by structure rather than more trigger words (a full "
        "name right before a phone number after a label, a dash or a line start; a short label line "
        "ending in a colon or a spaced dash before a name with a listed first name; the next items of "
        "a list or rota after a name that ends its line; 'Last, First' list items after a bullet, tick "
        "or number; one person in place of another, 'statt', 'instead of', 'invece di'; thanks with a "
        "word between, 'un grazie enorme a'; a self-introduction with the speaker's role after a comma; "
        "two-line addresses after a name) and by role phrases as classes (who holds a ticket, a "
        "newcomer joining the team, where feedback goes by a deadline, whose customers or passport, a "
        "card's or passenger's holder), with clubs, '-ung' nouns and meeting rooms left out; "
        "customer_relationship (supply contracts, 'contrat d'électricité', 'contratto luce', "
        "'energiecontract', 'smlouva na elektřinu', the Czech 'pojištění', a spaced dash ending the "
        "clause), postal_address (an Irish Eircode after the town, a US street line before 'Town, ST "
        "ZIP', a district number before a lowercase clause), phone (ten-digit Italian mobiles with an "
        "operator prefix, without a phone word) and secret_generic_high_entropy (a base64 value whose "
        "first run is short; a value after 'is' with a secret's name a few words before). Its figures "
        "below are an upper bound now; only a new corpus, written without reading the rules, measures "
        "them fairly."
    ),
}


SECTION_TEXT["blind6"] = {
    "heading": HEADINGS["blind6"], "tag": "sixth blind",
    "made": "generated by `scripts/blind6.py` from the templates in `scripts/blind6_templates.py`, "
            "its own street, town, name, phone, mailbox and internal-host lists",
    "why": (
        "**Why an eighth corpus.** The fifth blind corpus is being used to tune rules, so it is turning into "
        "an upper bound as well. This one was written while that tuning ran, by someone who read neither "
        "the detectors nor the tests nor any earlier corpus's templates, generators or fixtures nor this "
        "report, and who never ran the scanner on it; the person tuning never saw it. About 65 posts per "
        "language, 39 % hard negatives (invalid twins of ten identifiers, order, booking, tracking, train "
        "and ticket numbers, versions, hashes, UUIDs, prices, scores, years, dates without a birth word, "
        "birthday wishes without a date, brands, prizes, stadiums and schools named after people, lone "
        "first names, password talk, marketing, thanks to all customers, casual 'internal'); its "
        "situations are its own (sports club renewals, wedding suppliers, an exam office, car sharing, a "
        "fire brigade roster, pharmacy deliveries, a coworking Slack, a tax adviser, a travel agency, a vet, "
        "a choir, conference speakers, a moving company, a freelancer's unpaid invoice, dev-ops incidents), "
        "and so are its shapes (pasted tables, forwarded headers, quoted replies, voice-to-text, lower-case "
        "chat, mixed languages) and many of its names (Yoruba, Igbo, Hausa, Somali, Ethiopian, "
        "transliterated Ukrainian and Russian, romanised Chinese, Vietnamese, Indonesian, Indian, "
        "Scandinavian, Spanish and Portuguese compound surnames). Surnames after an honorific and first "
        "names with an initial are left unlabelled (not a full name in the product brief's sense).\n\n"
        "**It is no longer a test set.** Measured twice before anyone read its misses, both honest: with "
        "the rules of the end of session 4 (before tune5) micro precision 97.1 %, recall 80.8 %, 3 of 154 "
        "hard negatives (1.9 %); with tune5 merged micro precision 97.4 %, recall 82.6 %, 3 of 154 hard "
        "negatives. Tuning on the fifth corpus raised it from 85.6 % to 99.0 % recall but this one only "
        "by 1.8 points: person_name, whose cues still came corpus by corpus, generalised least (62 %). "
        "Then, in session 5 (tune6), its misses were read and grouped into classes of context, and rules "
        "were widened by structure rather than by its sentences, names or streets: person_name by the "
        "layout of the text (the first cell of a table row, split by tabs, pipes or semicolons, under a "
        "name column such as 'Name', 'Nom', 'Jméno'; a full name ending its line after a weekday label in "
        "a rota whose neighbouring line has one too; in a post written all in lowercase, a listed first "
        "name and a surname after a preposition or honorific with a number close after), by the shape "
        "of the name (a surname ending, '-ová', '-ski', '-enko', makes up for a first name not in the "
        "lexicon) and by role words as classes (the owner of a pet or car, the case worker of an office, "
        "the name on a card), with lecture halls and stadiums named after people left out; "
        "customer_relationship by whatever the reader holds 'with us' when a verb after it says what "
        "happens to it ('Je modem bij ons wordt vervangen'), a guest's stay left out; "
        "secret_password_assignment by a label line that starts with the key ('Password wifi sala "
        "riunioni: …'). Its figures "
        "below are an upper bound now; only a new corpus, written without reading the rules, measures "
        "them fairly."
    ),
}


SECTION_TEXT["blind7"] = {
    "heading": HEADINGS["blind7"], "tag": "seventh blind",
    "made": "generated by `scripts/blind7.py` from the templates in `scripts/blind7_templates.py`, "
            "its own street, town, name, phone, mailbox and internal-host lists",
    "why": (
        "**Why a ninth corpus.** The sixth blind corpus is being used to tune rules, so it is turning into "
        "an upper bound as well. This one is the new honest test set: it was written while that tuning "
        "ran, by someone who read neither the detectors nor the tests nor any earlier corpus's templates, "
        "generators or fixtures nor the accuracy report, and who never ran the scanner on it; the person "
        "tuning never saw it. About 65 posts per language, 37 % hard negatives (invalid twins of ten "
        "identifiers, order, invoice, ticket and tracking numbers, number plates, versions, hashes, UUIDs, "
        "prices, scores, historic and meeting dates without a birth word, fashion brands and squares, "
        "stations and schools named after people, lone first names, password talk, marketing, thanks to "
        "all customers, 'we never ask for your password', casual 'internal'); its situations are its own "
        "(a property manager's tenant chat, a driving school, dental reminders, a municipal office, a "
        "bank's and a telco's social-care replies, an insurer's claims desk, an alumni group, an investor "
        "update pasted into the wrong channel, a dispatcher's WhatsApp, a hotel front desk, a youth "
        "football section, a newsroom, a law firm, a summer camp, a cleaning roster, a notary, a garage, a "
        "charity's donor thanks, a hackathon), and so are its shapes (CSV rosters, @handles with the "
        "real name in parentheses, minutes with a name at the start of each line, emoji bullets, "
        "signatures with title and firm, 'Re:'/'Fwd:' subjects, mixed languages) and many of its names "
        "(Azerbaijani, Icelandic, Québécois, New Zealand, Chilean, Colombian, Zulu, Latvian, Finnish, "
        "Swahili, and transliterated Filipino, Thai, Nepali, Armenian, Georgian, Bosnian, Albanian, "
        "Maltese, Luxembourgish, Arabic, Persian and Turkish names; double first names, middle initials, "
        "compound surnames, lower-case chat spellings). A surname after an honorific alone is left "
        "unlabelled.\n\n"
        "**It is no longer a test set.** Measured twice before anyone read its misses, both honest: "
        "with the rules before tune6 micro precision 96.3 %, recall 80.4 %, 0 of 150 hard negatives; "
        "with tune6 merged micro precision 96.4 %, recall 81.9 %, 0 of 150 hard negatives. As with the "
        "sixth corpus, tuning raised the tuned corpus far more (82.6 % to 90.2 % recall) than this one: "
        "without person_name, recall here was 94.5 %; person_name was at 62 %, its misses names in "
        "contexts no rule listed yet. Then, in session 6 (tune7), its misses were read and grouped into "
        "classes, and rules were widened by structure rather than by its sentences, names or streets: "
        "person_name by what follows a name (a phone number later in the same clause with only "
        "lowercase words between; for 'Last, First', a postal address, a birth or identity word right "
        "by it, or an identifier after its colon), by layout (two or more lines of minutes that each "
        "start with a full name and a colon; a bulleted item starting with a full name and a remark "
        "in brackets; the real name in brackets after an @handle; a name coordinated after a bracketed "
        "remark or a repeated preposition, 'et à', 'and to'); postal_address by a one-word street of "
        "any type before a house number that a Dutch or Czech postcode or a known town follows, and "
        "capitalised street prepositions ('Am', 'U', 'Na'); phone by a bracket after the third group "
        "being a remark ('(9h-12h)'); customer_relationship by the Czech instrumental 'naším'. "
        "Its figures below are an upper bound now; only a new corpus, written without reading the "
        "rules, measures them fairly."
    ),
}


SECTION_TEXT["blind8"] = {
    "heading": HEADINGS["blind8"], "tag": "eighth blind",
    "made": "generated by `scripts/blind8.py` from the templates in `scripts/blind8_templates.py`, "
            "its own street, town, name, phone, mailbox and internal-host lists",
    "why": (
        "**Why a tenth corpus.** The seventh blind corpus is being used to tune rules, so it is turning into "
        "an upper bound as well. This one is the new honest test set: it was written while that tuning "
        "ran, by someone who read neither the detectors nor the tests nor any earlier corpus's templates, "
        "fixtures or generators (except blind3.py's generator code, as an example) nor the accuracy report, "
        "and who never ran the scanner on it; the person tuning never saw it. About 70 posts per language (419 in all), "
        "39 % hard negatives (invalid twins of IBAN, card, AHV, CH UID, AT SVNR, DE tax id, BSN, birth "
        "number, ICO and VAT numbers, order, invoice and tracking numbers, versions, hashes, UUIDs, prices, "
        "scores, years, rehearsal and match dates without a birth word, birthday wishes, fashion brands, "
        "airports, stadiums, prizes and bus stops named after people, lone first names, password talk, "
        "'we never ask for your PIN', marketing, thanks to all customers, casual 'internal'); its "
        "situations are its own (a ski school, an orchestra's touring office, a translation agency, a "
        "café's loyalty card, a kindergarten parents' group, a recycling centre, a museum's volunteer rota, "
        "a customs desk, an energy co-op, an IT helpdesk, payroll, a clinic's lab desk, a housing co-op "
        "board, a sailing club, a dance school, a tenants' association, a regional bus company on X, a "
        "crowdfunding campaign, a bike courier, consular replies, a PhD lab, a wine shop's trade orders, "
        "a plumber, a game studio, a pension fund, beekeepers, a film festival's press desk), and so are "
        "its shapes ('>' quoted e-mails, tab-separated rows, '[09:14] ' chat logs, dash-bullet minutes, "
        "names after 'laut', 'selon', 'secondo', 'volgens', 'podle', 'via', 'per', possessives, academic "
        "titles and post-nominals, nicknames in quotes, lower-case chat, mixed-language messages) and "
        "many of its names (Estonian, Latvian, Slovene, Slovak, Hungarian, Romanian, Polish, Finnish, "
        "Danish, Norwegian, Swedish, Brazilian, Mexican, Indian, Yoruba, Hausa, Igbo, Irish, Portuguese, "
        "Croatian, and romanised Chinese, Korean, Japanese, Ukrainian, Greek and Vietnamese names; double "
        "first names, middle initials, hyphenated surnames, particles). A surname alone after an "
        "honorific is left unlabelled.\n\n"
        "**Honest measurements.** With the rules at the end of session 5: micro precision 95.3 %, "
        "recall 80.1 %, 2 of 162 hard negatives flagged; person_name 57.7 % recall on 168 labels "
        "(40 % of all labels), every other rule together 94.6 %. With tune7 merged (tuned on the "
        "seventh corpus, never on this one): precision 96.2 %, recall 82.2 %, 2 of 162; person_name "
        "61.3 %, postal_address 90.0 % to 100 %.\n\n"
        "**It is no longer a test set.** Then, in session 6, its misses were read: by the lead, for "
        "classes outside person_name (supply contracts named by a compound and products held 'with our "
        "fund/bank' for customer_relationship, a BSN written as one further from its word, mobiles "
        "written in three groups of three for phone), and by tune8, which added a surname-likeness "
        "model to person_name and tuned it on this corpus and the seventh. Its figures below are an "
        "upper bound now."
    ),
}


SECTION_TEXT["blind9"] = {
    "heading": HEADINGS["blind9"], "tag": "ninth blind",
    "made": "generated by `scripts/blind9.py` from the templates in `scripts/blind9_templates.py`, "
            "its own street, town, name, mailbox and internal-host lists",
    "why": (
        "**Why an eleventh corpus.** The eighth blind corpus is being used to tune rules, so it is turning "
        "into an upper bound as well. This one is the new honest test set: it was written while that tuning "
        "ran, by someone who read neither the detectors nor the tests nor any earlier corpus's templates, "
        "fixtures or generators (except blind3.py's generator code, as an example) nor the accuracy report, "
        "and who never ran the scanner on it; the person tuning never saw it. About 66 posts per language "
        "(399 in all), 38 % hard negatives (invalid twins of IBAN, card, AHV, CH UID, AT SVNR, DE tax id, "
        "BSN, birth number, IČO and VAT numbers, order, invoice, booking, ticket and tracking numbers, flight "
        "numbers, number plates, versions, hashes, UUIDs, prices, race times, scores, years, event dates "
        "without a birth word, ferries, halls, schools, stadiums and brands named after people, lone first "
        "names, password talk, 'we never ask for your PIN', training announcements, marketing, thanks to all "
        "customers, casual 'internal', polls and pinned notes); its situations are its own (an airline's social-care team, an estate "
        "agent, a marathon organiser, a theatre box office, a tutoring agency, a public library, a farm "
        "shop's veg box, a co-living house, hospital volunteers, university admissions, a car dealership, a "
        "caterer, an architecture competition, a funeral home, a security company, a tattoo studio, an escape "
        "room, a gym, a local party section, an NGO's donations, a ferry line, a taxi dispatcher, a blood "
        "donation service, bank and insurer replies), and so are its shapes (e-mail headers pasted into chat "
        "— Von:/De :/Da:/Van:/Od:/From: —, calendar invites, job-title-first signatures, bylines and photo "
        "credits, names in quoted speech, two names joined by und/et/e/en/a/and, names at the very start or "
        "end of a post, ALL-CAPS names on forms, middle names, names after verbs deep in long sentences, "
        "'cc' handovers, lower-case chat, mixed-language messages) and many of its names (Turkish, Polish, "
        "Portuguese, Brazilian, Croatian, Slovene, Romanian, Slovak, Spanish and Vietnamese from Faker; "
        "transliterated Arabic, Tamil, Eritrean and Ukrainian names; surnames that are ordinary words such as "
        "Koch, Meunier, Ferrari, de Boer, Kovář or Baker; double first names, hyphenated surnames). A "
        "surname alone after an honorific is left unlabelled. Do not tune rules against it, and read its "
        "misses only after a change is final.\n\n"
        "**Honest measurements.** With the rules at the end of session 5: micro precision 96.2 %, "
        "recall 80.4 %, 3 of 151 hard negatives flagged; person_name 67.0 % recall on 194 labels, "
        "phone 65.9 %. With tune7 merged: precision 96.7 %, recall 80.8 %, 3 of 151; person_name "
        "unchanged, postal_address 86.2 % to 93.1 %. With the lead's fixes from the eighth corpus: "
        "96.7 % and 81.2 %. With tune8 (the surname-likeness model) merged, the end of session 6: "
        "96.8 % and 82.1 %, 3 of 151; person_name 69.1 %.\n\n"
        "**It is no longer a test set.** Then tune9 read its misses and widened phone (an opening "
        "bracket that never closed swallowed the number, in every country's format), "
        "secret_password_assignment (access and alarm codes), customer_relationship ('with us' after the "
        "noun's complement) and person_name (names in capitals in a post that is not, a lowercase name "
        "whose e-mail spells the surname, a name before its number in brackets). It went from 82.1 % to "
        "90.9 % recall here; the tenth corpus gained 0.2 points and the eleventh none. Its figures below "
        "are an upper bound now."
    ),
}


SECTION_TEXT["blind10"] = {
    "heading": HEADINGS["blind10"], "tag": "tenth blind",
    "made": "generated by `scripts/blind10.py` from the templates in `scripts/blind10_templates.py`, "
            "its own street, town, name, phone, mailbox and internal-host lists",
    "why": (
        "**Why a twelfth corpus.** The eighth and ninth blind corpora are being used to tune rules, so they "
        "are turning into upper bounds as well. This one is the new honest test set: it was written while "
        "that tuning ran, by someone who read neither the detectors nor the tests nor any earlier corpus's "
        "templates, fixtures or generators (except blind3.py's generator code, as an example) nor the "
        "accuracy report, and who never ran the scanner on it; the person tuning never saw it. About 75 "
        "posts per language (454 in all), 40 % hard negatives (invalid twins of IBAN, card, AHV, CH UID, "
        "DE tax id, BSN, birth number, IČO and VAT numbers, order, invoice and tracking numbers, versions, "
        "hashes, UUIDs, prices, match scores and regatta times, years, event dates without a birth word, "
        "schools, museums, airports, halls, bus stops and brands named after people, lone first names, "
        "password talk, 'never post your account number', marketing to new customers, thanks to all "
        "customers, casual 'internal', polls and pinned notes); its situations are its own (a hearing-aid shop, a zoo's animal "
        "adoption scheme, a climbing gym, a wedding planner's suppliers, a housing authority, a refugee "
        "support group, a coding bootcamp, dog walkers, a solar installer, a parish office, a music school, "
        "a makerspace, a private clinic's billing, a bike workshop, a valuation firm, a customs agent, "
        "student housing, a home-care rota, an IT consultancy's timesheets, opticians, a language "
        "exchange, a cooperative bank's branch, an allotment society, a rowing club, a mountain hut, telco "
        "and insurer replies), and so are its shapes (delivery notes, meeting-room bookings, 'assigned to' "
        "ticket lines, line-ups, sign-up sheets with check boxes, on-call bot messages, family relations, "
        "initials for the first name, 'NOVÁK Jan' lists, apologies and complaints, endorsements, forwarded "
        "status messages, git trailers, markdown tables, YAML and .env pastes, handovers with 'cc') and "
        "many of its names (Turkish, Polish, Portuguese, Brazilian, Croatian, Slovene, Romanian, Hungarian, "
        "Lithuanian, Vietnamese and Indian from Faker; transliterated Arabic, Tamil, Eritrean, Ukrainian and "
        "Bosnian/Albanian names; surnames that are ordinary words such as Koch, Meunier, Ferrari, Visser, "
        "Kovář or Baker; double first names, hyphenated and particle surnames, lower-case chat). A surname "
        "alone after an honorific is left unlabelled. Do not tune rules against it, and read its misses "
        "only after a change is final.\n\n"
        "**Honest measurements.** With tune7 and the lead's customer_relationship and nl_bsn fixes: micro "
        "precision 96.3 %, recall 80.6 %, 2 of 181 hard negatives flagged; person_name 63.6 % recall on "
        "286 labels (49 % of all labels), phone 100 %. With tune8 (the surname-likeness model) merged, the "
        "end of session 6: precision 96.2 %, recall 81.1 %, 3 of 181 (the model read a place named after "
        "a person as one); person_name 64.7 %. With the lead's person_name fixes from the eighth corpus "
        "(post-nominals, things named after people): 96.4 % and 81.1 %. With tune9 (tuned on the ninth "
        "corpus) merged: 96.4 %, 81.3 %, 3 of 181; person_name 65.0 %.\n\n"
        "**It is no longer a test set.** In session 7 its misses were read: by tune10, which read list "
        "shapes for person_name ('SURNAME Given' lists, 'Last, First' items joined by semicolons or closed "
        "by a field separator, initials and a surname, siblings between names found, Markdown table rows "
        "under a name column, a role noun kept out of the name, a full name after a possessive and a role "
        "noun), and by tune11 for customer_relationship (membership of our institution, holders and insured "
        "persons, a third person's product with us). With those and tune12's wider first-name lists, "
        "person_name went from 65.0 % to 86.0 % here and customer_relationship from 71 % to 100 %; the "
        "eleventh and twelfth corpora, unread, gained 1.9 and 2.5 points of recall. Its figures below are "
        "an upper bound now."
    ),
}


SECTION_TEXT["blind11"] = {
    "heading": HEADINGS["blind11"], "tag": "eleventh blind",
    "made": "generated by `scripts/blind11.py` from the templates in `scripts/blind11_templates.py`, "
            "its own street, town, name, phone, mailbox, passport and internal-host lists",
    "why": (
        "**Why a thirteenth corpus.** The ninth blind corpus is being used to tune rules, so it is turning "
        "into an upper bound as well. This one is the new honest test set: it was written while that tuning "
        "ran, by someone who read neither the detectors nor the tests nor any earlier corpus's templates, "
        "fixtures or generators (except blind3.py's generator code, as an example) nor the accuracy report, "
        "and who never ran the scanner on it; the person tuning never saw it. About 73 posts per language "
        "(437 in all), 39 % hard negatives (invalid twins of IBAN, card, AHV, CH UID, AT SVNR, DE tax id, "
        "BSN, birth number, IČO and VAT numbers, order, invoice, ticket, customer and tracking numbers, "
        "stock counts, versions, hashes, UUIDs, prices, match scores, wind and tide reports, years, event "
        "dates without a birth word, schools, stadiums, squares, halls and brands named after people, lone "
        "first names, password talk, 'we never ask for your PIN', marketing to new customers, thanks to all "
        "customers, casual 'internal'); its situations are its own (a city's lost-property office, a "
        "ski-rental shop, a community garden, a pet insurer, a van rental desk, court-document translation, "
        "a theatre's costume department, a warehouse shift chat, a tax office's chatbot handover, a school "
        "canteen, a sports physio, a bird count, a kite-surf camp, a genealogy society, a hackerspace's door "
        "log, a consulate's notary desk, a card-dispute team, a mortgage broker, a wedding band, a dental "
        "lab, a construction site's subcontractors, a conference's speaker desk, a municipal pool, a boat "
        "rental, bank, insurer and utility replies), and so are its shapes (voice-message transcripts, OCR'd "
        "business cards, seating plans, award announcements, 'Name, job title' lines, profile URLs next to "
        "the name, 'Dear X' letters pasted into chat, parcel-locker notices, quiz results, shift swaps, "
        "reference letters, rooming lists, door-reader logs, lost-phone handovers with 'cc @first', "
        "mixed-language welcomes) and many of its names (Turkish, Polish, Portuguese, Brazilian, Croatian, "
        "Slovene, Romanian, Slovak, Hungarian and Spanish from Faker; transliterated Arabic, Tamil, "
        "Eritrean, Ukrainian, Vietnamese and Albanian names; surnames that are ordinary words such as Koch, "
        "Boulanger, Ferrari, De Boer, Kovář or Baker; double first names, hyphenated and particle surnames, "
        "lower-case chat). A surname alone after an honorific is left unlabelled. Do not tune rules against "
        "it, and read its misses only after a change is final.\n\n"
        "**Honest measurements.** With the rules of main before tune9 was merged (tune7, tune8 and the "
        "lead's fixes from the eighth corpus): micro precision 94.8 %, recall 80.4 %, 3 of 171 hard "
        "negatives flagged; person_name 58.0 % recall on 181 labels, customer_relationship 61.1 %. With "
        "tune9 merged, the end of session 6: the same, 94.8 %, 80.4 %, 3 of 171. In session 7, each "
        "round measured here before anyone read this corpus: with tune11 (customer_relationship, tuned on "
        "the tenth corpus) 95.1 %, 80.9 %, customer_relationship 61.1 → 72.2 %; with tune12 (more first "
        "names from nam_dict, front-coded) 94.7 %, 81.8 %, person_name 58.0 → 60.2 %; with tune10 "
        "(person_name list shapes, tuned on the tenth corpus: 65 → 86 % there) 94.7 %, 82.3 %, 3 of 171, "
        "person_name 61.3 %.\n\n"
        "**It is no longer a test set.** Then tune13 read its misses and false positives, precision first: "
        "an ordinary capitalised word is no part of a name near a data word (the surname model and the "
        "first-name lists decide), restaurants, hotels, museums, clinics and libraries named after people, "
        "shops in signatures ('Optika Centrum'), a short surname that ends a name, the head of a grouped "
        "IBAN as no VAT number; recall: 'Last, First' entries after a room, seat or badge number, the rest "
        "of a comma list after two names side by side, lowercase names after a thanks word. Here it went "
        "from 94.7 % to 97.7 % precision and 82.3 % to 88.0 % recall (1 of 171 hard negatives); the twelfth "
        "corpus, unread, gained 1.1 points of recall and the thirteenth lost 0.2. Its figures below are an "
        "upper bound now."
    ),
}


SECTION_TEXT["blind12"] = {
    "heading": HEADINGS["blind12"], "tag": "twelfth blind",
    "made": "generated by `scripts/blind12.py` from the templates in `scripts/blind12_templates.py`, "
            "its own street, town, name, phone, mailbox, passport and internal-host lists",
    "why": (
        "**Why a fourteenth corpus.** The tenth blind corpus is being used to tune rules, so it is turning "
        "into an upper bound as well. This one is the new honest test set: it was written while that tuning "
        "ran, by someone who read neither the detectors nor the tests nor any earlier corpus's templates, "
        "fixtures or generators (except blind3.py's generator code, as an example) nor the accuracy report, "
        "and who never ran the scanner on it; the person tuning never saw it. About 71 posts per language "
        "(429 in all), 38 % hard negatives (invalid twins of IBAN, card, AHV, CH UID, AT SVNR, DE tax id, "
        "BSN, birth number, IČO and VAT numbers, order, invoice, ticket and tracking numbers, versions, "
        "hashes, UUIDs, prices, chess scores, years, event dates without a birth word, stations, schools, "
        "museums, airports, halls and brands named after people, lone first names, password talk, 'we never "
        "ask for your PIN', marketing to new customers, thanks to all customers, casual 'internal'); its "
        "situations are its own (a hospital's patient transport desk, a paragliding school, a chess club, a "
        "locksmith, a private-banking desk, a cantonal tax office, a scaffolding firm, a radio station's "
        "listener line, a university sports centre, a crematorium, a flower wholesaler, bike-sharing "
        "support, a food bank, a cinema's staff chat, a glass recycler, a riding stable, a seed library, an "
        "organ builder and piano tuner, a moving-box rental, a bailiff's hearing list, occupational health, "
        "a cable car, a marina, bank, insurer, telco and utility replies), and so are its shapes "
        "(speech-to-text dictations without punctuation, sign-language interpreter bookings, carpool offers, "
        "birthday-card signature lists, out-of-office replies pasted into chat, raffle winners, press-photo "
        "captions 'v.l.n.r.'/'from left', locker assignments, paged announcements, baptism notices, doorbell "
        "lists, delivery-driver notes, 'thx/merci/díky name' at the end of a line, school pick-up lists, "
        "English mixed into the other languages) and many of its names (Turkish, Polish, Portuguese, "
        "Brazilian, Croatian, Slovene, Romanian, Slovak, Hungarian, Lithuanian, Vietnamese, Spanish and "
        "Indian from Faker; transliterated Arabic, Tamil, Eritrean, Ukrainian and Bosnian/Albanian names; "
        "surnames that are ordinary words such as Koch, Meunier, Ferrari, De Boer, Kovář or Baker; double "
        "first names, middle initials, hyphenated and particle surnames, lower-case chat). Do not tune rules "
        "against it, and read its misses only after a change is final.\n\n"
        "**Honest measurements.** With the rules at the start of session 7 (tune9 and the lead's fixes "
        "merged): micro precision 96.6 %, recall 76.4 %, 0 of 162 hard negatives flagged; person_name "
        "59.2 % recall on 272 labels (53 % of all labels), customer_relationship 70.8 %, every other rule "
        "97–100 % but secret_password_assignment (75 %, 12 labels) and at_svnr (1 label). With tune11 "
        "(customer_relationship) 97.1 %, 76.7 %, customer_relationship 79.2 %; with tune12 (first names) "
        "97.1 %, 78.1 %, person_name 61.8 %; with tune10 (person_name list shapes) 97.1 %, 78.9 %, 0 of "
        "162, person_name 63.2 %; with tune13 (tuned on the eleventh corpus, precision first) 97.4 %, 80.0 %, "
        "0 of 162, person_name 65.4 %. In session 8 tune14 was tuned on it (slot lists, captions, "
        "signed-by lists, role labels, 'Last, First' after a floor), so from then on it is an upper bound."
    ),
}


SECTION_TEXT["blind13"] = {
    "heading": HEADINGS["blind13"], "tag": "thirteenth blind",
    "made": "generated by `scripts/blind13.py` from the templates in `scripts/blind13_templates.py`, "
            "its own street, town, name, phone, mailbox and internal-host lists",
    "why": (
        "**Why a thirteenth blind corpus.** The eleventh blind corpus is being used to tune rules, so it is "
        "turning into an upper bound as well. This one is the new honest test set: it was written while that "
        "tuning ran, by someone who read neither the detectors nor the tests nor any earlier corpus's "
        "templates, fixtures or generators (except blind3.py's generator code, as an example) nor the "
        "accuracy report, and who never ran the scanner on it; the person tuning never saw it. About 78 "
        "posts per language (466 in all), 39 % hard negatives (invalid twins, order, parcel, ticket and "
        "meter numbers, versions, hashes, UUIDs, prices, scores, years, dates without a birth word, places "
        "and prizes named after people, a coffee brand called 'Don Pedro', lone first names, password and "
        "PIN talk, marketing, thanks to all customers, casual 'internal'); its situations (a library's e-book helpdesk, "
        "a ski-lift pass office, a hospital pharmacy, a school bus operator, a veterinary emergency line, a "
        "coffee roastery's wholesale chat, a bridal shop, a driving-test centre, a water utility's outage "
        "desk, a wind-farm crew, a tailor, an auction house, a student union, a prison visiting office, a "
        "golf club, a tyre workshop, a trampoline park's HR, a cruise line's guest services, a ministry's "
        "press office, a moving-out inspection, bank, insurer, telco and utility replies) and its shapes "
        "(meeting transcripts with speaker labels, expense lines, vaccination slots, team-building pairings, "
        "race results, rent-arrears lists, guest lists with plus-ones, 'ping/fyi' in chat, parking permits, "
        "thank-you posts with emoji, long run-on sentences, birth and wedding congratulations, exam seat "
        "plans, job-shadowing schedules) are its own. Do not tune rules against it, and read its misses only "
        "after a change is final.\n\n"
        "**Honest measurements.** With the rules of session 7 before tune13 (tune10, tune11 and tune12 "
        "merged): micro precision 95.2 %, recall 82.1 %, 5 of 182 hard negatives flagged; person_name "
        "72.0 % recall on 300 labels (P 97.7 %), customer_relationship 65.4 % (P 53.1 %: 7 of its 32 "
        "findings cover the labelled phrase only in part), classification_marker 73.7 %. With tune13 "
        "(tuned on the eleventh corpus): 95.0 %, 81.9 %, 5 of 182; person_name 71.7 %. In session 8, with "
        "tune14 (tuned on the twelfth corpus: 80.0 → 93.0 % recall there) and two rounds that changed no "
        "finding (speed, size): 95.0 %, 82.2 %, 5 of 182; person_name 72.3 %. Its misses were read after that "
        "measurement: tune15 was tuned on it (89.1 % recall, person_name 85.7 %), so from then on it is an "
        "upper bound."
    ),
}


SECTION_TEXT["blind14"] = {
    "heading": HEADINGS["blind14"], "tag": "fourteenth blind",
    "made": "generated by `scripts/blind14.py` from the templates in `scripts/blind14_templates.py`, "
            "its own street, town, name, phone, mailbox, passport and internal-host lists",
    "why": (
        "**Why a fourteenth blind corpus.** The twelfth blind corpus is being used to tune rules and the "
        "thirteenth measured that tuning, so both are turning into upper bounds. This one is the new honest "
        "test set: it was written while that tuning ran, by someone who read neither the detectors nor the "
        "tests nor any earlier corpus's templates, fixtures or generators (except blind3.py's generator code, "
        "as an example) nor the accuracy report, and who never ran the scanner on it; the person tuning never "
        "saw it. About 71 posts per language (426 in all), 36 % hard negatives (invalid twins of IBAN, card, "
        "AHV, CH UID, DE tax id, BSN, birth number, IČO and VAT numbers, order, delivery, ticket and tracking "
        "numbers, versions, hashes, UUIDs, prices, hockey scores, dates without a birth word, streets, "
        "schools, stadiums and brands named after people such as Hugo Boss, Yves Saint Laurent, Ferrari, "
        "Albert Heijn or Tom Ford, lone first names, password talk, marketing, thanks to all customers, "
        "casual 'internal'); its situations (a mountain rescue team, a cheese dairy, a tram depot, a pottery "
        "studio, a city archive's reading room, a hotel laundry, an e-scooter repair shop, a hospice, a "
        "folk-dance group, a shoe repairer, beekeeping investors, a notary, a veterinary pharmacy, a ski-jump "
        "club, an asylum legal clinic, a carnival guild, lift maintenance, milk quotas, a planetarium, "
        "referees, a diving centre, bell ringers, an ice rink, a night bakery; bank, insurer, telco and "
        "utility replies) and its shapes (shift swaps, key registers with arrows, rope and rescue teams, "
        "dance couples, alarm call chains, tool notifications 'X moved card', 'i.A./p.p.' signatures, pick-up "
        "authorisations, table reservations 'on the name of', reference requests, apologies naming a "
        "colleague, quoted reviews with a town, voicemail transcripts, quoted-reply answers, lost wallets) are "
        "its own. Do not tune rules against it, and read its misses only after a change is final.\n\n"
        "**Honest measurements.** With the rules of session 8 before tune14: micro precision 98.2 %, recall "
        "86.5 %, 1 of 152 hard negatives flagged; person_name 76.3 % recall on 249 labels (P 98.4 %), "
        "customer_relationship 80.0 % (P 85.7 %). With tune14 (tuned on the twelfth corpus): the same, "
        "person_name 76.3 %. With tune15 (tuned on the thirteenth corpus: 82.2 → 89.1 % recall there): "
        "the same again, 98.2 %, 86.5 %, 1 of 152, person_name 76.3 %. Two rounds that each gained 7–13 "
        "points on the corpus they read gained nothing here. Nobody has read its misses yet."
    ),
}


def render_heldout(m: dict, command: str, source: str, corpus: str, mis: dict, per_rule: int = 3,
                   section: str = "heldout") -> str:
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    hard, hit = sum(m["hard"].values()), sum(m["hard_hit"].values())
    t = m["total"]
    st = SECTION_TEXT[section]
    lines = [
        st["heading"],
        "",
        f"Measured {now} with:",
        "",
        "```",
        command,
        "```",
        "",
        f"Corpus: `{corpus}`, {m['posts']} posts ({st['made']}, Faker data, identifiers checked with "
        f"python-stdnum). Findings from: {source}. Scored exactly as above.",
        "",
    ]
    if "why" in st:
        lines.append(st["why"])
    else:
        lines += [
        "**Why a second corpus.** The figures above are an upper bound for the five rules that were tuned "
        "against the first corpus. This corpus was written afterwards, from new templates and new value "
        "formats, by someone who read neither the detectors (`crate/src/detect/`) nor the first corpus's "
        "templates: only the product brief and the label conventions of `corpus.jsonl`. After the first "
        "measurement, only mistakes of the corpus itself were corrected (a label boundary that broke the "
        "convention, Faker values that are no realistic address or town, an ungrammatical Czech case); no "
        "detector and no CLI was changed.",
        "",
        "**It is no longer a test set for six rules.** After its first measurement (micro P 96.3 %, "
        "R 87.0 %), the misses of person_name, customer_relationship, postal_address (Italian), phone, "
        "secret_password_assignment and payment_card listed below were read, and those rules were widened "
        "by general patterns (a listed first name with a surname, thanks-for-trust and movements frames, "
        "'Via Roma, 12', slash and dash phone formats, chat short forms of password words, an EAN veto), "
        "not by its sentences. For those six rules the figures below are now an upper bound, like the "
        "first corpus's; the blind corpus, written by someone who saw neither the rules nor this work, "
        "measures them fairly (issue 2).",
        ]
    lines += [
        "",
        f"Micro precision **{pct(t.precision)} %**, micro recall **{pct(t.recall)} %** over {t.gold} labels; "
        f"hard-negative posts with any finding: **{hit} of {hard} ({pct(hit / hard if hard else None)} %)**.",
        "",
    ]
    lines += rule_table(m)
    lines += [
        "",
        f"### Hard negatives ({st['tag']})",
        "",
    ]
    lines += hard_table(m)
    lines += ["", f"### Where the rules miss or over-fire ({st['tag']})", "",
              f"Per rule with any strict mismatch: up to {per_rule} labels missed (or matched only partly) and "
              f"up to {per_rule} findings without a label of the same span.", ""]
    for rule in sorted(mis):
        d = mis[rule]
        if not d["missed"] and not d["flagged"]:
            continue
        lines.append(f"- `{rule}`: {len(d['missed'])} missed, {len(d['flagged'])} flagged without label")
        for kind in ("missed", "flagged"):
            for ex in d[kind][:per_rule]:
                lines.append(f"  - {kind}: {ex.replace('|', '&#124;')}")
    if m["missing"]:
        lines += ["", f"{len(m['missing'])} posts had no output line and were scored as no findings."]
    return "\n".join(lines) + "\n"


def split_sections(text: str) -> dict[str, str]:
    """The report cut at the headings of HEADINGS: {"main": ..., "heldout": ..., "blind": ...}, each
    part starting with its heading (main: everything before the first of them); absent parts are left out."""
    cuts = []
    for name, heading in HEADINGS.items():
        if text.startswith(heading + "\n"):
            cuts.append((0, name))
        else:
            i = text.find("\n" + heading + "\n")
            if i >= 0:
                cuts.append((i + 1, name))
    cuts.sort()
    parts = {"main": text[:cuts[0][0]] if cuts else text}
    for k, (start, name) in enumerate(cuts):
        end = cuts[k + 1][0] if k + 1 < len(cuts) else len(text)
        parts[name] = text[start:end]
    return {name: part for name, part in parts.items() if part.strip()}


def write_section(path: Path, section: str, text: str) -> None:
    """Rewrites one section of the report and keeps the others."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    parts = split_sections(old)
    parts[section] = text
    order = ["main", *HEADINGS]
    new = "\n".join(parts[name].rstrip("\n") + "\n" for name in order if name in parts)
    path.write_text(new, encoding="utf-8")


def summary(m: dict) -> str:
    t = m["total"]
    hard, hit = sum(m["hard"].values()), sum(m["hard_hit"].values())
    out = [f"{'rule':<30} {'gold':>5} {'pred':>5} {'tp':>5} {'part':>5} {'P%':>6} {'R%':>6} {'F1%':>6}"]
    for rule in sorted(m["tallies"]):
        r = m["tallies"][rule]
        out.append(f"{rule:<30} {r.gold:>5} {r.pred:>5} {r.tp:>5} {r.partial:>5} "
                   f"{pct(r.precision):>6} {pct(r.recall):>6} {pct(r.f1):>6}")
    out.append(f"{'all (micro)':<30} {t.gold:>5} {t.pred:>5} {t.tp:>5} {t.partial:>5} "
               f"{pct(t.precision):>6} {pct(t.recall):>6} {pct(t.f1):>6}")
    out.append(f"hard negatives with any finding: {hit}/{hard} ({pct(hit / hard if hard else None)} %)")
    if m["missing"]:
        out.append(f"warning: {len(m['missing'])} posts had no output line")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", type=Path, default=BIN, help="scanner CLI (default: target/release/composeguard)")
    ap.add_argument("--findings", type=Path, help="read scanner output from this JSONL file instead of running --bin")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="labelled corpus (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=OUT, help="report to write (default: docs/accuracy.md)")
    ap.add_argument("--section", choices=["main", *HEADINGS],
                    help="which section of --out to rewrite (default: heldout for heldout.jsonl, "
                         "blind, blind2 … blind14 for those corpora, else main)")
    args = ap.parse_args()
    section = args.section or {c.resolve(): name for c, name in SECTION_OF.items()}.get(args.corpus.resolve(), "main")

    posts = read_jsonl(args.corpus)
    try:
        if args.findings:
            findings = parse_findings(args.findings.read_text(encoding="utf-8").splitlines(), str(args.findings))
            source = f"`{args.findings}`"
        else:
            findings = run_scanner(args.bin, posts)
            source = f"`{args.bin.name} scan --jsonl`"
    except (CannotMeasure, OSError) as e:
        print(f"accuracy.py: cannot measure: {e}", file=sys.stderr)
        return 2
    m = measure(posts, findings)
    command = "python3 scripts/accuracy.py" + "".join(" " + shlex.quote(a) for a in sys.argv[1:])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if section == "main":
        write_section(args.out, "main", render(m, command, source))
    else:
        try:
            corpus = str(args.corpus.resolve().relative_to(ROOT))
        except ValueError:
            corpus = str(args.corpus)
        write_section(args.out, section, render_heldout(m, command, source, corpus, mismatches(posts, findings),
                                                        section=section))
    print(summary(m))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
