"""Throwaway databases and real server processes for the cross-process tests.

Everything here runs as separate operating-system processes, as in production: `manage.py
migrate`, the seeding, two servers (gunicorn, or `manage.py runserver` for the `make run`
configuration) and the third processes that change content (`manage.py shell -c`, management
commands). Nothing is shared between them but the database and, when configured, Redis.

Every process started here is stopped by the fixtures' finalizers (tests/crossprocess/conftest.py),
by an atexit hook as a safety net, and by the kernel when the test process dies however it dies
(PR_SET_PDEATHSIG); every wait has a timeout.
"""

import atexit
import contextlib
import ctypes
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from . import reader

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent if (Path(sys.executable).parent / "gunicorn").exists() else None
PYTHON = str((BIN or ROOT / ".venv" / "bin") / "python")
GUNICORN = str((BIN or ROOT / ".venv" / "bin") / "gunicorn")

# Only these pass from the test run's environment to the processes: every setting is explicit.
INHERITED = ("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "USER", "LOGNAME")

REDIS_URL = "redis://127.0.0.1:6379/15"  # the suite's Redis database (Makefile: REDIS_TEST_URL)
RATE_LIMIT = "5/m"  # COMMENT_RATE_LIMIT for every configuration (the default, stated)

SETUP_TIMEOUT = 300  # migrate, collectstatic, seed
COMMAND_TIMEOUT = 120  # a third process
START_TIMEOUT = 60  # a server answering /healthz
STOP_TIMEOUT = 10
TIMESTAMP = re.compile(r"\[[^\]]*\d\d:\d\d:\d\d[^\]]*\]")  # in access log lines

_cleanups: list = []


@atexit.register
def _clean_up_at_exit() -> None:
    while _cleanups:
        with contextlib.suppress(Exception):
            _cleanups.pop()()


def die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the child gets SIGTERM if the test process dies, however it dies."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_answers(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port or 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def delete_redis_keys(url: str, prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(url, socket_timeout=5)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def base_environment(**settings) -> dict:
    env = {name: os.environ[name] for name in INHERITED if name in os.environ}
    env.update(PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
    env.update({name: str(value) for name, value in settings.items()})
    return env


def run(env: dict, *args: str, timeout: float = COMMAND_TIMEOUT) -> str:
    """`manage.py ARGS` as its own process; its output, or an error carrying what it said."""
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=die_with_parent,
    )
    if result.returncode:
        shown = " ".join(args)[:200]
        raise RuntimeError(
            f"manage.py {shown} exited with {result.returncode}:\n"
            f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
        )
    return result.stdout


def shell(env: dict, code: str, timeout: float = COMMAND_TIMEOUT) -> str:
    return run(env, "shell", "--no-imports", "-c", code, timeout=timeout)


def last_json(output: str, marker: str = "RESULT") -> object:
    """The JSON printed after `marker` on the last line that starts with it."""
    lines = [line for line in output.splitlines() if line.startswith(marker)]
    if not lines:
        raise RuntimeError(f"no {marker} line in:\n{output[-3000:]}")
    return json.loads(lines[-1][len(marker) :])


class Databases:
    """This session's throwaway databases, of the kind the suite runs on.

    SQLite (DATABASE_URL empty): files in a temporary folder. PostgreSQL (DATABASE_URL set):
    databases named wellness_xp_<run>_<name> on that server, dropped at the end. One is migrated
    and seeded once (the template); each configuration gets a copy of it.
    """

    def __init__(self, suite_url: str, folder: Path):
        self.suite_url = suite_url
        self.folder = folder
        self.run_id = uuid.uuid4().hex[:8]
        self.kind = "postgresql" if suite_url.startswith(("postgres", "pgsql")) else "sqlite"
        if suite_url and self.kind != "postgresql":
            raise RuntimeError(f"Only SQLite and PostgreSQL are supported, not {suite_url!r}")
        self.created: list[str] = []
        _cleanups.append(self.drop_all)

    def name(self, label: str) -> str:
        return f"wellness_xp_{self.run_id}_{label}".replace("-", "_")

    def url(self, label: str) -> str:
        if self.kind == "sqlite":
            return f"sqlite:///{self.folder / (self.name(label) + '.sqlite3')}"
        return urlsplit(self.suite_url)._replace(path="/" + self.name(label)).geturl()

    def _admin(self):
        import dj_database_url
        import psycopg2

        config = dj_database_url.parse(self.suite_url)
        connection = psycopg2.connect(
            host=config.get("HOST") or None,
            port=config.get("PORT") or None,
            user=config.get("USER") or None,
            password=config.get("PASSWORD") or None,
            dbname="postgres",
            connect_timeout=10,
        )
        connection.autocommit = True
        return connection

    def create(self, label: str, template: str | None = None) -> str:
        """A new database (empty, or a copy of the `template` database); its URL."""
        name = self.name(label)
        self.created.append(label)
        if self.kind == "sqlite":
            if template:
                source = self.folder / f"{self.name(template)}.sqlite3"
                shutil.copyfile(source, self.folder / f"{name}.sqlite3")
            return self.url(label)
        connection = self._admin()
        try:
            with connection.cursor() as cursor:
                copy = f' TEMPLATE "{self.name(template)}"' if template else ""
                cursor.execute(f'CREATE DATABASE "{name}"{copy}')
        finally:
            connection.close()
        return self.url(label)

    def drop(self, label: str) -> None:
        if label not in self.created:
            return
        self.created.remove(label)
        name = self.name(label)
        if self.kind == "sqlite":
            for suffix in ("", "-journal", "-wal", "-shm"):
                (self.folder / f"{name}.sqlite3{suffix}").unlink(missing_ok=True)
            return
        connection = self._admin()
        try:
            with connection.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            connection.close()

    def drop_all(self) -> None:
        for label in reversed(list(self.created)):
            self.drop(label)


class Server:
    """One server process (its own Python, its own memory), logging to a file."""

    def __init__(self, name: str, command: list[str], env: dict, port: int, log: Path):
        self.name, self.command, self.env, self.port, self.log = name, command, env, port, log
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                self.command,
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                preexec_fn=die_with_parent,
            )
        _cleanups.append(self.stop)

    def wait_until_ready(self, seconds: float = START_TIMEOUT) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}"
                )
            try:
                if self.get("/healthz").status == 200:
                    return
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.1)
        raise RuntimeError(f"{self.name} did not answer within {seconds} s:\n{self.log_tail()}")

    def stop(self) -> None:
        process = self.process
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_TIMEOUT)

    def log_tail(self, lines: int = 40) -> str:
        """The end of the log, each run of repeated requests (polling) shown once."""
        try:
            text = self.log.read_text(errors="replace")
        except OSError:
            return "(no log)"
        shown: list[list] = []  # [line, times]
        for line in text.splitlines():
            request = TIMESTAMP.sub("", line)
            if shown and TIMESTAMP.sub("", shown[-1][0]) == request:
                shown[-1][1] += 1
            else:
                shown.append([line, 1])
        return "\n".join(
            line + (f"  (x{times})" if times > 1 else "") for line, times in shown[-lines:]
        )

    def get(self, path: str, **kwargs) -> reader.Response:
        return reader.request(self.name, self.port, "GET", path, **kwargs)

    def post(self, path: str, form: dict, **kwargs) -> reader.Response:
        return reader.request(self.name, self.port, "POST", path, form=form, **kwargs)

    def __repr__(self) -> str:
        return f"<{self.name} on 127.0.0.1:{self.port}>"


class Deployment:
    """Two servers of one site (one configuration), and the means to change it from outside."""

    def __init__(self, name: str, env: dict, servers: list[Server], seed: dict, page_cache: bool):
        self.name, self.env, self.servers, self.seed = name, env, servers, seed
        self.page_cache = page_cache
        self.changed_at: float | None = None  # when the last change returned (monotonic)

    def run_in_third_process(self, code: str) -> str:
        """Run Python `code` in a new process (`manage.py shell -c`), as an editor's request
        or a script beside the live site would; returns what it printed."""
        output = shell(self.env, code)
        self.changed_at = time.monotonic()
        return output

    def manage(self, *args: str) -> str:
        """Run a management command as its own process, beside the live site."""
        output = run(self.env, *args)
        self.changed_at = time.monotonic()
        return output

    def __repr__(self) -> str:
        return f"<{self.name}: {self.servers}>"
