"""The WordPress objects already imported from one site, what they became, and in what state."""

import hashlib
import json

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from .models import WordPressObject

# The checksum of an existing object the import adopted (matched by slug or email) rather
# than created: the import links to it and leaves it as the editors made it.
ADOPTED = "adopted"


def checksum(data) -> str:
    encoded = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


class Registry:
    def __init__(self, source: str):
        self.source = source
        self.rows = {
            (row.kind, row.wp_id): row for row in WordPressObject.objects.filter(source=source)
        }
        self.touched: dict[type, set[int]] = {}  # what this import created or changed, by model

    def row(self, kind: str, wp_id: str) -> WordPressObject | None:
        return self.rows.get((kind, wp_id))

    def target(self, kind: str, wp_id: str, model):
        """The `model` instance imported for this WordPress object, if it still exists."""
        row = self.row(kind, wp_id)
        if row is None:
            return None
        return model.objects.filter(pk=row.object_id).first()

    def unchanged(self, kind: str, wp_id: str, digest: str) -> bool:
        row = self.row(kind, wp_id)
        return row is not None and row.checksum in (digest, ADOPTED)

    def remember(self, kind: str, wp_id: str, obj, digest: str) -> None:
        self.remember_many(kind, [(wp_id, obj.pk, digest)], type(obj))

    def remember_many(self, kind: str, entries: list[tuple[str, int, str]], model) -> None:
        """Record (WordPress id, object id, checksum) for objects of `model`, in bulk."""
        content_type = ContentType.objects.get_for_model(model)
        new, changed = [], []
        touched = self.touched.setdefault(model, set())
        for wp_id, object_id, digest in entries:
            touched.add(object_id)
            row = self.row(kind, wp_id)
            if row is None:
                row = WordPressObject(
                    source=self.source,
                    kind=kind,
                    wp_id=wp_id,
                    content_type=content_type,
                    object_id=object_id,
                    checksum=digest,
                )
                self.rows[(kind, wp_id)] = row
                new.append(row)
            elif (row.object_id, row.content_type_id, row.checksum) != (
                object_id,
                content_type.pk,
                digest,
            ):
                row.object_id, row.content_type, row.checksum = object_id, content_type, digest
                changed.append(row)
        WordPressObject.objects.bulk_create(new, batch_size=500)
        now = timezone.now()
        for row in changed:
            row.imported_at = now
        fields = ["object_id", "content_type", "checksum", "imported_at"]
        WordPressObject.objects.bulk_update(changed, fields, batch_size=500)
