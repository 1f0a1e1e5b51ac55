"""A note that reports an error brings the page's review forward: an editor's action.

The page's next review date becomes today (on the live page and its latest revision, as the
expert sign-off records its date: articles/expert_review.py), so it heads the "Content due for
review" report; the cached page is retired, since readers see the review dates.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from caching.pages import retire_on_commit

from .models import Feedback


def reviews_dates(page) -> bool:
    """Whether the page has a review date to bring forward (articles do; reviews do not)."""
    return hasattr(page, "next_review_date")


def bring_review_forward(feedback: Feedback, today: datetime.date | None = None) -> bool:
    """Record that `feedback` reports an error and make its page due for review today.

    Returns False when the page has no review date or is already due by then (the note is
    marked all the same)."""
    today = today or timezone.localdate()
    page = feedback.page.specific
    with transaction.atomic():
        feedback.review_requested_at = timezone.now()
        feedback.save(update_fields=["review_requested_at"])
        if not reviews_dates(page) or (page.next_review_date and page.next_review_date <= today):
            return False
        type(page).objects.filter(pk=page.pk).update(next_review_date=today)
        revision = page.latest_revision
        if revision is not None:
            revision.content["next_review_date"] = today.isoformat()
            revision.save(update_fields=["content"])
        retire_on_commit(pages=[page])
    return True
