"""Authors: the writers and expert reviewers credited on the content."""

import factory
import wagtail_factories

from articles.models import AuthorPage


class AuthorPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Author Number{n}")
    role = "writer"
    credentials = "RN, MSc"
    short_bio = "Writes about gentle therapies."
    bio = "<p>A longer biography.</p>"

    class Meta:
        model = AuthorPage
