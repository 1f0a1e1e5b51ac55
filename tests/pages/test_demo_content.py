"""The demo site: built by one command, complete, and safe to build again."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from articles.models import (
    ArticlePage,
    AuthorPage,
    Book,
    BookReviewPage,
    HomePage,
    ReadingListPage,
    StandardPage,
    TopicPage,
    WellnessImage,
)


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "books": Book.objects.count(),
        "images": WellnessImage.objects.count(),
        "users": get_user_model().objects.count(),
        "latest_revision": Revision.objects.order_by("-pk").values_list("pk", flat=True).first(),
    }


@pytest.fixture
def demo(db, settings):
    settings.DEBUG = True
    call_command("load_demo_content", stdout=io.StringIO())


def test_demo_builds_the_promised_content(demo):
    assert ArticlePage.objects.live().count() >= 3
    assert BookReviewPage.objects.live().count() == 2
    assert ReadingListPage.objects.live().count() == 1
    assert AuthorPage.objects.live().count() == 2
    assert TopicPage.objects.live().count() >= 3
    assert {p.slug for p in StandardPage.objects.all()} >= {"about", "privacy"}
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage


def test_demo_articles_are_shaped_like_real_ones(demo):
    for article in ArticlePage.objects.all():
        kinds = [block.block_type for block in article.body]
        h2s = [b for b in article.body if b.block_type == "heading" and b.value["level"] == "h2"]
        assert len(h2s) >= 5, article.title
        assert "definition_list" in kinds and "book_reference" in kinds, article.title
        cautions = [b for b in article.body if b.block_type == "callout"]
        assert any(b.value["kind"] == "caution" for b in cautions), article.title
        assert any("<ul>" in b.value.source for b in article.body if b.block_type == "paragraph")
        assert article.article_authors.exists() and article.hero_image is not None
        assert article.reading_time >= 4


def test_every_demo_page_renders(client, demo):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_running_the_demo_twice_changes_nothing(demo, settings):
    before = snapshot()
    call_command("load_demo_content", stdout=io.StringIO())
    assert snapshot() == before


def test_demo_creates_a_login_for_development_only(demo):
    editor = get_user_model().objects.get(username="editor")
    assert editor.is_superuser and editor.check_password("wellness-demo")


def test_no_demo_login_is_created_when_debug_is_off(db, settings, capsys):
    settings.DEBUG = False
    call_command("load_demo_content")
    assert not get_user_model().objects.filter(username="editor").exists()
    assert "DEBUG is off" in capsys.readouterr().out


def test_demo_replaces_wagtails_welcome_page(demo):
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_the_demo_has_reader_feedback_on_one_article_and_a_glossary_term(demo, client):
    from articles.models import GlossaryTerm
    from feedback.models import Feedback

    article = ArticlePage.objects.get(slug="what-is-craniosacral-therapy")
    answers = Feedback.objects.filter(page=article)
    assert answers.filter(helpful=True).count() == 5 and answers.filter(helpful=False).count() == 3
    assert set(Feedback.objects.values_list("page_id", flat=True)) == {article.pk}
    assert GlossaryTerm.objects.filter(term="placebo").exists()
    html = client.get(article.url).content.decode()
    assert '<dfn id="term-placebo">placebo</dfn>' in html
