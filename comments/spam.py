"""Deciding what happens to a new comment: publish, hold for a moderator, or send to spam.

"Hold first-time commenters" trusts an email only with proof that the sender is the person
whose comment was approved: the comment carries the hash of a secret kept in the sender's
browser (views.py), and a later comment from the same email goes straight through only when
an approved comment from that email carries the same hash. Typing a known name and address
proves nothing: such a comment is held like a first one.

The same text from many senders is a flood, however it is dressed (case, spacing,
punctuation, invisible characters, lookalike letters): each comment stores the hash of its
body's skeleton (text.py), and a comment whose hash is on NEAR_DUPLICATE_SENDERS or more
comments from other addresses in the last day goes to spam, found in one indexed query.

Every rule reads the text through one normalisation (normalise.py): a blocked phrase is found
with spaces, dots, invisible or look-alike characters between its letters, and links are
found in the normalised text (full-width, bare www.) and counted once (links.py). A blocked
phrase alone, with no link and no other sign of spam, may be a reader complaining about that
spam: such a comment is held for a moderator, not sent to spam.

The learning filter sends a comment to spam only above the site's spam threshold (a calibrated
probability: confident), and only with a sign of spam besides its language and a link
(`Model.spam_signs`: its words lean to spam, a link to an address or domain ending seen in spam,
two or more links, markup, a phone number, a blocked phrase, a messenger handle handed out,
an email address, a shortened link, money to be earned, stuffed keywords). A sign in the
comment's shape rather than its wording (classifier.STRUCTURAL_SIGNS: markup, the phone number
and the last five) sends it to spam at lower odds too, the threshold's divided by
classifier.STRUCTURAL_ODDS (`structural_bar`: 0.79 at the default threshold of 0.95): a
spammer's new wording does not hide a WhatsApp number or a sum to be earned. A confident
score from a link alone is held: it is what a short comment citing a source in a language the
filter barely knows looks like (a Japanese reader linking a cancer centre's page). Below the
threshold, a comment the filter finds more likely spam than not (above HOLD_ABOVE) is held for
a moderator rather than published, whatever the moderation mode, unless its sender is a proven
approved commenter: holding costs a moderator a glance, sending a genuine comment to spam
loses it.
"""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from . import akismet
from .classifier import sends_to_spam, structural_bar
from .links import count_links
from .model_store import spam_probability, spam_signs
from .models import Comment, CommentSettings, CommentStatus, ModerationMode
from .normalise import blocked_phrase
from .text import fingerprint

logger = logging.getLogger(__name__)


@dataclass
class Verdict:
    status: str
    reason: str = ""
    score: float | None = None


__all__ = ["Verdict", "assess", "blocked_phrase", "count_links"]


def is_blocked_email(email: str, blocked: list[str]) -> bool:
    email = email.casefold()
    domain = "@" + email.rpartition("@")[2]
    return email in blocked or domain in blocked


HOLD_ABOVE = 0.5  # the learning filter's probability above which a comment is held
NEAR_DUPLICATE_SENDERS = 3
NEAR_DUPLICATE_WINDOW = datetime.timedelta(hours=24)


def same_text_from_others(comment: Comment) -> int:
    """How many recent comments from other emails have this body's skeleton (capped)."""
    text_hash = fingerprint(comment.body)
    if not text_hash:
        return 0
    recent = Comment.objects.filter(
        fingerprint=text_hash, created_at__gte=timezone.now() - NEAR_DUPLICATE_WINDOW
    ).exclude(email__iexact=comment.email)
    return recent[:NEAR_DUPLICATE_SENDERS].count()


def trust_verdict(comment: Comment, score, verified: bool = False) -> Verdict:
    """Hold first-time commenters: publish only a sender proven to be an approved commenter,
    by the browser proof or by a verified-commenter token for this address (verified.py)."""
    approved = Comment.objects.approved().filter(email__iexact=comment.email)
    if verified and approved.exists():
        return Verdict(CommentStatus.APPROVED, "", score)
    if comment.proof and approved.filter(proof=comment.proof).exists():
        return Verdict(CommentStatus.APPROVED, "", score)
    if approved.exists():
        return Verdict(
            CommentStatus.PENDING,
            "known address, but not sent from a browser that commented as it before",
            score,
        )
    return Verdict(CommentStatus.PENDING, "first comment from this address", score)


def assess(comment: Comment, rules: CommentSettings, verified: bool = False) -> Verdict:
    """The status a new comment gets, and why. Spam checks come first, then moderation.

    `verified`: the sender's browser holds a verified-commenter token for the comment's
    address (verified.py)."""
    if is_blocked_email(comment.email, rules.blocked_email_list):
        return Verdict(CommentStatus.SPAM, "blocked email address")
    if comment.ip_address and comment.ip_address in rules.blocked_ip_list:
        return Verdict(CommentStatus.SPAM, "blocked IP address")
    score = spam_probability(comment.body, comment.website)
    links = count_links(comment.body, comment.name)
    phrase = blocked_phrase(rules.blocked_phrases, comment.body, comment.name, comment.website)
    duplicates = same_text_from_others(comment) >= NEAR_DUPLICATE_SENDERS
    confident = score is not None and score > rules.spam_threshold
    considered = score is not None and score > structural_bar(rules.spam_threshold)
    signs = spam_signs(comment.body, comment.website) if considered else []
    filter_says_spam = sends_to_spam(score, signs, rules.spam_threshold)
    if phrase:
        signs = [
            *([f"{links} link{'s' if links != 1 else ''}"] if links else []),
            *(["a website"] if comment.website else []),
            *(["in the name"] if blocked_phrase([phrase], comment.name) else []),
            *([f"learning filter {score:.0%}"] if filter_says_spam else []),
            *(["the same text from other addresses"] if duplicates else []),
        ]
        if signs:
            note = f"blocked phrase “{phrase}” ({', '.join(signs)})"
            return Verdict(CommentStatus.SPAM, note, score)
        return Verdict(
            CommentStatus.PENDING,
            f"blocked phrase “{phrase}”, but no link or other sign of spam: held",
            score,
        )
    if duplicates:
        return Verdict(
            CommentStatus.SPAM,
            f"same text as {NEAR_DUPLICATE_SENDERS} or more comments from other addresses "
            "in the last day",
        )
    if filter_says_spam:
        return Verdict(
            CommentStatus.SPAM, f"learning filter: {score:.0%} spam ({', '.join(signs)})", score
        )
    if settings.AKISMET_API_KEY and akismet.is_spam(comment) is True:
        return Verdict(CommentStatus.SPAM, "Akismet-compatible checker", score)

    if links > rules.max_links:
        return Verdict(CommentStatus.PENDING, f"{links} links (more than {rules.max_links})", score)
    if rules.moderation_mode == ModerationMode.HOLD_ALL:
        return Verdict(CommentStatus.PENDING, "every comment is held", score)
    uncertain = score is not None and score > HOLD_ABOVE
    if rules.moderation_mode == ModerationMode.HOLD_FIRST_TIME:
        verdict = trust_verdict(comment, score, verified)
        if verdict.status == CommentStatus.APPROVED or not uncertain:
            return verdict
    if confident:
        return Verdict(
            CommentStatus.PENDING,
            f"learning filter: {score:.0%} spam, but no sign of spam besides a link: held",
            score,
        )
    if uncertain:
        return Verdict(
            CommentStatus.PENDING,
            f"learning filter: {score:.0%} spam, below the spam threshold: held",
            score,
        )
    return Verdict(CommentStatus.APPROVED, "", score)
