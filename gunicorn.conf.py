"""gunicorn settings for the production container; each can be overridden from the environment.

The scheme (http or https) is decided as Django's settings decide it (wellness/settings/
production.py), from the same two variables: with BEHIND_TLS_PROXY unset, no header is trusted
from anyone, so a client (or a same-host proxy passing a client's header on) cannot make a plain
HTTP request look secure; with BEHIND_TLS_PROXY=true, `X-Forwarded-Proto: https` is trusted from
FORWARDED_ALLOW_IPS only (addresses or networks, comma-separated; 127.0.0.1 and ::1 by default).
"""

import os

TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off", ""}


def env_bool(name: str) -> bool:
    """As wellness.settings.environment.env_bool reads it (this file cannot import Django)."""
    raw = os.environ.get(name, "")
    value = raw.strip().lower()
    if value not in TRUE_VALUES | FALSE_VALUES:
        raise ValueError(f"{name} must be a boolean (true/false), not {raw!r}.")
    return value in TRUE_VALUES


bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
accesslog = "-"
errorlog = "-"

if env_bool("BEHIND_TLS_PROXY"):
    secure_scheme_headers = {"X-FORWARDED-PROTO": "https"}
    forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
else:
    secure_scheme_headers = {}
    forwarded_allow_ips = ""
