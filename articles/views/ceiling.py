"""The framework's ceiling for the benchmark: the least a Django view can do for a page.

It returns `bytes` bytes of HTML through the same middleware and server as the real pages,
so the benchmark can say how close each page comes to what Django itself allows. Only
routed when BENCH_CEILING_VIEW is set (the benchmark's own servers); never in production.
"""

from django.http import HttpResponse

MAX_BYTES = 1_000_000


def ceiling(request):
    size = request.GET.get("bytes", "")
    size = min(int(size), MAX_BYTES) if size.isdigit() else 1000
    return HttpResponse(b"x" * size, content_type="text/html; charset=utf-8")
