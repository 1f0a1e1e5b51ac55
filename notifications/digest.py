"""The weekly email: each weekly follower's articles first published in one ISO week.

`send_week(week)` queues one email per weekly follower with articles that week (none for a
follower with none), keyed (recipient, "digest", "week-<year>-W<nn>"): run it twice, or
after a killed worker, and nobody gets a week twice. tasks.weekly_digest runs it for the
week just ended and queues itself again for the next Monday (`manage.py schedule_digest`,
run before each worker starts, sets the chain going once).
"""

import datetime

from django.template.loader import render_to_string
from django.utils import timezone

from articles.models import ArticlePage

from . import links, outbox
from .announcements import footer, list_headers
from .follows import SITE, active
from .models import Frequency

KIND = "digest"
SEND_AT = datetime.time(7, 0)  # Monday morning, UTC


def week_label(day: datetime.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_bounds(label: str) -> tuple[datetime.datetime, datetime.datetime]:
    year, week = label.split("-W")
    monday = datetime.date.fromisocalendar(int(year), int(week), 1)
    start = datetime.datetime.combine(monday, datetime.time(0), tzinfo=datetime.UTC)
    return start, start + datetime.timedelta(days=7)


def last_week(now: datetime.datetime | None = None) -> str:
    now = now or timezone.now()
    return week_label((now - datetime.timedelta(days=7)).date())


def next_run(now: datetime.datetime | None = None) -> datetime.datetime:
    """The next Monday at SEND_AT (UTC) after `now`."""
    now = now or timezone.now()
    monday = now.date() + datetime.timedelta(days=7 - now.weekday())
    return datetime.datetime.combine(monday, SEND_AT, tzinfo=datetime.UTC)


def week_articles(label: str) -> list[ArticlePage]:
    start, end = week_bounds(label)
    articles = list(
        ArticlePage.objects.live()
        .public()
        .filter(first_published_at__gte=start, first_published_at__lt=end)
        .prefetch_related("article_authors__author", "topics")
        .order_by("first_published_at", "pk")
    )
    for article in articles:
        article.email_byline = article.byline()
        article.email_url = article.get_full_url()
        article.follow_keys = {
            SITE,
            *(f"topic-{topic.pk}" for topic in article.topics.all()),
            *(f"author-{credit.author_id}" for credit in article.article_authors.all()),
        }
    return articles


def send_week(label: str) -> int:
    """Queue the week's emails not queued yet; how many."""
    articles = week_articles(label)
    if not articles:
        return 0
    follows: dict[str, dict[str, str]] = {}
    for email, target, name in active(Frequency.WEEKLY).values_list(
        "email", "target", "target_name"
    ):
        follows.setdefault(email, {})[target] = name
    messages = []
    for email, targets in follows.items():
        chosen = [article for article in articles if article.follow_keys & targets.keys()]
        if not chosen:
            continue
        unsubscribe_url = links.unsubscribe_url(email, weekly=True)
        context = {
            **footer(email),
            "articles": chosen,
            "follow_names": sorted(targets.values()),
            "unsubscribe_url": unsubscribe_url,
        }
        messages.append(
            {
                "recipient": email,
                "subject": f"This week on {context['site_name']}: {len(chosen)} new "
                f"article{'s' if len(chosen) != 1 else ''}",
                "text": render_to_string("notifications/email/digest.txt", context),
                "html": render_to_string("notifications/email/digest.html", context),
                "headers": list_headers(unsubscribe_url),
            }
        )
    return outbox.queue_many(KIND, f"week-{label}", messages)
