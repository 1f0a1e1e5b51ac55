"""Which pages are private, answered from the cache instead of one query per listing.

Wagtail's `PageQuerySet.public()` loads every view restriction each time it is called; a page
with a byline, related articles, prev/next links and listings calls it half a dozen times.
The restricted sections change only when an editor edits a restriction or moves a page, so
their paths are kept in the shared cache and dropped on those changes
(articles/invalidation.py).
"""

from django.db.models import Q
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from caching import reads

RESTRICTED_PATHS_KEY = "restricted-page-paths"


@reads.read_ahead
def restricted_paths_key(request) -> str:
    return RESTRICTED_PATHS_KEY


def restricted_paths() -> list[str]:
    return reads.get_or_set(
        RESTRICTED_PATHS_KEY,
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))),
    )


def forget_restricted_paths() -> None:
    reads.forget(RESTRICTED_PATHS_KEY)


class CachedPrivacyMixin:
    """Answer "is this page restricted?" from the cached paths; Wagtail asks on every request."""

    def get_view_restrictions(self):
        if not any(self.path.startswith(path) for path in restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class SitePageQuerySet(PageQuerySet):
    def private_q(self):
        q = Q()
        for path in restricted_paths():
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])


SitePageManager = PageManager.from_queryset(SitePageQuerySet)
