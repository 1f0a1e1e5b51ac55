"""Set the weekly email going: queue its next run (next Monday) unless one is waiting.

The worker service runs this before it starts, as requeue_email; each run of the digest
queues the next one itself, so this only starts the chain (or restarts it after a worker
was killed while the digest ran). Running it again queues nothing new.
"""

from django.core.management.base import BaseCommand

from notifications.digest import next_run
from notifications.tasks import schedule_digest


class Command(BaseCommand):
    help = "Queue the next weekly digest, unless one is already waiting."

    def handle(self, *args, **options):
        run_after = next_run()
        if schedule_digest(run_after):
            self.stdout.write(f"Weekly digest queued for {run_after:%Y-%m-%d %H:%M} UTC.")
        else:
            self.stdout.write("A weekly digest is already queued.")
