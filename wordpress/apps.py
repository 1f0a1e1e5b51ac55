from django.apps import AppConfig


class WordPressConfig(AppConfig):
    """The WordPress importer: it builds on the content and the comments, which never import it."""

    name = "wordpress"
    label = "wordpress"
    verbose_name = "WordPress import"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import redirects  # noqa: F401 - imported redirects follow publishing
