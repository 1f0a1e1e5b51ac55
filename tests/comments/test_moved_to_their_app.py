"""Comments moved from the articles app to their own without a row moving.

A database made before the move (articles 0015, no comments app) holds threaded comments on a
page and a moderators' group whose permissions were granted by codename (articles 0003); after
`migrate` the comments app reads the same rows, and the group still may moderate them.

The migrations run on the test database itself (the `migrations` fixture, tests/conftest.py);
the rows made here are deleted at the end.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from comments.models import Comment, CommentStatus

LAST_BEFORE_THE_MOVE = ("articles", "0015_editors_change_own_media")
BEFORE_THE_MOVE = [LAST_BEFORE_THE_MOVE, ("comments", None)]
GROUP = "Comment moderators"
CODENAMES = ("view_comment", "change_comment")


def a_page(apps):
    """A page made through the historical models (their tree methods are not there)."""
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    ContentType = apps.get_model("contenttypes", "ContentType")
    locale = Locale.objects.first() or Locale.objects.create(language_code="en")
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    return Page.objects.create(
        title="Before the move",
        draft_title="Before the move",
        slug="before-the-move",
        path="0099",
        depth=1,
        numchild=0,
        url_path="/before-the-move/",
        content_type=page_type,
        locale=locale,
        live=True,
    )


def moderators_before_the_move(apps):
    """The group, granted its permissions on the comments of the articles app by codename."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    comment_type, _ = ContentType.objects.get_or_create(app_label="articles", model="comment")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for codename in CODENAMES:
        permission, _ = Permission.objects.get_or_create(
            content_type=comment_type, codename=codename, defaults={"name": codename}
        )
        group.permissions.add(permission)
    return group


@pytest.fixture
def executor(migrations):
    """The shared migration executor; the rows made here are deleted afterwards."""
    yield migrations
    Comment.objects.filter(page__slug="before-the-move").delete()
    Page.objects.filter(slug="before-the-move").delete()
    get_user_model().objects.filter(username="mod").delete()


def test_migrating_keeps_the_comments_and_the_moderators_permissions(executor):
    latest = executor.loader.graph.leaf_nodes()
    executor.migrate(BEFORE_THE_MOVE)
    old = executor.loader.project_state(LAST_BEFORE_THE_MOVE).apps
    assert not ContentType.objects.filter(app_label="comments", model="comment").exists()

    page = a_page(old)
    OldComment = old.get_model("articles", "Comment")
    first = OldComment.objects.create(
        page_id=page.pk, name="Lena", email="lena@example.org", body="Thank you.", status="approved"
    )
    OldComment.objects.create(
        page_id=page.pk,
        parent=first,
        depth=2,
        name="Maya",
        email="maya@example.org",
        body="Glad it helped.",
        status="pending",
    )
    group = moderators_before_the_move(old)

    executor.loader.build_graph()  # a graph that knows what is applied now
    executor.migrate(latest)
    ContentType.objects.clear_cache()

    comments = Comment.objects.filter(page_id=page.pk).order_by("depth")
    assert [(c.name, c.status, c.parent_id) for c in comments] == [
        ("Lena", CommentStatus.APPROVED, None),
        ("Maya", CommentStatus.PENDING, first.pk),
    ]
    assert not ContentType.objects.filter(app_label="articles", model="comment").exists()
    group = Group.objects.get(pk=group.pk)
    granted = group.permissions.filter(codename__in=CODENAMES)
    assert {(p.content_type.app_label, p.codename) for p in granted} == {
        ("comments", codename) for codename in CODENAMES
    }
    moderator = get_user_model().objects.create_user("mod", "mod@example.org", "x")
    moderator.groups.add(group)
    assert moderator.has_perm("comments.change_comment")
    assert moderator.has_perm("comments.view_comment")
