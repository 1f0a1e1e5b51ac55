"""The Comments area of the Wagtail admin: a filtered, searchable queue with bulk decisions."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.models import Page
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from .counts import status_counts
from .models import Comment, CommentStatus
from .moderation import moderate, sync_training


def may_moderate(user) -> bool:
    """Who may see held comments at all (names, pages, text): those who may moderate them."""
    return user.has_perm("comments.change_comment")


class ModeratorsOnly:
    """A view or bulk action that shows comments: permission denied before anything is read."""

    def dispatch(self, request, *args, **kwargs):
        if not may_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class CommentChooserViewSet(SnippetChooserViewSet):
    """Wagtail's chooser opens to anyone in the admin; for comments, only to moderators."""

    choose_view_class = type("ChooseView", (ModeratorsOnly, ChooseView), {})
    choose_results_view_class = type("ChooseResultsView", (ModeratorsOnly, ChooseResultsView), {})
    chosen_view_class = type("ChosenView", (ModeratorsOnly, SnippetChosenView), {})
    chosen_multiple_view_class = type(
        "ChosenMultipleView", (ModeratorsOnly, SnippetChosenMultipleView), {}
    )
    create_view_class = type("CreateView", (ModeratorsOnly, SnippetCreateView), {})


class CommentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=CommentStatus.choices, empty_label="Any status")
    page = django_filters.ModelChoiceFilter(
        queryset=lambda request: Page.objects.filter(
            pk__in=Comment.objects.values("page_id")
        ).order_by("title"),
        empty_label="Any page",
    )
    created_at = django_filters.DateFromToRangeFilter(label="Posted", widget=DateRangePickerWidget)

    class Meta:
        model = Comment
        fields = ["status", "page", "created_at"]


class PendingCountMenuItem(MenuItem):
    """'Comments' in the admin menu (the moderation desk), with how many await moderation:
    read from the maintained counts (counts.py), on every admin page, without counting rows."""

    def render_component(self, request):
        pending = status_counts(request)[CommentStatus.PENDING]
        if pending:
            self.label = f"Comments ({pending} pending)"
        else:
            self.label = "Comments"
        return super().render_component(request)

    def is_shown(self, request):
        return may_moderate(request.user)


class ExcerptColumn(Column):
    cell_template_name = "comments/admin/excerpt_cell.html"


class PageLinkColumn(Column):
    cell_template_name = "comments/admin/page_link_cell.html"


class CommentViewSet(SnippetViewSet):
    model = Comment
    # The addresses moderators know from when comments were part of the articles app.
    base_url_path = "snippets/articles/comment"
    chooser_base_url_path = "snippets/choose/articles/comment"
    icon = "comment"
    menu_label = "Comments"
    menu_order = 240
    add_to_admin_menu = True
    filterset_class = CommentFilterSet
    # Substring search in the database: moderators look for part of a name, an address or a
    # phrase, and comments stay out of the site search index (no index write per comment).
    search_fields = ["name", "email", "body"]
    search_backend_name = None
    ordering = ["-created_at"]
    list_per_page = 50
    list_display = [
        ExcerptColumn("excerpt", label="Comment"),
        PageLinkColumn("page", label="On page"),
        "status",
        Column("spam_score_display", label="Spam score"),
        DateColumn("created_at", label="Posted"),
    ]
    copy_view_enabled = False
    inspect_view_enabled = True
    chooser_viewset_class = CommentChooserViewSet

    def get_queryset(self, request):
        return Comment.objects.select_related("page")

    def get_menu_item(self, order=None):
        return PendingCountMenuItem(
            label=self.menu_label,
            url=reverse("comments_desk"),
            name=self.menu_name,
            icon_name=self.menu_icon,
            order=order or self.menu_order,
        )


class ModerationBulkAction(ModeratorsOnly, SnippetBulkAction):
    models = [Comment]
    template_name = "comments/admin/confirm_bulk_moderation.html"
    status = ""

    def check_perm(self, obj):
        return may_moderate(self.request.user)

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return moderate(objects, cls.status, kwargs["self"].request.user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return f"{num_parent_objects} comment{'s' if num_parent_objects != 1 else ''} {self.done}."

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action": self}


class ApproveBulkAction(ModerationBulkAction):
    display_name = "Approve"
    action_type = "approve"
    aria_label = "Approve the selected comments"
    action_priority = 10
    status = CommentStatus.APPROVED
    done = "approved"


class MarkSpamBulkAction(ModerationBulkAction):
    display_name = "Mark as spam"
    action_type = "mark_spam"
    aria_label = "Mark the selected comments as spam"
    action_priority = 20
    status = CommentStatus.SPAM
    done = "marked as spam"


class RemoveBulkAction(ModerationBulkAction):
    display_name = "Remove"
    action_type = "remove"
    aria_label = "Remove the selected comments from the site"
    action_priority = 30
    status = CommentStatus.REMOVED
    done = "removed"
    classes = {"serious"}


class DeleteCommentsBulkAction(ModeratorsOnly, DeleteBulkAction):
    """Wagtail's bulk delete, which lists the comments chosen: for comments, moderators only.

    Registered after Wagtail's (hook order 1), so it takes its place for comments alone.
    """

    models = [Comment]


class PendingCommentsPanel(Component):
    """The dashboard panel: what awaits moderation, newest first."""

    name = "pending_comments"
    order = 50
    template_name = "comments/admin/pending_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        counts = status_counts(self.request)
        return {
            "pending": counts[CommentStatus.PENDING],
            "spam": counts[CommentStatus.SPAM],
            "comments": Comment.objects.pending()
            .select_related("page")
            .order_by("-created_at")[:5],
            "list_url": reverse("comments_desk"),
        }


def after_comment_edit(request, instance):
    """A status chosen in the edit form counts as a moderation decision."""
    if isinstance(instance, Comment):
        sync_training(instance)
