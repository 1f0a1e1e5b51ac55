"""In-process renders for the benchmarks: what a page costs when its fragments are cold.

The benchmark process runs Django with the same production environment as gunicorn, on the
same database and Redis, so a render here reads and fills the same caches as a render there.
A page is cold when nothing has requested it yet: none of its fragments was ever computed.
Measuring pages never requested before needs neither the cache's invalidation API nor its
key names, both of which belong to the caching code and change with it.

Each render is a reader the page cache must not serve (a remembered commenter's cookie, as
the page benchmark's "uncached" column), timed with time.perf_counter around the test
Client's `get` and counted with CaptureQueriesContext.
"""

import statistics
import time

# A remembered commenter: the page cache must render the page for them, never serve it.
UNCACHED_COOKIE = ("wellness_commenter", "bench")


def uncached_client(host: str):
    from django.test import Client

    client = Client(HTTP_HOST=host)
    client.cookies[UNCACHED_COOKIE[0]] = UNCACHED_COOKIE[1]
    return client


def render(client, path: str) -> dict:
    """One request: status, wall time in ms and the number of queries it made."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    connection.queries_log.clear()  # a capped deque: a long log would hide new queries
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(path)
        elapsed = time.perf_counter() - started
    return {
        "path": path,
        "status": response.status_code,
        "ms": elapsed * 1000,
        "queries": len(queries),
        "x_cache": response.get("X-Cache", ""),
        "sql": [query["sql"] for query in queries.captured_queries],
    }


def prime(client, paths) -> float:
    """Pay the once-per-process and once-per-site costs before anything is measured.

    The first render in a process imports and compiles templates; the first use of an image
    at a size writes its rendition (Pillow, a file, a row). A real site has its renditions
    already, whatever page is cold, so each rendition spec that the throwaway renders of
    `paths` used is made for every image. Pages in `paths` must never be measured as cold.
    """
    started = time.perf_counter()
    for path in paths:
        client.get(path)
    make_renditions()
    return time.perf_counter() - started


def primer_paths(pages: dict) -> list[str]:
    """Throwaway pages for `prime`: the first article, the last topic, its feed and the last
    author (each with the templates and image sizes of its kind). The benchmarks never
    measure these as cold."""
    topic = pages["topics"][-1]
    slug = topic.rstrip("/").rsplit("/", 1)[-1]
    return [
        pages["articles"][0][1],
        topic,
        f"/feeds/topics/{slug}/rss/",
        pages["authors"][-1],
    ]


def make_renditions() -> None:
    from wagtail.images import get_image_model

    image_model = get_image_model()
    specs = set(image_model.get_rendition_model().objects.values_list("filter_spec", flat=True))
    if specs:
        for image in image_model.objects.all():
            image.get_renditions(*specs)


def site_pages() -> dict:
    """Every live article, topic and author page, as paths relative to the site root."""
    from wagtail.models import Site

    from articles.models import ArticleIndexPage, ArticlePage, AuthorPage, TopicPage

    home = Site.objects.get(is_default_site=True).root_page.url_path

    def paths(model):
        rows = model.objects.live().order_by("pk").values_list("pk", "url_path")
        return [(pk, "/" + url_path.removeprefix(home)) for pk, url_path in rows]

    return {
        "articles": paths(ArticlePage),
        "topics": [path for _, path in paths(TopicPage)],
        "authors": [path for _, path in paths(AuthorPage)],
        "article_index": paths(ArticleIndexPage)[0][1],
    }


def summary(renders: list[dict]) -> dict:
    """Median and p90 time, median and max queries, and any status other than 200."""
    times = sorted(r["ms"] for r in renders)
    queries = [r["queries"] for r in renders]
    return {
        "count": len(renders),
        "median_ms": statistics.median(times),
        "p90_ms": percentile(times, 90),
        "median_queries": statistics.median(queries),
        "max_queries": max(queries),
        "not_200": [r["path"] for r in renders if r["status"] != 200],
    }


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile: a value that was measured, never an interpolation."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # ceil(n * p / 100)
    return ordered[int(rank) - 1]
