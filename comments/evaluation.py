"""Measuring the learning filter on a labelled set: train on part, measure on the rest."""

import json
import random
from dataclasses import dataclass
from pathlib import Path

from .classifier import NaiveBayes, features

STARTER_CORPUS = Path(__file__).parent / "data" / "labelled_comments.jsonl"


@dataclass
class Scores:
    trained: int
    tested: int
    true_spam: int
    false_spam: int
    true_ham: int
    false_ham: int
    undecided: int

    @property
    def accuracy(self) -> float:
        return (self.true_spam + self.true_ham) / self.tested

    @property
    def precision(self) -> float:
        flagged = self.true_spam + self.false_spam
        return self.true_spam / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        spam = self.true_spam + self.false_ham
        return self.true_spam / spam if spam else 1.0


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


def evaluate(
    rows: list[dict], train_share: float = 0.7, threshold: float = 0.9, seed: int = 1
) -> Scores:
    """Shuffle, train on `train_share` of each label, measure on the rest."""
    rng = random.Random(seed)
    train, test = [], []
    for label in ("spam", "ham"):
        group = [row for row in rows if row["label"] == label]
        rng.shuffle(group)
        cut = round(len(group) * train_share)
        train += group[:cut]
        test += group[cut:]
    model = NaiveBayes()
    for row in train:
        model.train(features(row["body"], row.get("website", "")), row["label"] == "spam")
    scores = Scores(len(train), len(test), 0, 0, 0, 0, 0)
    for row in test:
        probability = model.probability(features(row["body"], row.get("website", "")))
        if probability is None:
            scores.undecided += 1
        said_spam = probability is not None and probability > threshold
        is_spam = row["label"] == "spam"
        if said_spam and is_spam:
            scores.true_spam += 1
        elif said_spam:
            scores.false_spam += 1
        elif is_spam:
            scores.false_ham += 1
        else:
            scores.true_ham += 1
    return scores
