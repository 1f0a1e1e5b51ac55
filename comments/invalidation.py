"""What a change to comments retires: the page's comments, and the listings showing its count.

Only comments a reader can see (or could see before) change pages: a pending comment does
not. The page's own content (and its cached surroundings) stays; its comment section, and
the listing cards that show how many comments it has (the page says which: pages.py), are
retired.
"""

from django.db.models.signals import post_delete, post_init, post_save
from django.dispatch import receiver
from wagtail.models import Page

from caching.pages import comments_tag, retire_on_commit

from . import pages
from .models import Comment, CommentStatus

# Retired by every change to the comments readers see: listings from everywhere that show
# comment counts on their cards (search results).
COMMENT_COUNTS = "comment-counts"


def comments_changed(page_ids) -> None:
    """Retire what shows the visible comments of the pages `page_ids` (after commit)."""
    for page in Page.objects.filter(pk__in=set(page_ids)).specific(defer=True):
        retire_on_commit(
            pages.pages_showing_comment_count(page),
            tags=[comments_tag(page.pk), COMMENT_COUNTS],
            purge=[page],
        )


@receiver(post_init, sender=Comment)
def remember_status(sender, instance, **kwargs):
    instance._loaded_status = instance.__dict__.get("status")


@receiver(post_save, sender=Comment)
@receiver(post_delete, sender=Comment)
def comment_changed(sender, instance, **kwargs):
    was_public = getattr(instance, "_loaded_status", None) == CommentStatus.APPROVED
    if was_public or instance.status == CommentStatus.APPROVED:
        comments_changed([instance.page_id])
    instance._loaded_status = instance.status
