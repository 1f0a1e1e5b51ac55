"""The site's URLs plus uploaded media, which the live server must serve (DEBUG is off in tests)."""

import re

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from wellness.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(
        rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
        serve,
        {"document_root": settings.MEDIA_ROOT},
    ),
    *site_urlpatterns,
]
