"""The comment section of a page as a reader sees it: threaded, paginated, in 3 queries.

The approved comments every reader sees are kept in the fragment cache under the page's
comments tag, retired when a comment is approved or removed (comments/invalidation.py); a
visitor with comments awaiting moderation gets theirs from the database, never shared.

A page of comments shows COMMENTS_PER_PAGE conversations, and under each at most the first
COMMENT_REPLIES_SHOWN replies (in tree order: each reply, oldest first, then the replies to
it). A longer conversation ends with "Show all N replies", a link (no JavaScript) to
`?thread=<id>`: that conversation alone, COMMENT_REPLIES_PER_PAGE replies a page
(`&replies=2`...). However many replies one conversation gets, a page stays the same size.
"""

import time
from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Case, Count, F, Q, When, Window
from django.db.models.functions import RowNumber
from django.http import Http404

from caching.fragments import Fragment, cached_part, fragment
from caching.pages import comments_tag
from caching.tags import depends_on

from . import pages
from .forms import TOKEN_REFRESH_SECONDS, CommentForm, site_name
from .models import Comment, CommentSettings, CommentStatus
from .own import editable_ids

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
    conversation: object = None  # a Conversation when one conversation is shown alone
    here: str = ""  # the query string of this view of the comments, for links and cache keys
    list_fragment: Fragment | None = None  # where the list is kept in the fragment cache
    form_fragment: Fragment | None = None  # where the blank form is kept

    @property
    def reply_query(self) -> str:
        return f"&{self.here}" if self.here else ""


@dataclass
class Conversation:
    """One conversation shown alone: its replies paginated, and the page of comments it is on."""

    root: Comment
    replies_page: object
    comments_page: int

    @property
    def comments_query(self) -> str:
        """The query string back to the page of comments it is on (none for the first)."""
        return f"?comments={self.comments_page}" if self.comments_page > 1 else ""


class CountedPaginator(Paginator):
    """A paginator told its count, which the comment section gets with its other totals."""

    def __init__(self, object_list, per_page, count: int):
        super().__init__(object_list, per_page)
        self._count = count

    @property
    def count(self) -> int:
        return self._count


def own_comment_ids(request) -> set[int]:
    """The visitor's comments awaiting moderation, and those they may still change (own.py)."""
    session = getattr(request, "session", None)
    if session is None:
        return set()
    return set(session.get(OWN_COMMENTS_SESSION_KEY, [])) | editable_ids(request)


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
        .only(
            "pk",
            "parent_id",
            "depth",
            "name",
            "website",
            "body",
            "status",
            "created_at",
            "edited_at",
        )
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

# The reply of the conversation each reply belongs to (itself, or its parent for a reply to a
# reply): replies sort by it, then by depth and age, which is the order they are shown in.
BRANCH = {
    "branch_created": Case(When(depth=2, then=F("created_at")), default=F("parent__created_at")),
    "branch_pk": Case(
        When(depth=2, then=F("pk")), default=F("parent_id"), output_field=models.BigIntegerField()
    ),
}
THREAD_ORDER = ["branch_created", "branch_pk", "depth", "created_at", "pk"]


def thread_key(comment: Comment, by_id: dict) -> tuple:
    """THREAD_ORDER in Python, for comments already read."""
    if comment.depth <= 2:
        return (comment.created_at, comment.pk, comment.depth, comment.created_at, comment.pk)
    parent = by_id[comment.parent_id]
    return (parent.created_at, parent.pk, comment.depth, comment.created_at, comment.pk)


def conversation_replies(comments, root_ids, own: set[int] = frozenset()):
    """The replies in the conversations `root_ids` (one id or several) whose parent is shown."""
    root_ids = [root_ids] if isinstance(root_ids, int) else list(root_ids)
    shown_parent = Q(depth=2) | Q(parent__status=CommentStatus.APPROVED) | Q(parent_id__in=own)
    return comments.filter(Q(parent_id__in=root_ids) | Q(parent__parent_id__in=root_ids)).filter(
        shown_parent
    )


def comments_for_page(page, number, own: set[int] = frozenset()) -> tuple[dict, list, list, dict]:
    """Counts, the top-level comments of page `number`, the first replies of each (at most
    COMMENT_REPLIES_SHOWN), and how many replies each conversation has; a bad number is 404."""
    visible = list(visible_to(page, own).order_by("created_at", "pk")[: WHOLE_THREAD_LIMIT + 1])
    if len(visible) > WHOLE_THREAD_LIMIT:
        counts = comment_counts(page, own)
        return counts, *threads_for(page, comment_page(page, counts, number, own), own)
    top_level = [comment for comment in visible if comment.parent_id is None]
    counts = {
        "top_level": len(top_level),
        "approved": sum(comment.status == CommentStatus.APPROVED for comment in visible),
    }
    page_obj = comment_page(page, counts, number, own)
    roots = top_level[page_obj.start_index() - 1 : page_obj.end_index()]
    root_ids = {root.pk for root in roots}
    by_id = {comment.pk: comment for comment in visible}
    in_conversation: dict[int, list[Comment]] = {}
    for comment in visible:
        if comment.depth == 2 and comment.parent_id in root_ids:
            in_conversation.setdefault(comment.parent_id, []).append(comment)
        elif comment.depth == 3 and comment.parent_id in by_id:
            root_id = by_id[comment.parent_id].parent_id
            if root_id in root_ids:
                in_conversation.setdefault(root_id, []).append(comment)
    replies, reply_counts = [], {}
    for root_id, thread in in_conversation.items():
        thread.sort(key=lambda comment: thread_key(comment, by_id))
        replies += thread[: settings.COMMENT_REPLIES_SHOWN]
        reply_counts[root_id] = len(thread)
    return counts, roots, replies, reply_counts


def threads_for(page, page_obj, own) -> tuple[list[Comment], list[Comment], dict]:
    """The top-level comments of one page, the first replies of each and the number of
    replies of each, in one query for the replies (a window function numbers them)."""
    roots = list(page_obj.object_list)
    root_ids = [c.pk for c in roots]
    if not root_ids:
        return roots, [], {}
    conversation = Case(
        When(depth=2, then=F("parent_id")),
        default=F("parent__parent_id"),
        output_field=models.BigIntegerField(),
    )
    replies = list(
        conversation_replies(visible_to(page, own), root_ids, own)
        .annotate(
            **BRANCH,
            conversation=conversation,
            position=Window(
                RowNumber(), partition_by=[conversation], order_by=[F(f) for f in THREAD_ORDER]
            ),
            in_conversation=Window(Count("pk"), partition_by=[conversation]),
        )
        .filter(position__lte=settings.COMMENT_REPLIES_SHOWN)
        .order_by("conversation", "position")
    )
    reply_counts = {reply.conversation: reply.in_conversation for reply in replies}
    return roots, replies, reply_counts


def conversation_page(page, root_id: int, number, own: set[int] = frozenset()):
    """One conversation alone: its top-level comment, one page of its replies in tree order,
    how many replies it has and the page of comments it is on; an unknown one is a 404."""
    comments = visible_to(page, own)
    root = comments.filter(pk=root_id, parent__isnull=True).first()
    if root is None:
        raise Http404("There is no such conversation.")
    replies = conversation_replies(comments, root.pk, own)
    total = replies.count()
    paginator = CountedPaginator([], settings.COMMENT_REPLIES_PER_PAGE, count=total)
    try:
        replies_page = paginator.page(number)
    except (PageNotAnInteger, EmptyPage):
        raise Http404("There is no such page of replies.") from None
    # A conversation without replies has an empty first page (start_index() is 0 there).
    first = max(replies_page.start_index() - 1, 0)
    shown = list(
        replies.annotate(**BRANCH).order_by(*THREAD_ORDER)[first : replies_page.end_index()]
    )
    earlier = comments.filter(parent__isnull=True).filter(
        Q(created_at__lt=root.created_at) | Q(created_at=root.created_at, pk__lt=root.pk)
    )
    comments_page = earlier.count() // settings.COMMENTS_PER_PAGE + 1
    return comment_counts(page, own), root, shown, total, comments_page


def digits(request, name: str, default: str = "1") -> int:
    """A page number from the query string; anything else is a 404 (it is part of cache keys)."""
    value = request.GET.get(name, default)
    if not value.isdigit():
        raise Http404("There is no such page of comments.")
    return int(value)


def conversation_section(request, page, own, keep):
    """The roots, replies and counts of one conversation shown alone (`?thread=`)."""
    root_id, number = digits(request, "thread"), digits(request, "replies")
    counts, root, replies, total, comments_page = keep(
        f"comments:{page.pk}:thread:{root_id}:{number}",
        lambda: conversation_page(page, root_id, number, own),
    )
    replies_page = CountedPaginator([], settings.COMMENT_REPLIES_PER_PAGE, count=total).page(number)
    replies_page.object_list = replies
    conversation = Conversation(root=root, replies_page=replies_page, comments_page=comments_page)
    here = f"thread={root_id}" + (f"&replies={number}" if number > 1 else "")
    page_obj = CountedPaginator([], settings.COMMENTS_PER_PAGE, count=counts["top_level"]).page(
        comments_page
    )
    return counts, [root], replies, {}, page_obj, conversation, here


SECTIONS_ATTRIBUTE = "_comment_sections"


def blank_form_fields(request, page, form, reply_to) -> Fragment | None:
    """Where the blank form's fields are kept: one copy for the whole site (its page token
    is a signed time, renewed every TOKEN_REFRESH_SECONDS), or one per page and comment
    replied to. None for a form with errors or a remembered commenter's details: that one is
    this reader's alone."""
    if form is None or form.is_bound or form.initial.get("email"):
        return None
    token_epoch = int(time.time() // TOKEN_REFRESH_SECONDS)
    if reply_to is not None:  # the fields name the comment replied to
        return fragment(request, "comment-form", page.pk, reply_to.pk, token_epoch)
    return fragment(
        request, "comment-form", site_name(request), depends_on(request), token_epoch, shared=True
    )


def section_for(request, page, form: CommentForm | None = None) -> CommentSection:
    """The comment section of `page` for this request, built once: the JSON-LD in the page's
    head and the section in its body share it. `form`: the one a failed post sent back."""
    sections = request.__dict__.setdefault(SECTIONS_ATTRIBUTE, {})
    key = page.pk if page.pk is not None else id(page)
    if key not in sections:
        sections[key] = comment_section(request, page, form)
    return sections[key]


def comment_section(request, page, form: CommentForm | None = None) -> CommentSection:
    rules = CommentSettings.for_request(request)
    is_open = pages.comments_are_open(page, rules.close_after_days)
    own = own_comment_ids(request)
    editable = editable_ids(request)
    # What every reader sees is shared through the cache; a visitor's own pending comments never.
    tags = [comments_tag(page.pk)]
    keep = (lambda name, compute: compute()) if own else partial(cached_part, request, tags=tags)
    conversation = None
    if "thread" in request.GET:
        counts, roots, replies, reply_counts, page_obj, conversation, here = conversation_section(
            request, page, own, keep
        )
    else:
        number = digits(request, "comments")
        counts, roots, replies, reply_counts = keep(
            f"comments:{page.pk}:{number}", lambda: comments_for_page(page, number, own)
        )
        page_obj = comment_page(page, counts, number, own)
        page_obj.object_list = roots
        here = f"comments={number}" if number > 1 else ""
    shown = {comment.pk for comment in [*roots, *replies]}
    children: dict[int, list[Comment]] = {}
    for reply in replies:
        parent_id = reply.parent_id
        if parent_id not in shown and conversation:  # its parent is on the previous page
            parent_id = conversation.root.pk
        children.setdefault(parent_id, []).append(reply)
    for comment in [*roots, *replies]:
        comment.thread = children.get(comment.pk, [])
        comment.is_own_pending = comment.status != CommentStatus.APPROVED
        comment.is_own_editable = comment.pk in editable
    for root in roots:
        shown_replies = len(root.thread) + sum(len(reply.thread) for reply in root.thread)
        root.reply_count = reply_counts.get(root.pk, 0)
        root.more_replies = max(root.reply_count - shown_replies, 0)

    count = counts["approved"]

    reply_to = None
    if is_open and form is None:
        form = CommentForm(
            page=page, initial=remembered_commenter(request), site_name=site_name(request)
        )
    if is_open and form is not None:
        parent_id = form.data.get("parent") if form.is_bound else request.GET.get("replyto")
        by_id = {c.pk: c for c in [*roots, *replies]}
        if parent_id and str(parent_id).isdigit():
            reply_to = by_id.get(int(parent_id))
            if reply_to and not reply_to.can_be_replied_to:
                reply_to = None
        if reply_to and not form.is_bound:
            form.initial["parent"] = reply_to.pk
    version = depends_on(request, *tags)
    return CommentSection(
        open=is_open,
        count=count,
        threads=roots,
        page_obj=page_obj,
        form=form,
        reply_to=reply_to,
        own_ids=own,
        conversation=conversation,
        here=here,
        # What every reader of this view of the comments sees, kept until a comment changes.
        list_fragment=fragment(
            request, "comment-list", page.pk, page_obj.number, here, is_open, version
        ),
        form_fragment=blank_form_fields(request, page, form, reply_to),
    )
