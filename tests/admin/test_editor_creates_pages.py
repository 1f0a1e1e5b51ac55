"""An editor can create every page type through the Wagtail admin, with its content."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    AuthorIndexPage,
    AuthorPage,
    BookReviewIndexPage,
    BookReviewPage,
    HomePage,
    ReadingListIndexPage,
    ReadingListPage,
    StandardPage,
    TopicIndexPage,
    TopicPage,
)
from wellness.factories import BookFactory, HomePageFactory, SiteTree


def list_block(values):
    """ListBlock form data, for use inside `nested_form_data`."""
    data = {str(i): {"value": v, "deleted": "", "order": str(i)} for i, v in enumerate(values)}
    data["count"] = str(len(values))
    return data


class EditorCreatesPages(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.tree = SiteTree()

    def test_editor_can_create_a_home_page_at_the_root(self):
        root = Page.get_first_root_node()
        self.assertCanCreate(
            root,
            HomePage,
            nested_form_data(
                {"title": "Another site", "tagline": "Calm", "intro": rich_text("<p>Hi</p>")}
            ),
        )

    def test_editor_can_create_each_section_index(self):
        home = HomePageFactory(parent=Page.get_first_root_node(), slug="second-home")
        for model in (
            ArticleIndexPage,
            BookReviewIndexPage,
            ReadingListIndexPage,
            AuthorIndexPage,
            TopicIndexPage,
        ):
            with self.subTest(model=model.__name__):
                self.assertCanCreate(
                    home,
                    model,
                    nested_form_data(
                        {"title": f"New {model.__name__}", "intro": rich_text("<p>About.</p>")}
                    ),
                )

    def test_editor_can_create_an_article_with_every_kind_of_content(self):
        author = self.tree.author(title="Maya Lindqvist")
        topic = self.tree.topic(title="Craniosacral therapy")
        book = BookFactory(title="Quiet Hands")
        data = nested_form_data(
            {
                "title": "What is craniosacral therapy?",
                "slug": "what-is-cst",
                "standfirst": "Principles, techniques and the evidence.",
                "article_authors": inline_formset([{"author": author.pk}], min=1),
                "body": streamfield(
                    [
                        ("heading", {"text": "Principles", "level": "h2", "anchor": ""}),
                        ("paragraph", rich_text("<p>A light-touch therapy.</p>")),
                        (
                            "definition_list",
                            {
                                "title": "Core principles",
                                "items": list_block(
                                    [
                                        {
                                            "term": "Stillpoint",
                                            "description": rich_text("<p>A pause.</p>"),
                                        }
                                    ]
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Who should not try this",
                                "body": rich_text("<p>Anyone with a recent head injury.</p>"),
                                "side_effects": {"count": "0"},
                                "contraindications": {"count": "0"},
                            },
                        ),
                        (
                            "key_takeaways",
                            {"title": "Key takeaways", "items": list_block(["Gentle"])},
                        ),
                        ("quote", {"text": "Less is more.", "attribution": "A therapist"}),
                        ("book_reference", {"book": book.pk, "note": "A good start."}),
                    ]
                ),
                "tags": "stress, sleep",
                "date_published": "2026-05-01",
                "comments_open": "on",
            }
        )
        data["topics"] = [topic.pk]  # a multiple choice field posts a list under one name
        self.assertCanCreate(self.tree.articles, ArticlePage, data)

        article = ArticlePage.objects.get(slug="what-is-cst")
        self.assertTrue(article.live)
        self.assertEqual([c.author for c in article.article_authors.all()], [author])
        self.assertEqual(list(article.topics.all()), [topic])
        self.assertEqual(sorted(t.name for t in article.tags.all()), ["sleep", "stress"])
        self.assertEqual(article.body[0].value["anchor"], "principles")
        self.assertEqual(
            [block.block_type for block in article.body],
            [
                "heading",
                "paragraph",
                "definition_list",
                "callout",
                "key_takeaways",
                "quote",
                "book_reference",
            ],
        )

    def test_an_article_needs_at_least_one_author(self):
        response = self.client.post(
            f"/admin/pages/add/articles/articlepage/{self.tree.articles.pk}/",
            nested_form_data(
                {
                    "title": "No author",
                    "slug": "no-author",
                    "standfirst": "Kept when the form comes back.",
                    "article_authors": inline_formset([], min=1),
                    "body": streamfield([]),
                    "date_published": "2026-05-01",
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Kept when the form comes back.")
        self.assertFalse(ArticlePage.objects.filter(slug="no-author").exists())

    def test_editor_can_create_a_book_review(self):
        book = BookFactory(title="Quiet Hands")
        reviewer = self.tree.author()
        self.assertCanCreate(
            self.tree.reviews,
            BookReviewPage,
            nested_form_data(
                {
                    "title": "Review: Quiet Hands",
                    "book": book.pk,
                    "rating": "4",
                    "verdict": "Careful and calm.",
                    "body": streamfield([("paragraph", rich_text("<p>Good.</p>"))]),
                    "reviewer": reviewer.pk,
                    "date_published": "2026-05-02",
                    "comments_open": "on",
                }
            ),
        )
        review = BookReviewPage.objects.get(slug="review-quiet-hands")
        self.assertEqual((review.book, review.rating, review.reviewer), (book, 4, reviewer))

    def test_a_book_cannot_be_reviewed_twice(self):
        book = BookFactory(title="Quiet Hands")
        self.tree.review(book=book, title="First review")
        response = self.client.post(
            f"/admin/pages/add/articles/bookreviewpage/{self.tree.reviews.pk}/",
            nested_form_data(
                {
                    "title": "Second review",
                    "slug": "second-review",
                    "book": book.pk,
                    "rating": "3",
                    "verdict": "My verdict stays in the form.",
                    "body": streamfield([]),
                    "date_published": "2026-05-02",
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertContains(response, "This book already has a review")
        self.assertContains(response, "My verdict stays in the form.")
        self.assertEqual(BookReviewPage.objects.filter(book=book).count(), 1)

    def test_editor_can_create_a_reading_list_mixing_books_articles_and_links(self):
        book = BookFactory()
        article = self.tree.article()
        self.assertCanCreate(
            self.tree.reading_lists,
            ReadingListPage,
            nested_form_data(
                {
                    "title": "Where to start",
                    "intro": rich_text("<p>Read these in order.</p>"),
                    "curator": self.tree.author().pk,
                    "items": inline_formset(
                        [
                            {"book": book.pk, "note": "First."},
                            {"article": article.pk, "note": "Second."},
                            {
                                "link_url": "https://example.org/guide",
                                "link_title": "A guide",
                                "note": "Third.",
                            },
                        ],
                        min=1,
                    ),
                    "date_published": "2026-05-03",
                    "comments_open": "on",
                }
            ),
        )
        page = ReadingListPage.objects.get(slug="where-to-start")
        self.assertEqual(
            [i.kind for i in page.items.order_by("sort_order")], ["book", "article", "link"]
        )

    def test_a_reading_list_item_must_be_exactly_one_thing(self):
        book = BookFactory()
        response = self.client.post(
            f"/admin/pages/add/articles/readinglistpage/{self.tree.reading_lists.pk}/",
            nested_form_data(
                {
                    "title": "Muddled list",
                    "slug": "muddled-list",
                    "intro": rich_text("<p>Intro.</p>"),
                    "items": inline_formset(
                        [{"book": book.pk, "link_url": "https://example.org/", "link_title": "X"}],
                        min=1,
                    ),
                    "date_published": "2026-05-03",
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertContains(response, "Choose exactly one of a book, an article or a link.")
        self.assertFalse(ReadingListPage.objects.filter(slug="muddled-list").exists())

    def test_editor_can_create_an_author_with_links(self):
        self.assertCanCreate(
            self.tree.authors,
            AuthorPage,
            nested_form_data(
                {
                    "title": "Nadia Ferreira",
                    "role": "expert_reviewer",
                    "credentials": "MD, family physician",
                    "short_bio": "Reviews our health content.",
                    "bio": rich_text("<p>Twenty years in family practice.</p>"),
                    "links": inline_formset([{"label": "Website", "url": "https://example.org/"}]),
                }
            ),
        )
        author = AuthorPage.objects.get(slug="nadia-ferreira")
        self.assertEqual(author.role, "expert_reviewer")
        self.assertEqual([link.label for link in author.links.all()], ["Website"])

    def test_editor_can_create_a_topic(self):
        self.assertCanCreate(
            self.tree.topics,
            TopicPage,
            nested_form_data({"title": "Sleep", "intro": "Rest and recovery."}),
        )

    def test_editor_can_create_a_standard_page(self):
        self.assertCanCreate(
            self.tree.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Privacy",
                    "intro": "What we store.",
                    "body": streamfield([("paragraph", rich_text("<p>Very little.</p>"))]),
                }
            ),
        )
