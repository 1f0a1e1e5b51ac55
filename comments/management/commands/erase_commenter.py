from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from comments.erasure import erase_commenter


class Command(BaseCommand):
    help = (
        "Erase everything a commenter sent, found by email. By default their comments are "
        "anonymised: name, email, website, IP address, browser and text are all replaced, so "
        "other people's replies keep their place. With --delete their comments are deleted; "
        "those that others replied to are anonymised instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The commenter's email address (any case).")
        parser.add_argument("--delete", action="store_true", help="Delete rather than anonymise.")

    def handle(self, email, delete=False, **options):
        email = email.strip()
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"“{email}” is not an email address.") from None
        erased = erase_commenter(email, delete=delete)
        if not erased.comments:
            self.stdout.write(f"No comments from {email}: nothing to erase.")
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Erased {erased.comments} comment(s) from {email}: "
                f"{erased.deleted} deleted, {erased.anonymised} anonymised."
            )
        )
