"""The content checks in the editor: a read-only panel and a warning after each save.

Neither ever blocks saving or publishing; a failing check shows as a note, never an error page.
"""

import logging

from django.contrib import messages
from wagtail.admin.panels import Panel

from .checks import check_page, reading_target, site_for
from .readability import reading_level

logger = logging.getLogger(__name__)

KIND_NAMES = {  # kind: (one, many)
    "spam_phrase": ("blocklisted spam phrase", "blocklisted spam phrases"),
    "foreign_script": ("run of text in another script", "runs of text in another script"),
    "new_domain": ("link to a new domain", "links to new domains"),
    "missing_alt": ("image without alt text", "images without alt text"),
    "unsourced_claim": ("health claim without a source", "health claims without a source"),
    "heading_level": ("heading that skips a level", "headings that skip a level"),
    "reading_level": ("reading level above the target", "reading levels above the target"),
    "long_sentence": ("long sentence", "long sentences"),
}


class ContentChecksPanel(Panel):
    """Lists what the content checks found in the draft being edited, with where and why."""

    def __init__(self, heading="Content checks", icon="warning", **kwargs):
        super().__init__(heading=heading, icon=icon, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtailadmin/panels/content_checks.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            if page is None or page.pk is None:
                return {**context, "not_saved": True}
            try:
                flags = check_page(page)
            except Exception as error:
                logger.exception("Content checks could not run on page %s", page.pk)
                return {**context, "error": str(error) or type(error).__name__}
            return {
                **context,
                "flags": flags,
                "summary": summary(flags),
                "reading": reading_level(getattr(page, "body", None) or []),
                "target": reading_target(site_for(page)),
            }


def summary(flags) -> str:
    """'2 blocklisted spam phrases, 1 health claim without a source'."""
    counts: dict[str, int] = {}
    for flag in flags:
        counts[flag.kind] = counts.get(flag.kind, 0) + 1
    return ", ".join(
        f"{n} {KIND_NAMES.get(kind, (kind, kind))[n != 1]}" for kind, n in counts.items()
    )


def warn_after_save(request, page):
    """For `after_create_page` and `after_edit_page`: one warning when the checks flag the page.

    Returns None, so Wagtail carries on as usual (a hook's response would replace its own).
    """
    try:
        flags = check_page(page)
    except Exception:
        logger.exception("Content checks could not run on page %s", page.pk)
        return None
    if flags:
        things = "thing" if len(flags) == 1 else "things"
        when = "on this published page" if is_published(page) else "before publishing"
        messages.warning(
            request,
            f"Content checks found {len(flags)} {things} to look at {when}: {summary(flags)}; "
            f"see the Content checks panel.",
        )
    return None


def is_published(page) -> bool:
    return bool(page.live and not page.has_unpublished_changes)
