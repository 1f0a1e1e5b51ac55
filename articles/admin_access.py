"""What each role may see of the admin beyond its own area: the page chooser, and logging out.

- The page chooser lists only the pages the person may see in the page explorer (Wagtail's
  `explorable_instances`: where they hold a page permission, and the way down to it). Editors and
  publishers see the whole tree, drafts included; comment moderators and expert reviewers, who
  hold no page permission, see none, not even a draft's title. The page the chooser opens on
  (shown as its heading) and its "chosen" answer are refused too when not explorable
  (`admin_urls` below, in place of Wagtail's own routes).
- Logging out of the admin is a POST, as in Django. Wagtail's view deletes the session cookie on
  any method, a GET answered 405 included, leaving the session alive on the server; here a GET
  changes nothing at all.
"""

from django.contrib.auth import views as auth_views
from django.http import Http404
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views import chooser
from wagtail.admin.views.account import LogoutView as WagtailLogoutView
from wagtail.permission_policies.pages import PagePermissionPolicy


def explorable_pages(user):
    return PagePermissionPolicy().explorable_instances(user)


def restrict_page_chooser(pages, request):
    """`construct_page_chooser_queryset`: the pages this person may see in the explorer."""
    return pages.filter(pk__in=explorable_pages(request.user).values("pk"))


class BrowseView(chooser.BrowseView):
    """The chooser opens on a page shown as its heading: the root, or a page one may explore."""

    def get_object_list(self):
        parent = self.parent_page
        if not parent.is_root() and not explorable_pages(self.request.user).filter(pk=parent.pk):
            raise Http404
        return super().get_object_list()


class ChosenMultipleView(chooser.ChosenMultipleView):
    """The titles of chosen pages, only for pages the person may see in the explorer."""

    def get(self, request):
        wanted = {pk for pk in request.GET.getlist("id") if pk.isdigit()}
        allowed = explorable_pages(request.user).filter(pk__in=wanted).values_list("pk", flat=True)
        if len(wanted) != len(set(allowed)):
            raise Http404
        return super().get(request)


class LogoutView(WagtailLogoutView):
    """Wagtail's logout for a POST; anything else is Django's answer (405), with no side effect."""

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST":
            return super().dispatch(request, *args, **kwargs)
        return auth_views.LogoutView.dispatch(self, request, *args, **kwargs)


def admin_urls():
    """Routes that take the place of Wagtail's own (include them before the admin's)."""

    def admin_view(view):
        return never_cache(require_admin_access(view))

    browse = admin_view(BrowseView.as_view())
    return [
        path("logout/", LogoutView.as_view()),
        path("choose-page/", browse),
        path("choose-page/<int:parent_page_id>/", browse),
        path("choose-page/chosen-multiple/", admin_view(ChosenMultipleView.as_view())),
    ]
