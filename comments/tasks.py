"""The spam filter's background work: its rebuild from scratch, run by the worker.

model_store marks the model's row `rebuild_due` after every REBUILD_EVERY moderator decisions
learnt one step at a time; the decision that marks it queues `rebuild_spam_filter` when its
transaction commits (`queue_rebuild`: once, however many decisions follow before the worker
gets to it). The worker (`manage.py db_worker --backend email --queue-name email`, the one the
site runs for email) then learns the starter set and every decision again, calibrated, outside
any request: a few seconds of its time, during which emails wait. Run when nothing is due, the
task does nothing. `manage.py train_spam_filter --rebuild --if-due` does the same from a shell
or a cron job, for a site that runs no worker.
"""

from django_tasks import task

REBUILD_TASK = "comments.tasks.rebuild_spam_filter"


@task(backend="email", queue_name="email")
def rebuild_spam_filter() -> str:
    from .model_store import rebuild_if_due

    model = rebuild_if_due()
    if model is None:
        return "no rebuild was due"
    return f"rebuilt from {model.spam} spam and {model.ham} genuine comments"


def queue_rebuild() -> bool:
    """Queue a rebuild for the worker unless one is waiting already; whether it was queued."""
    from django_tasks_db.models import DBTaskResult

    if DBTaskResult.objects.filter(task_path=REBUILD_TASK, status="READY").exists():
        return False
    rebuild_spam_filter.enqueue()
    return True
