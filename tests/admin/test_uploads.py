"""Image uploads are limited in size, type and pixel count; Pillow refuses decompression bombs."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from articles.models import WellnessImage

ADD = reverse("wagtailimages:add")


def png(width=40, height=30) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "seagreen").save(buffer, "PNG")
    return buffer.getvalue()


def upload(client, name, content):
    return client.post(
        ADD,
        {
            "title": "Test image",
            "file": SimpleUploadedFile(name, content),
            "description": "A shape",
        },
    )


@pytest.fixture
def editor(admin_client):
    return admin_client


def test_a_small_png_is_accepted(editor, db):
    response = upload(editor, "calm.png", png())
    assert response.status_code == 302
    assert WellnessImage.objects.count() == 1


def test_a_file_over_the_size_limit_is_refused_with_a_message(editor, db, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    response = upload(editor, "big.png", png(400, 400) + b"\0" * 2048)
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert WellnessImage.objects.count() == 0


def test_an_svg_is_not_an_accepted_image_type(editor, db):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = upload(editor, "logo.svg", svg)
    assert response.status_code == 200
    assert "Not a supported image format" in response.content.decode()
    assert WellnessImage.objects.count() == 0


def test_a_script_renamed_to_png_is_refused(editor, db):
    response = upload(editor, "evil.png", b"<?php system($_GET['c']); ?>")
    assert response.status_code == 200
    assert WellnessImage.objects.count() == 0


def test_an_image_with_too_many_pixels_is_refused(editor, db, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    response = upload(editor, "wide.png", png(20, 20))
    assert response.status_code == 200
    assert "pixels" in response.content.decode()
    assert WellnessImage.objects.count() == 0


def test_only_web_image_types_are_accepted(settings):
    assert settings.WAGTAILIMAGES_EXTENSIONS == ["gif", "jpg", "jpeg", "png", "webp"]


def test_pillow_refuses_a_decompression_bomb(settings):
    assert Image.MAX_IMAGE_PIXELS == settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    bomb = io.BytesIO()
    # A tiny file that claims an enormous canvas: 1 bit per pixel, compresses to almost nothing.
    Image.new("1", (20_000, 5_000)).save(bomb, "PNG")
    assert len(bomb.getvalue()) < 200_000
    assert 2 * Image.MAX_IMAGE_PIXELS < 20_000 * 5_000  # Pillow refuses above twice its limit
    with pytest.raises(Image.DecompressionBombError):
        Image.open(io.BytesIO(bomb.getvalue()))
