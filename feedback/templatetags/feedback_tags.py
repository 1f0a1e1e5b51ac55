"""The "Did this page help you?" box of a page: `{% load feedback_tags %}{% feedback_box as
feedback %}` then `{% include "includes/feedback.html" %}`."""

from dataclasses import dataclass

from django import template

from ..forms import FeedbackForm
from ..pages import asks_for_feedback
from ..views import THANKS

register = template.Library()


@dataclass
class FeedbackBox:
    form: FeedbackForm
    thanked: bool


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
    )
