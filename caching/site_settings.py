"""Site settings read from the shared cache: every page reads two or three of them."""

from functools import cache as once

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from wagtail.contrib.settings.models import BaseSiteSetting

from . import reads


def setting_key(model, site_id) -> str:
    return f"site-setting:{model._meta.label_lower}:{site_id}"


class CachedSiteSetting(BaseSiteSetting):
    """A site setting kept in the cache; saving or deleting it drops the cached copy. Each one
    is read ahead with the request's other site-wide values (reads.py)."""

    class Meta:
        abstract = True

    @classmethod
    def for_site(cls, site):
        parent = super()
        return reads.get_or_set(setting_key(cls, site.pk), lambda: parent.for_site(site))

    def forget(self) -> None:
        key = setting_key(type(self), self.site_id)
        reads.forget(key)  # now, for this transaction; and after it, for everyone else
        transaction.on_commit(lambda: cache.delete(key))


@once
def setting_models() -> list:
    return [model for model in apps.get_models() if issubclass(model, CachedSiteSetting)]


@reads.read_ahead
def setting_keys(request) -> list[str]:
    site = getattr(request, "_wagtail_site", None)  # known once the site is (sites.py)
    return [setting_key(model, site.pk) for model in setting_models()] if site else []
