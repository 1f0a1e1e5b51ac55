"""How many approved comments each page has: what every card of a listing shows.

`PageCommentCount` (models.py) is kept by database triggers, written here for PostgreSQL and
SQLite and installed by migration 0005_page_comment_counts, in the transaction of every insert,
status change and delete of a comment however it is made (as the desk's counts in counts.py:
once per statement on PostgreSQL, row by row on SQLite).
A card then reads its count by primary key instead of counting the page's comments, whose rows
lie scattered over the comment table: for a long-tail page that is one buffer read instead of
one per comment.
"""

from .triggers import TriggerSet, statement_triggers

APPROVED = "'approved'"


# Once per statement on PostgreSQL (as counts.py): one grouped change per page the statement
# touched, from its transition tables; a row whose status and page stayed nets to zero.
def _pg_count(sides: list[tuple[str, str]]) -> str:
    rows = " UNION ALL ".join(
        f"SELECT page_id, {sign}1 AS delta FROM {table} WHERE status = {APPROVED}"
        for table, sign in sides
    )
    return f"""
  INSERT INTO comments_pagecommentcount AS c (page_id, approved)
  SELECT page_id, SUM(delta) FROM ({rows}) AS changed GROUP BY page_id HAVING SUM(delta) <> 0
  ON CONFLICT (page_id) DO UPDATE SET approved = c.approved + EXCLUDED.approved;"""


POSTGRES_TRIGGERS, POSTGRES_DROP = statement_triggers("comments_page", _pg_count)

_SQLITE_REMOVE = f"""
  UPDATE comments_pagecommentcount SET approved = approved - 1
    WHERE page_id = OLD.page_id AND OLD.status = {APPROVED};"""
_SQLITE_ADD = f"""
  INSERT INTO comments_pagecommentcount (page_id, approved)
    SELECT NEW.page_id, 1 WHERE NEW.status = {APPROVED}
    ON CONFLICT (page_id) DO UPDATE SET approved = approved + 1;"""
SQLITE_TRIGGERS = [
    f"CREATE TRIGGER comments_page_insert AFTER INSERT ON articles_comment BEGIN{_SQLITE_ADD}\nEND",
    f"CREATE TRIGGER comments_page_delete AFTER DELETE ON articles_comment BEGIN{_SQLITE_REMOVE}\n"
    "END",
    "CREATE TRIGGER comments_page_update AFTER UPDATE OF status, page_id ON articles_comment "
    "WHEN OLD.status IS NOT NEW.status OR OLD.page_id IS NOT NEW.page_id "
    f"BEGIN{_SQLITE_REMOVE}{_SQLITE_ADD}\nEND",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS comments_page_insert",
    "DROP TRIGGER IF EXISTS comments_page_delete",
    "DROP TRIGGER IF EXISTS comments_page_update",
]

PAGE_COUNTS = TriggerSet(
    postgres=POSTGRES_TRIGGERS,
    postgres_drop=POSTGRES_DROP,
    sqlite=SQLITE_TRIGGERS,
    sqlite_drop=SQLITE_DROP,
    recount_statements=[
        "DELETE FROM comments_pagecommentcount",
        "INSERT INTO comments_pagecommentcount (page_id, approved) SELECT page_id, COUNT(*) "
        f"FROM articles_comment WHERE status = {APPROVED} GROUP BY page_id",
    ],
)
install, uninstall, recount = PAGE_COUNTS.install, PAGE_COUNTS.uninstall, PAGE_COUNTS.recount
