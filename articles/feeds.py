"""RSS 2.0 and Atom feeds: all articles, per topic and per author (Django's syndication)."""

import datetime
import re

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import feedgenerator, timezone
from wagtail.models import Site

from .models import ArticlePage, AuthorPage, FeedSettings, TopicPage
from .seo import brand

ENCLOSURE_SPEC = "width-1200|format-jpeg|jpegquality-80"
RELATIVE_URL = re.compile(r'(\s(?:href|src|srcset)=")(/[^"]*)"')


def absolutize(html: str, root: str) -> str:
    """Make the site-relative links and image sources in `html` absolute (feeds travel)."""
    root = root.rstrip("/")

    def fix(match):
        attr, value = match.group(1), match.group(2)
        if attr.strip().startswith("srcset"):
            value = ", ".join(root + part.strip() for part in value.split(","))
            return f'{attr}{value}"'
        return f'{attr}{root}{value}"'

    return RELATIVE_URL.sub(fix, html)


class ArticleFeed(Feed):
    feed_type = feedgenerator.Rss201rev2Feed
    limit = 30

    def get_object(self, request, slug=None):
        self.request = request
        self.site = Site.find_for_request(request)
        if self.site is None:
            raise Http404("No site is configured for this host.")
        self.settings = FeedSettings.for_site(self.site)
        return self.site.root_page

    def title(self, obj):
        return f"{brand(self.site)}: latest articles"

    def link(self, obj):
        return obj.get_full_url(self.request)

    def feed_url(self, obj):
        return self.request.build_absolute_uri(self.request.path)

    def description(self, obj):
        return f"New articles from {brand(self.site)}: gentle therapies, honestly explained."

    subtitle = description

    def articles(self, obj):
        return (
            ArticlePage.objects.descendant_of(self.site.root_page)
            .live()
            .public()
            .order_by("-date_published", "-pk")
            .prefetch_related(*ArticlePage.card_prefetches(), "topics", "tags")
        )

    def items(self, obj):
        pages = self.articles(obj)
        if not self.settings.full_content:
            pages = pages.defer_streamfields()
        return list(pages[: self.limit])

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_description(self, item):
        if not self.settings.full_content:
            return item.standfirst
        body = item.body.render_as_block(context={"request": self.request, "page": item})
        return absolutize(f"<p><strong>{item.standfirst}</strong></p>{body}", self.site.root_url)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date_published, datetime.time(8)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        return ", ".join(credit.author.title for credit in item.article_authors.all())

    def item_author_link(self, item):
        credits = list(item.article_authors.all())
        return credits[0].author.get_full_url(self.request) if credits else None

    def item_categories(self, item):
        return [topic.title for topic in item.topics.all()] + [tag.name for tag in item.tags.all()]

    def _enclosure(self, item):
        if item.share_image() is None:
            return None
        if not hasattr(item, "_enclosure"):
            item._enclosure = item.share_image().get_rendition(ENCLOSURE_SPEC)
        return item._enclosure

    def item_enclosure_url(self, item):
        rendition = self._enclosure(item)
        return self.request.build_absolute_uri(rendition.url) if rendition else None

    def item_enclosure_length(self, item):
        rendition = self._enclosure(item)
        return rendition.file.size if rendition else None

    def item_enclosure_mime_type(self, item):
        return "image/jpeg" if self._enclosure(item) else None


class AtomMixin:
    feed_type = feedgenerator.Atom1Feed


class TopicFeed(ArticleFeed):
    def get_object(self, request, slug=None):
        root = super().get_object(request)
        self.topic = get_object_or_404(
            TopicPage.objects.descendant_of(root).live().public(), slug=slug
        )
        return self.topic

    def title(self, obj):
        return f"{brand(self.site)}: {obj.title}"

    def description(self, obj):
        return obj.intro or f"New articles about {obj.title} from {brand(self.site)}."

    subtitle = description

    def articles(self, obj):
        return super().articles(obj).filter(topics=obj)


class AuthorFeed(ArticleFeed):
    def get_object(self, request, slug=None):
        root = super().get_object(request)
        return get_object_or_404(AuthorPage.objects.descendant_of(root).live().public(), slug=slug)

    def title(self, obj):
        return f"{brand(self.site)}: articles by {obj.title}"

    def description(self, obj):
        return obj.short_bio or f"New articles by {obj.title} on {brand(self.site)}."

    subtitle = description

    def articles(self, obj):
        return super().articles(obj).filter(article_authors__author=obj)


class ArticleAtomFeed(AtomMixin, ArticleFeed):
    pass


class TopicAtomFeed(AtomMixin, TopicFeed):
    pass


class AuthorAtomFeed(AtomMixin, AuthorFeed):
    pass
