from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from comments.invalidation import comments_changed
from comments.model_store import unlearn
from comments.models import Comment

ANONYMOUS = "Anonymous"
ERASED = "This comment was removed at its author's request."


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
        comments = list(Comment.objects.filter(email__iexact=email))
        if not comments:
            self.stdout.write(f"No comments from {email}: nothing to erase.")
            return
        with transaction.atomic():
            for comment in comments:  # the learning filter forgets their words too
                if comment.trained_as:
                    unlearn(comment.body, comment.website, comment.trained_as)
            ids = [c.pk for c in comments]
            with_replies = set(
                Comment.objects.filter(parent_id__in=ids).values_list("parent_id", flat=True)
            )
            deleted = 0
            if delete:
                deleted, _ = Comment.objects.filter(pk__in=set(ids) - with_replies).delete()
                ids = list(with_replies)
            anonymised = Comment.objects.filter(pk__in=ids).update(
                name=ANONYMOUS,
                email="",
                website="",
                body=ERASED,
                ip_address=None,
                user_agent="",
                trained_as="",
                proof="",  # the hash of their browser's key, and of their words
                fingerprint="",
            )
            comments_changed({comment.page_id for comment in comments})  # updated in bulk
        self.stdout.write(
            self.style.SUCCESS(
                f"Erased {len(comments)} comment(s) from {email}: "
                f"{deleted} deleted, {anonymised} anonymised."
            )
        )
