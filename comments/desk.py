"""The moderation desk: one screen in the Wagtail admin to work the comment queue.

- Tabs (All, Pending, Approved, Spam, Trash) with counts read from `StatusCount` (counts.py:
  kept by triggers), never counted per view. Pending opens first, oldest first; the other tabs
  show the newest first. Pages are keyset pages (`?after=`, the last row's time and id) read
  along the indexes `comment_desk_status` / `comment_desk_all` / the page's own index, so page
  1,000 costs what page 1 does.
- Each row acts through a plain POST form with its CSRF token (no JavaScript needed) and comes
  back to the same place in the list, on the row after it (`then`). Every decision goes
  through `moderation.moderate()`, which teaches the spam filter.
- Beside each comment: the commenter's history (`CommenterHistory`, one query for the page of
  rows), the hosts it links to, and why the filter scored it so (`model_store.explain`).
- From a comment: "everything pending from this commenter / address / domain is spam", with a
  count and a confirmation page; a domain or phrase goes to the blocklist in one step.
"""

import datetime
import hashlib
import time
from urllib.parse import quote, urlencode

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from wagtail.models import Page

from . import pages
from .counts import histories, status_counts
from .model_store import explain, pinned_model
from .models import MAX_DEPTH, Comment, CommentSettings, CommentStatus
from .moderation import moderate, retrain_edited
from .verified import normalise_address, verified_addresses

PER_PAGE = 20
MAX_SEARCH = 100
SEARCH_PROBE = 2000


class Tab:
    def __init__(self, key, label, statuses, oldest_first=False):
        self.key, self.label, self.statuses, self.oldest_first = key, label, statuses, oldest_first


TABS = [
    Tab("all", "All", [CommentStatus.PENDING, CommentStatus.APPROVED]),
    Tab("pending", "Pending", [CommentStatus.PENDING], oldest_first=True),
    Tab("approved", "Approved", [CommentStatus.APPROVED]),
    Tab("spam", "Spam", [CommentStatus.SPAM]),
    Tab("trash", "Trash", [CommentStatus.REMOVED]),
]
TAB_BY_KEY = {tab.key: tab for tab in TABS}
DEFAULT_TAB = "pending"

# What each row offers, by the comment's status: (action, label, the status it sets).
ACTIONS = {
    "approve": ("Approve", CommentStatus.APPROVED),
    "unapprove": ("Unapprove", CommentStatus.PENDING),
    "spam": ("Spam", CommentStatus.SPAM),
    "notspam": ("Not spam", CommentStatus.PENDING),
    "trash": ("Trash", CommentStatus.REMOVED),
    "restore": ("Restore", CommentStatus.PENDING),
}
ROW_ACTIONS = {
    CommentStatus.PENDING: ["approve", "spam", "trash"],
    CommentStatus.APPROVED: ["unapprove", "spam", "trash"],
    CommentStatus.SPAM: ["notspam", "trash"],
    CommentStatus.REMOVED: ["restore", "spam"],
}
DONE = {
    CommentStatus.APPROVED: "approved",
    CommentStatus.PENDING: "sent back to pending",
    CommentStatus.SPAM: "marked as spam",
    CommentStatus.REMOVED: "moved to the trash",
}


def may_moderate(user) -> bool:
    return user.has_perm("comments.change_comment")


def moderators_only(view):
    def wrapped(request, *args, **kwargs):
        if not may_moderate(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


# -- the list ---------------------------------------------------------------------------


def encode_cursor(comment: Comment) -> str:
    micros = int(comment.created_at.timestamp()) * 1_000_000 + comment.created_at.microsecond
    return f"{micros}.{comment.pk}"


def decode_cursor(value: str):
    """(created_at, pk) from `?after=`, or None for anything that is not one."""
    micros, _, pk = value.partition(".")
    if not (micros.isdigit() and pk.isdigit()) or len(micros) > 18 or len(pk) > 18:
        return None
    seconds, rest = divmod(int(micros), 1_000_000)
    try:
        moment = datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return moment.replace(microsecond=rest), int(pk)


def search_filter(words: str) -> Q:
    """Part of a name, an address or the text: `icontains`, which on PostgreSQL the trigram
    indexes of migration 0004_moderation_desk_counters answer (counts.py)."""
    return Q(name__icontains=words) | Q(email__icontains=words) | Q(body__icontains=words)


class Listing:
    """What the desk shows for one request's tab, page filter, search and position."""

    def __init__(self, params):
        self.tab = TAB_BY_KEY.get(params.get("status", ""), TAB_BY_KEY[DEFAULT_TAB])
        page = params.get("page", "")
        self.page_id = int(page) if page.isdigit() and len(page) < 12 else None
        self.query = " ".join(params.get("q", "").split())[:MAX_SEARCH]
        self.cursor = decode_cursor(params.get("after", ""))
        self.base_url = reverse("comments_desk")

    def params(self, **changes) -> dict:
        values = {
            "status": self.tab.key,
            "page": self.page_id or "",
            "q": self.query,
            "after": "",
        }
        values.update(changes)
        return {key: value for key, value in values.items() if value}

    def url(self, **changes) -> str:
        query = urlencode(self.params(**changes))
        return self.base_url + (f"?{query}" if query else "")

    def queryset(self):
        comments = Comment.objects.filter(status__in=self.tab.statuses)
        if self.page_id:
            comments = comments.filter(page_id=self.page_id)
        if self.query:
            comments = comments.filter(search_filter(self.query))
        if self.cursor:
            moment, pk = self.cursor
            if self.tab.oldest_first:
                after = Q(created_at__gt=moment) | Q(created_at=moment, pk__gt=pk)
                comments = comments.filter(after, created_at__gte=moment)
            else:
                after = Q(created_at__lt=moment) | Q(created_at=moment, pk__lt=pk)
                comments = comments.filter(after, created_at__lte=moment)
        order = ("created_at", "pk") if self.tab.oldest_first else ("-created_at", "-pk")
        return comments.order_by(*order)

    def rows(self) -> tuple[list[Comment], bool]:
        comments = self.queryset()
        if self.query:
            comments = self.searched(comments)
        found = list(comments.select_related("page", "parent")[: PER_PAGE + 1])
        return found[:PER_PAGE], len(found) > PER_PAGE

    def searched(self, comments):
        """A search in two steps, so that PostgreSQL takes the right road for rare and common
        words alike. Asked for the newest matches directly, it walks the date index and tests
        every comment for a rare word (half a second at a million comments) because it cannot
        know where the matches lie. So: first up to SEARCH_PROBE matches in no order (the
        trigram index for a rare word; for a common word the first rows read); when that is all
        of them, those are ordered; when there are more, the matches are dense and the walk
        along the date index finds a page of them at once."""
        ids = list(comments.order_by().values_list("pk", flat=True)[:SEARCH_PROBE])
        if len(ids) < SEARCH_PROBE:
            return comments.filter(pk__in=ids)
        return comments


def links_of(comment: Comment) -> list[str]:
    """The hosts a comment links to (its text and its website), each once, in order: as its
    save stored them (`link_hosts`, links.stored_hosts), not worked out again for each row."""
    return comment.link_hosts.split()


def describe(comments: list[Comment], listing: Listing) -> list[dict]:
    """Each row with what a moderator decides by: history, links, the filter's reasons."""
    found = histories(comment.email for comment in comments)
    verified = verified_addresses(comment.email for comment in comments)
    reasons = filter_reasons(comments)
    rows = []
    for position, comment in enumerate(comments):
        following = comments[position + 1] if position + 1 < len(comments) else None
        rows.append(
            {
                "comment": comment,
                "history": found.get(comment.email.lower()),
                "verified": normalise_address(comment.email) in verified,
                "links": links_of(comment),
                "reasons": reasons.get(comment.pk, []),
                "actions": [(key, ACTIONS[key][0]) for key in ROW_ACTIONS[comment.status]],
                "then": (following or comment).pk,
                "only_page_url": listing.url(page=comment.page_id),
                # The row's own addresses, built from the desk's (no reverse() per form).
                "url": f"{listing.base_url}{comment.pk}/",
                "held_because": comment.moderation_note
                if comment.status == CommentStatus.PENDING
                else "",
            }
        )
    return rows


REASONS_SECONDS = 3600
EXPLAINED = (CommentStatus.PENDING, CommentStatus.SPAM)


def reasons_key(comment: Comment) -> str:
    text = f"{comment.body}\0{comment.website}".encode()
    return f"desk-reasons:{hashlib.sha256(text).hexdigest()}"


def filter_reasons(comments: list[Comment]) -> dict[int, list[tuple[str, float]]]:
    """Why the filter scored each held or spam comment so, by comment id.

    Worked out once for each text (about 2 ms a comment) and kept an hour in the shared
    cache, like the score beside it, which was also worked out once: paging and switching
    tabs do not explain the same comments again. An edited text is a new key."""
    keys = {comment.pk: reasons_key(comment) for comment in comments if comment.status in EXPLAINED}
    found = cache.get_many(set(keys.values())) if keys else {}
    unexplained = {keys[c.pk]: c for c in comments if c.pk in keys and keys[c.pk] not in found}
    missing = {}
    if unexplained:
        with pinned_model():  # one look at the shared model for all of them
            for key, comment in unexplained.items():
                missing[key] = explain(comment.body, website=comment.website, limit=5)
        # Nothing to say (a filter that has learnt nothing yet) is not kept.
        cache.set_many({key: value for key, value in missing.items() if value}, REASONS_SECONDS)
    return {pk: found.get(key, missing.get(key, [])) for pk, key in keys.items()}


@moderators_only
def desk(request):
    listing = Listing(request.GET)
    comments, more = listing.rows()
    counts = status_counts(request)
    tabs = [
        {
            "key": tab.key,
            "label": tab.label,
            "count": sum(counts[status] for status in tab.statuses),
            "url": listing.url(status=tab.key),
            "current": tab is listing.tab,
        }
        for tab in TABS
    ]
    page_title = ""
    if listing.page_id:
        page_title = Page.objects.filter(pk=listing.page_id).values_list("title", flat=True)
        page_title = page_title.first() or f"page {listing.page_id}"
    return TemplateResponse(
        request,
        "comments/admin/desk.html",
        {
            "listing": listing,
            "tabs": tabs,
            "rows": describe(comments, listing),
            "bulk_actions": bulk_actions(listing.tab),
            "next_url": listing.url(after=encode_cursor(comments[-1])) if more else "",
            "first_url": listing.url() if listing.cursor else "",
            "page_title": page_title,
            "clear_page_url": listing.url(page=""),
            "clear_search_url": listing.url(q=""),
            "here": request.get_full_path(),
            "here_quoted": quote(request.get_full_path(), safe=""),
        },
    )


# -- acting on one comment ------------------------------------------------------------------


def safe_next(request, target: str) -> str:
    """`target` when it is a place on the desk, else the desk itself."""
    desk_url = reverse("comments_desk")
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not (allowed and target.startswith(desk_url)):
        return desk_url
    return target.partition("#")[0]


def back(request, then=None):
    """Back to where the moderator was in the list (`next`), on the row after the one acted on."""
    target = safe_next(request, request.POST.get("next", ""))
    then = request.POST.get("then", "") if then is None else str(then)
    return redirect(f"{target}#row-{then}" if then.isdigit() else target)


@moderators_only
@require_POST
def act(request, pk, action):
    if action not in ACTIONS:
        raise Http404
    comment = get_object_or_404(Comment, pk=pk)
    status = ACTIONS[action][1]
    moderate([comment], status, request.user)
    messages.success(request, f"The comment by {comment.name} was {DONE[status]}.")
    return back(request)


class ReplyForm(forms.Form):
    body = forms.CharField(label="Reply", max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))


def reply_author(request, comment: Comment, as_author: bool) -> tuple[str, str]:
    """Who a reply is signed by: one of the page's authors when asked and there is one, else
    the moderator."""
    if as_author:
        for author in pages.notification_authors(comment.page.specific):
            name = getattr(author, "title", "") or str(author)
            return name, getattr(author, "email", "") or request.user.email or "staff@invalid"
    user = request.user
    name = user.get_full_name() or user.get_username()
    return name, user.email or "staff@invalid"


@moderators_only
@require_POST
def reply(request, pk):
    """Reply as the moderator, or ("approve and reply") approve and reply as the page's author."""
    comment = get_object_or_404(Comment.objects.select_related("page"), pk=pk)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Write a reply first (at most 5,000 characters).")
        return back(request, then=comment.pk)
    approve = request.POST.get("approve") == "1"
    if comment.status != CommentStatus.APPROVED and not approve:
        messages.error(request, "Only an approved comment can be replied to: approve it first.")
        return back(request, then=comment.pk)
    # At the deepest level a reply joins the same conversation, under the same parent.
    parent = comment if comment.depth < MAX_DEPTH else comment.parent
    name, email = reply_author(request, comment, as_author=approve)
    with transaction.atomic():
        if approve:
            moderate([comment], CommentStatus.APPROVED, request.user)
        answer = Comment.objects.create(
            page=comment.page,
            parent=parent,
            depth=parent.depth + 1,
            name=name,
            email=email,
            body=form.cleaned_data["body"],
            status=CommentStatus.PENDING,
        )
        moderate([answer], CommentStatus.APPROVED, request.user)
    done = "Approved, and replied" if approve else "Replied"
    messages.success(request, f"{done} to {comment.name} as {name}.")
    return back(request)


class QuickEditForm(forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["name", "email", "website", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 4})}


@moderators_only
@require_POST
def quick_edit(request, pk):
    comment = get_object_or_404(Comment, pk=pk)
    before = (comment.body, comment.website)  # what the filter learnt from, if anything
    form = QuickEditForm(request.POST, instance=comment, prefix=f"c{comment.pk}")
    if not form.is_valid():
        problems = "; ".join(
            f"{form.fields[name].label}: {' '.join(errors)}" for name, errors in form.errors.items()
        )
        messages.error(request, f"The comment was not changed. {problems}")
        return back(request, then=comment.pk)
    with transaction.atomic():
        form.save()
        retrain_edited(comment, *before)
    messages.success(request, f"The comment by {comment.name} was edited.")
    return back(request, then=comment.pk)


# -- acting on several comments at once ----------------------------------------------------

BULK_LIMIT = 100  # a page shows PER_PAGE; more is not a selection made on the desk


def bulk_actions(tab: Tab) -> list[tuple[str, str]]:
    """What the tab's comments can be told all at once: their rows' actions, in one list."""
    offered = {key for status in tab.statuses for key in ROW_ACTIONS[status]}
    return [(key, label) for key, (label, _) in ACTIONS.items() if key in offered]


def chosen(post) -> list[int]:
    """The ids ticked (`ids`), or every row the page showed when "select all" was (`shown`)."""
    field = "shown" if post.get("all") == "1" else "ids"
    values = [value for value in post.getlist(field) if value.isdigit() and len(value) < 12]
    return list(dict.fromkeys(int(value) for value in values))[:BULK_LIMIT]


@moderators_only
@require_POST
def bulk(request):
    """The ticked comments, counted and listed for a confirmation, then all decided together
    through moderate() (the filter learns each, agreement included)."""
    action = request.POST.get("action", "")
    if action not in ACTIONS:
        messages.error(request, "Choose what to do with the selected comments.")
        return back(request, then="")
    comments = list(
        Comment.objects.filter(pk__in=chosen(request.POST))
        .select_related("page")
        .order_by("created_at", "pk")
    )
    if not comments:
        messages.error(request, "Select the comments to act on first.")
        return back(request, then="")
    label, status = ACTIONS[action]
    if request.POST.get("confirm") == "1":
        moderate(comments, status, request.user)
        count = len(comments)
        messages.success(request, f"{count} comment{'s' if count != 1 else ''} {DONE[status]}.")
        return back(request, then="")
    return TemplateResponse(
        request,
        "comments/admin/desk_bulk.html",
        {
            "action": action,
            "label": label,
            "comments": comments,
            "count": len(comments),
            "next": safe_next(request, request.POST.get("next", "")),
        },
    )


# -- acting on patterns -----------------------------------------------------------------------

PATTERNS = {
    "commenter": "from this commenter",
    "address": "from this IP address",
    "domain": "linking to this domain",
}


# What a decision needs of each comment (moderation.moderate): the text it teaches, the label
# it taught before, the page it may retire.
DECIDED_FIELDS = ["pk", "page_id", "status", "body", "website", "trained_as"]

# A pattern can hold tens of thousands of comments: they are decided PATTERN_BATCH at a time,
# each batch in a transaction of its own, for at most PATTERN_SECONDS in one request (a
# reverse proxy gives up on a request after 30 to 60 s). What is left is counted and offered
# again on the confirmation page, whose button goes on with it.
PATTERN_BATCH = 2000
PATTERN_SECONDS = 10.0


def pending_matching(comment: Comment, kind: str, domain: str = ""):
    """The pending comments sharing `comment`'s commenter, IP address or a linked domain: a
    query the indexes answer (comment_desk_email, comment_desk_address; for a domain, the
    hosts each comment links to, `link_hosts`, kept on save and indexed for the pending
    comments on PostgreSQL: comment_desk_pending_hosts)."""
    pending = Comment.objects.filter(status=CommentStatus.PENDING)
    if kind == "commenter":
        return pending.alias(address=Lower("email")).filter(address=comment.email.lower())
    if kind == "address":
        if not comment.ip_address:
            return pending.none()
        return pending.filter(ip_address=comment.ip_address)
    if kind == "domain":
        if not domain or domain not in links_of(comment):
            return pending.none()
        return pending.filter(link_hosts__contains=f" {domain} ")
    raise Http404


def spam_matching(matches, user) -> tuple[int, bool]:
    """Decide the matches as spam a batch at a time, within the time allowed; returns how many
    changed and whether any are left."""
    changed, started = 0, time.monotonic()
    while True:
        with transaction.atomic():
            batch = list(
                matches.order_by().select_for_update().only(*DECIDED_FIELDS)[:PATTERN_BATCH]
            )
            changed += moderate(batch, CommentStatus.SPAM, user)
        if len(batch) < PATTERN_BATCH:
            return changed, False
        if time.monotonic() - started >= PATTERN_SECONDS:
            return changed, matches.exists()


@moderators_only
def pattern(request, pk, kind):
    """A count and a confirmation, then every matching pending comment goes to spam: one
    UPDATE and one batch of learning per PATTERN_BATCH comments (moderation.moderate)."""
    comment = get_object_or_404(Comment.objects.select_related("page"), pk=pk)
    if kind not in PATTERNS:
        raise Http404
    domain = request.POST.get("domain") or request.GET.get("domain", "")
    matches = pending_matching(comment, kind, domain)
    what = {
        "commenter": comment.email,
        "address": comment.ip_address or "",
        "domain": domain,
    }[kind]
    done = 0
    if request.method == "POST" and request.POST.get("confirm") == "1":
        earlier = request.POST.get("done", "")
        done = int(earlier) if earlier.isdigit() and len(earlier) < 10 else 0
        changed, more = spam_matching(matches, request.user)
        done += changed
        if not more:
            messages.success(
                request,
                f"{done} pending comment{'s' if done != 1 else ''} {PATTERNS[kind]} "
                "marked as spam.",
            )
            return back(request)
    next_url = safe_next(request, request.POST.get("next") or request.GET.get("next", ""))
    return TemplateResponse(
        request,
        "comments/admin/desk_pattern.html",
        {
            "comment": comment,
            "kind": kind,
            "description": PATTERNS[kind],
            "what": what,
            "domain": domain,
            "matches": list(matches.select_related("page").order_by("created_at", "pk")[:20]),
            "count": matches.count(),
            "done": done,
            "next": next_url,
        },
    )


@moderators_only
@require_POST
def block(request, pk):
    """Add a domain or a phrase to the blocklist, and mark this comment as spam: one step."""
    comment = get_object_or_404(Comment, pk=pk)
    value = " ".join(request.POST.get("value", "").split())[:200]
    kind = request.POST.get("kind", "")
    if kind == "domain" and value not in links_of(comment):
        messages.error(request, "That domain is not one this comment links to.")
        return back(request, then=comment.pk)
    if kind not in ("domain", "phrase") or len(value) < 3:
        messages.error(request, "Enter a phrase of at least 3 characters to block.")
        return back(request, then=comment.pk)
    settings = CommentSettings.for_request(request)
    with transaction.atomic():
        settings = type(settings).objects.select_for_update().get(pk=settings.pk)
        if value.casefold() not in settings.blocked_phrases:
            settings.blocklist = "\n".join(filter(None, [settings.blocklist.rstrip(), value]))
            settings.save(update_fields=["blocklist"])
        moderate([comment], CommentStatus.SPAM, request.user)
    messages.success(
        request, f"“{value}” is blocked from now on, and the comment by {comment.name} is spam."
    )
    return back(request)
