"""`make proof`: load without loss, faults, backup and restore, on throwaway services.

    .venv/bin/python -m scripts.proof.run [--seconds 30] [--clients 20] [--rate 10/m]

1. load: N browsers (each from its own 127.0.0.x) GET an article and post its comment form for
   S seconds against gunicorn (2 workers x 4 threads, production settings) on PostgreSQL + Redis.
   Every 303 acknowledged must be stored exactly once; nothing may answer 500.
2. faults: the same load while PostgreSQL is stopped and started again (requests in the gap must
   get 503 and the site must recover without restarting gunicorn), then while Redis is stopped
   (pages must still serve and comments still post).
3. backup: pg_dump, restore into a new database, serve it with a second gunicorn, compare pages.

Figures are printed and written to artifacts/proof.json; the exit status is 0 only when every
invariant holds.
"""

import argparse
import json
import re
import threading
import time
import uuid
from collections import Counter

from .browser import Browser, comment_id
from .services import PG_BIN, ROOT, Services, free_port

SEED = """
from comments.models import CommentSettings
from wellness.factories import SiteTree
tree = SiteTree()
article = tree.article(title="Breathing for sleep")
for n in range(3):
    tree.article(title=f"Gentle movement {n}")
rules = CommentSettings.for_site(tree.home.get_site())
rules.notify_moderators = False
rules.save()
print("ARTICLE", article.url)
"""
PAGES = ["/", "/articles/", "/sitemap.xml", "/feeds/rss/", "/search/?q=breathing", "/healthz"]
MARKER = re.compile(r"proof-[a-z]+-\d+-\d+-[0-9a-f]{8}")


class Load:
    """Browsers posting comments until `stop`; every request recorded with its time."""

    def __init__(self, port: int, page: str, clients: int, phase: str):
        self.port, self.page, self.clients, self.phase = port, page, clients, phase
        self.records: list[tuple[float, float, str, object]] = []  # start, end, kind, status
        self.acks: dict[str, int] = {}
        self.stop = threading.Event()

    def client(self, number: int) -> None:
        browser = Browser(self.port, f"127.0.0.{10 + number}")
        sent = 0
        while not self.stop.is_set():
            sent += 1
            marker = f"proof-{self.phase}-{number}-{sent}-{uuid.uuid4().hex[:8]}"
            started = time.monotonic()
            try:
                page, post = browser.post_comment(
                    self.page,
                    body=f"Slow breathing helps me sleep ({marker}).",
                    name=f"Visitor {number}",
                    email=f"visitor{number}.{sent}@example.org",
                )
            except OSError as error:  # connection refused or reset: counted, not fatal
                self.records.append((started, time.monotonic(), "GET", type(error).__name__))
                time.sleep(0.2)
                continue
            self.records.append((started, started + page.seconds, "GET", page.status))
            if post is None:
                time.sleep(0.2)  # no form (an error page): back off like a person would
                continue
            self.records.append((started + page.seconds, time.monotonic(), "POST", post.status))
            if post.status == 303:
                self.acks[marker] = comment_id(post.headers.get("Location", ""))
            elif post.status == 429:
                time.sleep(1)

    def run_for(self, seconds: float, during=None) -> float:
        threads = [threading.Thread(target=self.client, args=(n,)) for n in range(self.clients)]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        if during:
            during(began)
        while time.monotonic() - began < seconds:
            time.sleep(0.1)
        self.stop.set()
        for thread in threads:
            thread.join(timeout=30)
        return began

    def statuses(self, start=None, end=None, kind=None) -> Counter:
        return Counter(
            status
            for began, _, k, status in self.records
            if (start is None or began >= start)
            and (end is None or began < end)
            and (kind is None or k == kind)
        )


def stored(services: Services, database: str, phase: str) -> Counter:
    rows = services.psql(
        database, f"SELECT id, body FROM articles_comment WHERE body LIKE '%proof-{phase}-%'"
    )
    found = Counter()
    for line in rows.splitlines():
        comment, _, body = line.partition("|")
        match = MARKER.search(body)
        if match:
            found[(match.group(0), int(comment))] += 1
    return found


def audit(services: Services, database: str, load: Load) -> dict:
    rows = stored(services, database, load.phase)
    by_marker = Counter(marker for marker, _ in rows.elements())
    ids = {key[0]: key[1] for key in rows}  # marker -> comment id
    lost = [m for m in load.acks if by_marker[m] == 0]
    doubled = [m for m, count in by_marker.items() if count > 1]
    wrong_id = [m for m, c in load.acks.items() if by_marker[m] == 1 and ids[m] != c]
    statuses = load.statuses()
    return {
        "requests": sum(statuses.values()),
        "statuses": {str(k): v for k, v in sorted(statuses.items(), key=str)},
        "comment_posts": sum(load.statuses(kind="POST").values()),
        "acknowledged_303": len(load.acks),
        "stored": len(by_marker),
        "stored_without_acknowledgement": len(set(by_marker) - set(load.acks)),
        "lost": len(lost),
        "doubled": len(doubled),
        "acknowledged_with_another_id": len(wrong_id),
        "http_500": statuses.get(500, 0),
        "http_5xx": sum(v for k, v in statuses.items() if isinstance(k, int) and k >= 500),
        "http_429": statuses.get(429, 0),
    }


def faults(services: Services, load: Load, report: dict) -> None:
    """Called once the load has started: restart PostgreSQL, later stop and start Redis."""
    times = report.setdefault("times", {})

    def script(began):
        def run():
            time.sleep(8)
            times["pg_down"] = time.monotonic()
            services.stop_postgres("fast")
            time.sleep(3)  # a real gap, as a restart with recovery would have
            services.start_postgres()
            times["pg_up"] = time.monotonic()
            time.sleep(10)
            times["redis_down"] = time.monotonic()
            services.stop_redis()
            time.sleep(10)
            services.start_redis()
            times["redis_up"] = time.monotonic()

        threading.Thread(target=run, daemon=True).start()

    return script


def fault_figures(load: Load, times: dict) -> dict:
    ok = {200, 303, 302, 301, 429}
    during_pg = load.statuses(times["pg_down"], times["pg_up"])
    after_up = sorted(
        end for began, end, _, status in load.records if began >= times["pg_up"] and status in ok
    )
    before_down = [
        end for _, end, _, status in load.records if end <= times["pg_down"] and status in ok
    ]
    recovered_at = after_up[0] if after_up else None
    redis = load.statuses(times["redis_down"], times["redis_up"])
    redis_posts = load.statuses(times["redis_down"], times["redis_up"], kind="POST")
    return {
        "postgres_gap_seconds": round(times["pg_up"] - times["pg_down"], 2),
        "during_postgres_gap": {str(k): v for k, v in sorted(during_pg.items(), key=str)},
        "recovery_seconds_after_postgres_back": (
            round(recovered_at - times["pg_up"], 2) if recovered_at else None
        ),
        "service_interruption_seconds": (
            round(recovered_at - max(before_down), 2) if recovered_at and before_down else None
        ),
        "errors_after_recovery": sum(
            1
            for began, _, _, status in load.records
            if recovered_at and began > recovered_at and status not in ok
        ),
        "during_redis_outage": {str(k): v for k, v in sorted(redis.items(), key=str)},
        "comments_acknowledged_during_redis_outage": redis_posts.get(303, 0),
        "pages_served_during_redis_outage": load.statuses(
            times["redis_down"], times["redis_up"], kind="GET"
        ).get(200, 0),
    }


CHANGING = re.compile(r'(name="(?:csrfmiddlewaretoken|started)"[^>]*?value=")[^"]*')


def normalised(body: bytes, port: int) -> str:
    """The page without what differs by design: per-request form tokens, the server's own port."""
    text = CHANGING.sub(r"\1…", body.decode("utf-8", "replace"))
    return text.replace(f"127.0.0.1:{port}", "HOST")


def first_difference(a: str, b: str) -> str:
    at = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return f"{a[max(0, at - 60) : at + 60]!r} != {b[max(0, at - 60) : at + 60]!r}"


def backup_and_restore(services: Services, env: dict, port: int, pages: list[str]) -> dict:
    # Approve some comments first, so the compared article page shows a comment thread.
    services.psql(
        "wellness_proof",
        "UPDATE articles_comment SET status = 'approved' WHERE id IN "
        "(SELECT id FROM articles_comment ORDER BY id LIMIT 30)",
    )
    dump = services.dir / "wellness.dump"
    started = time.monotonic()
    services.client(
        PG_BIN / "pg_dump",
        "-h",
        "127.0.0.1",
        "-p",
        services.pg_port,
        "-U",
        "postgres",
        "-Fc",
        "-f",
        dump,
        "wellness_proof",
        timeout=120,
    )
    services.psql("postgres", "CREATE DATABASE wellness_restored")
    services.client(
        PG_BIN / "pg_restore",
        "-h",
        "127.0.0.1",
        "-p",
        services.pg_port,
        "-U",
        "postgres",
        "--no-owner",
        "-d",
        "wellness_restored",
        dump,
        timeout=300,
    )
    seconds = round(time.monotonic() - started, 2)
    restored_port = free_port(port + 1, 18299)
    restored_env = {
        **env,
        "DATABASE_URL": services.database_url("wellness_restored"),
        "REDIS_URL": f"redis://127.0.0.1:{services.redis_port}/1",  # its own cache
        "CACHE_KEY_PREFIX": "restored",
    }
    services.start_gunicorn(restored_env, restored_port, "restored")
    original, restored = Browser(port, "127.0.0.2"), Browser(restored_port, "127.0.0.3")
    compared = {}
    for path in pages:
        a, b = original.request("GET", path), restored.request("GET", path)
        mine, theirs = normalised(a.body, port), normalised(b.body, restored_port)
        compared[path] = {
            "status": [a.status, b.status],
            "same": a.status == b.status == 200 and mine == theirs,
        }
        if mine != theirs:
            compared[path]["first_difference"] = first_difference(mine, theirs)
    counts = [
        services.psql(db, "SELECT count(*) FROM articles_comment")
        for db in ("wellness_proof", "wellness_restored")
    ]
    return {
        "dump_and_restore_seconds": seconds,
        "dump_bytes": dump.stat().st_size,
        "comments_in_original_and_restored": [int(c) for c in counts],
        "pages": compared,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--fault-seconds", type=float, default=45)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--rate", default="10/m", help="COMMENT_RATE_LIMIT per client address")
    parser.add_argument("--port", type=int, default=18240)
    parser.add_argument("--skip-faults", action="store_true", help="for working on the script")
    args = parser.parse_args()
    report: dict = {"settings": vars(args)}
    services = Services()
    try:
        t = time.monotonic()
        services.init_postgres()
        services.start_redis()
        services.psql("postgres", "CREATE DATABASE wellness_proof")
        env = services.site_env(
            "wellness_proof", COMMENT_MIN_SECONDS="0", COMMENT_RATE_LIMIT=args.rate
        )
        services.manage(env, "migrate", "--noinput")
        services.manage(env, "collectstatic", "--noinput")
        article = services.manage(env, "shell", "-c", SEED).split("ARTICLE")[-1].strip()
        port = free_port(args.port, 18280)
        services.start_gunicorn(env, port, "main")
        report["setup_seconds"] = round(time.monotonic() - t, 1)
        print(f"setup {report['setup_seconds']} s; gunicorn on 127.0.0.1:{port}, article {article}")

        load = Load(port, article, args.clients, "load")
        load.run_for(args.seconds)
        report["load"] = audit(services, "wellness_proof", load)
        print("load:", json.dumps(report["load"]))

        if not args.skip_faults:
            chaos = Load(port, article, args.clients, "faults")
            chaos.run_for(args.fault_seconds, during=faults(services, chaos, report))
            times = report.pop("times")
            report["faults"] = {
                **audit(services, "wellness_proof", chaos),
                **fault_figures(chaos, times),
            }
            print("faults:", json.dumps(report["faults"]))

        report["backup"] = backup_and_restore(services, env, port, [*PAGES, article])
        print("backup:", json.dumps(report["backup"]))
    finally:
        services.close()

    checks = verdicts(report)
    report["checks"] = checks
    artifacts = ROOT / "artifacts"
    artifacts.mkdir(exist_ok=True)
    (artifacts / "proof.json").write_text(json.dumps(report, indent=2))
    for name, passed in checks.items():
        print(f"{'PASS' if passed else 'FAIL'}  {name}")
    return 0 if all(checks.values()) else 1


def verdicts(report: dict) -> dict:
    load, faults_, backup = report["load"], report.get("faults"), report["backup"]
    if faults_ is None:
        faults_ = {
            "http_500": 1,
            "lost": 1,
            "doubled": 1,
            "during_postgres_gap": {},
            "recovery_seconds_after_postgres_back": None,
            "errors_after_recovery": 1,
            "pages_served_during_redis_outage": 0,
            "comments_acknowledged_during_redis_outage": 0,
            "during_redis_outage": {},
        }
    gap = faults_["during_postgres_gap"]
    return {
        "load: every acknowledged comment stored exactly once": load["lost"] == 0
        and load["doubled"] == 0
        and load["acknowledged_with_another_id"] == 0
        and load["acknowledged_303"] > 0,
        "load: no 5xx at all": load["http_5xx"] == 0,
        "faults: no 500 (rate limit answers 429, outages 503)": faults_["http_500"] == 0,
        "faults: every acknowledged comment stored exactly once": faults_["lost"] == 0
        and faults_["doubled"] == 0,
        "faults: requests in the PostgreSQL gap got 503": int(gap.get("503", 0)) > 0
        and all(
            k in {"503", "ConnectionRefusedError", "RemoteDisconnected"} or k < "5" for k in gap
        ),
        "faults: recovered without restarting gunicorn": faults_[
            "recovery_seconds_after_postgres_back"
        ]
        is not None
        and faults_["errors_after_recovery"] == 0,
        "faults: pages served and comments posted while Redis was down": faults_[
            "pages_served_during_redis_outage"
        ]
        > 0
        and faults_["comments_acknowledged_during_redis_outage"] > 0
        and not any(k.startswith("5") for k in faults_["during_redis_outage"]),
        "backup: the restored database serves the same pages": all(
            page["same"] for path, page in backup["pages"].items() if path != "/healthz"
        )
        and backup["comments_in_original_and_restored"][0]
        == backup["comments_in_original_and_restored"][1],
    }


if __name__ == "__main__":
    raise SystemExit(main())
