"""Each process remembers which site answers a host, and forgets it when content changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site


@pytest.fixture
def other_site(tree, settings):
    """A second site on its own host, rooted at a page of its own."""
    settings.ALLOWED_HOSTS = ["testserver", "other.example", "renamed.example"]
    root = tree.standard_page(title="The other site", slug="other-site")
    return Site.objects.create(hostname="other.example", port=80, root_page=root)


def site_queries(client, url, **headers) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url, **headers).status_code == 200
    return sum('"wagtailcore_site"' in q["sql"] for q in context.captured_queries)


def test_the_site_is_looked_up_once_not_on_every_request(client, tree):
    assert site_queries(client, tree.home.url) == 1
    assert site_queries(client, tree.articles.url) == 0


def test_each_host_gets_its_own_site(client, tree, other_site):
    client.get("/")
    other = client.get("/", headers={"host": "other.example"}).content.decode()
    assert "<title>The other site" in other
    assert "<title>The other site" not in client.get("/").content.decode()


def test_a_renamed_host_is_honoured_at_once(client, tree, other_site, committed):
    assert (
        "<title>The other site"
        in client.get("/", headers={"host": "other.example"}).content.decode()
    )
    with committed():
        other_site.hostname = "renamed.example"
        other_site.save()
    renamed = client.get("/", headers={"host": "renamed.example"}).content.decode()
    old_name = client.get("/", headers={"host": "other.example"}).content.decode()
    assert "<title>The other site" in renamed
    assert "<title>The other site" not in old_name  # the default site answers unknown hosts
