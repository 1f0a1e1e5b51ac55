"""The shared cache when there is no Redis: Django's database cache, with an atomic incr.

Every process of the site (runserver beside a management command, gunicorn workers, several
instances) reads and writes the same table, so a change made by one reaches all of them.
Django's own DatabaseCache increments by reading and writing back, so two workers counting
the same comment rate limit at once would both write the same number; here the row is locked
first (SELECT ... FOR UPDATE on PostgreSQL; SQLite takes its write lock when the transaction
begins, as DATABASES sets transaction_mode IMMEDIATE).
"""

from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router, transaction


class SharedDatabaseCache(DatabaseCache):
    def incr(self, key, delta=1, version=None):
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        with transaction.atomic(using=db):
            if connection.features.has_select_for_update:
                quote = connection.ops.quote_name
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT {quote('cache_key')} FROM {quote(self._table)} "
                        f"WHERE {quote('cache_key')} = %s FOR UPDATE",
                        [self.make_and_validate_key(key, version=version)],
                    )
            return super().incr(key, delta, version)

    def decr(self, key, delta=1, version=None):
        return self.incr(key, -delta, version)
