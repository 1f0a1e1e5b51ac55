"""Production shape: readers and writers at once, on the page benchmark's site.

Run from bench/pages.py's main() after its per-page table (or alone with --only-mixed), on
the same dataset and the same gunicorn instances (production settings, PostgreSQL, Redis),
because building 10,000 articles and 300,000 comments twice would cost minutes for nothing.

- Readers: wrk (-t2 -c16, a --timeout long enough that slow answers are counted) with
  bench/zipf.lua, which draws every request from a list: 85% articles, drawn from a Zipf
  distribution (s = 1.0) over every article of the dataset in a random rank order (shuffled
  with a fixed seed, so the popular ones are not just the newest), 15% the home page and
  listings (article index page 1 and a few deeper pages, topics and authors, these two also
  Zipf-ranked). It counts answers by X-Cache and by status.
- Phases: a warm-up (--mixed-warmup seconds, not measured), "readers alone" and "readers with
  writes" (--mixed-seconds each). In the last, bench/writer.py, a process of its own with the
  environment gunicorn has, approves a pending comment every 2 s and publishes an edited
  article every 30 s, on articles drawn from the same distribution, and stops by itself.
- Cold articles: after the load, in this process, long-tail articles nobody requested during
  the benchmark are rendered once each for a reader the page cache must not serve
  (bench/cold.py): wall time and queries.

Prints a table and its targets, writes artifacts/bench-mixed.json; `run` returns whether
every target was met.
"""

import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench import cold
from bench.serving import WRK_CONNECTIONS, WRK_THREADS, wrk_command

ROOT = Path(__file__).resolve().parent.parent
LUA = Path(__file__).with_name("zipf.lua")
WRITER = Path(__file__).with_name("writer.py")

ZIPF_S = 1.0
RANKING_SEED = 15  # the same rank order on every run
ARTICLE_SHARE = 0.85
LISTING_SHARES = {  # the other 15%: what readers open besides articles
    "home": 0.05,
    "article index, page 1": 0.03,
    "article index, deeper pages": 0.01,
    "topics": 0.035,
    "authors": 0.025,
}
DEEPER_PAGES = (2, 3, 5, 10, 50)
APPROVE_EVERY, PUBLISH_EVERY = 2.0, 30.0
COLD_ARTICLES = 60  # enough for a median that one slow render does not move
# The least likely articles, minus those requested: at about 700 r/s for three minutes, a
# Zipf tail article is requested about once, so roughly a quarter of them stay unrequested.
COLD_CANDIDATES = 5 * COLD_ARTICLES

FROM_CACHE = ("hit", "stale")
HIT_SHARE_TARGET = 90.0  # % of answers from the page cache, with writes
THROUGHPUT_TARGET = 60.0  # % of the readers-alone rate, with writes
P99_TARGET_MS = 150.0
COLD_QUERIES_TARGET = 10
COLD_MEDIAN_TARGET_MS = 40.0


@dataclass
class Traffic:
    entries: list  # (path, probability)
    ranking: list  # (article id, path), most requested first


def zipf(count: int, share: float) -> list[float]:
    """`share` split over `count` ranks, rank k getting a part proportional to 1 / k**s."""
    weights = [1 / rank**ZIPF_S for rank in range(1, count + 1)]
    total = sum(weights)
    return [share * weight / total for weight in weights]


def plan_traffic(pages: dict, last_listing_page: int) -> Traffic:
    rng = random.Random(RANKING_SEED)
    ranking = list(pages["articles"])
    rng.shuffle(ranking)
    topics, authors = list(pages["topics"]), list(pages["authors"])
    rng.shuffle(topics)
    rng.shuffle(authors)
    index = pages["article_index"]
    deeper = [n for n in DEEPER_PAGES if n <= last_listing_page] or [1]
    entries = [
        *zip([path for _, path in ranking], zipf(len(ranking), ARTICLE_SHARE), strict=True),
        ("/", LISTING_SHARES["home"]),
        (index, LISTING_SHARES["article index, page 1"]),
        *(
            (f"{index}?page={n}", LISTING_SHARES["article index, deeper pages"] / len(deeper))
            for n in deeper
        ),
        *zip(topics, zipf(len(topics), LISTING_SHARES["topics"]), strict=True),
        *zip(authors, zipf(len(authors), LISTING_SHARES["authors"]), strict=True),
    ]
    return Traffic(entries=entries, ranking=ranking)


def write_lua_data(traffic: Traffic, watched: set, path: Path) -> Path:
    """zipf.lua's input, one "cumulative<TAB>watched<TAB>path" line a path.

    The last cumulative probability is written as 1 exactly, so rounding can never leave a
    random number above every line."""
    total = sum(probability for _, probability in traffic.entries)
    lines, cumulative = [], 0.0
    for number, (url, probability) in enumerate(traffic.entries):
        cumulative += probability / total
        last = number == len(traffic.entries) - 1
        lines.append(f"{1.0 if last else cumulative!r}\t{int(url in watched)}\t{url}")
    path.write_text("\n".join(lines) + "\n")
    return path


def readers(
    app: str, host: str, seconds: int, data: Path, seed: int, log: Path, headers=()
) -> dict:
    """One wrk run of Zipf readers: rate, cache share, latency, answers by X-Cache and status.
    `headers`: more request headers ("Cookie: ..."), sent with every request."""
    command = [
        *wrk_command(seconds, host),
        *(arg for header in headers for arg in ("-H", header)),
        "-s",
        str(LUA),
        f"{app}/",
        "--",
        f"data={data}",
        f"seed={seed}",
    ]
    run = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    log.write_text(run.stdout + run.stderr)
    found = re.search(r"^MIXED-RESULT (\{.*\})$", run.stdout, re.MULTILINE)
    if run.returncode or not found:
        raise SystemExit(f"bench: wrk failed ({run.returncode}), see {log}:\n{run.stderr[-2000:]}")
    return phase_figures(json.loads(found.group(1)), seconds)


def phase_figures(raw: dict, seconds: int) -> dict:
    answered = sum(raw["cache"].values())
    ok = sum(count for status, count in raw["status"].items() if status.startswith("2"))
    errors = raw["errors"]
    return {
        "seconds": seconds,
        "requests": raw["requests"],
        "rps": raw["requests"] / max(raw["duration_us"] / 1e6, 1e-9),
        # Served from the page cache: current entries ("hit"), and entries retired a moment
        # ago served while one process renders them again ("stale", at most a second).
        "hit_share": 100 * sum(raw["cache"].get(k, 0) for k in FROM_CACHE) / max(answered, 1),
        "p50_ms": raw["p50_us"] / 1000,
        "p99_ms": raw["p99_us"] / 1000,
        "max_ms": raw["max_us"] / 1000,
        "non_2xx": answered - ok,
        "socket_errors": sum(errors[k] for k in ("connect", "read", "write", "timeout")),
        "x_cache": raw["cache"],
        "status": raw["status"],
        "watched_requested": sorted(raw["watched"]),
    }


def with_writer(env: dict, work: Path, plan: Path, seconds: int, load) -> tuple[dict, dict]:
    """Start bench/writer.py, run `load()` once it is ready, and collect its report."""
    ready, out = work / "writer.ready", work / "writer.json"
    ready.unlink(missing_ok=True)
    out.unlink(missing_ok=True)
    with open(work / "writer.log", "wb") as log:
        writer = subprocess.Popen(
            [
                *(sys.executable, str(WRITER), "--plan", str(plan), "--seconds", str(seconds)),
                *("--ready", str(ready), "--out", str(out)),
                *("--approve-every", str(APPROVE_EVERY), "--publish-every", str(PUBLISH_EVERY)),
            ],
            cwd=work,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_until_ready(writer, ready, work / "writer.log")
        figures = load()
        writer.wait(timeout=120)
    finally:
        if writer.poll() is None:
            writer.terminate()
            try:
                writer.wait(timeout=10)
            except subprocess.TimeoutExpired:
                writer.kill()
    if not out.exists():
        raise SystemExit(f"bench: the writer reported nothing:\n{tail(work / 'writer.log')}")
    return figures, json.loads(out.read_text())


def wait_until_ready(writer, ready: Path, log: Path, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not ready.exists():
        if writer.poll() is not None:
            raise SystemExit(f"bench: the writer stopped ({writer.returncode}):\n{tail(log)}")
        if time.monotonic() > deadline:
            raise SystemExit(f"bench: the writer was not ready within {seconds:.0f} s")
        time.sleep(0.1)


def tail(path: Path, lines: int = 20) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def writer_summary(results: dict) -> dict:
    summary = {"created_pending": results["created_pending"], "errors": results["errors"]}
    for kind in ("approvals", "publishes"):
        times = [write["ms"] for write in results[kind]]
        summary[kind] = {
            "done": len(times),
            "scheduled": results["scheduled"][kind],
            "median_ms": statistics.median(times) if times else None,
            "max_ms": max(times) if times else None,
        }
    summary["moderate"] = results["moderate"]
    return summary


def cold_articles(paths: list[str], host: str) -> dict:
    """Each never-requested article once, in this process (primed by pages.py's main), as a
    reader the page cache must not serve: the cost of the long tail."""
    client = cold.uncached_client(host)
    before = cpu_seconds()
    renders = [cold.render(client, path) for path in paths]
    after = cpu_seconds()
    if renders and os.environ.get("BENCH_SHOW_QUERIES"):
        print(renders[0]["path"], *(sql[:150] for sql in renders[0]["sql"]), sep="\n  ")
    result = cold.summary(renders) if renders else {"count": 0}
    result["renders"] = [{k: v for k, v in r.items() if k != "sql"} for r in renders]
    # Other work on the machine shows here first: a render is CPU-bound, on a shared core.
    wall = after["wall"] - before["wall"]
    result["cpu_share"] = {
        kind: (after[kind] - before[kind]) / wall / (os.cpu_count() or 1)
        for kind in ("machine", "this process")
    }
    return result


def cpu_seconds() -> dict:
    """CPU time used so far by the whole machine (Linux /proc/stat) and by this process."""
    times = os.times()
    found = {"wall": time.monotonic(), "this process": times.user + times.system, "machine": 0.0}
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    except (OSError, ValueError):
        return found
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle and waiting on I/O
    found["machine"] = (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")
    return found


def run(args, *, site: dict, env: dict, work: Path, app: str, host: str, drain, requested):
    """The scenario; `requested` holds the paths the benchmark requested before it."""
    pages = cold.site_pages()
    traffic = plan_traffic(pages, site["last_listing_page"])
    excluded = {*requested, *cold.primer_paths(pages), site["hot_article"]}
    candidates = [path for _, path in reversed(traffic.ranking) if path not in excluded]
    candidates = candidates[:COLD_CANDIDATES]
    data = write_lua_data(traffic, set(candidates), work / "mixed-paths.tsv")
    plan = work / "mixed-plan.json"
    plan.write_text(json.dumps({"articles": [pk for pk, _ in traffic.ranking], "s": ZIPF_S}))

    def load(label: str, seconds: int, seed: int) -> dict:
        print(f"  mixed: {label} ({seconds} s)", flush=True)
        return readers(app, host, seconds, data, seed, work / f"wrk-{seed}.out")

    phases = {}
    if args.mixed_warmup:
        phases["warm-up"] = load("warm-up", args.mixed_warmup, 1)
        drain()
    phases["readers alone"] = load("readers alone", args.mixed_seconds, 2)
    drain()
    phases["readers with writes"], writes = with_writer(
        env, work, plan, args.mixed_seconds, lambda: load("with writes", args.mixed_seconds, 3)
    )
    drain()
    never = never_requested(candidates, phases, writes, dict(pages["articles"]))
    print(f"  mixed: {len(never)} cold articles, in process", flush=True)
    coldest = cold_articles(never, host)
    return report(args, traffic, phases, writer_summary(writes), coldest, writes)


def never_requested(candidates: list, phases: dict, writes: dict, paths_by_id: dict) -> list:
    """The first COLD_ARTICLES candidates no reader asked for and the writer did not touch."""
    seen = {path for phase in phases.values() for path in phase["watched_requested"]}
    seen |= {paths_by_id[w["page_id"]] for kind in ("approvals", "publishes") for w in writes[kind]}
    return [path for path in candidates if path not in seen][:COLD_ARTICLES]


def targets(phases: dict, writer: dict, coldest: dict) -> list[tuple[str, bool, str]]:
    alone, mixed = phases["readers alone"], phases["readers with writes"]
    share = 100 * mixed["rps"] / max(alone["rps"], 1e-9)
    approvals, publishes = writer["approvals"], writer["publishes"]
    wrote = (
        approvals["done"] == approvals["scheduled"]
        and publishes["done"] == publishes["scheduled"]
        and not writer["errors"]
    )
    found = coldest["count"] > 0
    return [
        (
            f"with writes: >= {HIT_SHARE_TARGET:.0f}% of requests from the page cache",
            mixed["hit_share"] >= HIT_SHARE_TARGET,
            f"{mixed['hit_share']:.1f}%",
        ),
        (
            f"with writes: throughput >= {THROUGHPUT_TARGET:.0f}% of readers alone",
            share >= THROUGHPUT_TARGET,
            f"{share:.0f}% ({mixed['rps']:.0f} of {alone['rps']:.0f} r/s)",
        ),
        (
            f"with writes: p99 <= {P99_TARGET_MS:.0f} ms",
            mixed["p99_ms"] <= P99_TARGET_MS,
            f"{mixed['p99_ms']:.1f} ms",
        ),
        (
            "the writer made every scheduled write",
            wrote,
            f"{approvals['done']}/{approvals['scheduled']} approvals, "
            f"{publishes['done']}/{publishes['scheduled']} publishes, "
            f"{len(writer['errors'])} errors",
        ),
        (
            f"cold article <= {COLD_QUERIES_TARGET} queries",
            found and coldest["max_queries"] <= COLD_QUERIES_TARGET,
            f"max {coldest.get('max_queries')}, median {coldest.get('median_queries')}",
        ),
        (
            f"cold article median <= {COLD_MEDIAN_TARGET_MS:.0f} ms",
            found and coldest["median_ms"] <= COLD_MEDIAN_TARGET_MS,
            f"{coldest['median_ms']:.1f} ms (p90 {coldest['p90_ms']:.1f} ms)" if found else "none",
        ),
    ]


def report(args, traffic, phases, writer, coldest, writes) -> bool:
    print_table(args, traffic, phases, writer, coldest)
    checks = targets(phases, writer, coldest)
    print()
    for label, met, detail in checks:
        print(f"  [{'met' if met else 'MISSED'}] {label}{': ' + detail if detail else ''}")
    out = ROOT / "artifacts" / "bench-mixed.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "dataset": vars(args),
                "traffic": {
                    "zipf_s": ZIPF_S,
                    "article_share": ARTICLE_SHARE,
                    "listing_shares": LISTING_SHARES,
                    "paths": len(traffic.entries),
                    "top_articles": [path for _, path in traffic.ranking[:10]],
                    "wrk": f"-t{WRK_THREADS} -c{WRK_CONNECTIONS}",
                },
                "phases": phases,
                "writer": {**writer, "writes": writes},
                "cold_articles": coldest,
                "targets": [{"target": t, "met": m, "detail": d} for t, m, d in checks],
            },
            indent=2,
        )
    )
    print(f"Wrote {out.relative_to(ROOT)}")
    return all(met for _, met, _ in checks)


def print_table(args, traffic, phases, writer, coldest) -> None:
    print()
    print(
        f"Mixed readers and writers: wrk -t{WRK_THREADS} -c{WRK_CONNECTIONS} on one instance, "
        f"{len(traffic.ranking):,} articles Zipf s={ZIPF_S} ({ARTICLE_SHARE:.0%} of requests), "
        f"home and listings {1 - ARTICLE_SHARE:.0%}"
    )
    print(f"{'phase':<24}{'s':>5}{'r/s':>9}{'cache hit':>11}{'p50':>8}{'p99':>8}{'non-2xx':>9}")
    for label, phase in phases.items():
        name = f"{label} (not measured)" if label == "warm-up" else label
        print(
            f"{name:<24}{phase['seconds']:>5}{phase['rps']:>9.0f}{phase['hit_share']:>10.1f}%"
            f"{phase['p50_ms']:>8.1f}{phase['p99_ms']:>8.1f}{phase['non_2xx']:>9}"
        )
    for label, phase in phases.items():
        print(
            f"  {label}: X-Cache {counts(phase['x_cache'])}; status {counts(phase['status'])}"
            + (f"; {phase['socket_errors']} socket errors" if phase["socket_errors"] else "")
        )
    approvals, publishes = writer["approvals"], writer["publishes"]
    print(
        f"  writer ({writer['moderate']}): {approvals['done']} approvals "
        f"({writer['created_pending']} on a pending comment it left first){durations(approvals)}, "
        f"{publishes['done']} publishes{durations(publishes)}, {len(writer['errors'])} errors"
    )
    for error in writer["errors"][:5]:
        print(f"    {error}")
    if coldest["count"]:
        share = coldest["cpu_share"]
        print(
            f"  cold articles ({coldest['count']} never requested, rendered once in process, "
            f"page cache bypassed): median {coldest['median_ms']:.1f} ms, p90 "
            f"{coldest['p90_ms']:.1f} ms; queries median {coldest['median_queries']:g}, max "
            f"{coldest['max_queries']}; CPU busy meanwhile {share['machine']:.0%} of "
            f"{os.cpu_count()} cores ({share['this process']:.0%} this process)"
            + (f"; not 200: {coldest['not_200']}" if coldest["not_200"] else "")
        )
    print(
        "(p50/p99 in ms over every request of the phase; cache hit: share of answers with "
        "X-Cache: hit or stale, a page retired less than a second ago served while another "
        "process renders it again)"
    )


def counts(values: dict) -> str:
    return ", ".join(
        f"{key} {count:,}" for key, count in sorted(values.items(), key=lambda i: -i[1])
    )


def durations(writes: dict) -> str:
    if not writes["done"]:
        return ""
    return f" (median {writes['median_ms']:.0f} ms, max {writes['max_ms']:.0f} ms)"
