"""A moderator's decision, taken in another process, reaches readers on every server.

Found before: a comment approved from another process stayed hidden until a restart; a comment
removed by a moderator still showed on the other worker.
"""

import time

import pytest

from .reader import cached_everywhere, every_reader, log_in
from .seed import ADMIN_PASSWORD, ADMIN_USERNAME

pytestmark = pytest.mark.crossprocess

MODERATOR = "127.0.0.4"  # the moderator's own address (the lockout counts per address)
REMOVE_IN_ADMIN = "/admin/bulk/comments/comment/remove/?id={id}&next=/admin/"

MODERATE = """
from comments.models import Comment
from comments.moderation import moderate
print("RESULT", moderate(Comment.objects.filter(pk={id}), "{status}"))
"""


def moderate(deployment, comment: dict, status: str) -> None:
    output = deployment.run_in_third_process(MODERATE.format(id=comment["id"], status=status))
    assert output.split()[-1] == "1", f"the comment was not moderated: {output}"


@pytest.fixture
def article(deployment):
    return deployment.seed["moderation"]


def shown(comment: dict):
    return lambda page: page.shows(comment["name"], comment["body"])


def hidden(comment: dict):
    return lambda page: page.status == 200 and page.lacks(comment["body"])


def test_a_comment_approved_in_another_process_appears_on_every_server(deployment, article):
    comment = article["approve"]  # seeded awaiting moderation
    cached_everywhere(deployment, article["url"], hidden(comment), "the pending comment is hidden")

    moderate(deployment, comment, "approved")

    every_reader(deployment, article["url"], shown(comment), "the approved comment shows")


def test_a_comment_marked_as_spam_in_another_process_disappears_from_every_server(
    deployment, article
):
    comment = article["spam"]
    cached_everywhere(deployment, article["url"], shown(comment), "the comment shows")

    moderate(deployment, comment, "spam")

    every_reader(deployment, article["url"], hidden(comment), "the spam comment is gone")


def test_a_comment_removed_in_another_process_disappears_from_every_server(deployment, article):
    comment = article["remove"]
    cached_everywhere(deployment, article["url"], shown(comment), "the comment shows")

    moderate(deployment, comment, "removed")

    every_reader(deployment, article["url"], hidden(comment), "the removed comment is gone")


def test_a_comment_removed_in_the_admin_of_one_server_disappears_from_both(deployment, article):
    comment = article["remove_in_admin"]
    cached_everywhere(deployment, article["url"], shown(comment), "the comment shows")
    moderators_server = deployment.servers[0]
    signed_in = log_in(moderators_server, ADMIN_USERNAME, ADMIN_PASSWORD, MODERATOR)
    assert signed_in.status == 302, signed_in.summary()
    cookies = signed_in.cookies

    removed = moderators_server.post(
        REMOVE_IN_ADMIN.format(id=comment["id"]),
        {"csrfmiddlewaretoken": cookies["csrftoken"]},
        ip=MODERATOR,
        headers={"Cookie": "; ".join(f"{name}={value}" for name, value in cookies.items())},
    )
    assert removed.status == 302, f"the bulk action did not go through: {removed.summary()}"
    deployment.changed_at = time.monotonic()  # the change returned: readers get 1 s from now

    every_reader(deployment, article["url"], hidden(comment), "the removed comment is gone")
