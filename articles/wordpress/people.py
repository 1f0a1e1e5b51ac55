"""WordPress authors → author pages (name, email kept private, biography where the export has one).

An author page that already has the same email address is linked, not duplicated or changed.
WXR 1.0 lists no authors, so anyone credited on a post (dc:creator) becomes an author too.
"""

import html

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from ..models import AuthorIndexPage, AuthorPage
from . import tree
from .html_to_blocks import shorten
from .htmltree import html_to_text, inline_text
from .mapping import ADOPTED, Registry, checksum
from .report import Report
from .wxr import Author, Export

KIND = "author"


def valid_email(value: str) -> str:
    try:
        validate_email(value)
    except ValidationError:
        return ""
    return value[:254]


def author_fields(author: Author) -> dict:
    full_name = f"{inline_text(author.first_name)} {inline_text(author.last_name)}".strip()
    name = inline_text(author.display_name) or full_name or author.login
    bio = html_to_text(author.description)
    paragraphs = [p for p in bio.split("\n\n") if p.strip()]
    return {
        "title": shorten(name, 255),
        "email": valid_email(author.email),
        "short_bio": shorten(paragraphs[0].replace("\n", " "), 300) if paragraphs else "",
        "bio": "".join(f"<p>{html.escape(p).replace(chr(10), '<br/>')}</p>" for p in paragraphs),
    }


def import_authors(
    export: Export, index: AuthorIndexPage, registry: Registry, report: Report
) -> dict[str, AuthorPage]:
    """Every author of the export (and every post's dc:creator), by login."""
    authors = {a.login: a for a in export.authors if a.login}
    for item in export.items:
        if item.creator and item.creator not in authors and item.post_type in ("post", "page"):
            authors[item.creator] = Author(login=item.creator)
    return {login: _author(author, index, registry, report) for login, author in authors.items()}


def _author(author: Author, index, registry: Registry, report: Report) -> AuthorPage:
    fields = author_fields(author)
    digest = checksum(fields)
    page = registry.target(KIND, author.login, AuthorPage)
    if page is not None and registry.unchanged(KIND, author.login, digest):
        report.count("authors", "unchanged")
        return page
    if page is not None:
        for name, value in fields.items():
            setattr(page, name, value)
        page.slug = tree.free_slug(index, tree.make_slug(fields["title"], author.login), page)
        tree.update(page)
        report.count("authors", "updated")
    elif fields["email"] and (
        page := AuthorPage.objects.child_of(index).filter(email__iexact=fields["email"]).first()
    ):
        report.note("authors matched to existing author pages by email (left as they were)")
        report.count("authors", "unchanged")
        digest = ADOPTED
    else:
        wanted = tree.make_slug(fields["title"], author.login)
        slug = tree.free_slug(index, wanted)
        page = tree.create(index, AuthorPage(slug=slug, **fields))
        report.count("authors", "created")
        if slug != wanted:
            report.attend(
                f"author “{fields['title']}”",
                f"an author page “{wanted}” with another email exists; this one is “{slug}” "
                "(merge them by hand if they are the same person)",
            )
    registry.remember(KIND, author.login, page, digest)
    return page
