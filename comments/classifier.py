"""A naive Bayes spam filter that learns from moderators' decisions.

Features are the words of a comment (any script; Chinese and Japanese runs also as character
pairs), the domains it links to, and a few shape markers (how many links, markup, a website).
`NaiveBayes` is the pure model; `learn`, `unlearn` and `spam_probability` keep its counts in
the database (`SpamToken`, `SpamCorpus`) so every web process shares one filter.
"""

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
URL_RE = re.compile(r"(?:https?://|www\.)([^\s/\"'<>\]\[)]+)", re.IGNORECASE)
MARKUP_RE = re.compile(r"<\s*a\s|\[url|\[link", re.IGNORECASE)
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
MIN_EXAMPLES = 5  # per label, before the filter gives an opinion
# Only the most telling tokens vote (as in Paul Graham's "A Plan for Spam"): long, ordinary
# comments would otherwise drown a few strong spam signals in many weak ham ones.
INTERESTING_TOKENS = 10
MAX_TOKEN_LENGTH = 100


def features(body: str, website: str = "") -> set[str]:
    text = body.casefold()
    found: set[str] = set()
    for word in WORD_RE.findall(text):
        if word.isdigit() or len(word) > 40:
            continue
        found.add(word)
        if CJK_RE.search(word):  # no spaces between words: use overlapping character pairs
            found.update(word[i : i + 2] for i in range(len(word) - 1))
    domains = [domain.removeprefix("www.").rstrip(".,;:!?") for domain in URL_RE.findall(text)]
    found.update(f"domain:{domain}" for domain in domains)
    links = len(domains)
    found.add(f"links:{min(links, 3)}")
    if MARKUP_RE.search(text):
        found.add("shape:markup")
    if website:
        found.add("shape:website")
        found.update(f"domain:{d.removeprefix('www.')}" for d in URL_RE.findall(website.casefold()))
    return {token[:MAX_TOKEN_LENGTH] for token in found}


@dataclass
class NaiveBayes:
    spam_docs: int = 0
    ham_docs: int = 0
    spam_counts: Counter = field(default_factory=Counter)
    ham_counts: Counter = field(default_factory=Counter)

    def train(self, tokens: Iterable[str], is_spam: bool, weight: int = 1) -> None:
        counts = self.spam_counts if is_spam else self.ham_counts
        for token in tokens:
            counts[token] += weight
        if is_spam:
            self.spam_docs += weight
        else:
            self.ham_docs += weight

    def probability(self, tokens: Iterable[str]) -> float | None:
        """P(spam | tokens), or None while there are too few examples of either kind."""
        return spam_probability_from_counts(
            self.spam_docs,
            self.ham_docs,
            {t: (self.spam_counts[t], self.ham_counts[t]) for t in tokens},
        )


def spam_probability_from_counts(
    spam_docs: int, ham_docs: int, counts: dict[str, tuple[int, int]]
) -> float | None:
    if spam_docs < MIN_EXAMPLES or ham_docs < MIN_EXAMPLES:
        return None
    evidence = [
        math.log(((spam + 1) / (spam_docs + 2)) / ((ham + 1) / (ham_docs + 2)))
        for spam, ham in counts.values()
        if spam or ham  # a token never seen says nothing either way
    ]
    evidence.sort(key=abs, reverse=True)
    log_odds = math.log(spam_docs / ham_docs) + sum(evidence[:INTERESTING_TOKENS])
    log_odds = max(-50.0, min(50.0, log_odds))
    return 1 / (1 + math.exp(-log_odds))


# -- the shared model, stored in the database ------------------------------------------------


def spam_probability(body: str, website: str = "") -> float | None:
    from .models import SpamCorpus, SpamToken

    corpus = SpamCorpus.objects.first()
    if corpus is None:
        return None
    tokens = features(body, website)
    counts = {row.token: (row.spam, row.ham) for row in SpamToken.objects.filter(token__in=tokens)}
    return spam_probability_from_counts(corpus.spam, corpus.ham, counts)


def _update(tokens: set[str], label: str, delta: int) -> None:
    from .models import SpamCorpus, SpamToken

    with transaction.atomic():
        corpus, _ = SpamCorpus.objects.select_for_update().get_or_create(pk=1)
        setattr(corpus, label, max(0, getattr(corpus, label) + delta))
        corpus.save()
        existing = set(SpamToken.objects.filter(token__in=tokens).values_list("token", flat=True))
        if delta > 0:
            SpamToken.objects.bulk_create(
                [SpamToken(token=t) for t in tokens - existing], ignore_conflicts=True
            )
        SpamToken.objects.filter(token__in=tokens).update(**{label: F(label) + delta})
        if delta < 0:
            SpamToken.objects.filter(**{f"{label}__lt": 0}).update(**{label: 0})


def learn(body: str, website: str, label: str) -> None:
    """Count one comment as `label` ("spam" or "ham")."""
    _update(features(body, website), label, +1)


def unlearn(body: str, website: str, label: str) -> None:
    """Take back an earlier `learn` (a moderator changed their mind)."""
    _update(features(body, website), label, -1)


def learn_many(examples: Iterable[tuple[str, str, str]]) -> int:
    """Learn from many (body, website, label) examples at once; returns how many."""
    from .models import SpamCorpus, SpamToken

    model = NaiveBayes()
    for body, website, label in examples:
        model.train(features(body, website), label == "spam")
    tokens = set(model.spam_counts) | set(model.ham_counts)
    with transaction.atomic():
        corpus, _ = SpamCorpus.objects.select_for_update().get_or_create(pk=1)
        corpus.spam += model.spam_docs
        corpus.ham += model.ham_docs
        corpus.save()
        existing = SpamToken.objects.in_bulk(tokens, field_name="token")
        for token in tokens:
            row = existing.get(token) or SpamToken(token=token)
            row.spam += model.spam_counts[token]
            row.ham += model.ham_counts[token]
            existing[token] = row
        SpamToken.objects.bulk_create(
            [row for row in existing.values() if row.pk is None], batch_size=500
        )
        SpamToken.objects.bulk_update(
            [row for row in existing.values() if row.pk is not None],
            ["spam", "ham"],
            batch_size=500,
        )
    return model.spam_docs + model.ham_docs
