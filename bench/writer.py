"""The moderator and the editor of bench/mixed.py's "readers with writes" phase.

    python bench/writer.py --plan PLAN.json --seconds 60 --ready READY --out RESULT.json

Run by bench/mixed.py as a process of its own with the environment gunicorn gets (production
settings, the benchmark's database and Redis), so its writes retire cached pages the way an
editor's request would. From the moment it writes READY, for --seconds:

- every --approve-every seconds (first at half that), it approves the oldest pending comment
  of an article drawn from the readers' Zipf distribution (PLAN.json: article ids in rank
  order and the exponent), with the moderators' own function, `moderate([comment],
  "approved")`. An article with no pending comment first gets one, as a visitor would have
  left it (not timed): the distribution stays the readers'.
- every --publish-every seconds (first 5 s in, so that a short run has one too), it edits the
  standfirst of an article drawn the same way and publishes it: `save_revision().publish()`.

Each write is timed; RESULT.json holds the counts, durations and errors. It stops by itself
at the end of the phase, when the benchmark that started it is gone, and in any case
(SIGALRM) two minutes after its phase should have ended.
"""

import argparse
import itertools
import json
import os
import random
import re
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST_PUBLISH_SECONDS = 5.0


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plan", type=Path, required=True)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--ready", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--approve-every", type=float, default=2.0)
    parser.add_argument("--publish-every", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args()


class Zipf:
    """Article ids drawn with probability proportional to 1 / rank ** s, as the readers do."""

    def __init__(self, plan: dict, seed: int):
        self.ids = plan["articles"]
        weights = [1 / rank ** plan["s"] for rank in range(1, len(self.ids) + 1)]
        self.cumulative = list(itertools.accumulate(weights))
        self.rng = random.Random(seed)

    def draw(self) -> int:
        return self.rng.choices(self.ids, cum_weights=self.cumulative)[0]


class Writer:
    def __init__(self, articles: Zipf):
        self.articles = articles
        from comments.models import Comment
        from comments.moderation import moderate

        self.moderate = moderate  # the moderators' own function: what an approval costs
        self.comments = Comment
        self.results = {"approvals": [], "publishes": [], "created_pending": 0, "errors": []}

    def approve(self) -> None:
        page_id = self.articles.draw()
        comment = (
            self.comments.objects.filter(page_id=page_id, status="pending")
            .order_by("created_at", "pk")
            .first()
        )
        if comment is None:
            comment = self.comments.objects.create(
                page_id=page_id,
                name="Bench Visitor",
                email="visitor@example.org",
                body="A question left during the benchmark, held for moderation.",
                status="pending",
                depth=1,
            )
            self.results["created_pending"] += 1
        started = time.perf_counter()
        changed = self.moderate([comment], "approved")
        elapsed = time.perf_counter() - started
        self.record("approvals", page_id, elapsed, changed=changed)

    def publish(self) -> None:
        from wagtail.models import Page

        page_id = self.articles.draw()
        page = Page.objects.get(pk=page_id).specific
        standfirst = re.sub(r" \(updated [^)]*\)$", "", page.standfirst)
        page.standfirst = f"{standfirst} (updated {time.strftime('%H:%M:%S')})"
        started = time.perf_counter()
        page.save_revision().publish()
        self.record("publishes", page_id, time.perf_counter() - started)

    def record(self, kind: str, page_id: int, seconds: float, **extra) -> None:
        self.results[kind].append({"page_id": page_id, "ms": seconds * 1000, **extra})


def schedule(seconds: float, approve_every: float, publish_every: float) -> list:
    """(time into the phase, action) for every write that falls inside the phase."""
    events = [(t, "approve") for t in steps(approve_every / 2, approve_every, seconds)]
    events += [(t, "publish") for t in steps(FIRST_PUBLISH_SECONDS, publish_every, seconds)]
    return sorted(events)


def steps(first: float, every: float, end: float):
    moment = first
    while moment < end:
        yield moment
        moment += every


def run(writer: Writer, events: list, seconds: float, parent: int) -> None:
    """Each write at its time (late ones at once, never skipped), all before the deadline."""
    start = time.monotonic()
    deadline = start + seconds
    for at, action in events:
        while time.monotonic() < start + at:
            if os.getppid() != parent:  # the benchmark is gone: so is its phase
                return
            time.sleep(min(0.1, start + at - time.monotonic()))
        if time.monotonic() >= deadline:
            return
        try:
            getattr(writer, action)()
        except Exception as error:  # reported, and the phase goes on
            writer.results["errors"].append(f"{action}: {type(error).__name__}: {error}")


def main():
    args = parse_args()
    signal.alarm(int(args.seconds) + 120)  # whatever happens, this process ends
    parent = os.getppid()
    import django

    django.setup()
    plan = json.loads(args.plan.read_text())
    writer = Writer(Zipf(plan, args.seed))
    events = schedule(args.seconds, args.approve_every, args.publish_every)
    writer.comments.objects.exists()  # connected before the phase starts
    args.ready.write_text("ready")
    run(writer, events, args.seconds, parent)
    writer.results["scheduled"] = {
        "approvals": sum(1 for _, action in events if action == "approve"),
        "publishes": sum(1 for _, action in events if action == "publish"),
    }
    writer.results["moderate"] = f"{writer.moderate.__module__}.moderate"
    args.out.write_text(json.dumps(writer.results, indent=2))


if __name__ == "__main__":
    main()
