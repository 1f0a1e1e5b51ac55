"""Health content earns trust: who reviewed it and when, its sources, its risks, its disclaimer."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail.models import Workflow

from articles.blocks import ArticleBodyBlock
from articles.models import ArticlePage, HealthSettings
from tests.validators import json_ld, of_type, vocabulary_errors
from wellness.factories import ArticleIndexPageFactory, stream

TODAY = datetime.date.today()

REFERENCE = {
    "title": "A trial of light touch",
    "authors": "Ruiz A",
    "publication": "Journal of Demo Studies",
    "year": 2024,
    "url": "https://example.org/trial",
    "doi": "10.5555/demo.1",
    "pmid": "12345678",
}


def sourced_body(marker="[1]"):
    return stream(
        ("heading", {"text": "What the evidence says", "level": "h2", "anchor": ""}),
        ("paragraph", f"<p>One small trial found short-term relief {marker}.</p>"),
        ("sources", {"title": "Sources", "references": [REFERENCE]}),
    )


@pytest.fixture
def reviewer(tree):
    return tree.author(title="Nadia Ferreira", role="expert_reviewer", credentials="MD")


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_byline_names_the_writer_and_the_expert_with_the_review_date(client, tree, reviewer):
    page = tree.article(
        authors=[tree.author(title="Maya Lindqvist")],
        expert_reviewer=reviewer,
        last_review_date=datetime.date(2026, 10, 30),
    )
    html = html_of(client, page)
    assert "Written by <a" in html and ">Maya Lindqvist</a>" in html
    assert "Reviewed by" in html and ">Nadia Ferreira</a>, MD, on" in html
    assert '<time datetime="2026-10-30">30 October 2026</time>' in html


def test_the_end_of_the_page_gives_last_and_next_review_dates(client, tree, reviewer):
    page = tree.article(expert_reviewer=reviewer, last_review_date=datetime.date(2026, 10, 30))
    assert page.next_review_date == datetime.date(2027, 10, 30)  # twelve months by default
    html = html_of(client, page)
    assert "Page last reviewed: <time" in html and "Next review due: <time" in html


def test_an_overdue_page_tells_readers_it_is_due_for_review(client, tree, reviewer):
    overdue = tree.article(
        expert_reviewer=reviewer, last_review_date=TODAY.replace(year=TODAY.year - 2)
    )
    fresh = tree.article(expert_reviewer=reviewer, last_review_date=TODAY)
    assert "This page is due for review." in html_of(client, overdue)
    assert "This page is due for review." not in html_of(client, fresh)


def test_the_admin_report_lists_content_due_for_review_most_overdue_first(admin_client, tree):
    writer = tree.author(title="Responsible Writer")
    tree.article(title="Fresh", last_review_date=TODAY)
    tree.article(
        title="Late", authors=[writer], last_review_date=TODAY.replace(year=TODAY.year - 2)
    )
    tree.article(title="Later", last_review_date=TODAY.replace(year=TODAY.year - 3))
    html = admin_client.get("/admin/reports/content-due-for-review/").content.decode()
    assert "Content due for review" in html
    assert html.index("Later") < html.index("Late<") and "Fresh" not in html
    assert "Responsible Writer" in html and "days" in html


def test_the_report_is_for_editors_only(client, tree):
    response = client.get("/admin/reports/content-due-for-review/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_articles_go_through_the_expert_review_workflow(tree):
    workflow = Workflow.objects.get(name="Expert review")
    assert [task.name for task in workflow.tasks] == ["Expert sign-off"]
    task = workflow.tasks[0].specific
    assert [group.name for group in task.groups.all()] == ["Expert reviewers"]
    assert tree.article().get_workflow() == workflow


def test_a_new_article_section_gets_the_workflow_too(tree):
    second = ArticleIndexPageFactory(parent=tree.home, slug="more-articles")
    assert second.get_workflow().name == "Expert review"


def test_an_experts_approval_publishes_and_dates_the_review(tree, django_user_model):
    expert = django_user_model.objects.create_user("nadia", "nadia@example.org", "pw")
    expert.groups.add(Group.objects.get(name="Expert reviewers"))
    author_page = tree.author(title="Nadia Ferreira", user=expert)
    page = tree.article(live=False)
    page.save_revision()
    workflow_state = page.get_workflow().start(page, user=expert)
    workflow_state.current_task_state.approve(user=expert)
    page = ArticlePage.objects.get(pk=page.pk)
    assert page.live
    assert page.last_review_date == TODAY and page.expert_reviewer == author_page
    assert page.next_review_date == page.calculate_next_review_date()


def test_sources_are_a_numbered_list_with_doi_and_pubmed_links(client, tree):
    html = html_of(client, tree.article(body=sourced_body()))
    assert '<li id="ref-1">' in html
    assert 'href="https://doi.org/10.5555/demo.1"' in html
    assert 'href="https://pubmed.ncbi.nlm.nih.gov/12345678/"' in html


def test_a_citation_marker_links_to_its_reference_and_back(client, tree):
    html = html_of(client, tree.article(body=sourced_body("[1]")))
    assert '<a href="#ref-1" id="cite-1" aria-label="Source 1">1</a>' in html
    assert '<a class="sources__back" href="#cite-1"' in html


def test_a_marker_for_a_missing_reference_stays_plain_text(client, tree):
    html = html_of(client, tree.article(body=sourced_body("[7]")))
    assert "relief [7]." in html and "#ref-7" not in html


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("doi", "doi.org/10.1/x", "Enter a DOI such as"),
        ("pmid", "PMC123", "A PubMed ID is a number"),
        ("year", 1066, "Enter a year between 1800"),
    ],
)
def test_badly_formed_references_are_refused(field, value, message):
    block = ArticleBodyBlock()
    value_raw = [
        {
            "type": "sources",
            "value": {"title": "Sources", "references": [{**REFERENCE, field: value}]},
        }
    ]
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(value_raw))
    assert message in str(error.value.as_json_data()) or message in repr(error.value)


def test_two_sources_blocks_are_refused(tree):
    page = tree.article()
    page.body = stream(
        ("sources", {"title": "Sources", "references": [REFERENCE]}),
        ("sources", {"title": "More", "references": [REFERENCE]}),
    )
    with pytest.raises(ValidationError, match="one Sources block"):
        page.full_clean()


def test_the_evidence_summary_shows_near_the_top(client, tree):
    page = tree.article(evidence_level="limited", evidence_note="Few small trials.")
    html = html_of(client, page)
    assert "Strength of evidence: Limited." in html and "Few small trials." in html
    assert html.index("Strength of evidence") < html.index('class="prose article-body"')


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        ("caution", "Caution"),
        ("help_urgent", "Get help now"),
        ("help_non_urgent", "When to see a doctor"),
    ],
)
def test_each_callout_kind_is_distinct_and_says_what_it_is(client, tree, kind, label):
    page = tree.article(
        body=stream(("callout", {"kind": kind, "title": "Mind this", "body": "<p>Text.</p>"}))
    )
    html = html_of(client, page)
    assert f'class="callout callout--{kind}" role="note" aria-label="{label}: Mind this"' in html
    assert f'<span class="callout__label">{label}:</span>' in html


def test_a_caution_lists_side_effects_and_who_should_not_try_it(client, tree):
    caution = {
        "kind": "caution",
        "title": "Side effects and who should not try this",
        "body": "",
        "side_effects": ["tiredness"],
        "contraindications": ["a recent head injury"],
    }
    html = html_of(client, tree.article(body=stream(("callout", caution))))
    assert "Possible side effects</p><ul><li>tiredness</li></ul>" in html
    assert "<li>a recent head injury</li>" in html


def test_the_health_disclaimer_is_on_articles_and_reviews_and_editable(client, tree):
    settings = HealthSettings.for_site(tree.home.get_site())
    settings.disclaimer = "<p>Talk to your own doctor first.</p>"
    settings.save()
    for page in (tree.article(), tree.review()):
        html = html_of(client, page)
        assert 'aria-label="Health disclaimer"' in html and "Talk to your own doctor first." in html


def test_a_reviewed_therapy_article_is_a_medical_web_page(client, tree, reviewer):
    caution = {
        "kind": "caution",
        "title": "Side effects and who should not try this",
        "body": "",
        "side_effects": ["tiredness"],
        "contraindications": ["a recent head injury"],
    }
    page = tree.article(
        expert_reviewer=reviewer,
        last_review_date=datetime.date(2026, 10, 30),
        therapy_name="Craniosacral therapy",
        body=stream(("callout", caution)),
    )
    data = of_type(json_ld(html_of(client, page)), "MedicalWebPage")
    assert data["lastReviewed"] == "2026-10-30"
    assert data["reviewedBy"]["name"] == "Nadia Ferreira"
    assert data["about"] == {
        "@type": "MedicalTherapy",
        "name": "Craniosacral therapy",
        "contraindication": ["a recent head injury"],
        "adverseOutcome": [{"@type": "MedicalEntity", "name": "tiredness"}],
    }
    assert vocabulary_errors(data) == []


def test_an_unreviewed_article_stays_an_article(client, tree):
    assert of_type(json_ld(html_of(client, tree.article())), "Article")


def test_the_demo_has_a_reviewed_sourced_article_and_one_due_for_review(db, settings, admin_client):
    settings.DEBUG = True
    call_command("load_demo_content", "--no-editor", stdout=io.StringIO())
    reviewed = ArticlePage.objects.get(slug="what-is-craniosacral-therapy")
    assert reviewed.is_expert_reviewed and reviewed.therapy_name
    kinds = {block.value["kind"] for block in reviewed.body if block.block_type == "callout"}
    assert {"caution", "help_urgent"} <= kinds
    assert any(block.block_type == "sources" for block in reviewed.body)
    due = ArticlePage.objects.get(slug="first-craniosacral-therapy-session")
    assert due.review_is_due
    report = admin_client.get("/admin/reports/content-due-for-review/").content.decode()
    assert due.title in report
