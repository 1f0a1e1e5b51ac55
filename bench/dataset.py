"""A realistic site at a chosen size, built in bulk for the benchmarks.

`build(...)` runs inside a configured Django process whose default database is an empty,
migrated database of the benchmark's own. The page tree, authors, topics and images are made
the normal way (factories, Pillow); articles, their authors, topics and tags, and comments are
inserted in bulk: Django cannot bulk-create multi-table pages, so the base `wagtailcore_page`
rows go through `bulk_create` and each article's own row is inserted with the values Django
itself would write (`insert_child_rows`).
"""

import datetime
import json
import random
import time

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from articles.models import ArticlePage, ArticlePageAuthor, ArticlePageTag
from comments.models import Comment, CommentStatus

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
    "skull",
    "spine",
    "rhythm",
    "stillpoint",
    "nervous",
    "system",
    "migraine",
    "infant",
    "colic",
    "recovery",
]


def text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def paragraph_blocks(rng: random.Random, sections: int = 4) -> str:
    blocks = []
    for n in range(sections):
        blocks.append({"type": "heading", "value": {"text": f"Part {n + 1}", "level": "h2"}})
        for _ in range(3):
            blocks.append({"type": "paragraph", "value": f"<p>{text(rng, 90).capitalize()}.</p>"})
    return json.dumps(blocks)


def insert_child_rows(model, instances) -> None:
    """Insert the model's own table rows for pages whose base rows already exist."""
    fields = list(model._meta.local_concrete_fields)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(model._meta.db_table)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
    rows = [
        [f.get_db_prep_save(f.pre_save(obj, True), connection) for f in fields] for obj in instances
    ]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 2000):
            cursor.executemany(sql, rows[start : start + 2000])


def article_page_rows(parent, numbers, title, kind, locale, now) -> list[Page]:
    """The Wagtail page rows of live articles numbered `numbers` below `parent`, titled
    `title(n)`, for `Page.objects.bulk_create`; their own rows are written after, by key."""
    rows = []
    for n in numbers:
        slug = f"article-{n}"
        rows.append(
            Page(
                title=title(n),
                draft_title=f"Article {n}",
                slug=slug,
                path=Page._get_path(parent.path, parent.depth + 1, n),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                content_type=kind,
                locale=locale,
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
        )
    return rows


def build(
    *,
    articles: int,
    authors: int,
    topics: int,
    tags: int,
    comments: int,
    images: int,
    hot_comments: int = 300,
    seed: int = 7,
) -> dict:
    """The whole site; returns what the benchmark needs to address it, with timings."""
    from articles.models.article_links import store_all_links
    from wellness.factories import ImageFactory, SiteTree

    rng = random.Random(seed)
    timings = {}
    started = time.perf_counter()
    tree = SiteTree()
    pictures = [ImageFactory(title=f"Picture {n}") for n in range(images)]
    people = [
        tree.author(title=f"Author {n}", photo=rng.choice(pictures), short_bio=text(rng, 20))
        for n in range(authors)
    ]
    subjects = [tree.topic(title=f"Topic {n}") for n in range(topics)]
    Tag.objects.bulk_create([Tag(name=f"tag {n}", slug=f"tag-{n}") for n in range(tags)])
    tag_ids = list(Tag.objects.values_list("pk", flat=True))
    timings["tree_seconds"] = time.perf_counter() - started

    started = time.perf_counter()
    parent, locale = tree.articles, Locale.get_default()
    kind = ContentType.objects.get_for_model(ArticlePage)
    now = timezone.now()
    base_rows = article_page_rows(
        parent,
        range(1, articles + 1),
        lambda n: f"{text(rng, 5).capitalize()} {n}",
        kind,
        locale,
        now,
    )
    Page.objects.bulk_create(base_rows, batch_size=2000)
    Page.objects.filter(pk=parent.pk).update(numchild=articles)
    ids = list(Page.objects.filter(content_type=kind).order_by("pk").values_list("pk", flat=True))
    pages = []
    for pk in ids:
        page = ArticlePage(
            page_ptr_id=pk,
            standfirst=text(rng, 25).capitalize() + ".",
            hero_image=rng.choice(pictures),
            hero_alt="A calm treatment room",
            date_published=datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(2500)),
            reading_time=6,
            featured=rng.random() < 0.01,
            comments_open=True,
        )
        page.body = paragraph_blocks(rng)
        pages.append(page)
    insert_child_rows(ArticlePage, pages)
    ArticlePageAuthor.objects.bulk_create(
        [
            ArticlePageAuthor(page_id=pk, author_id=author.pk, sort_order=order)
            for pk in ids
            for order, author in enumerate(rng.sample(people, rng.choice((1, 1, 2))))
        ],
        batch_size=5000,
    )
    through = ArticlePage.topics.through
    through.objects.bulk_create(
        [
            through(articlepage_id=pk, topicpage_id=topic.pk)
            for pk in ids
            for topic in rng.sample(subjects, 2)
        ],
        batch_size=5000,
    )
    ArticlePageTag.objects.bulk_create(
        [
            ArticlePageTag(content_object_id=pk, tag_id=tag)
            for pk in ids
            for tag in rng.sample(tag_ids, 3)
        ],
        batch_size=5000,
    )
    timings["articles_seconds"] = time.perf_counter() - started

    started = time.perf_counter()
    hot = ids[len(ids) // 2]
    made = make_comments(rng, hot, hot_comments, now)
    others = ids[:]
    others.remove(hot)
    remaining = comments - made
    batch = []
    for n in range(remaining):
        batch.append(
            Comment(
                page_id=rng.choice(others),
                name=f"Reader {n % 5000}",
                email=f"reader{n % 5000}@example.org",
                body=text(rng, 30).capitalize() + ".",
                status=CommentStatus.APPROVED if n % 10 else CommentStatus.PENDING,
                created_at=now - datetime.timedelta(minutes=n),
                depth=1,
            )
        )
        if len(batch) == 10_000:
            Comment.objects.bulk_create(batch)
            batch = []
    Comment.objects.bulk_create(batch)
    timings["comments_seconds"] = time.perf_counter() - started

    started = time.perf_counter()  # what publishing each article would have worked out
    store_all_links(ArticlePage.objects.live().public())
    timings["links_seconds"] = time.perf_counter() - started

    started = time.perf_counter()
    backend = get_search_backend()
    queryset = ArticlePage.objects.filter(pk__in=ids).order_by("pk")
    for start in range(0, len(ids), 1000):
        backend.add_bulk(ArticlePage, list(queryset[start : start + 1000]))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # what autovacuum does after a bulk load
            cursor.execute("ANALYZE")
    timings["index_seconds"] = time.perf_counter() - started

    hot_page = ArticlePage.objects.get(pk=hot)
    return {
        "timings": timings,
        "hot_article": "/" + hot_page.url_path.removeprefix(tree.home.url_path),
        "hot_article_id": hot,
        "topic": "/" + subjects[0].url_path.removeprefix(tree.home.url_path),
        "author": "/" + people[0].url_path.removeprefix(tree.home.url_path),
        "last_listing_page": (articles + 11) // 12,
        "search_word": "stillpoint",
    }


def make_comments(rng, page_id: int, count: int, now) -> int:
    """`count` approved comments on one article: a third top-level, each with two replies."""
    made = 0
    for n in range(count // 3):
        root = Comment.objects.create(
            page_id=page_id,
            name=f"Visitor {n}",
            email=f"visitor{n}@example.org",
            body=text(rng, 40).capitalize() + ".",
            status=CommentStatus.APPROVED,
            created_at=now - datetime.timedelta(hours=count - n),
            depth=1,
        )
        Comment.objects.bulk_create(
            [
                Comment(
                    page_id=page_id,
                    parent=root,
                    name=f"Replier {n}-{r}",
                    email=f"replier{n}{r}@example.org",
                    body=text(rng, 25).capitalize() + ".",
                    status=CommentStatus.APPROVED,
                    created_at=root.created_at + datetime.timedelta(minutes=r + 1),
                    depth=2,
                )
                for r in range(2)
            ]
        )
        made += 3
    return made
