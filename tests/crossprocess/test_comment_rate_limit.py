"""The comment rate limit (COMMENT_RATE_LIMIT, 5/m per address here) counts across servers.

Found before: the limit counted per worker, so N workers let N times as many comments through.
"""

import time
import zlib

import pytest

from .reader import read_form
from .servers import RATE_LIMIT

pytestmark = pytest.mark.crossprocess

LIMIT, PERIOD = int(RATE_LIMIT.split("/")[0]), 60
POSTS = LIMIT + 3
TOO_QUICKLY = "You are sending comments too quickly"


def seconds_left_in_window(ip: str) -> float:
    """django-ratelimit counts in fixed windows whose edges depend on the key (the address):
    the end of the current one, as its `_get_window` computes it."""
    now = time.time()
    end = int(now) - int(now) % PERIOD + zlib.crc32(ip.encode()) % PERIOD
    if end < int(now):
        end += PERIOD
    return end - now


def address_with_a_whole_window(seconds: float = 25) -> str:
    """A loopback address of our own whose counting window will not end during the test, so
    every post is counted in one window."""
    for last in range(10, 250):
        ip = f"127.0.0.{last}"
        if seconds_left_in_window(ip) >= seconds:
            return ip
    raise AssertionError("no loopback address with a whole window ahead")


def post_a_comment(server, article: dict, ip: str, number: int) -> str:
    """GET the article, fill its comment form as a reader would, POST it; what came of it."""
    page = server.get(article["url"], ip=ip)
    action, fields = read_form(page.text, "/comments/")
    assert action, f"no comment form on {article['url']}: {page.summary()}"
    fields.update(
        name=f"Night nurse {number}",
        email=f"night.nurse.{number}@example.org",
        body=f"Slow breathing got me through night shift number {number}. Thank you.",
        consent="on",
        homepage="",
    )
    answer = server.post(action, fields, ip=ip, headers={"Sec-Fetch-Site": "same-origin"})
    if answer.status == 303:
        return "accepted"
    if answer.status == 429 or TOO_QUICKLY in answer.text:
        return "refused"
    return f"HTTP {answer.status}"


def test_comments_from_one_address_are_limited_across_servers(deployment):
    article = deployment.seed["rate_limit"]
    ip = address_with_a_whole_window()
    outcomes = []
    for number in range(POSTS):
        server = deployment.servers[number % 2]  # alternately, as a load balancer would
        outcomes.append((server.name, post_a_comment(server, article, ip, number)))

    accepted = [server for server, outcome in outcomes if outcome == "accepted"]
    assert [outcome for _, outcome in outcomes] == ["accepted"] * LIMIT + ["refused"] * (
        POSTS - LIMIT
    ), (
        f"{len(accepted)} of {POSTS} comments from {ip}, sent alternately to both servers within "
        f"a minute, were accepted; the limit is {RATE_LIMIT} ({deployment.name}):\n"
        + "\n".join(
            f"  {number + 1}. {server}: {outcome}"
            for number, (server, outcome) in enumerate(outcomes)
        )
    )
