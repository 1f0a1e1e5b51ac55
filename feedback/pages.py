"""Which pages ask "Did this page help you?": every article and book review."""

from articles.models import ArticlePage, BookReviewPage

ASKING = (ArticlePage, BookReviewPage)


def asks_for_feedback(page) -> bool:
    return isinstance(page, ASKING)
