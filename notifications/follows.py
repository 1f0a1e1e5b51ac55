"""Following by email: what a reader may follow, signing up, confirming, withdrawing.

A reader follows the whole site, a topic or an author, from any article, topic or author
page, instantly or weekly. Each sign-up is one `Follow` row and its consent record: the page
it came from and the version of the form's text the reader saw (FORM_VERSION; change the text,
change the version). Nothing is sent to a follow until its own confirmation link is followed
(double opt-in per follow: a confirmed address is no consent to follow something else).
Signing up again while a follow is open changes nothing but may resend its link (rate-limited
as every confirmation: addresses.py); the answer is the same whatever the address's state, so
the form tells nobody who is subscribed.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone

from articles.models import AuthorPage, TopicPage
from comments.verified import normalise_address

from . import links
from .addresses import send_confirmation
from .models import Address, ConsentText, Follow, Frequency

FORM_VERSION = "follow-form-2026-12-v1"
FORM_TEXT = (
    "We will email you the new articles you choose, each as it is published or once a week. "
    "We keep your email address, what you follow, and when and from which page you asked, "
    "until you unsubscribe or erase them. Every email has links to unsubscribe, to download "
    "your data and to erase it. We do not track whether you open our emails."
)
SITE = "site"


@dataclass(frozen=True)
class Target:
    key: str  # "site", "topic-<id>", "author-<id>"
    name: str
    topic: TopicPage | None = None
    author: AuthorPage | None = None


def site_target() -> Target:
    return Target(SITE, f"Every new article on {settings.WAGTAIL_SITE_NAME}")


def targets_on(page, topics=(), authors=()) -> list[Target]:
    """What the form on `page` offers: the site, and the page's topics and authors."""
    if isinstance(page, TopicPage):
        topics = [page]
    if isinstance(page, AuthorPage):
        authors = [page]
    return [
        site_target(),
        *(Target(f"topic-{t.pk}", f"New articles on {t.title}", topic=t) for t in topics),
        *(Target(f"author-{a.pk}", f"New articles by {a.title}", author=a) for a in authors),
    ]


def find_target(key: str) -> Target | None:
    """The target a posted key names, if it is one a reader may follow (a live, public page)."""
    if key == SITE:
        return site_target()
    kind, _, pk = key.partition("-")
    if not pk.isdigit():
        return None
    model = {"topic": TopicPage, "author": AuthorPage}.get(kind)
    if model is None:
        return None
    page = model.objects.live().public().filter(pk=int(pk)).first()
    if page is None:
        return None
    return targets_on(page)[1]


def consent_text() -> ConsentText:
    consent, _ = ConsentText.objects.get_or_create(
        version=FORM_VERSION, defaults={"text": FORM_TEXT}
    )
    return consent


def sign_up(
    email: str, target: Target, frequency: str, source_page, source_url: str, ip: str | None
) -> Follow:
    """The open follow of `email` for `target` (a new one, pending confirmation)."""
    email = normalise_address(email)
    with transaction.atomic():
        follow = Follow.objects.filter(email=email, target=target.key, withdrawn_at=None).first()
        if follow is None:
            try:
                with transaction.atomic():
                    follow = Follow.objects.create(
                        email=email,
                        target=target.key,
                        target_name=target.name,
                        topic=target.topic,
                        author=target.author,
                        frequency=frequency,
                        source_page=source_page,
                        source_url=source_url[:500],
                        consent=consent_text(),
                    )
            except IntegrityError:  # the same sign-up, a moment ago in another request
                follow = Follow.objects.get(email=email, target=target.key, withdrawn_at=None)
        elif not follow.confirmed_at:  # asked again before confirming: the latest answers
            follow.frequency = frequency
            follow.source_page, follow.source_url = source_page, source_url[:500]
            follow.consent = consent_text()
            follow.save(update_fields=["frequency", "source_page", "source_url", "consent"])
        if not follow.confirmed_at and not Address.of(email).suppressed_at:
            ask_to_confirm(follow, ip)
    return follow


def ask_to_confirm(follow: Follow, ip: str | None):
    context = {
        "follow": follow,
        "confirm_url": links.follow_confirm_url(follow.email, follow.pk),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "days": settings.NOTIFY_CONFIRM_MAX_AGE // 86400,
        "frequency": Frequency(follow.frequency).label.lower(),
    }
    return send_confirmation(
        follow.email,
        ip,
        f"follow-{follow.pk}-",
        subject=f"Confirm: {follow.target_name.lower()} by email",
        text=render_to_string("notifications/email/confirm_follow.txt", context),
    )


def confirm(email: str, follow_id: int) -> Follow | None:
    """Confirm the follow (and so the address); None when it was withdrawn or erased."""
    with transaction.atomic():
        follow = Follow.objects.select_for_update().filter(pk=follow_id, email=email).first()
        if follow is None or follow.withdrawn_at:
            return None
        now = timezone.now()
        if not follow.confirmed_at:
            follow.confirmed_at = now
            follow.save(update_fields=["confirmed_at"])
        address = Address.of(email)
        if not address.confirmed_at or address.unsubscribed_at:
            address.confirmed_at = address.confirmed_at or now
            address.unsubscribed_at = None
            address.save(update_fields=["confirmed_at", "unsubscribed_at"])
    return follow


def withdraw(email: str, follow_id: int | None, how: str, frequency: str = "") -> int:
    """Withdraw one follow, or every follow of `email` (None; of `frequency` if given);
    how many were open."""
    follows = Follow.objects.filter(email=email, withdrawn_at=None)
    if follow_id is not None:
        follows = follows.filter(pk=follow_id)
    if frequency:
        follows = follows.filter(frequency=frequency)
    return follows.update(withdrawn_at=timezone.now(), withdrawn_how=how)


def active(frequency: str):
    """Confirmed, open follows of `frequency` whose address may receive email."""
    blocked = Address.objects.filter(
        Q(confirmed_at=None) | Q(unsubscribed_at__isnull=False) | Q(suppressed_at__isnull=False)
    ).values("email")
    return (
        Follow.objects.filter(confirmed_at__isnull=False, withdrawn_at=None, frequency=frequency)
        .exclude(email__in=blocked)
        .order_by("email", "pk")
    )


def followers_of(topic_ids: list[int], author_ids: list[int]) -> dict[str, tuple[int, str]]:
    """Each instant follower of an article: {email: (the follow it is sent for, its name)}.

    Someone following the site and a topic gets one email, for the widest follow.
    """
    follows = active(Frequency.INSTANT).filter(
        Q(target=SITE) | Q(topic_id__in=topic_ids) | Q(author_id__in=author_ids)
    )
    order = {SITE: 0, "topic": 1, "author": 2}
    chosen: dict[str, tuple[int, int, str]] = {}
    for pk, email, target, name in follows.values_list("pk", "email", "target", "target_name"):
        rank = order.get(target.split("-")[0], 3)
        if email not in chosen or rank < chosen[email][0]:
            chosen[email] = (rank, pk, name)
    return {email: (pk, name) for email, (_, pk, name) in chosen.items()}
