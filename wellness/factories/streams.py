"""StreamField values as the editor's blocks store them, for factories and tests."""

import json


def stream(*blocks) -> str:
    """Raw StreamField JSON from (block_type, value) pairs."""
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def article_body(words: int = 40) -> str:
    # Short sentences, as an article should have: the content checks flag long ones.
    sentence = ("Gentle", "touch", "can", "help.")
    filler = " ".join(sentence[n % len(sentence)] for n in range(words))
    return stream(
        ("heading", {"text": "What it is", "level": "h2", "anchor": ""}),
        ("paragraph", f"<p>Craniosacral therapy is a light-touch therapy. {filler}</p>"),
        ("heading", {"text": "Who should not try it", "level": "h2", "anchor": ""}),
        (
            "callout",
            {
                "kind": "caution",
                "title": "Side effects and who should not try this",
                "body": "<p>Ask your doctor first after a recent head injury.</p>",
            },
        ),
    )
