"""The "Leave a reply" form: what a visitor may send, and the checks that keep bots out."""

import re
import time

from django import forms
from django.conf import settings
from django.core import signing

from .models import MAX_DEPTH, Comment, CommentStatus

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
SIGNER_SALT = "articles.comments.form-started"


def form_token() -> str:
    """A signed timestamp: when the form was shown. It cannot be forged or reused forever."""
    return signing.dumps(time.time(), salt=SIGNER_SALT)


class CommentForm(forms.ModelForm):
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    remember = forms.BooleanField(
        required=False, label="Remember my name and email on this device (sets a cookie)"
    )
    consent = forms.BooleanField(
        required=True,
        error_messages={
            "required": "Please agree to us storing your comment, name and email, "
            "or we cannot publish it."
        },
    )
    # Bots fill every field; people never see this one (hidden by CSS, skipped by tab).
    homepage = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(widget=forms.HiddenInput)
    website = forms.URLField(
        required=False,
        assume_scheme="https",
        label="Website (optional)",
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )

    class Meta:
        model = Comment
        fields = ["name", "email", "website", "body"]
        labels = {"name": "Name", "email": "Email"}
        help_texts = {
            "email": "Required, never published.",
            "body": "Plain text, up to 5,000 characters. Links are allowed.",
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "body": forms.Textarea(attrs={"rows": 8}),
        }

    def __init__(self, *args, page, **kwargs):
        self.page = page
        super().__init__(*args, **kwargs)
        self.fields["body"].label = "Comment"
        if not self.is_bound:
            self.initial["started"] = form_token()

    def _plain(self, name: str, allow_newlines: bool) -> str:
        value = self.cleaned_data.get(name, "")
        if "\x00" in value or CONTROL_CHARS.search(value.replace("\n", "").replace("\t", "")):
            raise forms.ValidationError(
                "Please remove the invisible control characters from this text."
            )
        if not allow_newlines and ("\n" in value or "\r" in value):
            raise forms.ValidationError("Please keep this on one line.")
        return value.strip()

    def clean_name(self):
        name = self._plain("name", allow_newlines=False)
        if not name:
            raise forms.ValidationError("Please tell us your name (a first name is fine).")
        return name

    def clean_body(self):
        body = self._plain("body", allow_newlines=True).replace("\r\n", "\n")
        if not body:
            raise forms.ValidationError("Your comment is empty.")
        return body

    def clean_website(self):
        return self._plain("website", allow_newlines=False)

    def clean_parent(self):
        parent_id = self.cleaned_data.get("parent")
        if parent_id is None:
            return None
        parent = (
            Comment.objects.filter(
                pk=parent_id, page_id=self.page.pk, status=CommentStatus.APPROVED
            )
            .only("pk", "depth", "page_id", "name")
            .first()
        )
        if parent is None:
            raise forms.ValidationError(
                "The comment you are replying to is not available. "
                "Your text is kept below: post it as a new comment."
            )
        if parent.depth >= MAX_DEPTH:
            raise forms.ValidationError(
                "Replies can only go three levels deep: reply to the comment above instead."
            )
        return parent

    def clean_started(self):
        try:
            started = signing.loads(
                self.cleaned_data["started"],
                salt=SIGNER_SALT,
                max_age=settings.COMMENT_FORM_MAX_AGE,
            )
        except signing.SignatureExpired:
            raise forms.ValidationError(
                "This form was open for too long. Please send your comment again."
            ) from None
        except signing.BadSignature:
            raise forms.ValidationError(
                "This form could not be checked. Please send your comment again."
            ) from None
        if time.time() - float(started) < settings.COMMENT_MIN_SECONDS:
            raise forms.ValidationError(
                "That was quicker than anyone can type. Please wait a moment and send it again."
            )
        return started

    def clean(self):
        cleaned = super().clean()
        if self.data.get("homepage"):
            raise forms.ValidationError("Your comment could not be accepted.")
        body, email = cleaned.get("body"), cleaned.get("email")
        if body and email and self._is_duplicate(body, email):
            raise forms.ValidationError("You have already posted this comment here.")
        return cleaned

    def _is_duplicate(self, body: str, email: str) -> bool:
        return (
            Comment.objects.filter(page_id=self.page.pk, email__iexact=email, body=body)
            .exclude(status=CommentStatus.REMOVED)
            .exists()
        )

    @property
    def has_visible_errors(self) -> bool:
        return any(field.errors for field in self.visible_fields())

    def refresh_token(self) -> None:
        """Give the re-displayed form a fresh timestamp, so fixing a mistake never hits the timer.

        Errors are already computed, so the new token only affects what is rendered.
        """
        self.data = self.data.copy()
        self.data["started"] = form_token()
