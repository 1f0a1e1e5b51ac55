"""A page's approved comments in its JSON-LD (schema.org `comment`, `commentCount`).

Added through the content's `construct_page_json_ld` hook to the types that have described
their comments since the site began (an article, reviewed or not); never a commenter's email
or IP. The section is the one the page's body shows (display.section_for): no second query.
"""

from . import pages
from .display import section_for
from .models import CommentStatus

MAX_COMMENTS = 20
DESCRIBED_TYPES = ("Article", "MedicalWebPage")


def approved_comments(section) -> list[dict]:
    """The first MAX_COMMENTS approved comments shown, in the order they are shown."""
    found = []

    def walk(comments):
        for comment in comments:
            if comment.status == CommentStatus.APPROVED and len(found) < MAX_COMMENTS:
                found.append(
                    {
                        "@type": "Comment",
                        "author": {"@type": "Person", "name": comment.name},
                        "text": comment.body,
                        "dateCreated": comment.created_at.isoformat(),
                    }
                )
            walk(getattr(comment, "thread", []))

    walk(section.threads)
    return found


def describe_comments(page, data: dict, context) -> None:
    request = context.get("request")
    if data.get("@type") not in DESCRIBED_TYPES or request is None:
        return
    if not pages.takes_comments(page):
        return
    section = section_for(request, page, context.get("comment_form"))
    data["commentCount"] = section.count
    data["comment"] = approved_comments(section)
