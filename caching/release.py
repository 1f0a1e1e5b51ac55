"""A fingerprint of the running code: part of every cache key, so a deploy retires everything.

Every process of one release computes the same fingerprint from the same files, without
being told; a release may name itself instead (RELEASE, e.g. a commit id set by the build).
Entries of the previous release are never read again and expire by their time to live.
"""

import functools
import hashlib
import os
from pathlib import Path

from django.conf import settings

SOURCE_SUFFIXES = (".py", ".html", ".txt", ".xml", ".lock")
SKIPPED = {".venv", "node_modules", "media", "staticfiles", ".git", "tests", "bench", "artifacts"}


@functools.cache
def release() -> str:
    named = getattr(settings, "RELEASE", "")
    if named:
        return named[:16]
    root = Path(settings.BASE_DIR)
    digest = hashlib.sha256()
    for path in sorted(source_files(root)):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def source_files(root: Path):
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if name not in SKIPPED]
        for name in files:
            if name.endswith(SOURCE_SUFFIXES):
                yield Path(folder, name)
