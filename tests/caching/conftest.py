import pytest


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs what a block hands to `transaction.on_commit`, as a real commit would.

    The caches are retired when a transaction commits; the test's own transaction never does,
    so a change is made inside `with committed():` to retire what it should.
    """
    return lambda: django_capture_on_commit_callbacks(execute=True)
