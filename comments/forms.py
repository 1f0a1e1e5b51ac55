"""The "Leave a reply" form: what a visitor may send, and the checks that keep bots out.

The form token (`started`) comes in two kinds, because the page holding the blank form is
cached and shared by every reader and so cannot carry anything of one reader:

- the *page token*, in the cached HTML: a signed timestamp and nothing else. It is accepted
  only while it is young (COMMENT_PAGE_TOKEN_MAX_AGE, one hour; the cached form fragment is
  re-rendered every TOKEN_REFRESH_SECONDS, so a page never hands out an old one), and it proves
  no more than "this form was fetched recently";
- the *address-bound token*, issued only in a re-rendered form (the answer to a POST, never
  cached): a signed timestamp with the sender's network (the /24 of an IPv4 address, the /48 of
  an IPv6 one) and the page. It lives as long as a form may stay open (COMMENT_FORM_MAX_AGE),
  but only from that network and for that page.

A reader who posts within the hour never notices; one who took longer, or whose page token
came from another network, gets the form back with their text, a message, and an
address-bound token: sending again posts it. A token lifted from the page, or from one
re-rendered form, therefore works for an hour from anywhere, or for two days from one
network, never for two days from 250 networks; each new network costs a bot a round trip
that the per-address rate limit counts.
"""

import ipaddress
import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.html import format_html
from wagtail import hooks
from wagtail.models import Site

from .models import MAX_BODY_LENGTH, MAX_DEPTH, Comment, CommentStatus
from .text import invisible_in_name, normalise_name, skeleton

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
# The salts keep the names from when comments lived in the articles app: tokens already in
# cached pages stay valid across the move.
SIGNER_SALT = "articles.comments.form-started"  # the page token
BOUND_SALT = "articles.comments.form-bound"  # the address-bound token
TOKEN_REFRESH_SECONDS = 600  # the blank form in the fragment cache is never older than this
STALE = "stale"  # the error code of a token that only needs renewing: the re-render renews it


def form_token() -> str:
    """The page token: a signed timestamp of when the form was shown (cached, shared)."""
    return signing.dumps(time.time(), salt=SIGNER_SALT)


def network_of(address: str | None) -> str:
    """The network an address belongs to for the form token: IPv4 /24, IPv6 /48."""
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return "unknown"
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def bound_token(page_id: int, address: str | None) -> str:
    """The address-bound token, for a form re-rendered in answer to a POST."""
    return signing.dumps(
        {"t": time.time(), "net": network_of(address), "page": page_id}, salt=BOUND_SALT
    )


def page_token_max_age() -> int:
    return min(settings.COMMENT_PAGE_TOKEN_MAX_AGE, settings.COMMENT_FORM_MAX_AGE)


def author_names():
    """The names of the site's authors, from the apps that know them (the content), through
    the `site_author_names` hook: `fn() -> iterable of names`."""
    for names in hooks.get_hooks("site_author_names"):
        yield from names()


def imitated_author(name: str) -> str | None:
    """The author of the site whose name `name` imitates (same skeleton, or contains it)."""
    mine = skeleton(name)
    if not mine:
        return None
    for title in author_names():
        theirs = skeleton(title)
        if theirs and (mine == theirs or (len(theirs) >= 8 and theirs in mine)):
            return title
    return None


def site_name(request) -> str:
    """The site's name as readers see it, for the consent line (the site's own, else the
    project's)."""
    site = Site.find_for_request(request)
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


def plain_text(value: str, allow_newlines: bool) -> str:
    """`value` stripped, refused with a clear message if it hides control characters."""
    if "\x00" in value or CONTROL_CHARS.search(value.replace("\n", "").replace("\t", "")):
        raise forms.ValidationError(
            "Please remove the invisible control characters from this text."
        )
    if not allow_newlines and ("\n" in value or "\r" in value):
        raise forms.ValidationError("Please keep this on one line.")
    return value.strip()


def comment_body(value: str) -> str:
    body = plain_text(value, allow_newlines=True).replace("\r\n", "\n")
    if not body:
        raise forms.ValidationError("Your comment is empty.")
    return body


class CommentForm(forms.ModelForm):
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    remember = forms.BooleanField(
        required=False, label="Remember my name and email on this device (sets a cookie)"
    )
    # Off unless ticked; the same for every reader (the blank form's fields are cached once for
    # the site). A first-time address gets a confirmation link first (notifications/).
    notify = forms.BooleanField(
        required=False,
        label="Email me when someone replies (we first send a link to confirm your address)",
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

    # How each visible field is laid out (`{{ field.as_field_group }}`); the rest: field.html.
    FIELD_TEMPLATES = {
        "remember": "comments/fields/check.html",
        "notify": "comments/fields/check.html",
        "consent": "comments/fields/check.html",
        "homepage": "comments/fields/trap.html",
    }

    def __init__(self, *args, page, address: str | None = None, site_name: str = "", **kwargs):
        self.page = page
        self.address = address  # the sender's IP address, for the address-bound token
        super().__init__(*args, **kwargs)
        self.fields["body"].label = "Comment"
        self.fields["consent"].label = format_html(
            "I agree that {} stores my name, email and comment to publish it and to contact me "
            'about it, as described in the <a href="{}">privacy notice</a>. Comments on health '
            "articles can reveal health information: share only what you are comfortable making "
            "public.",
            site_name or settings.WAGTAIL_SITE_NAME,
            settings.PRIVACY_NOTICE_URL,
        )
        for name, field in self.fields.items():
            field.template_name = self.FIELD_TEMPLATES.get(name, "comments/fields/field.html")
        if not self.is_bound:
            self.initial["started"] = form_token()

    def _plain(self, name: str, allow_newlines: bool) -> str:
        return plain_text(self.cleaned_data.get(name, ""), allow_newlines)

    def clean_name(self):
        name = self._plain("name", allow_newlines=False)
        hidden = invisible_in_name(name)
        if hidden:
            raise forms.ValidationError(
                f"Your name contains invisible characters ({', '.join(dict.fromkeys(hidden))}) "
                "that can make it look like someone else's. Please type it again without them."
            )
        name = normalise_name(name)
        if not name:
            raise forms.ValidationError("Please tell us your name (a first name is fine).")
        author = imitated_author(name)
        if author:
            raise forms.ValidationError(
                f"“{name}” looks like the name of {author}, one of our authors. Comments cannot "
                "be posted under an author's name: please use another name, or add an initial."
            )
        return name

    def clean_body(self):
        return comment_body(self.cleaned_data.get("body", ""))

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
        token = self.cleaned_data["started"]
        try:
            started = self._bound_token_time(token)
        except signing.BadSignature:  # not an address-bound token: a page token, or forged
            started = self._page_token_time(token)
        if time.time() - float(started) < settings.COMMENT_MIN_SECONDS:
            raise forms.ValidationError(
                "That was quicker than anyone can type. Please wait a moment and send it again."
            )
        return started

    def _bound_token_time(self, token: str) -> float:
        try:
            data = signing.loads(token, salt=BOUND_SALT, max_age=settings.COMMENT_FORM_MAX_AGE)
        except signing.SignatureExpired:
            raise self._stale("This form was open for too long.") from None
        if not isinstance(data, dict) or not isinstance(data.get("t"), float):
            raise signing.BadSignature("not an address-bound token")
        if data.get("net") != network_of(self.address) or data.get("page") != self.page.pk:
            raise self._stale("This form was opened from another network or page.")
        return data["t"]

    def _page_token_time(self, token: str) -> float:
        try:
            started = signing.loads(token, salt=SIGNER_SALT, max_age=page_token_max_age())
        except signing.SignatureExpired:
            raise self._stale("This form was open for too long.") from None
        except signing.BadSignature:
            raise forms.ValidationError(
                "This form could not be checked. Please send your comment again."
            ) from None
        if not isinstance(started, int | float):
            raise forms.ValidationError(
                "This form could not be checked. Please send your comment again."
            )
        return float(started)

    @staticmethod
    def _stale(why: str) -> forms.ValidationError:
        """A token to renew: the form comes back with the text and a token for this sender."""
        return forms.ValidationError(
            f"{why} Please send your comment again. Your text is kept below.", code=STALE
        )

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
        """Give the re-displayed form a fresh address-bound token (see the module docstring),
        so fixing a mistake never hits the timer, and sending again is checked against the
        network this answer went to.

        Errors are already computed, so the new token only affects what is rendered.
        """
        self.data = self.data.copy()
        self.data["started"] = bound_token(self.page.pk, self.address)


class CommentEditForm(forms.Form):
    """A commenter's new text for their own comment (own.py): checked as a new comment's is."""

    body = forms.CharField(
        label="Comment",
        required=False,  # an empty one gets comment_body's message, not Django's
        max_length=MAX_BODY_LENGTH,
        help_text="Plain text, up to 5,000 characters. Links are allowed.",
        widget=forms.Textarea(attrs={"rows": 8}),
    )

    def clean_body(self):
        return comment_body(self.cleaned_data.get("body", ""))
