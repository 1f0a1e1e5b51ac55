"""Measuring the learning filter on comments it never trained on.

Data (comments/data/):
- `labelled_comments.jsonl`: 320 comments written with the first filter;
- `corpus.jsonl`: about 1,750 comments in ten languages and every kind of spam a site meets,
  variants grouped by their hand-written source (`group`), each group on one side of a frozen
  split (`split`: train or test; tools/spam_corpus/build.py).

The starter set a new site learns from is the hand-written part (the 320 and the broad set,
`starter_extra.jsonl`) plus the corpus's train side; the test side is never trained on. Measured:
- the shipped starter model on the frozen test side;
- repeated stratified 60/40 splits of the corpus by group (a group's variants stay together),
  starting empty or from the hand-written part, learning all at once or only one moderator
  decision at a time (`Model.learn`, what `moderate()` calls through `sync_training`);
- out of distribution: comments from sources and templates the training never used (the
  corpus against the separately written 320 both ways; each spam kind, with genuine comments
  in languages never trained on, held out whole);
- `unseen.jsonl`: 160 comments written by hand before any model scored them, in phrasings of
  their own: only ever measured on (the starter model);
- what is held for a moderator rather than sent to spam (the filter above spam.HOLD_ABOVE but
  not above the threshold, or above it with no sign of spam besides a link: the rule spam.assess
  applies), for spam and genuine comments alike;
- calibration: the share of genuine comments the model expects above the threshold (its
  calibrated probabilities, out-of-fold) against the share measured.
"""

import itertools
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from .classifier import Model, out_of_fold_margins, sends_to_spam, structural_bar, vectorise
from .model_store import REBUILD_EVERY
from .normalise import blocked_phrase
from .spam import HOLD_ABOVE
from .starter import (
    CORPUS,
    STARTER_CORPUS,
    STARTER_EXTRA,
    examples,
    groups,
    hand_written_rows,
    read_labelled,
    starter_rows,
)


@dataclass
class Scores:
    spam: int = 0
    caught: int = 0
    ham: int = 0
    false_spam: int = 0
    undecided: int = 0
    spam_held: int = 0  # above spam.HOLD_ABOVE, not above the threshold: held for a moderator
    ham_held: int = 0
    # above the threshold, held for want of a sign of spam besides a link (Model.spam_signs)
    spam_unsigned: int = 0
    ham_unsigned: int = 0
    expected_false_spam: float = 0.0  # sum of the genuine comments' probabilities of crossing
    false_spam_by: dict = field(default_factory=lambda: defaultdict(int))
    false_spam_signs: dict = field(default_factory=lambda: defaultdict(int))  # which sign, counted
    ham_by: dict = field(default_factory=lambda: defaultdict(int))
    missed_disguises: list = field(default_factory=list)
    seconds_per_comment: float = 0.0
    seconds: list = field(default_factory=list)  # each comment's scoring time

    @property
    def recall(self) -> float:
        return self.caught / self.spam if self.spam else 1.0

    @property
    def false_spam_rate(self) -> float:
        return self.false_spam / self.ham if self.ham else 0.0

    def add(self, other: "Scores") -> "Scores":
        total = Scores()
        for name in (
            "spam",
            "caught",
            "ham",
            "false_spam",
            "undecided",
            "spam_held",
            "ham_held",
            "spam_unsigned",
            "ham_unsigned",
        ):
            setattr(total, name, getattr(self, name) + getattr(other, name))
        for name in ("false_spam_by", "ham_by", "false_spam_signs"):
            for key, value in [*getattr(self, name).items(), *getattr(other, name).items()]:
                getattr(total, name)[key] += value
        total.missed_disguises = self.missed_disguises + other.missed_disguises
        return total


def measure(model: Model, rows: list[dict], threshold: float) -> Scores:
    """Score each row one at a time (as a comment arrives) against the threshold."""
    scores = Scores()
    started = time.perf_counter()
    for row in rows:
        before = time.perf_counter()
        probability = model.probability(row["body"], row.get("website", ""))
        confident = probability is not None and probability > threshold
        # spam.assess's rule: a confident score sends to spam only with a sign besides a link,
        # a less confident one only with a structural sign (classifier.sends_to_spam).
        considered = probability is not None and probability > structural_bar(threshold)
        signs = model.spam_signs(row["body"], row.get("website", "")) if considered else []
        said_spam = sends_to_spam(probability, signs, threshold)
        scores.seconds.append(time.perf_counter() - before)  # the score and the signs
        held = probability is not None and probability > HOLD_ABOVE and not said_spam
        unsigned = confident and not said_spam
        if probability is None:
            scores.undecided += 1
        if row["label"] == "spam":
            scores.spam += 1
            scores.caught += said_spam
            scores.spam_held += held
            scores.spam_unsigned += unsigned
            if not said_spam and row.get("disguise"):
                scores.missed_disguises.append(row["body"])
        else:
            language = row.get("lang") or "en"
            scores.ham += 1
            scores.ham_by[language] += 1
            scores.false_spam += said_spam
            scores.ham_held += held
            scores.ham_unsigned += unsigned
            scores.false_spam_by[language] += said_spam
            for sign in signs if said_spam else []:
                scores.false_spam_signs[sign] += 1
    scores.seconds_per_comment = (time.perf_counter() - started) / max(1, len(rows))
    return scores


def expected_false_spam_rate(model: Model, rows: list[dict], threshold: float) -> float:
    """The share of genuine comments the model itself expects above the threshold: its
    calibrated probabilities for the training comments, each from a model that never saw it."""
    matrix = vectorise((row["body"], row.get("website", "")) for row in rows)
    labels = np.array([row["label"] == "spam" for row in rows], dtype=int)
    margins, labels = out_of_fold_margins(matrix, labels, groups(rows))
    ham = model.calibrated(margins)[labels == 0]
    return float((ham > threshold).mean()) if len(ham) else 0.0


def group_splits(rows: list[dict], seed: int, train_share: float = 0.6):
    """A stratified split by source group: each group's variants on one side."""
    rng = random.Random(seed)
    strata: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        group = row.get("group") or row["body"]
        stratum = f"{row['label']}-{row.get('lang') or row.get('kind', '')}"
        if group not in strata[stratum]:
            strata[stratum].append(group)
    train_groups = set()
    for members in strata.values():
        rng.shuffle(members)
        train_groups.update(members[: round(len(members) * train_share)])
    train = [row for row in rows if (row.get("group") or row["body"]) in train_groups]
    test = [row for row in rows if (row.get("group") or row["body"]) not in train_groups]
    return train, test


def moderation_path(
    start: Model, rows: list[dict], seed: int, rebuild_every: int = 0, starter=()
) -> Model:
    """Learn as a site does: one moderator decision at a time, in the order comments came
    (`Model.learn`, the step `moderate()` takes through `sync_training_many`), with a rebuild
    from `starter` and the decisions so far after every `rebuild_every` decisions (what
    the periodic `train_spam_filter --rebuild --if-due` does when model_store marks it due),
    if given."""
    rng = random.Random(seed)
    stream = list(rows)
    rng.shuffle(stream)
    model = start
    for number, row in enumerate(stream, start=1):
        model.learn(row["body"], row.get("website", ""), row["label"])
        if rebuild_every and (model.spam + model.ham) % rebuild_every == 0:
            decided = [*starter, *stream[:number]]
            model = Model.fit(examples(decided), groups(decided))
    return model


def decision_cost(model: Model, rows: list[dict], decisions: int = 200):
    """Seconds each moderator decision costs the model's side of a request, and the bytes it
    writes: the step on a copy of the loaded model, recorded, and what it changed serialised
    (model_store.update_model stores that, not the whole model)."""
    costs, sizes = [], []
    for row in rows[:decisions]:
        started = time.perf_counter()
        changed = model.copy()
        changed.record()
        changed.learn(row["body"], row.get("website", ""), row["label"])
        factors, columns = changed.recorded()
        written = columns.tobytes() + changed.coef[columns].astype(np.float64).tobytes()
        costs.append(time.perf_counter() - started)
        sizes.append(len(written) + 8 * len(factors))
    return np.array(costs), np.array(sizes)


def starter_model() -> Model:
    rows = starter_rows()
    return Model.fit(examples(rows), groups(rows))


def repeated_splits(threshold: float, seeds: int = 5, train_share: float = 0.6) -> dict:
    """Scores for each way of learning, one per split of the corpus (`seeds` of them)."""
    corpus = read_labelled(CORPUS)
    first_rows = hand_written_rows()
    first = examples(first_rows)
    results: dict[str, list[Scores]] = defaultdict(list)
    for seed in range(1, seeds + 1):
        train, test = group_splits(corpus, seed, train_share)
        ways = {
            "all at once, from the hand-written starter": lambda train=train: Model.fit(
                first + examples(train), groups(first_rows + train)
            ),
            "moderation path, empty start": lambda train=train, seed=seed: moderation_path(
                Model(), train, seed
            ),
            "moderation path, from the hand-written starter": (
                lambda train=train, seed=seed: moderation_path(
                    Model.fit(first, groups(first_rows)), train, seed
                )
            ),
            "moderation path, empty start, with the periodic rebuild": (
                lambda train=train, seed=seed: moderation_path(Model(), train, seed, REBUILD_EVERY)
            ),
            "moderation path, from the hand-written starter, with the periodic rebuild": (
                lambda train=train, seed=seed: moderation_path(
                    Model.fit(first, groups(first_rows)), train, seed, REBUILD_EVERY, first_rows
                )
            ),
        }
        for name, build in ways.items():
            results[name].append(measure(build(), test, threshold))
    return dict(results)


def total(scores: list[Scores]) -> Scores:
    summed = Scores()
    for one in scores:
        summed = summed.add(one)
    return summed


def out_of_distribution(threshold: float) -> list[tuple[str, Scores]]:
    """Test sides whose comments come from sources and templates the training never used.

    - trained on the corpus (all of it), tested on the 320 (written apart, other phrasings);
    - trained on the 320 and the broad set, tested on the corpus;
    - for each spam kind of the corpus: that kind's spam, with the genuine comments of one or two
      languages, held out whole; trained on the hand-written part and the rest of the corpus.
      The held-out genuine comments are in languages the corpus part of the training never had.
    """
    corpus = read_labelled(CORPUS)
    first_rows = read_labelled(STARTER_CORPUS)
    extra = read_labelled(STARTER_EXTRA)
    found = []

    def fitted(rows):
        return Model.fit(examples(rows), groups(rows))

    found.append(("corpus -> the 320", measure(fitted(corpus + extra), first_rows, threshold)))
    found.append(
        ("the 320 + broad set -> corpus", measure(fitted(first_rows + extra), corpus, threshold))
    )
    kinds = sorted({row["kind"] for row in corpus if row["label"] == "spam"})
    languages = sorted({row.get("lang") or "en" for row in corpus if row["label"] == "ham"})
    for number, kind in enumerate(kinds):
        held_languages = set(languages[number :: len(kinds)])
        held = [
            row
            for row in corpus
            if (row["label"] == "spam" and row["kind"] == kind)
            or (row["label"] == "ham" and (row.get("lang") or "en") in held_languages)
        ]
        held_ids = {id(row) for row in held}
        train = first_rows + extra + [row for row in corpus if id(row) not in held_ids]
        name = f"unseen kind {kind} + genuine in {', '.join(sorted(held_languages))}"
        found.append((name, measure(fitted(train), held, threshold)))
    return found


def reliability(model: Model, rows: list[dict], edges=(0, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97, 1.0)):
    """(low, high, comments, mean probability, share that was spam) for each probability band."""
    probabilities = np.array([model.probability(r["body"], r.get("website", "")) for r in rows])
    spam = np.array([row["label"] == "spam" for row in rows])
    bands = []
    for low, high in itertools.pairwise(edges):
        inside = (probabilities >= low) & (
            (probabilities < high) if high < 1 else (probabilities <= high)
        )
        if inside.any():
            bands.append(
                (low, high, int(inside.sum()), probabilities[inside].mean(), spam[inside].mean())
            )
    return bands


def disguises_found(rows: list[dict], phrases: list[str]) -> tuple[int, list[str]]:
    """How many disguised spam comments the blocklist finds, and the bodies it misses."""
    disguised = [row for row in rows if row.get("disguise")]
    missed = [row["body"] for row in disguised if not blocked_phrase(phrases, row["body"])]
    return len(disguised) - len(missed), missed


@dataclass
class SplitScores:
    """One train/test split of a labelled file (the first filter's measure, kept for it)."""

    trained: int
    tested: int
    true_spam: int = 0
    false_spam: int = 0
    true_ham: int = 0
    false_ham: int = 0

    @property
    def accuracy(self) -> float:
        return (self.true_spam + self.true_ham) / self.tested


def evaluate(
    rows: list[dict], train_share: float = 0.7, threshold: float = 0.9, seed: int = 1
) -> SplitScores:
    """Shuffle, train on `train_share` of each label, measure on the rest."""
    rng = random.Random(seed)
    train, test = [], []
    for label in ("spam", "ham"):
        group = [row for row in rows if row["label"] == label]
        rng.shuffle(group)
        cut = round(len(group) * train_share)
        train += group[:cut]
        test += group[cut:]
    scores = measure(Model.fit(examples(train), groups(train)), test, threshold)
    return SplitScores(
        trained=len(train),
        tested=len(test),
        true_spam=scores.caught,
        false_spam=scores.false_spam,
        true_ham=scores.ham - scores.false_spam,
        false_ham=scores.spam - scores.caught,
    )


def families_held_out(threshold: float) -> list[tuple[str, Scores]]:
    """Phrasing never seen: each spam family of the broad hand-written set (starter_extra.jsonl:
    crypto, casino, essays, Korean service spam...) held out whole with a share of its genuine
    comments, the model trained on the rest of the starter set. What a site meets when spammers
    switch to a pitch its moderators never marked."""
    extra = read_labelled(STARTER_EXTRA)
    rest = read_labelled(STARTER_CORPUS) + [
        row for row in read_labelled(CORPUS) if row.get("split") == "train"
    ]
    kinds = sorted({row["kind"] for row in extra if row["label"] == "spam"})
    ham = [row for row in extra if row["label"] == "ham"]
    found = []
    for number, kind in enumerate(kinds):
        held = [row for row in extra if row["label"] == "spam" and row["kind"] == kind]
        held += ham[number :: len(kinds)]
        held_ids = {id(row) for row in held}
        train = rest + [row for row in extra if id(row) not in held_ids]
        model = Model.fit(examples(train), groups(train))
        found.append((kind, measure(model, held, threshold)))
    return found
