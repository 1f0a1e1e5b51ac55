"""Which Wagtail object each imported WordPress object became, so re-imports update in place."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class WordPressKind(models.TextChoices):
    ATTACHMENT = "attachment", "Attachment"
    FILE = "file", "Uploaded file"  # an image in a post's HTML that no attachment describes
    AUTHOR = "author", "Author"
    CATEGORY = "category", "Category"
    TAG = "tag", "Tag"
    PAGE = "page", "Page"
    POST = "post", "Post"
    COMMENT = "comment", "Comment"
    REDIRECT = "redirect", "Redirect"  # from an old address: wp_id is its path


class WordPressObject(models.Model):
    """One WordPress object (by site, kind and WordPress id) and the object it was imported as."""

    source = models.CharField(
        max_length=255, help_text="The exporting site, e.g. 'example.org/blog' (no scheme)."
    )
    kind = models.CharField(max_length=20, choices=WordPressKind.choices)
    wp_id = models.CharField(
        "WordPress id", max_length=255, help_text="Post or comment id; login or slug for others."
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    checksum = models.CharField(
        max_length=64, blank=True, help_text="Of what was imported; unchanged means skip it."
    )
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        # The table the content app created before the importer became its own app: moving the
        # model moved no data (migrations: articles 0017, wordpress 0001).
        db_table = "articles_wordpressobject"
        verbose_name = "WordPress object"
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind", "wp_id"], name="unique_wordpress_object"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.source} {self.kind} {self.wp_id}"
