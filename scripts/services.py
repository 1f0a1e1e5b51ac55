"""Make sure a local PostgreSQL or Redis answers on loopback, starting it if it is installed.

    python scripts/services.py postgres|redis

Exits 0 when the service answers (printing where), 1 when it is not available here.
"""

import glob
import os
import shutil
import socket
import subprocess
import sys
import time

PORTS = {"postgres": 5432, "redis": 6379}


def answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def start(service: str) -> bool:
    if service == "postgres" and shutil.which("pg_ctlcluster"):
        versions = sorted(os.path.basename(p) for p in glob.glob("/etc/postgresql/*"))
        if not versions:
            return False
        command = ["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main", "start"]
    elif service == "redis" and shutil.which("redis-server"):
        command = [
            "redis-server",
            "--daemonize",
            "yes",
            "--bind",
            "127.0.0.1",
            "--port",
            "6379",
            "--save",
            "",
            "--appendonly",
            "no",
        ]
    else:
        return False
    print(f"{service} is down: starting it with {' '.join(command)}", file=sys.stderr)
    return subprocess.run(command, check=False).returncode == 0


def main(service: str) -> int:
    port = PORTS[service]
    if not answers(port) and start(service):
        deadline = time.monotonic() + 30
        while not answers(port) and time.monotonic() < deadline:
            time.sleep(0.5)
    if answers(port):
        print(f"{service} answers on 127.0.0.1:{port}", file=sys.stderr)
        return 0
    print(f"{service} is not available on 127.0.0.1:{port}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in PORTS:
        sys.exit("usage: services.py postgres|redis")
    sys.exit(main(sys.argv[1]))
