"""Issue 16, admin roles: what each role can see and change in the admin, probed as an attacker.

Every check goes through the real admin views with the test client, as the person would:
1. held comments are shown only to those who may moderate them;
2. a book (a snippet shown on live pages) changes on the site only when it is published;
3. the page chooser lists only the pages the person may see in the explorer;
4. logging out is a POST that ends the server session; a GET changes nothing;
5. images and documents, which have no drafts, are changed only by their uploader or a publisher.
"""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.log_actions import log
from wagtail.models import Collection, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from articles.models import Book, BookLink
from comments.models import Comment
from wellness.factories import BookFactory, CommentFactory, DocumentFactory, ImageFactory, stream

NOT_MODERATORS = ["Editors", "Publishers", "Expert reviewers"]
HELD_TEXT = "Call 0800-HELD for my miracle cure"


@pytest.fixture
def person(django_user_model):
    """`person("Editors")`: a logged-in client for a new user in that group only."""

    def make(group: str) -> Client:
        username = group.lower().replace(" ", "-")
        user = django_user_model.objects.create_user(username, password="x")
        user.groups.add(Group.objects.get(name=group))
        client = Client()
        client.force_login(user)
        client.user = user
        return client

    return make


def shows(response, text: str) -> bool:
    return response.status_code == 200 and text in response.content.decode()


# --- 1. Held comments: only for those who may moderate ------------------------------------


@pytest.fixture
def held_comments(tree):
    article = tree.article(title="Breathing for sleep")
    pending = CommentFactory(page=article, status="pending", name="Mallory", body=HELD_TEXT)
    spam = CommentFactory(page=article, status="spam", name="Mallory", body=HELD_TEXT + " now")
    return pending, spam


def comment_bulk_actions() -> list[str]:
    return [
        action.action_type
        for action in bulk_action_registry.get_bulk_actions_for_model("comments", "comment")
    ]


def leaks(response) -> bool:
    html = response.content.decode()
    return "Mallory" in html or "HELD" in html


@pytest.mark.parametrize("group", NOT_MODERATORS)
def test_no_comment_bulk_action_shows_held_comments_to_other_roles(person, held_comments, group):
    pending, spam = held_comments
    client = person(group)
    actions = comment_bulk_actions()
    assert {"approve", "mark_spam", "remove", "delete"} <= set(actions)
    for action in actions:
        url = reverse("wagtail_bulk_action", args=["comments", "comment", action])
        response = client.get(f"{url}?id={pending.pk}&id={spam.pk}")
        assert response.status_code in {302, 403} and not leaks(response), action
        response = client.post(f"{url}?id={pending.pk}")
        assert response.status_code in {302, 403} and not leaks(response), action
    assert Comment.objects.get(pk=pending.pk).status == "pending"
    # Those who may moderate still review what they are about to approve.
    moderator = person("Comment moderators")
    url = reverse("wagtail_bulk_action", args=["comments", "comment", "approve"])
    assert shows(moderator.get(f"{url}?id={pending.pk}&id={spam.pk}"), "Mallory")


@pytest.mark.parametrize("group", NOT_MODERATORS)
def test_no_other_admin_view_shows_held_comments_to_other_roles(person, held_comments, group):
    """The chooser, the snippet views, the dashboard and the reports: nothing of a comment."""
    pending, spam = held_comments
    log(instance=pending, action="wagtail.edit")  # an entry in the site history
    client = person(group)
    chooser = "/admin/snippets/choose/articles/comment/"
    base = "/admin/snippets/articles/comment/"
    urls = [
        chooser,
        f"{chooser}results/?q=Mallory",
        f"{chooser}chosen/{pending.pk}/",
        f"{chooser}chosen-multiple/?id={pending.pk}&id={spam.pk}",
        base,
        f"{base}results/?q=Mallory",
        "/admin/",
        "/admin/reports/site-history/",
        "/admin/reports/site-history/results/",
    ]
    for comment in (pending, spam):
        urls += [f"{base}{view}/{comment.pk}/" for view in ("edit", "inspect", "history", "usage")]
    for url in urls:
        assert not leaks(client.get(url)), url
    moderator = person("Comment moderators")
    assert shows(moderator.get(f"{chooser}chosen/{pending.pk}/"), "HELD")


# --- 2. Books change on the site only when published --------------------------------------


@pytest.fixture
def book_on_live_pages(tree):
    """A published book, with its published review and on a published reading list."""
    book = BookFactory(title="The Quiet Hand", publisher="Riverbend Press")
    BookLink.objects.create(book=book, label="Publisher", url="https://riverbend.example/quiet")
    review = tree.review(book=book, title="A calm book")
    reading_list = tree.reading_list(items=[{"book": book, "note": "Start here."}])
    return book, review, reading_list


def edit_book(client, book, *, action=None, **fields):
    link = book.links.get()
    data = nested_form_data(
        {
            "title": book.title,
            "subtitle": "",
            "authors": book.authors,
            "isbn": book.isbn,
            "publisher": book.publisher,
            "year": str(book.year),
            "cover": "",
            "links": inline_formset(
                [{"id": link.pk, "label": "Publisher", "url": link.url}], initial=1
            ),
            **fields,
        }
    )
    if action:
        data[f"action-{action}"] = action
    return client.post(reverse("wagtailsnippets_articles_book:edit", args=[book.pk]), data)


def phishing_edit(client, book, action=None):
    """The probe's edit: a new title and the publisher's link pointed at a phishing page."""
    link = {"id": book.links.get().pk, "label": "Publisher", "url": "https://phish.example/login"}
    title = "The Quiet Hand (free download)"
    return edit_book(
        client, book, action=action, title=title, links=inline_formset([link], initial=1)
    )


def what_readers_see(client, *pages) -> str:
    return "".join(Client().get(page.url).content.decode() for page in pages)


def test_an_editors_change_to_a_book_is_a_draft_until_a_publisher_publishes_it(
    person, book_on_live_pages
):
    book, review, reading_list = book_on_live_pages
    editor = person("Editors")
    assert phishing_edit(editor, book).status_code == 302
    html = what_readers_see(editor, review, reading_list)
    assert "phish.example" not in html and "free download" not in html
    assert html.count("https://riverbend.example/quiet") == 1  # the review shows the links
    assert html.count("The Quiet Hand") >= 2
    book.refresh_from_db()
    assert book.live and book.has_unpublished_changes

    edit_book(person("Publishers"), book, action="publish", title="The Quiet Hands")
    assert what_readers_see(editor, review, reading_list).count("The Quiet Hands") >= 2


def test_an_editor_cannot_publish_a_book(person, book_on_live_pages):
    book, review, reading_list = book_on_live_pages
    editor = person("Editors")
    phishing_edit(editor, book, action="publish")
    assert "phish.example" not in what_readers_see(editor, review, reading_list)
    edit_form = editor.get(reverse("wagtailsnippets_articles_book:edit", args=[book.pk]))
    assert edit_form.status_code == 200
    assert 'name="action-publish"' not in edit_form.content.decode()
    assert not editor.user.has_perm("articles.publish_book")


def test_an_editor_submits_a_book_and_a_publisher_approves_it(person, book_on_live_pages):
    book, review, _ = book_on_live_pages
    editor = person("Editors")
    edit_book(editor, book, action="submit", title="The Quiet Hands")
    book.refresh_from_db()
    state = book.current_workflow_state
    assert state is not None and state.workflow == Workflow.objects.get(name="Publisher approval")
    assert "The Quiet Hands" not in what_readers_see(editor, review)

    task_state = state.current_task_state
    url_args = [book.pk, "approve", task_state.pk]
    url = reverse("wagtailsnippets_articles_book:workflow_action", args=url_args)
    for other in (editor, person("Expert reviewers")):
        other.post(url)
        assert "The Quiet Hands" not in what_readers_see(editor, review)
    person("Publishers").post(url)
    assert "The Quiet Hands" in what_readers_see(editor, review)


def test_a_book_never_published_is_shown_on_no_live_page(person, tree):
    editor = person("Editors")
    data = nested_form_data(
        {
            "title": "Secret Remedies",
            "subtitle": "",
            "authors": "Dr Mallory",
            "isbn": "",
            "publisher": "Phish Press",
            "year": "2020",
            "cover": "",
            "links": inline_formset([{"label": "Buy", "url": "https://phish.example/buy"}]),
        }
    )
    editor.post(reverse("wagtailsnippets_articles_book:add"), data)
    draft = Book.objects.get(title="Secret Remedies")
    assert not draft.live
    reading_list = tree.reading_list(items=[{"book": draft}, {"book": BookFactory(title="Kept")}])
    article = tree.article(body=stream(("book_reference", {"book": draft.pk, "note": "Buy it."})))
    review = tree.review(book=draft, title="An honest review")
    html = what_readers_see(editor, reading_list, article, review)
    assert "Kept" in html and "An honest review" in html
    assert "Secret Remedies" not in html and "phish.example" not in html and "Mallory" not in html


def test_only_publishing_a_book_refreshes_the_cached_pages_that_show_it(
    person, book_on_live_pages, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRAGMENT_CACHE_SECONDS = 600
    book, review, _ = book_on_live_pages
    reader = Client()
    reader.get(review.url)
    assert reader.get(review.url)["X-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        edit_book(person("Editors"), book, title="The Quiet Hands")
    assert reader.get(review.url)["X-Cache"] == "hit"  # a draft retires nothing
    with django_capture_on_commit_callbacks(execute=True):
        edit_book(person("Publishers"), book, action="publish", title="The Quiet Hands")
    response = reader.get(review.url)
    assert response["X-Cache"] != "hit" and "The Quiet Hands" in response.content.decode()


def test_only_publishers_hold_book_publishing_rights(person):
    assert person("Publishers").user.has_perms(
        ["articles.publish_book", "articles.lock_book", "articles.unlock_book"]
    )
    for group in ("Editors", "Expert reviewers", "Comment moderators"):
        user = person(group).user
        assert not user.has_perm("articles.publish_book"), group


# --- 3. The page chooser: only what the person may explore ---------------------------------


@pytest.fixture
def draft_page(tree):
    return tree.article(live=False, title="Unannounced merger plans")


@pytest.mark.parametrize("group", ["Comment moderators", "Expert reviewers"])
def test_the_page_chooser_shows_no_page_titles_to_roles_without_page_rights(
    person, tree, draft_page, group
):
    client = person(group)
    section = reverse("wagtailadmin_choose_page_child", args=[tree.articles.pk])
    search = reverse("wagtailadmin_choose_page_search") + "?q=merger"
    chosen = f"/admin/choose-page/chosen-multiple/?id={draft_page.pk}"
    for url in [
        reverse("wagtailadmin_choose_page"),
        section,
        reverse("wagtailadmin_choose_page_child", args=[draft_page.pk]),
        search,
        reverse("wagtailadmin_choose_page") + "?page_type=articles.articlepage",
        chosen,
    ]:
        response = client.get(url)
        assert "merger" not in response.content.decode(), url
        assert response.status_code == 404 or "Articles" not in response.content.decode(), url
    # Editors, who may explore the whole tree, still choose any page, drafts included.
    editor = person("Editors")
    for url in (section, search, chosen):
        assert shows(editor.get(url), "Unannounced merger plans"), url


# --- 4. Logging out ------------------------------------------------------------------------


@pytest.fixture
def signed_in(django_user_model):
    user = django_user_model.objects.create_user("ed", password="wellness-test-pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    assert client.login(username="ed", password="wellness-test-pw")
    return client


def test_a_get_to_logout_changes_nothing_and_a_post_ends_the_server_session(signed_in, db):
    key = signed_in.cookies["sessionid"].value
    response = signed_in.get(reverse("wagtailadmin_logout"))
    assert response.status_code == 405
    assert "sessionid" not in response.cookies  # no cookie deleted, none replaced
    assert "messages" not in response.cookies  # and no "you have been logged out"
    assert signed_in.cookies["sessionid"].value == key
    assert signed_in.get("/admin/").status_code == 200

    response = signed_in.post(reverse("wagtailadmin_logout"))
    assert response.status_code == 302
    assert response.cookies["sessionid"].value == ""
    replay = Client()
    replay.cookies["sessionid"] = key  # someone who kept the old cookie
    response = replay.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


# --- 5. Images and documents: live at once, so changed only by their uploader or a publisher ---


@pytest.fixture
def media_on_live_pages(tree, django_user_model):
    """An image and a document uploaded by someone else, the image shown on a live article."""
    uploader = django_user_model.objects.create_user("photographer", password="x")
    root = Collection.get_first_root_node()
    image = ImageFactory(title="Hands at rest", uploaded_by_user=uploader, collection=root)
    document = DocumentFactory(title="Intake form", uploaded_by_user=uploader, collection=root)
    tree.article(title="Breathing for sleep", hero_image=image)
    return image, document


def media_edit_urls(image, document) -> list[str]:
    return [
        reverse("wagtailimages:edit", args=[image.pk]),
        reverse("wagtaildocs:edit", args=[document.pk]),
    ]


def test_an_editor_cannot_change_an_image_or_document_someone_else_uploaded(
    person, media_on_live_pages
):
    image, document = media_on_live_pages
    client = person("Editors")
    for url in media_edit_urls(image, document):
        response = client.get(url)
        assert response.status_code in {302, 403} and not shows(response, 'name="title"'), url
        client.post(url, {"title": "Cheap pills here", "collection": image.collection_id})
    image.refresh_from_db()
    document.refresh_from_db()
    assert (image.title, document.title) == ("Hands at rest", "Intake form")


def test_an_editor_still_uploads_chooses_and_changes_their_own_images(person):
    client = person("Editors")
    own = ImageFactory(
        title="My upload", uploaded_by_user=client.user, collection=Collection.get_first_root_node()
    )
    assert shows(client.get(reverse("wagtailimages:edit", args=[own.pk])), 'name="title"')
    assert client.get(reverse("wagtailimages:add")).status_code == 200
    assert client.get(reverse("wagtailimages_chooser:choose")).status_code == 200


def test_a_publisher_changes_and_deletes_any_image_or_document(person, media_on_live_pages):
    image, document = media_on_live_pages
    client = person("Publishers")
    for url in media_edit_urls(image, document):
        assert shows(client.get(url), 'name="title"'), url
    for url in (
        reverse("wagtailimages:delete", args=[image.pk]),
        reverse("wagtaildocs:delete", args=[document.pk]),
    ):
        assert client.get(url).status_code == 200, url


def test_an_editor_cannot_delete_an_image_or_document(person, media_on_live_pages):
    image, document = media_on_live_pages
    client = person("Editors")
    for url in (
        reverse("wagtailimages:delete", args=[image.pk]),
        reverse("wagtaildocs:delete", args=[document.pk]),
    ):
        assert client.get(url).status_code in {302, 403}, url
