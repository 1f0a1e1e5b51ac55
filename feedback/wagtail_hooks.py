"""The admin: each page's feedback, a header button to it, and helpfulness in the review report."""

from django.urls import path
from wagtail import hooks
from wagtail.admin.widgets import Button

from .admin_views import PageFeedbackView, may_read_feedback, page_feedback_url, review_now
from .pages import asks_for_feedback
from .summary import with_answers


@hooks.register("register_admin_urls")
def feedback_urls():
    return [
        path("feedback/pages/<int:page_id>/", PageFeedbackView.as_view(), name="page_feedback"),
        path("feedback/<int:feedback_id>/review-now/", review_now, name="feedback_review_now"),
    ]


@hooks.register("register_page_header_buttons")
def feedback_button(page, user, view_name, next_url=None):
    page = page.specific_deferred
    if asks_for_feedback(page) and may_read_feedback(page, user):
        yield Button("Reader feedback", page_feedback_url(page.pk), icon_name="help", priority=80)


@hooks.register("construct_due_for_review_queryset")
def helpfulness_beside_the_review_date(queryset):
    """Readers' yes and no counts on each page due for review; most "no" answers first."""
    return with_answers(queryset).order_by("-helped_no", "next_review_date", "pk")
