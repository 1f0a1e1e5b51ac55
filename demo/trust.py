"""Health-trust details for the demo: expert review, evidence, sources, structured callouts.

The references are clearly marked demo entries (Crossref's 10.5555 test DOI prefix, example.org
links): the demo must not attribute claims to real papers it has not checked.
"""

import re

REVIEWED = {
    # article slug: (review date, evidence level, one-line evidence note, therapy name)
    "what-is-craniosacral-therapy": (
        "2026-10-30",
        "limited",
        "A few small, mostly low-quality trials; some report short-term relief, none explain "
        "how it works.",
        "Craniosacral therapy",
    ),
    # reviewed long ago: its next review date has passed, so readers and editors are told
    "first-craniosacral-therapy-session": ("2025-06-01", "", "", ""),
}
REVIEWER = "nadia-ferreira"
CITED_SECTION = "What the evidence says"
REFERENCES = [
    {
        "title": "Demo reference: a systematic review of craniosacral therapy trials for pain",
        "authors": "Example A, Sample B",
        "publication": "Journal of Demonstration Studies (fictional)",
        "year": 2024,
        "url": "https://example.org/demo-references/cst-review",
        "doi": "10.5555/wellness-demo.1",
        "pmid": "",
    },
    {
        "title": "Demo reference: reliability of palpating a cranial rhythm",
        "authors": "Placeholder C",
        "publication": "Demo Manual Therapy Quarterly (fictional)",
        "year": 2022,
        "url": "https://example.org/demo-references/palpation",
        "doi": "10.5555/wellness-demo.2",
        "pmid": "",
    },
]
LIST_RE = re.compile(r"<ul>(.*?)</ul>", re.S)
ITEM_RE = re.compile(r"<li>(.*?)</li>", re.S)
TAG_RE = re.compile(r"<[^>]+>")


def structured_caution(value: dict) -> dict:
    """A caution with two lists becomes: side effects (first), who should not try it (second)."""
    lists = LIST_RE.findall(value["body"])
    if len(lists) != 2:
        return value
    side_effects, contraindications = (
        [TAG_RE.sub("", item).strip() for item in ITEM_RE.findall(found)] for found in lists
    )
    body = LIST_RE.sub("", value["body"])
    return {
        **value,
        "body": body,
        "side_effects": side_effects,
        "contraindications": contraindications,
    }


def with_trust(body: list) -> list:
    """The article body with structured cautions, urgent-help callouts, citations and sources."""
    result, in_cited_section, cited = [], False, False
    for kind, value in body:
        if kind == "heading" and value["level"] == "h2":
            in_cited_section = value["text"] == CITED_SECTION
        if kind == "callout" and value["kind"] == "caution":
            value = structured_caution(value)
        elif kind == "callout" and "doctor" in value["title"].lower():
            value = {**value, "kind": "help_urgent"}
        elif kind == "paragraph" and in_cited_section and not cited:
            value = value.replace("</p>", " [1, 2]</p>", 1)
            cited = True
        result.append((kind, value))
    result.append(("sources", {"title": "Sources", "references": REFERENCES}))
    return result
