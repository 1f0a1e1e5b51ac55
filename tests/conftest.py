import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from comments.moderation import MODERATORS_GROUP
from wellness.factories import SiteTree


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache (Wagtail caches site root paths there)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def tree(db) -> SiteTree:
    return SiteTree()


@pytest.fixture
def person(django_user_model, client):
    """`person("Editors")`: the test client, logged in as a new user in that group only."""

    def make(group: str):
        user = django_user_model.objects.create_user(group.lower().replace(" ", "-"), password="x")
        user.groups.add(Group.objects.get(name=group))
        client.force_login(user)
        client.user = user
        return client

    return make


@pytest.fixture
def moderator(django_user_model):
    """Mo Reyes, a comment moderator and nothing else."""
    user = django_user_model.objects.create_user(
        "mo", "mo@example.org", "pw", first_name="Mo", last_name="Reyes"
    )
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def migrations(django_db_setup, django_db_blocker):
    """A migration executor on the test database itself, outside any test transaction (SQLite
    cannot alter its schema inside one, and a transactional test would end by emptying the
    database the tests after it need); everything is migrated forward again afterwards."""
    with django_db_blocker.unblock():
        executor = MigrationExecutor(connection)
        latest = executor.loader.graph.leaf_nodes()
        try:
            yield executor
        finally:
            executor.loader.build_graph()  # what is applied now
            executor.migrate(latest)
            ContentType.objects.clear_cache()


@pytest.fixture
def no_timer(settings):
    """Comments may be posted at once: the form's minimum fill-in time is for robots, not tests."""
    settings.COMMENT_MIN_SECONDS = 0


def pytest_collection_modifyitems(items):
    """Browser tests run last: their live site is committed to the database for the session."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
