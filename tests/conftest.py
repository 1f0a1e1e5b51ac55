import pytest
from django.core.cache import cache

from .factories import SiteTree


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache (Wagtail caches site root paths there)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def tree(db) -> SiteTree:
    return SiteTree()
