"""Editors can open, edit and preview every page type of the demo site in the Wagtail admin."""

import datetime
import io

from django.core.management import call_command
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import ArticleIndexPage, ArticlePage, AuthorPage
from wellness.factories import AuthorPageFactory


def article_form_data(author, slug: str, published: str = "2026-05-01") -> dict:
    """What the editor's form posts for an article with a heading, a paragraph and a caution."""
    return nested_form_data(
        {
            "title": "A draft about stillpoints",
            "slug": slug,
            "standfirst": "Previewed before publishing.",
            "article_authors": inline_formset([{"author": author.pk}], min=1),
            "body": streamfield(
                [
                    ("heading", {"text": "Stillpoints", "level": "h2", "anchor": ""}),
                    ("paragraph", rich_text("<p>A pause in the rhythm.</p>")),
                    (
                        "callout",
                        {
                            "kind": "caution",
                            "title": "Who should not try this",
                            "body": rich_text("<p>Anyone after a recent head injury.</p>"),
                            "side_effects": {"count": "0"},
                            "contraindications": {"count": "0"},
                        },
                    ),
                ]
            ),
            "date_published": published,
            "comments_open": "on",  # checked by default in the editor
        }
    )


class EditingTheDemoSite(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_content", "--no-editor", stdout=io.StringIO())

    def setUp(self):
        self.login()

    def test_every_page_type_opens_in_the_editor(self):
        for page in Page.objects.filter(depth__gt=1).specific():
            with self.subTest(page=page.title):
                response = self.client.get(f"/admin/pages/{page.pk}/edit/")
                self.assertContains(response, 'id="page-edit-form"')

    def test_pages_without_a_body_save_unchanged_from_the_editor(self):
        # Wagtail's helper cannot read StreamField form data from the rendered editor
        # (it is built by JavaScript); those pages are covered by the creation tests.
        for page in Page.objects.filter(depth__gt=1).specific():
            if not hasattr(page, "body"):
                with self.subTest(page=page.title):
                    self.assertPageIsEditable(page)

    def test_pages_without_a_body_can_be_previewed(self):
        for page in Page.objects.filter(depth__gt=1).specific():
            if not hasattr(page, "body"):
                with self.subTest(page=page.title):
                    self.assertPageIsPreviewable(page)

    def test_an_article_draft_can_be_previewed_with_its_blocks(self):
        article = ArticlePage.objects.get(slug="what-is-craniosacral-therapy")
        author = article.article_authors.first().author
        preview = f"/admin/pages/{article.pk}/edit/preview/"
        self.assertJSONEqual(
            self.client.post(preview, article_form_data(author, slug=article.slug)).content,
            {"is_valid": True, "is_available": True},
        )
        response = self.client.get(preview, {"mode": ""})
        self.assertContains(response, "A pause in the rhythm.")
        self.assertContains(response, '<h2 id="stillpoints">Stillpoints</h2>')

    def test_a_preview_shows_an_author_the_draft_adds_before_it_is_saved(self):
        article = ArticlePage.objects.get(slug="what-is-craniosacral-therapy")
        other = AuthorPageFactory(
            parent=AuthorPage.objects.first().get_parent(), title="Ines Draftwright"
        )
        preview = f"/admin/pages/{article.pk}/edit/preview/"
        self.client.post(preview, article_form_data(other, slug=article.slug))
        response = self.client.get(preview, {"mode": ""})
        self.assertContains(response, f'<h3><a href="{other.url}">{other.title}</a></h3>')
        self.assertFalse(article.article_authors.filter(author=other).exists())

    def test_a_new_article_can_be_previewed_before_it_is_first_saved(self):
        index = ArticleIndexPage.objects.get()
        author = AuthorPage.objects.first()
        preview = f"/admin/pages/add/articles/articlepage/{index.pk}/preview/"
        today = datetime.date.today().isoformat()  # comments are open on a new article
        self.assertJSONEqual(
            self.client.post(preview, article_form_data(author, "stillpoints", today)).content,
            {"is_valid": True, "is_available": True},
        )
        response = self.client.get(preview, {"mode": ""})
        self.assertContains(response, '<h2 id="stillpoints">Stillpoints</h2>')
        self.assertContains(response, "Readers can comment here once this page is published.")

    def test_the_books_snippet_list_shows_the_demo_books(self):
        response = self.client.get("/admin/snippets/articles/book/")
        self.assertContains(response, "Quiet Hands")
