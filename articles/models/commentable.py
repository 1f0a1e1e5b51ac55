"""Pages that take visitor comments: the switch, the closing period, the comment section."""

import datetime

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


def comments_tag(page_id) -> str:
    """The tag of a page's visible comments (caching/tags.py): its comment parts depend on it."""
    return f"comments:{page_id}"


class Commentable(models.Model):
    """A page visitors can comment on; put it first in the bases.

    The comment views accept any page with `comments_are_open`; `get_context` adds the
    comment section as `comments` for templates/comments/section.html.
    """

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

    def comments_are_open(self, rules) -> bool:
        """Open when the page allows comments and the closing period has not passed."""
        if not self.comments_open:
            return False
        days = self.comments_close_after_days
        if days is None:
            days = rules.close_after_days
        opened = self.comments_opened_on()
        if not days or opened is None:
            return True
        return datetime.date.today() <= opened + datetime.timedelta(days=days)

    def get_context(self, request, *args, **kwargs):
        from ..comments.display import comment_section

        context = super().get_context(request, *args, **kwargs)
        context["comments"] = comment_section(request, self)
        return context


def comments_panel() -> MultiFieldPanel:
    """The "Comments" panel of a commentable page's settings tab."""
    return MultiFieldPanel(
        [FieldPanel("comments_open"), FieldPanel("comments_close_after_days")],
        heading="Comments",
    )
