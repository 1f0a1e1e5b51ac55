import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from comments.models import Comment


class Command(BaseCommand):
    help = (
        "Delete the IP address and browser of comments older than the retention period "
        "(COMMENT_IP_RETENTION_DAYS, 30 days by default). Run it daily from a scheduler."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=None, help="Override the retention period in days."
        )

    def handle(self, days=None, **options):
        days = settings.COMMENT_IP_RETENTION_DAYS if days is None else days
        if days < 0:
            raise CommandError("--days must be zero or more.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        purged = (
            Comment.objects.filter(created_at__lt=cutoff)
            .exclude(ip_address__isnull=True, user_agent="")
            .update(ip_address=None, user_agent="")
        )
        self.stdout.write(f"Removed the IP address of {purged} comment(s) older than {days} days.")
