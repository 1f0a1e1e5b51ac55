"""The comment section of a page as a reader sees it: threaded, paginated, in 3 queries.

The approved comments every reader sees are kept in the fragment cache under the page's
comments tag, retired when a comment is approved or removed (comments/invalidation.py); a
visitor with comments awaiting moderation gets theirs from the database, never shared.
"""

from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, Q
from django.http import Http404

from caching.fragments import cached_part
from caching.tags import depends_on

from ..models.commentable import comments_tag
from .forms import CommentForm
from .models import Comment, CommentSettings, CommentStatus

OWN_COMMENTS_SESSION_KEY = "own_comment_ids"
REMEMBER_COOKIE = "wellness_commenter"


@dataclass
class CommentSection:
    open: bool
    count: int
    threads: list
    page_obj: object
    form: CommentForm | None
    reply_to: Comment | None = None
    own_ids: set = field(default_factory=set)
    version: str = ""  # for fragment keys: changes when the page's visible comments change


class CountedPaginator(Paginator):
    """A paginator told its count, which the comment section gets with its other totals."""

    def __init__(self, object_list, per_page, count: int):
        super().__init__(object_list, per_page)
        self._count = count

    @property
    def count(self) -> int:
        return self._count


def own_comment_ids(request) -> set[int]:
    session = getattr(request, "session", None)
    if session is None or OWN_COMMENTS_SESSION_KEY not in session:
        return set()
    return set(session.get(OWN_COMMENTS_SESSION_KEY, []))


def remembered_commenter(request) -> dict:
    data = request.get_signed_cookie(REMEMBER_COOKIE, default=None, salt=REMEMBER_COOKIE)
    if not data:
        return {}
    name, _, rest = data.partition("\n")
    email, _, website = rest.partition("\n")
    return {"name": name, "email": email, "website": website, "remember": True}


def visible_to(page, own: set[int]):
    """The page's approved comments, and the visitor's own pending ones."""
    visible = Q(status=CommentStatus.APPROVED) | Q(pk__in=own)
    return (
        Comment.objects.filter(page_id=page.pk)
        .filter(visible)
        .only("pk", "parent_id", "depth", "name", "website", "body", "status", "created_at")
    )


def comment_counts(page, own: set[int] = frozenset()) -> dict:
    return visible_to(page, own).aggregate(
        top_level=Count("pk", filter=Q(parent__isnull=True)),
        approved=Count("pk", filter=Q(status=CommentStatus.APPROVED)),
    )


def comment_page(page, counts: dict, number, own: set[int] = frozenset()):
    """The requested page of top-level comments (not yet fetched); a bad number is a 404."""
    top_level = visible_to(page, own).filter(parent__isnull=True).order_by("created_at", "pk")
    paginator = CountedPaginator(top_level, settings.COMMENTS_PER_PAGE, count=counts["top_level"])
    try:
        return paginator.page(number)
    except (PageNotAnInteger, EmptyPage):
        raise Http404("There is no such page of comments.") from None


# Up to this many visible comments, a page's comments are read in one query and paginated
# here: most pages have a few dozen. Past it, the page of conversations and its replies are
# read on their own, so a flooded page costs the same as a busy one.
WHOLE_THREAD_LIMIT = 200


def comments_for_page(page, number, own: set[int] = frozenset()) -> tuple[dict, list, list]:
    """Counts, the top-level comments of page `number` and their replies; a bad number is 404."""
    visible = list(visible_to(page, own).order_by("created_at", "pk")[: WHOLE_THREAD_LIMIT + 1])
    if len(visible) > WHOLE_THREAD_LIMIT:
        counts = comment_counts(page, own)
        return counts, *threads_for(visible_to(page, own), comment_page(page, counts, number, own))
    top_level = [comment for comment in visible if comment.parent_id is None]
    counts = {
        "top_level": len(top_level),
        "approved": sum(comment.status == CommentStatus.APPROVED for comment in visible),
    }
    page_obj = comment_page(page, counts, number, own)
    roots = top_level[page_obj.start_index() - 1 : page_obj.end_index()]
    root_ids = {root.pk for root in roots}
    parents = {comment.pk: comment.parent_id for comment in visible}
    replies = [
        comment
        for comment in visible
        if comment.parent_id in root_ids or parents.get(comment.parent_id) in root_ids
    ]
    return counts, roots, replies


def threads_for(comments, page_obj) -> tuple[list[Comment], list[Comment]]:
    """The top-level comments of one page and their replies (two levels), oldest first."""
    roots = list(page_obj.object_list)
    root_ids = [c.pk for c in roots]
    if not root_ids:
        return roots, []
    replies = comments.filter(Q(parent_id__in=root_ids) | Q(parent__parent_id__in=root_ids))
    return roots, list(replies.order_by("created_at", "pk"))


def comment_section(request, page) -> CommentSection:
    rules = CommentSettings.for_request(request)
    is_open = page.comments_are_open(rules)
    own = own_comment_ids(request)
    number = request.GET.get("comments", "1")
    if not number.isdigit():  # the number is part of a cache key: nothing else gets that far
        raise Http404("There is no such page of comments.")
    # What every reader sees is shared through the cache; a visitor's own pending comments never.
    tags = [comments_tag(page.pk)]
    keep = (lambda name, compute: compute()) if own else partial(cached_part, request, tags=tags)
    counts, roots, replies = keep(
        f"comments:{page.pk}:{int(number)}", lambda: comments_for_page(page, number, own)
    )
    page_obj = comment_page(page, counts, number, own)
    page_obj.object_list = roots
    children: dict[int, list[Comment]] = {}
    for reply in replies:
        children.setdefault(reply.parent_id, []).append(reply)
    for comment in [*roots, *replies]:
        comment.thread = children.get(comment.pk, [])
        comment.is_own_pending = comment.status != CommentStatus.APPROVED

    count = counts["approved"]

    form = getattr(request, "comment_form", None)
    reply_to = None
    if is_open and form is None:
        form = CommentForm(page=page, initial=remembered_commenter(request))
    if is_open and form is not None:
        parent_id = form.data.get("parent") if form.is_bound else request.GET.get("replyto")
        by_id = {c.pk: c for c in [*roots, *replies]}
        if parent_id and str(parent_id).isdigit():
            reply_to = by_id.get(int(parent_id))
            if reply_to and not reply_to.can_be_replied_to:
                reply_to = None
        if reply_to and not form.is_bound:
            form.initial["parent"] = reply_to.pk
    return CommentSection(
        open=is_open,
        count=count,
        threads=roots,
        page_obj=page_obj,
        form=form,
        reply_to=reply_to,
        own_ids=own,
        version=depends_on(request, *tags),
    )
