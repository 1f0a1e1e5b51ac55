"""The demo's long-form articles, one module each, in publication order of the list."""

from .article_first_craniosacral_therapy_session import ARTICLE as _1
from .article_gentle_bodywork_tension_headaches_stress import ARTICLE as _2
from .article_what_is_craniosacral_therapy import ARTICLE as _0

ARTICLES = [_0, _1, _2]
