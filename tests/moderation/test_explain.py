"""Why the filter scored a comment as it did: the few features that weighed most."""

from comments import model_store
from comments.classifier import Model


def teach(spam: list[str], ham: list[str]) -> None:
    """A filter learnt from scratch on these comments, as a rebuild makes it."""
    examples = [(body, "", "spam") for body in spam] + [(body, "", "ham") for body in ham]
    model_store.replace_model(Model.fit(examples), [])


def test_the_features_that_pushed_towards_spam_come_first_with_a_positive_weight(db):
    teach(
        spam=[f"cheap casino bonus offer number {n}" for n in range(8)],
        ham=[f"thank you for the article about sleep {n}" for n in range(8)],
    )
    reasons = model_store.explain("casino bonus today", limit=5)
    assert 1 <= len(reasons) <= 5
    assert reasons[0][1] > 0
    assert any("casino" in text or "bonus" in text for text, _ in reasons)
    weights = [abs(weight) for _, weight in reasons]
    assert weights == sorted(weights, reverse=True)


def test_words_of_genuine_comments_weigh_against_spam(db):
    teach(
        spam=[f"cheap casino bonus offer number {n}" for n in range(8)],
        ham=[f"thank you for the article about sleep {n}" for n in range(8)],
    )
    reasons = dict(model_store.explain("thank you for the article", limit=20))
    assert reasons["w:thank"] < 0


def test_a_filter_that_learnt_nothing_gives_no_reasons(db):
    assert model_store.explain("anything at all") == []


def test_an_empty_body_gives_no_reasons_rather_than_failing(db):
    teach(spam=["casino"] * 6, ham=["sleep well"] * 6)
    assert all(isinstance(text, str) for text, _ in model_store.explain(""))
