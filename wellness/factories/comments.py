"""Visitor comments, approved unless a test says otherwise; replies one level deeper."""

import factory

from comments.models import Comment


class CommentFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Reader {n}")
    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    body = factory.Sequence(lambda n: f"A thoughtful comment, number {n}.")
    status = "approved"
    parent = None
    depth = factory.LazyAttribute(lambda c: c.parent.depth + 1 if c.parent else 1)

    class Meta:
        model = Comment
