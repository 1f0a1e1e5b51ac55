"""Admin registrations: books, the comment moderation area, its dashboard panel."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .comments.admin import (
    ApproveBulkAction,
    CommentViewSet,
    MarkSpamBulkAction,
    PendingCommentsPanel,
    RemoveBulkAction,
    after_comment_edit,
)
from .models import Book


class BookViewSet(SnippetViewSet):
    model = Book
    icon = "doc-full"
    menu_label = "Books"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "authors", "isbn_display", "year"]
    search_fields = ["title", "subtitle", "authors", "isbn"]
    list_filter = ["year"]


register_snippet(BookViewSet)
register_snippet(CommentViewSet)

for action in (ApproveBulkAction, MarkSpamBulkAction, RemoveBulkAction):
    hooks.register("register_bulk_action", action)

hooks.register("after_edit_snippet", after_comment_edit)


@hooks.register("construct_homepage_panels")
def add_pending_comments_panel(request, panels):
    if request.user.has_perm("articles.view_comment"):
        panels.append(PendingCommentsPanel(request))
