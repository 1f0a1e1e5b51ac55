from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = "Email to readers"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import announcements, commenter_data, replies  # noqa: F401 - listen to the comments and pages
