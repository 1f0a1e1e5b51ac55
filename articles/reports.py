"""Admin report: content due for review, most overdue first, with who is responsible."""

import datetime

from django.db.models import Prefetch
from django.urls import reverse
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
        "full_url",
    ]
    export_headings = {
        "next_review_date": "Review was due",
        "days_overdue": "Days overdue",
        "expert_reviewer_name": "Expert reviewer",
        "responsible_author": "Responsible author",
        "full_url": "URL",
    }

    def get_queryset(self):
        return (
            ArticlePage.objects.live()
            .filter(next_review_date__lt=datetime.date.today())
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
