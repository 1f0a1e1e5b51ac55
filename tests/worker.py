"""The worker, run in the test's process: what `manage.py db_worker` does with the due tasks."""

from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


def run_email_tasks() -> int:
    """Run every task of the email queue that is due, as `manage.py db_worker` does; how many."""
    worker = Worker(
        queue_names=["email"],
        interval=0,
        batch=True,
        backend_name="email",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )
    done = 0
    while True:
        task_result = (
            DBTaskResult.objects.ready().filter(backend_name="email").order_by("run_after").first()
        )
        if task_result is None:
            return done
        task_result.claim(worker.worker_id)
        worker.run_task(task_result)
        done += 1
