"""The filter learns from every decision, once, shared by every process, and can be rebuilt."""

import io

import pytest
from django.core.management import call_command
from django.db.models import F

from comments import model_store
from comments.classifier import Model
from comments.models import Comment, SpamCorpus
from comments.moderation import moderate
from wellness.factories import CommentFactory


def counts():
    corpus = SpamCorpus.objects.get()
    return corpus.spam, corpus.ham


def test_approving_an_already_approved_comment_teaches_the_filter(db, article):
    comment = CommentFactory(page=article, status="approved", body="Lovely calm article.")
    assert moderate([comment], "approved") == 0  # nothing a reader sees changed
    assert counts() == (0, 1)
    assert Comment.objects.get().trained_as == "ham"


def test_marking_an_auto_spammed_comment_as_spam_teaches_the_filter(db, article):
    comment = CommentFactory(page=article, status="spam", body="cheap pills https://x.example")
    moderate([comment], "spam")
    assert counts() == (1, 0)


def test_deciding_the_same_thing_twice_teaches_once(db, article):
    comment = CommentFactory(page=article, status="pending", body="A kind word.")
    moderate([comment], "approved")
    moderate([Comment.objects.get()], "approved")
    moderate([Comment.objects.get()], "approved")
    assert counts() == (0, 1)


def test_changing_a_decision_takes_the_old_one_back(db, article):
    comment = CommentFactory(page=article, status="pending", body="ambiguous words")
    moderate([comment], "spam")
    moderate([Comment.objects.get()], "approved")
    moderate([Comment.objects.get()], "removed")
    assert counts() == (0, 0)


def test_an_empty_filter_in_publish_mode_starts_learning_from_agreement(db, article):
    spam = [
        CommentFactory(
            page=article, status="approved", body=f"buy followers cheap {n} https://f.example"
        )
        for n in range(6)
    ]
    ham = [
        CommentFactory(page=article, status="approved", body=f"my back feels better {n}")
        for n in range(6)
    ]
    assert model_store.spam_probability("buy followers") is None
    moderate(ham, "approved")  # agreeing with the published comments
    moderate(spam, "spam")
    assert counts() == (6, 6)
    assert model_store.spam_probability("buy cheap followers https://f.example") > 0.5
    assert model_store.spam_probability("my back feels better") < 0.5


def test_a_change_made_by_another_process_is_seen_on_the_next_comment(db):
    model_store.replace_model(
        Model.fit(
            [("cheap pills https://x.example", "", "spam")] * 6 + [("thanks", "", "ham")] * 6
        ),
        [],
    )
    before = model_store.spam_probability("cheap pills https://x.example")
    other = Model.fit(
        [("cheap pills https://x.example", "", "ham")] * 6 + [("thanks", "", "spam")] * 6
    )
    # Another process stores its model: only the row changes, with a new version.
    SpamCorpus.objects.update(model=model_store.dumps(other), version=F("version") + 1)
    after = model_store.spam_probability("cheap pills https://x.example")
    assert before > 0.5 > after


def test_a_stored_model_scores_and_learns_as_before(db):
    model = Model.fit(
        [("cheap pills https://x.example", "", "spam")] * 6 + [("thanks", "", "ham")] * 6
    )
    copy = model_store.loads(model_store.dumps(model))
    assert copy.probability("cheap pills") == pytest.approx(model.probability("cheap pills"))
    copy.learn("more pills", "", "spam")
    assert (copy.spam, copy.ham) == (7, 6)


def test_a_damaged_stored_model_starts_empty(db):
    assert model_store.loads(b"not a model").ready is False


def train(*args) -> str:
    out = io.StringIO()
    call_command("train_spam_filter", *args, stdout=out)
    return out.getvalue()


def test_training_the_starter_set_twice_learns_it_once(db):
    train()
    first = SpamCorpus.objects.get()
    assert "nothing to do" in train()
    again = SpamCorpus.objects.get()
    assert (again.spam, again.ham, again.version) == (first.spam, first.ham, first.version)
    assert first.spam > 500 and first.ham > 500


def test_training_a_file_twice_learns_it_once(db, tmp_path):
    data = tmp_path / "extra.jsonl"
    data.write_text(
        '{"label": "spam", "body": "cheap pills"}\n{"label": "ham", "body": "kind words"}\n'
    )
    train("--data", str(data))
    assert "nothing to do" in train("--data", str(data))
    assert counts() == (1, 1)


def test_rebuild_learns_the_starter_set_and_the_moderation_history(db, article):
    train()
    starter_counts = counts()
    comments = CommentFactory.create_batch(3, page=article, status="pending")
    moderate(comments[:2], "spam")
    moderate(comments[2:], "approved")
    SpamCorpus.objects.update(spam=0, ham=0, model=b"", version=F("version") + 1)  # lost
    train("--rebuild")
    assert counts() == (starter_counts[0] + 2, starter_counts[1] + 1)
    assert model_store.spam_probability("Thanks, very helpful!") < 0.5


def test_the_evaluations_moderation_path_is_what_moderate_does(db, article):
    """evaluate_spam_filter's moderation path replays Model.learn: moderate() takes that step."""
    bodies = [("cheap pills https://x.example", "spam"), ("my back is better", "approved")]
    expected = Model()
    for body, status in bodies:
        moderate([CommentFactory(page=article, status="pending", body=body, website="")], status)
        expected.learn(body, "", "spam" if status == "spam" else "ham")
    stored = model_store.stored_model()
    assert stored.coef == pytest.approx(expected.coef)
    assert stored.intercept == pytest.approx(expected.intercept)


def test_evaluate_spam_filter_reports_calibration_and_scoring_time(db):
    out = io.StringIO()
    call_command("evaluate_spam_filter", "--seeds", "1", stdout=out)
    report = out.getvalue()
    assert "Frozen held-out split" in report
    assert "expected" in report and "measured" in report
    assert "ms per comment" in report
    assert "moderation path" in report
    assert "found 95 of 95 disguised phrases" in report
    assert "Out of distribution" in report and "unseen kind" in report
    assert "p99" in report and "learning one moderator decision" in report
    assert "Independent set" in report  # written before any model scored it
    assert "held for a moderator" in report
    assert "Spam families never seen" in report and "all families" in report


def test_the_threshold_says_how_many_genuine_comments_it_is_expected_to_send_to_spam():
    from comments.models import CommentSettings

    help_text = CommentSettings._meta.get_field("spam_threshold").help_text
    assert "at 0.95, about 2 genuine comments in 1,000 are expected to go to spam" in help_text
    assert "a sign in its shape, which sends it to spam at a fifth of these odds" in help_text
    assert "held for a moderator" in help_text
    assert "a sign of spam besides its language and a link" in help_text
    assert "evaluate_spam_filter" in help_text
