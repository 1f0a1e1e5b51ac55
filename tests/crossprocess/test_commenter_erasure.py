"""`manage.py erase_commenter`, run beside the live site, erases what every server shows.

Found before: a comment erased with `manage.py erase_commenter EMAIL` stayed visible until a
restart.
"""

import pytest

from .reader import cached_everywhere, every_reader

pytestmark = pytest.mark.crossprocess


def test_erasing_a_commenter_removes_their_name_and_words_from_every_server(deployment):
    article = deployment.seed["erase"]
    erased, kept = article["erased"], article["kept"]
    cached_everywhere(
        deployment,
        article["url"],
        lambda page: page.shows(erased["name"], erased["body"], kept["body"]),
        "the commenter's name and comment show",
    )

    output = deployment.manage("erase_commenter", erased["email"])
    assert "Erased 1 comment(s)" in output, output

    every_reader(
        deployment,
        article["url"],
        lambda page: page.shows(kept["body"]) and page.lacks(erased["name"], erased["body"]),
        "the erased commenter's name and words are gone (other comments stay)",
    )
