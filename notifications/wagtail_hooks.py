"""What the notifications app tells the comments app through its hooks (comments imports none
of this app: the layers in pyproject.toml)."""

from wagtail import hooks

from comments.verified import VERIFIED_HOOK

from .models import Address


@hooks.register(VERIFIED_HOOK)
def confirmed_addresses(emails: set[str]) -> list[str]:
    """The addresses among `emails` that followed their confirmation link and do not bounce
    (a suppressed address may belong to someone else by now)."""
    return list(
        Address.objects.filter(
            email__in=emails, confirmed_at__isnull=False, suppressed_at__isnull=True
        ).values_list("email", flat=True)
    )
