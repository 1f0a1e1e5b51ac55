"""Benchmark: pages served at size, against the framework's and the machine's ceilings.

    .venv/bin/python bench/pages.py [--articles 10000] [--comments 300000] [--seconds 5]

1. Builds a site in a database of its own on the PostgreSQL server of DATABASE_URL
   (default 10,000 articles, 200 authors, 50 topics, 1,000 tags, 300,000 comments, images),
   in bulk, and reports how long that took.
2. Serves it with gunicorn (production settings, PostgreSQL, Redis as the cache) on two
   loopback ports sharing the database and the cache, with nginx serving the same HTML as
   static files (the machine's ceiling) and Varnish in front (deploy/varnish/wellness.vcl).
3. Drives each page with wrk: cached (a plain anonymous reader), uncached (a reader the page
   cache must not serve: a remembered commenter), the minimal Django view returning the same
   number of bytes (the framework's ceiling), nginx, and Varnish.
4. Checks what must hold: queries per page, page weight, purging through Varnish on publish,
   and two instances staying consistent (a comment accepted through one is visible through
   the other; a page published elsewhere is fresh on both). Queries and time of each page's
   first (cold) render are measured in this process before gunicorn starts (bench/cold.py).
5. Runs the mixed read/write scenario on the same site and instances
   (bench/mixed.py: Zipf readers, a moderator and an editor writing, cold long-tail articles);
   --mixed-seconds, --mixed-warmup, --skip-mixed, --only-mixed.

Prints tables and the targets, writes artifacts/bench-pages.json (and bench-mixed.json), and
exits non-zero when a target is missed. Everything listens on 127.0.0.1 and stops when the
benchmark ends (Ctrl-C and SIGTERM included), and the benchmark's database is dropped.
"""

import argparse
import http.cookiejar
import json
import os
import re
import shutil
import signal
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.serving import (  # noqa: E402 - once the project is on the path
    APP_PORTS,
    HOST,
    NGINX_PORT,
    VARNISH_PORT,
    Services,
    drain,
    environment,
    fetch,
    wrk,
)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--authors", type=int, default=200)
    parser.add_argument("--topics", type=int, default=50)
    parser.add_argument("--tags", type=int, default=1_000)
    parser.add_argument("--comments", type=int, default=300_000)
    parser.add_argument("--images", type=int, default=40)
    parser.add_argument("--seconds", type=int, default=5, help="wrk duration per measurement")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers per instance")
    parser.add_argument(
        "--only",
        metavar="WORD",
        help="measure only the pages whose label contains WORD (e.g. sitemap), besides home, "
        "the article and the last listing page, which the targets compare",
    )
    parser.add_argument(
        "--mixed-seconds",
        type=int,
        default=60,
        help="mixed read/write scenario (bench/mixed.py): length of each measured phase",
    )
    parser.add_argument(
        "--mixed-warmup",
        type=int,
        default=180,
        help="mixed scenario: warm-up, not measured (a cold cache of 10,000 articles takes "
        "minutes of Zipf traffic to reach the state a running site is in)",
    )
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--skip-mixed", action="store_true", help="only the per-page table")
    only.add_argument(
        "--only-mixed", action="store_true", help="only the mixed scenario (same dataset)"
    )
    return parser.parse_args()


def database_urls(base: str) -> tuple[str, str]:
    parts = urllib.parse.urlsplit(base)
    name = f"wellness_bench_pages_{os.getpid()}"
    return name, urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))


def admin_connection(base: str):
    import psycopg2

    parts = urllib.parse.urlsplit(base)
    connection = psycopg2.connect(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password,
        dbname="postgres",
    )
    connection.autocommit = True
    return connection


def page_weight(html: str, base: str) -> dict:
    """Article HTML size, total CSS, render-blocking scripts, images without size or srcset."""
    css = 0
    for href in re.findall(r'<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"', html):
        css += len(fetch(urllib.parse.urljoin(base, href))[2])
    head = html.split("</head>")[0]
    blocking = [
        tag
        for tag in re.findall(r"<script\b[^>]*>", head)
        if "src=" in tag and not re.search(r"\b(defer|async)\b|type=\"module\"", tag)
    ]
    images = re.findall(r"<img\b[^>]*>", html)
    unsized = [tag for tag in images if "width=" not in tag or "height=" not in tag]
    # A vector image (the printout's QR code) is sharp at every size: it needs dimensions,
    # but neither a srcset nor WebP.
    raster = [tag for tag in images if not re.search(r'src="[^"]+\.svg"', tag)]
    no_srcset = [tag for tag in raster if "srcset=" not in tag]
    not_webp = [tag for tag in raster if ".webp" not in tag]
    return {
        "html_bytes": len(html.encode()),
        "css_bytes": css,
        "render_blocking_scripts": len(blocking),
        "images": len(images),
        "vector_images": len(images) - len(raster),
        "images_without_dimensions": len(unsized),
        "images_without_srcset": len(no_srcset),
        "images_not_webp": len(not_webp),
    }


def queries_per_page(paths: dict, siblings: dict) -> dict:
    """Queries and time of a reader the page cache cannot serve: cold, then warm fragments.

    Runs before anything else has requested the pages (before gunicorn starts), so the first
    render of each page is cold without retiring anything: that is "cold". Its time is the
    median over the page and the never-requested `siblings` of the same kind (other topics,
    other authors) where the site has them. main() has primed the process and the images
    (bench/cold.py), so "cold" means this page's parts, not the process's first render.
    """
    from bench import cold

    counts = {}
    client = cold.uncached_client(HOST)
    for name, path in paths.items():
        first = [cold.render(client, page) for page in (path, *siblings.get(name, ()))]
        client.get(path)  # in case a render stored something its next one reads
        warm = cold.render(client, path)
        counts[name] = {
            "cold": first[0]["queries"],
            "cold_ms": statistics.median(render["ms"] for render in first),
            "cold_pages": len(first),
            "warm": warm["queries"],
            "warm_ms": warm["ms"],
        }
        if os.environ.get("BENCH_SHOW_QUERIES"):
            print(name, *(sql[:150] for sql in warm["sql"]), sep="\n  ")
    return counts


def before_services(args, site, paths, pages, primers) -> dict | None:
    """Prime this process, then measure cold pages: before gunicorn starts, so that nothing
    has requested them yet, and with no front-end cache to purge, since Varnish is not up
    yet (a first render may save an image's file hash, and saving an image purges)."""
    from django.test.utils import override_settings

    from bench import cold

    with override_settings(WAGTAILFRONTENDCACHE={}):
        primed = cold.prime(cold.uncached_client(HOST), primers)
        print(f"Primed in {primed:.1f} s (templates; every image at every size pages use)")
        if args.only_mixed:
            return None
        siblings = same_kind(site, pages, primers)
        return queries_per_page(paths, siblings)


def same_kind(site: dict, pages: dict, primers: list) -> dict:
    """For the topic and author rows: up to four other pages of that kind, never requested."""
    return {
        label: [path for path in pages[kind] if path != site[label] and path not in primers][:4]
        for label, kind in (("topic", "topics"), ("author", "authors"))
    }


def purge_check(site: dict) -> dict:
    """Publish a change in this process; is it visible through Varnish at once?"""
    from articles.models import ArticlePage

    url = f"http://127.0.0.1:{VARNISH_PORT}{site['hot_article']}"
    fetch(url)
    _, headers, _ = fetch(url)
    cached_before = headers.get("X-Varnish-Cache") == "hit"
    page = ArticlePage.objects.get(pk=site["hot_article_id"])
    title = f"{page.title} (revised {time.time():.0f})"
    page.title = title
    started = time.perf_counter()
    page.save_revision().publish()
    _, headers, body = fetch(url)
    return {
        "cached_before_publish": cached_before,
        "fresh_after_publish": title.encode() in body,
        "publish_to_visible_ms": (time.perf_counter() - started) * 1000,
    }


def scale_out_check(site: dict) -> dict:
    """Two gunicorn instances share PostgreSQL and Redis: each sees the other's changes."""
    from articles.models import ArticlePage
    from comments.models import CommentSettings, ModerationMode

    first, second = (f"http://127.0.0.1:{port}" for port in APP_PORTS)
    path = site["hot_article"]
    for base in (first, second):  # both have it cached
        fetch(base + path)
    rules = CommentSettings.objects.get()
    rules.moderation_mode = ModerationMode.PUBLISH
    rules.save()

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect).open
    html = fetch(first + path, opener=opener)[2].decode()
    started = re.search(r'name="started" value="([^"]+)"', html).group(1)
    words = f"Seen on both servers {time.time():.0f}"
    form = urllib.parse.urlencode(
        {
            "name": "Bench Reader",
            "email": "bench@example.org",
            "body": words,
            "consent": "on",
            "started": started,
        }
    ).encode()
    page_id = site["hot_article_id"]
    status, headers, _ = fetch(f"{first}/comments/{page_id}/", data=form, opener=opener)
    where = urllib.parse.urlsplit(headers.get("Location", path))
    landing = where.path + (f"?{where.query}" if where.query else "")
    comment_visible = [words.encode() in fetch(base + landing)[2] for base in (first, second)]
    page = ArticlePage.objects.get(pk=page_id)
    page.title = f"Published elsewhere {time.time():.0f}"
    page.save_revision().publish()
    fresh = [page.title.encode() in fetch(base + path)[2] for base in (first, second)]
    return {
        "comment_post_status": status,
        "comment_landing": landing,
        "comment_visible_on_both": all(comment_visible),
        "publish_fresh_on_both": all(fresh),
    }


def main():
    args = parse_args()
    for tool in ("wrk", "nginx", "varnishd"):
        if not shutil.which(tool):
            raise SystemExit(f"bench: {tool} is missing (make bench installs it with apt-get)")
    # `kill` as well as Ctrl-C stops the services and drops the database (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    base_url = os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/wellness"
    name, database_url = database_urls(base_url)
    work = Path(tempfile.mkdtemp(prefix="wellness-bench-"))
    work.chmod(0o755)
    env = environment(database_url, work / "media", work / "static")
    os.environ.update(env)
    admin = admin_connection(base_url)
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    services = Services(env, work, args.workers)
    try:
        import django

        django.setup()
        site, built = build_site(args)
        paths = page_paths(args, site)
        from bench import cold

        pages = cold.site_pages()
        primers = cold.primer_paths(pages)
        queries = before_services(args, site, paths, pages, primers)
        services.start()
        app = f"http://127.0.0.1:{APP_PORTS[0]}"
        met = True
        if not args.only_mixed:
            met = measure_pages(args, paths, queries, app, work, site, built)
        if not args.skip_mixed:
            from bench import mixed

            met = (
                mixed.run(
                    args,
                    site=site,
                    env=env,
                    work=work,
                    app=app,
                    host=HOST,
                    drain=lambda: drain(app, args.workers),
                    requested={*paths.values(), *primers},
                )
                and met
            )
        if not met:
            sys.exit(1)
    finally:
        services.stop()
        from django.db import connections

        connections.close_all()
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
        if os.environ.get("BENCH_KEEP"):
            print(f"Kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def build_site(args) -> tuple[dict, float]:
    """Migrate, collect static files and build the dataset; returns it and the build time."""
    from django.core.management import call_command
    from django.test.utils import override_settings
    from wagtail.models import Site

    from bench.dataset import build

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    migrated = time.perf_counter() - started
    started = time.perf_counter()
    with override_settings(WAGTAILFRONTENDCACHE={}):  # Varnish starts after the build
        site = build(
            articles=args.articles,
            authors=args.authors,
            topics=args.topics,
            tags=args.tags,
            comments=args.comments,
            images=args.images,
        )
        default_site = Site.objects.get(is_default_site=True)
        default_site.hostname, default_site.port = "127.0.0.1", VARNISH_PORT
        default_site.save()
    built = time.perf_counter() - started
    print(
        f"Dataset: {args.articles:,} articles, {args.authors} authors, {args.topics} "
        f"topics, {args.tags:,} tags, {args.comments:,} comments, {args.images} images: "
        f"built in {built:.1f} s (migrate + collectstatic {migrated:.1f} s; "
        + ", ".join(f"{k.removesuffix('_seconds')} {v:.1f} s" for k, v in site["timings"].items())
        + ")"
    )
    return site, built


def page_paths(args, site: dict) -> dict:
    from django.conf import settings

    paths = {
        "home": "/",
        "article (300 comments)": site["hot_article"],
        f"listing, last page ({site['last_listing_page']})": (
            f"/articles/?page={site['last_listing_page']}"
        ),
        "topic": site["topic"],
        "author": site["author"],
        "search": f"/search/?q={site['search_word']}",
        "RSS feed": "/feeds/rss/",
        "sitemap index": "/sitemap.xml",
        f"sitemap part ({settings.SITEMAP_LIMIT:,} pages)": "/sitemap-pages.xml",
    }
    if args.only:
        paths = {
            label: path
            for label, path in paths.items()
            if args.only in label or label.startswith(("home", "article", "listing"))
        }
    return paths


def measure_pages(args, paths, queries, app, work, site, built) -> bool:
    """The per-page table and the checks; returns whether every target was met."""
    rows = []
    for number, (label, path) in enumerate(paths.items()):
        status, _, body = fetch(app + path)
        if status != 200:
            raise SystemExit(f"bench: {path} answered {status}")
        (work / "html" / f"page-{number}.html").write_bytes(body)
        (work / "html" / f"page-{number}.html").chmod(0o644)
        fetch(f"http://127.0.0.1:{VARNISH_PORT}{path}")
        row = {"page": label, "path": path, "bytes": len(body), "queries": queries[label]}
        row["cached"] = wrk(app + path, args.seconds)
        row["uncached"] = wrk(app + path, args.seconds, ["Cookie: wellness_commenter=bench"])
        drain(app, args.workers)
        row["django_ceiling"] = wrk(f"{app}/bench/ceiling/?bytes={len(body)}", args.seconds)
        row["nginx_ceiling"] = wrk(
            f"http://127.0.0.1:{NGINX_PORT}/page-{number}.html", args.seconds
        )
        row["varnish"] = wrk(f"http://127.0.0.1:{VARNISH_PORT}{path}", args.seconds)
        rows.append(row)
        print(f"  measured {label}", flush=True)
    article_html = fetch(app + site["hot_article"])[2].decode()
    weight = page_weight(article_html, app)
    purge = purge_check(site)
    scale = scale_out_check(site)
    return report(rows, weight, purge, scale, args, site, built)


def ratio(row, key, ceiling) -> float:
    return 100 * row[key]["rps"] / max(row[ceiling]["rps"], 0.001)


def report(rows, weight, purge, scale, args, site, built) -> bool:
    print()
    print(
        f"{'page':<30}{'KB':>6}{'cached r/s':>11}{'%dj':>6}{'p50':>7}{'p99':>7}"
        f"{'uncached':>10}{'%dj':>6}{'p50':>7}{'q cold/warm':>12}{'cold ms':>8}{'varnish':>9}"
        f"{'%ngx':>6}"
        f"{'django':>8}{'nginx':>8}"
    )
    for r in rows:
        print(
            f"{r['page']:<30}{r['bytes'] / 1024:>6.1f}{r['cached']['rps']:>11.0f}"
            f"{ratio(r, 'cached', 'django_ceiling'):>6.0f}{r['cached']['p50_ms']:>7.1f}"
            f"{r['cached']['p99_ms']:>7.1f}{r['uncached']['rps']:>10.0f}"
            f"{ratio(r, 'uncached', 'django_ceiling'):>6.1f}{r['uncached']['p50_ms']:>7.1f}"
            f"{r['queries']['cold']:>7}/{r['queries']['warm']:<4}{r['queries']['cold_ms']:>8.1f}"
            f"{r['varnish']['rps']:>9.0f}"
            f"{ratio(r, 'varnish', 'nginx_ceiling'):>6.0f}{r['django_ceiling']['rps']:>8.0f}"
            f"{r['nginx_ceiling']['rps']:>8.0f}"
        )
    print(
        "(r/s: requests per second with wrk -t2 -c16; %dj: share of the minimal Django view's "
        "rate at the same size;\n %ngx: share of nginx serving the same HTML; p50/p99 in ms; "
        "q: queries per uncached request, cold then with warm fragments;\n cold: the page's "
        "first render ever, in process, before gunicorn started (cold ms: median over it and "
        "up to 4 other never-requested topics / authors))"
    )
    article = next(r for r in rows if r["page"].startswith("article"))
    cached_ratios = [ratio(r, "cached", "django_ceiling") for r in rows]
    varnish_ratios = [ratio(r, "varnish", "nginx_ceiling") for r in rows]
    errors = sum(r[k]["non_2xx"] for r in rows for k in ("cached", "uncached", "varnish"))
    targets = [
        (
            "cached pages >= 70% of the Django ceiling",
            min(cached_ratios) >= 70,
            f"lowest {min(cached_ratios):.0f}%",
        ),
        (
            "uncached article (300 comments) >= 5% of the ceiling",
            ratio(article, "uncached", "django_ceiling") >= 5,
            f"{ratio(article, 'uncached', 'django_ceiling'):.1f}%",
        ),
        (
            "uncached article <= 12 queries",
            article["queries"]["warm"] <= 12,
            f"{article['queries']['warm']} (cold {article['queries']['cold']})",
        ),
        (
            "through Varnish >= 50% of nginx",
            min(varnish_ratios) >= 50,
            f"lowest {min(varnish_ratios):.0f}%",
        ),
        (
            "published change visible through Varnish at once",
            purge["cached_before_publish"] and purge["fresh_after_publish"],
            f"{purge['publish_to_visible_ms']:.0f} ms from publish to fresh page",
        ),
        (
            "two instances: comment and publish seen on both",
            scale["comment_visible_on_both"] and scale["publish_fresh_on_both"],
            f"comment POST {scale['comment_post_status']}",
        ),
        (
            "last listing page as fast as the first (uncached p50 within 2x of home)",
            next(r for r in rows if r["page"].startswith("listing"))["uncached"]["p50_ms"]
            <= 2 * rows[0]["uncached"]["p50_ms"],
            "",
        ),
        (
            "article HTML < 60 KB",
            weight["html_bytes"] < 60 * 1024,
            f"{weight['html_bytes'] / 1024:.1f} KB",
        ),
        ("CSS < 30 KB", weight["css_bytes"] < 30 * 1024, f"{weight['css_bytes'] / 1024:.1f} KB"),
        ("no render-blocking script", weight["render_blocking_scripts"] == 0, ""),
        (
            "images WebP with srcset and dimensions",
            weight["images"] > 0
            and not (
                weight["images_without_dimensions"]
                or weight["images_without_srcset"]
                or weight["images_not_webp"]
            ),
            f"{weight['images']} images ({weight['vector_images']} vector): "
            f"{weight['images_without_dimensions']} without dimensions, "
            f"{weight['images_without_srcset']} without srcset, "
            f"{weight['images_not_webp']} not WebP",
        ),
        ("no errors under load", errors == 0, f"{errors} non-2xx"),
    ]
    print()
    for label, met, detail in targets:
        print(f"  [{'met' if met else 'MISSED'}] {label}{': ' + detail if detail else ''}")
    out = ROOT / "artifacts" / "bench-pages.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "dataset": {**vars(args), "build_seconds": built, **site["timings"]},
                "pages": rows,
                "article_weight": weight,
                "purge": purge,
                "scale_out": scale,
                "targets": [{"target": t, "met": m, "detail": d} for t, m, d in targets],
            },
            indent=2,
        )
    )
    print(f"Wrote {out.relative_to(ROOT)}")
    return all(met for _, met, _ in targets)


if __name__ == "__main__":
    main()
