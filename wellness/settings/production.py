"""Production: everything secret or site-specific must come from the environment."""

import sys

from .base import *  # noqa: F403
from .base import LOGGING
from .environment import env_bool, env_int, env_list, env_required, env_str
from .security import MEDIA_STORAGE_BACKEND

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = env_required("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in env_required("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

STORAGES = {
    "default": {"BACKEND": MEDIA_STORAGE_BACKEND},  # S3 when AWS_STORAGE_BUCKET_NAME is set
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS only. With these defaults `manage.py check --deploy` reports nothing
# (tests/security/test_security_headers.py).
# Behind a proxy that terminates TLS, set BEHIND_TLS_PROXY=true so Django trusts its
# X-Forwarded-Proto header, from FORWARDED_ALLOW_IPS only (wellness.middleware's
# TrustedProxyMiddleware), exactly as gunicorn.conf.py makes gunicorn trust it; make sure the
# proxy overwrites that header.
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the container healthcheck speaks plain HTTP
if env_bool("BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    FORWARDED_ALLOW_IPS = env_list("FORWARDED_ALLOW_IPS", ["127.0.0.1", "::1"])
X_FRAME_OPTIONS = "DENY"

# Structured logs: one JSON object per line on stdout (LOG_FORMAT=plain for humans).
LOGGING = {
    **LOGGING,
    "formatters": {
        **LOGGING["formatters"],
        "json": {"()": "wellness.log_format.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": sys.stdout,
            "formatter": "json" if env_str("LOG_FORMAT", "json") == "json" else "plain",
        }
    },
}
