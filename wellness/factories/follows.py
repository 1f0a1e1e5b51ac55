"""Readers who follow by email: confirmed unless a test says otherwise, with their address."""

import factory
from django.utils import timezone

from notifications.follows import consent_text, site_target
from notifications.models import Address, Follow, Frequency


def follow_target(topic=None, author=None) -> dict:
    if topic is not None:
        return {"target": f"topic-{topic.pk}", "target_name": f"New articles on {topic.title}"}
    if author is not None:
        return {"target": f"author-{author.pk}", "target_name": f"New articles by {author.title}"}
    target = site_target()
    return {"target": target.key, "target_name": target.name}


class FollowFactory(factory.django.DjangoModelFactory):
    """`FollowFactory(topic=t)`, `FollowFactory(author=a)`, or the whole site by default."""

    email = factory.Sequence(lambda n: f"follower{n}@example.org")
    frequency = Frequency.INSTANT
    topic = None
    author = None
    target = factory.LazyAttribute(lambda f: follow_target(f.topic, f.author)["target"])
    target_name = factory.LazyAttribute(lambda f: follow_target(f.topic, f.author)["target_name"])
    consent = factory.LazyFunction(consent_text)
    confirmed_at = factory.LazyFunction(timezone.now)
    source_url = "/"

    class Meta:
        model = Follow

    @factory.post_generation
    def address(self, create, extracted, **kwargs):
        """The address, confirmed when the follow is (as following its link does)."""
        if create:
            Address.objects.get_or_create(
                email=self.email, defaults={"confirmed_at": self.confirmed_at}
            )


def confirmed_followers(count: int, **kwargs) -> None:
    """`count` confirmed followers of the whole site (or `topic=`/`author=`), in bulk."""
    now = timezone.now()
    consent = consent_text()
    target = follow_target(kwargs.get("topic"), kwargs.get("author"))
    emails = [f"reader{i}@example.org" for i in range(count)]
    Address.objects.bulk_create(
        [Address(email=email, confirmed_at=now) for email in emails], ignore_conflicts=True
    )
    Follow.objects.bulk_create(
        [
            Follow(
                email=email,
                consent=consent,
                confirmed_at=now,
                frequency=Frequency.INSTANT,
                source_url="/",
                **target,
                **kwargs,
            )
            for email in emails
        ],
        batch_size=1000,
    )
