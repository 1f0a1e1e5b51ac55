"""The search through Wagtail's configured backend (`WAGTAILSEARCH_BACKENDS["default"]`).

The database backend on SQLite (and on PostgreSQL when `SEARCH_ENGINE=wagtail`), or
Elasticsearch/OpenSearch when the site outgrows one database. What it cannot do here, and the
PostgreSQL engine does: no "Did you mean" (no vocabulary), quoted phrases are searched as
plain words, and on SQLite the field weights are ignored (Wagtail scores whole documents).
Elasticsearch ranks by its own BM25 with the `boost`s of each model's `search_fields`.
"""

from wagtail.models import Page

from ..models.privacy import SitePageQuerySet
from .results import Hits


def pages(site, models, topic=None):
    from ..models import ArticlePage

    found = SitePageQuerySet(Page).live().public().descendant_of(site.root_page).type(*models)
    if topic is not None:
        found = found.filter(id__in=ArticlePage.objects.filter(topics=topic.pk).values("pk"))
    return found


def search(query, *, site, models, topic=None) -> Hits:
    results = pages(site, models, topic).search(query.plain, operator="and")
    return Hits(results, total=results.count())


def suggest(query, *, site, models, limit: int) -> list[str]:
    try:
        return [page.title for page in pages(site, models).autocomplete(query.plain)[:limit]]
    except NotImplementedError:  # the backend cannot autocomplete: no suggestions
        return []
