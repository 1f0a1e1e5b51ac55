"""Benchmark: import a generated WordPress export of 1,000 posts and 20,000 comments.

    .venv/bin/python bench/wordpress_import.py [--posts 1000] [--comments-per-post 20]

Generates a WXR 1.2 file (threaded comments up to five levels deep, every comment status,
classic and block-editor posts, nested categories, tags) in a temporary folder, creates a
fresh database (SQLite in the temporary folder, or a new database on the PostgreSQL server at
DATABASE_URL), loads the demo site, imports the export, imports it again (which must change
nothing), prints wall time and peak memory and writes artifacts/bench-wordpress.json.
"""

import argparse
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
WORDS = [
    "gentle",
    "touch",
    "rest",
    "sleep",
    "stress",
    "breath",
    "fascia",
    "session",
    "therapist",
    "calm",
    "evidence",
    "study",
    "pain",
    "headache",
    "neck",
    "shoulder",
    "jaw",
    "posture",
    "pressure",
    "relax",
    "tension",
    "body",
    "mind",
    "clinic",
    "research",
    "review",
    "trial",
    "water",
    "tired",
    "heavy",
    "quiet",
    "warm",
    "hands",
    "practice",
    "patient",
    "listen",
]
STATUSES = ["1"] * 14 + ["0"] * 3 + ["spam"] * 2 + ["trash"]


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def sentence(rng: random.Random, words: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def post_content(rng: random.Random, n: int) -> str:
    if n % 2:  # classic editor
        return "\n\n".join(
            [
                sentence(rng, 30),
                f"<h2>Part {n}</h2>",
                sentence(rng, 40),
                "<ul>\n<li>" + sentence(rng, 5) + "</li>\n<li>" + sentence(rng, 5) + "</li>\n</ul>",
                f"[note_box]{sentence(rng, 8)}[/note_box]",
                sentence(rng, 25),
            ]
        )
    blocks = [
        f"<!-- wp:paragraph -->\n<p>{sentence(rng, 30)}</p>\n<!-- /wp:paragraph -->",
        f'<!-- wp:heading -->\n<h2 class="wp-block-heading">Part {n}</h2>\n<!-- /wp:heading -->',
        f"<!-- wp:paragraph -->\n<p>{sentence(rng, 40)} <em>{sentence(rng, 4)}</em></p>\n"
        "<!-- /wp:paragraph -->",
        f'<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>{sentence(rng, 10)}</p>'
        "<cite>A reader</cite></blockquote>\n<!-- /wp:quote -->",
    ]
    return "\n\n".join(blocks)


def comment_xml(rng, comment_id: int, parent: int, day: int) -> str:
    return (
        f"<wp:comment><wp:comment_id>{comment_id}</wp:comment_id>"
        f"<wp:comment_author>{cdata(f'Reader {comment_id % 500}')}</wp:comment_author>"
        f"<wp:comment_author_email>{cdata(f'reader{comment_id % 500}@example.org')}"
        "</wp:comment_author_email>"
        f"<wp:comment_author_IP>{cdata(f'203.0.113.{comment_id % 250}')}</wp:comment_author_IP>"
        f"<wp:comment_date_gmt>{cdata(f'2020-{1 + day % 12:02d}-{1 + day % 28:02d} 10:00:00')}"
        "</wp:comment_date_gmt>"
        f"<wp:comment_content>{cdata(sentence(rng, rng.randint(5, 40)))}</wp:comment_content>"
        f"<wp:comment_approved>{cdata(rng.choice(STATUSES))}</wp:comment_approved>"
        f"<wp:comment_type>{cdata('comment')}</wp:comment_type>"
        f"<wp:comment_parent>{parent}</wp:comment_parent></wp:comment>"
    )


def generate(path: Path, posts: int, comments_per_post: int, seed: int = 7) -> int:
    """Write the export; returns the number of comments in it."""
    rng = random.Random(seed)
    categories = [
        (f"topic-{i}", f"Topic {i}", f"topic-{i // 4}" if i % 4 else "") for i in range(20)
    ]
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
            "<title>Bench blog</title><link>https://bench.example.com</link>\n"
            "<wp:wxr_version>1.2</wp:wxr_version>\n"
            "<wp:base_blog_url>https://bench.example.com</wp:base_blog_url>\n"
        )
        for i in range(10):
            out.write(
                f"<wp:author><wp:author_login>{cdata(f'writer{i}')}</wp:author_login>"
                f"<wp:author_email>{cdata(f'writer{i}@bench.example.com')}</wp:author_email>"
                f"<wp:author_display_name>{cdata(f'Writer Number{i}')}</wp:author_display_name>"
                "</wp:author>\n"
            )
        for slug, name, parent in categories:
            out.write(
                f"<wp:category><wp:category_nicename>{slug}</wp:category_nicename>"
                f"<wp:category_parent>{parent}</wp:category_parent>"
                f"<wp:cat_name>{cdata(name)}</wp:cat_name></wp:category>\n"
            )
        comment_id, total_comments = 1, 0
        for n in range(1, posts + 1):
            category = categories[n % len(categories)]
            tags = "".join(
                f'<category domain="post_tag" nicename="tag-{t}">{cdata(f"Tag {t}")}</category>'
                for t in {n % 50, (n * 7) % 50}
            )
            thread, ids = [], []
            for _ in range(comments_per_post):
                parent = rng.choice(ids[-6:]) if ids and rng.random() < 0.6 else 0
                thread.append(comment_xml(rng, comment_id, parent, n))
                ids.append(comment_id)
                comment_id += 1
            total_comments += len(thread)
            out.write(
                f"<item><title>{cdata(f'Post {n}: {sentence(rng, 5)}')}</title>"
                f"<link>https://bench.example.com/{2010 + n % 10}/post-{n}/</link>"
                f"<dc:creator>{cdata(f'writer{n % 10}')}</dc:creator>"
                f"<content:encoded>{cdata(post_content(rng, n))}</content:encoded>"
                f"<excerpt:encoded>{cdata(sentence(rng, 15) if n % 3 else '')}</excerpt:encoded>"
                f"<wp:post_id>{n}</wp:post_id>"
                f"<wp:post_date>{cdata(f'2019-{1 + n % 12:02d}-{1 + n % 28:02d} 09:00:00')}"
                "</wp:post_date>"
                f"<wp:post_date_gmt>{cdata(f'2019-{1 + n % 12:02d}-{1 + n % 28:02d} 08:00:00')}"
                "</wp:post_date_gmt>"
                f"<wp:comment_status>open</wp:comment_status><wp:post_name>post-{n}</wp:post_name>"
                f"<wp:status>{'draft' if n % 97 == 0 else 'publish'}</wp:status>"
                "<wp:post_type>post</wp:post_type>"
                f"<wp:is_sticky>{int(n % 250 == 0)}</wp:is_sticky>"
                f'<category domain="category" nicename="{category[0]}">{escape(category[1])}'
                f"</category>{tags}{''.join(thread)}</item>\n"
            )
        out.write("</channel>\n</rss>\n")
    return total_comments


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--comments-per-post", type=int, default=20)
    parser.add_argument("--output", default=str(ROOT / "artifacts" / "bench-wordpress.json"))
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="wellness-bench-wp-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wellness.settings.test")
    os.environ.setdefault("LOG_LEVEL", "WARNING")  # one log line per page would drown the table
    os.environ.setdefault("MEDIA_ROOT", str(workdir / "media"))
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()
    from django.db import connection

    from demo.loader import DemoLoader
    from wordpress.importer import import_wordpress

    export = workdir / "export.xml"
    comments = generate(export, args.posts, args.comments_per_post)
    export_mb = export.stat().st_size / 2**20
    print(f"Export: {args.posts} posts, {comments} comments, {export_mb:.1f} MB")

    # A database of its own (never the test suite's), created and migrated here, dropped after.
    name = (
        workdir / "bench.sqlite3"
        if connection.vendor == "sqlite"
        else f"wellness_bench_{os.getpid()}"
    )
    connection.settings_dict["TEST"]["NAME"] = str(name)
    database = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        DemoLoader().load()
        results = {}
        for run in ("first", "second"):
            started = time.perf_counter()
            report = import_wordpress(export)
            results[f"{run}_import_seconds"] = round(time.perf_counter() - started, 2)
            results[f"{run}_import_counts"] = {k: dict(v) for k, v in report.counts.items()}
            print(f"{run} import: {results[f'{run}_import_seconds']} s")
        print("\n".join(report.lines()[:12]))
    finally:
        connection.creation.destroy_test_db(database, verbosity=0)
        shutil.rmtree(workdir, ignore_errors=True)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results.update(
        posts=args.posts,
        comments=comments,
        database=connection.vendor,
        peak_rss_mb=round(peak_mb, 1),
        export_mb=round(export_mb, 2),
        python=sys.version.split()[0],
        cpus=os.cpu_count(),
        load_average_at_end=[round(n, 2) for n in os.getloadavg()],  # other work on the machine
    )
    print(f"Peak memory (RSS): {peak_mb:.0f} MB")
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n")
    print(f"Wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
