"""Shared by the WordPress import tests: the exports, a media folder, one import, snapshots.

The fixtures built from these are in conftest.py."""

import io
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from PIL import Image
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageLogEntry, PageViewRestriction, Revision

from articles.models import WellnessImage
from comments.models import Comment, SpamCorpus
from wordpress.models import WordPressObject

EXPORTS = Path(__file__).parent
JOURNAL = EXPORTS / "journal-1.2.xml"
EMBEDDED = ["https://www.youtube.com/watch?v=aqz-KE-bpKQ", "https://vimeo.com/76979871"]


def run_import(*args, stdout=None) -> str:
    """Run `manage.py import_wordpress` with `args`; returns what it printed."""
    out = stdout or io.StringIO()
    call_command("import_wordpress", *[str(arg) for arg in args], stdout=out)
    return out.getvalue()


def make_uploads(root: Path) -> Path:
    """A copy of wp-content/uploads as the journal export expects it (one file is missing)."""
    uploads = root / "uploads"
    (uploads / "2019" / "03").mkdir(parents=True)
    (uploads / "2019" / "04").mkdir(parents=True)
    Image.new("RGB", (640, 480), "seagreen").save(uploads / "2019" / "03" / "hands.jpg")
    (uploads / "2019" / "04" / "consent-form.pdf").write_bytes(b"%PDF-1.4\n% not an image\n")
    return uploads


def stored_files() -> set[str]:
    folder = Path(settings.MEDIA_ROOT) / "original_images"
    return {path.name for path in folder.iterdir()} if folder.exists() else set()


def snapshot() -> dict:
    """Everything an import could write, to compare before and after."""
    return {
        "pages": list(
            Page.objects.order_by("pk").values_list(
                "pk", "title", "slug", "url_path", "live", "latest_revision_id", "go_live_at"
            )
        ),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
        "comments": list(
            Comment.objects.order_by("pk").values_list("pk", "parent_id", "status", "body")
        ),
        "mappings": list(WordPressObject.objects.order_by("pk").values_list("pk", "checksum")),
        "redirects": list(
            Redirect.objects.order_by("pk").values_list(
                "old_path", "redirect_page_id", "redirect_link", "is_permanent"
            )
        ),
        "restrictions": PageViewRestriction.objects.count(),
        "images": list(WellnessImage.objects.values_list("pk", "file")),
        "tags": Tag.objects.count(),
        "spam_corpus": list(SpamCorpus.objects.values_list("spam", "ham")),
        "files": stored_files(),
    }


def summary_row(output: str, kind: str) -> list[int]:
    """(created, updated, unchanged, skipped) for `kind` from the summary table."""
    for line in output.splitlines():
        words = line.split()
        if words and words[0] == kind:
            return [int(n) for n in words[1:5]]
    raise AssertionError(f"no {kind} row in:\n{output}")
