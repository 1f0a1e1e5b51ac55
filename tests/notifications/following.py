"""Helpers for the follow-by-email tests: the form's post, and the links in messages."""

import re

from django.urls import reverse


def sign_up(
    client,
    page,
    email="mira@example.org",
    target="site",
    frequency="instant",
    headers=None,
    **extra,
):
    return client.post(
        reverse("notifications:follow"),
        {"email": email, "target": target, "frequency": frequency, "source": page.pk, **extra},
        headers=headers or {},
    )


def link_in(message, path: str) -> str:
    """The first link to `path` (e.g. "/email/follow/confirm/") in a message's text part."""
    body = message.get_body(("plain",)).get_content()
    url = re.search(rf"https?://[^\s/]+{re.escape(path)}\S+/", body).group(0)
    return url.removeprefix("http://testserver")


def one_click(client, message):
    """What a mail provider does with RFC 8058's headers: POST the body to the header's URL."""
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = str(message["List-Unsubscribe"]).strip().strip("<>").removeprefix("http://testserver")
    return client.post(url, {"List-Unsubscribe": "One-Click"})
