"""Editors and the page's expert reviewer read what readers answered, where they already work."""

import datetime

import pytest
from django.contrib.auth.models import Group

from articles.models import ArticlePage
from feedback.models import Feedback

TODAY = datetime.date.today()


@pytest.fixture
def reviewer(tree):
    return tree.author(title="Nadia Ferreira", role="expert_reviewer", credentials="MD")


@pytest.fixture
def article(tree, reviewer):
    return tree.article(title="Ginger for nausea", expert_reviewer=reviewer, last_review_date=TODAY)


def answers(page, yes=0, no=(), spam=()):
    Feedback.objects.bulk_create(
        [Feedback(page=page, helpful=True) for _ in range(yes)]
        + [Feedback(page=page, helpful=False, note=note) for note in no]
        + [Feedback(page=page, helpful=False, note=note, held_as_spam=True) for note in spam]
    )


def test_editors_see_counts_and_recent_notes_of_a_page(admin_client, article):
    answers(article, yes=3, no=["The dose is wrong", ""], spam=["buy now"])
    html = admin_client.get(f"/admin/feedback/pages/{article.pk}/").content.decode()
    assert "<strong>3</strong> yes · <strong>3</strong> no" in html
    assert "50% helped, 6 answers" in html
    assert "The dose is wrong" in html and "buy now" not in html
    assert "1 note held as likely spam" in html
    assert "Reports an error: review now" in html


def test_the_page_header_links_to_its_feedback(admin_client, article):
    html = admin_client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert f'href="/admin/feedback/pages/{article.pk}/"' in html and "Reader feedback" in html


def test_the_expert_reviewer_sees_the_feedback_of_the_pages_they_review(
    client, django_user_model, article, reviewer, tree
):
    user = django_user_model.objects.create_user("nadia", password="x")
    user.groups.add(Group.objects.get(name="Expert reviewers"))
    reviewer.user = user
    reviewer.save()
    client.force_login(user)
    answers(article, no=["Missing the side effects"])
    response = client.get(f"/admin/feedback/pages/{article.pk}/")
    assert response.status_code == 200
    assert "Missing the side effects" in response.content.decode()
    assert "review now" not in response.content.decode()  # an editor's action
    other = tree.article(title="Someone else's")
    refused = client.get(f"/admin/feedback/pages/{other.pk}/")  # the admin's "permission denied"
    assert refused.status_code == 302 and refused["Location"] == "/admin/"


def test_readers_and_other_users_cannot_read_feedback(client, person, article):
    response = client.get(f"/admin/feedback/pages/{article.pk}/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    moderator_client = person("Comment moderators")
    assert moderator_client.get(f"/admin/feedback/pages/{article.pk}/").status_code in (302, 403)


def test_a_note_reporting_an_error_brings_the_review_forward(admin_client, client, article):
    article.save_revision()  # a draft after the published version: it keeps the date too
    answers(article, no=["Step 3 contradicts the source"])
    note = Feedback.objects.get()
    assert ArticlePage.objects.get(pk=article.pk).next_review_date > TODAY
    response = admin_client.post(f"/admin/feedback/{note.pk}/review-now/")
    assert response.status_code == 302
    page = ArticlePage.objects.get(pk=article.pk)
    assert page.next_review_date == TODAY
    assert page.latest_revision.as_object().next_review_date == TODAY
    note.refresh_from_db()
    assert note.review_requested_at is not None
    html = admin_client.get(response["Location"]).content.decode()
    assert "is now due for review" in html and "Review brought forward on" in html
    report = admin_client.get("/admin/reports/content-due-for-review/").content.decode()
    assert "Ginger for nausea" in report


def test_bringing_the_review_forward_needs_a_post_and_an_editor(client, person, article):
    answers(article, no=["Wrong"])
    note = Feedback.objects.get()
    assert client.get(f"/admin/feedback/{note.pk}/review-now/").status_code in (302, 405)
    moderator = person("Comment moderators")
    assert moderator.post(f"/admin/feedback/{note.pk}/review-now/").status_code in (302, 403)
    assert ArticlePage.objects.get(pk=article.pk).next_review_date > TODAY


def test_the_review_report_shows_helpfulness_with_most_no_answers_first(admin_client, tree):
    late = TODAY.replace(year=TODAY.year - 2)
    later = TODAY.replace(year=TODAY.year - 3)
    quiet = tree.article(title="Quietly overdue", last_review_date=later)
    doubted = tree.article(title="Often unhelpful", last_review_date=late)
    answers(quiet, yes=2, no=["meh"])
    answers(doubted, yes=1, no=["a", "b", "c"])
    html = admin_client.get("/admin/reports/content-due-for-review/").content.decode()
    assert "Did it help readers?" in html
    assert html.index("Often unhelpful") < html.index("Quietly overdue")
    assert "1 yes · 3 no" in html and "2 yes · 1 no" in html


def test_the_report_reads_the_counts_in_one_query_whatever_the_number_of_pages(
    admin_client, tree, django_assert_max_num_queries
):
    late = TODAY.replace(year=TODAY.year - 2)
    for n in range(2):
        answers(tree.article(title=f"Late {n}", last_review_date=late), yes=1, no=["x"])
    admin_client.get("/admin/reports/content-due-for-review/")  # warm the admin's own caches
    with django_assert_max_num_queries(30) as few:
        admin_client.get("/admin/reports/content-due-for-review/")
    for n in range(2, 6):
        answers(tree.article(title=f"Late {n}", last_review_date=late), yes=2, no=["y"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        admin_client.get("/admin/reports/content-due-for-review/")
