"""The comments app in the Wagtail admin (the moderation queue, its dashboard panel), and what
it adds to the content's pages through the content's hooks (counts on cards, JSON-LD)."""

from django.shortcuts import redirect
from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from . import desk
from .admin import (
    ApproveBulkAction,
    CommentViewSet,
    DeleteCommentsBulkAction,
    MarkSpamBulkAction,
    PendingCommentsPanel,
    RemoveBulkAction,
    after_comment_edit,
)
from .json_ld import describe_comments
from .listings import with_comment_counts
from .models import CommentSettings

register_snippet(CommentViewSet)

for action in (ApproveBulkAction, MarkSpamBulkAction, RemoveBulkAction):
    hooks.register("register_bulk_action", action)

hooks.register("after_edit_snippet", after_comment_edit)
# Wagtail's bulk delete lists what it would delete: for comments, moderators only.
hooks.register("register_bulk_action", DeleteCommentsBulkAction, order=1)

# What the content's pages show of their comments, without the content importing this app.
hooks.register("annotate_page_cards", with_comment_counts)
hooks.register("construct_page_json_ld", describe_comments)


@hooks.register("construct_homepage_panels")
def add_pending_comments_panel(request, panels):
    if request.user.has_perm("comments.view_comment"):
        panels.append(PendingCommentsPanel(request))


@hooks.register("spam_phrases_for_site")
def blocked_phrases(site) -> list[str]:
    """The comment blocklist, which the content's checks also look for in pages."""
    return CommentSettings.for_site(site).blocked_phrases


def settings_before_the_move(request, pk=None):
    """The comment settings' admin address from when they belonged to the articles app."""
    return redirect("wagtailsettings:edit", "comments", "commentsettings", *filter(None, [pk]))


@hooks.register("register_admin_urls")
def moderation_desk_urls():
    return [
        path("comments/desk/", desk.desk, name="comments_desk"),
        path("comments/desk/bulk/", desk.bulk, name="comments_desk_bulk"),
        path("comments/desk/<int:pk>/reply/", desk.reply, name="comments_desk_reply"),
        path("comments/desk/<int:pk>/edit/", desk.quick_edit, name="comments_desk_edit"),
        path("comments/desk/<int:pk>/block/", desk.block, name="comments_desk_block"),
        path(
            "comments/desk/<int:pk>/spam-all/<slug:kind>/",
            desk.pattern,
            name="comments_desk_pattern",
        ),
        # After the others: any other word is a decision (desk.ACTIONS).
        path("comments/desk/<int:pk>/<slug:action>/", desk.act, name="comments_desk_act"),
    ]


@hooks.register("register_admin_urls", order=-1)
def addresses_before_the_move():
    # Before Wagtail's settings URLs, whose pattern would take these and find no such model.
    return [
        path("settings/articles/commentsettings/", settings_before_the_move),
        path("settings/articles/commentsettings/<int:pk>/", settings_before_the_move),
    ]
