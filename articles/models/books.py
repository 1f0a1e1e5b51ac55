"""Books (a snippet: one book, reviewed once, cited anywhere) and book review pages."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from stdnum.exceptions import ValidationError as StdnumValidationError
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from ..blocks import ReviewBodyBlock
from ..isbn import format_isbn, normalise_isbn, validate_isbn
from ..streams import stream_texts
from ..structured_data import image_url, iso, person
from .base import ContentPage
from .discussion import comments_panel
from .site_page import ListingPage


def validate_publication_year(value: int) -> None:
    latest = datetime.date.today().year + 2
    if not 1450 <= value <= latest:
        raise ValidationError(f"Enter a year between 1450 and {latest}.")


class LiveBookManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(live=True)


class Book(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    """A book as readers see it: an edit is a draft until someone who may publish publishes it.

    The row holds the live version (Wagtail keeps drafts as revisions); a book never published
    holds its draft and is `live=False`. Public pages read books through `Book.live_objects` or
    check `book.live`, and show nothing of a book that is not live.
    """

    title = models.CharField(max_length=255)
    subtitle = models.CharField(max_length=255, blank=True)
    authors = models.CharField(
        "author(s)",
        max_length=255,
        help_text="As printed on the cover, e.g. 'Ana Ruiz and Li Wei'.",
    )
    isbn = models.CharField(
        "ISBN",
        max_length=20,
        blank=True,
        validators=[validate_isbn],
        help_text="ISBN-10 or ISBN-13; stored as ISBN-13.",
    )
    publisher = models.CharField(max_length=255, blank=True)
    year = models.PositiveSmallIntegerField(
        "year published", null=True, blank=True, validators=[validate_publication_year]
    )
    cover = models.ForeignKey(
        "articles.WellnessImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("subtitle"),
        FieldPanel("authors"),
        FieldRowPanel([FieldPanel("isbn"), FieldPanel("publisher"), FieldPanel("year")]),
        FieldPanel("cover"),
        InlinePanel("links", heading="Links", label="Link"),
    ]

    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("subtitle"),
        index.SearchField("authors"),
        index.FilterField("isbn"),
    ]

    objects = models.Manager()
    live_objects = LiveBookManager()

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return f"{self.title} ({self.authors})" if self.authors else self.title

    def clean(self):
        super().clean()
        if self.isbn:
            try:
                self.isbn = normalise_isbn(self.isbn)
            except StdnumValidationError:  # the field validator reports it to the editor
                return
            clash = Book.objects.filter(isbn=self.isbn).exclude(pk=self.pk).first()
            if clash:
                raise ValidationError({"isbn": f"This ISBN already belongs to “{clash.title}”."})

    def json_ld(self) -> dict:
        """The book as schema.org describes one (a book never published shows nothing)."""
        data = {
            "@type": "Book",
            "name": self.title,
            "author": {"@type": "Person", "name": self.authors},
        }
        if self.isbn:
            data["isbn"] = self.isbn
        if self.publisher:
            data["publisher"] = {"@type": "Organization", "name": self.publisher}
        if self.year:
            data["datePublished"] = str(self.year)
        return data

    @property
    def subtitle_after_title(self) -> str:
        """The subtitle as it follows the title (": A guide"), or nothing."""
        return f": {self.subtitle}" if self.subtitle else ""

    @property
    def isbn_display(self) -> str:
        return format_isbn(self.isbn) if self.isbn else ""

    @property
    def review(self):
        """The live review of this book, if any (prefetch `reviews` to avoid a query)."""
        reviews = list(self.reviews.all())
        return reviews[0] if reviews else None


class BookLink(Orderable):
    book = ParentalKey(Book, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(max_length=100, help_text="e.g. 'Publisher's page' or 'Library'.")
    url = models.URLField("URL")

    panels = [FieldPanel("label"), FieldPanel("url")]

    def __str__(self):
        return self.label


class BookReviewIndexPage(ListingPage):
    subpage_types = ["articles.BookReviewPage"]

    template = "articles/listing_page.html"

    class Meta:
        verbose_name = "book review index"


class BookReviewPage(ContentPage):
    book = models.ForeignKey(Book, on_delete=models.PROTECT, related_name="reviews")
    rating = models.PositiveSmallIntegerField(
        choices=[(n, f"{n} out of 5") for n in range(1, 6)],
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    verdict = models.CharField(max_length=200, help_text="The review in one line.")
    body = StreamField(ReviewBodyBlock())
    reviewer = models.ForeignKey(
        "articles.AuthorPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="book_reviews",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("book"), FieldPanel("rating"), FieldPanel("verdict")], heading="The book"
        ),
        FieldPanel("body"),
        FieldPanel("reviewer"),
        FieldPanel("date_published"),
    ]
    settings_panels = [*Page.settings_panels, comments_panel()]

    search_fields = [
        *Page.search_fields,
        index.SearchField("verdict", boost=2),
        index.SearchField("body"),
        index.RelatedFields("book", [index.SearchField("title"), index.SearchField("authors")]),
        index.FilterField("date_published"),
    ]

    parent_page_types = ["articles.BookReviewIndexPage"]

    card_template = "includes/review_card.html"

    class Meta:
        verbose_name = "book review"

    def clean(self):
        super().clean()
        if self.book_id:
            other = BookReviewPage.objects.filter(book_id=self.book_id).exclude(pk=self.pk).first()
            if other:
                raise ValidationError(
                    {"book": f"This book already has a review: “{other.title}”. Edit that one."}
                )

    @property
    def stars(self) -> str:
        return "★" * self.rating + "☆" * (5 - self.rating)

    def notification_authors(self):
        return [self.reviewer] if self.reviewer else []

    def summary_source(self) -> str:
        return self.verdict

    def search_texts(self) -> list[str]:
        return [*super().search_texts(), *stream_texts(self.body)]

    def share_image(self):
        return self.book.cover if self.book.live else None  # an unpublished book: nothing

    def byline(self) -> str:
        return f"Reviewed by {self.reviewer.title}" if self.reviewer else ""

    def json_ld(self, request, context, meta, publisher) -> dict:
        book = context.get("book") or self.book
        return {
            "@type": "Review",
            "name": self.title,
            "url": meta.canonical,
            "reviewBody": self.verdict,
            **({"itemReviewed": book.json_ld()} if book.live else {}),
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": self.rating,
                "bestRating": 5,
                "worstRating": 1,
            },
            "author": person(self.reviewer, request) if self.reviewer else publisher,
            "publisher": publisher,
            "datePublished": iso(self.date_published),
            "image": image_url(meta, request),
        }

    @classmethod
    def card_prefetches(cls):
        return ["book__cover__renditions", "reviewer"]

    @classmethod
    def byline_prefetches(cls):
        return ["reviewer"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["book"] = (
            Book.live_objects.select_related("cover")
            .prefetch_related("cover__renditions", "links")
            .filter(pk=self.book_id)
            .first()
        )
        return context
