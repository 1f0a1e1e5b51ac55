"""WordPress categories → topics, tags → tags.

Topics are a flat, curated list (a TopicPage lives only under the topic index), so a nested
category becomes a topic titled "Parent › Child", its slug the category's own. A topic that
already exists with the same slug or title is linked and left as it is. WordPress's default
"Uncategorized" category is not a topic.
"""

from taggit.models import Tag

from articles.models import TopicIndexPage, TopicPage

from . import tree
from .html_to_blocks import shorten
from .htmltree import html_to_text, inline_text
from .mapping import ADOPTED, Registry, checksum
from .report import Report
from .wxr import Export, Term

SEPARATOR = " › "
UNCATEGORIZED = "uncategorized"


def terms_of(export: Export, taxonomy: str) -> dict[str, Term]:
    """The export's terms of `taxonomy` by slug, with any that only posts mention."""
    terms = {t.slug: t for t in export.terms if t.taxonomy == taxonomy}
    for item in export.items:
        for term in item.terms:
            if term.taxonomy == taxonomy and term.slug not in terms:
                terms[term.slug] = term
    return terms


def full_title(term: Term, terms: dict[str, Term]) -> str:
    names, seen, current = [], set(), term
    while current is not None and current.slug not in seen:
        seen.add(current.slug)
        names.insert(0, inline_text(current.name) or current.slug)
        current = terms.get(current.parent) if current.parent else None
    return SEPARATOR.join(names)


def import_topics(
    export: Export, index: TopicIndexPage, registry: Registry, report: Report
) -> dict[str, TopicPage]:
    terms = terms_of(export, "category")
    if terms.pop(UNCATEGORIZED, None):
        report.note("WordPress's “Uncategorized” category was not made a topic")
    topics = {}
    for slug, term in terms.items():
        fields = {
            "title": shorten(full_title(term, terms), 255),
            "intro": shorten(html_to_text(term.description).replace("\n", " "), 500),
        }
        if term.parent and term.parent in terms:
            report.note("nested categories became topics titled “Parent › Child” (topics are flat)")
        topics[slug] = _topic(slug, fields, index, registry, report)
    return topics


def _topic(slug: str, fields: dict, index, registry: Registry, report: Report) -> TopicPage:
    digest = checksum(fields)
    page = registry.target("category", slug, TopicPage)
    if page is not None and registry.unchanged("category", slug, digest):
        report.count("topics", "unchanged")
        return page
    wanted = tree.make_slug(slug, fields["title"])
    if page is not None:
        page.title, page.intro = fields["title"], fields["intro"]
        page.slug = tree.free_slug(index, wanted, page)
        tree.update(page)
        report.count("topics", "updated")
    elif page := (
        TopicPage.objects.child_of(index).filter(slug=wanted).first()
        or TopicPage.objects.child_of(index).filter(title__iexact=fields["title"]).first()
    ):
        report.note("categories matched to existing topics by slug or title (left as they were)")
        report.count("topics", "unchanged")
        digest = ADOPTED
    else:
        page = tree.create(index, TopicPage(slug=tree.free_slug(index, wanted), **fields))
        report.count("topics", "created")
    registry.remember("category", slug, page, digest)
    return page


def import_tags(export: Export, registry: Registry, report: Report) -> dict[str, Tag]:
    tags = {}
    for slug, term in terms_of(export, "post_tag").items():
        name = shorten(inline_text(term.name) or slug, 100)
        tag = registry.target("tag", slug, Tag)
        if tag is not None:
            report.count("tags", "unchanged")
        else:
            tag = Tag.objects.filter(name__iexact=name).first()
            report.count("tags", "unchanged" if tag else "created")
            tag = tag or Tag.objects.create(name=name)
            registry.remember("tag", slug, tag, ADOPTED)
        tags[slug] = tag
    return tags
