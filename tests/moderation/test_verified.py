"""Whether the commenter's address is verified shows beside each comment on the desk: the
notifications app, which confirms addresses, answers the comments app's hook (comments
imports nothing of notifications), for a whole page of rows in one query."""

from django.utils import timezone

from notifications.models import Address
from wellness.factories import CommentFactory

from .conftest import DESK


def row_of(html: str, comment) -> str:
    start = html.index(f'id="row-{comment.pk}"')
    return html[start : html.index("</li>", start)]


def test_a_confirmed_address_shows_as_verified_and_others_do_not(mod_client, article):
    now = timezone.now()
    Address.objects.create(email="ana@example.org", confirmed_at=now)
    Address.objects.create(email="asked@example.org")  # asked, never followed the link
    Address.objects.create(email="bounced@example.org", confirmed_at=now, suppressed_at=now)
    confirmed = CommentFactory(page=article, status="pending", email="Ana@Example.org")
    asked = CommentFactory(page=article, status="pending", email="asked@example.org")
    bounced = CommentFactory(page=article, status="pending", email="bounced@example.org")
    stranger = CommentFactory(page=article, status="pending", email="new@example.org")
    html = mod_client.get(DESK).content.decode()
    assert "(address verified)" in row_of(html, confirmed)
    for comment in (asked, bounced, stranger):
        assert "(address not verified)" in row_of(html, comment)
