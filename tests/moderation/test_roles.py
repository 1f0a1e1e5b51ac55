"""Moderators see the desk and nothing of page editing; editors, publishers and reviewers see
no held comment anywhere in the admin."""

import pytest
from django.urls import reverse

from wellness.factories import CommentFactory

from .conftest import DESK

OTHER_ROLES = ["Editors", "Publishers", "Expert reviewers"]
SECRET = "Held words nobody else may read"


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_other_roles_cannot_open_the_desk_or_act_on_it(person, article, role):
    held = CommentFactory(page=article, status="pending", body=SECRET, name="Hidden Name")
    client = person(role)
    urls = [DESK, f"{DESK}{held.pk}/spam-all/commenter/", f"{DESK}?status=pending&q=Held"]
    for url in urls:
        response = client.get(url)
        assert response.status_code in {302, 403}
        assert SECRET not in response.content.decode()
    for action in ("approve", "spam", "reply", "edit", "block", "spam-all/commenter"):
        assert client.post(f"{DESK}{held.pk}/{action}/", {"body": "x"}).status_code in {302, 403}
    held.refresh_from_db()
    assert held.status == "pending" and held.body == SECRET


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_other_roles_see_no_held_comment_anywhere_in_the_admin(person, article, role):
    held = CommentFactory(page=article, status="pending", body=SECRET, name="Hidden Name")
    client = person(role)
    bulk = reverse("wagtail_bulk_action", args=["comments", "comment", "approve"])
    for url in (
        "/admin/",
        "/admin/snippets/articles/comment/",
        f"/admin/snippets/articles/comment/edit/{held.pk}/",
        f"{bulk}?id={held.pk}",
        "/admin/snippets/choose/articles/comment/?q=Held",
        f"/admin/pages/{article.pk}/",
    ):
        html = client.get(url, follow=True).content.decode()
        assert SECRET not in html and "Hidden Name" not in html, url
        assert DESK not in html, url


def test_a_moderator_sees_the_desk_and_nothing_of_page_editing(mod_client, article):
    CommentFactory(page=article, status="pending", body=SECRET)
    assert SECRET in mod_client.get(DESK).content.decode()
    home = mod_client.get("/admin/").content.decode()
    assert DESK in home
    assert '"name": "explorer"' not in home  # no Pages item in the menu
    assert "Pages awaiting" not in home and "Your pages" not in home
    for url in (
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        reverse("wagtailadmin_pages:add_subpage", args=[article.get_parent().pk]),
    ):
        assert mod_client.get(url).status_code in {302, 403}, url
