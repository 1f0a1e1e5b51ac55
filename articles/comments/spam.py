"""Deciding what happens to a new comment: publish, hold for a moderator, or send to spam."""

import logging
import re
from dataclasses import dataclass

from django.conf import settings

from . import akismet
from .classifier import spam_probability
from .models import Comment, CommentSettings, CommentStatus, ModerationMode

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
        known = Comment.objects.approved().filter(email__iexact=comment.email).exists()
        if not known:
            return Verdict(CommentStatus.PENDING, "first comment from this address", score)
    return Verdict(CommentStatus.APPROVED, "", score)
