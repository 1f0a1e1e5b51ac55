"""How many approved comments each page of a listing has, for the cards that show it."""

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce

from .models import PageCommentCount


def with_comment_counts(queryset):
    """Annotate `comment_count`: the page's approved comments, read from the count the
    triggers keep (page_counts.py), one primary-key lookup per card."""
    approved = PageCommentCount.objects.filter(page_id=OuterRef("pk")).values("approved")
    return queryset.annotate(comment_count=Coalesce(Subquery(approved[:1]), 0))
