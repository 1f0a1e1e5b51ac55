"""Search results as a Paginator reads them: a count, and slices of specific pages."""

from wagtail.models import Page

from ..models.listings import prefetch_cards


def load_pages(ids: list[int]) -> list[Page]:
    """The specific pages with these ids, in this order, with what their cards show."""
    if not ids:
        return []
    by_pk = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return prefetch_cards(by_pk[pk] for pk in ids if pk in by_pk)


class Hits:
    """The ranked matches of one search.

    `ranked` is a list of page ids, best first, or anything sliceable with a `count()` whose
    items have a `pk` (Wagtail's search results). `total` is how many pages match; when
    `estimated`, it is the planner's estimate past a bound and only the best `count()` are
    ranked and paginated (as large engines do: "about 48,000 results", ten pages of them).
    """

    def __init__(self, ranked, *, total: int, estimated: bool = False, suggestion: str = ""):
        self.ranked = ranked
        self.total = total
        self.estimated = estimated
        self.suggestion = suggestion

    def count(self) -> int:
        if isinstance(self.ranked, list):
            return len(self.ranked)
        return self.ranked.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        return load_pages([getattr(item, "pk", item) for item in self.ranked[index]])
