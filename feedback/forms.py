"""The "Did this page help you?" form: an answer, an optional note on "no", and the checks
that keep bots out, the comments' own (comments/forms.py): a honeypot field, and the signed
timestamp the cached page carries (too fast is a bot; too old is sent back to send again).
"""

import time

from django import forms
from django.conf import settings
from django.core import signing

from comments.forms import CONTROL_CHARS, SIGNER_SALT, form_token, page_token_max_age

from .models import NOTE_MAX_LENGTH

YES, NO = "yes", "no"


class FeedbackForm(forms.Form):
    answer = forms.ChoiceField(
        choices=[(YES, "Yes"), (NO, "No")],
        error_messages={
            "required": "Please answer yes or no.",
            "invalid_choice": "Please answer yes or no.",
        },
    )
    note = forms.CharField(
        required=False,
        label="What was missing or wrong? (optional)",
        help_text=f"Up to {NOTE_MAX_LENGTH} characters. Please do not include personal details: "
        "we cannot reply, and your note is never published.",
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    # Bots fill every field; people never see this one (hidden by CSS, skipped by tab).
    homepage = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(widget=forms.HiddenInput)

    # How each visible field is laid out (`{{ field.as_field_group }}`): the comments' layouts.
    FIELD_TEMPLATES = {
        "note": "comments/fields/field.html",
        "homepage": "comments/fields/trap.html",
    }

    def __init__(self, *args, **kwargs):
        # Its own ids: the comment form on the same page has a honeypot and a token too.
        kwargs.setdefault("auto_id", "feedback-%s")
        super().__init__(*args, **kwargs)
        for name, template_name in self.FIELD_TEMPLATES.items():
            self.fields[name].template_name = template_name
        if not self.is_bound:
            self.initial["started"] = form_token()

    def clean_note(self):
        note = self.cleaned_data.get("note", "").replace("\r\n", "\n")
        if CONTROL_CHARS.search(note.replace("\n", "").replace("\t", "")):
            raise forms.ValidationError(
                "Please remove the invisible control characters from your note."
            )
        note = note.strip()
        if len(note) > NOTE_MAX_LENGTH:
            raise forms.ValidationError(
                f"Please shorten your note to {NOTE_MAX_LENGTH} characters (it has {len(note)}). "
                "Your text is kept below."
            )
        return note

    def clean_started(self):
        try:
            started = signing.loads(
                self.cleaned_data["started"], salt=SIGNER_SALT, max_age=page_token_max_age()
            )
        except signing.SignatureExpired:
            raise forms.ValidationError(
                "This page was open for a long time. Please send your answer again."
            ) from None
        except signing.BadSignature:
            started = None
        if not isinstance(started, int | float):
            raise forms.ValidationError(
                "This form could not be checked. Please send your answer again."
            )
        if time.time() - float(started) < settings.COMMENT_MIN_SECONDS:
            raise forms.ValidationError(
                "That was quicker than anyone can read. Please wait a moment and send it again."
            )
        return started

    def clean(self):
        cleaned = super().clean()
        if self.data.get("homepage"):
            raise forms.ValidationError("Your answer could not be accepted.")
        if cleaned.get("answer") == YES:
            cleaned["note"] = ""  # a note goes with "no" only
        return cleaned

    def renew(self) -> None:
        """A fresh token for the form sent back, so sending it again is not refused as stale."""
        self.data = self.data.copy()
        self.data["started"] = form_token()

    @property
    def helpful(self) -> bool:
        return self.cleaned_data["answer"] == YES
