import pytest
from django.contrib.auth.models import Group

from comments.moderation import MODERATORS_GROUP

DESK = "/admin/comments/desk/"


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(
        "mo", "mo@example.org", "pw", first_name="Mo", last_name="Reyes"
    )
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def article(tree):
    return tree.article(title="On stillpoints")
