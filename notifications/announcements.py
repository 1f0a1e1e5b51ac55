"""New articles emailed to their instant followers, heard from Wagtail's `page_published`.

An article is announced once, on its first publication (Wagtail sets `first_published_at`
and `last_published_at` to the same moment then, and never again), or when an editor asks
("Notify subscribers" in the admin, admin_views.py): a correction republished emails nobody.
A page under a view restriction (its own or an ancestor's) is never announced; a scheduled
page is announced when it goes live, as that is when Wagtail publishes it.

The fan-out runs in the worker (tasks.announce), never in the request: the followers in
batches, each batch's emails and deliveries written in one transaction, keyed (recipient,
"article", the article and why), so a killed worker's rerun queues only what is missing.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.signals import page_published

from articles.models import ArticlePage

from . import links, outbox
from .follows import followers_of
from .models import Announcement

KIND = "article"
BATCH = 500


def is_first_publication(page) -> bool:
    return page.first_published_at is not None and page.first_published_at == (
        page.last_published_at
    )


def may_announce(page) -> bool:
    """Live, and every reader may see it (no restriction on it or above it)."""
    return page.live and not page.get_view_restrictions().exists()


@receiver(page_published, dispatch_uid="notifications.announce_new_article")
def article_published(sender, instance, **kwargs):
    if not isinstance(instance, ArticlePage) or not is_first_publication(instance):
        return
    if not may_announce(instance):
        return
    try:
        with transaction.atomic():
            announcement = Announcement.objects.create(
                page=instance, reason=Announcement.FIRST_PUBLICATION
            )
    except IntegrityError:  # announced before (a republish racing the first)
        return
    start(announcement)


def notify_again(page, user) -> Announcement:
    """An editor's explicit "notify subscribers" of a live, public article."""
    announcement = Announcement.objects.create(
        page=page, reason=Announcement.EDITOR, requested_by=user
    )
    start(announcement)
    return announcement


def start(announcement: Announcement) -> None:
    from .tasks import announce

    announce.enqueue(announcement.pk)


def footer(email: str) -> dict:
    """The links every email to a follower carries."""
    return {
        "unsubscribe_all_url": links.unsubscribe_url(email),
        "data_url": links.data_url(email),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


def list_headers(unsubscribe_url: str) -> dict:
    """RFC 8058 one-click unsubscribe (RFC 2369's header, POSTed by the mail provider)."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def article_message(article: ArticlePage, about: dict, email: str, follow: tuple) -> dict:
    follow_id, follow_name = follow
    unsubscribe_url = links.unsubscribe_url(email, follow_id=follow_id)
    context = {
        **about,
        **footer(email),
        "follow_name": follow_name,
        "unsubscribe_url": unsubscribe_url,
    }
    return {
        "recipient": email,
        "subject": article.title,
        "text": render_to_string("notifications/email/article.txt", context),
        "html": render_to_string("notifications/email/article.html", context),
        "headers": list_headers(unsubscribe_url),
    }


def describe(article: ArticlePage) -> dict:
    """What an email about `article` says of it, read once per announcement."""
    return {
        "article": article,
        "byline": article.byline(),
        "reviewed_on": article.last_review_date,
        "url": article.get_full_url(),
    }


def announce(announcement_id: int) -> int:
    """Queue the announcement's emails not queued yet; how many. Marks it finished."""
    announcement = Announcement.objects.filter(pk=announcement_id, finished_at=None).first()
    if announcement is None:
        return 0
    article = (
        ArticlePage.objects.live()
        .public()
        .filter(pk=announcement.page_id)
        .prefetch_related("article_authors__author")
        .first()
    )
    queued = 0
    if article is not None:  # unpublished or restricted since: nobody is told
        topic_ids = list(article.topics.values_list("pk", flat=True))
        author_ids = [credit.author_id for credit in article.article_authors.all()]
        followers = followers_of(topic_ids, author_ids)
        about = describe(article)
        emails = sorted(followers)
        for start_at in range(0, len(emails), BATCH):
            batch = emails[start_at : start_at + BATCH]
            messages = [article_message(article, about, e, followers[e]) for e in batch]
            queued += outbox.queue_many(KIND, announcement.why, messages)
    Announcement.objects.filter(pk=announcement.pk).update(
        queued=announcement.queued + queued, finished_at=timezone.now()
    )
    return queued
