"""Page-tree steps the import shares: free slugs, and pages put live, in draft or on schedule."""

import datetime

from django.utils.text import slugify
from wagtail.models import Page, PageViewRestriction

LIVE, DRAFT, SCHEDULED = "live", "draft", "scheduled"
MAX_SLUG = 240  # Wagtail allows 255; leave room for "-2"


def make_slug(*candidates: str) -> str:
    """The first candidate that slugifies to something (unicode kept, as Wagtail does)."""
    for candidate in candidates:
        slug = slugify(candidate or "", allow_unicode=True)[:MAX_SLUG].strip("-")
        if slug:
            return slug
    return "page"


def free_slug(parent: Page, wanted: str, page: Page | None = None) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`... whichever no other child of `parent` has."""
    siblings = parent.get_children().filter(slug__startswith=wanted)
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    taken = set(siblings.values_list("slug", flat=True))
    slug, n = wanted, 2
    while slug in taken:
        slug, n = f"{wanted}-{n}", n + 1
    return slug


def create(parent: Page, page: Page, state: str = LIVE, go_live_at=None) -> Page:
    page.live = False
    parent.add_child(instance=page)
    settle(page, state, go_live_at)
    return page


def update(page: Page, state: str = LIVE, go_live_at=None) -> Page:
    if page.live and state != LIVE:
        page.unpublish(log_action=True)
    page.save()
    settle(page, state, go_live_at)
    return page


def settle(page: Page, state: str, go_live_at: datetime.datetime | None = None) -> None:
    """Save a revision and publish it now (live), at `go_live_at` (scheduled), or not (draft)."""
    page.go_live_at = go_live_at if state == SCHEDULED else None
    revision = page.save_revision(clean=False)  # `create` and `update` have just cleaned it
    if state in (LIVE, SCHEDULED):
        revision.publish()


def restrict(page: Page, restriction: tuple[str, str] | None) -> None:
    """Page privacy: (PageViewRestriction.PASSWORD, password), (LOGIN, "") or None (public)."""
    current = list(PageViewRestriction.objects.filter(page=page))
    if restriction is None:
        for existing in current:
            existing.delete()
        return
    kind, password = restriction
    if len(current) == 1 and (current[0].restriction_type, current[0].password) == restriction:
        return
    for existing in current:
        existing.delete()
    PageViewRestriction.objects.create(page=page, restriction_type=kind, password=password)
