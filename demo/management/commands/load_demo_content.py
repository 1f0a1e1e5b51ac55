from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from demo.loader import DemoLoader

DEMO_USERNAME = "editor"
DEMO_PASSWORD = "wellness-demo"


class Command(BaseCommand):
    help = (
        "Build the demo site about craniosacral therapy (articles, reviews, a reading list, "
        "authors, topics). Safe to run again: existing content is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-editor",
            action="store_true",
            help="Do not create the demo editor account.",
        )

    def handle(self, *args, no_editor=False, **options):
        try:
            loader = DemoLoader().load()
        except Exception as error:  # one readable line; the transaction has rolled back
            raise CommandError(f"Demo content not loaded: {error}") from error
        created = ", ".join(f"{n} {kind}" for kind, n in sorted(loader.created.items()))
        self.stdout.write(
            self.style.SUCCESS(f"Demo content created: {created}")
            if created
            else "Demo content already present: nothing to do."
        )
        if not no_editor:
            self.ensure_editor()

    def ensure_editor(self):
        if not settings.DEBUG:
            self.stdout.write("No demo editor account: DEBUG is off (development only).")
            return
        User = get_user_model()
        if not User.objects.filter(username=DEMO_USERNAME).exists():
            User.objects.create_superuser(DEMO_USERNAME, "editor@example.org", DEMO_PASSWORD)
        self.stdout.write(
            f"Log in to the admin at http://127.0.0.1:8000/admin/ as "
            f"{DEMO_USERNAME!r} with the password {DEMO_PASSWORD!r} (development only)."
        )
