"""Which pages are private, answered from the cache instead of one query per listing.

Wagtail's `PageQuerySet.public()` loads every view restriction each time it is called; a page
with a byline, related articles, prev/next links and listings calls it half a dozen times.
The restricted sections change only when an editor edits a restriction or moves a page, so
their paths are kept in the shared cache and dropped on those changes
(articles/invalidation.py).
"""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

RESTRICTED_PATHS_KEY = "restricted-page-paths"


def restricted_paths() -> list[str]:
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        paths = sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
        cache.set(RESTRICTED_PATHS_KEY, paths, timeout=None)
    return paths


def forget_restricted_paths() -> None:
    cache.delete(RESTRICTED_PATHS_KEY)


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
