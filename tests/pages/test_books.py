"""Books as editors manage them: validated ISBNs, one review per book."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from articles.isbn import format_isbn, normalise_isbn
from articles.models import Book
from wellness.factories import BookFactory


@pytest.mark.parametrize(
    "raw",
    ["978-0-306-40615-7", "9780306406157", "0-306-40615-2", "0306406152", " 978 0 306 40615 7 "],
)
def test_valid_isbns_are_stored_as_isbn13(raw):
    assert normalise_isbn(raw.strip()) == "9780306406157"


@pytest.mark.parametrize("raw", ["978-0-306-40615-8", "12345", "ISBN", "0-306-40615-3", "9" * 20])
def test_invalid_isbns_are_refused_with_a_clear_message(db, raw):
    book = Book(title="Bad", authors="Someone", isbn=raw)
    with pytest.raises(ValidationError) as error:
        book.full_clean()
    assert "is not a valid ISBN" in str(error.value)


def test_isbn_is_shown_hyphenated():
    assert format_isbn("9780306406157") == "978-0-306-40615-7"


def test_two_books_cannot_share_an_isbn(db):
    BookFactory(title="First", isbn="9780306406157")
    duplicate = Book(title="Second", authors="X", isbn="0-306-40615-2")
    with pytest.raises(ValidationError, match="already belongs to “First”"):
        duplicate.full_clean()


def test_a_year_far_in_the_future_is_refused(db):
    with pytest.raises(ValidationError, match="Enter a year between 1450"):
        Book(title="Time travel", authors="X", year=3000).full_clean()


class TestEditorAddsBooks(WagtailTestUtils):
    def post_book(self, client, **fields):
        data = nested_form_data(
            {
                "title": "Quiet Hands",
                "subtitle": "",
                "authors": "Helen Okafor",
                "isbn": "",
                "publisher": "Riverbend Press",
                "year": "2019",
                "links": inline_formset([{"label": "Publisher", "url": "https://example.org/"}]),
                **fields,
            }
        )
        return client.post("/admin/snippets/articles/book/add/", data)

    def test_editor_adds_a_book_with_links(self, admin_client):
        response = self.post_book(admin_client, isbn="0-306-40615-2")
        assert response.status_code == 302
        book = Book.objects.get()
        assert book.isbn == "9780306406157"
        assert [link.label for link in book.links.all()] == ["Publisher"]

    def test_a_bad_isbn_re_renders_the_form_with_the_text_kept(self, admin_client):
        response = self.post_book(admin_client, isbn="978-1-23", title="My careful title")
        assert response.status_code == 200
        html = response.content.decode()
        assert "is not a valid ISBN" in html and "My careful title" in html
        assert not Book.objects.exists()
