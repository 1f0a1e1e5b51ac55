"""The admin asks no other host for anything: no avatars, no release checks."""

import re

import pytest

# What a browser fetches by itself: images, scripts, stylesheets and Stimulus URL values.
# (Plain links to wagtail.org's guide are fine: nothing loads unless the editor follows them.)
FETCHED = re.compile(
    r"""(?:\bsrc|<link[^>]*\bhref|data-[\w-]+-url-value)=["'](?:https?:)?//(?!testserver)"""
)


@pytest.fixture
def editor_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/admin/account/"])
def test_admin_pages_load_nothing_from_other_hosts(editor_client, tree, path):
    html = editor_client.get(path, follow=True).content.decode()
    assert "gravatar" not in html
    assert "releases.wagtail" not in html
    assert not FETCHED.findall(html)
