"""A middleware that finds the database gone, outside any view (for test_availability.py)."""

from django.db import OperationalError


class DatabaseGoneMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise OperationalError("could not connect to server: Connection refused (secret-host:5432)")
