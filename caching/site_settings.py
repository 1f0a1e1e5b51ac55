"""Site settings read from the shared cache: every page reads two or three of them."""

from django.core.cache import cache
from django.db import transaction
from wagtail.contrib.settings.models import BaseSiteSetting


def setting_key(model, site_id) -> str:
    return f"site-setting:{model._meta.label_lower}:{site_id}"


class CachedSiteSetting(BaseSiteSetting):
    """A site setting kept in the cache; saving or deleting it drops the cached copy."""

    class Meta:
        abstract = True

    @classmethod
    def for_site(cls, site):
        key = setting_key(cls, site.pk)
        instance = cache.get(key)
        if instance is None:
            instance = super().for_site(site)
            cache.set(key, instance, timeout=None)
        return instance

    def forget(self) -> None:
        key = setting_key(type(self), self.site_id)
        cache.delete(key)  # now, for this transaction; and after it, for everyone else
        transaction.on_commit(lambda: cache.delete(key))
