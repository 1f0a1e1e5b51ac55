"""The live server's requests still being answered, so that a test ends only after them.

A test that fails (or closes its browser) while the live server is still answering one of its
requests would otherwise start the next test beside that request. On SQLite the live server's
thread and the tests share one in-memory connection, and a transaction broken that way locks
the database for every later test ("database table is locked").
"""

import threading
import time

_answering = 0
_changed = threading.Condition()


class InFlightMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        global _answering
        with _changed:
            _answering += 1
        try:
            return self.get_response(request)
        finally:
            with _changed:
                _answering -= 1
                _changed.notify_all()


def wait_until_answered(seconds: float = 30.0) -> None:
    """Until the live server answers nothing (at most `seconds`: a hung request is the failed
    test's to report, not the next one's)."""
    deadline = time.monotonic() + seconds
    with _changed:
        while _answering and time.monotonic() < deadline:
            _changed.wait(timeout=max(0.0, deadline - time.monotonic()))
