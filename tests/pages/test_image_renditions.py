"""Images on a page find their renditions under the keys Wagtail itself uses.

The site works out a rendition's cache key without parsing its filter spec again on every
render (articles.models.images); the key must stay the one Wagtail writes, or every image
would miss the rendition cache and cost a query.
"""

import pytest
from wagtail.images.models import Filter

from articles.models.images import filter_cache_key
from wellness.factories import ImageFactory

SPECS = [
    "fill-320x180",
    "fill-96x96|format-webp",
    "width-800",
    "max-1200x675|format-webp",
    "original",
]


@pytest.mark.django_db
@pytest.mark.parametrize("spec", SPECS)
@pytest.mark.parametrize("focal_point", [None, (40, 30, 20, 10)])
def test_a_rendition_key_is_the_one_wagtail_writes(spec, focal_point):
    image = ImageFactory()
    if focal_point:
        (
            image.focal_point_x,
            image.focal_point_y,
            image.focal_point_width,
            image.focal_point_height,
        ) = focal_point
    assert filter_cache_key(spec, image) == Filter(spec).get_cache_key(image)


@pytest.mark.django_db
def test_moving_the_focal_point_changes_the_key_of_a_crop_only():
    image = ImageFactory()
    before = {spec: filter_cache_key(spec, image) for spec in ("fill-320x180", "width-800")}
    image.focal_point_x, image.focal_point_y = 10, 10
    image.focal_point_width, image.focal_point_height = 5, 5
    assert filter_cache_key("fill-320x180", image) != before["fill-320x180"]
    assert filter_cache_key("width-800", image) == before["width-800"]


@pytest.mark.django_db
def test_an_image_read_from_the_rendition_cache_needs_no_query(django_assert_num_queries):
    image = ImageFactory()
    image.get_renditions("fill-320x180|format-webp", "fill-640x360|format-webp")
    again = type(image).objects.get(pk=image.pk)
    with django_assert_num_queries(0):
        found = again.get_renditions("fill-320x180|format-webp", "fill-640x360|format-webp")
    assert {r.width for r in found.values()} == {320, 640}
