"""The comment section of a page, and how a comment's text and website are shown.

A page template asks for its section with `{% load comment_tags %}{% comment_section as
comments %}` and includes "comments/section.html"; the section is built once per request and
page (display.section_for), shared with the JSON-LD in the page's head.
"""

import re

from django import template
from django.utils.html import Urlizer, escape
from django.utils.safestring import mark_safe

from ..display import section_for
from ..text import display_url

register = template.Library()


@register.simple_tag(takes_context=True)
def comment_section(context):
    """The section of the page being rendered, with the form a failed post sent back."""
    page, request = context.get("page"), context.get("request")
    if page is None or request is None:
        return None
    return section_for(request, page, context.get("comment_form"))


class CommentUrlizer(Urlizer):
    """Django's urlizer, with the rel values that mark links in user content, and hosts that
    mix scripts (a lookalike of a known site) shown and linked in punycode."""

    url_template = '<a href="{href}" rel="nofollow ugc noopener">{url}</a>'

    def handle_word(self, word, **kwargs):
        if "." in word and not word.isascii():
            lead, middle, trail = self.trim_punctuation(word)
            shown = display_url(middle)
            if shown != middle:
                word = f"{lead}{shown}{trail}"
        return super().handle_word(word, **kwargs)


comment_urlizer = CommentUrlizer()


@register.filter
def comment_link(url: str) -> str:
    """A commenter's website as linked: its host in punycode when it mixes scripts."""
    return display_url(url or "")


# A link, an address or a domain has a ".", "@" or ":" with more of it after: text with none is
# only escaped (what the urlizer would do to it, word by word, at a fraction of the cost).
MAY_LINK = re.compile(r"[.@:]\S")


def paragraph_html(text: str) -> str:
    if MAY_LINK.search(text):
        text = comment_urlizer(text, trim_url_limit=60, autoescape=True)
    else:
        text = escape(text)
    return text.replace("\n", "<br>")


@register.filter(needs_autoescape=False)
def comment_text(text: str):
    """A comment as HTML: everything escaped, URLs linked (nofollow ugc), paragraphs kept."""
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return mark_safe("".join(f"<p>{paragraph_html(p.strip())}</p>" for p in paragraphs))
