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
"""

import re
from urllib.parse import unquote, urlsplit

from django.http import Http404, HttpRequest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from .mapping import Registry
from .models import WordPressKind
from .report import Report
from .wxr import Item

PAGE_KINDS = (WordPressKind.POST, WordPressKind.PAGE)
TAKEN = "earlier slugs not redirected: their address is another post's"


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
    """The redirects of one import, on one site."""

    def __init__(self, site, registry: Registry, report: Report):
        self.site, self.registry, self.report = site, registry, report
        self.root = site.root_page.specific
        self.imported = {row.object_id for row in registry.rows.values() if row.kind in PAGE_KINDS}

    def make(self, moved: list[tuple[Item, Page]]) -> None:
        """Redirects from the permalink of every imported (item, page), then its earlier slugs'."""
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
        wanted = {"redirect_page_id": page.pk, "redirect_page_route_path": "", "redirect_link": ""}
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
