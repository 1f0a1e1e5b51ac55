from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from comments.classifier import learn_many
from comments.evaluation import STARTER_CORPUS, read_labelled


class Command(BaseCommand):
    help = (
        "Teach the learning spam filter from a labelled JSON-lines file of comments "
        "(by default the starter set shipped with Wellness). Moderators' decisions keep "
        "teaching it afterwards."
    )

    def add_arguments(self, parser):
        parser.add_argument("--data", type=Path, default=STARTER_CORPUS)

    def handle(self, data, **options):
        try:
            rows = read_labelled(data)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {data}: {error}") from None
        learnt = learn_many((row["body"], row.get("website", ""), row["label"]) for row in rows)
        self.stdout.write(self.style.SUCCESS(f"The spam filter learnt from {learnt} comments."))
