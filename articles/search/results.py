"""Search results as a Paginator reads them: a count, and slices of matches (page id, content
type id), best first; `load_pages` turns matches into pages."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from ..models.listings import prefetch_cards


def load_pages(matches: list[tuple[int, int]]) -> list[Page]:
    """The specific pages of these matches (page id, content type id), in this order, with
    what their results show: one query per page type, no base-page query, and their bylines'
    people."""
    by_type = defaultdict(list)
    for pk, content_type_id in matches:
        by_type[content_type_id].append(pk)
    by_pk = {}
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        pages = model.objects.filter(pk__in=pks)
        by_pk.update((page.pk, page) for page in pages)
    found = (by_pk[pk] for pk, _ in matches if pk in by_pk)
    return prefetch_cards(found, shown="byline_prefetches")


class Hits:
    """The ranked matches of one search.

    `ranked` is a list of page ids, best first, with `kinds` the list of their content type
    ids; or anything sliceable with a `count()` whose items have a `pk` and a
    `content_type_id` (Wagtail's search results). `total` is how
    many pages match; when `estimated`, it is the planner's estimate past a bound and only the
    best `count()` are ranked and paginated (as large engines do: "about 48,000 results", ten
    pages of them). `stored_passages`: the engine keeps each page's passages as plain text
    (articles_searchtext), which excerpts are taken from (search/cards.py).
    A slice is a list of matches: (page id, content type id).
    """

    def __init__(
        self,
        ranked,
        *,
        kinds: list[int] | None = None,
        total: int,
        estimated: bool = False,
        suggestion: str = "",
        stored_passages: bool = False,
    ):
        self.ranked = ranked
        self.kinds = kinds
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
        if self.kinds is not None:
            matches = list(zip(self.ranked[index], self.kinds[index], strict=True))
        else:
            matches = [(item.pk, item.content_type_id) for item in self.ranked[index]]
        return matches
