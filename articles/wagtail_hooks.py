"""Admin registrations: books, the content checks, the review report; what the content tells
other apps through hooks."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_access import restrict_page_chooser
from .checks_panel import warn_after_save
from .models import AuthorPage, Book, GlossaryTerm
from .reports import ContentDueForReviewView


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


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = "Glossary"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["term", "definition"]
    search_fields = ["term", "definition"]


register_snippet(GlossaryViewSet)
# The page chooser lists what the person may see in the explorer, no more (admin_access.py).
hooks.register("construct_page_chooser_queryset", restrict_page_chooser)
# Content checks never block: after a save they leave one warning listing what to look at.
hooks.register("after_create_page", warn_after_save)
hooks.register("after_edit_page", warn_after_save)


@hooks.register("site_author_names")
def author_names():
    """The names of the site's authors, which visitors' comments may not take."""
    return AuthorPage.objects.live().values_list("title", flat=True)


@hooks.register("register_admin_urls")
def due_for_review_urls():
    return [
        path(
            "reports/content-due-for-review/",
            ContentDueForReviewView.as_view(),
            name="content_due_for_review",
        ),
        path(
            "reports/content-due-for-review/results/",
            ContentDueForReviewView.as_view(results_only=True),
            name="content_due_for_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def due_for_review_menu_item():
    return MenuItem(
        "Content due for review", reverse("content_due_for_review"), icon_name="time", order=50
    )
