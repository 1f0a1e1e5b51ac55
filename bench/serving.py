"""What the page benchmark serves and measures with: gunicorn x2, nginx and Varnish on loopback,
wrk, and small HTTP helpers. Everything listens on 127.0.0.1 and stops with `Services.stop`."""

import concurrent.futures
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
APP_PORTS = (18001, 18002)
NGINX_PORT, VARNISH_PORT = 18080, 18081
HOST = f"127.0.0.1:{VARNISH_PORT}"  # the site's hostname: what Varnish is asked for
WRK_CONNECTIONS, WRK_THREADS = 16, 2


def wait_for(url: str, seconds: float = 30, host: str | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            request = urllib.request.Request(url, headers={"Host": host} if host else {})
            urllib.request.urlopen(request, timeout=2).read()
            return
        except Exception:
            time.sleep(0.2)
    raise SystemExit(f"bench: {url} did not answer within {seconds:.0f} s")


def fetch(url: str, headers=None, data=None, opener=None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, data=data, headers={"Host": HOST, **(headers or {})})
    try:
        with (opener or urllib.request.urlopen)(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def drain(app: str, workers: int, seconds: float = 180) -> None:
    """Wait until every worker has finished what wrk left queued: slow pages leave a backlog,
    and renders still running would be counted against the next measurement. One probe per
    worker, sent at once, must all come back at once."""
    deadline = time.monotonic() + seconds
    probe = f"{app}/bench/ceiling/?bytes=1"

    def timed(_):
        started = time.monotonic()
        fetch(probe)
        return time.monotonic() - started

    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        while time.monotonic() < deadline:
            if max(pool.map(timed, range(workers))) < 0.05:
                return
            time.sleep(0.2)
    raise SystemExit(f"bench: {app} was still busy {seconds:.0f} s after wrk stopped")


def wrk_command(seconds: int, host: str = HOST) -> list[str]:
    """wrk as every benchmark runs it: -t2 -c16, latency figures, the site's Host header."""
    return [
        "wrk",
        f"-t{WRK_THREADS}",
        f"-c{WRK_CONNECTIONS}",
        f"-d{seconds}s",
        "--latency",
        "--timeout",  # wrk's default, 2 s, drops slower answers from the latency figures
        f"{seconds + 30}s",
        "-H",
        f"Host: {host}",
    ]


def wrk(url: str, seconds: int, headers=()) -> dict:
    command = wrk_command(seconds)
    for header in headers:
        command += ["-H", header]
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, check=True, timeout=seconds + 60
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": rate,
        "p50_ms": latency(output, "50%"),
        "p99_ms": latency(output, "99%"),
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def latency(output: str, label: str) -> float:
    value, unit = re.search(rf"{label}\s+([\d.]+)(us|ms|s)", output).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def environment(database_url: str, media: Path, static: Path) -> dict:
    """What the benchmarks' gunicorn runs with: production settings on loopback."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wellness.settings.production",
        "SECRET_KEY": "benchmark-only-secret-key-not-for-production-use",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
        "CACHE_KEY_PREFIX": f"bench-{os.getpid()}",
        "SECURE_COOKIES": "0",  # plain HTTP on loopback: no TLS redirect, HSTS or secure cookies
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "MEDIA_ROOT": str(media),
        "STATIC_ROOT": str(static),
        "SERVE_MEDIA": "1",
        "FRONTEND_CACHE_URL": f"http://127.0.0.1:{VARNISH_PORT}",
        "BENCH_CEILING_VIEW": "1",
        "COMMENT_MIN_SECONDS": "0",
        "COMMENT_RATE_LIMIT": "100000/m",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }


def gunicorn_command(port: int, workers: int, work: Path) -> list[str]:
    """gunicorn as production runs it (gunicorn.conf.py), on loopback, one thread a worker."""
    return [
        str(BIN / "gunicorn"),
        "wellness.wsgi",
        "--config",
        str(ROOT / "gunicorn.conf.py"),
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--threads",
        "1",
        "--no-control-socket",  # gunicorn 27: one per instance, not ~/.gunicorn
        "--access-logfile",
        "/dev/null",
        "--error-logfile",
        str(work / f"gunicorn-{port}.log"),
    ]


class Services:
    """gunicorn ×2, nginx and Varnish on loopback; all stopped by `stop()`."""

    def __init__(self, env: dict, work: Path, workers: int):
        self.env, self.work, self.workers, self.processes = env, work, workers, []

    def start(self):
        for port in APP_PORTS:
            self.spawn(gunicorn_command(port, self.workers, self.work))
        html = self.work / "html"
        html.mkdir(mode=0o755)
        (self.work / "nginx.conf").write_text(
            "worker_processes 2; daemon off; pid nginx.pid; error_log nginx-error.log;\n"
            "events { worker_connections 1024; }\n"
            "http { access_log off; sendfile on; default_type text/html;\n"
            f"  server {{ listen 127.0.0.1:{NGINX_PORT}; root {html}; }} }}\n"
        )
        self.spawn(["nginx", "-p", str(self.work), "-c", str(self.work / "nginx.conf")])
        vcl = (ROOT / "deploy/varnish/wellness.vcl").read_text()
        (self.work / "wellness.vcl").write_text(vcl.replace('"8000"', f'"{APP_PORTS[0]}"'))
        self.spawn(
            [
                "varnishd",
                "-F",
                "-a",
                f"127.0.0.1:{VARNISH_PORT}",
                "-f",
                str(self.work / "wellness.vcl"),
                "-n",
                str(self.work / "varnish"),
                "-s",
                "malloc,256m",
            ]
        )
        for port in APP_PORTS:
            wait_for(f"http://127.0.0.1:{port}/", host=HOST)
        wait_for(f"http://127.0.0.1:{VARNISH_PORT}/", host=HOST)

    def spawn(self, command):
        log = open(self.work / f"{Path(command[0]).name}-{len(self.processes)}.out", "wb")  # noqa: SIM115
        self.processes.append(
            subprocess.Popen(
                command,
                cwd=self.work,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )

    def stop(self):
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
