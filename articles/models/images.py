"""The site's image model: Wagtail's image plus a credit line shown wherever the image appears."""

import functools
import hashlib

from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Filter, Image


@functools.cache
def vary_fields(spec: str) -> tuple[str, ...]:
    """The image fields a rendition of `spec` depends on (the focal point for `fill`, say).

    What `Filter.get_cache_key` reads, worked out once per spec: Wagtail parses a filter's
    operations again for every new `Filter`, and image tags make new ones on every render,
    which was a sixth of the cost of an image on a cold page. The operations come from the
    `register_image_operations` hooks, which are registered once, at startup.
    """
    return tuple(
        field
        for operation in Filter(spec).operations
        for field in getattr(operation, "vary_fields", ())
    )


def filter_cache_key(spec: str, image) -> str:
    """`Filter(spec).get_cache_key(image)`, without parsing the spec again."""
    vary = "-".join(str(getattr(image, field, "")) for field in vary_fields(spec))
    return hashlib.sha1(vary.encode("utf-8")).hexdigest()[:8] if vary else ""


class WellnessImage(AbstractImage):
    credit = models.CharField(
        max_length=255,
        blank=True,
        help_text="Photographer or source, shown with the image, e.g. 'Photo: A. Lee'.",
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    def find_existing_renditions(self, *filters):
        """Wagtail's lookup, with renditions read from its cache marked as such.

        Wagtail marks prefetched renditions as cached but not those it reads from the
        rendition cache, so `get_renditions` writes every one of them back on every use: a
        second round trip and a pickle per image per render, for nothing. Only renditions
        the cache did not hold are looked up (and then cached) as Wagtail does.
        """
        if self._get_prefetched_renditions() is not None:
            return super().find_existing_renditions(*filters)
        rendition_model = self.get_rendition_model()
        by_key = {
            rendition_model.construct_cache_key(self, filter_cache_key(f.spec, self), f.spec): f
            for f in filters
        }
        found = {}
        for key, rendition in rendition_model.cache_backend.get_many(list(by_key)).items():
            rendition.image = self  # this instance: its contextual alt text, say
            rendition._from_cache = True
            found[by_key[key]] = rendition
        missing = [f for f in filters if f not in found]
        if missing:
            found.update(super().find_existing_renditions(*missing))
        return found

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"


class WellnessRendition(AbstractRendition):
    image = models.ForeignKey(WellnessImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
