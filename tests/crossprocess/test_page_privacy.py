"""A view restriction made or lifted by another process reaches readers on every server.

Found before: under two gunicorn workers without Redis, a page made password-protected was
still served in full by the other worker 20 minutes later.
"""

import pytest

from .reader import cached_everywhere, every_reader

pytestmark = pytest.mark.crossprocess

PASSWORD_FORM = 'name="password"'


def add_password(page_id: int) -> str:
    return f"""
from wagtail.models import Page, PageViewRestriction
PageViewRestriction.objects.create(
    page=Page.objects.get(pk={page_id}),
    restriction_type=PageViewRestriction.PASSWORD,
    password="stillpoint",
)
"""


def remove_restrictions(page_id: int) -> str:
    return f"""
from wagtail.models import PageViewRestriction
for restriction in PageViewRestriction.objects.filter(page_id={page_id}):
    restriction.delete()
"""


def test_a_password_added_in_another_process_hides_the_article_on_every_server(deployment):
    article = deployment.seed["protect"]
    cached_everywhere(
        deployment, article["url"], lambda page: page.shows(article["body"]), "the body shows"
    )

    deployment.run_in_third_process(add_password(article["id"]))

    every_reader(
        deployment,
        article["url"],
        lambda page: page.lacks(article["body"]) and PASSWORD_FORM in page.text,
        "the article asks for its password and hides its body",
    )


def test_a_password_lifted_in_another_process_shows_the_article_on_every_server(deployment):
    article = deployment.seed["unprotect"]  # seeded with a password
    for server in deployment.servers:
        page = server.get(article["url"])
        assert page.lacks(article["body"]) and PASSWORD_FORM in page.text, page.summary()

    deployment.run_in_third_process(remove_restrictions(article["id"]))

    every_reader(
        deployment,
        article["url"],
        lambda page: page.shows(article["body"]),
        "the article shows its body again",
    )
