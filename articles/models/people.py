"""Authors: writers and expert reviewers, each with a page that lists their work."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils.html import strip_tags
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..structured_data import image_url, person
from .listings import paginate, prefetch_cards
from .site_page import ListingPage, SitePage


class AuthorRole(models.TextChoices):
    WRITER = "writer", "Writer"
    EXPERT_REVIEWER = "expert_reviewer", "Expert reviewer"
    EDITOR = "editor", "Editor"


class AuthorIndexPage(ListingPage):
    subpage_types = ["articles.AuthorPage"]

    per_page = None

    class Meta:
        verbose_name = "author index"

    def listed(self, **kwargs):
        """Its authors by name, with their photos."""
        return (
            AuthorPage.objects.child_of(self)
            .live()
            .public()
            .select_related("photo")
            .prefetch_related("photo__renditions")
            .order_by("title")
        )


class AuthorPage(SitePage):
    photo = models.ForeignKey(
        "articles.WellnessImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    role = models.CharField(max_length=20, choices=AuthorRole.choices, default=AuthorRole.WRITER)
    credentials = models.CharField(
        max_length=200,
        blank=True,
        help_text="Qualifications shown after the name, e.g. 'RN, MSc Physiotherapy'.",
    )
    short_bio = models.CharField(
        max_length=300, blank=True, help_text="One sentence, shown in bylines and listings."
    )
    bio = RichTextField(blank=True, features=["bold", "italic", "link", "ol", "ul"])
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_page",
        help_text="The admin account of this person, if any: when they approve an expert "
        "review, they are named as the reviewer.",
    )
    email = models.EmailField(
        blank=True,
        help_text="Private: where to tell this author about comments awaiting moderation. "
        "Never shown on the site.",
    )

    content_panels = [
        FieldPanel("title", heading="Name"),
        FieldPanel("photo"),
        FieldPanel("role"),
        FieldPanel("credentials"),
        FieldPanel("short_bio"),
        FieldPanel("bio"),
        InlinePanel("links", heading="Links", label="Link"),
        FieldPanel("email"),
        FieldPanel("user"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("credentials"),
        index.SearchField("short_bio"),
        index.SearchField("bio"),
    ]

    parent_page_types = ["articles.AuthorIndexPage"]
    subpage_types: list[str] = []

    per_page = 10
    feed_kind = "author"

    class Meta:
        verbose_name = "author"

    @property
    def name(self) -> str:
        return self.title

    def summary_source(self) -> str:
        return self.short_bio

    def share_image(self):
        return self.photo

    def byline(self) -> str:
        return ", ".join(filter(None, [self.get_role_display(), self.credentials]))

    @property
    def credentials_after_name(self) -> str:
        """The credentials as they follow the name (", RN, MSc"), or nothing."""
        return f", {self.credentials}" if self.credentials else ""

    def role_line(self) -> str:
        """Role and qualifications, as author cards and boxes show them."""
        return " · ".join(filter(None, [self.get_role_display(), self.credentials]))

    def json_ld(self, request, context, meta, publisher) -> dict:
        main = person(self, request)
        main["description"] = self.short_bio or strip_tags(self.bio)[:300]
        if self.role:
            main["jobTitle"] = self.get_role_display()
        main["image"] = image_url(meta, request)
        main["sameAs"] = [link.url for link in context.get("links", [])]
        return {"@type": "ProfilePage", "url": meta.canonical, "mainEntity": main}

    def linked_from(self) -> list:
        """Its works show its name in their bylines, as do the articles it reviewed."""
        credited = (
            Q(articlepage__article_authors__author=self)
            | Q(articlepage__expert_reviewer=self)
            | Q(bookreviewpage__reviewer=self)
            | Q(readinglistpage__curator=self)
        )
        return list(Page.objects.filter(credited).distinct().only("pk", "url_path"))

    def works(self):
        """Live articles, reviews and reading lists by this author, newest first."""
        return (
            Page.objects.live()
            .public()
            .filter(
                Q(articlepage__article_authors__author=self)
                | Q(bookreviewpage__reviewer=self)
                | Q(readinglistpage__curator=self)
            )
            .annotate(
                published_on=Coalesce(
                    "articlepage__date_published",
                    "bookreviewpage__date_published",
                    "readinglistpage__date_published",
                )
            )
            .order_by("-published_on", "-pk")
            .distinct()
            .specific()
            .defer_streamfields()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        works = paginate(request, self.works(), self.per_page)
        works.object_list = prefetch_cards(works.object_list)
        context["works"] = works
        context["links"] = self.links.all()
        return context


class AuthorLink(Orderable):
    page = ParentalKey(AuthorPage, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(max_length=100, help_text="e.g. 'Website' or 'Mastodon'.")
    url = models.URLField("URL")

    panels = [FieldPanel("label"), FieldPanel("url")]

    def __str__(self):
        return self.label
