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
"""

import datetime
import logging
import re
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from . import akismet
from .classifier import spam_probability
from .models import Comment, CommentSettings, CommentStatus, ModerationMode
from .text import fingerprint

logger = logging.getLogger(__name__)
LINK_RE = re.compile(r"https?://|www\.|<\s*a\s|\[url", re.IGNORECASE)


@dataclass
class Verdict:
    status: str
    reason: str = ""
    score: float | None = None


def count_links(*texts: str) -> int:
    return sum(len(LINK_RE.findall(text)) for text in texts if text)


def is_blocked_email(email: str, blocked: list[str]) -> bool:
    email = email.casefold()
    domain = "@" + email.rpartition("@")[2]
    return email in blocked or domain in blocked


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


def trust_verdict(comment: Comment, score) -> Verdict:
    """Hold first-time commenters: publish only a sender proven to be an approved commenter."""
    approved = Comment.objects.approved().filter(email__iexact=comment.email)
    if comment.proof and approved.filter(proof=comment.proof).exists():
        return Verdict(CommentStatus.APPROVED, "", score)
    if approved.exists():
        return Verdict(
            CommentStatus.PENDING,
            "known address, but not sent from a browser that commented as it before",
            score,
        )
    return Verdict(CommentStatus.PENDING, "first comment from this address", score)


def assess(comment: Comment, rules: CommentSettings) -> Verdict:
    """The status a new comment gets, and why. Spam checks come first, then moderation."""
    if is_blocked_email(comment.email, rules.blocked_email_list):
        return Verdict(CommentStatus.SPAM, "blocked email address")
    if comment.ip_address and comment.ip_address in rules.blocked_ip_list:
        return Verdict(CommentStatus.SPAM, "blocked IP address")
    text = f"{comment.name}\n{comment.website}\n{comment.body}".casefold()
    for phrase in rules.blocked_phrases:
        if phrase in text:
            return Verdict(CommentStatus.SPAM, f"blocked phrase “{phrase}”")
    if same_text_from_others(comment) >= NEAR_DUPLICATE_SENDERS:
        return Verdict(
            CommentStatus.SPAM,
            f"same text as {NEAR_DUPLICATE_SENDERS} or more comments from other addresses "
            "in the last day",
        )

    score = spam_probability(comment.body, comment.website)
    if score is not None and score > rules.spam_threshold:
        return Verdict(CommentStatus.SPAM, f"learning filter: {score:.0%} spam", score)
    if settings.AKISMET_API_KEY and akismet.is_spam(comment) is True:
        return Verdict(CommentStatus.SPAM, "Akismet-compatible checker", score)

    links = count_links(comment.body, comment.name)
    if links > rules.max_links:
        return Verdict(CommentStatus.PENDING, f"{links} links (more than {rules.max_links})", score)
    if rules.moderation_mode == ModerationMode.HOLD_ALL:
        return Verdict(CommentStatus.PENDING, "every comment is held", score)
    if rules.moderation_mode == ModerationMode.HOLD_FIRST_TIME:
        return trust_verdict(comment, score)
    return Verdict(CommentStatus.APPROVED, "", score)
