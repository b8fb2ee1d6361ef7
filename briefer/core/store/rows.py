"""Generic row access over a project's connection: what undo records and replays.

`RowStore` is the base the typed queries and the `Project` build on; it knows
tables only by name, so an undo command can capture rows and put them back
without knowing what they mean.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

import sqlite_utils


def utc_now() -> str:
    """The current time as stored in the project (UTC, to the second)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class RowStore:
    """A project's connection with transactions, generic rows and the meta table."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.db = sqlite_utils.Database(conn)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All changes inside are applied together or not at all."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- generic row access, used by undo commands --------------------------

    def insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert one row and return its id (raw SQL: sqlite-utils would commit)."""
        cols = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" * len(row))
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values())
        )
        assert cursor.lastrowid is not None  # set by every INSERT
        return cursor.lastrowid

    def insert_many(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        rows = list(rows)
        if not rows:
            return
        cols = list(rows[0])
        sql = (f"INSERT INTO {table} ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in cols)}) "
               f"VALUES ({', '.join('?' * len(cols))})")
        self.conn.executemany(sql, [[r[c] for c in cols] for r in rows])

    def update(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        if values:
            sets = ", ".join(f'"{c}" = ?' for c in values)
            self.conn.execute(
                f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), row_id]
            )

    def rows(self, table: str, where: str = "", params: Iterable[Any] = ()) -> list[dict]:
        return list(self.db[table].rows_where(where or None, list(params)))

    def restore_rows(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """Put rows back exactly as captured: update the row with that key, or insert it.

        An upsert rather than `INSERT OR REPLACE`: a replace deletes the old row
        without firing delete triggers unless `recursive_triggers` is on, which
        left the full-text index holding the old text.
        """
        rows = list(rows)
        if not rows:
            return
        cols = list(rows[0])
        keys = self.primary_key(table)
        updates = [c for c in cols if c not in keys] or keys
        sql = (f"INSERT INTO {table} ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in cols)}) "
               f"VALUES ({', '.join('?' * len(cols))}) "
               f"ON CONFLICT ({', '.join(f'{chr(34)}{k}{chr(34)}' for k in keys)}) DO UPDATE SET "
               + ", ".join(f'"{c}" = excluded."{c}"' for c in updates))
        self.conn.executemany(sql, [[r[c] for c in cols] for r in rows])

    def primary_key(self, table: str) -> list[str]:
        """The primary-key columns of `table`, in key order."""
        info = self.conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        return [r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5])]

    def delete_rows(self, table: str, ids: Iterable[int]) -> None:
        ids = list(ids)
        if ids:
            marks = ",".join("?" * len(ids))
            self.conn.execute(f"DELETE FROM {table} WHERE id IN ({marks})", ids)

    # -- meta ---------------------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
