"""Books (snippets with a valid ISBN) and the review pages about them."""

import datetime

import factory
import wagtail_factories
from stdnum.ean import calc_check_digit

from articles.models import Book, BookReviewPage

from .streams import stream


class BookFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Book {n}")
    authors = "Helen Okafor"
    isbn = factory.Sequence(lambda n: f"978190987{n:03d}" + calc_check_digit(f"978190987{n:03d}"))
    publisher = "Riverbend Press"
    year = 2019

    class Meta:
        model = Book


class BookReviewPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Review {n}")
    book = factory.SubFactory(BookFactory)
    rating = 4
    verdict = "Calm, careful and honest about the evidence."
    body = factory.LazyFunction(
        lambda: stream(("paragraph", "<p>A thoughtful book about light-touch work.</p>"))
    )
    date_published = factory.Sequence(
        lambda n: datetime.date(2026, 2, 1) + datetime.timedelta(days=n)
    )

    class Meta:
        model = BookReviewPage
