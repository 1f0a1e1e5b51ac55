"""The learning filter's model, kept in the database so that every process shares it.

The model lives in the single `SpamCorpus` row: its arrays (.npz, no pickle), how many
comments of each label it learnt from, and a version changed on every change. A process keeps
the model it last loaded with that version, and reads only the version (one small query) before
scoring: another process's change is seen on the next comment. A change is made under a row
lock, on the model as stored, so two processes learning at once both count.

A moderator's decision costs its request one step of online learning (`update_model`), never a
rebuild. After every REBUILD_EVERY decisions the row says a rebuild is due (`rebuild_due`):
`manage.py train_spam_filter --rebuild --if-due`, a periodic job, learns again from scratch (the
starter set, if the site learnt it, and every decision: several passes and a new calibration)
outside any request, and replays on top of it the decisions made while it was fitting.

A site that has learnt nothing yet (a new one, or one upgraded from the first filter) learns the
starter set the first time a comment is scored, once: the first process takes the row lock and
trains, the others wait for it and find the starter set learnt (`ensure_starter`).
"""

import hashlib
import io
import logging
import secrets
import threading
from collections.abc import Callable, Iterable
from contextlib import contextmanager

import numpy as np
from django.conf import settings
from django.db import transaction

from .classifier import Model, from_arrays, to_arrays
from .models import Comment, SpamCorpus
from .starter import examples, groups, starter_rows

logger = logging.getLogger(__name__)
_loaded = threading.local()


def dumps(model: Model) -> bytes:
    """The model's arrays as an .npz file, uncompressed: a decision stores it again, and
    compressing took 20-60 ms of the moderator's request for a third off its size."""
    buffer = io.BytesIO()
    np.savez(buffer, **to_arrays(model))
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
    row = SpamCorpus.objects.filter(pk=1).values_list("version", "spam", "ham", "learnt").first()
    if _never_learnt(row) and settings.SPAM_STARTER_ON_FIRST_USE:
        ensure_starter()
        row = SpamCorpus.objects.filter(pk=1).values_list("version").first()
    if row is None:
        return Model()
    version = row[0]
    if getattr(_loaded, "version", None) != version:
        data = SpamCorpus.objects.filter(pk=1).values_list("model", flat=True).first()
        _loaded.model, _loaded.version = loads(data or b""), version
    return _loaded.model


def _never_learnt(row) -> bool:
    """No row, or one that learnt no data set and no decision (a new or upgraded site)."""
    return row is None or (not row[3] and row[1] == 0 and row[2] == 0)


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
    # A random version, never the next number: a change that is rolled back, or a database
    # restored from a backup, never makes a stale model look current to a process.
    corpus.version = secrets.randbits(62) or 1
    for name, value in fields.items():
        setattr(corpus, name, value)
    corpus.save()
    _loaded.model, _loaded.version = model, corpus.version


# Online learning takes one step per decision; a rebuild makes several passes over everything
# and fits the calibration again. One is due after every REBUILD_EVERY decisions.
REBUILD_EVERY = 250


def _locked_model(corpus) -> Model:
    """The stored model of a locked row: this process's copy when it is the current one
    (a copy: the change may yet be rolled back), else read from the row."""
    if getattr(_loaded, "version", None) == corpus.version:
        return _loaded.model.copy()
    data = SpamCorpus.objects.filter(pk=corpus.pk).values_list("model", flat=True).first()
    return loads(data or b"")


def update_model(change: Callable[[Model], None]) -> None:
    """Apply `change` to the stored model, under a lock, and store the result.

    Cheap enough for a moderator's request: one step per decision; when REBUILD_EVERY more
    decisions have been learnt, the row is marked `rebuild_due` for the periodic job."""
    with transaction.atomic():
        corpus, _ = SpamCorpus.objects.select_for_update().defer("model").get_or_create(pk=1)
        model = _locked_model(corpus)
        before = (model.spam + model.ham) // REBUILD_EVERY
        change(model)
        due = corpus.rebuild_due or (model.spam + model.ham) // REBUILD_EVERY > before
        _save(corpus, model, rebuild_due=due)


def replace_model(model: Model, learnt: list[str]) -> None:
    """Store a model built from scratch (a rebuild), with the data sets it learnt."""
    with transaction.atomic():
        corpus, _ = SpamCorpus.objects.select_for_update().get_or_create(pk=1)
        _save(corpus, model, learnt=learnt, rebuild_due=False)


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


def _decisions() -> dict[str, tuple[str, str, str]]:
    return {group: (body, website, label) for body, website, label, group in history_examples()}


def rebuild(with_starter: bool = True) -> Model:
    """Learn again from scratch: the starter set and every moderator decision, calibrated.

    The fitting takes seconds and holds no lock: the decisions moderators made meanwhile are
    replayed, one step each as they were, on the new model before it is stored."""
    rows = starter_rows() if with_starter else []
    history = _decisions()
    model = Model.fit(examples(rows) + list(history.values()), groups(rows) + list(history.keys()))
    with transaction.atomic():
        corpus, _ = SpamCorpus.objects.select_for_update().defer("model").get_or_create(pk=1)
        now = _decisions()
        for group in history.keys() - now.keys():
            model.unlearn(*history[group])
        for group, decision in now.items():
            if history.get(group) != decision:
                if group in history:
                    model.unlearn(*history[group])
                model.learn(*decision)
        _save(corpus, model, learnt=[digest(rows)] if rows else [], rebuild_due=False)
    return model


def rebuild_if_due() -> Model | None:
    """The periodic job: a rebuild when enough decisions were learnt since the last one."""
    corpus = SpamCorpus.objects.filter(pk=1).first()
    if corpus is None or not corpus.rebuild_due:
        return None
    return rebuild(with_starter=bool(corpus.learnt))


def train_starter() -> bool:
    """Give a site the starter set (a rebuild, with its moderation history), once: the row
    stays locked while it learns, so a second process waits and then finds it learnt.
    False when the site has it already."""
    name = digest(starter_rows())
    SpamCorpus.objects.get_or_create(pk=1)
    with transaction.atomic():
        corpus = SpamCorpus.objects.select_for_update().defer("model").get(pk=1)
        if name in corpus.learnt:
            return False
        rebuild()
    return True


def ensure_starter() -> None:
    """A site that has learnt nothing learns the starter set now (the first scorer, once)."""
    if train_starter():
        logger.info("The spam filter learnt the starter set (first use).")


# -- the site's filter: scoring and learning, on the shared model ---------------------


def spam_probability(body: str, website: str = "") -> float | None:
    return current_model().probability(body, website)


def spam_signs(body: str, website: str = "") -> list[str]:
    """What besides its language and a link makes this comment spam (Model.spam_signs)."""
    return current_model().spam_signs(body, website)


def explain(body: str, website: str = "", limit: int = 5) -> list[tuple[str, float]]:
    """The n-grams of this comment that pushed the shared model's score most, for the
    moderation desk: [(n-gram or sign, contribution to the log-odds; positive is spammy)],
    largest first by size. Empty while the model has learnt nothing."""
    return current_model().top_features(body, website, limit)


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
