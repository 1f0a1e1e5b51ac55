"""Each row acts with a plain POST form (CSRF, no JavaScript), through moderate(): the decision
is made, the filter learns it, and the moderator is back in the same place in the list."""

import pytest
from django.test import Client

from comments import model_store
from comments.models import Comment, CommentSettings, SpamCorpus
from wellness.factories import CommentFactory

from .conftest import DESK


def act(client, comment, action, next_url=DESK, then=""):
    return client.post(
        f"{DESK}{comment.pk}/{action}/", {"next": next_url, "then": then or comment.pk}
    )


@pytest.mark.parametrize(
    ("start", "action", "status", "label"),
    [
        ("pending", "approve", "approved", "ham"),
        ("approved", "unapprove", "pending", ""),
        ("pending", "spam", "spam", "spam"),
        ("spam", "notspam", "pending", ""),
        ("pending", "trash", "removed", ""),
        ("removed", "restore", "pending", ""),
    ],
)
def test_each_row_action_decides_and_teaches_the_filter(
    mod_client, moderator, article, start, action, status, label
):
    comment = CommentFactory(page=article, status=start)
    act(mod_client, comment, action)
    comment.refresh_from_db()
    assert comment.status == status and comment.moderated_by == moderator
    assert comment.trained_as == label


def test_a_decision_returns_to_the_same_place_on_the_next_row(mod_client, article):
    first, second = CommentFactory.create_batch(2, page=article, status="pending")
    here = f"{DESK}?status=pending&q=comment"
    response = act(mod_client, first, "approve", next_url=here, then=second.pk)
    assert response.status_code == 302
    assert response["Location"] == f"{here}#row-{second.pk}"
    assert "was approved" in mod_client.get(response["Location"]).content.decode()


def test_spam_from_the_desk_counts_in_the_filter(mod_client, article):
    act(mod_client, CommentFactory(page=article, status="pending"), "spam")
    assert SpamCorpus.objects.get().spam == 1


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/admin/pages/"])
def test_a_foreign_next_address_is_not_followed(mod_client, article, target):
    comment = CommentFactory(page=article, status="pending")
    response = act(mod_client, comment, "approve", next_url=target)
    assert response["Location"].startswith(DESK)


def test_actions_need_a_post_with_a_csrf_token(moderator, article):
    comment = CommentFactory(page=article, status="pending")
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    assert client.get(f"{DESK}{comment.pk}/approve/").status_code == 405
    assert client.post(f"{DESK}{comment.pk}/approve/").status_code == 403
    comment.refresh_from_db()
    assert comment.status == "pending"
    html = client.get(DESK).content.decode()
    assert 'name="csrfmiddlewaretoken"' in html


def test_an_unknown_action_or_comment_is_not_found(mod_client, article):
    comment = CommentFactory(page=article, status="pending")
    assert mod_client.post(f"{DESK}{comment.pk}/publish/").status_code == 404
    assert mod_client.post(f"{DESK}999999/approve/").status_code == 404


def test_a_reply_appears_under_the_comment_for_readers(client, mod_client, article):
    comment = CommentFactory(page=article, status="approved", name="Tom")
    response = mod_client.post(f"{DESK}{comment.pk}/reply/", {"body": "Thanks, Tom.", "next": DESK})
    assert response.status_code == 302
    answer = Comment.objects.get(parent=comment)
    assert (answer.status, answer.name, answer.depth) == ("approved", "Mo Reyes", 2)
    client.logout()
    assert "Thanks, Tom." in client.get(article.url).content.decode()


def test_approve_and_reply_approves_and_signs_as_the_pages_author(mod_client, tree):
    author = tree.author(title="Dr Ines Park", email="ines@example.org")
    article = tree.article(authors=[author])
    comment = CommentFactory(page=article, status="pending")
    mod_client.post(
        f"{DESK}{comment.pk}/reply/", {"body": "Welcome.", "approve": "1", "next": DESK}
    )
    comment.refresh_from_db()
    answer = Comment.objects.get(parent=comment)
    assert comment.status == "approved" and comment.trained_as == "ham"
    assert (answer.name, answer.email, answer.status) == (
        "Dr Ines Park",
        "ines@example.org",
        "approved",
    )


def test_a_held_comment_is_not_replied_to_without_approving_it(mod_client, article):
    comment = CommentFactory(page=article, status="pending")
    response = mod_client.post(f"{DESK}{comment.pk}/reply/", {"body": "Hi.", "next": DESK})
    assert not Comment.objects.filter(parent=comment).exists()
    assert "approve it first" in mod_client.get(response["Location"]).content.decode()


def test_an_empty_reply_is_refused(mod_client, article):
    comment = CommentFactory(page=article, status="approved")
    mod_client.post(f"{DESK}{comment.pk}/reply/", {"body": "   ", "next": DESK})
    assert not Comment.objects.filter(parent=comment).exists()


def test_a_reply_at_the_deepest_level_joins_the_same_conversation(mod_client, article):
    top = CommentFactory(page=article)
    middle = CommentFactory(page=article, parent=top)
    deepest = CommentFactory(page=article, parent=middle)
    mod_client.post(f"{DESK}{deepest.pk}/reply/", {"body": "Agreed.", "next": DESK})
    answer = Comment.objects.get(body="Agreed.")
    assert answer.parent == middle and answer.depth == 3


def test_quick_edit_changes_the_comment(mod_client, article):
    comment = CommentFactory(page=article, status="pending", body="Typo hre.")
    prefix = f"c{comment.pk}-"
    mod_client.post(
        f"{DESK}{comment.pk}/edit/",
        {
            prefix + "name": "Lena",
            prefix + "email": "lena@example.org",
            prefix + "website": "",
            prefix + "body": "Typo here.",
            "next": DESK,
        },
    )
    comment.refresh_from_db()
    assert (comment.name, comment.body, comment.status) == ("Lena", "Typo here.", "pending")


def test_quick_edit_refuses_a_bad_address_and_changes_nothing(mod_client, article):
    comment = CommentFactory(page=article, status="pending", email="ok@example.org")
    prefix = f"c{comment.pk}-"
    response = mod_client.post(
        f"{DESK}{comment.pk}/edit/",
        {prefix + "name": "X", prefix + "email": "not an address", prefix + "body": "Hi."},
    )
    comment.refresh_from_db()
    assert comment.email == "ok@example.org"
    assert "was not changed" in mod_client.get(response["Location"]).content.decode()


def test_blocking_a_phrase_adds_it_to_the_blocklist_and_spams_the_comment(mod_client, article):
    comment = CommentFactory(page=article, status="pending", body="Cheap followers here.")
    mod_client.post(
        f"{DESK}{comment.pk}/block/", {"kind": "phrase", "value": "cheap followers", "next": DESK}
    )
    comment.refresh_from_db()
    assert comment.status == "spam" and comment.trained_as == "spam"
    assert "cheap followers" in CommentSettings.objects.get().blocked_phrases


def test_blocking_a_domain_takes_one_the_comment_links_to(mod_client, article):
    comment = CommentFactory(page=article, status="pending", body="See https://pills.example/x")
    mod_client.post(
        f"{DESK}{comment.pk}/block/", {"kind": "domain", "value": "other.example", "next": DESK}
    )
    comment.refresh_from_db()
    assert comment.status == "pending"
    mod_client.post(
        f"{DESK}{comment.pk}/block/", {"kind": "domain", "value": "pills.example", "next": DESK}
    )
    comment.refresh_from_db()
    assert comment.status == "spam"
    assert "pills.example" in CommentSettings.objects.get().blocked_phrases


def test_a_phrase_too_short_to_block_is_refused(mod_client, article):
    comment = CommentFactory(page=article, status="pending")
    mod_client.post(f"{DESK}{comment.pk}/block/", {"kind": "phrase", "value": " a ", "next": DESK})
    comment.refresh_from_db()
    assert comment.status == "pending"
    assert not CommentSettings.objects.filter(blocklist__contains="a").exists()


def quick_edit(client, comment, **changes):
    prefix = f"c{comment.pk}-"
    fields = {"name": comment.name, "email": comment.email, "website": "", "body": comment.body}
    fields.update(changes)
    client.post(
        f"{DESK}{comment.pk}/edit/",
        {**{prefix + key: value for key, value in fields.items()}, "next": DESK},
    )


def stored_model():
    return model_store.stored_model()  # the whole model and the changes on top of it


def test_quick_edit_of_a_decided_comment_teaches_the_filter_its_new_text(mod_client, article):
    comment = CommentFactory(page=article, status="pending", body="cheap pills https://x.example")
    act(mod_client, comment, "spam")
    expected = stored_model()
    expected.unlearn("cheap pills https://x.example", "", "spam")
    expected.learn("cheap pills and casino https://x.example", "", "spam")
    quick_edit(mod_client, comment, body="cheap pills and casino https://x.example")
    learnt = stored_model()
    assert learnt.coef == pytest.approx(expected.coef)
    assert (learnt.spam, learnt.ham) == (1, 0)


def test_quick_edit_of_the_name_or_of_a_held_comment_teaches_nothing(mod_client, article):
    decided = CommentFactory(page=article, status="pending", body="Kind words.")
    act(mod_client, decided, "approve")
    version = SpamCorpus.objects.values_list("version", "last_change").get()
    quick_edit(mod_client, decided, name="New name")
    held = CommentFactory(page=article, status="pending", body="Held words.")
    quick_edit(mod_client, held, body="Held words, edited.")
    held.refresh_from_db()
    assert held.body == "Held words, edited." and held.trained_as == ""
    assert SpamCorpus.objects.values_list("version", "last_change").get() == version
