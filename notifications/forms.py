"""The follow form: an address, what to follow, how often; with its checks.

An address must be well formed and not at a throwaway mail service (the community list in
`disposable-email-domains`): a subscription to an inbox that vanishes within the hour only
bounces. The form's text has a version (follows.FORM_VERSION), recorded with each sign-up.
"""

from disposable_email_domains import blocklist
from django import forms

from comments.verified import normalise_address

from .follows import find_target
from .models import Frequency


class FollowForm(forms.Form):
    email = forms.EmailField(
        label="Your email address",
        max_length=254,
        error_messages={
            "required": "Enter your email address.",
            "invalid": "Enter an email address like name@example.com.",
        },
    )
    target = forms.CharField(  # a radio group in the page's markup
        widget=forms.HiddenInput, error_messages={"required": "Choose what to follow."}
    )
    frequency = forms.ChoiceField(
        choices=Frequency.choices,
        initial=Frequency.INSTANT,
        widget=forms.RadioSelect,
        label="How often",
        error_messages={"required": "Choose how often.", "invalid_choice": "Choose how often."},
    )
    source = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # A field people never see (hidden by the stylesheet, skipped by screen readers): robots
    # that fill every field are told nothing and sent nothing.
    website = forms.CharField(required=False, label="Leave this empty")

    def clean_email(self) -> str:
        email = normalise_address(self.cleaned_data["email"])
        domain = email.rpartition("@")[2]
        parts = domain.split(".")
        if any(".".join(parts[i:]) in blocklist for i in range(len(parts) - 1)):
            raise forms.ValidationError(
                "That address is at a disposable mail service. Please use an address you keep."
            )
        return email

    def clean_target(self):
        target = find_target(self.cleaned_data["target"])
        if target is None:
            raise forms.ValidationError("Choose what to follow.")
        return target
