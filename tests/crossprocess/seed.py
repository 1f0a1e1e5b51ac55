"""The content the cross-process tests start from, built once in its own process.

`SEED` runs in `manage.py shell -c` against the freshly migrated template database and prints
what the tests need (addresses, ids, the texts they look for) as JSON after "RESULT". Each test
has content of its own, so tests never depend on each other's changes.
"""

ADMIN_USERNAME = "crossprocess-editor"
ADMIN_PASSWORD = "a-long-and-correct-password-7431"

SEED = f"""
import datetime
import json

from django.apps import apps
from django.contrib.auth import get_user_model
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import PageViewRestriction

from comments.models import CommentSettings
from wellness.factories import CommentFactory, SiteTree, stream

tree = SiteTree()
site = tree.home.get_site()
for model in apps.get_models():  # made now, not by the first page a server renders
    if issubclass(model, BaseSiteSetting):
        model.for_site(site)
rules = CommentSettings.for_site(site)
rules.notify_moderators = False
rules.save()
author = tree.author(title="Hedda Lindgren")


def article(key, title, **kwargs):
    body = f"Body text of the {{key}} article, about slow breathing"
    page = tree.article(
        title=title,
        standfirst=f"Standfirst of the {{key}} article",
        body=stream(("paragraph", f"<p>{{body}}.</p>")),
        authors=[author],
        **kwargs,
    )
    return page, dict(id=page.pk, url=page.url, title=title, body=body)


seed = {{}}
page, seed["protect"] = article("protect", "Breathing through a headache")
page, seed["unprotect"] = article("unprotect", "Breathing for members only")
PageViewRestriction.objects.create(
    page=page, restriction_type=PageViewRestriction.PASSWORD, password="stillpoint"
)

page, seed["moderation"] = article("moderation", "Breathing and sleep: readers ask")
for key, status in [
    ("approve", "pending"),
    ("spam", "approved"),
    ("remove", "approved"),
    ("remove_in_admin", "approved"),
]:
    comment = CommentFactory(
        page=page,
        status=status,
        name=f"Commenter to {{key}}",
        email=f"{{key}}@example.org",
        body=f"This comment is one to {{key}}, about sleep.",
    )
    seed["moderation"][key] = dict(id=comment.pk, name=comment.name, body=comment.body)

page, seed["erase"] = article("erase", "Breathing with asthma")
erased = CommentFactory(
    page=page,
    name="Ingrid Halvorsen",
    email="ingrid.halvorsen@example.org",
    body="My inhaler and I have learnt to breathe slowly together.",
)
kept = CommentFactory(page=page, name="Pia Berg", body="Thank you, this is clear and kind.")
seed["erase"]["erased"] = dict(email=erased.email, name=erased.name, body=erased.body)
seed["erase"]["kept"] = dict(name=kept.name, body=kept.body)

page, seed["edit"] = article("edit", "Breathing at your desk")
page, seed["unpublish"] = article(
    "unpublish", "Cold water and the breath", date_published=datetime.date(2027, 6, 1)
)
page, seed["rate_limit"] = article("rate_limit", "Breathing on the night shift")

get_user_model().objects.create_superuser(
    "{ADMIN_USERNAME}", "crossprocess-editor@example.org", "{ADMIN_PASSWORD}"
)
print("RESULT" + json.dumps(seed))
"""
