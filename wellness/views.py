"""Project-level error handlers."""

import sys

from django.views.defaults import server_error as django_server_error

from .middleware import DATABASE_DOWN, service_unavailable


def server_error(request, template_name="500.html"):
    """The branded 500 page, or the 503 page when the error is the database being unreachable.

    Django calls this inside its exception handler, so the exception being handled is at hand even
    when it was raised outside a view (a session saved by middleware, say).
    """
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        return service_unavailable(request)
    return django_server_error(request, template_name)
