"""Pages that take visitor comments: the switch, the closing period, who is told.

These methods are the page's own description for the comments app (comments/pages.py), which
reads them and never imports a page class; the content imports nothing of comments. The
comment section itself is built by the comments app's `{% comment_section %}` template tag.
"""

import datetime

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from caching.pages import comments_tag


class Commentable(models.Model):
    """A page visitors can comment on; put it first in the bases."""

    comments_open = models.BooleanField(
        default=True, help_text="Let visitors leave comments on this page."
    )
    comments_close_after_days = models.PositiveSmallIntegerField(
        "close comments after (days)",
        null=True,
        blank=True,
        help_text="Leave blank to use the site's comment settings; 0 keeps them open.",
    )

    class Meta:
        abstract = True

    def cache_tags(self) -> list[str]:
        return [*super().cache_tags(), comments_tag(self.pk)]

    def comments_opened_on(self) -> datetime.date | None:
        """The day the closing period counts from: first publication (None: never closes)."""
        if self.first_published_at is None:
            return None
        return timezone.localdate(self.first_published_at)

    def notification_authors(self) -> list:
        """The authors told about comments awaiting moderation on this page."""
        return []

    def comments_are_open(self, close_after_days: int) -> bool:
        """Open when the page allows comments and the closing period has not passed;
        `close_after_days` is the site's default period, used when the page sets none."""
        if not self.comments_open:
            return False
        days = self.comments_close_after_days
        if days is None:
            days = close_after_days
        opened = self.comments_opened_on()
        if not days or opened is None:
            return True
        return datetime.date.today() <= opened + datetime.timedelta(days=days)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # What a view serving the page again passes on to its template (the comment form the
        # visitor sent, with its errors: `page.serve(request, comment_form=form)`).
        context.update(kwargs)
        return context


def comments_panel() -> MultiFieldPanel:
    """The "Comments" panel of a commentable page's settings tab."""
    return MultiFieldPanel(
        [FieldPanel("comments_open"), FieldPanel("comments_close_after_days")],
        heading="Comments",
    )
