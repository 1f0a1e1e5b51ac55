"""WordPress comments (on posts and pages) → visitor comments, threaded, in bulk.

Statuses: approved → approved, held → pending, spam → spam, trash → removed. Pingbacks and
trackbacks are skipped and counted. Replies deeper than our three levels are attached to
their depth-2 ancestor (so they sit at depth 3) and counted. Comment HTML becomes plain text.
Emails and IP addresses go only into the private fields; an IP address older than the
site's retention period (COMMENT_IP_RETENTION_DAYS) is not imported at all, as
`purge_comment_ips` would delete it. Approved and spam comments teach the spam filter, as a
moderator's decision does.
"""

import datetime
import ipaddress
from dataclasses import asdict, dataclass

from django.conf import settings
from django.utils import timezone

from comments.links import stored_hosts
from comments.model_store import learn_many
from comments.models import MAX_BODY_LENGTH, MAX_DEPTH, MAX_NAME_LENGTH, Comment
from comments.models import CommentStatus as Status
from comments.moderation import LABEL_FOR_STATUS, sync_training

from .htmltree import html_to_text, inline_text
from .mapping import Registry, checksum
from .people import valid_email
from .report import Report
from .wxr import Comment as WPComment
from .wxr import Item

KIND = "comment"
STATUSES = {
    "1": Status.APPROVED,
    "approve": Status.APPROVED,
    "0": Status.PENDING,
    "hold": Status.PENDING,
    "spam": Status.SPAM,
    "trash": Status.REMOVED,
    "post-trashed": Status.REMOVED,
}
NOTES = {
    Status.PENDING: "awaiting moderation in WordPress",
    Status.SPAM: "marked as spam in WordPress",
    Status.REMOVED: "in WordPress's trash",
}
FIELDS = [
    "parent",
    "depth",
    "name",
    "email",
    "website",
    "body",
    "status",
    "created_at",
    "ip_address",
    "moderation_note",
]


@dataclass
class Planned:
    wp_id: str
    parent_wp_id: str | None
    depth: int
    fields: dict
    digest: str = ""


def plan_thread(item: Item, page_id: int, report: Report, what: str) -> list[Planned]:
    """The comments of one post or page, parents first, with their depth in our three levels."""
    comments = {}
    for comment in item.comments:
        if comment.type in ("pingback", "trackback"):
            report.count("comments", "skipped")
            report.note("pingbacks and trackbacks skipped")
        elif comment.wp_id:
            comments[comment.wp_id] = comment
    planned = []
    for comment in comments.values():
        chain, parent = [], comment.parent
        while parent in comments and parent not in chain and parent != comment.wp_id:
            chain.append(parent)
            parent = comments[parent].parent
        if parent in comments:  # a reply loop, which WordPress cannot make: break it here
            chain = []
            report.attend(
                what,
                f"comment {comment.wp_id} is in a loop of replies (shown as a top-level comment)",
            )
        elif not chain and parent not in ("0", ""):
            report.attend(
                what,
                f"comment {comment.wp_id} replies to a comment not imported "
                "(shown as a top-level comment)",
            )
        depth = len(chain) + 1
        if depth > MAX_DEPTH:
            report.note(f"replies deeper than {MAX_DEPTH} levels attached at level {MAX_DEPTH}")
            chain = chain[-(MAX_DEPTH - 1) :]
        parent_wp_id = chain[0] if chain else None
        fields = comment_fields(comment, page_id, report, what, fallback_date=item.date_gmt)
        entry = Planned(comment.wp_id, parent_wp_id, min(depth, MAX_DEPTH), fields)
        # Of what WordPress sent, not of `fields`: an IP address purged here since the last
        # import, or a missing date filled in, is not a change to import again.
        entry.digest = checksum([page_id, parent_wp_id, entry.depth, asdict(comment)])
        planned.append(entry)
    return sorted(planned, key=lambda entry: entry.depth)


def comment_fields(
    comment: WPComment, page_id: int, report: Report, what: str, fallback_date=None
) -> dict:
    body = html_to_text(comment.content)
    if len(body) > MAX_BODY_LENGTH:
        report.attend(what, f"comment {comment.wp_id} shortened to {MAX_BODY_LENGTH} characters")
        body = body[: MAX_BODY_LENGTH - 1] + "…"
    status = STATUSES.get(comment.approved, Status.PENDING)
    created = (
        comment.date_gmt
        or (comment.date and comment.date.replace(tzinfo=datetime.UTC))
        or fallback_date
    )
    website = comment.url if comment.url.lower().startswith(("http://", "https://")) else ""
    return {
        "page_id": page_id,
        "name": inline_text(comment.author)[:MAX_NAME_LENGTH] or "Anonymous",
        "email": valid_email(comment.email),
        "website": website if len(website) <= 200 else "",
        "body": body,
        "status": status,
        "created_at": created or timezone.now(),
        "ip_address": _recent_ip(comment.ip, created),
        "moderation_note": NOTES.get(status, ""),
    }


def _recent_ip(value: str, created: datetime.datetime | None) -> str | None:
    try:
        address = str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None
    retention = datetime.timedelta(days=getattr(settings, "COMMENT_IP_RETENTION_DAYS", 30))
    return address if created and timezone.now() - created <= retention else None


def import_comments(planned: list[Planned], registry: Registry, report: Report, tick) -> None:
    """Create, update or leave each planned comment (every post and page at once, by level)."""
    rows = {entry.wp_id: registry.row(KIND, entry.wp_id) for entry in planned}
    alive = set(
        Comment.objects.filter(
            pk__in=[row.object_id for row in rows.values() if row is not None]
        ).values_list("pk", flat=True)
    )
    ids = {wp_id: row.object_id for wp_id, row in rows.items() if row and row.object_id in alive}
    new, changed = [], []
    for entry in planned:
        if entry.wp_id not in ids:
            new.append(entry)
        elif rows[entry.wp_id].checksum == entry.digest:
            report.count("comments", "unchanged")
        else:
            changed.append(entry)
    for depth in range(1, MAX_DEPTH + 1):
        level = [entry for entry in new if entry.depth == depth]
        _create(level, ids, registry)
        report.count("comments", "created", len(level))
        tick(len(level))
    _update(changed, ids, registry)
    report.count("comments", "updated", len(changed))
    tick(len(planned) - len(new))


def _create(entries: list[Planned], ids: dict[str, int], registry: Registry) -> None:
    comments = []
    for entry in entries:
        comment = Comment(**entry.fields, depth=entry.depth)
        comment.parent_id = ids.get(entry.parent_wp_id) if entry.parent_wp_id else None
        comment.trained_as = LABEL_FOR_STATUS.get(comment.status, "")
        comment.link_hosts = stored_hosts(comment.body, comment.website)  # what save() keeps
        comments.append(comment)
    Comment.objects.bulk_create(comments, batch_size=500)
    learn_many((c.body, c.website, c.trained_as) for c in comments if c.trained_as)
    for entry, comment in zip(entries, comments, strict=True):
        ids[entry.wp_id] = comment.pk
    registry.remember_many(KIND, [(e.wp_id, ids[e.wp_id], e.digest) for e in entries], Comment)


def _update(entries: list[Planned], ids: dict[str, int], registry: Registry) -> None:
    existing = Comment.objects.in_bulk([ids[entry.wp_id] for entry in entries])
    retrain = []
    for entry in entries:
        comment = existing[ids[entry.wp_id]]
        status_before = comment.status
        for name, value in entry.fields.items():
            setattr(comment, name, value)
        comment.depth = entry.depth
        comment.parent_id = ids.get(entry.parent_wp_id) if entry.parent_wp_id else None
        comment.link_hosts = stored_hosts(comment.body, comment.website)
        if comment.status != status_before:
            retrain.append(comment)
    Comment.objects.bulk_update(
        list(existing.values()), [*FIELDS, "page", "link_hosts"], batch_size=500
    )
    for comment in retrain:
        sync_training(comment)
    registry.remember_many(KIND, [(e.wp_id, ids[e.wp_id], e.digest) for e in entries], Comment)
