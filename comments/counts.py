"""Counts the moderation desk shows without counting rows: per status, and per commenter.

`StatusCount` and `CommenterHistory` (models.py) are kept by triggers in the database, written
here for PostgreSQL and SQLite and installed by migration 0004_moderation_desk_counters. A
trigger runs in the transaction of the change it counts, for every way a comment changes (the
ORM's saves, `QuerySet.update`, bulk inserts, a page's cascade delete, raw SQL), so the counts
cannot drift from the table the way counters kept by Python signals would, and nothing is kept
in one process's memory. On PostgreSQL a statement's changes are counted once, grouped (its
transition tables); SQLite, which has no statement triggers, counts row by row.

On PostgreSQL the desk's search uses trigram indexes (pg_trgm) on the upper-cased name, email
and body: exactly the expression Django's `icontains` compares, so a substring search is an
index lookup instead of a scan of every comment. SQLite has no such index and scans; it is the
small-site database.
"""

from .models import CommenterHistory, CommentStatus, StatusCount
from .triggers import NEW_ROWS, TriggerSet, statement_triggers

STATUSES = [status.value for status in CommentStatus]


def _flags(row: str, sql_bool) -> str:
    return ", ".join(sql_bool(f"{row}.status = '{status}'") for status in STATUSES)


def _sqlite_bool(condition: str) -> str:
    return f"({condition})"


COLUMNS = ", ".join(STATUSES)
PG_ADD = ", ".join(f"{s} = h.{s} + EXCLUDED.{s}" for s in STATUSES)
SQLITE_SUBTRACT = ", ".join(f"{s} = {s} - (OLD.status = '{s}')" for s in STATUSES)
SQLITE_ADD = ", ".join(f"{s} = {s} + excluded.{s}" for s in STATUSES)


# PostgreSQL counts once per statement, not once per row: each trigger reads the rows the
# statement changed (its transition tables), and applies one grouped change per status and per
# commenter. A row an UPDATE left as it was subtracts and adds the same, so its group nets to
# zero and is skipped; marking 10,000 comments as spam is one write per count row touched,
# not 10,000 (a row-level trigger rewrote the same four status rows once per comment, which
# grows slower with every version of the row it leaves behind in the transaction).
def _pg_side(rows: tuple[str, str]) -> str:
    table, sign = rows
    flags = ", ".join(f"{sign}(status = '{s}')::int AS {s}" for s in STATUSES)
    first_seen = "created_at" if rows == NEW_ROWS else "NULL::timestamptz"
    return f"SELECT status, lower(email) AS email, {flags}, {first_seen} AS first_seen FROM {table}"


def _pg_count(sides: list[tuple[str, str]]) -> str:
    rows = " UNION ALL ".join(_pg_side(side) for side in sides)
    sums = ", ".join(f"SUM({s})" for s in STATUSES)
    changed = " OR ".join(f"SUM({s}) <> 0" for s in STATUSES)
    return f"""
  WITH changed AS ({rows}),
  by_status AS (
    INSERT INTO comments_statuscount AS c (status, total)
    SELECT status, SUM({" + ".join(STATUSES)}) FROM changed GROUP BY status
      HAVING SUM({" + ".join(STATUSES)}) <> 0
    ON CONFLICT (status) DO UPDATE SET total = c.total + EXCLUDED.total
  )
  INSERT INTO comments_commenterhistory AS h (email, {COLUMNS}, first_seen)
  SELECT email, {sums}, MIN(first_seen) FROM changed GROUP BY email HAVING {changed}
  ON CONFLICT (email) DO UPDATE SET {PG_ADD},
    first_seen = LEAST(h.first_seen, EXCLUDED.first_seen);"""


POSTGRES_TRIGGERS, POSTGRES_DROP = statement_triggers("comments_desk", _pg_count)
POSTGRES_SEARCH_INDEXES = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS comment_desk_search_name
  ON articles_comment USING gin (UPPER(name::text) gin_trgm_ops);
CREATE INDEX IF NOT EXISTS comment_desk_search_email
  ON articles_comment USING gin (UPPER(email::text) gin_trgm_ops);
CREATE INDEX IF NOT EXISTS comment_desk_search_body
  ON articles_comment USING gin (UPPER(body::text) gin_trgm_ops);
"""
POSTGRES_SEARCH_DROP = """
DROP INDEX IF EXISTS comment_desk_search_name;
DROP INDEX IF EXISTS comment_desk_search_email;
DROP INDEX IF EXISTS comment_desk_search_body;
"""

_SQLITE_REMOVE = f"""
  UPDATE comments_statuscount SET total = total - 1 WHERE status = OLD.status;
  UPDATE comments_commenterhistory SET {SQLITE_SUBTRACT} WHERE email = lower(OLD.email);"""
_SQLITE_ADD = f"""
  INSERT INTO comments_statuscount (status, total) VALUES (NEW.status, 1)
    ON CONFLICT (status) DO UPDATE SET total = total + 1;
  INSERT INTO comments_commenterhistory (email, {COLUMNS}, first_seen)
    VALUES (lower(NEW.email), {_flags("NEW", _sqlite_bool)}, NEW.created_at)
    ON CONFLICT (email) DO UPDATE SET {SQLITE_ADD},
      first_seen = min(coalesce(first_seen, excluded.first_seen), excluded.first_seen);"""
SQLITE_TRIGGERS = [
    f"CREATE TRIGGER comments_desk_insert AFTER INSERT ON articles_comment BEGIN{_SQLITE_ADD}\nEND",
    f"CREATE TRIGGER comments_desk_delete AFTER DELETE ON articles_comment BEGIN{_SQLITE_REMOVE}\n"
    "END",
    "CREATE TRIGGER comments_desk_update AFTER UPDATE OF status, email ON articles_comment "
    "WHEN OLD.status IS NOT NEW.status OR OLD.email IS NOT NEW.email "
    f"BEGIN{_SQLITE_REMOVE}{_SQLITE_ADD}\nEND",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS comments_desk_insert",
    "DROP TRIGGER IF EXISTS comments_desk_delete",
    "DROP TRIGGER IF EXISTS comments_desk_update",
]

RECOUNT = [
    "DELETE FROM comments_statuscount",
    "INSERT INTO comments_statuscount (status, total) "
    "SELECT status, COUNT(*) FROM articles_comment GROUP BY status",
    "DELETE FROM comments_commenterhistory",
    f"INSERT INTO comments_commenterhistory (email, {COLUMNS}, first_seen) "
    "SELECT lower(email), "
    + ", ".join(f"SUM(CASE WHEN status = '{s}' THEN 1 ELSE 0 END)" for s in STATUSES)
    + ", MIN(created_at) FROM articles_comment GROUP BY lower(email)",
]


# The triggers, and on PostgreSQL the search indexes, installed and dropped together.
DESK_COUNTS = TriggerSet(
    postgres=POSTGRES_TRIGGERS + POSTGRES_SEARCH_INDEXES,
    postgres_drop=POSTGRES_DROP + POSTGRES_SEARCH_DROP,
    sqlite=SQLITE_TRIGGERS,
    sqlite_drop=SQLITE_DROP,
    recount_statements=RECOUNT,
)
install, uninstall, recount = DESK_COUNTS.install, DESK_COUNTS.uninstall, DESK_COUNTS.recount


def status_counts(request=None) -> dict[str, int]:
    """{status: how many}, every status present (one read of four rows); read once per request
    when given one (the admin menu and the desk both show them)."""
    known = getattr(request, "_comment_status_counts", None)
    if known is not None:
        return known
    counts = dict.fromkeys(STATUSES, 0)
    counts.update(StatusCount.objects.values_list("status", "total"))
    if request is not None:
        request._comment_status_counts = counts
    return counts


def histories(emails) -> dict[str, CommenterHistory]:
    """Each address's history, by lower-cased address (one query for a page of comments)."""
    wanted = {email.lower() for email in emails}
    return {h.email: h for h in CommenterHistory.objects.filter(email__in=wanted)}
