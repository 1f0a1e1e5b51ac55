"""A new or upgraded site's filter is useful at once: the first scorer learns the starter set."""

import pytest
from django.db.models import F

from comments import model_store
from comments.classifier import Model
from comments.models import SpamCorpus
from comments.moderation import moderate
from comments.starter import starter_rows
from wellness.factories import CommentFactory


@pytest.fixture
def first_use(settings):
    settings.SPAM_STARTER_ON_FIRST_USE = True


def test_a_new_site_scores_its_first_comment_with_the_starter_set(db, first_use):
    assert not SpamCorpus.objects.exists()
    spam = model_store.spam_probability("Cheap viagra, no prescription https://pills.example")
    genuine = model_store.spam_probability("Thanks, very helpful!")
    assert spam > 0.9 and genuine < 0.5
    corpus = SpamCorpus.objects.get()
    assert corpus.learnt == [model_store.digest(starter_rows())]
    assert corpus.spam > 500 and corpus.ham > 500


def test_the_starter_set_is_learnt_once(db, first_use, monkeypatch):
    model_store.spam_probability("first comment")
    version = SpamCorpus.objects.get().version
    fits = []
    monkeypatch.setattr(Model, "fit", classmethod(lambda cls, *a, **k: fits.append(a)))
    model_store.spam_probability("second comment")
    assert model_store.train_starter() is False  # a second process, after the lock
    assert fits == [] and SpamCorpus.objects.get().version == version


def test_an_upgraded_site_learns_the_starter_set_and_its_moderation_history(
    db, article, first_use, settings
):
    settings.SPAM_STARTER_ON_FIRST_USE = False
    comments = CommentFactory.create_batch(3, page=article, status="pending")
    moderate(comments, "spam")
    # The upgrade's migration emptied the old model: the decisions are still on the comments.
    SpamCorpus.objects.update(spam=0, ham=0, model=b"", version=F("version") + 1)
    settings.SPAM_STARTER_ON_FIRST_USE = True
    assert model_store.spam_probability("Thanks, very helpful!") < 0.5
    corpus = SpamCorpus.objects.get()
    starter_spam = sum(row["label"] == "spam" for row in starter_rows())
    assert corpus.spam == starter_spam + 3


def test_a_site_that_learnt_something_is_left_alone(db, article, first_use, monkeypatch):
    fits = []
    monkeypatch.setattr(Model, "fit", classmethod(lambda cls, *a, **k: fits.append(a)))
    model_store.learn("cheap pills https://x.example", "", "spam")
    assert model_store.spam_probability("cheap pills") is None  # too few examples yet
    assert fits == []


def test_the_setting_turns_it_off(db, settings):
    settings.SPAM_STARTER_ON_FIRST_USE = False
    assert model_store.spam_probability("Cheap viagra https://pills.example") is None
    assert not SpamCorpus.objects.exists()
