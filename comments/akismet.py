"""An optional Akismet-compatible checker (off unless AKISMET_API_KEY is set).

Akismet's comment-check API: POST form fields to {AKISMET_URL}/1.1/comment-check; the answer is
"true" (spam) or "false". Any failure (network, timeout, odd answer) gives no opinion, so the
comment falls through to the site's own rules.
"""

import logging
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings

logger = logging.getLogger(__name__)


def is_spam(comment) -> bool | None:
    data = urllib.parse.urlencode(
        {
            "api_key": settings.AKISMET_API_KEY,
            "blog": settings.WAGTAILADMIN_BASE_URL,
            "user_ip": comment.ip_address or "",
            "user_agent": comment.user_agent,
            "comment_type": "reply" if comment.parent_id else "comment",
            "comment_author": comment.name,
            "comment_author_email": comment.email,
            "comment_author_url": comment.website,
            "comment_content": comment.body,
        }
    ).encode()
    url = settings.AKISMET_URL.rstrip("/") + "/1.1/comment-check"
    try:
        with urllib.request.urlopen(url, data=data, timeout=settings.AKISMET_TIMEOUT) as response:
            answer = response.read(100).decode().strip()
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        logger.warning("Akismet-compatible check failed: %s", error)
        return None
    if answer in {"true", "false"}:
        return answer == "true"
    logger.warning("Akismet-compatible check gave an unexpected answer: %r", answer[:100])
    return None
