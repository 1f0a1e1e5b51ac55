"""What a reader told us about a page: did it help, and, on "no", what was missing or wrong.

Nothing of the reader is kept beyond what they typed: no name, email, address, browser or
cookie. The rate limit counts posts per address in the cache under a hash of the address that
expires with its window (django-ratelimit); the address itself is never stored. Notes are
for editors and the page's expert reviewer: never shown on the site.
"""

from django.db import models
from wagtail.models import Page

NOTE_MAX_LENGTH = 500


class Feedback(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="reader_feedback")
    helpful = models.BooleanField()
    note = models.TextField(blank=True, max_length=NOTE_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    # The spam checks the comments use found something in the note (a blocked phrase, links):
    # kept, counted, but not listed with the notes editors read.
    held_as_spam = models.BooleanField(default=False)
    # An editor read the note as reporting an error and brought the page's review forward.
    review_requested_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "reader feedback"
        verbose_name_plural = "reader feedback"
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["page", "-created_at"], name="feedback_page_newest")]

    def __str__(self) -> str:
        return f"{'Yes' if self.helpful else 'No'} on page {self.page_id}"
