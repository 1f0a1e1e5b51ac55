"""Importing a WXR export, in an order where references resolve, a transaction at a time.

Images, then authors, topics and tags, then WordPress pages (parents first), then posts, each
with its comments, then redirects. The file is read and checked whole before anything is
written (a broken or unsafe file changes nothing). Each image, each post or page with its
comments, the people and terms, and the redirects are then written in a transaction of their
own, so the database is never held for the whole import (on SQLite a long write transaction
made every reader that writes the shared cache wait, and answer 503). A failure rolls back
the step it happened in (nothing half-written: a post is there with its comments, or not at
all) and stops the import with one line; what was written before stays, and running the import
again finishes it, as a re-import updates in place. A dry run does the same work in one
transaction and rolls it back on purpose, so its report is the real one.

Limits (settings WORDPRESS_IMPORT_MAX_FILE_MB and WORDPRESS_IMPORT_MAX_POST_KB, or the
command's --max-file-mb and --max-post-kb): a larger file is refused before it is read; a post
or page whose body (or any other text) is larger is skipped, and listed under "Needs attention".
"""

from collections import Counter
from contextlib import contextmanager, nullcontext, suppress
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.embeds.finders import get_finders
from wagtail.models import Page, Site

from articles.models import ArticleIndexPage, AuthorIndexPage, TopicIndexPage
from articles.models.cached import LISTING_PATHS
from caching.pages import retire_site_on_commit

from . import comments, pages, people, redirects, taxonomy, wxr
from .html_to_blocks import ImageRef
from .indexing import index_objects, indexing_deferred
from .mapping import Registry
from .media import MediaLibrary
from .report import Report

CONTENT_TYPES = ("post", "page", "attachment")


class ImportProblem(ValueError):
    """The import cannot start (the site is missing something); one line for a person."""


class ImportStopped(Exception):
    """A step failed and was rolled back; the steps before it were committed (unless none were)."""

    def __init__(self, what: str, written_before: bool, error: BaseException):
        self.what, self.written_before, self.error = what, written_before, error
        super().__init__(str(self))

    def __str__(self) -> str:
        reason = " ".join(str(self.error).split()) or type(self.error).__name__
        if not self.written_before:
            return f"Import failed, nothing was written: {reason}"
        return (
            f"Import stopped at {self.what}, which was not written: {reason}. What came before "
            "it was imported; run the import again to finish."
        )


def limits(max_file_mb=None, max_post_kb=None) -> tuple[int, int]:
    """(largest file, largest post body) in bytes: the arguments, else the settings."""
    file_mb = max_file_mb if max_file_mb is not None else settings.WORDPRESS_IMPORT_MAX_FILE_MB
    post_kb = max_post_kb if max_post_kb is not None else settings.WORDPRESS_IMPORT_MAX_POST_KB
    return int(file_mb * 2**20), int(post_kb * 1024)


def import_wordpress(
    path,
    *,
    media_dir=None,
    parent=None,
    dry_run=False,
    progress=None,
    max_file_mb=None,
    max_post_kb=None,
):
    """Parse the export at `path` and import it under the articles index `parent`."""
    if media_dir is not None and not Path(media_dir).is_dir():
        raise ImportProblem(f"No such folder for --media-dir: {media_dir}")
    max_file, max_post = limits(max_file_mb, max_post_kb)
    export = wxr.parse(Path(path), max_file_bytes=max_file, max_text_bytes=max_post)
    index = find_articles_index(parent)
    importer = WordPressImporter(export, index, media_dir, dry_run, progress)
    importer.max_post_bytes = max_post
    return importer.run()


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
        self.max_post_bytes = None  # posts and pages with a longer text were marked by wxr.parse
        self.media = None
        self.written = False  # a step has been committed

    def run(self) -> Report:
        try:
            whole = transaction.atomic() if self.dry_run else nullcontext()
            with whole, indexing_deferred(), redirects.set_by_the_import():
                self.registry = Registry(self.export.source)
                self.media = MediaLibrary(self.media_dir, self.registry, self.report)
                try:
                    self.import_all(self.media)
                except BaseException:
                    if self.written:  # what was committed is the site's: index it, show it
                        with suppress(Exception):
                            self.finish()
                    raise
                if self.written:
                    try:
                        self.finish()
                    except Exception as error:
                        raise ImportStopped("indexing for search", True, error) from error
                if self.dry_run:
                    transaction.set_rollback(True)
        except BaseException:
            if self.dry_run and self.media is not None:
                self.media.discard_written()
            raise
        if self.dry_run:
            self.media.discard_written()
        return self.report

    @contextmanager
    def step(self, what: str):
        """One transaction: committed whole, or rolled back with the files it saved deleted."""
        mark = len(self.media.written)
        try:
            with transaction.atomic():
                yield
        except ImportStopped:
            raise
        except Exception as error:
            self.media.discard_written(since=mark)
            raise ImportStopped(what, self.written and not self.dry_run, error) from error
        self.written = not self.dry_run

    def finish(self) -> None:
        """Index what was written for search and usage; retire every cached page once (comments
        go in in bulk, without signals)."""
        try:
            index_objects(self.registry.touched)
        finally:
            retire_site_on_commit(paths=LISTING_PATHS)

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
        media.import_attachments(by_type["attachment"], self.tick, step=self.step)
        with self.step("the authors, topics and tags"):
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
            with self.step(f"post {item.wp_id} “{pages.title_of(item)}”"):
                plan = pages.article_plan(item, self.index, resolver, self.report, related, hero)
                if not related["authors"]:
                    self.report.attend(plan.what, "no author (add one in the editor)")
                if item.meta.get("_thumbnail_id") and hero is None:
                    self.report.attend(plan.what, "its featured image was not imported")
                self.after_write(plan, pages.write(plan, self.registry, self.report))
        with self.step("the redirects from old addresses"):
            redirects.Redirects(self.site, self.registry, self.report).make(self.moved)
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
            elif item.too_large and item.post_type != "attachment":
                self.skip_too_large(item)
            else:
                by_type[item.post_type].append(item)
        for message, n in skipped.items():
            self.report.note(message, n)
        return by_type

    def skip_too_large(self, item: wxr.Item) -> None:
        """A post or page over the size limit is not imported (nor converted: that is what costs
        memory and time); what an earlier import made of it is left as it is."""
        label = pages.LABELS[item.post_type]
        which, size = item.too_large
        what = f"{item.post_type} {item.wp_id} “{pages.title_of(item)}”"
        limit = f"{self.max_post_bytes // 1024:,} KB" if self.max_post_bytes else "the"
        size_text = f"{size // 1024:,} KB" + (" of HTML" if which == "its body" else "")
        which = which if which == "its body" else f"its <{which}>"
        self.report.count(label, "skipped")
        self.report.count("comments", "skipped", len(item.comments))
        self.report.attend(
            what, f"not imported: {which} is {size_text}, over the {limit} limit (--max-post-kb)"
        )

    def after_write(self, plan: pages.Plan, page: Page) -> None:
        """After a post or page is written: its comments, in the same step; redirects at the end."""
        self.moved.append((plan.item, page))
        planned = comments.plan_thread(plan.item, page.pk, self.report, plan.what)
        comments.import_comments(planned, self.registry, self.report, self.tick)
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
            with self.step(f"page {item.wp_id} “{pages.title_of(item)}”"):
                plan = pages.page_plan(item, parent, resolver, self.report)
                if item.parent not in ("0", "") and item.parent not in written:
                    self.report.attend(
                        plan.what, "its parent page was not imported (placed at the top)"
                    )
                written[item.wp_id] = pages.write(plan, self.registry, self.report)
                self.after_write(plan, written[item.wp_id])
