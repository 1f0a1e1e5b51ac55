"""How many approved comments each page of a listing has, for the cards that show it."""

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

from .models import Comment, CommentStatus


def with_comment_counts(queryset):
    """Annotate `comment_count`: approved comments, by a subquery (no GROUP BY on pages)."""
    approved = (
        Comment.objects.filter(page_id=OuterRef("pk"), status=CommentStatus.APPROVED)
        .values("page_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return queryset.annotate(comment_count=Coalesce(Subquery(approved), 0))
