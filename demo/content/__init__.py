"""Demo content for the Wellness publishing platform.

Plain Python data only: the demo loader turns these constants into authors, topics,
tags, books, articles, reviews, a reading list and standard pages. All people, books
and publishers are fictional. The health information is written for a general
audience and is not medical advice.

The text lives in modules by kind; import it from here (``content.ARTICLES``).
"""

from .articles import ARTICLES
from .books import BOOKS, REVIEWS
from .lists_and_pages import HOME, PAGES, READING_LISTS
from .people import AUTHORS, TAGS, TOPICS

__all__ = [
    "ARTICLES",
    "AUTHORS",
    "BOOKS",
    "HOME",
    "PAGES",
    "READING_LISTS",
    "REVIEWS",
    "TAGS",
    "TOPICS",
]
