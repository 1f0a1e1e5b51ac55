from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
