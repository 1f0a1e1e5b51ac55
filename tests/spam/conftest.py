"""Fixtures for the spam defence: a site whose filter learnt the starter set, articles."""

import pytest

from comments import model_store
from comments.evaluation import starter_model

_STARTER = {}


@pytest.fixture
def article(tree):
    return tree.article()


@pytest.fixture
def starter(db):
    """The filter of a new site that learnt the starter set (fitted once per test run)."""
    if "model" not in _STARTER:
        _STARTER["model"] = starter_model()
    model_store.replace_model(model_store.loads(model_store.dumps(_STARTER["model"])), [])
    return model_store.current_model()
