"""Settings shared by every environment. Environment-specific modules import from here."""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .environment import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "articles",
    "comments",
    "feedback",  # "Did this page help you?": readers' answers, for editors and reviewers
    "notifications",  # email to readers: reply notifications, verified commenters, the outbox
    "demo",  # load_demo_content: the demo site, its pages and its comments
    "caching",
    "wordpress",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail_periodic_review",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    "django_tasks",  # Django 6's task framework, backported (Wagtail's tasks run through it too)
    "django_tasks_db",  # its queue in the database: the email worker (`manage.py db_worker`)
    "axes",  # admin login lockout (security.py)
    "storages",  # S3-compatible media when AWS_STORAGE_BUCKET_NAME is set (security.py)
]

MIDDLEWARE = [
    # First: the proxy's X-Forwarded-Proto counts only from FORWARDED_ALLOW_IPS, as in gunicorn.
    "wellness.middleware.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # What a browser may load and do: CSP (strict on the site, looser in the admin),
    # Permissions-Policy, a 503 page when the database is unreachable, 400 for NUL in addresses.
    "wellness.middleware.SiteCSPMiddleware",
    "wellness.middleware.PermissionsPolicyMiddleware",
    "wellness.middleware.DatabaseUnavailableMiddleware",
    "wellness.middleware.RejectNullBytesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # The page cache wraps every middleware that can set a cookie (sessions, CSRF, messages,
    # auth): it sees the final response, so a response setting any cookie is never stored or
    # marked public, and a cached page is served without them ever running (no Set-Cookie).
    # What adds headers to every response (above) runs on cache hits too.
    "caching.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "caching.sites.KnownSiteMiddleware",  # after the page cache: only for renders
    "caching.reads.ReadAheadMiddleware",  # site-wide values a render reads, in one read
    "caching.fragments.FragmentWritesMiddleware",  # a render's fragments in one write
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "wellness.urls"
WSGI_APPLICATION = "wellness.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL (postgres://user:pass@host:port/name), embedded SQLite by default.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The dev server, management commands and the shared cache write to one file from several
    # processes: take the write lock when a transaction begins (no deadlock between two
    # readers turning writers) and wait for it rather than fail with "database is locked".
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: every process of the site shares it, because what it holds decides what readers see
# (cached pages, retirement times, rate limits). Redis when REDIS_URL is set; the database
# otherwise (caching/backends.py), never one process's memory.
# django-redis rather than Django's own RedisCache: with IGNORE_EXCEPTIONS a Redis outage is a
# cache miss (pages keep serving, comments keep posting) instead of a 500 on every request.
REDIS_URL = env_str("REDIS_URL")
SHARED_CACHE_TABLE = "wellness_cache"
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "wellness"),
            "TIMEOUT": 600,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,  # seconds: an unreachable Redis costs little
                "SOCKET_TIMEOUT": 0.5,
                # Pages and fragments are stored lz4-compressed: the demo's pages shrink 2.5x
                # (article 41.9 KB -> 17.1 KB), so Redis holds more than twice the pages and
                # sends less per hit; decompressing costs ~0.3 ms per MB. Entries written
                # uncompressed (before this setting) are still read.
                "COMPRESSOR": "django_redis.compressors.lz4.Lz4Compressor",
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "caching.backends.SharedDatabaseCache",
            "LOCATION": SHARED_CACHE_TABLE,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "wellness"),
            "TIMEOUT": 600,
            # Expired rows go first; past this many, Django deletes a third of the rest.
            "OPTIONS": {"MAX_ENTRIES": 50_000},
        }
    }

# Full-page cache for anonymous readers (caching/): how long a rendered page may be
# served, here and by a shared cache in front (s-maxage). 0 turns it off. Publishing,
# comments and edits retire cached pages at once, so this only bounds what nothing purges.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# When a cached page is retired, one process renders it; meanwhile the others serve the
# retired copy for up to PAGE_CACHE_STALE_SECONDS after the change (never after a site-wide
# one), then wait up to PAGE_CACHE_WAIT_SECONDS for that render (caching/middleware.py).
PAGE_CACHE_STALE_SECONDS = 1.0
PAGE_CACHE_WAIT_SECONDS = 3.0
# What a response depends on when its view declares nothing (caching/tags.py): "listings" is
# retired by every change to published pages (articles/models/cached.py).
PAGE_CACHE_DEFAULT_TAGS = ["listings"]
# Cookies set for one visitor: a request carrying one is never answered from the cache.
PAGE_CACHE_PERSONAL_COOKIES = ["wellness_commenter"]
# A name for the running code (e.g. a commit id); by default a fingerprint of its files
# (caching/release.py). Either way, a deploy retires every cached page and fragment.
RELEASE = env_str("RELEASE", "")
# Parts of pages computed from many rows (an article's authors, related articles...), kept
# under the retirement times of what they depend on (caching/fragments.py). 0 turns it off.
FRAGMENT_CACHE_SECONDS = env_int("FRAGMENT_CACHE_SECONDS", 3600)
# `make bench` only: routes /bench/ceiling/, a minimal view to compare pages against.
BENCH_CEILING_VIEW = env_bool("BENCH_CEILING_VIEW", default=False)
PAGE_CACHE_SKIP_PATHS = [
    "/admin/",
    "/django-admin/",
    "/comments/",
    "/documents/",
    "/bench/",
    "/email/",
]

# A front-end cache in front of the site (Varnish, or a CDN) is purged by Wagtail on publish
# and by articles/invalidation.py on every other change readers can see.
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_URL"):  # Varnish, Fastly-like HTTP PURGE: http://varnish:6081
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_URL"),
    }
if env_str("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env_str("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env_str("CLOUDFLARE_BEARER_TOKEN"),
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

# Static files: `static/` holds the sources, `collectstatic` writes to STATIC_ROOT.
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = "/media/"
# Let Django serve uploaded media itself (a single-container deployment with a media volume).
# Behind a web server or with object storage, leave this off and serve media from there.
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# E-mail: console in development; SMTP settings from the environment in production.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
# Seconds: a mail server that stops answering fails the send (retried later by the outbox)
# instead of holding the email worker, and the email's row, for ever.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Wellness <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work (django-tasks, the backport of Django 6's django.tasks). Wagtail's own tasks
# (search and reference indexes) keep running at once in the request, as before; email to
# readers goes through the "email" backend, a queue in the site's database that a worker
# (`manage.py db_worker --backend email --queue-name email`) empties: never sent in a request.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "email": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["email"]},
}
# notifications/: how the outbox retries a failed send (seconds after each failed attempt;
# past the last, the email is given up), how long replies are gathered into one email, and
# how often an address or a sender's IP may ask for a confirmation link.
EMAIL_RETRY_DELAYS = [60, 300, 1800, 7200, 21600]
NOTIFY_REPLY_DELAY_SECONDS = env_int("NOTIFY_REPLY_DELAY_SECONDS", 300)
NOTIFY_CONFIRM_MAX_AGE = env_int("NOTIFY_CONFIRM_MAX_AGE", 3 * 24 * 3600)  # the link's life
NOTIFY_CONFIRM_RATE_PER_ADDRESS = (3, 24 * 3600)  # confirmation emails per address per day
NOTIFY_CONFIRM_RATE_PER_IP = (10, 3600)  # confirmation emails asked from one IP per hour
# Following by email: how long the "your data" link in an email works (it downloads and erases).
NOTIFY_DATA_LINK_MAX_AGE = env_int("NOTIFY_DATA_LINK_MAX_AGE", 30 * 24 * 3600)

# Wagtail
WAGTAIL_SITE_NAME = "Wellness"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "articles.WellnessImage"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Site search (articles/search/): "postgres" is the site's own index on PostgreSQL (weighted
# tsvector, GIN, pg_trgm, unaccent); "wagtail" searches through WAGTAILSEARCH_BACKENDS, as on
# SQLite. SEARCH_BACKEND_URL (http://opensearch:9200) moves the search to Wagtail's
# Elasticsearch/OpenSearch backend (needs the `elasticsearch` client package and
# `manage.py update_index`); README "Search at scale" says what changes.
if env_str("SEARCH_BACKEND_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": env_str("SEARCH_BACKEND", "wagtail.search.backends.elasticsearch8"),
            "URLS": [env_str("SEARCH_BACKEND_URL")],
            "INDEX": env_str("SEARCH_BACKEND_INDEX", "wellness"),
        }
    }
SEARCH_ENGINE = env_str("SEARCH_ENGINE") or (
    "postgres"
    if DATABASES["default"]["ENGINE"].endswith("postgresql") and not env_str("SEARCH_BACKEND_URL")
    else "wagtail"
)
if SEARCH_ENGINE not in ("postgres", "wagtail"):
    raise ImproperlyConfigured(f"SEARCH_ENGINE is 'postgres' or 'wagtail', not {SEARCH_ENGINE!r}")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAIL_DATE_FORMAT = "%d %b %Y"
# Nothing is fetched from other hosts at run time: no Gravatar avatars, no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
TAGGIT_CASE_INSENSITIVE = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# WordPress imports (manage.py import_wordpress): a larger export is refused before it is read;
# a post or page whose body (or any text) is larger is skipped and reported, not imported.
WORDPRESS_IMPORT_MAX_FILE_MB = env_int("WORDPRESS_IMPORT_MAX_FILE_MB", 200)
WORDPRESS_IMPORT_MAX_POST_KB = env_int("WORDPRESS_IMPORT_MAX_POST_KB", 2048)

SITEMAP_LIMIT = 1_000  # pages per sitemap part (sitemaps.org allows 50,000; Yoast SEO uses 1,000)

# Comments
COMMENT_RATE_LIMIT = env_str("COMMENT_RATE_LIMIT", "5/m")  # per IP address
FEEDBACK_RATE_LIMIT = env_str("FEEDBACK_RATE_LIMIT", "5/m")  # per IP address (kept hashed)
COMMENT_MIN_SECONDS = env_int("COMMENT_MIN_SECONDS", 3)  # faster than this is a bot
COMMENT_FORM_MAX_AGE = env_int("COMMENT_FORM_MAX_AGE", 2 * 24 * 3600)  # seconds
# The form token in the cached page works from anywhere for this long; after it, or from another
# network, the form comes back once with a token bound to the sender's network (comments/forms.py).
COMMENT_PAGE_TOKEN_MAX_AGE = env_int("COMMENT_PAGE_TOKEN_MAX_AGE", 3600)  # seconds
COMMENT_IP_RETENTION_DAYS = env_int("COMMENT_IP_RETENTION_DAYS", 30)
# A commenter may change or delete their comment from the browser that sent it for this long
# (comments/own.py); a link emailed to them gives their comments as a download, or erases
# them, for COMMENTER_DATA_LINK_MAX_AGE (comments/commenter_data.py).
COMMENT_EDIT_SECONDS = env_int("COMMENT_EDIT_SECONDS", 15 * 60)
COMMENTER_DATA_LINK_MAX_AGE = env_int("COMMENTER_DATA_LINK_MAX_AGE", 24 * 3600)
COMMENTER_DATA_RATE_PER_ADDRESS = (3, 24 * 3600)  # data emails per address per day
# A site whose spam filter has learnt nothing learns the starter set the first time a comment is
# scored (once, under a row lock: comments/model_store.py). Off in the test settings.
SPAM_STARTER_ON_FIRST_USE = env_bool("SPAM_STARTER_ON_FIRST_USE", True)
# Where the comment form's consent line links: the site's privacy notice.
PRIVACY_NOTICE_URL = env_str("PRIVACY_NOTICE_URL", "/privacy/")
# Conversations (a top-level comment with its replies) per page of comments: keeps a busy
# article's HTML small (under 60 KB with 300 comments) and quick to render.
COMMENTS_PER_PAGE = env_int("COMMENTS_PER_PAGE", 10)
# Replies shown under each conversation on a page of comments; past them, "Show all N replies"
# leads to the conversation alone, COMMENT_REPLIES_PER_PAGE replies a page (comments/display.py).
COMMENT_REPLIES_SHOWN = env_int("COMMENT_REPLIES_SHOWN", 10)
COMMENT_REPLIES_PER_PAGE = env_int("COMMENT_REPLIES_PER_PAGE", 50)
AKISMET_API_KEY = env_str("AKISMET_API_KEY", "")  # off unless set
AKISMET_URL = env_str("AKISMET_URL", "https://rest.akismet.com")
AKISMET_TIMEOUT = 3

from .security import *  # noqa: E402, F403 - what every environment hardens, kept apart

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # One line per background task is noise; failures are still logged as errors.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}
