from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Visitor comments"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import invalidation  # noqa: F401 - what a change to comments retires in the caches
