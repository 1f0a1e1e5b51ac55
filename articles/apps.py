from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Wellness content"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (
            expert_review,  # noqa: F401 - connects the workflow signals
            invalidation,  # noqa: F401 - what content changes retire in the caches
        )
        from .search import indexing  # noqa: F401 - keeps the search index fresh
