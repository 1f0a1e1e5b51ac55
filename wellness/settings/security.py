"""What every environment hardens: CSP, login lockout, admin path, uploads, availability.

Shared by every environment (imported by base.py); production.py adds the HTTPS-only settings.
Every value an operator can change is read from the environment.
"""

import re
from datetime import timedelta

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from PIL import Image

from .environment import env_bool, env_int, env_str

# --- Admin path: /admin/ unless ADMIN_URL says otherwise (e.g. "editors-7f3a/") -----------------
WAGTAIL_ADMIN_PATH = (env_str("ADMIN_URL", "admin/") or "admin/").strip("/") + "/"
if not re.fullmatch(r"[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*/", WAGTAIL_ADMIN_PATH):
    raise ImproperlyConfigured(
        f"ADMIN_URL must be a path such as 'admin/' or 'editors-7f3a/', not {WAGTAIL_ADMIN_PATH!r}."
    )

# --- Roles (articles/migrations/0008_roles.py): a workflow approval publishes by itself, so expert
# reviewers approve without holding the publish permission.
WAGTAIL_FINISH_WORKFLOW_ACTION = "articles.workflow_actions.publish_approved"

# --- Login lockout (django-axes): N failures for one username from one IP lock it out ----------
# AxesBackend (rather than AxesStandaloneBackend) also has ModelBackend's get_user, so tools that
# log in with the first backend (Wagtail's page test helpers) keep working.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
# Username *and* IP: a stranger elsewhere cannot lock a real editor out by guessing.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The client IP is REMOTE_ADDR, as for the comment rate limit (gunicorn does not rewrite it).

# --- Content-Security-Policy (django-csp) ------------------------------------------------------
# Public pages: no inline scripts (JSON-LD data blocks are not scripts), nothing from other hosts
# except embedded players in frames. MEDIA_ORIGIN adds the host of S3/CDN media to images.
MEDIA_ORIGIN = env_str("MEDIA_ORIGIN", "")
_media = [MEDIA_ORIGIN] if MEDIA_ORIGIN else []
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_media],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF, *_media],
        "frame-src": [SELF, "https:"],  # embed blocks (video players)
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# The Wagtail admin (7.4) still uses inline scripts and styles (wagtail/wagtail#1288, #7053),
# so its paths get this looser policy instead (see wellness.middleware.SiteCSPMiddleware).
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", *_media],
    }
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)

# --- Uploads: images limited in size, type and pixel count -------------------------------------
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("IMAGE_MAX_UPLOAD_MB", 10) * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)
# Every upload path (add, multiple upload, chooser, replace) decodes the file with Pillow while the
# form is cleaned: a file that only starts like an image is a form error, not a 500.
WAGTAILIMAGES_IMAGE_FORM_BASE = "articles.image_forms.ImageForm"
# Pillow's decompression-bomb guard: it warns above this and refuses above twice this, for every
# image opened anywhere (renditions, imports), not only admin uploads.
Image.MAX_IMAGE_PIXELS = WAGTAILIMAGES_MAX_IMAGE_PIXELS
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # non-file form data (Django's default, stated)

# --- Availability --------------------------------------------------------------------------------
RETRY_AFTER_SECONDS = env_int("RETRY_AFTER_SECONDS", 30)  # on the 503 page
# A Redis outage must not block comments: django-ratelimit lets requests through when it cannot
# count them (the cache is down) instead of answering 429 to everyone.
RATELIMIT_FAIL_OPEN = env_bool("RATELIMIT_FAIL_OPEN", default=True)

# --- Media on S3-compatible storage (django-storages) when a bucket is configured --------------
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL") or None  # MinIO, Scaleway, ...
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN") or None  # a CDN in front
    AWS_ACCESS_KEY_ID = env_str("AWS_ACCESS_KEY_ID") or None  # else the instance's role
    AWS_SECRET_ACCESS_KEY = env_str("AWS_SECRET_ACCESS_KEY") or None
    AWS_DEFAULT_ACL = None  # the bucket's policy decides
    AWS_S3_FILE_OVERWRITE = False
    AWS_QUERYSTRING_AUTH = False  # public images; private documents go through Wagtail's view
    MEDIA_STORAGE_BACKEND = "storages.backends.s3.S3Storage"
else:
    MEDIA_STORAGE_BACKEND = "django.core.files.storage.FileSystemStorage"
