"""Images and documents as an editor uploads them (real files, made by Pillow)."""

import factory
import wagtail_factories


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    description = "Soft green shapes on a pale background"
    credit = "Photo: Test Studio"
    file = factory.django.ImageField(width=1600, height=900, color="seagreen")


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
