"""The site search, behind one interface: the search page and the type-ahead call only this.

    hits = search(query, site=site, models=[ArticlePage, ...], topic=None)
    hits.count(), hits[0:10]      -> matches (page id, content type id), best first (a Paginator
                                     takes `hits` as it is; search/cards.py shows them)
    hits.total, hits.estimated    -> how many match ("about 48,000" past a bound)
    hits.suggestion               -> "Did you mean …?" (or "")
    suggest(words, site=site)     -> titles for the type-ahead

`settings.SEARCH_ENGINE` picks the engine:
- "postgres" (the default on PostgreSQL): the site's own index, articles/search/postgres.py: a
  weighted tsvector per page with GIN indexes, ranked in the database over a bounded set of
  candidates, a vocabulary for "Did you mean" (pg_trgm) and prefixes, accents ignored.
- "wagtail" (the default on SQLite, and what Elasticsearch/OpenSearch use): whatever
  `WAGTAILSEARCH_BACKENDS["default"]` is, through Wagtail's search API
  (articles/search/wagtail_backend.py).
"""

from django.conf import settings

from .query import SearchQuery, parse


def engine():
    if settings.SEARCH_ENGINE == "postgres":
        from . import postgres

        return postgres
    from . import wagtail_backend

    return wagtail_backend


def keeps_own_index() -> bool:
    """Whether page changes must update articles_searchdocument (the PostgreSQL engine's)."""
    return settings.SEARCH_ENGINE == "postgres"


def search(text: str, *, site, models, topic=None):
    return engine().search(parse(text), site=site, models=models, topic=topic)


def suggest(text: str, *, site, models, limit: int = 8) -> list[str]:
    return engine().suggest(parse(text), site=site, models=models, limit=limit)


__all__ = ["SearchQuery", "engine", "keeps_own_index", "parse", "search", "suggest"]
