"""Development: safe defaults for a laptop, never for a server."""

import warnings

from .base import *  # noqa: F403
from .environment import env_bool, env_int, env_list, env_str

DEBUG = env_bool("DEBUG", default=True)
SECRET_KEY = env_str("SECRET_KEY") or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

# Static files come from the finders here; there is no collectstatic output to serve.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")

# Off on a laptop so template edits show at once; PAGE_CACHE_SECONDS=600 to try it.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)

# Replies are gathered into one email for 5 minutes in production; 10 seconds to try it here.
NOTIFY_REPLY_DELAY_SECONDS = env_int("NOTIFY_REPLY_DELAY_SECONDS", 10)
