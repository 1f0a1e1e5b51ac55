"""Throwaway services for the proof runs: our own PostgreSQL cluster, Redis and gunicorn.

Never the shared servers on 5432/6379: those are restarted and stopped here on purpose. Everything
listens on 127.0.0.1, lives in one temporary folder, and is stopped by `Services.close()` (called
from a `finally`, atexit and SIGTERM/SIGINT handlers).
"""

import atexit
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PG_BIN = Path("/usr/lib/postgresql/15/bin")
PY = ROOT / ".venv" / "bin" / "python"


def free_port(first: int, last: int) -> int:
    for port in range(first, last + 1):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    raise RuntimeError(f"no free port in {first}-{last}")


def answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def wait_for(check, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not come up within {seconds} s")


class Services:
    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="wellness-proof-"))
        os.chmod(self.dir, 0o755)
        self.pg_port = free_port(55400, 55499)
        self.redis_port = free_port(6390, 6399)
        self.gunicorns: list[subprocess.Popen] = []
        self.closed = False
        atexit.register(self.close)
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._on_signal)

    def _on_signal(self, signum, frame):
        self.close()
        sys.exit(128 + signum)

    # --- PostgreSQL -------------------------------------------------------------------------
    @property
    def pgdata(self) -> Path:
        return self.dir / "pgdata"

    def as_postgres(self, *args, timeout=60, check=True) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["runuser", "-u", "postgres", "--", *map(str, args)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=check,
        )

    def client(self, *args, timeout=120) -> subprocess.CompletedProcess:
        """A PostgreSQL client program (pg_dump, pg_restore) run as ourselves."""
        return subprocess.run(
            list(map(str, args)), capture_output=True, text=True, timeout=timeout, check=True
        )

    def init_postgres(self) -> None:
        self.pgdata.mkdir()
        shutil.chown(self.pgdata, "postgres", "postgres")
        self.as_postgres(
            PG_BIN / "initdb", "-D", self.pgdata, "-U", "postgres", "--auth=trust", "-E", "UTF8"
        )
        self.start_postgres()

    def start_postgres(self) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.pg_port} -k {self.pgdata} -c fsync=off"
        )
        self.as_postgres(
            PG_BIN / "pg_ctl",
            "-D",
            self.pgdata,
            "-o",
            options,
            "-l",
            self.pgdata / "log",
            "-w",
            "start",
        )

    def stop_postgres(self, mode: str = "fast") -> None:
        self.as_postgres(
            PG_BIN / "pg_ctl", "-D", self.pgdata, "-m", mode, "-w", "stop", check=False
        )

    def database_url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.pg_port}/{name}"

    def psql(self, database: str, sql: str) -> str:
        result = subprocess.run(
            [
                "psql",
                "-X",
                "-A",
                "-t",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.pg_port),
                "-U",
                "postgres",
                "-d",
                database,
                "-c",
                sql,
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return result.stdout.strip()

    # --- Redis ------------------------------------------------------------------------------
    def start_redis(self) -> None:
        subprocess.run(
            [
                "redis-server",
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "yes",
                "--dir",
                str(self.dir),
                "--pidfile",
                str(self.dir / "redis.pid"),
                "--logfile",
                str(self.dir / "redis.log"),
            ],
            check=True,
            timeout=30,
        )
        wait_for(lambda: answers(self.redis_port), 10, "redis")

    def stop_redis(self) -> None:
        subprocess.run(
            ["redis-cli", "-p", str(self.redis_port), "shutdown", "nosave"],
            capture_output=True,
            timeout=10,
            check=False,
        )
        wait_for(lambda: not answers(self.redis_port), 10, "redis shutdown")

    # --- the site ---------------------------------------------------------------------------
    def site_env(self, database: str, **extra) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))}
        return {
            **env,
            "DJANGO_SETTINGS_MODULE": "wellness.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": self.database_url(database),
            "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "CACHE_KEY_PREFIX": database,
            # plain HTTP on loopback: no redirect, cookies a browser would send back over http
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "SECURE_HSTS_SECONDS": "0",
            "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
            "STATIC_ROOT": str(self.dir / "static"),
            "MEDIA_ROOT": str(self.dir / "media"),
            "LOG_LEVEL": "WARNING",
            **extra,
        }

    def manage(self, env: dict, *args, timeout=300) -> str:
        result = subprocess.run(
            [str(PY), "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def start_gunicorn(self, env: dict, port: int, name: str) -> subprocess.Popen:
        log = open(self.dir / f"gunicorn-{name}.log", "w")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(
            [
                str(ROOT / ".venv" / "bin" / "gunicorn"),
                "wellness.wsgi:application",
                "--config",
                "gunicorn.conf.py",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "2",
                "--threads",
                "4",
                "--access-logfile",
                "-",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.gunicorns.append(process)
        wait_for(lambda: answers(port), 60, f"gunicorn {name}")
        return process

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        for process in self.gunicorns:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
        if answers(self.redis_port):
            self.stop_redis()
        if self.pgdata.exists():
            self.stop_postgres("immediate")
        if os.environ.get("PROOF_KEEP_LOGS"):
            print(f"logs kept in {self.dir}")
        else:
            shutil.rmtree(self.dir, ignore_errors=True)
