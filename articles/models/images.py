"""The site's image model: Wagtail's image plus a credit line shown wherever the image appears."""

from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class WellnessImage(AbstractImage):
    credit = models.CharField(
        max_length=255,
        blank=True,
        help_text="Photographer or source, shown with the image, e.g. 'Photo: A. Lee'.",
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"


class WellnessRendition(AbstractRendition):
    image = models.ForeignKey(WellnessImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
