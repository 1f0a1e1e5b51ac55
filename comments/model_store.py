"""The learning filter's model, kept in the database so that every process shares it.

The model lives in the single `SpamCorpus` row: its arrays (compressed, no pickle), how many
comments of each label it learnt from, and a version bumped on every change. A process keeps
the model it last loaded with that version, and reads only the version (one small query) before
scoring: another process's change is seen on the next comment. A change is made under a row
lock, on the model as stored, so two processes learning at once both count. After every
REBUILD_EVERY decisions the model is rebuilt from scratch once the change is committed (the
starter set, if the site learnt it, and every decision): several passes and a new calibration,
where a decision alone takes one step.
"""

import hashlib
import io
import logging
import threading
from collections.abc import Callable, Iterable
from contextlib import contextmanager

import numpy as np
from django.db import transaction

from .classifier import Model, from_arrays, to_arrays
from .models import Comment, SpamCorpus
from .starter import examples, groups, starter_rows

logger = logging.getLogger(__name__)
_loaded = threading.local()


def dumps(model: Model) -> bytes:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **to_arrays(model))
    return buffer.getvalue()


def loads(data: bytes) -> Model:
    if not data:
        return Model()
    try:
        with np.load(io.BytesIO(bytes(data)), allow_pickle=False) as arrays:
            return from_arrays(dict(arrays))
    except (OSError, ValueError, KeyError) as error:
        logger.error("The stored spam model cannot be read (%s): starting empty.", error)
        return Model()


def current_model() -> Model:
    """The shared model, reloaded only when another process (or this one) changed it."""
    pinned = getattr(_loaded, "pinned", None)
    if pinned is not None:
        return pinned
    version = SpamCorpus.objects.filter(pk=1).values_list("version", flat=True).first()
    if version is None:
        return Model()
    if getattr(_loaded, "version", None) != version:
        data = SpamCorpus.objects.filter(pk=1).values_list("model", flat=True).first()
        _loaded.model, _loaded.version = loads(data or b""), version
    return _loaded.model


@contextmanager
def pinned_model():
    """Within it, this thread reads the shared model's version once: a page of comments scored
    or explained together costs one query, not one per comment."""
    _loaded.pinned = None
    _loaded.pinned = current_model()
    try:
        yield _loaded.pinned
    finally:
        _loaded.pinned = None


def _save(corpus, model: Model, **fields) -> None:
    corpus.model = dumps(model)
    corpus.spam, corpus.ham = model.spam, model.ham
    corpus.version += 1
    for name, value in fields.items():
        setattr(corpus, name, value)
    corpus.save()
    _loaded.model, _loaded.version = model, corpus.version


# Online learning takes one step per decision; a rebuild makes several passes over everything
# and fits the calibration again. One is made after every REBUILD_EVERY decisions.
REBUILD_EVERY = 250


def update_model(change: Callable[[Model], None]) -> None:
    """Apply `change` to the stored model, under a lock, and store the result."""
    with transaction.atomic():
        corpus, _ = SpamCorpus.objects.select_for_update().get_or_create(pk=1)
        model = loads(corpus.model)
        before = (model.spam + model.ham) // REBUILD_EVERY
        change(model)
        _save(corpus, model)
        if (model.spam + model.ham) // REBUILD_EVERY > before:
            with_starter = bool(corpus.learnt)
            transaction.on_commit(lambda: rebuild(with_starter=with_starter))


def replace_model(model: Model, learnt: list[str]) -> None:
    """Store a model built from scratch (a rebuild), with the data sets it learnt."""
    with transaction.atomic():
        corpus, _ = SpamCorpus.objects.select_for_update().get_or_create(pk=1)
        _save(corpus, model, learnt=learnt)


def digest(rows: list[dict]) -> str:
    """What names a labelled data set, whatever its file is called."""
    text = "\n".join(f"{row['label']}\t{row.get('website', '')}\t{row['body']}" for row in rows)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def learnt_sets() -> list[str]:
    return SpamCorpus.objects.filter(pk=1).values_list("learnt", flat=True).first() or []


def history_examples() -> list[tuple[str, str, str, str]]:
    """Every moderator decision the filter learnt from: (body, website, label, group)."""
    return [
        (body, website, label, f"comment-{pk}")
        for pk, body, website, label in Comment.objects.exclude(trained_as="").values_list(
            "pk", "body", "website", "trained_as"
        )
    ]


def rebuild(with_starter: bool = True) -> Model:
    """Learn again from scratch: the starter set and every moderator decision, calibrated."""
    rows = starter_rows() if with_starter else []
    history = history_examples()
    model = Model.fit(
        examples(rows) + [(body, website, label) for body, website, label, _ in history],
        groups(rows) + [group for *_, group in history],
    )
    replace_model(model, [digest(rows)] if rows else [])
    return model


def train_starter() -> bool:
    """Give a new site the starter set (a rebuild); False when it has it already."""
    if digest(starter_rows()) in learnt_sets():
        return False
    rebuild()
    return True


# -- the site's filter: scoring and learning, on the shared model ---------------------


def spam_probability(body: str, website: str = "") -> float | None:
    return current_model().probability(body, website)


def learn(body: str, website: str, label: str) -> None:
    """Count one comment as `label` ("spam" or "ham")."""
    update_model(lambda model: model.learn(body, website, label))


def unlearn(body: str, website: str, label: str) -> None:
    """Take back an earlier `learn` (a moderator changed their mind)."""
    update_model(lambda model: model.unlearn(body, website, label))


def learn_many(examples: Iterable[tuple[str, str, str]]) -> int:
    """Learn from many (body, website, label) examples at once; returns how many."""
    examples = list(examples)

    def teach(model):
        for body, website, label in examples:
            model.learn(body, website, label)

    update_model(teach)
    return len(examples)


# -- why a comment scored as it did (the moderation desk) -----------------------------------
# Kept small and apart: the spam branch adds its own `explain`; the merge keeps that one.


def explain(body: str, website: str = "", limit: int = 5) -> list[tuple[str, float]]:
    """The features of this text that weighed most in its score, with their signed weight
    (positive: towards spam), largest first: [(ngram_text, signed_weight), ...]."""
    from .classifier import HASHER, features, weighted

    model = current_model()
    found = weighted(features(body, website))
    if not found or not model.coef.any():
        return []
    columns = HASHER.transform([[pair] for pair in found]).tocsr().indices
    norm = float(np.sqrt(sum(weight * weight for _, weight in found)))
    contributions = [
        (name, weight / norm * float(model.coef[column]))
        for (name, weight), column in zip(found, columns, strict=True)
    ]
    contributions = [item for item in contributions if item[1]]
    contributions.sort(key=lambda item: (-abs(item[1]), item[0]))
    return contributions[:limit]
