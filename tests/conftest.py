import pytest
from django.core.cache import cache

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
def no_timer(settings):
    """Comments may be posted at once: the form's minimum fill-in time is for robots, not tests."""
    settings.COMMENT_MIN_SECONDS = 0


def pytest_collection_modifyitems(items):
    """Browser tests run last: their live site is committed to the database for the session."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
