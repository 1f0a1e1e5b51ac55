"""Demo pictures drawn with Pillow: abstract heroes, portrait placeholders and book covers.

Nothing is downloaded: every image is made here, the same way every time (seeded).
"""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFilter, ImageFont

RGB = tuple[int, int, int]


def _shade(colour: RGB, factor: float) -> RGB:
    return tuple(max(0, min(255, int(channel * factor))) for channel in colour)


def _as_file(image: Image.Image, name: str) -> ImageFile:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88, optimize=True)
    return ImageFile(io.BytesIO(buffer.getvalue()), name=name)


def _font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def hero(colour: RGB, seed: str, name: str, size=(1600, 900)) -> ImageFile:
    """Soft overlapping circles on a vertical gradient, like a calm abstract photograph."""
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    top, bottom = _shade(colour, 1.25), _shade(colour, 0.7)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    layer_draw = ImageDraw.Draw(layer)
    for _ in range(14):
        radius = rng.randint(height // 10, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        tint = _shade(colour, rng.uniform(0.6, 1.5))
        layer_draw.ellipse(
            [x - radius, y - radius, x + radius, y + radius], fill=(*tint, rng.randint(40, 110))
        )
    layer = layer.filter(ImageFilter.GaussianBlur(radius=24))
    image = Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")
    return _as_file(image, name)


def portrait(colour: RGB, name: str, initials: str) -> ImageFile:
    """A round-shouldered silhouette with the person's initials, for an author photo."""
    size = 480
    image = Image.new("RGB", (size, size), _shade(colour, 1.3))
    draw = ImageDraw.Draw(image)
    draw.ellipse([size * 0.3, size * 0.14, size * 0.7, size * 0.54], fill=_shade(colour, 0.85))
    draw.ellipse([size * 0.12, size * 0.58, size * 0.88, size * 1.3], fill=_shade(colour, 0.7))
    draw.text((size / 2, size * 0.34), initials, fill=(255, 255, 255), font=_font(72), anchor="mm")
    return _as_file(image, name)


def cover(colour: RGB, name: str, title: str, authors: str) -> ImageFile:
    """A book cover: a coloured board with the title and author set in the default font."""
    width, height = 600, 900
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle([36, 36, width - 36, height - 36], outline=_shade(colour, 1.6), width=4)
    y = 180
    for line in _wrap(title, 16):
        draw.text((width / 2, y), line, fill=(255, 255, 255), font=_font(54), anchor="mm")
        y += 70
    draw.text(
        (width / 2, height - 140), authors, fill=_shade(colour, 1.8), font=_font(32), anchor="mm"
    )
    return _as_file(image, name)


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + len(word) < width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines
