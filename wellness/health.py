"""`/healthz`: can this instance serve? 200 when the database and the cache answer, else 503.

The body says only "ok" or "unavailable": which part failed goes to the log, never to the caller.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger("wellness.health")


def database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.warning("healthz: the database does not answer", exc_info=True)
        return False


def cache_answers() -> bool:
    """A round trip: the cache may ignore its own errors, so a set alone proves nothing."""
    key, value = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    try:
        cache.set(key, value, 10)
        answered = cache.get(key) == value
        cache.delete(key)
    except Exception:
        logger.warning("healthz: the cache does not answer", exc_info=True)
        return False
    if not answered:
        logger.warning("healthz: the cache does not answer")
    return answered


@never_cache
@require_safe
def healthz(request):
    healthy = database_answers() and cache_answers()
    status = "ok" if healthy else "unavailable"
    return JsonResponse({"status": status}, status=200 if healthy else 503)
