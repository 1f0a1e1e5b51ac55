"""The learning filter's model, kept in the database so that every process shares it.

The model lives in the single `SpamCorpus` row: its arrays (.npz, no pickle), how many
comments of each label it learnt from, a version changed whenever the whole model is written,
and `last_change`, the newest of the `SpamModelChange` rows stacked on top of it. A process keeps
the model it last loaded with that version and change, and reads only those (one small query)
before scoring: another process's change is seen on the next comment, by reading the few
kilobytes of changes it has not applied yet. A change is made under a row lock, on the model as
stored, so two processes learning at once both count.

A moderator's decision costs its request one step of online learning (`update_model`), never a
rebuild, and writes only what that step changed: the weights of the comment's features and the
factor the L2 penalty scaled every weight by (`Model.record`), a few kilobytes, where the whole
model is about 300 KB. After COMPACT_EVERY changes the whole model is written again and the
changes are deleted (a rebuild does the same).

After every REBUILD_EVERY decisions the row says a rebuild is due (`rebuild_due`) and the
decision queues the worker's task (tasks.py), or `manage.py train_spam_filter --rebuild
--if-due`, a periodic job on a site without a worker, learns again from scratch (the
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
from .models import Comment, SpamCorpus, SpamModelChange
from .starter import examples, groups, starter_rows
from .tasks import queue_rebuild

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
    """The shared model, brought up to date only when another process (or this one) changed
    it: the changes it has not applied yet, or the whole model when that was written again."""
    pinned = getattr(_loaded, "pinned", None)
    if pinned is not None:
        return pinned
    fields = ("version", "spam", "ham", "learnt", "last_change")
    row = SpamCorpus.objects.filter(pk=1).values_list(*fields).first()
    if _never_learnt(row) and settings.SPAM_STARTER_ON_FIRST_USE:
        ensure_starter()
        row = SpamCorpus.objects.filter(pk=1).values_list(*fields).first()
    if row is None:
        return Model()
    version, last_change = row[0], row[4]
    current = _current(_loaded_change(), last_change) if _is_loaded(version) else None
    if current is None:
        _load_whole()
    elif not current:
        _apply_changes(_loaded.model, _loaded.last_change, last_change)
        _loaded.last_change = last_change
    return _loaded.model


def _loaded_change() -> int:
    return getattr(_loaded, "last_change", 0)


def _is_loaded(version: int) -> bool:
    return getattr(_loaded, "version", None) == version


def _load_whole(corpus_id: int = 1) -> Model:
    """The stored model and the changes on top of it, read now (this process's copy)."""
    version, last_change, data = (
        SpamCorpus.objects.filter(pk=corpus_id)
        .values_list("version", "last_change", "model")
        .first()
    )
    model = loads(data or b"")
    _apply_changes(model, 0, last_change)
    _loaded.model, _loaded.version, _loaded.last_change = model, version, last_change
    return model


def stored_model() -> Model:
    """The model as stored now (the whole model and its changes), read afresh: what a process
    that never loaded it would score with."""
    row = SpamCorpus.objects.filter(pk=1).values_list("last_change", "model").first()
    if row is None:
        return Model()
    model = loads(row[1] or b"")
    _apply_changes(model, 0, row[0])
    return model


def _apply_changes(model: Model, after: int, upto: int) -> None:
    changes = SpamModelChange.objects.filter(id__gt=after, id__lte=upto).order_by("id")
    for factors, columns, values, state in changes.values_list(
        "factors", "columns", "values", "state"
    ):
        model.replay(
            factors,
            np.frombuffer(bytes(columns), dtype=np.int32),
            np.frombuffer(bytes(values), dtype=np.float64),
        )
        model.intercept, model.t = state["intercept"], state["t"]
        model.spam, model.ham = state["spam"], state["ham"]


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


def _new_row() -> dict:
    """A new row's version is random too: never one a process may hold from an old row."""
    return {"version": secrets.randbits(62) or 1}


def _locked_row(defer: bool) -> SpamCorpus:
    """The model's row, locked until the transaction ends (made if missing)."""
    rows = SpamCorpus.objects.select_for_update()
    return (rows.defer("model") if defer else rows).get_or_create(pk=1, defaults=_new_row())[0]


def _current(loaded_change: int, stored_change: int) -> bool | None:
    """True when this process's copy is up to date, False when changes are to be applied,
    None when the stored model went back (a change rolled back): read it whole."""
    if loaded_change == stored_change:
        return True
    return False if loaded_change < stored_change else None


def _save(corpus, model: Model, **fields) -> None:
    """Write the whole model, with the changes stacked on the old one folded in (deleted)."""
    corpus.model = dumps(model)
    corpus.spam, corpus.ham = model.spam, model.ham
    # A random version, never the next number: a change that is rolled back, or a database
    # restored from a backup, never makes a stale model look current to a process.
    corpus.version = secrets.randbits(62) or 1
    corpus.last_change = 0
    for name, value in fields.items():
        setattr(corpus, name, value)
    corpus.save()
    SpamModelChange.objects.all().delete()
    # What is stored (its weights in single precision), not the model in hand: this process
    # scores with exactly what every other process reads.
    _loaded.model, _loaded.version, _loaded.last_change = loads(corpus.model), corpus.version, 0


def _save_change(corpus, model: Model, factors, columns, **fields) -> None:
    """Store only what the recorded learning changed (`Model.record`), on top of the model.

    This process's copy is brought up to date from the stored change on its next use, like
    every other process's: a change rolled back with its transaction is never applied."""
    change = SpamModelChange.objects.create(
        factors=[float(factor) for factor in factors],
        columns=columns.tobytes(),
        values=model.coef[columns].astype(np.float64).tobytes(),
        state={"intercept": model.intercept, "t": model.t, "spam": model.spam, "ham": model.ham},
    )
    corpus.spam, corpus.ham, corpus.last_change = model.spam, model.ham, change.id
    for name, value in fields.items():
        setattr(corpus, name, value)
    corpus.save(update_fields=["spam", "ham", "last_change", *fields])


# Online learning takes one step per decision; a rebuild makes several passes over everything
# and fits the calibration again. One is due after every REBUILD_EVERY decisions.
REBUILD_EVERY = 250


# After this many changes stacked on the stored model, a decision writes the whole model again;
# so does a change of more weights than WHOLE_ABOVE (a labelled file learnt at once).
COMPACT_EVERY = 200
WHOLE_ABOVE = 20_000


def _locked_model(corpus) -> Model:
    """The stored model of a locked row: this process's copy when it is the current one
    (a copy: the change may yet be rolled back), else read from the row and its changes."""
    current = _current(_loaded_change(), corpus.last_change)
    if _is_loaded(corpus.version) and current is not None:
        if not current:
            _apply_changes(_loaded.model, _loaded_change(), corpus.last_change)
            _loaded.last_change = corpus.last_change
        return _loaded.model.copy()
    return _load_whole(corpus.pk).copy()


def update_model(change: Callable[[Model], None]) -> None:
    """Apply `change` to the stored model, under a lock, and store what it changed.

    Cheap enough for a moderator's request: one step per decision, a few kilobytes written;
    when REBUILD_EVERY more decisions have been learnt, the row is marked `rebuild_due` for the
    periodic job."""
    with transaction.atomic():
        corpus = _locked_row(defer=True)
        model = _locked_model(corpus)
        before = (model.spam + model.ham) // REBUILD_EVERY
        model.record()
        change(model)
        due = corpus.rebuild_due or (model.spam + model.ham) // REBUILD_EVERY > before
        if due and not corpus.rebuild_due:
            transaction.on_commit(queue_rebuild)  # the worker rebuilds (tasks.py)
        factors, columns = model.recorded()
        if len(columns) > WHOLE_ABOVE or SpamModelChange.objects.count() >= COMPACT_EVERY:
            _save(corpus, model, rebuild_due=due)
        else:
            _save_change(corpus, model, factors, columns, rebuild_due=due)


def replace_model(model: Model, learnt: list[str]) -> None:
    """Store a model built from scratch (a rebuild), with the data sets it learnt."""
    with transaction.atomic():
        corpus = _locked_row(defer=False)
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
        corpus = _locked_row(defer=True)
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
    SpamCorpus.objects.get_or_create(pk=1, defaults=_new_row())
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
