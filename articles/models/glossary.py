"""The glossary: a term defined once, shown with its definition where it first appears in an
article (articles/glossary.py does the marking)."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class GlossaryTerm(index.Indexed, models.Model):
    term = models.CharField(
        max_length=80,
        unique=True,
        help_text="As readers meet it in articles, e.g. 'placebo'. Plurals ('placebos') match "
        "too. Letter case does not matter.",
    )
    definition = models.CharField(
        max_length=300,
        help_text="One plain sentence, shown after the term the first time an article uses it.",
    )

    panels = [FieldPanel("term"), FieldPanel("definition")]
    search_fields = [index.SearchField("term"), index.AutocompleteField("term")]

    class Meta:
        ordering = ["term"]
        verbose_name = "glossary term"

    def __str__(self) -> str:
        return self.term

    def clean(self):
        super().clean()
        self.term = " ".join(self.term.split())
        if not any(char.isalnum() for char in self.term):
            raise ValidationError({"term": "A term needs at least one letter or digit."})
        clash = GlossaryTerm.objects.filter(term__iexact=self.term).exclude(pk=self.pk)
        if clash.exists():
            raise ValidationError({"term": f"“{self.term}” is already in the glossary."})
