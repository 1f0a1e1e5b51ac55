"""The demo's reader care: glossary terms the articles use, and readers' answers to "Did this
page help you?" on the first article (notes are what a reader might type; never public)."""

import datetime

from django.utils import timezone

from articles.models import GlossaryTerm
from feedback.models import Feedback

GLOSSARY = [
    (
        "placebo",
        "a dummy treatment that looks like the real one but should have no effect of its own",
    ),
    ("blinding", "keeping people in a trial from knowing who gets the real treatment"),
]

# (helpful, note, days ago)
ANSWERS = [
    (True, "", 1),
    (True, "", 2),
    (True, "", 4),
    (True, "", 6),
    (True, "", 9),
    (False, "I wanted to know how much a session costs.", 3),
    (False, "", 5),
    (
        False,
        "The section on the evidence says 2019 but the review you link to is from 2021. "
        "Which is right?",
        7,
    ),
]


def glossary(created) -> None:
    for term, definition in GLOSSARY:
        _, made = GlossaryTerm.objects.get_or_create(term=term, defaults={"definition": definition})
        if made:
            created["GlossaryTerm"] += 1


def feedback(page, created) -> None:
    if Feedback.objects.filter(page=page).exists():
        return
    now = timezone.now()
    for helpful, note, days in ANSWERS:
        answer = Feedback.objects.create(page=page, helpful=helpful, note=note)
        # auto_now_add fills in today; the demo's answers came in over the past days
        Feedback.objects.filter(pk=answer.pk).update(created_at=now - datetime.timedelta(days=days))
        created["Feedback"] += 1
