"""Content checks show editors what to look at before publishing, and never stop them."""

import pytest
from django.contrib.messages import WARNING, get_messages
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail import blocks, hooks
from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles import checks_panel
from articles.blocks import HeadingBlock
from articles.checks import check_page
from articles.checks_panel import ContentChecksPanel, warn_after_save
from articles.models import ArticlePage, ReadingLevelSettings
from comments.models import CommentSettings
from wellness.factories import ImageFactory, stream

INJECTED_SPAM = "<p>출장안마 예약 24시간 상담</p>"
UNSOURCED_CLAIM = "<p>Craniosacral therapy cures migraines. Many readers ask about it.</p>"


def h2(text):
    return ("heading", {"text": text, "level": "h2", "anchor": ""})


def h3(text):
    return ("heading", {"text": text, "level": "h3", "anchor": ""})


def para(html):
    return ("paragraph", html)


def image(img, alt="", decorative=False):
    value = {"image": img.pk, "alt_text": alt, "decorative": decorative}
    return ("image", {"image": value, "caption": "", "credit": ""})


def flags(page, kind=None):
    return [flag for flag in check_page(page) if kind in (None, flag.kind)]


def block_phrases(tree, *phrases):
    rules = CommentSettings.for_site(tree.home.get_site())
    rules.blocklist = "\n".join(phrases)
    rules.save()


# What the issue asks for


def test_a_page_with_injected_korean_spam_and_an_unsourced_cure_claim_is_flagged(tree):
    block_phrases(tree, "출장안마")
    page = tree.article(
        body=stream(h2("What the evidence says"), para(INJECTED_SPAM), para(UNSOURCED_CLAIM))
    )
    kinds = {flag.kind for flag in flags(page)}
    assert {"spam_phrase", "foreign_script", "unsourced_claim"} <= kinds


# Spam phrases and text in another script


def test_an_injected_blocklisted_phrase_is_flagged_twice_over_and_says_where(tree):
    block_phrases(tree, "출장안마")
    page = tree.article(
        body=stream(h2("What the evidence says"), para("<p>Small trials.</p>"), para(INJECTED_SPAM))
    )
    found = [flag for flag in flags(page) if flag.kind in ("spam_phrase", "foreign_script")]
    assert [flag.kind for flag in found] == ["spam_phrase", "foreign_script"]
    assert {flag.where for flag in found} == {'Section "What the evidence says", paragraph 2'}
    assert "blocklist" in found[0].why and "출장안마" in found[0].why
    assert "Hangul (Korean)" in found[1].why and '"출장안마 예약 24시간 상담"' in found[1].why


def test_the_blocklist_is_matched_whatever_the_case_in_title_and_standfirst(tree):
    block_phrases(tree, "Cheap Pills")
    page = tree.article(title="CHEAP PILLS today", standfirst="Get cheap pills now.")
    assert [(f.kind, f.where) for f in flags(page)] == [
        ("spam_phrase", "Title"),
        ("spam_phrase", "Standfirst"),
    ]


def test_a_korean_run_is_flagged_without_any_blocklist(tree):
    page = tree.article(body=stream(para("<p>Book now: 바디프로필 촬영</p>")))
    (flag,) = flags(page)
    assert flag.kind == "foreign_script"
    assert flag.where == "The introduction, paragraph 1"
    assert '"바디프로필 촬영"' in flag.why and "English page" in flag.why


def test_other_scripts_are_flagged_by_name(tree):
    page = tree.article(
        body=stream(para("<p>Купить дёшево</p>"), para("<p>マッサージ店</p>"), para("<p>ยาดี</p>"))
    )
    whys = " ".join(flag.why for flag in flags(page, "foreign_script"))
    assert "Cyrillic" in whys and "Katakana" in whys and "CJK" in whys and "Thai" in whys


def test_accents_arrows_and_a_single_stray_letter_are_not_flagged(tree):
    page = tree.article(
        body=stream(para("<p>A café visit → a calmer mood; naïve Zoë, crème brûlée, 출.</p>"))
    )
    assert flags(page) == []


def test_text_in_another_script_is_flagged_on_standard_pages_too(tree):
    page = tree.standard_page(body=stream(para("<p>Звоните сейчас</p>")))
    assert [flag.kind for flag in flags(page)] == ["foreign_script"]


def test_the_check_runs_on_an_unsaved_page_with_the_default_site(tree):
    block_phrases(tree, "출장안마")
    page = ArticlePage(title="New", standfirst="출장안마", body=stream(para("<p>Fine.</p>")))
    assert [flag.kind for flag in check_page(page)] == ["spam_phrase", "foreign_script"]


# Health claims without a source


def test_an_unsourced_cure_claim_is_flagged_with_its_section_and_sentence(tree):
    page = tree.article(
        body=stream(
            h2("What it is"),
            para("<p>Light touch.</p>"),
            h2("Does it work?"),
            para(UNSOURCED_CLAIM),
        )
    )
    (flag,) = flags(page)
    assert flag.kind == "unsourced_claim"
    assert flag.where == 'Section "Does it work?", paragraph 1'
    assert '"Craniosacral therapy cures migraines."' in flag.why


@pytest.mark.parametrize(
    "evidence",
    [
        "<p>A small trial found fewer headaches [1].</p>",
        "<p>See the trials [2, 3].</p>",
        '<p>See <a href="https://pubmed.ncbi.nlm.nih.gov/1/">the trial</a>.</p>',
    ],
    ids=["marker", "two-markers", "link"],
)
def test_the_same_claim_with_a_citation_in_its_section_is_not_flagged(tree, evidence):
    page = tree.article(body=stream(h2("Does it work?"), para(UNSOURCED_CLAIM), para(evidence)))
    assert flags(page, "unsourced_claim") == []


def test_a_citation_in_another_section_does_not_source_the_claim(tree):
    page = tree.article(
        body=stream(
            h2("Does it work?"),
            para(UNSOURCED_CLAIM),
            h2("Further reading"),
            para("<p>The review [1] is worth reading.</p>"),
        )
    )
    assert [flag.where for flag in flags(page, "unsourced_claim")] == [
        'Section "Does it work?", paragraph 1'
    ]


def test_a_claim_before_the_first_h2_belongs_to_the_introduction(tree):
    page = tree.article(body=stream(para("<p>A guaranteed detox for everyone.</p>"), h2("More")))
    (flag,) = flags(page)
    assert flag.where == "The introduction, paragraph 1"


def test_claim_words_match_whole_words_only(tree):
    page = tree.article(body=stream(para("<p>A secure, procured and curated space.</p>")))
    assert flags(page) == []


def test_a_sources_block_in_the_section_counts_as_a_citation(tree):
    body_block = blocks.StreamBlock(
        [
            ("heading", HeadingBlock()),
            ("paragraph", blocks.RichTextBlock()),
            ("sources", blocks.ListBlock(blocks.CharBlock())),
        ]
    )
    page = tree.article()
    heading = {"text": "Does it work?", "level": "h2", "anchor": ""}
    claim = ("paragraph", RichText(UNSOURCED_CLAIM))
    page.body = StreamValue(body_block, [("heading", heading), claim])
    assert [flag.kind for flag in flags(page)] == ["unsourced_claim"]
    page.body = StreamValue(
        body_block, [("heading", heading), claim, ("sources", ["Smith J. Headache. 2020."])]
    )
    assert flags(page) == []


# Outbound links to new domains


def link(url):
    return para(f'<p>Read <a href="{url}">this study</a> [1].</p>')


def test_a_link_to_a_domain_no_other_page_links_to_is_flagged(tree):
    tree.article(body=stream(link("https://pubmed.ncbi.nlm.nih.gov/1/")))
    page = tree.article(body=stream(h2("Sources"), link("https://cheap-pills.example/buy")))
    (flag,) = flags(page)
    assert flag.kind == "new_domain"
    assert flag.where == 'Section "Sources", paragraph 1'
    assert "cheap-pills.example" in flag.why


def test_a_link_to_a_domain_another_live_page_links_to_is_not_flagged(tree):
    tree.standard_page(body=stream(link("https://pubmed.ncbi.nlm.nih.gov/1/")))
    page = tree.article(body=stream(link("https://pubmed.ncbi.nlm.nih.gov/2/")))
    assert flags(page) == []


def test_www_is_ignored_when_comparing_domains(tree):
    tree.article(body=stream(link("https://www.nhs.uk/conditions/migraine/")))
    page = tree.article(body=stream(link("http://nhs.uk/conditions/")))
    assert flags(page) == []


def test_the_page_own_links_and_drafts_do_not_make_a_domain_known(tree):
    tree.article(body=stream(link("https://draft-only.example/")), live=False)
    page = tree.article(body=stream(link("https://draft-only.example/page")))
    assert [flag.kind for flag in flags(page)] == ["new_domain"]


def queries_to_check(page) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        check_page(page)
    return [query["sql"] for query in captured]


def reads_bodies(queries) -> bool:
    return any('"body"' in sql for sql in queries)


def test_finding_known_domains_costs_the_same_queries_however_many_pages_link(tree):
    block_phrases(tree)  # the site's comment settings exist, as on a running site
    ReadingLevelSettings.for_site(tree.home.get_site())  # and its reading level target

    def cold_check_after(other_pages):
        for n in range(other_pages):
            tree.article(body=stream(link(f"https://site{n}.example/")))
        page = tree.article(body=stream(link("https://other.example/")))
        cache.clear()
        return len(queries_to_check(page))

    assert cold_check_after(1) == cold_check_after(6) <= 9  # 9: the reading level target


def test_known_domains_are_cached_until_a_page_is_published(tree):
    tree.article(body=stream(link("https://nhs.uk/a/")))
    page = tree.article(body=stream(link("https://nice.org.uk/guidance/")))
    assert reads_bodies(queries_to_check(page))
    assert not reads_bodies(queries_to_check(page))
    other = tree.article(body=stream(link("https://nice.org.uk/other/")), live=False)
    other.save_revision().publish()
    assert flags(page) == []


def test_pages_without_links_never_read_other_pages(tree):
    tree.article(body=stream(link("https://nhs.uk/a/")))
    assert not reads_bodies(queries_to_check(tree.article()))


# Images without alt text


def test_an_image_block_without_alt_text_is_flagged(tree):
    page = tree.article(body=stream(h2("Hands"), image(ImageFactory(), alt="")))
    (flag,) = flags(page)
    assert (flag.kind, flag.where) == ("missing_alt", 'Section "Hands", image 1')


def test_decorative_images_and_images_with_alt_text_are_not_flagged(tree):
    picture = ImageFactory()
    page = tree.article(
        body=stream(image(picture, decorative=True), image(picture, alt="Two hands resting"))
    )
    assert flags(page) == []


def test_a_hero_image_without_alt_text_is_flagged(tree):
    page = tree.article(hero_image=ImageFactory(description=""), hero_alt="")
    assert [(f.kind, f.where) for f in flags(page)] == [("missing_alt", "Hero image")]


def test_a_hero_image_with_alt_text_or_a_description_is_not_flagged(tree):
    assert flags(tree.article(hero_image=ImageFactory(description=""), hero_alt="Hands")) == []
    assert flags(tree.article(hero_image=ImageFactory(description="Hands at rest"))) == []


# Heading levels


def test_an_h3_before_any_h2_is_flagged_with_its_text(tree):
    page = tree.article(body=stream(h3("Quick answer"), para("<p>Yes.</p>"), h2("Details")))
    (flag,) = flags(page)
    assert (flag.kind, flag.where) == ("heading_level", 'Heading "Quick answer"')
    assert "H1" in flag.why and "H3" in flag.why


def test_an_h3_under_an_h2_is_not_flagged(tree):
    page = tree.article(body=stream(h2("Details"), h3("Quick answer"), para("<p>Yes.</p>")))
    assert flags(page) == []


def test_a_clean_article_has_no_flags(tree):
    assert check_page(tree.article()) == []


# In the editor: the panel and the warning after saving


@pytest.fixture
def editor_with_checks_panel(monkeypatch):
    """ArticlePage's editor with the Content checks panel, unless it is there already."""
    content = list(ArticlePage.content_panels)
    if not any(isinstance(panel, ContentChecksPanel) for panel in content):
        content.append(ContentChecksPanel(heading="Content checks"))
    handler = TabbedInterface(
        [
            ObjectList(content, heading="Content"),
            ObjectList(ArticlePage.promote_panels, heading="Promote"),
            ObjectList(ArticlePage.settings_panels, heading="Settings"),
        ],
        base_form_class=ArticlePage.base_form_class,
    ).bind_to_model(ArticlePage)
    monkeypatch.setattr(ArticlePage, "get_edit_handler", classmethod(lambda cls: handler))


@pytest.fixture
def warning_hooks():
    """The save hooks, registered for the test unless wagtail_hooks.py already does it."""
    missing = [
        (name, warn_after_save)
        for name in ("after_create_page", "after_edit_page")
        if warn_after_save not in hooks.get_hooks(name)
    ]
    if not missing:
        yield
        return
    with hooks.register_temporarily(missing):
        yield


@pytest.mark.usefixtures("editor_with_checks_panel")
def test_the_panel_lists_each_flag_with_where_and_why_in_the_editor(admin_client, tree):
    page = tree.article(body=stream(h2("What the evidence says"), para(UNSOURCED_CLAIM)))
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Content checks" in html and "health claim without a source" in html
    assert "Section &quot;What the evidence says&quot;, paragraph 1" in html
    assert "has no source in this section" in html


@pytest.mark.usefixtures("editor_with_checks_panel")
def test_the_panel_says_when_nothing_was_found_and_waits_for_a_first_save(admin_client, tree):
    page = tree.article()
    assert (
        "No problems found." in admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    )
    add = f"/admin/pages/add/articles/articlepage/{tree.articles.pk}/"
    assert "Checks run when you save a draft." in admin_client.get(add).content.decode()


def test_the_panel_shows_a_failing_check_instead_of_raising(tree, monkeypatch, admin_user):
    def broken(page):
        raise RuntimeError("the blocklist is unreadable")

    monkeypatch.setattr(checks_panel, "check_page", broken)
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    panel = ContentChecksPanel(heading="Content checks").bind_to_model(ArticlePage)
    html = panel.get_bound_panel(instance=tree.article(), request=request).render_html()
    assert "Checks could not run: the blocklist is unreadable" in html


def article_form(page, body, **extra):
    credit = page.article_authors.get()
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "standfirst": page.standfirst,
            "article_authors": inline_formset(
                [{"id": credit.pk, "author": credit.author_id}], initial=1, min=1
            ),
            "body": streamfield(body),
            "date_published": page.date_published.isoformat(),
            **extra,
        }
    )


def flagged_body():
    return [h2("What the evidence says"), ("paragraph", rich_text(INJECTED_SPAM + UNSOURCED_CLAIM))]


def warnings(response):
    return [m.message for m in get_messages(response.wsgi_request) if m.level == WARNING]


@pytest.mark.usefixtures("warning_hooks")
def test_saving_a_flagged_draft_adds_one_warning_naming_the_panel(admin_client, tree):
    page = tree.article()
    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/", article_form(page, flagged_body())
    )
    assert response.status_code == 302
    (warning,) = warnings(response)
    assert warning.startswith("Content checks found 2 things to look at before publishing:")
    assert "run of text in another script" in warning and "see the Content checks panel" in warning


@pytest.mark.usefixtures("warning_hooks")
def test_saving_a_clean_page_adds_no_warning(admin_client, tree):
    page = tree.article()
    body = [h2("What it is"), ("paragraph", rich_text("<p>A light-touch therapy.</p>"))]
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", article_form(page, body))
    assert response.status_code == 302 and warnings(response) == []


@pytest.mark.usefixtures("warning_hooks")
def test_publishing_a_flagged_page_still_succeeds(admin_client, tree):
    page = tree.article()
    form = article_form(page, flagged_body(), **{"action-publish": "action-publish"})
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", form)
    assert response.status_code == 302 and len(warnings(response)) == 1
    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes
    assert "출장안마" in str(page.body)


@pytest.mark.usefixtures("warning_hooks")
def test_creating_a_flagged_page_in_the_admin_adds_one_warning(admin_client, tree):
    template = tree.article(slug="template")
    form = article_form(template, flagged_body(), slug="fresh", title="Fresh")
    form = {k: v for k, v in form.items() if not k.endswith("-id")}
    form["article_authors-INITIAL_FORMS"] = "0"
    add = f"/admin/pages/add/articles/articlepage/{tree.articles.pk}/"
    response = admin_client.post(add, form)
    assert response.status_code == 302
    assert ArticlePage.objects.filter(slug="fresh").exists()
    assert len(warnings(response)) == 1


@pytest.mark.usefixtures("editor_with_checks_panel")
def test_the_panel_checks_the_draft_the_editor_sees_not_the_live_page(admin_client, tree):
    page = tree.article()
    admin_client.post(f"/admin/pages/{page.pk}/edit/", article_form(page, flagged_body()))
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "출장안마 예약 24시간 상담" in html and "No problems found." not in html
    assert check_page(ArticlePage.objects.get(pk=page.pk)) == []  # the live page is clean
