"""Fixtures of the comment tests."""

import pytest


@pytest.fixture
def no_timer(settings):
    """No minimum time between showing the form and posting it: tests post at once."""
    settings.COMMENT_MIN_SECONDS = 0
