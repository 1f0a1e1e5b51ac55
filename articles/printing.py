"""The printed page leads back to the live one: its address, and a QR code of it made here.

The QR code is an SVG drawn by segno (pure Python, no network) and served at its own address
(views/printing.py), which the printout shows as a lazily loaded image: a browser fetches it
only when it prints, so neither readers nor a page's first render pay for drawing it. It is
kept in the shared cache under the address it encodes: the same address always draws the same
code, so an entry never goes stale, and a code is drawn once for all processes.
"""

import hashlib
import io

import segno
from django.core.cache import cache

QR_CACHE_SECONDS = 30 * 24 * 3600


def qr_svg(url: str) -> str:
    """An SVG document of the QR code for `url`, scalable (a viewBox, no fixed size), its
    title saying what it is for."""
    key = "qr-svg:" + hashlib.sha256(url.encode()).hexdigest()[:32]
    svg = cache.get(key)
    if svg is None:
        code = segno.make(url, error="m", micro=False)
        out = io.BytesIO()
        code.save(out, kind="svg", scale=3, border=2, title=f"QR code of {url}", omitsize=True)
        svg = out.getvalue().decode()
        cache.set(key, svg, QR_CACHE_SECONDS)
    return svg
