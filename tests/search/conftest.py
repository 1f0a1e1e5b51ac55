import re

import pytest
from django.db import connection

POSTGRES_ONLY = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the PostgreSQL search engine's (articles/search/postgres.py); on SQLite the search "
    "goes through Wagtail's database backend, which has no field weights, vocabulary or "
    "accent folding (README, Search at scale)",
)
RESULT_TITLE = re.compile(r'<h2><a href="[^"]*">([^<]*)</a></h2>')


def result_titles(client, **params) -> list[str]:
    """The titles a reader sees on the results page, in order."""
    response = client.get("/search/", params)
    assert response.status_code == 200
    return RESULT_TITLE.findall(response.content.decode())


def results_page(client, **params) -> str:
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def text():
    """A body of one paragraph."""
    from wellness.factories import stream

    return lambda words: stream(("paragraph", f"<p>{words}</p>"))
