"""Moderators keep the comments clean inside the Wagtail admin."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from comments.models import Comment, SpamCorpus
from wellness.factories import CommentFactory

LIST = "/admin/snippets/articles/comment/"


@pytest.fixture
def article(tree):
    return tree.article(title="On stillpoints")


def bulk(client, action, comments):
    url = reverse("wagtail_bulk_action", args=["comments", "comment", action])
    query = "&".join(f"id={c.pk}" for c in comments)
    return client.post(f"{url}?{query}&next={LIST}")


def test_the_comments_area_lists_comments_with_a_link_to_each_on_its_page(mod_client, article):
    comment = CommentFactory(page=article, name="Lena", body="Kind words.", status="pending")
    html = mod_client.get(LIST).content.decode()
    assert "Lena" in html and "Kind words." in html and "On stillpoints" in html
    assert f'href="{article.url}#comment-{comment.pk}"' in html


def test_the_menu_shows_how_many_comments_await_moderation(mod_client, article):
    CommentFactory.create_batch(3, page=article, status="pending")
    assert "Comments (3 pending)" in mod_client.get("/admin/").content.decode()


def test_the_dashboard_panel_shows_what_awaits_moderation(mod_client, article):
    CommentFactory(page=article, status="pending", name="Priya")
    html = mod_client.get("/admin/").content.decode()
    assert "Comments awaiting moderation: 1" in html and "Priya" in html


def test_the_list_filters_by_status_page_and_date(mod_client, tree, article):
    CommentFactory(page=article, status="pending", body="Held one.")
    CommentFactory(page=article, status="approved", body="Approved one.")
    other = CommentFactory(page=tree.article(), status="pending", body="Elsewhere.")
    html = mod_client.get(LIST, {"status": "pending"}).content.decode()
    assert "Held one." in html and "Approved one." not in html
    html = mod_client.get(LIST, {"page": article.pk}).content.decode()
    assert "Held one." in html and "Elsewhere." not in html
    future = mod_client.get(LIST, {"created_at_from": "2999-01-01"}).content.decode()
    assert "Held one." not in future and other.body not in future


def test_the_list_searches_names_emails_and_text(mod_client, article):
    CommentFactory(page=article, body="Talks about stillpoints.")
    CommentFactory(page=article, body="Something else.", email="findme@example.org")
    html = mod_client.get(LIST, {"q": "stillpoints"}).content.decode()
    assert "Talks about stillpoints." in html and "Something else." not in html
    assert "Something else." in mod_client.get(LIST, {"q": "findme"}).content.decode()


def test_the_spam_score_shows_in_the_list(mod_client, article):
    CommentFactory(page=article, spam_score=0.42)
    assert "42%" in mod_client.get(LIST).content.decode()


@pytest.mark.parametrize(
    ("action", "status"), [("approve", "approved"), ("mark_spam", "spam"), ("remove", "removed")]
)
def test_bulk_actions_moderate_many_comments_at_once(
    mod_client, moderator, article, action, status
):
    comments = CommentFactory.create_batch(3, page=article, status="pending")
    response = bulk(mod_client, action, comments[:2])
    assert response.status_code == 302
    assert [c.status for c in Comment.objects.order_by("pk")] == [status, status, "pending"]
    assert Comment.objects.filter(moderated_by=moderator).count() == 2


def test_approving_shows_the_comment_to_readers(client, mod_client, article):
    comment = CommentFactory(page=article, status="pending", body="Now visible.")
    assert "Now visible." not in client.get(article.url).content.decode()
    bulk(mod_client, "approve", [comment])
    client.logout()
    assert "Now visible." in client.get(article.url).content.decode()


def test_removing_hides_the_comment_from_readers(client, mod_client, article):
    comment = CommentFactory(page=article, body="Soon gone.")
    bulk(mod_client, "remove", [comment])
    client.logout()
    assert "Soon gone." not in client.get(article.url).content.decode()


def test_bulk_decisions_teach_the_learning_filter(mod_client, article):
    bulk(mod_client, "mark_spam", CommentFactory.create_batch(2, page=article, status="pending"))
    assert SpamCorpus.objects.get().spam == 2


def test_setting_a_status_in_the_edit_form_counts_as_a_decision(mod_client, article):
    comment = CommentFactory(page=article, status="pending", name="Lena", website="")
    response = mod_client.post(
        f"{LIST}edit/{comment.pk}/",
        {
            "status": "spam",
            "name": "Lena",
            "email": comment.email,
            "website": "",
            "body": comment.body,
        },
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == "spam" and comment.trained_as == "spam"


def test_moderators_cannot_edit_pages_or_settings(mod_client, article):
    assert mod_client.get(f"/admin/pages/{article.pk}/edit/").status_code in (302, 403)
    assert mod_client.get("/admin/snippets/articles/book/").status_code in (302, 403)


def test_visitors_cannot_reach_the_comments_area(client):
    response = client.get(LIST)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_erase_commenter_anonymises_everything_they_sent(db, article):
    mine = CommentFactory(
        page=article,
        email="Lena@Example.org",
        name="Lena",
        ip_address="203.0.113.5",
        website="https://lena.example.org/",
    )
    reply = CommentFactory(page=article, parent=mine, body="A reply from someone else.")
    out = io.StringIO()
    call_command("erase_commenter", "lena@example.org", stdout=out)
    mine.refresh_from_db()
    assert (mine.name, mine.email, mine.ip_address) == ("Anonymous", "", None)
    assert (mine.website, mine.link_hosts) == ("", "")  # nor the sites they linked to
    assert "Lena" not in mine.body and "removed at its author's request" in mine.body
    assert Comment.objects.filter(pk=reply.pk).exists()
    assert "1 anonymised" in out.getvalue()


def test_erase_commenter_can_delete_instead(db, article):
    CommentFactory(page=article, email="lena@example.org")
    call_command("erase_commenter", "lena@example.org", "--delete", stdout=io.StringIO())
    assert not Comment.objects.exists()


def test_erase_commenter_refuses_something_that_is_not_an_email(db):
    with pytest.raises(CommandError, match="is not an email address"):
        call_command("erase_commenter", "not an email")


def test_old_ip_addresses_are_purged_after_the_retention_period(db, article):
    import datetime

    from django.utils import timezone

    old = CommentFactory(
        page=article,
        ip_address="203.0.113.5",
        user_agent="Firefox",
        created_at=timezone.now() - datetime.timedelta(days=31),
    )
    recent = CommentFactory(page=article, ip_address="203.0.113.6")
    call_command("purge_comment_ips", stdout=io.StringIO())
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.ip_address, old.user_agent) == (None, "")
    assert recent.ip_address == "203.0.113.6"


def settings_url(tree):
    return f"/admin/settings/comments/commentsettings/{tree.home.get_site().pk}/"


def settings_form(**changes):
    return {
        "moderation_mode": "hold_all",
        "max_links": "1",
        "close_after_days": "14",
        "blocklist": "출장안마\n출장샵",
        "blocked_emails": "@spam.example",
        "blocked_ips": "203.0.113.9",
        "spam_threshold": "0.95",
        "notify_moderators": "on",
        **changes,
    }


def test_the_settings_address_from_before_the_move_leads_to_them(admin_client, tree):
    """Bookmarks of the comment settings from when they belonged to the articles app."""
    before = settings_url(tree).replace("/comments/", "/articles/")
    for old in (before, "/admin/settings/articles/commentsettings/"):
        response = admin_client.get(old)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/settings/comments/commentsettings/")
    assert admin_client.get(before, follow=True).status_code == 200


def test_an_administrator_edits_the_moderation_settings(admin_client, tree):
    from comments.models import CommentSettings

    response = admin_client.post(settings_url(tree), settings_form())
    assert response.status_code == 302
    rules = CommentSettings.for_site(tree.home.get_site())
    assert rules.moderation_mode == "hold_all" and rules.blocked_phrases == ["출장안마", "출장샵"]
    assert rules.close_after_days == 14 and rules.max_links == 1


def test_an_impossible_spam_threshold_is_refused_with_the_form_kept(admin_client, tree):
    response = admin_client.post(settings_url(tree), settings_form(spam_threshold="7"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter a number between 0.5 and 1." in html and "출장안마" in html
