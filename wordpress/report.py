"""What an import did: counts per kind and outcome, what needs a person, and general notes."""

from collections import Counter, defaultdict

OUTCOMES = ("created", "updated", "unchanged", "skipped")
KINDS = ("images", "authors", "topics", "tags", "pages", "articles", "comments", "redirects")


class Report:
    def __init__(self, source: str = "", version: str = "", dry_run: bool = False):
        self.source = source
        self.version = version
        self.dry_run = dry_run
        self.counts: dict[str, Counter] = defaultdict(Counter)
        self.attention: list[str] = []
        self.notes: Counter = Counter()

    def count(self, kind: str, outcome: str, n: int = 1) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        self.counts[kind][outcome] += n

    def attend(self, what: str, message: str) -> None:
        """Something a person should look at, e.g. `post 12 “Title”` and what is wrong."""
        self.attention.append(f"{what}: {message}")

    def note(self, message: str, n: int = 1) -> None:
        self.notes[message] += n

    def total(self, outcome: str) -> int:
        return sum(counter[outcome] for counter in self.counts.values())

    def lines(self) -> list[str]:
        heading = f"WordPress import from {self.source} (WXR {self.version})"
        if self.dry_run:
            heading += ": dry run, nothing was written"
        lines = [heading, f"  {'':<10}" + "".join(f"{outcome:>11}" for outcome in OUTCOMES)]
        kinds = [k for k in KINDS if k in self.counts] + sorted(set(self.counts) - set(KINDS))
        for kind in kinds:
            numbers = "".join(f"{self.counts[kind][outcome]:>11}" for outcome in OUTCOMES)
            lines.append(f"  {kind:<10}{numbers}")
        if self.notes:
            lines.append("Notes:")
            lines += [
                f"  - {message}" + (f" (×{n})" if n > 1 else "")
                for message, n in sorted(self.notes.items())
            ]
        if self.attention:
            lines.append(f"Needs attention ({len(self.attention)}):")
            lines += [f"  - {item}" for item in self.attention]
        else:
            lines.append("Nothing needs attention.")
        return lines
