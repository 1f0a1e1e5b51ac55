"""Search results as a Paginator reads them: a count, and slices of specific pages."""

from django.db.models import F
from wagtail.models import Page

from ..models.listings import prefetch_cards


def load_pages(ids: list[int], *, stored_passages: bool = False) -> list[Page]:
    """The specific pages with these ids, in this order, with what their cards show.

    With `stored_passages` (an engine that keeps them, articles_searchtext), each page comes
    with `search_passages`, the plain text its excerpt is taken from, read in the same query,
    and without its StreamFields: nothing on a result needs them then.
    """
    if not ids:
        return []
    pages = Page.objects.filter(pk__in=ids)
    if stored_passages:
        pages = pages.annotate(search_passages=F("search_text__passages")).defer_streamfields()
    by_pk = {page.pk: page for page in pages.specific()}
    return prefetch_cards((by_pk[pk] for pk in ids if pk in by_pk), shown="byline_prefetches")


class Hits:
    """The ranked matches of one search.

    `ranked` is a list of page ids, best first, or anything sliceable with a `count()` whose
    items have a `pk` (Wagtail's search results). `total` is how many pages match; when
    `estimated`, it is the planner's estimate past a bound and only the best `count()` are
    ranked and paginated (as large engines do: "about 48,000 results", ten pages of them).
    `stored_passages`: the engine keeps each page's passages as plain text (load_pages).
    """

    def __init__(
        self,
        ranked,
        *,
        total: int,
        estimated: bool = False,
        suggestion: str = "",
        stored_passages: bool = False,
    ):
        self.ranked = ranked
        self.stored_passages = stored_passages
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
        return load_pages(
            [getattr(item, "pk", item) for item in self.ranked[index]],
            stored_passages=self.stored_passages,
        )
