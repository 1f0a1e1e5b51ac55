"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): an upload must decode as the image it
claims to be.

Wagtail recognises a file by its first bytes and only asks Pillow for its size afterwards, outside
its own error handling, so a file that starts like a GIF or JPEG and then is not one raised
`PIL.UnidentifiedImageError` (a 500) in every upload path: add image, multiple upload, the
chooser's upload and replacing an image's file. Here the whole file is decoded by Pillow while the
form is cleaned, and anything that fails is the form's usual "Upload a valid image" error.
"""

from django.core.exceptions import ValidationError
from PIL import Image
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class VerifiedImageField(WagtailImageField):
    def to_python(self, data):
        try:
            f = super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # Pillow raises many kinds of error for a broken file
            raise self.invalid() from error
        if f is not None:
            try:
                decode(f)
            except Exception as error:
                raise self.invalid() from error
        return f

    def invalid(self) -> ValidationError:
        return ValidationError(self.error_messages["invalid_image"], code="invalid_image")


def decode(f) -> None:
    """Check the file's structure, then decode its pixels (a truncated body fails only here).

    The pixel count was checked before (WAGTAILIMAGES_MAX_IMAGE_PIXELS), so decoding is bounded.
    """
    for check in (Image.Image.verify, Image.Image.load):
        f.seek(0)
        with Image.open(f) as image:
            check(image)
    f.seek(0)


class ImageForm(BaseImageForm):
    """Wagtail's image form with the upload field above (every form that has a file field)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.fields.get("file"), WagtailImageField):
            # Wagtail builds the field itself (formfield_for_dbfield) and keeps its widget
            # and limits; only the validation is ours.
            self.fields["file"].__class__ = VerifiedImageField
