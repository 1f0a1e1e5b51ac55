"""Queueing an email: one row in the outbox per (recipient, what, why), sent by a task.

`queue()` is the only way the site sends email to readers. It refuses anything but a
confirmation or data link to an address that has not confirmed, or that withdrew or bounces; it
writes the row and enqueues its delivery in the caller's transaction (the task queue is a
table of the same database), so a rolled-back change queues nothing and a committed one
cannot lose its email; and queueing the same (recipient, what, why) twice is a no-op.
"""

from django.db import IntegrityError, transaction

from comments.verified import normalise_address

from .models import Address, Email

CONFIRM = "confirm"
COMMENTER_DATA = "commenter-data"  # a commenter's own data link (commenter_data.py)
# The kinds sent to an address that has not confirmed: answers to that reader's own request.
UNCONFIRMED_KINDS = (CONFIRM, COMMENTER_DATA)


def queue(
    recipient: str,
    kind: str,
    reason: str,
    subject: str,
    text: str,
    html: str = "",
    headers: dict | None = None,
) -> Email | None:
    """The queued email, or None when the address may not receive it or it was queued before."""
    recipient = normalise_address(recipient)
    address = Address.objects.filter(email=recipient).first()
    if kind not in UNCONFIRMED_KINDS and (address is None or not address.may_receive):
        return None
    if address is not None and address.suppressed_at:
        return None
    try:
        with transaction.atomic():
            email = Email.objects.create(
                recipient=recipient,
                kind=kind,
                reason=reason,
                subject=subject,
                text=text,
                html=html,
                headers=headers or {},
            )
    except IntegrityError:  # already queued (or sent): the idempotency key
        return None
    from .tasks import deliver

    deliver.enqueue(email.pk)
    return email


def queue_many(kind: str, reason: str, messages: list[dict]) -> int:
    """Queue one email per message (recipient, subject, text, html, headers) in one go.

    The same rules as `queue()`, for a fan-out (an article to its followers, a weekly digest):
    addresses that may not receive are skipped, and so is every (recipient, kind, reason)
    queued before, so running it again after a crash queues only what is missing. The rows
    and their deliveries are written in one transaction. How many were queued.
    """
    wanted = {normalise_address(message["recipient"]): message for message in messages}
    allowed = set(
        Address.objects.filter(
            email__in=wanted,
            confirmed_at__isnull=False,
            unsubscribed_at__isnull=True,
            suppressed_at__isnull=True,
        ).values_list("email", flat=True)
    )
    done = set(
        Email.objects.filter(kind=kind, reason=reason, recipient__in=wanted).values_list(
            "recipient", flat=True
        )
    )
    rows = [
        Email(
            recipient=recipient,
            kind=kind,
            reason=reason,
            subject=message["subject"],
            text=message["text"],
            html=message.get("html", ""),
            headers=message.get("headers") or {},
        )
        for recipient, message in wanted.items()
        if recipient in allowed and recipient not in done
    ]
    if not rows:
        return 0
    from .tasks import deliver

    with transaction.atomic():
        Email.objects.bulk_create(rows, ignore_conflicts=True)  # a concurrent run: harmless
        new = Email.objects.filter(
            kind=kind, reason=reason, recipient__in=[row.recipient for row in rows]
        ).values_list("pk", flat=True)
        for email_id in new:
            deliver.enqueue(email_id)
    return len(rows)
