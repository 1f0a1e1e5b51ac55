"""Builds the demo site from `content.py`. Idempotent: what already exists is left untouched."""

import datetime
import json
from collections import Counter
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Site

from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticlePageAuthor,
    AuthorIndexPage,
    AuthorLink,
    AuthorPage,
    Book,
    BookLink,
    BookReviewIndexPage,
    BookReviewPage,
    HomePage,
    ReadingListIndexPage,
    ReadingListItem,
    ReadingListPage,
    StandardPage,
    TopicIndexPage,
    TopicPage,
    WellnessImage,
)
from comments.model_store import spam_probability, train_starter
from comments.models import Comment, CommentSettings
from comments.moderation import sync_training
from notifications.follows import consent_text, find_target, site_target
from notifications.models import Address, Announcement, Follow
from notifications.replies import subscribe_confirmed

from . import comments as demo_comments
from . import content, images, reader_care, subscribers, trust

DEMO_CREDIT = "Illustration: Wellness demo"

SECTIONS = [
    # (model, slug, title, intro, shown in the main menu)
    (
        ArticleIndexPage,
        "articles",
        "Articles",
        "Long reads on gentle therapies, honestly explained.",
    ),
    (TopicIndexPage, "topics", "Topics", "Browse our articles by subject."),
    (BookReviewIndexPage, "reviews", "Book reviews", "Books about the body, read critically."),
    (ReadingListIndexPage, "reading-lists", "Reading lists", "Where to start, in order."),
    (AuthorIndexPage, "authors", "Authors", "The people who write and review for Wellness."),
]


class DemoLoader:
    def __init__(self):
        self.created: Counter[str] = Counter()
        self.existing: Counter[str] = Counter()
        self.sections: dict[str, Page] = {}
        self.authors: dict[str, AuthorPage] = {}
        self.topics: dict[str, TopicPage] = {}
        self.books: dict[str, Book] = {}
        self.articles: dict[str, ArticlePage] = {}

    @transaction.atomic
    def load(self) -> "DemoLoader":
        home = self.home()
        for model, slug, title, intro in SECTIONS:
            self.sections[slug] = self.child(
                home, model, slug, title=title, intro=f"<p>{intro}</p>", show_in_menus=True
            )
        for topic in content.TOPICS:
            self.topics[topic["slug"]] = self.child(
                self.sections["topics"],
                TopicPage,
                topic["slug"],
                title=topic["title"],
                intro=topic["intro"],
            )
        for author in content.AUTHORS:
            self.authors[author["slug"]] = self.author(author)
        for book in content.BOOKS:
            self.books[book["key"]] = self.book(book)
        for article in content.ARTICLES:
            self.articles[article["slug"]] = self.article(article)
        for review in content.REVIEWS:
            self.review(review)
        for reading_list in content.READING_LISTS:
            self.reading_list(reading_list)
        self.comment_settings(home)
        self.spam_filter()
        self.comments(self.articles[content.ARTICLES[0]["slug"]])
        reader_care.glossary(self.created)
        reader_care.feedback(self.articles[content.ARTICLES[0]["slug"]], self.created)
        for page in content.PAGES:
            self.child(
                home,
                StandardPage,
                page["slug"],
                title=page["title"],
                intro=page["intro"],
                body=self.stream(page["body"]),
                show_in_menus=page["slug"] == "about",
            )
        self.followers()
        # The demo's articles are its archive: nobody is emailed about them.
        Announcement.objects.filter(finished_at=None).update(finished_at=timezone.now())
        return self

    # -- the tree ---------------------------------------------------------------------------

    def home(self) -> HomePage:
        root = Page.get_first_root_node()
        home = HomePage.objects.child_of(root).first()
        if home is None:
            # Wagtail's installer leaves a plain "Welcome" page with the slug we want.
            placeholder = root.get_children().filter(slug="home", depth=2).first()
            if placeholder and placeholder.specific_class is Page and placeholder.is_leaf():
                placeholder.delete()
            home = self.child(
                root,
                HomePage,
                "home",
                title=content.HOME["title"],
                tagline=content.HOME["tagline"],
                intro=f"<p>{content.HOME['intro']}</p>",
            )
        else:
            self.existing["HomePage"] += 1
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        if site.root_page_id != home.pk:
            # Full URLs (canonical links, feeds, sitemap) use the address the site is served at.
            address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            site.hostname = address.hostname or "localhost"
            site.port = address.port or (443 if address.scheme == "https" else 80)
            site.root_page, site.site_name = home, "Wellness"
            site.save()
        return home

    def child(self, parent: Page, model, slug: str, **fields):
        """The `model` page called `slug` under `parent`, created and published if missing."""
        existing = parent.get_children().filter(slug=slug).specific().first()
        if existing is not None:
            self.existing[model.__name__] += 1
            return existing
        relations = fields.pop("relations", {})
        page = model(slug=slug, **fields)
        for name, value in relations.items():
            setattr(page, name, value)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created[model.__name__] += 1
        return page

    # -- people, books, images --------------------------------------------------------------

    def image(self, title: str, make, description: str) -> WellnessImage:
        image = WellnessImage.objects.filter(title=title).first()
        if image is not None:
            self.existing["Image"] += 1
            return image
        image = WellnessImage(title=title, file=make(), description=description)
        image.credit = DEMO_CREDIT
        image.save()
        self.created["Image"] += 1
        return image

    def author(self, data) -> AuthorPage:
        initials = "".join(part[0] for part in data["name"].replace("Dr. ", "").split()[:2])
        photo = self.image(
            f"Portrait placeholder: {data['name']}",
            lambda: images.portrait(data["photo_colour"], f"{data['slug']}.jpg", initials),
            f"Illustrated placeholder portrait of {data['name']}",
        )
        links = [
            AuthorLink(label=label, url=url, sort_order=i)
            for i, (label, url) in enumerate(data["links"])
        ]
        return self.child(
            self.sections["authors"],
            AuthorPage,
            data["slug"],
            title=data["name"],
            photo=photo,
            role=data["role"],
            credentials=data["credentials"],
            short_bio=data["short_bio"],
            bio="".join(f"<p>{paragraph}</p>" for paragraph in data["bio"]),
            relations={"links": links},
        )

    def book(self, data) -> Book:
        book = Book.objects.filter(isbn=data["isbn"]).first()
        if book is not None:
            self.existing["Book"] += 1
            return book
        cover = self.image(
            f"Book cover: {data['title']}",
            lambda: images.cover(
                data["cover_colour"], f"{data['key']}.jpg", data["title"], data["authors"]
            ),
            f"Cover of {data['title']} by {data['authors']}",
        )
        book = Book(
            title=data["title"],
            subtitle=data["subtitle"],
            authors=data["authors"],
            isbn=data["isbn"],
            publisher=data["publisher"],
            year=data["year"],
            cover=cover,
        )
        book.links = [
            BookLink(label=label, url=url, sort_order=i)
            for i, (label, url) in enumerate(data["links"])
        ]
        book.full_clean()
        book.save()
        self.created["Book"] += 1
        return book

    # -- content pages ----------------------------------------------------------------------

    def stream(self, blocks) -> str:
        """The raw StreamField JSON for the (block_type, value) tuples of `content.py`."""
        raw = []
        for block_type, value in blocks:
            if block_type == "heading":
                value = {**value, "anchor": ""}
            elif block_type == "definition_list":
                value = {
                    "title": value["title"],
                    "items": [{"term": t, "description": d} for t, d in value["items"]],
                }
            elif block_type == "sources":
                value = {**value, "references": list(value["references"])}
            elif block_type == "book_reference":
                value = {"book": self.books[value["book"]].pk, "note": value["note"]}
            raw.append({"type": block_type, "value": value})
        return json.dumps(raw)

    def article(self, data) -> ArticlePage:
        hero = data["hero"]
        review = {}
        body = data["body"]
        if data["slug"] in trust.REVIEWED:
            reviewed_on, level, note, therapy = trust.REVIEWED[data["slug"]]
            review = {
                "expert_reviewer": self.authors[trust.REVIEWER],
                "last_review_date": _date(reviewed_on),
                "evidence_level": level,
                "evidence_note": note,
                "therapy_name": therapy,
            }
            if level:
                body = trust.with_trust(body)
        image = self.image(
            f"Hero: {data['title']}",
            lambda: images.hero(hero["colour"], data["slug"], f"{data['slug']}.jpg"),
            hero["alt"],
        )
        page = self.child(
            self.sections["articles"],
            ArticlePage,
            data["slug"],
            title=data["title"],
            standfirst=data["standfirst"],
            hero_image=image,
            hero_alt=hero["alt"],
            hero_caption=hero["caption"],
            body=self.stream(body),
            **review,
            date_published=_date(data["date_published"]),
            date_updated=_date(data["date_updated"]),
            featured=data["featured"],
            relations={
                "article_authors": [
                    ArticlePageAuthor(author=self.authors[slug], sort_order=i)
                    for i, slug in enumerate(data["authors"])
                ],
                "topics": [self.topics[slug] for slug in data["topics"]],
            },
        )
        if not page.tags.exists():
            page.tags.add(*data["tags"])
            page.save_revision().publish()
        return page

    def review(self, data) -> BookReviewPage:
        book = self.books[data["book"]]
        return self.child(
            self.sections["reviews"],
            BookReviewPage,
            data["slug"],
            title=f"Review: {book.title}",
            book=book,
            rating=data["rating"],
            verdict=data["verdict"],
            body=self.stream(data["body"]),
            reviewer=self.authors[data["reviewer"]],
            date_published=_date(data["date_published"]),
        )

    def reading_list(self, data) -> ReadingListPage:
        items = []
        for i, item in enumerate(data["items"]):
            entry = ReadingListItem(note=item["note"], sort_order=i)
            if "book" in item:
                entry.book = self.books[item["book"]]
            elif "article" in item:
                entry.article = self.articles[item["article"]]
            else:
                entry.link_url, entry.link_title = item["url"], item["title"]
            items.append(entry)
        return self.child(
            self.sections["reading-lists"],
            ReadingListPage,
            data["slug"],
            title=data["title"],
            intro=data["intro"],
            curator=self.authors[data["curator"]],
            date_published=_date(data["date_published"]),
            relations={"items": items},
        )

    # -- comments ---------------------------------------------------------------------------

    def comment_settings(self, home: HomePage) -> None:
        site = Site.objects.get(root_page=home)
        rules = CommentSettings.for_site(site)
        if not rules.blocklist:
            rules.blocklist = "\n".join(demo_comments.BLOCKLIST)
            rules.save()
            self.created["CommentSettings"] += 1

    def spam_filter(self) -> None:
        """Start the learning filter from the starter set of labelled comments."""
        if not train_starter():
            self.existing["SpamFilter"] += 1
            return
        self.created["SpamFilter"] += 1

    def comments(self, page: ArticlePage) -> None:
        if Comment.objects.filter(page=page).exists():
            self.existing["Comment"] += 1
            return
        published = datetime.datetime.combine(
            page.date_published, datetime.time(9), tzinfo=datetime.UTC
        )
        made: dict[str, Comment] = {}
        for key, parent, name, email, website, status, body, hours in demo_comments.THREAD:
            comment = Comment.objects.create(
                page=page,
                parent=made.get(parent),
                depth=made[parent].depth + 1 if parent else 1,
                name=name,
                email=email,
                website=website,
                body=body,
                status=status,
                moderation_note=demo_comments.HOLD_REASONS.get(status, ""),
                # Scored as a posted comment is (the filter learnt the starter set above):
                # the desk shows the score beside the held and spam ones.
                spam_score=spam_probability(body, website),
                created_at=published + datetime.timedelta(hours=hours),
            )
            sync_training(comment)
            if key in demo_comments.NOTIFIED:
                subscribe_confirmed(comment)  # the replies that follow are emailed
            made[key] = comment
            self.created["Comment"] += 1

    def followers(self) -> None:
        for email, follows, frequency, confirmed in subscribers.FOLLOWERS:
            kind, _, slug = follows.partition(":")
            pages = {"topic": self.topics, "author": self.authors}.get(kind, {})
            target = find_target(f"{kind}-{pages[slug].pk}") if slug else site_target()
            when = timezone.now() if confirmed else None
            if confirmed:
                Address.objects.get_or_create(email=email, defaults={"confirmed_at": when})
            _, created = Follow.objects.get_or_create(
                email=email,
                target=target.key,
                withdrawn_at=None,
                defaults={
                    "target_name": target.name,
                    "topic": target.topic,
                    "author": target.author,
                    "frequency": frequency,
                    "consent": consent_text(),
                    "confirmed_at": when,
                    "source_url": "/",
                },
            )
            (self.created if created else self.existing)["Follow"] += 1


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None
