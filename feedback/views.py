"""Receiving an answer: check it, store it, and send the reader back to the page, thanked.

Like the comment form (comments/views.py), the feedback form carries no CSRF token and sets
no cookie, so the page holding it stays the same for every reader and cacheable; posts from
another site's page are refused from the Fetch Metadata and Origin headers. The answer is a
303 to the page's address with `?feedback=thanks`: the same for every reader who answered,
so cacheable too, and never the page's own address, whose cached copy keeps the form.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit
from wagtail.models import Page

from comments.links import count_links
from comments.models import CommentSettings
from comments.normalise import blocked_phrase
from comments.views import HttpResponseSeeOther, is_cross_site

from .forms import FeedbackForm
from .models import Feedback
from .pages import asks_for_feedback

THANKS = "thanks"  # ?feedback=thanks


def feedback_page(page_id: int):
    """The live, public page `page_id` if it asks for feedback; else a 404."""
    page = get_object_or_404(Page.objects.live(), pk=page_id).specific
    if not asks_for_feedback(page) or page.get_view_restrictions().exists():
        raise Http404("This page does not ask for feedback.")
    return page


def page_with_form(request, page, form: FeedbackForm, status: int):
    """The page again, the reader's note kept in the form, with why it was not accepted."""
    form.renew()
    response = page.serve(request, feedback_form=form)
    response.status_code = status
    return response


def looks_like_spam(note: str, rules: CommentSettings) -> bool:
    """The comments' text checks: a blocked phrase, or more links than a comment may hold."""
    return bool(note) and bool(
        blocked_phrase(rules.blocked_phrases, note) or count_links(note) > rules.max_links
    )


@csrf_exempt
@require_POST
@ratelimit(key="ip", rate=lambda group, request: settings.FEEDBACK_RATE_LIMIT, block=False)
def post_feedback(request, page_id: int):
    page = feedback_page(page_id)
    form = FeedbackForm(request.POST)
    if is_cross_site(request):
        form.is_valid()
        form.add_error(None, "This answer was sent from another website, so it was not kept.")
        return page_with_form(request, page, form, status=403)
    if getattr(request, "limited", False):
        form.is_valid()
        form.add_error(
            None, "You are sending answers too quickly. Please wait a minute and send it again."
        )
        return page_with_form(request, page, form, status=429)
    if not form.is_valid():
        return page_with_form(request, page, form, status=400)
    note = form.cleaned_data["note"]
    Feedback.objects.create(
        page=page,
        helpful=form.helpful,
        note=note,
        held_as_spam=looks_like_spam(note, CommentSettings.for_request(request)),
    )
    return HttpResponseSeeOther(f"{page.url}?feedback={THANKS}#feedback")
