"""Posting comments the way a browser does: read the form from the page, send it back."""

import re

from comments.models import CommentSettings


def form_fields(html: str) -> dict:
    """The hidden fields of the comment form on a rendered page."""
    started = re.search(r'name="started" value="([^"]+)" id="id_started"', html)
    return {"started": started.group(1)} if started else {}


def post_comment(client, page, **fields):
    headers = {name: fields.pop(name) for name in list(fields) if name.startswith("HTTP_")}
    html = client.get(page.url).content.decode()
    data = {
        "name": "Lena Hartmann",
        "email": "lena@example.org",
        "website": "",
        "body": "Is it normal to feel tired afterwards?",
        "consent": "on",
        **form_fields(html),
        **fields,
    }
    data = {k: v for k, v in data.items() if v is not None}
    return client.post(f"/comments/{page.pk}/", data, **headers)


def rules_for(tree, **values) -> CommentSettings:
    rules = CommentSettings.for_site(tree.home.get_site())
    for name, value in values.items():
        setattr(rules, name, value)
    rules.save()
    return rules
