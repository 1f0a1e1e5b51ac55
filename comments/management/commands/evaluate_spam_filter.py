import time

import numpy as np
from django.core.management.base import BaseCommand, CommandError

from comments import evaluation as ev
from comments import starter as starter_set
from comments.model_store import current_model, dumps
from comments.models import CommentSettings
from comments.spam import HOLD_ABOVE


def pct(part: float, whole: float) -> str:
    return f"{part / whole:.1%}" if whole else "–"


class Command(BaseCommand):
    help = (
        "Measure the learning spam filter on comments it never trained on: the starter model "
        "on the frozen held-out side of comments/data/corpus.jsonl, repeated 60/40 "
        "splits by source group (learning all at once, or one moderator decision at a time), "
        "the calibration (expected against measured rate of genuine comments sent to spam at "
        "the threshold), out-of-distribution checks (held-out sources, kinds and languages), the "
        "blocklist on disguised phrases, the scoring time and the cost of learning a decision."
    )

    def add_arguments(self, parser):
        default = CommentSettings._meta.get_field("spam_threshold").default
        parser.add_argument("--threshold", type=float, default=default)
        parser.add_argument("--seeds", type=int, default=5, help="How many repeated splits.")
        parser.add_argument("--train-share", type=float, default=0.6)
        parser.add_argument(
            "--site", action="store_true", help="Also measure the model this site has learnt."
        )

    def handle(self, threshold, seeds, train_share, site, **options):
        if not 0 < threshold < 1 or not 0 < train_share < 1:
            raise CommandError("--threshold and --train-share must be between 0 and 1.")
        out = self.stdout.write
        starter, held_out = starter_set.starter_rows(), starter_set.held_out_rows()
        started = time.perf_counter()
        model = ev.starter_model()
        out(
            f"Starter model: {model.spam} spam and {model.ham} genuine comments, learnt in "
            f"{time.perf_counter() - started:.1f} s; calibration a={model.calibration[0]:.2f} "
            f"b={model.calibration[1]:.2f}"
        )
        out(
            f"\nFrozen held-out split ({len(held_out)} comments never trained on), threshold "
            f"{threshold}:"
        )
        scores = ev.measure(model, held_out, threshold)
        self.report("starter model", scores)
        out(
            "  genuine comments sent to spam, by language: "
            + ", ".join(
                f"{lang} {scores.false_spam_by[lang]}/{n}" for lang, n in scores.ham_by.items()
            )
        )
        times = np.array(scores.seconds) * 1000
        out(
            f"  scoring time (probability, and the signs when above the threshold): "
            f"{scores.seconds_per_comment * 1000:.2f} ms per comment (median "
            f"{np.median(times):.2f} ms, p99 {np.percentile(times, 99):.2f} ms)"
        )
        costs, sizes = ev.decision_cost(model, held_out)
        costs *= 1000
        out(
            f"  learning one moderator decision (step on a copy, its change serialised): median "
            f"{np.median(costs):.1f} ms, p99 {np.percentile(costs, 99):.1f} ms; it writes a "
            f"median {np.median(sizes) / 1000:.1f} KB (max {sizes.max() / 1000:.1f} KB), the "
            f"whole model is {len(dumps(model)) / 1000:.0f} KB"
        )

        unseen = starter_set.read_labelled(starter_set.UNSEEN)
        out(
            f"\nIndependent set ({len(unseen)} comments in ten languages, written by hand before "
            "any model scored them; never learnt from):"
        )
        unseen_scores = ev.measure(model, unseen, threshold)
        self.report("starter model", unseen_scores)
        self.by_language(unseen_scores)

        expected = ev.expected_false_spam_rate(model, starter, threshold)
        out("\nCalibration (genuine comments sent to spam at the threshold):")
        out(
            f"  expected {expected:.2%} (out-of-fold on the starter set, by source group); "
            f"measured {scores.false_spam_rate:.2%} on the held-out split"
        )
        out("  probability band: comments, mean probability, share that was spam")
        for low, high, count, mean, share in ev.reliability(model, held_out):
            out(f"    {low:.2f}-{high:.2f}: {count:4d}  {mean:.3f}  {share:.3f}")

        phrases = starter_set.EVALUATION_PHRASES
        found, missed = ev.disguises_found(starter_set.read_labelled(starter_set.CORPUS), phrases)
        out(
            f"\nBlocklist ({', '.join(phrases)}): found {found} of {found + len(missed)} "
            "disguised phrases (spaces, zero-width characters, U+3000, decomposed jamo, dots, "
            "hyphens, Cyrillic look-alikes, full-width)"
        )
        for body in missed[:5]:
            out(f"  missed: {body!r}")

        out(
            f"\nRepeated splits: {seeds} stratified {train_share:.0%}/{1 - train_share:.0%} "
            "splits of the corpus by source group, summed:"
        )
        for name, splits in ev.repeated_splits(threshold, seeds, train_share).items():
            summed = ev.total(splits)
            self.report(name, summed)
            recalls = [one.recall for one in splits]
            rates = [one.false_spam_rate for one in splits]
            out(
                f"    per split: caught {min(recalls):.1%}-{max(recalls):.1%}, genuine to spam "
                f"{min(rates):.1%}-{max(rates):.1%}"
            )
            self.by_language(summed)

        out(
            "\nOut of distribution (test comments from sources or templates the training never "
            "used; all at once):"
        )
        for name, scores in ev.out_of_distribution(threshold):
            self.report(name, scores)
            self.by_language(scores)

        out(
            "\nSpam families never seen (each family of the broad hand-written set held out whole, "
            "with a share of its genuine comments; trained on the rest of the starter set):"
        )
        families = ev.families_held_out(threshold)
        for name, scores in families:
            self.report(name, scores, brief=True)
        summed = ev.total([scores for _, scores in families])
        self.report("all families", summed)
        self.by_language(summed)

        if site:
            out("\nThis site's model on the held-out split (it may have learnt some of it):")
            self.report("site model", ev.measure(current_model(), held_out, threshold))

    def by_language(self, scores: "ev.Scores") -> None:
        wrong = {lang: n for lang, n in scores.false_spam_by.items() if n}
        if wrong:
            self.stdout.write(
                "    genuine sent to spam, by language: "
                + ", ".join(f"{lang} {n}/{scores.ham_by[lang]}" for lang, n in wrong.items())
            )
            self.stdout.write(
                "    the signs that sent them: "
                + ", ".join(f"{sign} {n}" for sign, n in sorted(scores.false_spam_signs.items()))
            )

    def report(self, name: str, scores: "ev.Scores", brief: bool = False) -> None:
        self.stdout.write(
            f"  {name}: spam caught {scores.caught}/{scores.spam} "
            f"({pct(scores.caught, scores.spam)}), "
            f"genuine sent to spam {scores.false_spam}/{scores.ham} "
            f"({pct(scores.false_spam, scores.ham)})"
            + (f", {scores.undecided} unscored (too few examples)" if scores.undecided else "")
        )
        if brief:
            return
        self.stdout.write(
            f"    held for a moderator (filter above {HOLD_ABOVE}, not above the threshold or "
            f"with no sign besides a link): spam {pct(scores.spam_held, scores.spam)}, genuine "
            f"{pct(scores.ham_held, scores.ham)}; above the threshold but held for want of a "
            f"sign: spam {scores.spam_unsigned}, genuine {scores.ham_unsigned}"
        )
