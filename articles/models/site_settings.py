"""Site-wide settings editors change in the admin (Settings menu)."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import register_setting
from wagtail.fields import RichTextField

from caching.site_settings import CachedSiteSetting

DEFAULT_DISCLAIMER = (
    "<p>This article is for general information and is not a substitute for advice from your "
    "own doctor or another qualified health professional. If you are worried about a symptom, "
    "or it is getting worse, contact a health professional. In an emergency, call your local "
    "emergency number.</p>"
)


@register_setting(icon="rss")
class FeedSettings(CachedSiteSetting):
    full_content = models.BooleanField(
        "full articles in feeds",
        default=False,
        help_text="Put whole articles in the RSS and Atom feeds. Off: the standfirst only, "
        "so readers come to the site for the rest.",
    )

    panels = [FieldPanel("full_content")]

    class Meta:
        verbose_name = "feed settings"


@register_setting(icon="help")
class HealthSettings(CachedSiteSetting):
    disclaimer = RichTextField(
        "health disclaimer",
        features=["bold", "italic", "link"],
        default=DEFAULT_DISCLAIMER,
        help_text="Shown on every article and book review.",
    )

    panels = [FieldPanel("disclaimer")]

    class Meta:
        verbose_name = "health settings"
