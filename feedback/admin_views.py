"""The admin's view of what readers answered on one page, and the "review it now" action.

Those who may edit the page see it, and so does its expert reviewer (whose admin account is
linked to their author page), who may have no page permissions at all. Bringing the review
forward is an editor's action: it needs permission to edit the page.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from .models import Feedback
from .review import bring_review_forward, reviews_dates
from .summary import answers_for


def can_edit(page, user) -> bool:
    return page.permissions_for_user(user).can_edit()


def is_expert_reviewer(page, user) -> bool:
    author = getattr(user, "author_page", None)
    reviewer_id = getattr(page, "expert_reviewer_id", None)
    return author is not None and reviewer_id is not None and author.pk == reviewer_id


def may_read_feedback(page, user) -> bool:
    return can_edit(page, user) or is_expert_reviewer(page, user)


class PageFeedbackView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "feedback/admin/page_feedback.html"
    header_icon = "help"

    def dispatch(self, request, page_id: int):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not may_read_feedback(self.page, request.user):
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return "Reader feedback"

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page=self.page,
            answers=answers_for(self.page.pk),
            can_bring_forward=reviews_dates(self.page) and can_edit(self.page, self.request.user),
            **kwargs,
        )


@require_POST
def review_now(request, feedback_id: int):
    feedback = get_object_or_404(Feedback.objects.select_related("page"), pk=feedback_id)
    page = feedback.page.specific
    if not (reviews_dates(page) and can_edit(page, request.user)):
        raise PermissionDenied
    if bring_review_forward(feedback):
        messages.success(
            request, f"“{page.title}” is now due for review: it heads the review report."
        )
    else:
        messages.info(request, f"“{page.title}” was already due for review; the note is marked.")
    return redirect(page_feedback_url(page.pk))


def page_feedback_url(page_id: int) -> str:
    return reverse("page_feedback", args=[page_id])
