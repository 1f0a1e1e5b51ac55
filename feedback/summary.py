"""What readers answered, per page: counts for listings (one subquery each) and for one page."""

from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from .models import Feedback

RECENT_NOTES = 20


def answers(helpful: bool):
    """The number of `helpful` answers on the page of each row, as an annotation."""
    counted = (
        Feedback.objects.filter(page_id=OuterRef("pk"), helpful=helpful)
        .order_by()
        .values("page_id")
        .annotate(n=Count("*"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def with_answers(queryset):
    """Pages with `helped_yes` and `helped_no`, those with the most "no" answers first."""
    return queryset.annotate(helped_yes=answers(True), helped_no=answers(False))


@dataclass
class PageAnswers:
    yes: int
    no: int
    held_as_spam: int
    notes: list  # the latest notes, newest first, without those held as spam

    @property
    def total(self) -> int:
        return self.yes + self.no

    @property
    def share_helped(self) -> int | None:
        return round(100 * self.yes / self.total) if self.total else None


def answers_for(page_id: int) -> PageAnswers:
    """Counts in one query, and the latest notes in another."""
    counts = Feedback.objects.filter(page_id=page_id).aggregate(
        yes=Count("pk", filter=Q(helpful=True)),
        no=Count("pk", filter=Q(helpful=False)),
        spam=Count("pk", filter=Q(held_as_spam=True)),
    )
    notes = list(
        Feedback.objects.filter(page_id=page_id, held_as_spam=False)
        .exclude(note="")
        .order_by("-created_at", "-pk")[:RECENT_NOTES]
    )
    return PageAnswers(counts["yes"], counts["no"], counts["spam"], notes)
