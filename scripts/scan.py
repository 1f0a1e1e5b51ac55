"""`make scan`: Debian's wapiti against the demo site, served on loopback, with a time limit.

A throwaway SQLite database and media folder get the migrations and the demo content; gunicorn
(gunicorn.conf.py, production settings, as behind a TLS proxy: the scanner sends
`X-Forwarded-Proto: https` from loopback) serves them on a free 127.0.0.1 port; wapiti crawls
and attacks the site (its folder scope) for at most --max-scan-time seconds. Every finding
fails the scan except those ALLOWED lists, each for a documented reason (README, "Production,
security and backups"). The report is written to artifacts/wapiti.json; everything else is
deleted afterwards.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
MODULES = "xss,sql,exec,file,redirect,crlf,csp,http_headers,cookieflags"
# (category, path, what it says, why): findings that are the site's design, not a flaw. Each is
# documented in the README ("Production, security and backups").
ALLOWED = [
    (
        "Cross Site Request Forgery",
        re.compile(r"^/comments/\d+/$"),
        re.compile(""),
        "the comment form carries no per-visitor token so pages stay cacheable; posts from "
        "other sites are refused by Sec-Fetch-Site/Origin",
    ),
    (
        "HTTP Secure Headers",
        re.compile(""),
        re.compile(r"^X-XSS-Protection is not set$"),
        "the legacy XSS auditor is deliberately not asked for (removed from browsers, and "
        "itself a source of leaks); the strict Content-Security-Policy does its job",
    ),
]


def free_port() -> int:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        return listener.getsockname()[1]


def site_env(folder: Path) -> dict:
    keep = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    return {
        **keep,
        "DJANGO_SETTINGS_MODULE": "wellness.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{folder / 'scan.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "STATIC_ROOT": str(folder / "static"),
        "SERVE_MEDIA": "true",
        # As in production behind a proxy ending TLS: the scanner sends the proxy's header from
        # 127.0.0.1, so HTTPS-only behaviour (HSTS, secure cookies, the redirect) is what it sees.
        "BEHIND_TLS_PROXY": "true",
        "FORWARDED_ALLOW_IPS": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
        "LOG_FORMAT": "plain",
        "COMMENT_RATE_LIMIT": "10000/m",  # let the scanner reach the comment form's handling
    }


def manage(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def serve(env: dict, port: int, log: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            *("wellness.wsgi:application", "--config", "gunicorn.conf.py"),
            *("--bind", f"127.0.0.1:{port}", "--workers", "2", "--timeout", "60"),
        ],
        cwd=ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.3)
    process.kill()
    raise SystemExit(f"scan: gunicorn did not start (see {log})")


def findings(report: dict) -> list[tuple[str, str, str]]:
    """(category, path, what) for every vulnerability and anomaly in a wapiti JSON report."""
    found = []
    for section in ("vulnerabilities", "anomalies"):
        for category, entries in (report.get(section) or {}).items():
            for entry in entries:
                found.append((category, entry.get("path", ""), entry.get("info", "")))
    return found


def allowed(category: str, path: str, what: str) -> str | None:
    for allowed_category, path_pattern, what_pattern, why in ALLOWED:
        if category == allowed_category and path_pattern.match(path) and what_pattern.match(what):
            return why
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-scan-time", type=int, default=420, help="seconds (default 420)")
    parser.add_argument("--output", default=str(ROOT / "artifacts" / "wapiti.json"))
    options = parser.parse_args()
    if not shutil.which("wapiti"):
        print("scan: wapiti is not installed (make scan installs it with apt-get)")
        return 2
    folder = Path(tempfile.mkdtemp(prefix="wellness-scan-"))
    output = Path(options.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    env = site_env(folder)
    server = None
    try:
        print("scan: migrating a throwaway SQLite database and loading the demo site")
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "collectstatic", "--noinput", "-v", "0")
        manage(env, "load_demo_content")
        port = free_port()
        server = serve(env, port, folder / "gunicorn.log")
        url = f"http://127.0.0.1:{port}/"
        print(f"scan: wapiti on {url} (modules {MODULES}, at most {options.max_scan_time} s)")
        command = [
            "timeout",
            str(options.max_scan_time + 120),
            "wapiti",
            "-u",
            url,
            "-m",
            MODULES,
            "--scope",
            "folder",
            "--flush-session",
            "--max-scan-time",
            str(options.max_scan_time),
            "--max-attack-time",
            str(max(options.max_scan_time // 6, 30)),
            "--store-session",
            str(folder / "wapiti-session"),
            "--store-config",
            str(folder / "wapiti-config"),
            "--no-bugreport",
            "-H",
            "X-Forwarded-Proto: https",
            "-f",
            "json",
            "-o",
            str(output),
        ]
        result = subprocess.run(command, cwd=folder, env={**os.environ, "HOME": str(folder)})
        if result.returncode != 0 or not output.is_file():
            print(f"scan: wapiti did not finish (exit {result.returncode})")
            return 1
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)

    report = json.loads(output.read_text())
    info = report.get("infos", {})
    print(f"scan: {info.get('version')} on {info.get('target')}, scope {info.get('scope')}")
    failures = 0
    for category, path, what in findings(report):
        why = allowed(category, path, what)
        if why:
            print(f"  allowed  {category}: {path} ({why})")
        else:
            failures += 1
            print(f"  FINDING  {category}: {path}: {what}")
    print(f"scan: {failures} finding(s); report in {output}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
