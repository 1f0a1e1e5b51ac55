"""StreamField blocks for articles, reviews and standard pages. Each block describes itself."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_unicode_slug
from django.db.models import Prefetch, prefetch_related_objects
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.rich_text import expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock

from .citations import link_citations
from .headings import anchor_for

INLINE_FEATURES = ["bold", "italic", "link"]
DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
TEXT_FEATURES = [*INLINE_FEATURES, "ol", "ul", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section (H2)"), ("h3", "Subsection (H3)")], default="h2"
    )
    anchor = blocks.CharBlock(
        required=False,
        max_length=60,
        validators=[validate_unicode_slug],
        help_text="The #link to this heading. Leave blank to make one from the heading text.",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        group = "Text"
        description = "A section heading; H2 headings make up the table of contents."
        preview_value = {"text": "How a session works", "level": "h2"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = anchor_for(value)
        return context


class CitedRichTextBlock(blocks.RichTextBlock):
    """Rich text in which "[1]" or "[2, 3]" links to numbered references in a sources block."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        parent = parent_context or {}
        seen = parent.get("cited_references")
        html = expand_db_html(value.source)
        html = link_citations(
            html, parent.get("reference_count", 0), seen if seen is not None else set()
        )
        glossary = parent.get("glossary")  # the page's: terms are defined once per page
        context["html"] = glossary.mark(html) if glossary is not None else html
        return context


class RenditionPrefetchingImageBlock(ImageBlock):
    """Wagtail's ImageBlock (image + contextual alt text), fetching all renditions in one query."""

    def bulk_to_python(self, values):
        images = super().bulk_to_python(values)
        prefetch_related_objects([image for image in images if image], "renditions")
        return images


class CaptionedImageBlock(blocks.StructBlock):
    image = RenditionPrefetchingImageBlock()
    caption = blocks.CharBlock(required=False, max_length=300)
    credit = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text="Leave blank to use the credit stored with the image.",
    )

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        group = "Media"
        description = "An image with alt text, an optional caption and a credit line."


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        group = "Text"
        description = "A pull quote, with who said it."
        preview_value = {
            "text": "The lightest touch can be the hardest to learn.",
            "attribution": "A practitioner",
        }


class DefinitionBlock(blocks.StructBlock):
    term = blocks.CharBlock(max_length=200)
    description = blocks.RichTextBlock(features=INLINE_FEATURES)


class DefinitionListBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200)
    items = blocks.ListBlock(DefinitionBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/definition_list.html"
        group = "Lists"
        description = "Terms and their descriptions, such as principles or techniques."


CALLOUT_LABELS = {
    "info": "Note",
    "caution": "Caution",
    "help_urgent": "Get help now",
    "help_non_urgent": "When to see a doctor",
}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[
            ("info", "Information"),
            ("caution", "Caution: side effects, who should not try this"),
            ("help_urgent", "When to get help: urgent"),
            ("help_non_urgent", "When to get help: not urgent"),
        ],
        default="info",
        help_text="Each kind looks different and says what it is in words.",
    )
    title = blocks.CharBlock(max_length=200)
    body = blocks.RichTextBlock(features=TEXT_FEATURES, required=False)
    side_effects = blocks.ListBlock(
        blocks.CharBlock(max_length=300),
        required=False,
        min_num=0,
        default=[],
        label="Possible side effects",
        help_text="Cautions only: one per line. Search engines are told about them too.",
    )
    contraindications = blocks.ListBlock(
        blocks.CharBlock(max_length=300),
        required=False,
        min_num=0,
        default=[],
        label="Who should not try this",
        help_text="Cautions only: one group of people or condition per line.",
    )

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        group = "Health"
        description = (
            "A boxed note: information, or a caution about risks and who should not try this."
        )
        preview_value = {
            "kind": "caution",
            "title": "Who should not try this",
            "body": "<p>Ask your doctor first if you have had a recent head injury.</p>",
        }


class KeyTakeawaysBlock(blocks.StructBlock):
    title = blocks.CharBlock(default="Key takeaways", max_length=100)
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)

    class Meta:
        icon = "tick"
        template = "blocks/key_takeaways.html"
        group = "Lists"
        description = "A short summary of the points to remember."


def validate_doi(value: str) -> None:
    if value and not DOI_RE.match(value):
        raise ValidationError("Enter a DOI such as 10.1000/xyz123 (without https://doi.org/).")


def validate_pmid(value: str) -> None:
    if value and not value.isdigit():
        raise ValidationError("A PubMed ID is a number, such as 31415926.")


def validate_year(value: int) -> None:
    if value is not None and not 1800 <= value <= datetime.date.today().year + 1:
        raise ValidationError(f"Enter a year between 1800 and {datetime.date.today().year + 1}.")


class ReferenceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=300)
    authors = blocks.CharBlock(max_length=300, required=False, help_text="e.g. 'Ruiz A, Wei L'")
    publication = blocks.CharBlock(
        max_length=200, required=False, help_text="Journal, publisher or website."
    )
    year = blocks.IntegerBlock(required=False, validators=[validate_year])
    url = blocks.URLBlock(required=False, label="URL")
    doi = blocks.CharBlock(required=False, max_length=100, label="DOI", validators=[validate_doi])
    pmid = blocks.CharBlock(
        required=False, max_length=10, label="PubMed ID", validators=[validate_pmid]
    )


class SourcesBlock(blocks.StructBlock):
    title = blocks.CharBlock(default="Sources", max_length=100)
    references = blocks.ListBlock(ReferenceBlock(), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/sources.html"
        group = "Health"
        description = "Numbered references; write [1] or [2, 3] in the text to cite them."


class BookChooserBlock(SnippetChooserBlock):
    """Chooses a Book and loads its cover and live review along with it (no query per card).

    Cover renditions come from Wagtail's rendition cache (the default cache), not the database.
    """

    def __init__(self, **kwargs):
        super().__init__("articles.Book", **kwargs)

    def bulk_to_python(self, values):
        books = super().bulk_to_python(values)
        # The review pages, through the book's own relation (the page models import blocks).
        reviews = self.target_model._meta.get_field("reviews").related_model
        prefetch_related_objects(
            [book for book in books if book],
            "cover",
            Prefetch("reviews", queryset=reviews.objects.live().public()),
        )
        return books


class BookReferenceBlock(blocks.StructBlock):
    book = BookChooserBlock()
    note = blocks.TextBlock(required=False, help_text="Why readers might want this book.")

    class Meta:
        icon = "doc-full"
        template = "blocks/book_reference.html"
        group = "Books"
        description = "A card for a book, linking to our review of it when there is one."


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = CitedRichTextBlock(
        features=TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/cited_paragraph.html",
        group="Text",
        description="Paragraphs of text, with bold, italic, links and lists.",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    definition_list = DefinitionListBlock()
    callout = CalloutBlock()
    key_takeaways = KeyTakeawaysBlock()
    book_reference = BookReferenceBlock()
    sources = SourcesBlock()
    embed = EmbedBlock(
        max_width=800,
        icon="media",
        template="blocks/embed.html",
        group="Media",
        description="A video or post from a site such as YouTube or Vimeo, by its URL.",
    )


class StandardBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=TEXT_FEATURES, icon="pilcrow", template="blocks/paragraph.html", group="Text"
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    definition_list = DefinitionListBlock()
    callout = CalloutBlock()
    embed = EmbedBlock(max_width=800, icon="media", template="blocks/embed.html", group="Media")


class ReviewBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=TEXT_FEATURES, icon="pilcrow", template="blocks/paragraph.html", group="Text"
    )
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    callout = CalloutBlock()
