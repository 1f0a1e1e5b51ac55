"""A subscriber's own data: what we keep about an address that follows, and erasing it.

What a follower gave us is theirs: each follow with its consent record (the page, the form's
text they agreed to, when confirmed and withdrawn), the address's own state, and the emails
we queued for them about articles. Erasing deletes the follows, those emails and the address
record (kept only while the address also asked for reply notifications: that record belongs
to the comments' side, which erases it with the commenter's data).
"""

from django.db.models import Q

from .models import Address, Email, Follow, ReplySubscription

FOLLOWER_KINDS = ("article", "digest", "test")


def follower_emails(email: str):
    return Email.objects.filter(recipient=email).filter(
        Q(kind__in=FOLLOWER_KINDS) | Q(kind="confirm", reason__startswith="follow-")
    )


def collect(email: str) -> dict:
    address = Address.objects.filter(email=email).first()
    follows = Follow.objects.filter(email=email).select_related("consent").order_by("pk")
    return {
        "email": email,
        "address": {
            "confirmed_at": address.confirmed_at,
            "unsubscribed_from_everything_at": address.unsubscribed_at,
            "delivery_stopped_at": address.suppressed_at,
        }
        if address
        else None,
        "follows": [
            {
                "follows": follow.target_name,
                "how_often": follow.frequency,
                "asked_at": follow.created_at,
                "asked_on_page": follow.source_url,
                "form_version": follow.consent.version,
                "form_text": follow.consent.text,
                "confirmed_at": follow.confirmed_at,
                "withdrawn_at": follow.withdrawn_at,
                "withdrawn_how": follow.withdrawn_how,
            }
            for follow in follows
        ],
        "emails": [
            {"subject": subject, "status": status, "queued_at": created, "sent_at": sent}
            for subject, status, created, sent in follower_emails(email)
            .order_by("created_at", "pk")
            .values_list("subject", "status", "created_at", "sent_at")
        ],
    }


def erase(email: str) -> int:
    """Delete what we keep for `email` as a follower; how many follows were erased."""
    erased, _ = Follow.objects.filter(email=email).delete()
    follower_emails(email).delete()
    if not ReplySubscription.objects.filter(email=email).exists():
        Address.objects.filter(email=email).delete()
    return erased
