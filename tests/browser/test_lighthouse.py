"""Lighthouse on the article page: accessibility 100, best practices at least 95, SEO 100.
The scores are written to artifacts/lighthouse-article.json."""

import json
import os
import subprocess
import tempfile

import pytest

from .conftest import CHROME_FLAGS, CHROMIUM, LIGHTHOUSE, write_artifact
from .test_page_quality import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_article_page_scores_full_marks_for_accessibility_and_seo(live_site):
    assert LIGHTHOUSE.exists(), "lighthouse comes from npm: run `make validators`"
    profile = tempfile.mkdtemp(prefix="wellness-lighthouse-")
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            live_site.url + PAGES["article"],
            "--output=json",
            "--quiet",
            "--only-categories=accessibility,best-practices,seo",
            f"--chrome-flags={' '.join(CHROME_FLAGS)} --user-data-dir={profile}",
        ],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    scores = {key: round(c["score"] * 100) for key, c in report["categories"].items()}
    failing = [
        f"{a['id']}: {a['title']}"
        for a in report["audits"].values()
        if a.get("score") is not None and a["score"] < 1 and a["scoreDisplayMode"] == "binary"
    ]
    write_artifact("lighthouse-article.json", {"scores": scores, "failing_audits": failing})
    print("Lighthouse (article):", scores)
    assert scores["accessibility"] == 100, failing
    assert scores["best-practices"] >= 95, failing
    assert scores["seo"] == 100, failing
