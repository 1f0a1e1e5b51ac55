"""Admin report: content due for review, most overdue first, with who is responsible.

Apps that know more of each page add to the list through the `construct_due_for_review_queryset`
hook, `fn(queryset) -> queryset`, annotating what it shows and reordering it: reader feedback
(feedback/) annotates `helped_yes` and `helped_no` and puts the pages with most "no" first.
"""

import datetime

from django.db.models import Prefetch
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import ArticlePage, ArticlePageAuthor


class ContentDueForReviewView(ReportView):
    page_title = "Content due for review"
    header_icon = "time"
    index_url_name = "content_due_for_review"
    index_results_url_name = "content_due_for_review_results"
    results_template_name = "articles/admin/due_for_review_results.html"
    context_object_name = "pages"
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["add", "change", "publish"]
    list_export = [
        "title",
        "next_review_date",
        "days_overdue",
        "expert_reviewer_name",
        "responsible_author",
        "helped_yes",
        "helped_no",
        "full_url",
    ]
    export_headings = {
        "next_review_date": "Review was due",
        "days_overdue": "Days overdue",
        "expert_reviewer_name": "Expert reviewer",
        "responsible_author": "Responsible author",
        "helped_yes": "Readers helped",
        "helped_no": "Readers not helped",
        "full_url": "URL",
    }

    def get_queryset(self):
        queryset = (
            ArticlePage.objects.live()
            .filter(next_review_date__lte=datetime.date.today())
            .select_related("expert_reviewer")
            .prefetch_related(
                Prefetch(
                    "article_authors",
                    queryset=ArticlePageAuthor.objects.select_related("author").order_by(
                        "sort_order"
                    ),
                )
            )
            .order_by("next_review_date", "pk")
        )
        for construct in hooks.get_hooks("construct_due_for_review_queryset"):
            queryset = construct(queryset)
        return queryset

    def decorate_paginated_queryset(self, object_list):
        today = datetime.date.today()
        for page in object_list:
            credits = list(page.article_authors.all())
            page.days_overdue = (today - page.next_review_date).days
            page.responsible_author = credits[0].author.title if credits else ""
            page.expert_reviewer_name = page.expert_reviewer.title if page.expert_reviewer else ""
        return object_list


def report_url() -> str:
    return reverse("content_due_for_review")
