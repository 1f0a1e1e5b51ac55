"""The subscribers' admin pages (admin_views.py), their menu item, and the article button; and
what this app tells the comments app through its hooks (comments imports none of this app: the
layers in pyproject.toml)."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from articles.models import ArticlePage
from comments.verified import VERIFIED_HOOK

from . import admin_views
from .models import Address


@hooks.register("register_admin_urls")
def subscriber_urls():
    return [
        path("subscribers/", admin_views.subscribers, name="notifications_subscribers"),
        path("subscribers/export/", admin_views.export_ledger, name="notifications_export"),
        path("subscribers/test-send/", admin_views.test_send, name="notifications_test_send"),
        path("subscribers/notify/<int:page_id>/", admin_views.notify, name="notifications_notify"),
    ]


class SubscribersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_reports_menu_item")
def subscribers_menu_item():
    return SubscribersMenuItem(
        "Subscribers", reverse("notifications_subscribers"), icon_name="mail", order=60
    )


class NotifySubscribersButton(PageMenuItem):
    label = "Notify subscribers"
    icon_name = "mail"
    url_name = "notifications_notify"
    priority = 80

    def is_shown(self, user):
        return self.page.live and self.page.permissions_for_user(user).can_publish()


@hooks.register("register_page_header_buttons")
def notify_button(page, user, view_name, next_url=None):
    if page.specific_class is ArticlePage:
        yield NotifySubscribersButton(page=page)


@hooks.register(VERIFIED_HOOK)
def confirmed_addresses(emails: set[str]) -> list[str]:
    """The addresses among `emails` that followed their confirmation link and do not bounce
    (a suppressed address may belong to someone else by now)."""
    return list(
        Address.objects.filter(
            email__in=emails, confirmed_at__isnull=False, suppressed_at__isnull=True
        ).values_list("email", flat=True)
    )
