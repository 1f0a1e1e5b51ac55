"""Site-wide settings editors change in the admin (Settings menu)."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="rss")
class FeedSettings(BaseSiteSetting):
    full_content = models.BooleanField(
        "full articles in feeds",
        default=False,
        help_text="Put whole articles in the RSS and Atom feeds. Off: the standfirst only, "
        "so readers come to the site for the rest.",
    )

    panels = [FieldPanel("full_content")]

    class Meta:
        verbose_name = "feed settings"
