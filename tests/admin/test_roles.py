"""Each role can do its job in the Wagtail admin, and not the others' (migration 0008_roles).

Every check goes through the real admin views with the test client, as the person would.
"""

from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from articles.models import StandardPage
from comments.models import Comment
from wellness.factories import CommentFactory

COMMENTS = "/admin/snippets/articles/comment/"
ROLES = ["Editors", "Publishers", "Expert reviewers", "Comment moderators"]


def new_page_data(title="Opening hours"):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "intro": "When we answer.",
            "body": streamfield([("paragraph", rich_text("<p>Weekdays.</p>"))]),
        }
    )


def add_page(client, parent, publish=False):
    url = reverse("wagtailadmin_pages:add", args=["articles", "standardpage", parent.pk])
    action = {"action-publish": "publish"} if publish else {}
    return client.post(url, {**new_page_data(), **action})


def draft_in_review(tree, editor):
    """An article an editor submitted: it waits in the Expert review workflow."""
    article = tree.article(live=False, title="Breathing for sleep")
    article.save_revision(user=editor)
    return article, Workflow.objects.get(name="Expert review").start(article, user=editor)


def approve(client, page, workflow_state):
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", workflow_state.current_task_state.pk],
    )
    return client.post(url)


def can_open_editor(client, page) -> bool:
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return response.status_code == 200


def test_the_four_roles_exist_as_groups(db):
    assert set(ROLES) <= set(Group.objects.values_list("name", flat=True))
    assert not Group.objects.filter(name="Moderators").exists()  # renamed to Publishers


# --- Editors ------------------------------------------------------------------------------


def test_an_editor_creates_a_draft(tree, person):
    editor = person("Editors")
    response = add_page(editor, tree.home)
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="opening-hours")
    assert not page.live and page.latest_revision.user == editor.user


def test_an_editor_edits_an_existing_page(tree, person):
    assert can_open_editor(person("Editors"), tree.standard_page(title="About"))


def test_an_editor_cannot_publish(tree, person):
    editor = person("Editors")
    add_page(editor, tree.home, publish=True)
    assert not StandardPage.objects.get(slug="opening-hours").live
    page = tree.standard_page(title="About")
    assert (
        'name="action-publish"'
        not in editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    )


def test_an_editor_cannot_approve_an_expert_review(tree, person):
    editor = person("Editors")
    article, state = draft_in_review(tree, editor.user)
    approve(editor, article, state)
    article.refresh_from_db()
    assert not article.live


def test_an_editor_cannot_moderate_comments(tree, person):
    assert person("Editors").get(COMMENTS).status_code in {302, 403}


# --- Publishers ---------------------------------------------------------------------------


def test_a_publisher_publishes(tree, person):
    add_page(person("Publishers"), tree.home, publish=True)
    assert StandardPage.objects.get(slug="opening-hours").live


def test_a_publisher_cannot_moderate_comments(tree, person):
    assert person("Publishers").get(COMMENTS).status_code in {302, 403}


# --- Expert reviewers ---------------------------------------------------------------------


def test_an_expert_reviewer_approves_and_the_article_goes_live(tree, person, django_user_model):
    editor = django_user_model.objects.create_user("ed", password="x")
    article, state = draft_in_review(tree, editor)
    reviewer = person("Expert reviewers")
    assert approve(reviewer, article, state).status_code == 302
    article.refresh_from_db()
    assert article.live and article.last_review_date is not None


def test_an_expert_reviewer_cannot_create_pages(tree, person):
    add_page(person("Expert reviewers"), tree.home, publish=True)
    assert not StandardPage.objects.filter(slug="opening-hours").exists()


def test_an_expert_reviewer_cannot_edit_pages_outside_a_review(tree, person):
    reviewer = person("Expert reviewers")
    assert not can_open_editor(reviewer, tree.article(title="Already live"))
    assert not can_open_editor(reviewer, tree.standard_page(title="About"))


def test_an_expert_reviewer_cannot_moderate_comments(tree, person):
    assert person("Expert reviewers").get(COMMENTS).status_code in {302, 403}


# --- Comment moderators -------------------------------------------------------------------


def test_a_moderator_approves_a_comment(tree, person):
    comment = CommentFactory(page=tree.article(), status="pending")
    moderator = person("Comment moderators")
    assert moderator.get(COMMENTS).status_code == 200
    url = reverse("wagtail_bulk_action", args=["comments", "comment", "approve"])
    moderator.post(f"{url}?id={comment.pk}&next={COMMENTS}")
    assert Comment.objects.get(pk=comment.pk).status == "approved"


def test_a_moderator_cannot_create_edit_or_approve_pages(tree, person, django_user_model):
    moderator = person("Comment moderators")
    add_page(moderator, tree.home, publish=True)
    assert not StandardPage.objects.filter(slug="opening-hours").exists()
    assert not can_open_editor(moderator, tree.standard_page(title="About"))
    editor = django_user_model.objects.create_user("ed", password="x")
    article, state = draft_in_review(tree, editor)
    approve(moderator, article, state)
    article.refresh_from_db()
    assert not article.live


# --- Anonymous visitors -------------------------------------------------------------------


def test_a_visitor_cannot_see_a_draft(client, tree):
    assert client.get("/").status_code == 200
    draft = tree.article(live=False, title="Unfinished")
    assert client.get(f"{tree.articles.url}{draft.slug}/").status_code == 404


def test_a_visitor_cannot_see_a_private_page(client, tree):
    from wagtail.models import PageViewRestriction

    page = tree.standard_page(title="Staff notes")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    response = client.get(page.url)
    assert response.status_code == 302 and "Staff notes" not in response.content.decode()


def test_a_visitor_sees_no_pending_comment_and_no_email_address(client, tree):
    article = tree.article()
    CommentFactory(page=article, status="approved", email="visible@example.org", body="Hello")
    CommentFactory(page=article, status="pending", email="hidden@example.org", body="Secret")
    html = client.get(article.url).content.decode()
    assert "Hello" in html and "Secret" not in html
    assert "@example.org" not in html


def test_a_visitor_is_sent_to_the_login_page_from_the_admin(client, db):
    response = client.get(
        reverse("wagtailadmin_pages:add_subpage", args=[Page.get_first_root_node().pk])
    )
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
