"""A moderator's decision writes only what it changed; every process scores with the same model.

The whole model (about 300 KB) is written by a rebuild, and again after COMPACT_EVERY decisions;
in between, each decision stores the few kilobytes its learning step changed, and each process
applies the changes it has not seen before it scores the next comment.
"""

import numpy as np
import pytest
from django.db import transaction

from comments import model_store
from comments.classifier import Model, vectorise
from comments.models import Comment, SpamCorpus, SpamModelChange
from comments.moderation import moderate
from wellness.factories import CommentFactory

START = [("cheap pills https://x.example", "", "spam")] * 6 + [("kind words", "", "ham")] * 6


@pytest.fixture
def learnt(db):
    model_store.replace_model(Model.fit(START), [])
    return SpamCorpus.objects.get()


def another_process():
    """Forget what this process loaded: the next call reads the stored model as a new one."""
    model_store._loaded.__dict__.clear()


def test_a_decision_stores_a_small_change_and_leaves_the_whole_model_alone(learnt, article):
    comment = CommentFactory(page=article, status="pending", body="Buy followers now, cheap")
    moderate([comment], "spam")
    corpus = SpamCorpus.objects.get()
    assert bytes(corpus.model) == bytes(learnt.model) and corpus.version == learnt.version
    change = SpamModelChange.objects.get()
    assert corpus.last_change == change.id and (corpus.spam, corpus.ham) == (7, 6)
    # the weights of the comment's own features, and one factor for all the others
    assert len(change.columns) // 4 == len(vectorise([(comment.body, "")]).indices)
    assert len(change.factors) == 1


def test_every_process_scores_with_the_same_model_after_a_decision(learnt, article):
    model_store.current_model()  # this process loaded the model before the decision
    moderate([CommentFactory(page=article, status="pending", body="Buy followers cheap")], "spam")
    moderate([CommentFactory(page=article, status="pending", body="My knee is better")], "approved")
    here = model_store.current_model()
    another_process()
    elsewhere = model_store.current_model()
    assert np.array_equal(here.coef, elsewhere.coef)
    assert (here.intercept, here.t, here.spam, here.ham) == (
        elsewhere.intercept,
        elsewhere.t,
        elsewhere.spam,
        elsewhere.ham,
    )
    assert here.probability("Buy followers cheap") == elsewhere.probability("Buy followers cheap")


def test_the_changes_learn_exactly_what_one_step_at_a_time_learns(learnt, article):
    expected = model_store.loads(bytes(learnt.model))
    for body, status in [("Buy followers", "spam"), ("Lovely", "approved"), ("Win big", "spam")]:
        moderate([CommentFactory(page=article, status="pending", body=body, website="")], status)
        expected.learn(body, "", "spam" if status == "spam" else "ham")
    another_process()
    assert model_store.current_model().coef == pytest.approx(expected.coef, rel=1e-6, abs=1e-9)


def test_after_enough_changes_the_whole_model_is_written_and_the_changes_go(
    learnt, article, monkeypatch
):
    monkeypatch.setattr(model_store, "COMPACT_EVERY", 2)
    for number in range(3):
        comment = CommentFactory(page=article, status="pending", body=f"Buy followers {number}")
        moderate([comment], "spam")
    corpus = SpamCorpus.objects.get()
    assert corpus.version != learnt.version and corpus.last_change == 0
    assert not SpamModelChange.objects.exists()
    assert model_store.loads(bytes(corpus.model)).spam == 9


def test_a_decision_rolled_back_is_not_learnt_by_the_process_that_made_it(learnt, article):
    before = model_store.current_model().coef.copy()
    comment = CommentFactory(page=article, status="pending", body="Buy followers cheap")
    with pytest.raises(RuntimeError), transaction.atomic():
        moderate([comment], "spam")
        raise RuntimeError("the request failed after the decision")
    assert np.array_equal(model_store.current_model().coef, before)
    assert Comment.objects.get().trained_as == ""
