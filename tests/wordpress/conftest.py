"""The WordPress tests' fixtures: a media folder, the embeds the journal export uses, one import."""

from pathlib import Path

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from .helpers import EMBEDDED, JOURNAL, make_uploads, run_import


@pytest.fixture
def uploads(tmp_path) -> Path:
    return make_uploads(tmp_path)


@pytest.fixture
def stored_embeds(db):
    """The embeds of the journal export, as the oEmbed finder would store them (no network)."""
    for url in EMBEDDED:
        Embed.objects.create(
            hash=get_embed_hash(url, 800),
            url=url,
            max_width=800,
            type="video",
            html=f'<iframe title="Player for {url}" src="about:blank"></iframe>',
            thumbnail_url="",
            width=800,
            height=450,
        )


@pytest.fixture
def journal(tree, uploads, stored_embeds) -> str:
    """The journal export imported into the test site, with its media folder; the summary."""
    return run_import(JOURNAL, "--media-dir", uploads)
