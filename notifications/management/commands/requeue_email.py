"""Queue a delivery again for every email still waiting whose time has come.

A worker killed while sending leaves its task claimed for ever and the email queued (its
transaction never committed). The worker service runs this before it starts, so a restarted
worker picks such emails up again. Queueing a delivery twice is harmless: `deliver` locks the
row and sends only an email still queued, so each is sent once. An article announcement
whose fan-out never finished is queued again too: it queues only the emails still missing.
"""

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from notifications.models import Announcement, Email, EmailStatus
from notifications.tasks import announce, deliver


class Command(BaseCommand):
    help = "Queue a delivery again for each email still waiting (after a worker was killed)."

    def handle(self, *args, **options):
        due = Email.objects.filter(status=EmailStatus.QUEUED).filter(
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=timezone.now())
        )
        count = 0
        for email_id in due.values_list("pk", flat=True).iterator():
            deliver.enqueue(email_id)
            count += 1
        self.stdout.write(f"{count} waiting email(s) queued for delivery again.")
        unfinished = Announcement.objects.filter(finished_at=None).values_list("pk", flat=True)
        for announcement_id in unfinished:
            announce.enqueue(announcement_id)
        if unfinished:
            self.stdout.write(f"{len(unfinished)} unfinished announcement(s) queued again.")
