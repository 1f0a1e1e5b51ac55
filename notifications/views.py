"""The links in emails: confirm an address, unsubscribe from a conversation, a follow, the
weekly email or from all.

Each link opens a page with one button (a POST): mail scanners that fetch every link in a
message confirm and unsubscribe nothing. The POST needs no CSRF token: the signed token in
the address is the authority, and RFC 8058's one-click unsubscribe is a POST from the
reader's mail provider, which has none (`List-Unsubscribe=One-Click` in its body).
"""

from django.db import transaction
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from comments.verified import set_verified

from . import links
from .follows import withdraw
from .models import Address, Follow, Frequency, ReplySubscription

REPLIES_HINT = "Tick “Email me when someone replies” on your next comment to get a new link."


def bad_link(request, error: links.BadLink, hint: str = REPLIES_HINT):
    return render(
        request,
        "notifications/link.html",
        {
            "title": "This link has expired" if error.expired else "This link is not valid",
            "message": str(error),
            "expired": error.expired,
            "hint": hint,
        },
        status=410 if error.expired else 400,
    )


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    try:
        email = links.read_confirm(token)
    except links.BadLink as error:
        return bad_link(request, error)
    if request.method == "GET":
        return render(request, "notifications/confirm.html", {"email": email})
    with transaction.atomic():
        address = Address.of(email)
        if not address.confirmed_at or address.unsubscribed_at:
            address.confirmed_at = timezone.now()
            address.unsubscribed_at = None
            address.save(update_fields=["confirmed_at", "unsubscribed_at"])
    response = render(request, "notifications/confirmed.html", {"email": email})
    set_verified(response, email)
    return response


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    try:
        email, subscription_id, follow_id, weekly = links.read_unsubscribe(token)
    except links.BadLink as error:
        return bad_link(request, error)
    follow = Follow.objects.filter(pk=follow_id, email=email).first() if follow_id else None
    subscription = (
        ReplySubscription.objects.filter(pk=subscription_id, email=email)
        .select_related("comment__page")
        .first()
        if subscription_id
        else None
    )
    context = {
        "email": email,
        "subscription": subscription,
        "follow": follow,
        "follow_id": follow_id,
        "weekly": weekly,
        "everything": not (subscription_id or follow_id or weekly),
    }
    if request.method == "GET":
        return render(request, "notifications/unsubscribe.html", context)
    with transaction.atomic():
        if follow_id:
            changed = withdraw(email, follow_id, "unsubscribe link")
        elif weekly:
            changed = withdraw(email, None, "unsubscribe link (weekly)", Frequency.WEEKLY)
        elif subscription_id:
            changed = ReplySubscription.objects.filter(
                pk=subscription_id, email=email, active=True
            ).update(active=False)
        else:
            changed = Address.objects.filter(email=email, unsubscribed_at__isnull=True).update(
                unsubscribed_at=timezone.now()
            )
            ReplySubscription.objects.filter(email=email, active=True).update(active=False)
            changed += withdraw(email, None, "unsubscribed from everything")
    context["already"] = not changed
    return render(request, "notifications/unsubscribed.html", context)
