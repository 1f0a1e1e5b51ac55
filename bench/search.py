"""Benchmark: site search latency at 10,000 articles (PostgreSQL full-text search by default).

    .venv/bin/python bench/search.py [--articles 10000] [--runs 30]

Builds a database of its own (created, migrated and dropped here; never the test database),
fills it with articles in bulk, indexes them with Wagtail's search backend, then times the
search page (the whole request: view, backend, template) and the backend query alone for a
set of queries, printing p50 / p95 / p99 and writing artifacts/bench-search.json.
"""

import argparse
import datetime
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wellness.settings.test")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/wellness")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from articles.models import ArticlePage  # noqa: E402
from bench.dataset import insert_child_rows  # noqa: E402

WORDS = [
    "gentle",
    "touch",
    "rest",
    "sleep",
    "stress",
    "breath",
    "fascia",
    "session",
    "therapist",
    "calm",
    "evidence",
    "study",
    "pain",
    "headache",
    "neck",
    "shoulder",
    "jaw",
    "posture",
    "pressure",
    "relax",
    "tension",
    "body",
    "mind",
    "clinic",
    "research",
    "review",
    "trial",
    "water",
    "tired",
    "heavy",
    "quiet",
    "warm",
    "hands",
    "practice",
    "patient",
    "listen",
    "spine",
    "skull",
    "rhythm",
    "fluid",
    "massage",
    "physiotherapy",
    "osteopathy",
    "anxiety",
    "recovery",
    "exercise",
    "walking",
    "stretching",
    "routine",
]
# Word frequencies follow Zipf's law, as in real text: a few words are everywhere, most are rare.
VOCABULARY = WORDS + [f"term{n}" for n in range(2000)]
WEIGHTS = [1 / rank for rank in range(1, len(VOCABULARY) + 1)]
QUERIES = ["gentle", "neck pain", "sleep routine", "craniosacral", "term1500", "zzzz"]


def text(rng, words):
    return " ".join(rng.choices(VOCABULARY, weights=WEIGHTS, k=words))


def build(count: int, rng: random.Random):
    """The page tree, then `count` articles inserted in bulk (multi-table rows by hand)."""
    from wellness.factories import SiteTree

    tree = SiteTree()
    topics = [tree.topic(title=f"Topic {n}") for n in range(10)]
    locale = Locale.get_default()
    kind = ContentType.objects.get_for_model(ArticlePage)
    parent = tree.articles
    started = time.perf_counter()
    pages = []
    for n in range(1, count + 1):
        slug = f"article-{n}"
        pages.append(
            Page(
                title=f"{text(rng, 5).capitalize()} {n}",
                draft_title=f"article {n}",
                slug=slug,
                path=Page._get_path(parent.path, parent.depth + 1, n),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                content_type=kind,
                locale=locale,
                live=True,
                first_published_at=django.utils.timezone.now(),
                last_published_at=django.utils.timezone.now(),
            )
        )
    Page.objects.bulk_create(pages, batch_size=1000)
    Page.objects.filter(pk=parent.pk).update(numchild=count)
    ids = list(Page.objects.filter(content_type=kind).order_by("pk").values_list("pk", flat=True))
    rows = []
    for pk in ids:
        body = [{"type": "paragraph", "value": f"<p>{text(rng, 150)}</p>"}]
        day = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(2000))
        page = ArticlePage(page_ptr_id=pk, date_published=day, standfirst=text(rng, 25))
        page.body = json.dumps(body)
        rows.append(page)
    insert_child_rows(ArticlePage, rows)
    through = ArticlePage.topics.through
    through.objects.bulk_create(
        [through(articlepage_id=pk, topicpage_id=rng.choice(topics).pk) for pk in ids],
        batch_size=5000,
    )
    created = time.perf_counter() - started
    started = time.perf_counter()
    backend = get_search_backend()
    articles = ArticlePage.objects.filter(pk__in=ids).order_by("pk")
    for start in range(0, len(ids), 1000):
        backend.add_bulk(ArticlePage, list(articles[start : start + 1000]))
    indexed = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # what autovacuum does after a bulk load
            cursor.execute("ANALYZE")
    return tree, topics, created, indexed


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(function, runs):
    function()  # warm up
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    setup_test_environment()
    connection.settings_dict["TEST"]["NAME"] = f"wellness_bench_search_{os.getpid()}"
    database = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        rng = random.Random(7)
        _, topics, created, indexed = build(args.articles, rng)
        print(f"Backend: {connection.vendor}; {args.articles} articles")
        print(f"Dataset: created in {created:.1f} s, indexed in {indexed:.1f} s")
        client = Client()
        rows = []
        for query in QUERIES:
            page_ms = measure(lambda q=query: client.get("/search/", {"q": q}), args.runs)
            filtered_ms = measure(
                lambda q=query: client.get("/search/", {"q": q, "topic": topics[0].slug}),
                args.runs,
            )
            qs = Page.objects.live().public().type(ArticlePage)
            backend_ms = measure(lambda q=query, qs=qs: list(qs.search(q)[:10]), args.runs)
            hits = qs.search(query).count()
            rows.append(
                {
                    "query": query,
                    "hits": hits,
                    "page_p50_ms": statistics.median(page_ms),
                    "page_p95_ms": percentile(page_ms, 0.95),
                    "page_p99_ms": percentile(page_ms, 0.99),
                    "topic_filter_p50_ms": statistics.median(filtered_ms),
                    "backend_p50_ms": statistics.median(backend_ms),
                }
            )
        header = f"{'query':<18}{'hits':>7}{'page p50':>10}{'p95':>8}{'p99':>8}"
        print(header + f"{'+topic p50':>12}{'backend p50':>13}   (milliseconds)")
        for r in rows:
            print(
                f"{r['query']:<18}{r['hits']:>7}{r['page_p50_ms']:>10.1f}{r['page_p95_ms']:>8.1f}"
                f"{r['page_p99_ms']:>8.1f}{r['topic_filter_p50_ms']:>12.1f}"
                f"{r['backend_p50_ms']:>13.1f}"
            )
        out = ROOT / "artifacts" / "bench-search.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(
            json.dumps(
                {
                    "backend": connection.vendor,
                    "articles": args.articles,
                    "create_seconds": created,
                    "index_seconds": indexed,
                    "runs": args.runs,
                    "queries": rows,
                },
                indent=2,
            )
        )
        print(f"Wrote {out.relative_to(ROOT)}")
    finally:
        connection.creation.destroy_test_db(database, verbosity=0)


if __name__ == "__main__":
    main()
