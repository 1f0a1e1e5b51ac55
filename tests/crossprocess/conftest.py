"""Two real server processes per configuration, on one throwaway database, and third processes.

Configurations (the `deployment` fixture's parameters; select one with `-k "[no-redis]"`):

- redis:    production settings, two gunicorn instances sharing Redis (db 15, own key prefix).
- no-redis: production settings without REDIS_URL, two gunicorn instances.
- dev:      `make run`: development settings, no Redis, two `manage.py runserver --noreload`.

The database is the kind the suite runs on: a temporary SQLite file when DATABASE_URL is empty,
else a throwaway PostgreSQL database on DATABASE_URL's server. It is migrated and seeded once
per session (`manage.py migrate`, then `manage.py shell -c` with tests/crossprocess/seed.py)
and each configuration gets its own copy, so one configuration's changes never leak into the
next. Each configuration's servers start once and serve every test module.
"""

import os
import shutil
import signal
import subprocess
import tempfile
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from .seed import SEED
from .servers import (
    GUNICORN,
    PYTHON,
    RATE_LIMIT,
    REDIS_URL,
    ROOT,
    SETUP_TIMEOUT,
    Databases,
    Deployment,
    Server,
    base_environment,
    delete_redis_keys,
    die_with_parent,
    free_port,
    last_json,
    redis_answers,
    run,
    shell,
)


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "crossprocess: two real server processes and a third one changing content "
        "(tests/crossprocess; several seconds each configuration)",
    )


@dataclass(frozen=True)
class Configuration:
    settings: str
    redis: bool
    server: str  # "gunicorn" or "runserver"
    page_cache: bool


CONFIGURATIONS = {
    "redis": Configuration("wellness.settings.production", True, "gunicorn", True),
    "no-redis": Configuration("wellness.settings.production", False, "gunicorn", True),
    "dev": Configuration("wellness.settings.dev", False, "runserver", False),
}


@pytest.fixture(autouse=True)
def fresh_cache():
    """Replaces tests/conftest.py's: these tests use no cache in this process, and clearing it
    (a FLUSHDB when the suite runs with REDIS_URL) would empty the servers' shared Redis."""
    yield


def interrupt(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


@pytest.fixture(scope="session")
def workspace():
    """A temporary folder for databases, logs, static and media files. While it exists, SIGTERM
    interrupts the run as Ctrl-C does, so the finalizers stop the servers and drop the databases."""
    folder = Path(tempfile.mkdtemp(prefix="wellness-crossprocess-"))
    previous = signal.getsignal(signal.SIGTERM)
    if previous == signal.SIG_DFL and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, interrupt)
    try:
        yield folder
    finally:
        if signal.getsignal(signal.SIGTERM) is interrupt:
            signal.signal(signal.SIGTERM, previous)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def databases(workspace):
    found = Databases(os.environ.get("DATABASE_URL", "").strip(), workspace)
    try:
        yield found
    finally:
        found.drop_all()


def site_environment(
    configuration: Configuration, database_url: str, workspace: Path, prefix: str
) -> dict:
    settings = {
        "DJANGO_SETTINGS_MODULE": configuration.settings,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL if configuration.redis else "",
        "CACHE_KEY_PREFIX": prefix,
        "COMMENT_MIN_SECONDS": 0,
        "COMMENT_RATE_LIMIT": RATE_LIMIT,
        "LOG_LEVEL": "WARNING",
        "MEDIA_ROOT": workspace / "media",
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        # These sites' comments are judged by the rules alone, as they were written for.
        "SPAM_STARTER_ON_FIRST_USE": 0,
    }
    if configuration.settings.endswith(".production"):
        settings.update(
            SECRET_KEY="crossprocess-" + prefix + "-not-a-real-secret-key-but-long-enough-0123",
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SECURE_SSL_REDIRECT=0,
            SECURE_COOKIES=0,
            SECURE_HSTS_SECONDS=0,
            PAGE_CACHE_SECONDS=600,
            STATIC_ROOT=workspace / "static",
        )
    # dev: no PAGE_CACHE_SECONDS, as `make run` (development settings make it 0).
    return base_environment(**settings)


@pytest.fixture(scope="session")
def seeded(databases, workspace):
    """The template database: migrated, static files collected (production settings need their
    manifest), and seeded; what the seed printed."""
    url = databases.create("template")
    env = site_environment(CONFIGURATIONS["no-redis"], url, workspace, "seed")
    collect = subprocess.Popen(  # meanwhile; it needs no database
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=die_with_parent,
    )
    try:
        run(env, "migrate", "--noinput", "-v", "0", timeout=SETUP_TIMEOUT)
        seed = last_json(shell(env, SEED, timeout=SETUP_TIMEOUT))
        _, errors = collect.communicate(timeout=SETUP_TIMEOUT)
        if collect.returncode:
            raise RuntimeError(f"collectstatic failed:\n{errors[-3000:]}")
    finally:
        if collect.poll() is None:
            collect.kill()
            collect.wait()
    return seed


def server_command(configuration: Configuration, port: int) -> list[str]:
    if configuration.server == "runserver":
        return [PYTHON, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]
    return [
        GUNICORN,
        "wellness.wsgi:application",
        "--config",
        "gunicorn.conf.py",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "1",
        "--threads",
        "1",
        "--worker-class",
        "sync",
        "--timeout",
        "30",
        "--access-logfile",
        "-",
        "--error-logfile",
        "-",
        "--no-control-socket",  # else every gunicorn here shares ~/.gunicorn/gunicorn.ctl
    ]


@pytest.fixture(scope="session", params=list(CONFIGURATIONS))
def deployment(request, databases, workspace):
    """Two servers of one configuration on its own copy of the seeded database."""
    name = request.param
    configuration = CONFIGURATIONS[name]
    if configuration.redis and not redis_answers(REDIS_URL):
        pytest.skip(f"Redis does not answer at {REDIS_URL}: the redis configuration is skipped")
    seeded = request.getfixturevalue("seeded")
    prefix = f"crossprocess-{databases.run_id}-{name}-{uuid.uuid4().hex[:6]}"
    url = databases.create(name, template="template")
    env = site_environment(configuration, url, workspace, prefix)
    servers = [
        Server(
            f"server {letter} ({name})",
            server_command(configuration, port),
            env,
            port,
            workspace / f"{name}-{letter}.log",
        )
        for letter, port in (("A", free_port()), ("B", free_port()))
    ]
    try:
        for server in servers:
            server.start()
        for server in servers:
            server.wait_until_ready()
            home = server.get("/")  # a first render, as any site has had before readers arrive
            if home.status != 200:
                raise RuntimeError(f"{home.summary()}\n{server.log_tail()}")
        yield Deployment(name, env, servers, seeded, configuration.page_cache)
    finally:
        for server in servers:
            server.stop()
        if configuration.redis:
            delete_redis_keys(REDIS_URL, prefix)
        databases.drop(name)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed test shows the end of each server's log."""
    outcome = yield
    report = outcome.get_result()
    deployment = getattr(item, "funcargs", {}).get("deployment")
    if report.failed and isinstance(deployment, Deployment):
        for server in deployment.servers:
            report.sections.append((f"{server.name} log (end)", server.log_tail()))
