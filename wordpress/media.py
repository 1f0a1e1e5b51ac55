"""Attachments → Wagtail images, from files already on disk under `--media-dir`. No downloads.

A file is found by the path in its URL after `wp-content/uploads/` (or by the attachment's
`_wp_attached_file`), never outside the media folder. Images in post HTML are matched to an
attachment by their `wp-image-N` class or their URL (WordPress's resized copies such as
`photo-300x200.jpg` count as the original); an image no attachment describes is imported
from the media folder too when its file is there. Files written during an import that is then
rolled back (a dry run, an error) are deleted again.
"""

import re
from contextlib import nullcontext
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.files import File
from PIL import Image as PillowImage
from wagtail.images.fields import get_allowed_image_extensions

from articles.models import WellnessImage

from .html_to_blocks import ImageRef, shorten
from .htmltree import inline_text
from .mapping import Registry, checksum
from .report import Report
from .wxr import Item

UPLOAD_MARKERS = ("/wp-content/uploads/", "/uploads/", "/files/")
RESIZED = re.compile(r"-(?:\d+x\d+|scaled|rotated)(?=\.\w+$)")


def upload_path(url: str) -> str:
    """`https://example.org/wp-content/uploads/2019/03/a.jpg` → `2019/03/a.jpg`."""
    path = unquote(urlsplit(url.strip()).path)
    for marker in UPLOAD_MARKERS:
        if marker in path:
            return path.split(marker, 1)[1]
    return path.lstrip("/")


def original_key(path: str) -> str:
    return RESIZED.sub("", path).lower()


class MediaLibrary:
    def __init__(self, media_dir: Path | None, registry: Registry, report: Report):
        self.root = Path(media_dir).resolve() if media_dir else None
        self.registry = registry
        self.report = report
        self.by_attachment: dict[str, ImageRef] = {}
        self.by_path: dict[str, ImageRef] = {}
        self.written: list[str] = []  # storage names of files saved by this import

    # -- attachments ------------------------------------------------------------------------

    def import_attachments(self, attachments: list[Item], tick=lambda n=1: None, step=None) -> None:
        if self.root is None and attachments:
            self.report.count("images", "skipped", len(attachments))
            self.report.note(
                f"{len(attachments)} attachments not imported: no --media-dir was given"
            )
            tick(len(attachments))
            return
        for item in attachments:
            with step(f"attachment {item.wp_id}") if step else nullcontext():
                self.attachment(item)
            tick()

    def attachment(self, item: Item) -> None:
        url = item.attachment_url or item.link
        relative = item.meta.get("_wp_attached_file", "") or upload_path(url)
        title = inline_text(item.title) or Path(relative).stem or f"Attachment {item.wp_id}"
        alt = inline_text(item.meta.get("_wp_attachment_image_alt", ""))
        found = self.find(relative, upload_path(url))
        what = f"attachment {item.wp_id} “{title}”"
        if found is None:
            self.report.count("images", "skipped")
            self.report.attend(what, f"no file {relative} under --media-dir (not imported)")
            return
        result = self.import_file("attachment", item.wp_id, found, title, alt)
        if isinstance(result, str):
            self.report.count("images", "skipped")
            self.report.attend(what, result)
            return
        self.by_attachment[item.wp_id] = result
        for path in (relative, upload_path(url)):
            self.by_path.setdefault(original_key(path), result)

    # -- images in post HTML ------------------------------------------------------------------

    def resolve(self, src: str, attachment_id: str) -> ImageRef | str:
        if attachment_id and attachment_id in self.by_attachment:
            return self.by_attachment[attachment_id]
        if not src:
            return f"image (attachment {attachment_id}) not imported"
        key = original_key(upload_path(src))
        if key in self.by_path:
            return self.by_path[key]
        if self.root is None:
            return f"image not imported (no --media-dir given): {src}"
        relative = upload_path(src)
        found = self.find(relative, RESIZED.sub("", relative))
        if found is None:
            return f"image not found under --media-dir: {src}"
        result = self.import_file("file", relative, found, found.stem, "")
        if isinstance(result, ImageRef):
            self.by_path[key] = result
        return result if isinstance(result, ImageRef) else f"{result}: {src}"

    def image_by_attachment(self, attachment_id: str) -> ImageRef | None:
        return self.by_attachment.get(attachment_id)

    # -- files --------------------------------------------------------------------------------

    def find(self, *relatives: str) -> Path | None:
        """The first of `relatives` that is a file inside the media folder (and only inside)."""
        if self.root is None:
            return None
        for relative in relatives:
            if not relative:
                continue
            path = (self.root / relative.lstrip("/")).resolve()
            if path.is_relative_to(self.root) and path.is_file():
                return path
        return None

    def import_file(self, kind: str, wp_id: str, path: Path, title: str, alt: str):
        """The image for `path` (created, updated or as it was), or why it cannot be one."""
        stat = path.stat()
        fields = {"title": shorten(title, 255), "description": shorten(alt, 255)}
        digest = checksum({**fields, "size": stat.st_size, "mtime": stat.st_mtime_ns})
        image = self.registry.target(kind, wp_id, WellnessImage)
        if image is not None and self.registry.unchanged(kind, wp_id, digest):
            self.report.count("images", "unchanged")
            return ImageRef(image.pk, alt)
        problem = unusable(path)
        if problem:
            return problem
        outcome = "updated" if image is not None else "created"
        image = image or WellnessImage()
        for name, value in fields.items():
            setattr(image, name, value)
        with path.open("rb") as stream:
            image.file.save(path.name, File(stream, name=path.name), save=False)
        self.written.append(image.file.name)
        image._set_image_file_metadata()
        image.save()
        image.renditions.all().delete()
        self.registry.remember(kind, wp_id, image, digest)
        self.report.count("images", outcome)
        return ImageRef(image.pk, alt)

    def discard_written(self, since: int = 0) -> None:
        """Delete the files this import saved (from the `since`-th on): their rows were rolled
        back."""
        storage = WellnessImage._meta.get_field("file").storage
        for name in self.written[since:]:
            storage.delete(name)
        del self.written[since:]


def unusable(path: Path) -> str | None:
    """Why `path` cannot become a Wagtail image, or None."""
    if path.suffix.lower().lstrip(".") not in get_allowed_image_extensions():
        return f"{path.name} is not an image type the site accepts"
    if path.stat().st_size > getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 2**20):
        return f"{path.name} is larger than the site's upload limit"
    try:
        with PillowImage.open(path) as image:
            image.verify()
    except Exception:  # Pillow raises many kinds of error for a broken file
        return f"{path.name} is not a readable image"
    return None
