"""Importing a WXR export: everything in one transaction, in an order where references resolve.

Images, then authors, topics and tags, then WordPress pages (parents first), then posts, then
the comments of both in bulk. A failure anywhere rolls the whole import back; a dry run does
the same work and rolls it back on purpose, so its report is the real one.
"""

from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from django.db import transaction
from wagtail.embeds.finders import get_finders
from wagtail.models import Page, Site

from caching.pages import retire_site_on_commit

from ..models import ArticleIndexPage, AuthorIndexPage, TopicIndexPage
from ..models.cached import LISTING_PATHS
from . import comments, pages, people, redirects, taxonomy, wxr
from .html_to_blocks import ImageRef
from .indexing import index_objects, indexing_deferred
from .mapping import Registry
from .media import MediaLibrary
from .report import Report

CONTENT_TYPES = ("post", "page", "attachment")


class ImportProblem(ValueError):
    """The import cannot start (the site is missing something); one line for a person."""


def import_wordpress(path, *, media_dir=None, parent=None, dry_run=False, progress=None):
    """Parse the export at `path` and import it under the articles index `parent`."""
    if media_dir is not None and not Path(media_dir).is_dir():
        raise ImportProblem(f"No such folder for --media-dir: {media_dir}")
    export = wxr.parse(Path(path))
    index = find_articles_index(parent)
    return WordPressImporter(export, index, media_dir, dry_run, progress).run()


def find_articles_index(spec: str | None) -> ArticleIndexPage:
    """The articles index given by id or URL path (e.g. "/articles/"); else the site's one."""
    if spec is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        found = ArticleIndexPage.objects.descendant_of(site.root_page) if site else None
        index = (found and found.first()) or ArticleIndexPage.objects.first()
        if index is None:
            raise ImportProblem("The site has no articles index page to import posts into")
        return index
    spec = str(spec).strip()
    if spec.isdigit():
        page = Page.objects.filter(pk=int(spec)).first()
    else:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        root = site.root_page.url_path if site else "/"
        page = Page.objects.filter(url_path=root + spec.strip("/") + "/").first()
    if page is None:
        raise ImportProblem(f"No page “{spec}”: give --parent the id or path of an articles index")
    if not isinstance(page.specific, ArticleIndexPage):
        raise ImportProblem(f"“{page.title}” is not an articles index: posts cannot go there")
    return page.specific


class _Resolver:
    """What the HTML converter needs: images, embeddable URLs, links to the old site."""

    def __init__(self, media: MediaLibrary, host: str, attachments: list = ()):
        self.media = media
        self.host = host
        self.finders = get_finders()
        self.attached: dict[str, list[str]] = {}  # post id → its attachments, in gallery order

        def order(item):
            return item.menu_order, int(item.wp_id) if item.wp_id.isdigit() else 0

        for item in sorted(attachments, key=order):
            self.attached.setdefault(item.parent, []).append(item.wp_id)

    def image(self, src: str, attachment_id: str) -> ImageRef | str:
        return self.media.resolve(src, attachment_id)

    def embeddable(self, url: str) -> bool:
        return any(finder.accept(url) for finder in self.finders)

    def link(self, href: str) -> str:
        parts = urlsplit(href)
        if (
            parts.scheme in ("http", "https")
            and (parts.hostname or "").removeprefix("www.") == self.host
        ):
            return parts._replace(scheme="", netloc="").geturl() or "/"
        return href


class WordPressImporter:
    def __init__(self, export, index, media_dir=None, dry_run=False, progress=None):
        self.export = export
        self.index = index
        self.home = index.get_parent().specific
        self.site = index.get_site()
        self.dry_run = dry_run
        self.progress = progress
        self.done = self.total = 0
        self.report = Report(export.source, export.version, dry_run)
        self.registry = None
        self.media_dir = media_dir
        self.moved: list[tuple[wxr.Item, Page]] = []  # for redirects, once every page is in place
        self.planned_comments: list[comments.Planned] = []  # imported together, at the end

    def run(self) -> Report:
        media = None
        try:
            with transaction.atomic(), indexing_deferred(), redirects.set_by_the_import():
                self.registry = Registry(self.export.source)
                media = MediaLibrary(self.media_dir, self.registry, self.report)
                self.import_all(media)
                index_objects(self.registry.touched)
                if self.dry_run:
                    transaction.set_rollback(True)
                else:  # comments go in in bulk, without signals: retire every page once
                    retire_site_on_commit(paths=LISTING_PATHS)
        except BaseException:
            if media is not None:
                media.discard_written()
            raise
        if self.dry_run:
            media.discard_written()
        return self.report

    def tick(self, n: int = 1) -> None:
        self.done += n
        if self.progress and n:
            self.progress(min(self.done, self.total), self.total)

    def section(self, model, name: str):
        found = model.objects.child_of(self.home).first()
        if found is None:
            raise ImportProblem(f"“{self.home.title}” has no {name} page: create one first")
        return found

    def import_all(self, media: MediaLibrary) -> None:
        authors_index = self.section(AuthorIndexPage, "authors index")
        topics_index = self.section(TopicIndexPage, "topics index")
        by_type = self.sort_items()
        posts, wp_pages = by_type["post"], by_type["page"]
        self.total = sum(len(items) for items in by_type.values()) + sum(
            len(item.comments) for item in [*posts, *wp_pages]
        )
        media.import_attachments(by_type["attachment"], self.tick)
        authors = people.import_authors(self.export, authors_index, self.registry, self.report)
        topics = taxonomy.import_topics(self.export, topics_index, self.registry, self.report)
        tags = taxonomy.import_tags(self.export, self.registry, self.report)
        resolver = _Resolver(media, self.export.host, by_type["attachment"])
        self.import_pages(wp_pages, resolver)
        for item in posts:
            related = {
                "authors": [authors[item.creator]] if item.creator in authors else [],
                "topics": [
                    topics[t.slug]
                    for t in item.terms
                    if t.slug in topics and t.taxonomy == "category"
                ],
                "tags": [
                    tags[t.slug] for t in item.terms if t.slug in tags and t.taxonomy == "post_tag"
                ],
            }
            hero = media.image_by_attachment(item.meta.get("_thumbnail_id", "").strip())
            plan = pages.article_plan(item, self.index, resolver, self.report, related, hero)
            if not related["authors"]:
                self.report.attend(plan.what, "no author (add one in the editor)")
            if item.meta.get("_thumbnail_id") and hero is None:
                self.report.attend(plan.what, "its featured image was not imported")
            self.after_write(plan, pages.write(plan, self.registry, self.report))
        redirects.Redirects(self.site, self.registry, self.report).make(self.moved)
        comments.import_comments(self.planned_comments, self.registry, self.report, self.tick)
        self.tick(self.total - self.done)  # pingbacks and the like were skipped, not ticked

    def sort_items(self) -> dict[str, list]:
        """Posts, pages and attachments worth importing; everything else counted and skipped."""
        by_type: dict[str, list] = {kind: [] for kind in CONTENT_TYPES}
        skipped: Counter = Counter()
        for item in self.export.items:
            if item.post_type not in CONTENT_TYPES:
                skipped[f"{item.post_type} items skipped (not content)"] += 1
            elif item.post_type != "attachment" and item.status not in pages.STATES:
                label = pages.LABELS[item.post_type]
                self.report.count(label, "skipped")
                skipped[f"{label} skipped: status “{item.status}”"] += 1
                self.report.count("comments", "skipped", len(item.comments))
            else:
                by_type[item.post_type].append(item)
        for message, n in skipped.items():
            self.report.note(message, n)
        return by_type

    def after_write(self, plan: pages.Plan, page: Page) -> None:
        """After a post or page is written: its comments are next, its redirects at the end."""
        self.moved.append((plan.item, page))
        self.planned_comments += comments.plan_thread(plan.item, page.pk, self.report, plan.what)
        self.tick()

    def import_pages(self, items: list, resolver: _Resolver) -> None:
        """WordPress pages as standard pages under the home page, parents before children."""
        by_id = {item.wp_id: item for item in items}
        written: dict[str, Page] = {}

        def depth(item, seen=()) -> int:
            parent = by_id.get(item.parent)
            if parent is None or parent.wp_id in seen or len(seen) > 100:
                return 0
            return 1 + depth(parent, (*seen, item.wp_id))

        for item in sorted(items, key=depth):
            parent = written.get(item.parent, self.home)
            plan = pages.page_plan(item, parent, resolver, self.report)
            if item.parent not in ("0", "") and item.parent not in written:
                self.report.attend(
                    plan.what, "its parent page was not imported (placed at the top)"
                )
            written[item.wp_id] = pages.write(plan, self.registry, self.report)
            self.after_write(plan, written[item.wp_id])
