"""Posts imported by `manage.py import_wordpress` beside the live site keep their privacy there.

Found before: posts imported as private while the site ran were public on it.
"""

from pathlib import Path

import pytest

from .reader import every_reader

pytestmark = pytest.mark.crossprocess

EXPORT = Path(__file__).with_name("private-posts-1.2.xml")
PUBLIC = ("/articles/breathing-in-the-cold/", "Public words about breathing in the cold")
PRIVATE = ("/articles/breathing-notes-for-colleagues/", "Private words for logged-in colleagues")
PROTECTED = ("/articles/breathing-case-study/", "Password-protected words for members")


def test_posts_imported_as_private_are_private_on_every_server(deployment):
    for server in deployment.servers:
        server.get("/?before-import")  # a render: the site has been serving readers
        for path, _ in (PUBLIC, PRIVATE, PROTECTED):
            assert server.get(path).status == 404, f"{path} exists before the import"

    output = deployment.manage("import_wordpress", str(EXPORT))
    assert "articles" in output, output

    path, words = PUBLIC
    every_reader(deployment, path, lambda page: page.shows(words), "the public post shows")
    path, words = PRIVATE
    every_reader(
        deployment,
        path,
        lambda page: (
            page.lacks(words) and page.status == 302 and "login" in page.headers.get("Location", "")
        ),
        "the private post asks readers to log in",
    )
    path, words = PROTECTED
    every_reader(
        deployment,
        path,
        lambda page: page.lacks(words) and 'name="password"' in page.text,
        "the password-protected post asks for its password",
    )
