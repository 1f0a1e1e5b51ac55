"""Counts kept by database triggers: how a set of them is installed, removed and recounted.

A `TriggerSet` names the statements for PostgreSQL and SQLite (other databases get no
triggers and count nothing) and the statements that count again from the comment table.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection

# A statement's rows, as its triggers see them: (transition table, sign of their change).
OLD_ROWS, NEW_ROWS = ("old_rows", "-"), ("new_rows", "")
STATEMENTS = [
    ("INSERT", "NEW TABLE AS new_rows", [NEW_ROWS]),
    ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows", [OLD_ROWS, NEW_ROWS]),
    ("DELETE", "OLD TABLE AS old_rows", [OLD_ROWS]),
]


def statement_triggers(name: str, count: Callable[[list], str]) -> tuple[str, str]:
    """(create, drop) for PostgreSQL: a trigger `<name>_insert`, `_update` and `_delete` on the
    comment table, each once per statement, running the SQL `count(rows)` writes for the
    transition tables it has (OLD_ROWS, NEW_ROWS). Both drop first the row-level trigger
    `<name>_count` (and `_count_update`) of the earlier version."""
    suffixes = ["count", "count_update", "insert", "update", "delete"]
    drop = "".join(f"DROP TRIGGER IF EXISTS {name}_{x} ON articles_comment;\n" for x in suffixes)
    drop += "".join(
        f"DROP FUNCTION IF EXISTS {name}_{x}();\n" for x in suffixes if x != "count_update"
    )
    create = "".join(
        f"""
CREATE FUNCTION {name}_{operation.lower()}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN{count(rows)}
  RETURN NULL;
END $$;
CREATE TRIGGER {name}_{operation.lower()} AFTER {operation} ON articles_comment
  REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION {name}_{operation.lower()}();
"""
        for operation, tables, rows in STATEMENTS
    )
    return drop + create, drop


@dataclass(frozen=True)
class TriggerSet:
    postgres: str
    postgres_drop: str
    sqlite: list[str]
    sqlite_drop: list[str]
    recount_statements: list[str]

    def install(self, schema_editor) -> None:
        """Create the triggers and count what the table holds already."""
        vendor = schema_editor.connection.vendor
        if vendor == "postgresql":
            schema_editor.execute(self.postgres)
        elif vendor == "sqlite":
            for statement in self.sqlite:
                schema_editor.execute(statement)
        self.recount(schema_editor.connection)

    def reinstall(self, schema_editor) -> None:
        """Put this version of the triggers in place of what is there (an earlier version, or
        nothing: SQLite drops a table's triggers when a migration rebuilds the table), in the
        migration's transaction. The counts are right already and stay so: nothing is
        recounted."""
        vendor = schema_editor.connection.vendor
        if vendor == "postgresql":
            schema_editor.execute(self.postgres)  # it drops what it replaces first
        elif vendor == "sqlite":
            for statement in [*self.sqlite_drop, *self.sqlite]:
                schema_editor.execute(statement)

    def uninstall(self, schema_editor) -> None:
        vendor = schema_editor.connection.vendor
        if vendor == "postgresql":
            schema_editor.execute(self.postgres_drop)
        elif vendor == "sqlite":
            for statement in self.sqlite_drop:
                schema_editor.execute(statement)

    def recount(self, using=None) -> None:
        """Count again from the comment table (one pass per statement)."""
        with (using or connection).cursor() as cursor:
            for statement in self.recount_statements:
                cursor.execute(statement)
