"""`{% follow_form page topics authors %}`: the "follow by email" form on a page.

It offers the whole site, and the topics and authors passed (an article's), or the page
itself on a topic or author page. It reads nothing from the database and holds nothing
personal (no CSRF token: see views.follow), so the page stays the same for every reader and
cacheable.
"""

from django import template

from ..follows import FORM_TEXT, targets_on
from ..models import Frequency

register = template.Library()


@register.inclusion_tag("notifications/follow_form.html")
def follow_form(page, topics=(), authors=(), form=None, chosen=""):
    targets = targets_on(page, topics, authors)
    return {
        "page": page,
        "targets": targets,
        "chosen": chosen or targets[-1].key,  # the narrowest: this topic, this author
        "frequencies": Frequency.choices,
        "form": form,
        "form_text": FORM_TEXT,
    }
