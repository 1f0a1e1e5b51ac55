"""Old WordPress addresses → the new pages: each permalink, and each earlier slug's permalink.

WordPress keeps a post's earlier slugs (`_wp_old_slug`, one entry per rename) and sends their
old addresses on to the post; here each becomes a Wagtail redirect. The earlier address is the
permalink with the earlier slug in place of the current one, so /2019/05/old-slug/ when the
permalink is /2019/05/new-slug/. A current permalink wins over an earlier slug's address, and
of two posts that once had the same address, the first keeps it.

Old paths are stored as Wagtail's redirects normalise them (percent-decoded, no trailing
slash), with repeated slashes collapsed; where that is the page's new path, none is needed.
Where the site already shows a page (its own, or another imported one), Wagtail would never
use a redirect, as it only redirects what would be a 404: none is made there, and the summary
says so on every import.

A redirect is permanent while its page is live and temporary while it is not (a draft, or
scheduled): a 301 is remembered by browsers and search engines, and must not point at a 404.
Each import sets that; in between, publishing or unpublishing the page turns the redirects this
import made (the registry's "redirect" objects) permanent or temporary.
"""

import re
from contextlib import contextmanager
from contextvars import ContextVar
from urllib.parse import unquote, urlsplit

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from django.dispatch import receiver
from django.http import Http404, HttpRequest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .mapping import Registry, checksum
from .models import WordPressKind, WordPressObject
from .report import Report
from .wxr import Item

KIND = WordPressKind.REDIRECT
PAGE_KINDS = (WordPressKind.POST, WordPressKind.PAGE)
TAKEN = "earlier slugs not redirected: their address is another post's"
following = ContextVar("imported redirects follow their page's publishing", default=True)


def normalise(path: str) -> str:
    """A path as Wagtail keeps a redirect's old path, with repeated slashes made one."""
    return Redirect.normalise_path(re.sub(r"/{2,}", "/", path))


def permalink_path(item: Item) -> str | None:
    """The normalised path of the item's permalink; None for a plain one ("/?p=123")."""
    parts = urlsplit(item.link)
    if not parts.path.strip("/") or parts.query:
        return None  # "/" is the home page, never a 404
    return normalise(parts.path)


def earlier_paths(item: Item) -> list[str]:
    """The item's permalink with each earlier slug; none when the slug is not in it."""
    if permalink_path(item) is None or not item.slug:
        return []
    segments = urlsplit(item.link).path.split("/")
    for n in reversed(range(len(segments))):
        name, dot, extension = unquote(segments[n]).partition(".")  # "new-slug.html" too
        if name == unquote(item.slug):
            break
    else:
        return []  # e.g. /archives/123: renaming did not change the address
    paths = []
    for old in item.old_slugs:
        if unquote(old) != unquote(item.slug):
            renamed = [*segments[:n], old + dot + extension, *segments[n + 1 :]]
            paths.append(normalise("/".join(renamed)))
    return paths


class Redirects:
    """The redirects of one import, on one site; each recorded in the registry."""

    def __init__(self, site, registry: Registry, report: Report):
        self.site, self.registry, self.report = site, registry, report
        self.root = site.root_page.specific
        self.imported = {row.object_id for row in registry.rows.values() if row.kind in PAGE_KINDS}
        self.made: list[tuple[str, int, str]] = []  # (old path, redirect id, checksum)
        self.live: dict[int, bool] = {}  # page id → whether it is live

    def make(self, moved: list[tuple[Item, Page]]) -> None:
        """Redirects from the permalink of every imported (item, page), then its earlier slugs'."""
        ids = [page.pk for _, page in moved]  # as they are now, published or not
        self.live = dict(Page.objects.filter(pk__in=ids).values_list("pk", "live"))
        taken = set()
        for item, page in moved:
            if (old_path := permalink_path(item)) is not None:
                taken.add(old_path)
                self.point(old_path, item, page)
        for item, page in moved:
            for old_path in earlier_paths(item):
                if old_path in taken:
                    self.report.count("redirects", "skipped")
                    self.report.note(TAKEN)
                    continue
                taken.add(old_path)
                self.point(old_path, item, page)
        self.registry.remember_many(KIND, self.made, Redirect)

    def point(self, old_path: str, item: Item, page: Page) -> None:
        """Make `old_path` redirect to `page` (unless that is where the page is now)."""
        new_path = self.path_of(page)
        if old_path == normalise(new_path):
            return
        shown = self.shown_at(old_path)
        if shown is not None and shown.pk != page.pk:
            whose = "imported" if shown.pk in self.imported else "site's own"
            old_address = old_path + "/" if urlsplit(item.link).path.endswith("/") else old_path
            self.report.count("redirects", "skipped")
            self.report.attend(
                f"{item.post_type} {item.wp_id} “{page.title}”",
                f"its old address {old_address} still shows the {whose} page “{shown.title}” "
                f"and does not reach this page, which is at {new_path} (no redirect: the "
                "address stays with that page)",
            )
            return
        wanted = {
            "redirect_page_id": page.pk,
            "redirect_page_route_path": "",
            "redirect_link": "",
            "is_permanent": self.live[page.pk],
        }
        redirect = Redirect.objects.filter(old_path=old_path, site=self.site).first()
        if redirect is None:
            redirect = Redirect.objects.create(old_path=old_path, site=self.site, **wanted)
            self.report.count("redirects", "created")
        elif any(getattr(redirect, name) != value for name, value in wanted.items()):
            for name, value in wanted.items():
                setattr(redirect, name, value)
            redirect.save()
            self.report.count("redirects", "updated")
        else:
            self.report.count("redirects", "unchanged")
        self.made.append((old_path, redirect.pk, checksum(page.pk)))

    def path_of(self, page: Page) -> str:
        """The page's path on the site, e.g. "/about-2/"."""
        return page.url_path[len(self.root.url_path) - 1 :]

    def shown_at(self, old_path: str) -> Page | None:
        """The live page Wagtail serves at `old_path` on the site, if any."""
        request = HttpRequest()
        request.path = request.path_info = old_path + "/"
        try:
            return self.root.route(request, [part for part in old_path.split("/") if part]).page
        except Http404:
            return None


@contextmanager
def set_by_the_import():
    """While an import runs, it sets its redirects itself (and counts what it changed)."""
    token = following.set(False)
    try:
        yield
    finally:
        following.reset(token)


def imported_redirects_to(page: Page):
    """The redirects an import made to `page`."""
    redirect_type = ContentType.objects.get_for_model(Redirect)
    made = WordPressObject.objects.filter(
        kind=KIND, content_type=redirect_type, object_id=OuterRef("pk")
    )
    return Redirect.objects.filter(redirect_page_id=page.pk).filter(Exists(made))


@receiver(page_published)
def make_permanent(sender, instance: Page, **kwargs) -> None:
    """A scheduled or draft page that goes live: its imported redirects become permanent."""
    if following.get():
        imported_redirects_to(instance).filter(is_permanent=False).update(is_permanent=True)


@receiver(page_unpublished)
def make_temporary(sender, instance: Page, **kwargs) -> None:
    """A page taken down: its imported redirects become temporary until it is back."""
    if following.get():
        imported_redirects_to(instance).filter(is_permanent=True).update(is_permanent=False)
