"""Moving from WordPress: posts, pages, authors, topics, tags, media and old links."""

import datetime
import json
import socket

import pytest
from PIL import Image
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from articles.models import ArticlePage, AuthorPage, StandardPage, TopicPage, WellnessImage
from wellness.factories import StandardPageFactory

from .helpers import EXPORTS, JOURNAL, run_import, summary_row


def article(slug: str) -> ArticlePage:
    return ArticlePage.objects.get(slug=slug)


def test_posts_become_articles_under_the_articles_index(journal, tree):
    titles = set(ArticlePage.objects.child_of(tree.articles).values_list("title", flat=True))
    assert titles == {
        "Why gentle touch – and what it isn’t",
        "What the research says & doesn’t",
        "Notes for a future post",
        "Waiting for review",
        "Coming soon: sleep and touch",
        "Practitioner notes",
        "Members’ case study",
    }


def test_markup_and_entities_in_titles_become_plain_text(journal, client):
    html = client.get(article("gentle-touch").url).content.decode()
    assert "<h1>Why gentle touch – and what it isn’t</h1>" in html
    assert "<em>" not in article("gentle-touch").title


def test_slug_date_and_excerpt_come_from_the_post(journal):
    page = article("gentle-touch")
    assert page.date_published == datetime.date(2019, 3, 4)
    assert page.standfirst == "A light-touch therapy, explained without the mystique."
    assert page.first_published_at == datetime.datetime(2019, 3, 4, 9, 15, tzinfo=datetime.UTC)


def test_a_post_without_an_excerpt_takes_its_first_paragraph_as_standfirst(journal):
    assert article("what-the-research-says").standfirst == "Studies are small and few."


def test_a_draft_without_a_slug_gets_one_from_its_title(journal):
    assert ArticlePage.objects.filter(slug="notes-for-a-future-post").exists()


def test_sticky_posts_are_featured(journal):
    assert list(ArticlePage.objects.filter(featured=True).values_list("slug", flat=True)) == [
        "gentle-touch"
    ]


@pytest.mark.parametrize(
    "slug, live, restriction",
    [
        ("gentle-touch", True, None),
        ("notes-for-a-future-post", False, None),
        ("waiting-for-review", False, None),
        ("sleep-and-touch", False, None),
        ("practitioner-notes", True, PageViewRestriction.LOGIN),
        ("case-study", True, PageViewRestriction.PASSWORD),
    ],
)
def test_each_wordpress_status_has_its_wagtail_state(journal, slug, live, restriction):
    page = article(slug)
    assert page.live is live
    assert page.latest_revision is not None
    found = PageViewRestriction.objects.filter(page=page).first()
    assert (found.restriction_type if found else None) == restriction


def test_a_future_post_is_scheduled_for_its_date(journal, client):
    page = article("sleep-and-touch")
    assert page.latest_revision.approved_go_live_at == datetime.datetime(
        2099, 6, 1, 7, 0, tzinfo=datetime.UTC
    )
    assert client.get("/articles/sleep-and-touch/").status_code == 404


def test_a_private_post_asks_readers_to_log_in(journal, client):
    response = client.get("/articles/practitioner-notes/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_a_password_protected_post_asks_for_its_password(journal, client):
    html = client.get("/articles/case-study/").content.decode()
    assert "A case study for members." not in html
    assert 'name="password"' in html
    restriction = PageViewRestriction.objects.get(page=article("case-study"))
    assert restriction.password == "stillpoint"


def test_trashed_posts_and_other_item_types_are_skipped_and_counted(journal):
    assert not ArticlePage.objects.filter(title__in=["Deleted post"]).exists()
    assert summary_row(journal, "articles") == [7, 0, 0, 1]
    assert "nav_menu_item items skipped (not content)" in journal
    assert "revision items skipped (not content)" in journal


def test_an_article_renders_with_its_author_topics_tags_and_comments(journal, client):
    html = client.get(article("gentle-touch").url).content.decode()
    assert ">Maya Lindqvist</a>" in html
    assert ">Bodywork › Craniosacral therapy</a>" in html
    assert 'rel="tag">Sleep</a>' in html and 'rel="tag">Stress</a>' in html
    assert "Is it normal to feel tired afterwards?" in html
    assert "Yes, very normal. Rest if you can." in html


def test_the_body_becomes_headings_paragraphs_lists_images_quotes_and_embeds(journal):
    kinds = [block.block_type for block in article("gentle-touch").body]
    assert kinds == [
        "paragraph",
        "heading",
        "paragraph",
        "image",
        "paragraph",
        "quote",
        "embed",
        "paragraph",
    ]


def test_the_converted_body_renders_for_readers(journal, client):
    html = client.get(article("gentle-touch").url).content.decode()
    assert "<b>very light touch</b>" in html
    assert '<h2 id="what-happens-in-a-session">What happens in a session</h2>' in html
    assert "<li>A quiet room</li>" in html
    assert "<figcaption>A practitioner’s hands at rest</figcaption>" in html
    assert 'alt="Hands resting on a shoulder"' in html
    assert "The lightest touch can be the hardest to learn." in html
    assert "Player for https://www.youtube.com/watch?v=aqz-KE-bpKQ" in html


def test_links_to_the_old_site_become_site_relative(journal):
    paragraph = article("gentle-touch").body[0].value.source
    assert '<a href="/2019/02/first-session/">our first-session guide</a>' in paragraph


def test_shortcodes_and_block_comments_never_show_as_text(journal, client):
    for slug in ("gentle-touch", "what-the-research-says"):
        stored = json.dumps(list(article(slug).body.raw_data))
        html = client.get(article(slug).url).content.decode()
        for leftover in ("[contact-form-7", "[su_note", "[/su_note]", "wp:paragraph", "wp:"):
            assert leftover not in stored
        assert "[caption" not in html and "<!-- wp:" not in html
    assert "Drink some water afterwards." in client.get("/articles/gentle-touch/").content.decode()


def test_nothing_unsafe_survives(journal):
    for slug in ("gentle-touch", "what-the-research-says"):
        stored = json.dumps(list(article(slug).body.raw_data)).lower()
        for unsafe in (
            "<script",
            "tracking pixel",
            "javascript:",
            "onclick",
            "onmouseover",
            "onerror",
            "<iframe",
            "ads.example.net",
        ):
            assert unsafe not in stored, (slug, unsafe)


def test_a_block_editor_post_keeps_its_blocks(journal):
    body = article("what-the-research-says").body
    assert [block.block_type for block in body] == [
        "paragraph",
        "heading",
        "embed",
        "quote",
        "paragraph",
    ]
    assert body[1].value["level"] == "h3" and body[1].value["text"] == "Systematic reviews"
    assert body[2].value.url == "https://vimeo.com/76979871"
    assert body[3].value["attribution"] == "Carl Sagan"


def test_what_could_not_be_converted_is_listed_for_attention(journal):
    research = "post 102 “What the research says & doesn’t”"
    assert f"{research}: removed dynamic block wp:latest-posts" in journal
    assert f"{research}: removed <iframe> from ads.example.net" in journal
    assert "post 101 “Why gentle touch – and what it isn’t”: removed shortcode [su_note]" in journal


def test_wordpress_pages_become_standard_pages_keeping_their_hierarchy(journal, tree):
    about = StandardPage.objects.child_of(tree.home).get(slug="about")
    team = StandardPage.objects.get(slug="team")
    assert team.get_parent().pk == about.pk
    assert team.intro == "The people behind the journal."
    assert [block.block_type for block in team.body] == ["heading", "paragraph"]


def test_a_page_whose_parent_is_missing_goes_to_the_top_and_is_reported(journal, tree):
    assert StandardPage.objects.child_of(tree.home).filter(slug="orphan").exists()
    assert "page 303 “Orphan page”: its parent page was not imported" in journal


def test_a_taken_slug_gets_a_suffix_and_is_reported(tree, uploads, stored_embeds):
    StandardPageFactory(parent=tree.home, slug="about", title="Our own About page")
    output = run_import(JOURNAL, "--media-dir", uploads)
    assert StandardPage.objects.get(slug="about").title == "Our own About page"
    assert StandardPage.objects.get(slug="about-2").title == "About"
    assert "page 301 “About”: the slug was taken here, so it is “about-2”" in output


def test_authors_become_author_pages_with_their_biography(journal, tree):
    maya = AuthorPage.objects.child_of(tree.authors).get(title="Maya Lindqvist")
    assert maya.short_bio == "Maya is a licensed massage therapist in Uppsala."
    assert maya.bio == (
        "<p>Maya is a licensed massage therapist in Uppsala.</p>"
        "<p>She writes about touch and rest.</p>"
    )
    assert maya.email == "maya@journal.example.com"
    assert list(article("gentle-touch").article_authors.values_list("author", flat=True)) == [
        maya.pk
    ]


def test_an_author_page_with_the_same_email_is_used_not_duplicated(tree, uploads, stored_embeds):
    existing = tree.author(title="Nadia F.", email="NADIA@journal.example.com")
    run_import(JOURNAL, "--media-dir", uploads)
    assert not AuthorPage.objects.filter(title="Nadia Ferreira").exists()
    credits = article("what-the-research-says").article_authors.values_list("author", flat=True)
    assert list(credits) == [existing.pk]
    assert AuthorPage.objects.get(pk=existing.pk).title == "Nadia F."


def test_author_emails_stay_private(journal, client):
    maya = AuthorPage.objects.get(title="Maya Lindqvist")
    for url in (maya.url, article("gentle-touch").url):
        assert "maya@journal.example.com" not in client.get(url).content.decode()


def test_categories_become_flat_topics(journal, tree):
    titles = set(TopicPage.objects.child_of(tree.topics).values_list("title", flat=True))
    assert titles == {"Bodywork", "Bodywork › Craniosacral therapy", "Research & evidence"}
    assert "nested categories became topics titled “Parent › Child” (topics are flat)" in journal
    assert "WordPress's “Uncategorized” category was not made a topic" in journal


def test_a_topic_with_the_same_slug_is_reused(tree, uploads, stored_embeds):
    existing = tree.topic(title="Evidence", slug="research")
    run_import(JOURNAL, "--media-dir", uploads)
    assert list(article("what-the-research-says").topics.all()) == [existing]
    assert TopicPage.objects.get(pk=existing.pk).title == "Evidence"


def test_topic_pages_list_their_imported_articles(journal, client):
    html = client.get("/topics/research/").content.decode()
    assert "What the research says &amp; doesn’t" in html


def test_tags_become_tags(journal):
    assert sorted(article("gentle-touch").tags.names()) == ["Sleep", "Stress"]
    assert set(Tag.objects.values_list("name", flat=True)) >= {"Headaches", "Sleep", "Stress"}


def test_old_permalinks_redirect_to_the_new_pages(journal, client):
    response = client.get("/2019/03/gentle-touch/")
    assert response.status_code == 301 and response["Location"] == "/articles/gentle-touch/"
    assert client.get("/2019/03/gentle-touch").status_code == 301


def test_no_redirect_is_made_where_the_path_is_unchanged_or_a_plain_permalink(journal):
    old_paths = set(Redirect.objects.values_list("old_path", flat=True))
    assert "/about" not in old_paths and "/about/team" not in old_paths
    assert not any("?p=" in path for path in old_paths)


def test_attachments_found_under_the_media_dir_become_images(journal):
    image = WellnessImage.objects.get(title="Hands at rest")
    assert image.description == "Two hands resting on a shoulder"
    assert (image.width, image.height) == (640, 480)
    page = article("gentle-touch")
    assert page.hero_image == image
    assert page.body[3].value["image"].pk == image.pk  # matched by its resized copy's URL


def test_missing_media_is_reported_not_downloaded(tree, uploads, stored_embeds, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the importer tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    output = run_import(JOURNAL, "--media-dir", uploads)
    assert "attachment 202 “Lost chart”: no file 2019/04/lost.jpg under --media-dir" in output
    assert "attachment 203 “Consent form”: consent-form.pdf is not an image type" in output
    assert "image not found under --media-dir: https://journal.example.com/wp-content/" in output
    assert summary_row(output, "images") == [1, 0, 0, 2]


def test_without_a_media_dir_attachments_are_counted_and_noted(tree, stored_embeds):
    output = run_import(JOURNAL)
    assert not WellnessImage.objects.exists()
    assert "3 attachments not imported: no --media-dir was given" in output
    assert "its featured image was not imported" in output


def test_the_summary_counts_each_kind(journal):
    assert summary_row(journal, "authors") == [2, 0, 0, 0]
    assert summary_row(journal, "topics") == [3, 0, 0, 0]
    assert summary_row(journal, "tags") == [3, 0, 0, 0]
    assert summary_row(journal, "pages") == [3, 0, 0, 0]
    assert summary_row(journal, "comments") == [10, 0, 0, 3]
    assert summary_row(journal, "redirects") == [6, 0, 0, 0]


def test_posts_go_under_the_index_given_by_parent(tree, stored_embeds):
    run_import(EXPORTS / "https-1.1.xml", "--parent", "/articles/")
    assert ArticlePage.objects.child_of(tree.articles).get().slug == "box-breathing"


def test_an_https_namespace_wxr_1_1_export_imports(tree, client):
    output = run_import(EXPORTS / "https-1.1.xml")
    page = article("box-breathing")
    assert output.startswith("WordPress import from secure.example.org/blog (WXR 1.1)")
    assert page.standfirst == "A calming exercise you can do anywhere."
    html = client.get(page.url).content.decode()
    assert (
        "Sam Reyes" in html and ">Breathing</a>" in html and "This helped before my exam." in html
    )


def test_a_wxr_1_0_export_without_an_author_list_imports(tree):
    output = run_import(EXPORTS / "classic-1.0.xml")
    page = article("ten-minutes")
    assert [credit.author.title for credit in page.article_authors.all()] == ["ghostwriter"]
    assert [t.title for t in page.topics.all()] == ["Yoga"]
    assert list(page.tags.names()) == ["Mornings"]
    assert page.body[0].value.source == (
        "<p>Roll out the mat.<br/>Start with <i>child's pose</i>.</p><p>Finish lying still.</p>"
    )
    assert "removed [gallery] without ids (add its images by hand)" in output


def test_imported_pages_are_indexed_for_search(journal):
    assert [page.slug for page in ArticlePage.objects.live().search("craniosacral")] == [
        "gentle-touch"
    ]
    assert [author.title for author in AuthorPage.objects.search("Lindqvist")] == ["Maya Lindqvist"]


def test_a_bare_gallery_shows_the_images_uploaded_to_the_post_in_menu_order(tree, tmp_path):
    uploads = tmp_path / "uploads" / "2021" / "04"
    uploads.mkdir(parents=True)
    for name in ("basil", "chard"):
        Image.new("RGB", (64, 48), "olivedrab").save(uploads / f"{name}.jpg")
    run_import(EXPORTS / "bare-gallery.xml", "--media-dir", tmp_path / "uploads")
    body = ArticlePage.objects.get(slug="seedlings-week-two").body
    images = [block.value["image"] for block in body if block.block_type == "image"]
    assert [image.default_alt_text for image in images] == ["Chard seedlings", "Basil seedlings"]
