"""Following by email: the form's POST, its confirmation link, a subscriber's own data.

The form carries no CSRF token, as the comment form (comments/views.py): the pages holding it
stay the same for every reader and cacheable. Signing up uses no authority from the visitor's
cookies and only sends a confirmation link (rate-limited per address and per sender), so a
forged post gains nothing the forger could not do directly; cross-site posts are refused all
the same. The answer is the same "check your inbox" whatever the address's state.

The data page (from the link in every email to a follower) shows what we keep, downloads it
as JSON and erases it; its link is signed and expires (links.py).
"""

import json

from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.models import Page

from comments.views import client_address, is_cross_site

from . import follows, links, subscriber_data
from .forms import FollowForm
from .views import bad_link

FOLLOW_HINT = "Sign up again from any article, topic or author page to get a new link."
DATA_HINT = "Each email we send you holds a new link to your data: use the latest one."


def form_again(request, form: FollowForm, status: int, message: str = ""):
    """The form on a page of its own, with the reader's address and what was wrong."""
    page = Page.objects.filter(pk=form.data.get("source") or 0).first()
    page = page.specific if page else None
    context = {
        "form": form,
        "page": page,
        "topics": list(page.topics.all()) if hasattr(page, "topics") else [],
        "authors": [c.author for c in page.article_authors.all()]
        if hasattr(page, "article_authors")
        else [],
        "chosen": form.data.get("target", ""),
        "message": message,
    }
    return render(request, "notifications/follow.html", context, status=status)


@csrf_exempt
@never_cache
@require_POST
def follow(request):
    form = FollowForm(request.POST)
    if is_cross_site(request):
        form.is_valid()
        return form_again(request, form, 403, "This form was sent from another website.")
    if not form.is_valid():
        return form_again(request, form, 400)
    if form.cleaned_data["website"]:  # the field people never see: a robot
        return check_your_inbox()
    source = Page.objects.filter(pk=form.cleaned_data["source"] or 0).first()
    follows.sign_up(
        form.cleaned_data["email"],
        form.cleaned_data["target"],
        form.cleaned_data["frequency"],
        source_page=source,
        source_url=source.url_path if source else request.headers.get("Referer", ""),
        ip=client_address(request),
    )
    return check_your_inbox()


def check_your_inbox():
    """303: the answer to every accepted post, whatever the address's state."""
    response = redirect("notifications:follow_sent")
    response.status_code = 303
    return response


@require_GET
def follow_sent(request):
    return render(request, "notifications/follow_sent.html")


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def confirm_follow(request, token: str):
    try:
        email, follow_id = links.read_follow_confirm(token)
    except links.BadLink as error:
        return bad_link(request, error, FOLLOW_HINT)
    if request.method == "GET":
        follow = follows.Follow.objects.filter(pk=follow_id, email=email).first()
        return render(request, "notifications/confirm_follow.html", {"follow": follow})
    follow = follows.confirm(email, follow_id)
    if follow is None:
        return render(request, "notifications/confirm_follow.html", {"gone": True}, status=410)
    return render(request, "notifications/follow_confirmed.html", {"follow": follow})


def read_data_link(request, token: str):
    try:
        return links.read_data(token), None
    except links.BadLink as error:
        return None, bad_link(request, error, DATA_HINT)


@never_cache
@require_GET
def your_data(request, token: str):
    email, refused = read_data_link(request, token)
    if refused:
        return refused
    context = {"email": email, "data": subscriber_data.collect(email), "token": token}
    return render(request, "notifications/your_data.html", context)


@never_cache
@require_GET
def download_data(request, token: str):
    email, refused = read_data_link(request, token)
    if refused:
        return refused
    body = json.dumps(subscriber_data.collect(email), indent=2, default=str)
    response = HttpResponse(body, content_type="application/json")
    response["Content-Disposition"] = 'attachment; filename="your-subscriber-data.json"'
    return response


@csrf_exempt
@never_cache
@require_POST
def erase_data(request, token: str):
    email, refused = read_data_link(request, token)
    if refused:
        return refused
    with transaction.atomic():
        erased = subscriber_data.erase(email)
    return render(request, "notifications/erased.html", {"email": email, "erased": erased})
