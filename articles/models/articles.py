"""Articles: the long-form health and wellness pieces at the heart of the site."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import (
    Count,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import redirect
from django.urls import NoReverseMatch
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_periodic_review.models import PeriodicReviewMixin

from caching.fragments import cached_part, fragment, without_prefetched_renditions
from caching.pages import page_tag
from caching.tags import depends_on

from ..blocks import ArticleBodyBlock
from ..checks_panel import ContentChecksPanel
from ..citations import references_in
from ..glossary import Glossary
from ..headings import assign_heading_anchors, reading_time_minutes, table_of_contents, word_count
from ..streams import blocks_of_type, stream_texts
from ..structured_data import (
    HEADLINE_LENGTH,
    image_url,
    iso,
    person,
)
from .article_links import LinkKind, articles_linking_to, refresh_links_around
from .base import ContentPage
from .discussion import comments_panel
from .site_page import ListingPage
from .taxonomy import ArticlePageTag


class ArticleIndexPage(RoutablePageMixin, ListingPage):
    """The articles, newest first, and an address for each tag's articles."""

    subpage_types = ["articles.ArticlePage"]

    class Meta:
        verbose_name = "article index"

    def serve(self, request, *args, **kwargs):
        # Routed views do not reach SitePage.serve (RoutablePageMixin comes first so they
        # are found): say here what a render depends on, as it does.
        depends_on(request, *self.cache_tags())
        return super().serve(request, *args, **kwargs)

    def listed(self, tag=None, **kwargs):
        articles = super().listed()
        return articles if tag is None else articles.filter(tags=tag)

    @path("")
    def index(self, request):
        tag = request.GET.get("tag", "").strip()
        if tag:  # the old ?tag= address: send it to the tag's own page
            try:
                tag_path = self.reverse_subpage("tag", args=[tag])
            except NoReverseMatch:  # "a/b" cannot be a tag: not a 500
                raise Http404("There is no such tag.") from None
            return redirect(self.url + tag_path, permanent=True)
        return self.render(request)

    @path("tags/<str:tag>/", name="tag")
    def tag(self, request, tag):
        found = ArticlePageTag.tag_model().objects.filter(slug=tag).first()
        if found is None:
            raise Http404("There is no such tag.")
        return self.render(request, tag=found, context_overrides={"tag": found})


class EvidenceLevel(models.TextChoices):
    STRONG = "strong", "Strong"
    MIXED = "mixed", "Mixed"
    LIMITED = "limited", "Limited"
    NONE = "none", "No good evidence"


# What a credit shows of its author, wherever an article lists its authors.
AUTHOR_SHOWN_FIELDS = ("title", "url_path", "role", "credentials", "short_bio")


class ArticlePage(PeriodicReviewMixin, ContentPage):
    standfirst = models.TextField(
        max_length=400, help_text="One or two sentences under the title that say what readers get."
    )
    hero_image = models.ForeignKey(
        "articles.WellnessImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        "hero image alt text",
        max_length=250,
        blank=True,
        help_text="Describe the image for people who cannot see it. "
        "Leave blank to use the image's own description.",
    )
    hero_caption = models.CharField("hero image caption", max_length=300, blank=True)
    body = StreamField(ArticleBodyBlock())
    topics = ParentalManyToManyField("articles.TopicPage", blank=True, related_name="articles")
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True)
    date_updated = models.DateField(
        "last updated",
        null=True,
        blank=True,
        help_text="Set when the content changes in a way readers should know about.",
    )
    featured = models.BooleanField(default=False, help_text="Show on the home page.")
    reading_time = models.PositiveSmallIntegerField(
        default=1, editable=False, help_text="Minutes, computed from the text when saved."
    )
    expert_reviewer = models.ForeignKey(
        "articles.AuthorPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_articles",
        help_text="The expert who checked this article. Set when they approve the "
        "'Expert review' workflow, or choose them here.",
    )
    evidence_level = models.CharField(
        "strength of evidence", max_length=10, choices=EvidenceLevel.choices, blank=True
    )
    evidence_note = models.CharField(
        "evidence in one line",
        max_length=200,
        blank=True,
        help_text="e.g. 'A few small trials; results are mixed and not yet convincing.'",
    )
    therapy_name = models.CharField(
        "therapy",
        max_length=100,
        blank=True,
        help_text="If the article is about one therapy, its name (e.g. 'Craniosacral therapy'): "
        "search engines are told its side effects and who should not try it.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("standfirst"),
        MultipleChooserPanel(
            "article_authors", chooser_field_name="author", heading="Authors", min_num=1
        ),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt"), FieldPanel("hero_caption")],
            heading="Hero image",
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("topics", widget=forms.CheckboxSelectMultiple), FieldPanel("tags")],
            heading="Topics and tags",
        ),
        FieldRowPanel([FieldPanel("date_published"), FieldPanel("date_updated")], heading="Dates"),
        MultiFieldPanel(
            [
                FieldPanel("expert_reviewer"),
                FieldPanel("last_review_date"),
                HelpPanel(template="articles/admin/next_review_help.html"),
                FieldPanel("evidence_level"),
                FieldPanel("evidence_note"),
                FieldPanel("therapy_name"),
            ],
            heading="Expert review and evidence",
        ),
        ContentChecksPanel(heading="Content checks"),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("featured")]
    settings_panels = [*Page.settings_panels, comments_panel()]

    search_fields = [
        *Page.search_fields,
        *PeriodicReviewMixin.additional_search_fields,
        index.SearchField("standfirst", boost=3),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("date_published"),
        index.FilterField("featured"),
    ]

    parent_page_types = ["articles.ArticleIndexPage"]

    related_limit = 3
    # What a card shows (includes/article_card.html) and its link needs: a card is read with
    # these alone, not the article's forty other columns.
    card_fields = (
        "title",
        "url_path",
        "path",
        "depth",
        "live",
        "content_type",
        "standfirst",
        "date_published",
        "reading_time",
        "hero_image",
    )

    card_template = "includes/article_card.html"
    route_related = ("hero_image",)  # read with the page when a request routes to it

    class Meta:
        verbose_name = "article"
        # Listings, the home page and feeds read articles newest first: this index lets them
        # stop after the rows they show instead of sorting every article.
        indexes = [
            models.Index(fields=["-date_published", "-page_ptr"], name="article_newest_first")
        ]

    def clean(self):
        super().clean()
        if len(blocks_of_type(self.body, "sources")) > 1:
            raise ValidationError(
                {"body": "Put all the references in one Sources block, so each number is unique."}
            )
        assign_heading_anchors(self.body)
        searchable = self.body.stream_block.get_searchable_content(self.body)
        self.reading_time = reading_time_minutes(word_count(self.standfirst, *searchable))

    def notification_authors(self):
        return [credit.author for credit in self.article_authors.select_related("author")]

    @classmethod
    def card_prefetches(cls):
        return [
            Prefetch("hero_image", queryset=get_image_model().objects.prefetch_renditions()),
            cls.card_authors(),
        ]

    @classmethod
    def byline_prefetches(cls):
        return [cls.card_authors()]

    @staticmethod
    def card_authors(photos: bool = False) -> Prefetch:
        """Credits in order, with their authors (and their photos, for author boxes): only the
        author fields bylines, cards, author boxes and JSON-LD show."""
        fields = [f"author__{name}" for name in AUTHOR_SHOWN_FIELDS]
        return Prefetch(
            "article_authors",
            queryset=ArticlePageAuthor.objects.select_related(
                "author__photo" if photos else "author"
            )
            .only("page", "sort_order", *fields, *(["author__photo"] if photos else []))
            .order_by("sort_order"),
        )

    @property
    def review_is_due(self) -> bool:
        return bool(self.next_review_date and self.next_review_date < datetime.date.today())

    @property
    def is_expert_reviewed(self) -> bool:
        return bool(self.expert_reviewer_id and self.last_review_date)

    @property
    def hero_alt_text(self) -> str:
        if self.hero_alt:
            return self.hero_alt
        return self.hero_image.description if self.hero_image else ""

    def summary_source(self) -> str:
        return self.standfirst

    def search_texts(self) -> list[str]:
        return [*super().search_texts(), *stream_texts(self.body)]

    def share_image(self):
        return self.hero_image

    def share_image_alt(self) -> str:
        return self.hero_alt_text

    def byline(self) -> str:
        names = [credit.author.title for credit in self.article_authors.all()]
        return "By " + ", ".join(names) if names else ""

    def json_ld(self, request, context, meta, publisher) -> dict:
        data = {
            "@type": "Article",
            "headline": self.title[:HEADLINE_LENGTH],
            "description": meta.description,
            "url": meta.canonical,
            "mainEntityOfPage": meta.canonical,
            "datePublished": iso(self.date_published),
            "dateModified": iso(self.date_updated or self.last_published_at or self.date_published),
            "author": [person(author, request) for author in context.get("authors") or []],
            "publisher": publisher,
            "image": image_url(meta, request),
            "keywords": [tag.name for tag in context.get("tags", [])],
            "articleSection": [topic.title for topic in context.get("topics", [])],
            "timeRequired": f"PT{self.reading_time}M",
        }
        if self.is_expert_reviewed:
            data.update(self.review_json_ld(request))
        return data

    def review_json_ld(self, request) -> dict:
        """A reviewed health article: who checked it and when, and the therapy it is about."""
        data = {
            "@type": "MedicalWebPage",
            "articleSection": None,  # an Article property, not a WebPage one
            "lastReviewed": iso(self.last_review_date),
            "reviewedBy": person(self.expert_reviewer, request),
        }
        if self.therapy_name:
            side_effects, contraindications = [], []
            for block in blocks_of_type(self.body, "callout"):
                if block.value["kind"] == "caution":
                    side_effects += list(block.value["side_effects"])
                    contraindications += list(block.value["contraindications"])
            therapy = {"@type": "MedicalTherapy", "name": self.therapy_name}
            if contraindications:
                therapy["contraindication"] = contraindications
            if side_effects:
                therapy["adverseOutcome"] = [
                    {"@type": "MedicalEntity", "name": effect} for effect in side_effects
                ]
            data["about"] = therapy
        return data

    def fragments(self, request, version) -> dict:
        """The parts of its template kept in the fragment cache, each keyed on the article's
        version (retired with its tags)."""
        preview = getattr(request, "is_preview", False)
        return {
            name: fragment(request, f"article-{name}", self.pk, preview, version)
            for name in ("body", "authors", "more")
        }

    def related_ids(self, topic_ids, tag_ids) -> list[int]:
        """Live articles sharing the most topics and tags with this one, topped up by the newest.

        Worked out on publish (article_links.py): two queries over the shared topics and tags.
        """
        others = ArticlePage.objects.live().public().exclude(pk=self.pk)
        links = [
            (ArticlePage.topics.through.objects, "articlepage_id", {"topicpage_id__in": topic_ids}),
            (ArticlePageTag.objects, "content_object_id", {"tag_id__in": tag_ids}),
        ]
        matches, score = Q(pk__in=[]), Value(0)
        for through, article_field, condition in links:
            if not next(iter(condition.values())):
                continue
            sharing = through.filter(**condition)
            matches |= Q(pk__in=sharing.values(article_field))
            per_article = (
                sharing.filter(**{article_field: OuterRef("pk")})
                .values(article_field)
                .annotate(n=Count("*"))
                .values("n")
            )
            score = score + Coalesce(Subquery(per_article), 0)
        ids = list(
            others.filter(matches)
            .annotate(shared=score)
            .order_by("-shared", "-date_published", "-pk")
            .values_list("pk", flat=True)[: self.related_limit]
        )
        if len(ids) < self.related_limit:
            ids += (
                others.exclude(pk__in=ids)
                .order_by("-date_published", "-pk")
                .values_list("pk", flat=True)[: self.related_limit - len(ids)]
            )
        return ids

    def linked_cards(self, with_authors_of=()) -> dict:
        """Previous, next and related articles as stored on publish, as cards, in one query,
        and one for their authors and those of `with_authors_of` (the article showing them,
        say); worked out now when none are stored: never published through Wagtail (created
        in bulk), or the only article of the site."""
        if self.pk is None:  # a preview of an article never saved: its authors are in memory
            return {"previous_article": None, "next_article": None, "related_articles": []}
        cards = list(
            ArticlePage.objects.live()
            .public()
            .only(*self.card_fields)
            .annotate_cards()
            .select_related("hero_image")
            .filter(incoming_links__source=self)
            .annotate(link_kind=F("incoming_links__kind"))
            .order_by("incoming_links__position")
        )
        prefetch_related_objects([*with_authors_of, *cards], self.card_authors(photos=True))
        if not cards and self.live:
            return self.unstored_cards()
        by_kind = {kind: [c for c in cards if c.link_kind == kind] for kind in LinkKind.values}
        return {
            "previous_article": next(iter(by_kind[LinkKind.PREVIOUS]), None),
            "next_article": next(iter(by_kind[LinkKind.NEXT]), None),
            "related_articles": by_kind[LinkKind.RELATED],
        }

    def unstored_cards(self) -> dict:
        topic_ids = list(self.topics.filter(live=True).values_list("pk", flat=True))
        ids = self.related_ids(topic_ids, list(self.tags.values_list("pk", flat=True)))
        cards = ArticlePage.objects.for_listing().in_bulk(ids)
        return {
            "previous_article": self.neighbour(older=True),
            "next_article": self.neighbour(older=False),
            "related_articles": [cards[pk] for pk in ids if pk in cards],
        }

    def refresh_links(self) -> list:
        return refresh_links_around(self)

    def listed_on(self) -> list:
        """Its topics' pages, and its authors' pages, list it."""
        return [*self.topics.all(), *super().listed_on()]

    def linked_from(self) -> list:
        """Articles showing it as previous, next or related; reading lists that include it."""
        from .reading_lists import ReadingListPage

        linking = ArticlePage.objects.filter(pk__in=articles_linking_to(self.pk))
        lists = ReadingListPage.objects.filter(items__article=self).distinct()
        return [*linking.only("pk", "url_path"), *lists.only("pk", "url_path")]

    def neighbour(self, older: bool):
        """The previous (older) or next (newer) live article in the same section."""
        if self.pk is None or self.date_published is None:
            return None
        siblings = ArticlePage.objects.sibling_of(self, inclusive=False).live().public()
        if older:
            siblings = siblings.filter(
                Q(date_published__lt=self.date_published)
                | Q(date_published=self.date_published, pk__lt=self.pk)
            ).order_by("-date_published", "-pk")
        else:
            siblings = siblings.filter(
                Q(date_published__gt=self.date_published)
                | Q(date_published=self.date_published, pk__gt=self.pk)
            ).order_by("date_published", "pk")
        return siblings.only("title", "url_path").first()

    def get_context(self, request, *args, **kwargs):
        ancestors = getattr(request, "routed_ancestors", None)
        surroundings = cached_part(
            request,
            f"article:{self.pk}",
            lambda: self.surroundings(ancestors),
            tags=[page_tag(self.pk)],
            first=True,  # missing, the article's fragments (keyed on its versions) are too
        )
        if surroundings["hero_image"] is not None:  # with its renditions, for the SEO head too
            self.hero_image = surroundings["hero_image"]
        self.known_ancestors = surroundings["breadcrumb_ancestors"]
        context = super().get_context(request, *args, **kwargs)
        context.update(
            surroundings,
            toc=table_of_contents(self.body),
            reference_count=len(references_in(self.body)),
            cited_references=set(),
            glossary=Glossary(),  # glossary terms defined where the body first uses them
            # The article index's URL, for tag links, without a query for the parent page.
            tag_index_url=(self.get_url(request) or "/").rsplit("/", 2)[0] + "/tags/",
        )
        context["fragments"] = self.fragments(request, context["page_version"])
        return context

    def surroundings(self, ancestors=None) -> dict:
        """What the article shows around its body; kept in the fragment cache.

        `ancestors`: its live ancestors below the root, when routing found them already.
        """
        if ancestors is None:
            ancestors = self.get_ancestors().filter(depth__gt=1).live()
        # Images come without their renditions: Wagtail finds those in its rendition cache
        # (one query per image when that is cold, as a prefetch would cost).
        # The article's authors come with its cards' authors, in one query.
        linked = self.linked_cards(with_authors_of=[self])
        authors = [credit.author for credit in self.article_authors.all()]
        # Only what the eyebrow, the follow form and the JSON-LD show of a topic.
        shown = self.topics.only("title", "url_path", "live")
        topics = sorted((t for t in shown if t.live), key=lambda t: t.title)
        tags = sorted(self.tags.all(), key=lambda tag: tag.name.lower())
        hero_image = self.hero_image  # read with the page by routing (route_related)
        related = linked["related_articles"]
        without_prefetched_renditions(
            hero_image,
            *[author.photo for author in authors],
            *[article.hero_image for article in related],
        )
        return {
            "authors": authors,
            "topics": topics,
            "tags": tags,
            "hero_image": hero_image,
            "breadcrumb_ancestors": [
                Page(pk=page.pk, title=page.title, url_path=page.url_path, depth=page.depth)
                for page in ancestors
            ],
            **linked,
        }


class ArticlePageAuthor(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_authors")
    author = models.ForeignKey(
        "articles.AuthorPage", on_delete=models.CASCADE, related_name="article_credits"
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["page", "author"], name="unique_article_author")
        ]
