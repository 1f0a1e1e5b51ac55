"""Old WordPress addresses → the new pages: each permalink, and each earlier slug's permalink.

WordPress keeps a post's earlier slugs (`_wp_old_slug`, one entry per rename) and sends their
old addresses on to the post; here each becomes a permanent Wagtail redirect. The earlier
address is the permalink with the earlier slug in place of the current one, so
/2019/05/old-slug/ when the permalink is /2019/05/new-slug/. A current permalink wins over an
earlier slug's address, and of two posts that once had the same address, the first keeps it.
Old paths are stored as Wagtail's redirects normalise them (percent-decoded, no trailing
slash), with repeated slashes collapsed; where that is the page's new path, none is needed.
"""

import re
from urllib.parse import unquote, urlsplit

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from .report import Report
from .wxr import Item


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


def redirect(item: Item, page: Page, site, report: Report) -> None:
    """A permanent redirect from the item's WordPress permalink to its new page."""
    old_path = permalink_path(item)
    if old_path is not None:
        point(old_path, page, site, report)


def redirect_earlier_slugs(moved: list[tuple[Item, Page]], site, report: Report) -> None:
    """Redirects from the earlier slugs' addresses of every imported (item, page)."""
    taken = {path for item, _ in moved if (path := permalink_path(item))}
    for item, page in moved:
        for old_path in earlier_paths(item):
            if old_path in taken:
                report.count("redirects", "skipped")
                report.note("earlier slugs not redirected: their address is another post's")
                continue
            taken.add(old_path)
            point(old_path, page, site, report)


def point(old_path: str, page: Page, site, report: Report) -> None:
    """Make `old_path` redirect to `page` (unless that is where the page is now)."""
    if old_path == normalise(page.url_path[len(site.root_page.url_path) - 1 :]):
        return
    existing = Redirect.objects.filter(old_path=old_path, site=site).first()
    if existing is None:
        Redirect.objects.create(old_path=old_path, site=site, redirect_page=page)
        report.count("redirects", "created")
    elif existing.redirect_page_id != page.pk or existing.redirect_link:
        existing.redirect_page, existing.redirect_link = page, ""
        existing.save()
        report.count("redirects", "updated")
    else:
        report.count("redirects", "unchanged")
