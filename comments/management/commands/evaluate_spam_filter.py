from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from comments.evaluation import STARTER_CORPUS, evaluate, read_labelled


class Command(BaseCommand):
    help = (
        "Measure the learning spam filter on a labelled JSON-lines file of comments "
        '({"label": "spam"|"ham", "body": ..., "website": ...}): train on part, test on the rest.'
    )

    def add_arguments(self, parser):
        parser.add_argument("--data", type=Path, default=STARTER_CORPUS)
        parser.add_argument("--train-share", type=float, default=0.7)
        parser.add_argument("--threshold", type=float, default=0.9)
        parser.add_argument("--seeds", type=int, default=5, help="Average over this many splits.")

    def handle(self, data, train_share, threshold, seeds, **options):
        try:
            rows = read_labelled(data)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {data}: {error}") from None
        if not 0 < train_share < 1:
            raise CommandError("--train-share must be between 0 and 1.")
        results = [evaluate(rows, train_share, threshold, seed) for seed in range(1, seeds + 1)]
        for seed, s in enumerate(results, start=1):
            self.stdout.write(
                f"split {seed}: trained on {s.trained}, tested on {s.tested}: "
                f"accuracy {s.accuracy:.1%}, precision {s.precision:.1%}, recall {s.recall:.1%} "
                f"(spam caught {s.true_spam}, ham flagged {s.false_spam}, "
                f"spam missed {s.false_ham})"
            )
        mean = sum(s.accuracy for s in results) / len(results)
        self.stdout.write(f"mean accuracy over {len(results)} splits: {mean:.1%}")
