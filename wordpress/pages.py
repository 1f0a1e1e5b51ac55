"""WordPress posts → articles and pages → standard pages: fields, state, privacy.

Status: publish → live; draft and pending → draft; future → scheduled (Wagtail publishes it at
its date); private → live for logged-in users only; a post password → Wagtail's shared-password
privacy. A page whose WordPress source has not changed since the last import is not touched.
"""

import datetime
import json
from dataclasses import dataclass, field
from urllib.parse import unquote

from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from articles.models import ArticlePage, ArticlePageAuthor, StandardPage

from . import tree
from .html_to_blocks import Body, html_to_blocks, shorten
from .htmltree import html_to_text, inline_text
from .mapping import Registry, checksum
from .report import Report
from .wxr import Item

STATES = {
    "publish": tree.LIVE,
    "private": tree.LIVE,
    "future": tree.SCHEDULED,
    "draft": tree.DRAFT,
    "pending": tree.DRAFT,
}
LABELS = {"post": "articles", "page": "pages"}
MAX_STANDFIRST, MAX_INTRO = 400, 500


@dataclass
class Plan:
    """What one WordPress post or page should be in Wagtail."""

    kind: str  # "post" or "page"
    item: Item
    model: type[Page]
    parent: Page
    title: str
    fields: dict
    state: str
    go_live_at: datetime.datetime | None = None
    restriction: tuple[str, str] | None = None
    relations: dict = field(default_factory=dict)

    @property
    def what(self) -> str:
        return f"{self.kind} {self.item.wp_id} “{self.title}”"

    def digest(self) -> str:
        related = {
            name: [getattr(obj, "pk", obj) for obj in objs] for name, objs in self.relations.items()
        }
        return checksum(
            [
                self.title,
                self.fields,
                self.state,
                self.go_live_at,
                self.restriction,
                related,
                self.parent.pk,
                self.item.slug,
            ]
        )


def title_of(item: Item) -> str:
    return shorten(inline_text(item.title), 255) or f"Untitled {item.post_type} {item.wp_id}"


def state_of(item: Item) -> tuple[str, datetime.datetime | None, tuple[str, str] | None]:
    """(state, when it goes live, privacy) for a post or page."""
    state = STATES[item.status]
    moment = item.date_gmt or (item.date and timezone.make_aware(item.date, datetime.UTC))
    if state == tree.SCHEDULED and moment is None:
        state = tree.DRAFT
    if item.status == "private":
        restriction = (PageViewRestriction.LOGIN, "")
    elif item.password:
        restriction = (PageViewRestriction.PASSWORD, item.password[:255])
    else:
        restriction = None
    return state, moment, restriction


def body_of(item: Item, resolver, report: Report, what: str) -> Body:
    attached = getattr(resolver, "attached", {}).get(item.wp_id, ())
    body = html_to_blocks(item.content, resolver, attached)
    for note, n in body.notes.items():
        report.attend(what, note + (f" (×{n})" if n > 1 else ""))
    return body


def article_plan(item: Item, parent, resolver, report: Report, related: dict, hero) -> Plan:
    """`related`: the article's authors, topics and tags; `hero`: its featured image or None."""
    title = title_of(item)
    state, moment, restriction = state_of(item)
    body = body_of(item, resolver, report, f"post {item.wp_id} “{title}”")
    standfirst = inline_text(html_to_text(item.excerpt)) or body.first_text or title
    if not body.blocks:
        body.blocks = [{"type": "paragraph", "value": f"<p>{_escape(standfirst)}</p>"}]
        report.attend(f"post {item.wp_id} “{title}”", "empty body (the standfirst stands in)")
    fields = {
        "standfirst": shorten(standfirst, MAX_STANDFIRST),
        "body": body.blocks,
        "date_published": (item.date or moment or timezone.now()).date(),
        "featured": item.sticky,
        "comments_open": item.comment_status == "open",
        "hero_image_id": hero.id if hero else None,
        "hero_alt": shorten(hero.alt, 250) if hero else "",
        "first_published_at": moment if state == tree.LIVE else None,
    }
    return Plan(
        "post", item, ArticlePage, parent, title, fields, state, moment, restriction, related
    )


def page_plan(item: Item, parent, resolver, report: Report) -> Plan:
    title = title_of(item)
    state, moment, restriction = state_of(item)
    body = body_of(item, resolver, report, f"page {item.wp_id} “{title}”")
    fields = {
        "intro": shorten(inline_text(html_to_text(item.excerpt)), MAX_INTRO),
        "body": body.blocks,
        "comments_open": item.comment_status == "open",
        "first_published_at": moment if state == tree.LIVE else None,
    }
    return Plan("page", item, StandardPage, parent, title, fields, state, moment, restriction)


def write(plan: Plan, registry: Registry, report: Report) -> Page:
    """Create or update the page for `plan`; leave it alone when nothing changed."""
    label, wp_id, digest = LABELS[plan.kind], plan.item.wp_id, plan.digest()
    page = registry.target(plan.kind, wp_id, plan.model)
    if page is not None and registry.unchanged(plan.kind, wp_id, digest):
        report.count(label, "unchanged")
        return page
    if page is not None and page.get_parent().pk != plan.parent.pk:
        page.move(plan.parent, pos="last-child")
        page = plan.model.objects.get(pk=page.pk)
    creating = page is None
    page = page or plan.model()
    page.title = plan.title
    page.slug = tree.free_slug(
        plan.parent, tree.make_slug(unquote(plan.item.slug), plan.title), page
    )
    for name, value in plan.fields.items():
        setattr(page, name, json.dumps(value) if name == "body" else value)
    _relate(page, plan.relations)
    if creating:
        tree.create(plan.parent, page, plan.state, plan.go_live_at)
    else:
        tree.update(page, plan.state, plan.go_live_at)
    tree.restrict(page, plan.restriction)
    registry.remember(plan.kind, wp_id, page, digest)
    report.count(label, "created" if creating else "updated")
    if page.slug != tree.make_slug(unquote(plan.item.slug), plan.title):
        report.attend(plan.what, f"the slug was taken here, so it is “{page.slug}”")
    return page


def _relate(page: Page, relations: dict) -> None:
    if "authors" in relations:
        page.article_authors = [
            ArticlePageAuthor(author=author, sort_order=i)
            for i, author in enumerate(relations["authors"])
        ]
    if "topics" in relations:
        page.topics = relations["topics"]
    if "tags" in relations:
        page.tags.set(relations["tags"])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
