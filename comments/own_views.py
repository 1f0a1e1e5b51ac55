"""The pages where a commenter changes or deletes their own comment (own.py holds the rules).

Never cached (PAGE_CACHE_SKIP_PATHS: /comments/) and personal: the forms carry Django's CSRF
token, and the key cookie is SameSite=Strict besides.
"""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from . import own
from .display import OWN_COMMENTS_SESSION_KEY
from .erasure import erase
from .forms import CommentEditForm
from .models import Comment, CommentStatus
from .views import HttpResponseSeeOther, comment_url


def own_comment_or_refusal(request, comment_id: int):
    """The comment and None, or None and the page saying why this browser may not change it."""
    comment = get_object_or_404(Comment.objects.select_related("page"), pk=comment_id)
    try:
        own.check(request, comment)
    except own.NotYours as refusal:
        return comment, refused(request, comment, refusal)
    return comment, None


def refused(request, comment: Comment, refusal: own.NotYours):
    return render(
        request,
        "comments/own/refused.html",
        {
            "title": "The time for changes is over" if refusal.expired else "Not your comment",
            "message": str(refusal),
            "page": comment.page.specific,
            "comment": comment,
        },
        status=403,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def own_comment(request, comment_id: int):
    comment, refusal = own_comment_or_refusal(request, comment_id)
    if refusal:
        return refusal
    page = comment.page.specific
    form = CommentEditForm(request.POST or None, initial={"body": comment.body})
    if request.method == "POST" and form.is_valid():
        own.change(request, comment, form.cleaned_data["body"])
        if comment.status != CommentStatus.APPROVED:  # shown to its sender only
            held = request.session.get(OWN_COMMENTS_SESSION_KEY, [])
            request.session[OWN_COMMENTS_SESSION_KEY] = [*held[-49:], comment.pk]
        return HttpResponseSeeOther(comment_url(page, comment))
    context = {
        "comment": comment,
        "page": page,
        "form": form,
        "minutes": own.minutes(),
    }
    return render(request, "comments/own/edit.html", context, status=400 if form.errors else 200)


@never_cache
@require_POST
def delete_own_comment(request, comment_id: int):
    comment, refusal = own_comment_or_refusal(request, comment_id)
    if refusal:
        return refusal
    page = comment.page.specific
    erased = erase([comment], delete=True)
    response = render(
        request,
        "comments/own/deleted.html",
        {"page": page, "kept_for_replies": bool(erased.anonymised)},
    )
    own.forget(request, response, comment_id)
    return response
