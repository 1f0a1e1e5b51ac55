"""Posting a comment: validate, assess, store, acknowledge with a 303 to the comment's anchor.

The comment form carries no CSRF token, so that the page holding it is the same for every
anonymous reader and can be cached here and by Varnish or a CDN. Posting a comment uses no
authority from the visitor's cookies (a signed-in editor posts as a visitor), so a forged
post gains nothing the forger could not do directly; cross-site posts are refused all the
same, from the Fetch Metadata and Origin headers every current browser sends.

Each browser that posts keeps a random secret in a signed cookie (COMMENTER_KEY_COOKIE) whose
path is the posting URL's: it is sent with comment POSTs only, never with page requests, so
pages stay public and cacheable. A comment stores the secret's hash (`Comment.proof`); once a
moderator approves one, later comments from that email and that browser go straight through,
and anyone else typing the same name and email is held (spam.py).
"""

import hashlib
import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit
from wagtail.models import Page

from . import pages
from .display import BRANCH, OWN_COMMENTS_SESSION_KEY, REMEMBER_COOKIE, conversation_replies
from .forms import CommentForm, site_name
from .models import Comment, CommentSettings, CommentStatus
from .moderation import notify_pending
from .own import grant
from .signals import comment_posted
from .spam import assess
from .verified import normalise_address, verified_address

ONE_YEAR = 365 * 24 * 3600
COMMENTER_KEY_COOKIE = "wellness_comment_key"


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303


def commentable_page(page_id: int):
    """The live page `page_id`, if it takes comments and everyone may read it; else a 404."""
    page = get_object_or_404(Page.objects.live(), pk=page_id).specific
    if not pages.takes_comments(page):
        raise Http404("This page does not take comments.")
    # The page's own answer: the site's pages answer from the cache of restricted sections.
    if page.get_view_restrictions().exists():
        raise Http404("This page is private.")
    return page


def is_cross_site(request) -> bool:
    """True for a post sent by another site's page (no header: an old client, or not a browser)."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if not origin:
        return False
    trusted = {request.get_host(), *(urlsplit(o).netloc for o in settings.CSRF_TRUSTED_ORIGINS)}
    return origin == "null" or not url_has_allowed_host_and_scheme(
        origin, allowed_hosts=trusted, require_https=request.is_secure()
    )


def commenter_key(request) -> str:
    """The secret this browser proves itself with: the one it holds, or a new one."""
    key = request.get_signed_cookie(COMMENTER_KEY_COOKIE, default="", salt=COMMENTER_KEY_COOKIE)
    return key if len(key) >= 32 else secrets.token_urlsafe(32)


def proof_of(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def keep_commenter_key(request, response, key: str) -> None:
    """Send the secret back, for comment posts only: the cookie's path is /comments/."""
    response.set_signed_cookie(
        COMMENTER_KEY_COOKIE,
        key,
        salt=COMMENTER_KEY_COOKIE,
        max_age=ONE_YEAR,
        path=request.path.rstrip("/").rpartition("/")[0] + "/",
        httponly=True,
        samesite="Strict",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def client_address(request) -> str | None:
    return request.META.get("REMOTE_ADDR") or None


def page_with_form(request, page, form: CommentForm, status: int):
    """The page again, with the visitor's text in the form and the reason it was not accepted."""
    form.refresh_token()
    response = page.serve(request, comment_form=form)
    response.status_code = status
    return response


@csrf_exempt
@require_POST
@ratelimit(key="ip", rate=lambda group, request: settings.COMMENT_RATE_LIMIT, block=False)
def post_comment(request, page_id: int):
    page = commentable_page(page_id)
    form = CommentForm(
        request.POST, page=page, address=client_address(request), site_name=site_name(request)
    )
    rules = CommentSettings.for_request(request)
    if is_cross_site(request):
        form.is_valid()
        form.add_error(None, "This comment was sent from another website, so it was not posted.")
        return page_with_form(request, page, form, status=403)
    if not pages.comments_are_open(page, rules.close_after_days):
        form.is_valid()
        form.add_error(None, "Comments are closed on this page, so your comment was not posted.")
        return page_with_form(request, page, form, status=403)
    if getattr(request, "limited", False):
        form.is_valid()
        form.add_error(
            None, "You are sending comments too quickly. Please wait a minute and send it again."
        )
        return page_with_form(request, page, form, status=429)
    if not form.is_valid():
        return page_with_form(request, page, form, status=400)

    comment = form.save(commit=False)
    comment.page = page
    comment.parent = form.cleaned_data["parent"]
    comment.depth = comment.parent.depth + 1 if comment.parent else 1
    comment.ip_address = client_address(request)
    key = commenter_key(request)
    comment.proof = proof_of(key)
    comment.user_agent = request.META.get("HTTP_USER_AGENT", "")[:300]
    token_address = verified_address(request)
    verified = bool(token_address) and token_address == normalise_address(comment.email)
    verdict = assess(comment, rules, verified=verified)
    comment.status, comment.moderation_note, comment.spam_score = (
        verdict.status,
        verdict.reason,
        verdict.score,
    )
    with transaction.atomic():
        comment.save()
        comment_posted.send(
            sender=Comment,
            comment=comment,
            request=request,
            wants_replies=form.cleaned_data.get("notify", False),
        )
        if comment.status == CommentStatus.PENDING and rules.notify_moderators:
            transaction.on_commit(lambda: notify_pending(comment))

    if comment.status != CommentStatus.APPROVED:  # spam looks pending to its sender
        own = request.session.get(OWN_COMMENTS_SESSION_KEY, [])
        request.session[OWN_COMMENTS_SESSION_KEY] = [*own[-49:], comment.pk]
    response = HttpResponseSeeOther(comment_url(page, comment))
    remember(response, form)
    keep_commenter_key(request, response, key)
    grant(request, response, comment)  # changed or deleted from here for a while: own.py
    return response


def comment_url(page, comment: Comment) -> str:
    """Where `comment` is shown, at its anchor: the page of comments holding its conversation,
    or, for a reply past the first COMMENT_REPLIES_SHOWN of its conversation, the page of that
    conversation alone (display.py) that holds it."""
    root = comment
    while root.parent_id:
        root = root.parent
    if root.pk != comment.pk:
        position = replies_before(root, comment)
        if position >= settings.COMMENT_REPLIES_SHOWN:
            number = position // settings.COMMENT_REPLIES_PER_PAGE + 1
            query = f"?thread={root.pk}" + (f"&replies={number}" if number > 1 else "")
            return f"{page.url}{query}#{comment.anchor}"
    earlier = (
        Comment.objects.filter(page_id=page.pk, parent__isnull=True, created_at__lt=root.created_at)
        .filter(status=CommentStatus.APPROVED)
        .count()
    )
    number = earlier // settings.COMMENTS_PER_PAGE + 1
    query = f"?comments={number}" if number > 1 else ""
    return f"{page.url}{query}#{comment.anchor}"


def replies_before(root: Comment, reply: Comment) -> int:
    """How many approved replies of `root`'s conversation are shown before `reply` (one count).

    Replies are shown in tree order: each reply to the conversation, oldest first, followed by
    the replies to it (display.thread_order)."""
    branch_created, branch_pk = (
        (reply.created_at, reply.pk)
        if reply.depth <= 2
        else (reply.parent.created_at, reply.parent_id)
    )
    earlier = (
        Q(branch_created__lt=branch_created)
        | Q(branch_created=branch_created, branch_pk__lt=branch_pk)
        | Q(branch_created=branch_created, branch_pk=branch_pk, depth__lt=reply.depth)
        | Q(
            branch_created=branch_created,
            branch_pk=branch_pk,
            depth=reply.depth,
            created_at__lt=reply.created_at,
        )
        | Q(
            branch_created=branch_created,
            branch_pk=branch_pk,
            depth=reply.depth,
            created_at=reply.created_at,
            pk__lt=reply.pk,
        )
    )
    return (
        conversation_replies(Comment.objects.approved(), root.pk)
        .annotate(**BRANCH)
        .filter(earlier)
        .count()
    )


def remember(response, form: CommentForm) -> None:
    """Keep name, email and website in a signed cookie only when the visitor asked for it."""
    if form.cleaned_data.get("remember"):
        data = "\n".join(form.cleaned_data[k] or "" for k in ("name", "email", "website"))
        response.set_signed_cookie(
            REMEMBER_COOKIE,
            data,
            salt=REMEMBER_COOKIE,
            max_age=ONE_YEAR,
            httponly=True,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )
    else:
        response.delete_cookie(REMEMBER_COOKIE, samesite="Lax")
