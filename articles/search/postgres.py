"""The search on PostgreSQL's own full text search, over articles_searchdocument.

Fast at 100,000 pages because no query ranks every match. The candidates are the newest
`CANDIDATES` pages that match anywhere (the GIN index for rare words, the date index filtered
by the match for common ones: an index order the planner can stop early on), and, where the
planner expects few pages to match there (`HEADING_BOUND`), the newest that match in the
title or standfirst, else in the title alone: the best matches of any age, which the newest
alone would miss. Past that bound the heading arm would read thousands of rows for what the
newest matches already hold (a word in a few percent of headings is in dozens of the newest
pages), so it is left out. Only the candidates are ranked, with `ts_rank` over the weighted
document (title A, standfirst B, body C; words close together score higher, the exact phrase
as typed counts double). Ties go to expert-reviewed, then newer pages. Past `CANDIDATES`
matches the total is the planner's estimate ("about 48,000") and the pages of results run
through the ranked candidates, so pagination stays consistent.

The reader's text goes to `websearch_to_tsquery` (quotes make phrases, `-word` excludes; it
never fails on punctuation). Stemming is English, accents and case are ignored
(the `wellness_english` configuration: unaccent, then the English stemmer).
"""

import json
import math
import unicodedata

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction

from ..models import ArticlePage, SearchDocument, SearchTerm, SearchText
from ..models.privacy import restricted_paths
from .query import WORD
from .results import Hits

CONFIG = "wellness_english"
WEIGHTS = "{0.01, 0.05, 0.3, 1.0}"  # D (unused), C body, B standfirst, A title
CANDIDATES = 300  # newest matches ranked per arm (anywhere; title or standfirst)
PHRASE_POOL = 600  # newest pages with all of a quoted phrase's words, checked for the phrase
HEADING_BOUND = 1000  # estimated heading matches past which the heading arm is left out
TYPEAHEAD_RECENT = 1000  # newest titles the type-ahead looks through first
TYPEAHEAD_RANKED = 200  # of which the newest matches are ranked
COMPLETIONS = 5  # known words a half-typed word may become
DOCUMENTS = SearchDocument._meta.db_table
TERMS = SearchTerm._meta.db_table
TEXTS = SearchText._meta.db_table


def filters(site, models, topic) -> tuple[str, dict]:
    """SQL conditions on `d` (a search document) for the site, the page types, privacy, topic."""
    kinds = ContentType.objects.get_for_models(*models, for_concrete_models=False)
    clauses = ["d.content_type_id = ANY(%(kinds)s)", "d.path LIKE %(root)s"]
    params = {
        "kinds": sorted(kind.pk for kind in kinds.values()),
        "root": site.root_page.path + "%",
    }
    for n, path in enumerate(restricted_paths()):
        clauses.append(f"d.path NOT LIKE %(private{n})s")
        params[f"private{n}"] = path + "%"
    if topic is not None:
        through = ArticlePage.topics.through._meta.db_table
        clauses.append(
            f"d.page_id IN (SELECT articlepage_id FROM {through} WHERE topicpage_id = %(topic)s)"
        )
        params["topic"] = topic.pk
    return " AND ".join(clauses), params


def required_words(query) -> str:
    """The words every match must contain: all but those the reader excluded with `-word`."""
    return " ".join(
        word
        for token in query.text.split()
        if not token.startswith("-")
        for word in WORD.findall(token.casefold())
    )


def search(query, *, site, models, topic=None) -> Hits:
    if not query:
        return Hits([], total=0)
    where, params = filters(site, models, topic)
    params |= {
        "q": query.text,
        "n": CANDIDATES,
        "pool": PHRASE_POOL,
        "weights": WEIGHTS,
        "checked": checked_words(query),
    }
    matches = f"websearch_to_tsquery('{CONFIG}', %(q)s)"
    columns = "d.page_id, d.content_type_id, d.document, d.reviewed, d.dated"
    newest = "ORDER BY d.dated DESC, d.page_id DESC"
    best = "s.score DESC, s.reviewed DESC, s.dated DESC, s.page_id DESC"
    # ts_rank, not ts_rank_cd: it weighs the fields and, for several words, how close they
    # stand, at a third of the cost per document (measured at 100,000 articles: ranking was
    # most of a multi-word search).
    score = f"ts_rank(%(weights)s, c.document, {matches})"
    if len(query.words) > 1 and not query.phrases:
        # The words as typed, side by side, count double: an exact phrase beats scattered words.
        score += f" * (1 + (c.document @@ phraseto_tsquery('{CONFIG}', %(plain)s))::int)"
        params["plain"] = query.plain
    phrase_pool = bool(query.phrases) and " or " not in f" {query.text.casefold()} "
    if phrase_pool:
        # Checking word positions costs microseconds a page; for a phrase of common words
        # that is every page. The phrase is looked for among the newest PHRASE_POOL pages
        # that have all its words (the GIN index finds those without reading positions).
        params["required"] = required_words(query)
        anywhere = f"""pool AS (
                SELECT {columns} FROM {DOCUMENTS} d
                WHERE d.document @@ plainto_tsquery('{CONFIG}', %(required)s) AND {where}
                {newest} LIMIT %(pool)s
            ), anywhere AS (SELECT * FROM pool d WHERE d.document @@ {matches})"""
        pooled = "(SELECT count(*) FROM pool)"
    else:
        anywhere = f"""anywhere AS (
                SELECT {columns} FROM {DOCUMENTS} d WHERE d.document @@ {matches} AND {where}
                {newest} LIMIT %(n)s
            )"""
        pooled = "0"
    with connection.cursor() as cursor:
        estimates = arm_estimates(cursor, matches, where, params)
        heading = heading_column(estimates)
        candidates = "SELECT * FROM anywhere"
        if heading:
            anywhere += f""", heading AS (
                -- Without the documents: for common words this sorts thousands of rows.
                SELECT d.page_id, d.content_type_id, d.reviewed, d.dated FROM {DOCUMENTS} d
                WHERE d.{heading} @@ {matches} AND {where}
                {newest} LIMIT %(n)s
            )"""
            candidates += f"""
                UNION ALL
                SELECT h.page_id, h.content_type_id, d.document, h.reviewed, h.dated
                FROM heading h JOIN {DOCUMENTS} d ON d.page_id = h.page_id
                WHERE NOT EXISTS (SELECT 1 FROM anywhere a WHERE a.page_id = h.page_id)"""
        sql = f"""
            WITH {anywhere}, candidates AS ({candidates}
            ), scored AS (
                SELECT c.page_id, c.content_type_id, c.reviewed, c.dated,
                    round(({score})::numeric, 4) AS score
                FROM candidates c
            )
            -- One row: the ranked pages as two arrays (cheaper to read than a row each),
            -- how many match, and "Did you mean".
            SELECT array_agg(s.page_id ORDER BY {best}),
                array_agg(s.content_type_id ORDER BY {best}),
                (SELECT count(*) FROM anywhere), {pooled}, ({CORRECTIONS})
            FROM scored s
        """
        cursor.execute(sql, params)
        ranked, kinds, total, pool, corrections = cursor.fetchone()
        estimated = False
        if phrase_pool and pool >= PHRASE_POOL:
            # The share of the pool with the phrase, times how many pages have its words.
            having_words = estimate(cursor, "plainto_tsquery", "required", where, params)
            total, estimated = max(round_estimate(total / pool * having_words), total), True
        elif not phrase_pool and total >= CANDIDATES:
            planned = estimates["document"]
            total = max(round_estimate(planned), total) if math.isfinite(planned) else total
            estimated = True
        suggestion = did_you_mean(query, corrections)
    return Hits(
        ranked or [],
        kinds=kinds or [],
        total=total,
        estimated=estimated,
        suggestion=suggestion,
        stored_passages=True,
    )


def arm_estimates(cursor, matches: str, where: str, params: dict) -> dict[str, float]:
    """The planner's estimates (its statistics, no scan) of the pages that match in the title,
    in the title or standfirst ("head") and anywhere ("document"), in one round trip."""
    arms = ("title", "head", "document")
    cursor.execute(
        "EXPLAIN (FORMAT JSON) "
        + " UNION ALL ".join(
            f"SELECT 1 FROM {DOCUMENTS} d WHERE d.{arm} @@ {matches} AND {where}" for arm in arms
        ),
        params,
    )
    plan = cursor.fetchone()[0]
    plan = (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]
    branches = plan.get("Plans", [])
    if plan["Node Type"] != "Append" or len(branches) != len(arms):
        # A plan of another shape (the query had no searchable words): nothing is cheap.
        return dict.fromkeys(arms, float("inf"))
    return {arm: branch["Plan Rows"] for arm, branch in zip(arms, branches, strict=True)}


def heading_column(estimates: dict[str, float]) -> str | None:
    """Where the heading arm looks: the title and standfirst when the planner expects few pages
    to match there, else the title alone when few match there, else nowhere."""
    for column in ("head", "title"):
        if estimates[column] <= HEADING_BOUND:
            return column
    return None


def estimate(cursor, function: str, param: str, where: str, params: dict) -> int:
    """The planner's estimate of the matching pages (its statistics, no scan)."""
    cursor.execute(
        f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {DOCUMENTS} d "
        f"WHERE d.document @@ {function}('{CONFIG}', %({param})s) AND {where}",
        params,
    )
    plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return round_estimate(plan[0]["Plan"]["Plan Rows"])


def round_estimate(rows: float) -> int:
    """Two significant figures: an estimate should not look exact (48,213 -> 48,000)."""
    rows = int(rows)
    if rows < 100:
        return rows
    scale = 10 ** (len(str(rows)) - 2)
    return round(rows / scale) * scale


def fold(word: str) -> str:
    """Lower case without accents, as the vocabulary keeps words (PostgreSQL's unaccent)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def checked_words(query) -> list[str]:
    """The words "Did you mean" looks up: folded, three letters or more."""
    return [word for word in map(fold, query.words) if len(word) > 2 and word.isalpha()]


# Each checked word the site never uses, with the closest word it does use (trigram
# similarity, then how common the word is), as JSON: {"migrane": "migraine"}. (The CASE
# keeps the trigram search for unknown words: a filter on its result would run it for all.)
CORRECTIONS = f"""
    SELECT json_object_agg(t.word, t.closest) FROM (
        SELECT t.word, CASE WHEN NOT EXISTS (SELECT 1 FROM {TERMS} s WHERE s.word = t.word)
            THEN (
                SELECT s.word FROM {TERMS} s WHERE s.word %% t.word
                ORDER BY similarity(s.word, t.word) DESC, s.documents DESC, s.word LIMIT 1
            ) END AS closest
        FROM unnest(%(checked)s::text[]) AS t(word)
    ) t WHERE t.closest IS NOT NULL
"""


def did_you_mean(query, corrections: dict) -> str:
    """The query with each word the site never uses replaced by the closest word it does use
    (`corrections`, read with the matches: CORRECTIONS); "" when every word is known."""
    if not corrections:
        return ""
    return " ".join(corrections.get(word, word) for word in map(fold, query.words))


def completions(cursor, prefix: str) -> list[str]:
    """The most used known words that start with `prefix` (the prefix index)."""
    cursor.execute(
        f"SELECT word FROM {TERMS} WHERE word LIKE %s ORDER BY documents DESC, word LIMIT %s",
        [prefix + "%", COMPLETIONS],
    )
    return [row[0] for row in cursor.fetchall()]


def suggest(query, *, site, models, limit: int) -> list[str]:
    """Titles that match what the reader is typing: the words so far, the last one a prefix."""
    words = [fold(word) for word in query.words]
    if not words:
        return []
    with connection.cursor() as cursor:
        endings = completions(cursor, words[-1])
        if not endings:
            return []
        # Words of letters and digits only (query.WORD), so quoting them is safe.
        tsquery = " & ".join(f"'{word}'" for word in words[:-1])
        last = " | ".join(f"'{word}'" for word in endings)
        tsquery = f"{tsquery} & ({last})" if tsquery else f"({last})"
        where, params = filters(site, models, None)
        params |= {
            "tq": tsquery,
            "recent": TYPEAHEAD_RECENT,
            "ranked": TYPEAHEAD_RANKED,
            "weights": WEIGHTS,
            "limit": limit,
        }
        matches = f"to_tsquery('{CONFIG}', %(tq)s)"
        best = f"""ORDER BY ts_rank_cd(c.title, {matches}) DESC, c.reviewed DESC,
                c.dated DESC, c.page_id DESC LIMIT %(limit)s"""
        # First the newest pages' titles (a bounded read of the date index), which is enough
        # for anything common; only when they hold too few, every title through the index.
        cursor.execute(
            f"""
            SELECT p.title FROM (
                SELECT * FROM (
                    SELECT d.page_id, d.title, d.reviewed, d.dated FROM {DOCUMENTS} d
                    WHERE {where} ORDER BY d.dated DESC, d.page_id DESC LIMIT %(recent)s
                ) r WHERE r.title @@ {matches} LIMIT %(ranked)s
            ) c JOIN wagtailcore_page p ON p.id = c.page_id {best}
            """,
            params,
        )
        titles = [row[0] for row in cursor.fetchall()]
        if len(titles) == limit:
            return titles
        with transaction.atomic():
            # The matches are rare, so the GIN index is the way even where the planner,
            # judging each word's frequency alone, would read the whole table.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(
                f"""
                WITH c AS MATERIALIZED (
                    SELECT d.page_id, d.title, d.reviewed, d.dated FROM {DOCUMENTS} d
                    WHERE d.title @@ {matches} AND {where}
                )
                SELECT p.title FROM c JOIN wagtailcore_page p ON p.id = c.page_id {best}
                """,
                params,
            )
            return [row[0] for row in cursor.fetchall()]
