"""Site-wide settings editors change in the admin (Settings menu)."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel
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


def grade_field(verbose_name: str, default: int) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        verbose_name, default=default, validators=[MinValueValidator(1), MaxValueValidator(18)]
    )


@register_setting(icon="doc-full")
class ReadingLevelSettings(CachedSiteSetting):
    """The reading level articles aim at, which the content checks compare them with."""

    lowest_grade = grade_field("lowest target grade", 6)
    highest_grade = grade_field("highest target grade", 8)
    long_sentence_words = models.PositiveSmallIntegerField(
        "long sentence",
        default=25,
        validators=[MinValueValidator(8), MaxValueValidator(80)],
        help_text="Sentences with more words than this are flagged.",
    )

    panels = [
        HelpPanel(
            content="<p>Health guidance aims at about age 11 to 12: US school grades 6 to 8 "
            "(Flesch–Kincaid). The content checks flag articles above the highest grade.</p>"
        ),
        FieldRowPanel([FieldPanel("lowest_grade"), FieldPanel("highest_grade")]),
        FieldPanel("long_sentence_words"),
    ]

    class Meta:
        verbose_name = "reading level"

    def clean(self):
        super().clean()
        if self.lowest_grade > self.highest_grade:
            raise ValidationError(
                {"highest_grade": "The highest grade cannot be below the lowest one."}
            )

    @property
    def target(self) -> str:
        return f"grade {self.lowest_grade}–{self.highest_grade}"
