"""Tests: fast hashing, in-memory e-mail, media in a temporary folder."""

import tempfile
import warnings

from .base import *  # noqa: F403
from .environment import env_str

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="wellness-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if not env_str("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The suite's SQLite database lives in memory, shared by the live server's threads in
# SQLite's shared-cache mode, where a write lock taken up front (base.py, for the processes
# sharing a file) fails at once instead of waiting. tests/crossprocess runs the real settings.
DATABASES["default"].get("OPTIONS", {}).pop("transaction_mode", None)  # noqa: F405

# django-axes needs the request in authenticate(); the test client's login() has none. The login
# lockout tests turn it back on (tests/admin/test_login_protection.py).
AXES_ENABLED = False

# Static files come from the finders here; there is no collectstatic output to serve.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")

# A filter that learnt nothing stays empty (each test says what it learnt); the tests of the
# first use turn this on (tests/spam/test_first_use.py).
SPAM_STARTER_ON_FIRST_USE = False

# The page cache is off for the suite; tests/caching/test_page_cache.py turns it on where it is
# the subject.
PAGE_CACHE_SECONDS = 0
# The fragment cache is on in tests/pages/test_query_counts.py and tests/caching/test_page_cache.py.
FRAGMENT_CACHE_SECONDS = 0
