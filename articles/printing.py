"""The printed page leads back to the live one: its address, and a QR code of it made here.

The QR code is an SVG drawn by segno (pure Python, no network), kept in the shared cache under
the address it encodes: the same address always draws the same code, so an entry never goes
stale, and a page's code is drawn once for all processes, not on every render.
"""

import hashlib

import segno
from django.core.cache import cache

QR_CACHE_SECONDS = 30 * 24 * 3600


def qr_svg(url: str) -> str:
    """An inline SVG of the QR code for `url` (its title says what it is for)."""
    key = "qr-svg:" + hashlib.sha256(url.encode()).hexdigest()[:32]
    svg = cache.get(key)
    if svg is None:
        code = segno.make(url, error="m", micro=False)
        svg = code.svg_inline(
            scale=3, border=2, title=f"QR code of {url}", svgclass="print-address__qr"
        )
        cache.set(key, svg, QR_CACHE_SECONDS)
    return svg
