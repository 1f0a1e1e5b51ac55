"""Counts kept by database triggers: how a set of them is installed, removed and recounted.

A `TriggerSet` names the statements for PostgreSQL and SQLite (other databases get no
triggers and count nothing) and the statements that count again from the comment table.
"""

from dataclasses import dataclass

from django.db import connection


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
