"""The subscribers in the Wagtail admin: counts, the consent ledger as CSV, a test send,
and "Notify subscribers" of an article.

Counts, export and test send need the `notifications.export_follows` permission (the
Editors and Publishers groups have it: migration 0003); notifying needs the right to
publish the article.
"""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from articles.models import ArticlePage

from . import announcements, outbox
from .follows import SITE
from .models import Address, Announcement, Follow, Frequency

PERMISSION = "notifications.export_follows"
LEDGER_COLUMNS = [
    "email",
    "follows",
    "how_often",
    "asked_at",
    "asked_on_page",
    "form_version",
    "form_text",
    "confirmed_at",
    "withdrawn_at",
    "withdrawn_how",
]


def require_permission(user):
    if not user.has_perm(PERMISSION):
        raise PermissionDenied


def counts() -> list[dict]:
    """Confirmed, open follows per target (instant and weekly), the site first, then by name."""
    rows = (
        Follow.objects.filter(confirmed_at__isnull=False, withdrawn_at=None)
        .values("target", "target_name")
        .annotate(
            instant=Count("pk", filter=Q(frequency=Frequency.INSTANT)),
            weekly=Count("pk", filter=Q(frequency=Frequency.WEEKLY)),
        )
        .order_by("target_name")
    )
    return sorted(rows, key=lambda row: (row["target"] != SITE, row["target_name"]))


def recent_articles():
    return ArticlePage.objects.live().public().order_by("-first_published_at").only("title")[:50]


def subscribers(request):
    require_permission(request.user)
    context = {
        "counts": counts(),
        "pending": Follow.objects.filter(confirmed_at=None, withdrawn_at=None).count(),
        "withdrawn": Follow.objects.filter(withdrawn_at__isnull=False).count(),
        "articles": recent_articles(),
        "announcements": Announcement.objects.select_related("page")[:10],
    }
    return render(request, "notifications/admin/subscribers.html", context)


class Echo:
    def write(self, value):
        return value


def ledger_rows():
    yield LEDGER_COLUMNS
    follows = Follow.objects.select_related("consent").order_by("pk").iterator(chunk_size=2000)
    for follow in follows:
        yield [
            follow.email,
            follow.target_name,
            follow.frequency,
            follow.created_at.isoformat(),
            follow.source_url,
            follow.consent.version,
            follow.consent.text,
            follow.confirmed_at.isoformat() if follow.confirmed_at else "",
            follow.withdrawn_at.isoformat() if follow.withdrawn_at else "",
            follow.withdrawn_how,
        ]


def export_ledger(request):
    require_permission(request.user)
    writer = csv.writer(Echo())
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in ledger_rows()), content_type="text/csv; charset=utf-8"
    )
    stamp = timezone.now().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="subscribers-{stamp}.csv"'
    return response


@require_POST
def test_send(request):
    """The article's email as a follower gets it, to the signed-in editor's own address."""
    require_permission(request.user)
    chosen = request.POST.get("article", "")
    article = (
        ArticlePage.objects.live().public().filter(pk=int(chosen)).first()
        if chosen.isdigit()
        else None
    )
    if article is None:
        messages.error(request, "Choose a published article to send.")
        return redirect("notifications_subscribers")
    if not request.user.email:
        messages.error(request, "Your account has no email address to send the test to.")
        return redirect("notifications_subscribers")
    # The account's address was set by an administrator: it counts as confirmed.
    Address.objects.get_or_create(
        email=request.user.email.casefold(), defaults={"confirmed_at": timezone.now()}
    )
    article = ArticlePage.objects.prefetch_related("article_authors__author").get(pk=article.pk)
    message = announcements.article_message(
        article,
        announcements.describe(article),
        request.user.email.casefold(),
        (None, "a test send from the admin"),
    )
    reason = f"article-{article.pk}-test-{timezone.now():%Y%m%d%H%M%S}"
    queued = outbox.queue_many("test", reason, [message])
    if queued:
        messages.success(
            request, f"A test of “{article.title}” is on its way to {request.user.email}."
        )
    else:
        messages.error(request, f"{request.user.email} does not take our email (unsubscribed?).")
    return redirect("notifications_subscribers")


@require_http_methods(["GET", "POST"])
def notify(request, page_id: int):
    article = get_object_or_404(ArticlePage, pk=page_id)
    if not article.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    if not announcements.may_announce(article):
        raise Http404("Only a live article every reader may see can be sent to subscribers.")
    if request.method == "POST":
        announcements.notify_again(article, request.user)
        messages.success(request, f"“{article.title}” is being sent to its subscribers.")
        return redirect("wagtailadmin_pages:edit", article.pk)
    context = {
        "article": article,
        "earlier": Announcement.objects.filter(page=article),
    }
    return render(request, "notifications/admin/notify.html", context)
