"""A URLconf with a view that fails, to see what readers get from a server error."""

from django.urls import include, path


def broken(request):
    raise RuntimeError("something broke")


urlpatterns = [path("broken/", broken), path("", include("wellness.urls"))]
