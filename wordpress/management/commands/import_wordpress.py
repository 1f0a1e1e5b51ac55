import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wordpress.importer import ImportProblem, ImportStopped, import_wordpress
from wordpress.wxr import WXRError

QUIET_LOGGERS = ("wagtail", "django_tasks")  # one line per page published would drown the bar


class ProgressBar:
    """`[##########..........]  50%  500/1000` on one line, redrawn when the percentage moves."""

    width = 30

    def __init__(self, out):
        self.out = out
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent == self.shown:
            return
        self.shown = percent
        filled = self.width * done // total if total else self.width
        bar = "#" * filled + "." * (self.width - filled)
        self.out.write(f"\r[{bar}] {percent:3d}%  {done}/{total}", ending="")
        self.out.flush()

    def close(self) -> None:
        if self.shown >= 0:
            self.out.write("")


def positive(value: str) -> float:
    number = float(value)
    if number <= 0:
        raise ValueError(value)
    return number


class Command(BaseCommand):
    help = (
        "Import a WordPress export (WXR 1.0–1.2): posts become articles, pages standard pages, "
        "with their authors, categories (as topics), tags, comments, images found under "
        "--media-dir and redirects from the old permalinks. Running it again updates in place."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="The WXR file (Tools → Export in WordPress).")
        parser.add_argument(
            "--media-dir",
            help="A copy of wp-content/uploads; attachment files are looked for here, never "
            "downloaded.",
        )
        parser.add_argument(
            "--parent",
            help="The articles index for the posts, by page id or path (default: the site's).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Do the whole import and report it, then roll it back: nothing is written.",
        )
        parser.add_argument(
            "--max-file-mb",
            type=positive,
            default=settings.WORDPRESS_IMPORT_MAX_FILE_MB,
            help="Refuse an export larger than this, before reading it (default: %(default)s).",
        )
        parser.add_argument(
            "--max-post-kb",
            type=positive,
            default=settings.WORDPRESS_IMPORT_MAX_POST_KB,
            help="Skip (and list) a post or page whose body or any other text is larger "
            "(default: %(default)s).",
        )

    def handle(
        self,
        export,
        media_dir=None,
        parent=None,
        dry_run=False,
        max_file_mb=None,
        max_post_kb=None,
        **options,
    ):
        bar = ProgressBar(self.stdout) if self.stdout.isatty() else None
        levels = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.WARNING)
        try:
            report = import_wordpress(
                export,
                media_dir=media_dir,
                parent=parent,
                dry_run=dry_run,
                progress=bar,
                max_file_mb=max_file_mb,
                max_post_kb=max_post_kb,
            )
        except (WXRError, ImportProblem) as error:
            raise CommandError(str(error)) from None
        except ImportStopped as error:  # the failed step rolled back; one line says what stays
            raise CommandError(str(error)) from error.error
        except Exception as error:  # nothing was committed yet: say so in one line
            message = " ".join(str(error).split()) or type(error).__name__
            raise CommandError(f"Import failed, nothing was written: {message}") from error
        finally:
            if bar:
                bar.close()
            for name, level in levels.items():
                logging.getLogger(name).setLevel(level)
        self.stdout.write("\n".join(report.lines()))
