"""Benchmark: the email worker delivers N queued emails to an SMTP server on loopback.

    .venv/bin/python bench/email_delivery.py [--emails 2000] [--kill-halfway] [--publish]

With --publish (the proof of following by email, `make proof-email`): N confirmed followers
of the site, and one article published the way an editor does (a revision published, so
Wagtail's `page_published` fires); the worker fans it out to N emails and delivers them.

A fresh SQLite database in a temporary folder (or the PostgreSQL database at DATABASE_URL,
which it migrates and fills: give it a throwaway one), N confirmed addresses with one queued
email each, an aiosmtpd server on 127.0.0.1 (a port in 18025-18099) counting what arrives,
and `manage.py db_worker --batch` as a separate process. With --kill-halfway the worker is
killed (SIGKILL) once half the emails arrived, `manage.py requeue_email` runs, and a new
worker finishes the queue, as the compose worker service does when it restarts. Prints the
wall time, the emails per second, the worker's peak memory, and how many arrived, how many
addresses got one and how many got more than one (must be 0).
"""

import argparse
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PY = sys.executable
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wellness.settings.dev")
django.setup()  # the shared loopback server lives with the factories, which need Django

from wellness.factories.smtp import LoopbackSMTP  # noqa: E402 - after the path and setup

logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd: a line per command

QUEUE = """
from django.utils import timezone
from notifications.models import Address
from notifications import outbox
n = {n}
Address.objects.bulk_create(
    [Address(email=f"reader{{i}}@example.org", confirmed_at=timezone.now()) for i in range(n)]
)
for i in range(n):
    outbox.queue(f"reader{{i}}@example.org", "bench", "bench-1", "Hello", "A benchmark email.")
"""

PUBLISH = """
import time
from wellness.factories import ArticlePageFactory, SiteTree, confirmed_followers
tree = SiteTree()
confirmed_followers({n})
article = ArticlePageFactory(parent=tree.articles, live=False, authors=[tree.author()])
started = time.perf_counter()
article.save_revision().publish()
print(f"publish took {{(time.perf_counter() - started) * 1000:.0f}} ms (the request's share)")
"""


def peak_kb(pid: int, peak: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return max(peak, int(line.split()[1]))
    except OSError:
        pass
    return peak


def run_worker(env, mailbox, stop_at=None) -> tuple[int, bool]:
    """Run a batch worker; kill it once `stop_at` emails arrived. (peak KB, killed)."""
    worker = subprocess.Popen(
        [
            PY,
            "manage.py",
            "db_worker",
            "--backend",
            "email",
            "--queue-name",
            "email",
            "--batch",
            "--no-reload",
            "--interval",
            "0",
            "--no-startup-delay",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    peak = 0
    while worker.poll() is None:
        peak = peak_kb(worker.pid, peak)
        if stop_at is not None and mailbox.total >= stop_at:
            worker.send_signal(signal.SIGKILL)
            worker.wait()
            return peak, True
        time.sleep(0.05)
    return peak, False


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--emails", type=int, default=2000)
    parser.add_argument("--kill-halfway", action="store_true")
    parser.add_argument("--publish", action="store_true", help="N followers, one article published")
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="wellness-email-bench-")
    server = LoopbackSMTP(keep=False)
    mailbox = server.__enter__()
    port = server.port
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wellness.settings.dev",
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{folder}/bench.sqlite3",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(port),
        "LOG_LEVEL": "WARNING",
        "MEDIA_ROOT": folder,
    }
    try:
        subprocess.run(
            [PY, "manage.py", "migrate", "--noinput", "-v", "0"],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        started = time.perf_counter()
        script = (PUBLISH if args.publish else QUEUE).format(n=args.emails)
        setup = subprocess.run(
            [PY, "manage.py", "shell", "-v", "0", "-c", script],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        queued = time.perf_counter() - started
        if args.publish:
            print(setup.stdout.strip())

        started = time.perf_counter()
        peak, killed = run_worker(env, mailbox, args.emails // 2 if args.kill_halfway else None)
        at_kill = sum(mailbox.received.values())
        if killed:
            subprocess.run(
                [PY, "manage.py", "requeue_email", "-v", "0"],
                cwd=ROOT,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            second_peak, _ = run_worker(env, mailbox)
            peak = max(peak, second_peak)
        sending = time.perf_counter() - started
        time.sleep(0.5)  # the last message's DATA
    finally:
        server.__exit__(None, None, None)

    arrived = mailbox.total
    twice = sum(1 for count in mailbox.received.values() if count > 1)
    if args.publish:
        print(f"{args.emails} confirmed followers and one article published in {queued:.1f} s")
        print("the worker fanned it out (outbox rows and delivery tasks) and delivered it")
    else:
        print(f"queued {args.emails} emails in {queued:.1f} s (outbox rows and tasks)")
    if args.kill_halfway:
        print(f"worker killed after {at_kill} arrived; requeue_email; a new worker finished")
    print(f"delivered {arrived} in {sending:.1f} s: {arrived / sending:.0f} emails/s")
    if args.publish:
        print(f"emails per address: {sorted(set(mailbox.received.values()))}")
    print(f"addresses that got one: {len(mailbox.received)}, got more than one: {twice}")
    print(f"worker peak memory: {peak / 1024:.0f} MB")
    ok = arrived == args.emails == len(mailbox.received) and twice == 0
    print("OK: each email arrived exactly once" if ok else "FAILED: lost or duplicated emails")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
