"""WordPress authors → author pages (name, email kept private, biography where the export has one).

An author page that already has the same email address is linked, not duplicated or changed.
A post's creator (dc:creator) is read as WordPress reads a login, so a stray character in it
(">maya") still credits the export's author "maya". A creator who is none of the export's
authors becomes an author of their own, and is reported; WXR 1.0 lists no authors at all, so
there everyone credited on a post becomes an author.
"""

import html
import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from articles.models import AuthorIndexPage, AuthorPage

from . import tree
from .html_to_blocks import shorten
from .htmltree import html_to_text, inline_text
from .mapping import ADOPTED, Registry, checksum
from .pages import title_of
from .report import Report
from .wxr import Author, Export

KIND = "author"
MAX_NAMED = 3  # posts named in a report line about one creator


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


def login_of(name: str) -> str:
    """`name` as WordPress's sanitize_user (strict) makes a login: tags, accents, %-octets and
    entities removed, then only letters, digits, space and _ . - @ kept, trimmed."""
    name = re.sub(r"<(script|style)[^>]*?>.*?</\1>", "", name, flags=re.I | re.S)
    name = re.sub(r"<[^>]*>", "", name)
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    name = re.sub(r"%[a-fA-F0-9]{2}|&.+?;", "", name)
    name = re.sub(r"[^a-zA-Z0-9 _.\-@]", "", name)
    return re.sub(r"\s+", " ", name.strip())


def import_authors(
    export: Export, index: AuthorIndexPage, registry: Registry, report: Report
) -> dict[str, AuthorPage]:
    """Every author of the export, by login, and the author each post's dc:creator credits."""
    authors = {a.login: a for a in export.authors if a.login}
    credits = credited_logins(export, authors)
    for creator, login in credits.items():
        if login is None:  # none of the export's authors: an author of their own
            authors[creator] = Author(login=creator)
            if export.authors:  # (WXR 1.0 lists no authors: there, this is how all are made)
                _report_unlisted(creator, export, report)
        elif login != creator:
            report.note(f"dc:creator “{creator}” read as the author “{login}”")
    pages = {login: _author(author, index, registry, report) for login, author in authors.items()}
    return pages | {creator: pages[login or creator] for creator, login in credits.items()}


def credited_logins(export: Export, authors: dict[str, Author]) -> dict[str, str | None]:
    """Each post's and page's dc:creator → the login of the author it names, None if none."""
    known = {login_of(login).casefold(): login for login in authors}  # MySQL ignores case
    credits: dict[str, str | None] = {}
    for item in export.items:
        creator = item.creator
        if not creator or item.post_type not in ("post", "page") or creator in credits:
            continue
        if creator in authors:
            credits[creator] = creator
        else:
            credits[creator] = known.get(login_of(creator).casefold() or None)
    return credits


def _report_unlisted(creator: str, export: Export, report: Report) -> None:
    items = [i for i in export.items if i.creator == creator and i.post_type in ("post", "page")]
    named = ", ".join(f"{i.post_type} {i.wp_id} “{title_of(i)}”" for i in items[:MAX_NAMED])
    more = f" and {len(items) - MAX_NAMED} more" if len(items) > MAX_NAMED else ""
    report.attend(
        f"author “{creator}”",
        f"not one of the export's authors, yet credited on {named}{more}: an author page was "
        "made for the name (merge it by hand if it is one of them)",
    )


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
