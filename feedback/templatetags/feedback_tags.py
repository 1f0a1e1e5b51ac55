"""The "Did this page help you?" box of a page: `{% load feedback_tags %}{% feedback_box as
feedback %}` then `{% include "includes/feedback.html" %}`."""

import time
from dataclasses import dataclass

from django import template

from caching.fragments import Fragment, fragment
from comments.forms import TOKEN_REFRESH_SECONDS

from ..forms import FeedbackForm
from ..pages import asks_for_feedback
from ..views import THANKS

register = template.Library()


@dataclass
class FeedbackBox:
    form: FeedbackForm
    thanked: bool
    fields: Fragment | None = None  # where the blank form's fields are kept, site-wide


@register.simple_tag(takes_context=True)
def feedback_box(context):
    """The box of the page being rendered: the form a failed post sent back, the thanks after
    an answer (`?feedback=thanks`), else a blank form. None where there is nowhere to post
    (a preview of a page never saved)."""
    page, request = context.get("page"), context.get("request")
    if page is None or request is None or not page.pk or not asks_for_feedback(page):
        return None
    form = context.get("feedback_form")
    return FeedbackBox(
        form=form or FeedbackForm(),
        thanked=form is None and request.GET.get("feedback") == THANKS,
        fields=None if form is not None else blank_form_fields(request),
    )


def blank_form_fields(request) -> Fragment:
    """The blank form's fields are the same on every page (the page is in the form's action):
    kept once for the site, as the comment form's are, their page token a signed time renewed
    every TOKEN_REFRESH_SECONDS."""
    token_epoch = int(time.time() // TOKEN_REFRESH_SECONDS)
    return fragment(request, "feedback-form", token_epoch, shared=True)
