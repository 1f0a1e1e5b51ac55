import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from comments.model_store import digest, learn_many, learnt_sets, rebuild_if_due, train_starter
from comments.model_store import rebuild as rebuild_model
from comments.models import SpamCorpus
from comments.starter import read_labelled


class Command(BaseCommand):
    help = (
        "Teach the learning spam filter: by default the starter set shipped with Wellness "
        "(once: running it again changes nothing); with --data, a labelled JSON-lines file of "
        "comments (also once); with --rebuild, learn again from scratch from the starter set "
        "and every moderator decision (Comment.trained_as); with --rebuild --if-due, only when "
        "enough decisions were learnt one step at a time since the last rebuild (run it as a "
        "periodic job, e.g. every 10 minutes). Moderators' decisions keep teaching it "
        "afterwards."
    )

    def add_arguments(self, parser):
        parser.add_argument("--data", type=Path, help="A labelled JSON-lines file to learn too.")
        parser.add_argument(
            "--rebuild",
            action="store_true",
            help="Learn from scratch: the starter set and the moderation history.",
        )
        parser.add_argument(
            "--if-due",
            action="store_true",
            help="With --rebuild: only when a rebuild is due (cheap to run often).",
        )

    def handle(self, data, rebuild, if_due, **options):
        if if_due and not rebuild:
            raise CommandError("--if-due goes with --rebuild.")
        if rebuild:
            started = time.perf_counter()
            model = rebuild_if_due() if if_due else rebuild_model()
            if model is None:
                self.done("No rebuild is due: nothing to do.")
                return
            self.done(
                f"Rebuilt from {model.spam} spam and {model.ham} genuine comments in "
                f"{time.perf_counter() - started:.1f} s."
            )
            return
        if data is None:
            if train_starter():
                self.done(f"Learnt the starter set ({self.counts()}).")
            else:
                self.done(f"The starter set was learnt already: nothing to do ({self.counts()}).")
            return
        try:
            rows = read_labelled(data)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {data}: {error}") from None
        name = digest(rows)
        if name in learnt_sets():
            self.done(f"{data} was learnt already: nothing to do ({self.counts()}).")
            return
        learnt = learn_many((row["body"], row.get("website", ""), row["label"]) for row in rows)
        corpus = SpamCorpus.objects.get(pk=1)
        corpus.learnt = [*corpus.learnt, name]
        corpus.save(update_fields=["learnt"])
        self.done(f"The spam filter learnt from {learnt} comments ({self.counts()}).")

    def counts(self) -> str:
        corpus = SpamCorpus.objects.filter(pk=1).first()
        spam, ham = (corpus.spam, corpus.ham) if corpus else (0, 0)
        return f"{spam} spam, {ham} genuine in all"

    def done(self, message: str) -> None:
        self.stdout.write(self.style.SUCCESS(message))
