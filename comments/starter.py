"""The starter set: what a new site's spam filter learns first, and the phrases it blocks.

`labelled_comments.jsonl` (320 comments), `starter_extra.jsonl` (510 hand-written comments of
the kinds every platform sees: self-promotion, link drops, crypto, casino, loans, essays,
pharmacy, fake reviews, recovery scams, dating, escort and massage services, counterfeits,
bought followers, tech support, job scams, keyword lists, "write to me on WhatsApp", Korean,
Chinese, Japanese, Russian, Thai, Vietnamese and other service spam; very short thanks,
questions, complaints, disagreement, other languages and scripts, links to health authorities
and to other sources (hospitals, charities, journals) in every language of the corpus, genuine
comments that name a messenger, a price or a helpline's number;
tools/spam_corpus/starter_extra.py)
and the train side of `corpus.jsonl` (a larger set in ten languages, split by source group so
variants of one comment never straddle the split).
"""

import json
from pathlib import Path

DATA = Path(__file__).parent / "data"
STARTER_CORPUS = DATA / "labelled_comments.jsonl"
STARTER_EXTRA = DATA / "starter_extra.jsonl"
CORPUS = DATA / "corpus.jsonl"
# Measured on only, never learnt from: written by hand before any model scored it
# (tools/spam_corpus/unseen.py).
UNSEEN = DATA / "unseen.jsonl"


def read_labelled(path: Path = STARTER_CORPUS) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("label") not in {"spam", "ham"} or not isinstance(row.get("body"), str):
            raise ValueError(f"line {number}: needs a label (spam or ham) and a body")
        rows.append(row)
    return rows


def hand_written_rows() -> list[dict]:
    """The starter set less the corpus: the 320 and the broad set (no corpus template)."""
    return read_labelled(STARTER_CORPUS) + read_labelled(STARTER_EXTRA)


def starter_rows() -> list[dict]:
    """What a new site learns from: the 320, the broad set, and the corpus's train side."""
    return hand_written_rows() + [
        row for row in read_labelled(CORPUS) if row.get("split") == "train"
    ]


def held_out_rows() -> list[dict]:
    return [row for row in read_labelled(CORPUS) if row.get("split") == "test"]


def examples(rows) -> list[tuple[str, str, str]]:
    return [(row["body"], row.get("website", ""), row["label"]) for row in rows]


def groups(rows) -> list[str]:
    return [row.get("group") or row["body"] for row in rows]


# Phrases a new site blocks from day one (the demo site's list), and two the evaluation adds:
# the corpus exercises each of them, disguised every way the issue names.
STARTER_BLOCKLIST = [
    "출장안마",
    "출장샵",
    "출장마사지",
    "카지노",
    "토토사이트",
    "casino bonus",
    "cheap viagra",
]
EVALUATION_PHRASES = [*STARTER_BLOCKLIST, "buy backlinks"]
