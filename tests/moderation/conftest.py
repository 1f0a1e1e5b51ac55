import pytest

DESK = "/admin/comments/desk/"


@pytest.fixture
def article(tree):
    return tree.article(title="On stillpoints")
