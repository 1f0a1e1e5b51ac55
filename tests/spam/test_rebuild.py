"""A decision costs its request one step; the rebuild from scratch runs as a periodic job."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from comments import model_store
from comments.classifier import Model
from comments.models import Comment, SpamCorpus
from comments.moderation import moderate
from wellness.factories import CommentFactory


def train(*args) -> str:
    out = io.StringIO()
    call_command("train_spam_filter", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def every_four(monkeypatch):
    monkeypatch.setattr(model_store, "REBUILD_EVERY", 4)


def test_a_decision_never_rebuilds_inside_the_request(
    db, article, every_four, monkeypatch, django_capture_on_commit_callbacks
):
    fits = []
    monkeypatch.setattr(Model, "fit", classmethod(lambda cls, *a, **k: fits.append(a)))
    comments = [CommentFactory(page=article, status="pending", body=f"words {n}") for n in range(5)]
    with django_capture_on_commit_callbacks(execute=True):
        moderate(comments[:3], "approved")
        moderate(comments[3:], "spam")
    assert fits == []
    corpus = SpamCorpus.objects.get()
    assert (corpus.spam, corpus.ham) == (2, 3)


def test_enough_decisions_mark_a_rebuild_as_due(db, article, every_four):
    comments = [CommentFactory(page=article, status="pending", body=f"words {n}") for n in range(4)]
    moderate(comments[:3], "approved")
    assert SpamCorpus.objects.get().rebuild_due is False
    moderate(comments[3:], "spam")
    assert SpamCorpus.objects.get().rebuild_due is True


def test_the_periodic_job_rebuilds_only_when_due(db, article, every_four):
    comments = [CommentFactory(page=article, status="pending", body=f"words {n}") for n in range(4)]
    moderate(comments[:1], "approved")
    assert "nothing to do" in train("--rebuild", "--if-due")
    version = SpamCorpus.objects.get().version

    moderate(comments[1:], "spam")
    assert "Rebuilt from 3 spam and 1 genuine comments" in train("--rebuild", "--if-due")
    corpus = SpamCorpus.objects.get()
    assert corpus.rebuild_due is False and corpus.version != version
    assert corpus.learnt == []  # the site never learnt the starter set: history only
    assert "nothing to do" in train("--rebuild", "--if-due")


def test_if_due_goes_with_rebuild(db):
    with pytest.raises(CommandError, match="--if-due goes with --rebuild"):
        train("--if-due")


def test_decisions_made_while_a_rebuild_fits_are_kept(db, article, monkeypatch):
    first = CommentFactory(page=article, status="pending", body="cheap pills https://x.example")
    moderate([first], "spam")
    during = CommentFactory(page=article, status="pending", body="a kind and careful article")
    fit = Model.fit.__func__

    def fit_while_a_moderator_decides(cls, *args, **kwargs):
        model = fit(cls, *args, **kwargs)
        moderate([during], "approved")  # another process, while this one fits
        return model

    monkeypatch.setattr(Model, "fit", classmethod(fit_while_a_moderator_decides))
    model = model_store.rebuild(with_starter=False)
    assert (model.spam, model.ham) == (1, 1)
    assert (SpamCorpus.objects.get().spam, SpamCorpus.objects.get().ham) == (1, 1)
    assert Comment.objects.get(pk=during.pk).trained_as == "ham"


def test_a_decision_changed_while_a_rebuild_fits_is_taken_back(db, article, monkeypatch):
    comment = CommentFactory(page=article, status="pending", body="ambiguous words")
    moderate([comment], "spam")
    fit = Model.fit.__func__

    def fit_while_a_moderator_changes_their_mind(cls, *args, **kwargs):
        model = fit(cls, *args, **kwargs)
        moderate([Comment.objects.get(pk=comment.pk)], "approved")
        return model

    monkeypatch.setattr(Model, "fit", classmethod(fit_while_a_moderator_changes_their_mind))
    model = model_store.rebuild(with_starter=False)
    assert (model.spam, model.ham) == (0, 1)


def run_worker() -> list[str]:
    """Run the worker's due tasks; the results of every task run so far."""
    from django_tasks_db.models import DBTaskResult

    from tests.worker import run_email_tasks

    run_email_tasks()
    return [result.return_value for result in DBTaskResult.objects.order_by("enqueued_at")]


def test_the_decision_that_makes_a_rebuild_due_queues_it_for_the_worker(
    db, article, every_four, django_capture_on_commit_callbacks
):
    from comments.tasks import REBUILD_TASK

    comments = [CommentFactory(page=article, status="pending", body=f"words {n}") for n in range(6)]
    with django_capture_on_commit_callbacks(execute=True):
        moderate(comments[:3], "approved")
    assert run_worker() == []  # nothing due, nothing queued
    with django_capture_on_commit_callbacks(execute=True):
        moderate(comments[3:4], "spam")
        moderate(comments[4:], "spam")  # still due: queued once
    assert run_worker() == ["rebuilt from 3 spam and 3 genuine comments"]
    corpus = SpamCorpus.objects.get()
    assert corpus.rebuild_due is False and (corpus.spam, corpus.ham) == (3, 3)
    from django_tasks_db.models import DBTaskResult

    assert DBTaskResult.objects.filter(task_path=REBUILD_TASK).count() == 1
