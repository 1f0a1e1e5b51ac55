"""Publishing and unpublishing in another process reach readers on every server."""

import pytest

from .reader import cached_everywhere, every_reader

pytestmark = pytest.mark.crossprocess

PUBLISH_EDIT = """
from articles.models import ArticlePage
page = ArticlePage.objects.get(pk={id})
page.title = {title!r}
page.standfirst = {standfirst!r}
page.save_revision().publish()
"""

UNPUBLISH = """
from articles.models import ArticlePage
ArticlePage.objects.get(pk={id}).unpublish()
"""

LISTINGS = ("/", "/articles/")


def test_an_edit_published_in_another_process_shows_on_every_server(deployment):
    article = deployment.seed["edit"]
    title, standfirst = "Breathing at your desk, revised", "A revised standfirst for desk workers"
    cached_everywhere(
        deployment,
        article["url"],
        lambda page: page.shows(article["title"]) and page.lacks(standfirst),
        "the article shows as first published",
    )
    cached_everywhere(
        deployment, "/articles/", lambda page: page.lacks(title), "the listing shows the old title"
    )

    deployment.run_in_third_process(
        PUBLISH_EDIT.format(id=article["id"], title=title, standfirst=standfirst)
    )

    every_reader(
        deployment,
        article["url"],
        lambda page: page.shows(title, standfirst),
        "the article shows its new title and standfirst",
    )
    every_reader(
        deployment, "/articles/", lambda page: page.shows(title), "the listing shows the new title"
    )


def test_an_article_unpublished_in_another_process_is_gone_from_every_server(deployment):
    article = deployment.seed["unpublish"]  # the newest article: first on home and the index
    cached_everywhere(
        deployment, article["url"], lambda page: page.shows(article["body"]), "the article shows"
    )
    for path in LISTINGS:
        cached_everywhere(
            deployment, path, lambda page: page.shows(article["title"]), "the listing has it"
        )

    deployment.run_in_third_process(UNPUBLISH.format(id=article["id"]))

    every_reader(
        deployment, article["url"], lambda page: page.status == 404, "the article answers 404"
    )
    for path in LISTINGS:
        every_reader(
            deployment,
            path,
            lambda page: page.status == 200 and page.lacks(article["title"]),
            "the listing no longer has the article",
        )
