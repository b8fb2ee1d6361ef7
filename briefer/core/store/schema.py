"""The project file's schema, its version and the migrations between versions."""

from __future__ import annotations

import functools
import re
import sqlite3

import sqlite_utils

from briefer.core import registry
from briefer.core.store.rows import utc_now

APPLICATION_ID = "briefer"
SCHEMA_VERSION = 3

# Version 1 was the first release; version 2 added full-text search; version 3
# holds only the registry's actor types (`registry.ACTOR_TYPES`), the four of
# earlier versions among them.
TABLES_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    source_path TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL DEFAULT '',
    analyzed_at TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    roles TEXT NOT NULL DEFAULT '[]',
    affiliation TEXT NOT NULL DEFAULT '',
    is_expert INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS actor_aliases (
    alias TEXT PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors(id)
);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'auto'
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor_id);
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker_id INTEGER REFERENCES actors(id),
    speaker_ids TEXT NOT NULL DEFAULT '[]',
    cue TEXT,
    status TEXT NOT NULL DEFAULT 'pending',
    origin TEXT NOT NULL DEFAULT 'auto',
    speaker_locked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id);
CREATE TABLE IF NOT EXISTS brief_meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS brief_sections (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS brief_items (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES brief_sections(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    quote_id INTEGER,
    actor_id INTEGER,
    article_id INTEGER,
    text TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL DEFAULT '{}'
);
"""


def rebuild_search_index(db: sqlite_utils.Database) -> None:
    """(Re)build the full-text index of article titles and texts, with its triggers."""
    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        db.conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db["articles"].enable_fts(["title", "text"], create_triggers=True, replace=True)


def registry_actor_types(db: sqlite_utils.Database) -> None:
    """Give each actor a registry type: names it replaces map to it, others to the default."""
    for (type_,) in db.conn.execute("SELECT DISTINCT type FROM actors").fetchall():
        wanted = registry.actor_type(type_).key
        if wanted != type_:
            db.conn.execute("UPDATE actors SET type = ? WHERE type = ?", (wanted, type_))


MIGRATIONS = {1: rebuild_search_index, 2: registry_actor_types}


def create_schema(db: sqlite_utils.Database) -> None:
    """Lay out an empty project at the current format."""
    db.conn.executescript(TABLES_V1)
    _set_meta(db.conn, "application", APPLICATION_ID)
    _set_meta(db.conn, "schema_version", "1")
    _set_meta(db.conn, "created", utc_now())
    migrate(db, 1)


def migrate(db: sqlite_utils.Database, from_version: int) -> None:
    """Bring an older format up to date (in memory: the file changes on save)."""
    for version in range(from_version, SCHEMA_VERSION):
        MIGRATIONS[version](db)
    _set_meta(db.conn, "schema_version", str(SCHEMA_VERSION))


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


@functools.cache
def _expected_columns() -> dict[str, frozenset[str]]:
    conn = sqlite3.connect(":memory:")
    conn.executescript(TABLES_V1)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    expected = {t: frozenset(r[1] for r in conn.execute(f'PRAGMA table_info("{t}")'))
                for t in tables}
    conn.close()
    return expected


def missing_columns(conn: sqlite3.Connection) -> list[str]:
    """The tables ("quotes") or columns ("quotes.kind") a version-1 schema has and `conn` lacks."""
    missing = []
    for table, columns in _expected_columns().items():
        found = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if not found:
            missing.append(f"{table} table")
        else:
            missing.extend(f"{table}.{c} column" for c in sorted(columns - found))
    return missing


# The search index: derived from the articles, so it may be missing (it is rebuilt).
SEARCH_INDEX = "articles_fts"
_SEARCH_TRIGGERS = frozenset({"articles_ai", "articles_ad", "articles_au"})


@functools.cache
def _expected_objects() -> dict[str, tuple[str, str, str]]:
    """Every table, index, trigger and view of a current project: name -> (type, table, SQL)."""
    db = sqlite_utils.Database(memory=True)
    create_schema(db)
    expected = {
        name: (type_, table, _normalised(sql))
        for type_, name, table, sql in db.conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL")
    }
    db.conn.close()
    return expected


def _normalised(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


def _is_search_shadow(name: str) -> bool:
    """The tables SQLite's FTS5 keeps the index in (their SQL varies with SQLite's version)."""
    return name.startswith(f"{SEARCH_INDEX}_")


def unexpected_object(conn: sqlite3.Connection, only: str | None = None) -> str | None:
    """The first schema object that a project Briefer wrote would not have, described.

    A project file is untrusted input: a view, a trigger or an altered table
    would run its own SQL when Briefer reads or writes. Only the objects of the
    current schema, with exactly their SQL, pass; the search index's objects
    may be missing. `only` restricts the check to one object (the meta table,
    checked before the format version is read).
    """
    expected = _expected_objects()
    sql = "SELECT type, name, tbl_name, sql FROM sqlite_master"
    params: tuple[str, ...] = ()
    if only is not None:
        sql += " WHERE name = ?"
        params = (only,)
    for type_, name, table, text in conn.execute(sql, params):
        if text is None:
            known = (type_ == "index" and name.startswith("sqlite_autoindex_")
                     and expected.get(table, ("",))[0] == "table")
        elif _is_search_shadow(name):
            known = type_ == "table" and name in expected
        else:
            known = expected.get(name) == (type_, table, _normalised(text))
        if not known:
            return f"{type_} “{name}”"
    return None


def search_index_is_partial(names: set[str]) -> bool:
    """Whether the search index lacks some of its parts (then it is rebuilt)."""
    parts = {n for n in _expected_objects() if n == SEARCH_INDEX or _is_search_shadow(n)}
    return not (parts | _SEARCH_TRIGGERS) <= names


# Columns holding JSON, and the JSON type each must hold.
JSON_COLUMNS: dict[tuple[str, str], str] = {
    ("actors", "roles"): "array",
    ("quotes", "speaker_ids"): "array",
    ("brief_items", "data"): "object",
}
_STORAGE_CLASS = {"TEXT": "text", "INTEGER": "integer"}


def bad_value(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> str | None:
    """The first stored value Briefer could not read, described ("actors.roles of row 3").

    Each column must hold its declared type (an article text stored as a BLOB
    would otherwise fail far from here), each JSON column valid JSON of its
    kind, and from format 3 each actor a type of the registry (older formats
    are migrated instead); one scan per table. Quotes and mentions must lie
    inside their article's text.
    """
    for table in _expected_columns():
        checks = []
        for _cid, column, declared, notnull, _default, _pk in conn.execute(
                f'PRAGMA table_info("{table}")'):
            allowed = [_STORAGE_CLASS[declared]] + ([] if notnull else ["null"])
            kinds = ", ".join(f"'{kind}'" for kind in allowed)
            condition = f'typeof("{column}") NOT IN ({kinds})'
            if (table, column) == ("actors", "type") and version >= 3:
                known = ", ".join(f"'{key}'" for key in registry.ACTOR_TYPES)
                condition += f' OR "{column}" NOT IN ({known})'
            json_type = JSON_COLUMNS.get((table, column))
            if json_type is not None:
                condition += (f' OR (CASE WHEN json_valid("{column}") THEN '
                              f'json_type("{column}") != \'{json_type}\' ELSE 1 END)')
            checks.append((column, condition))
        where = " OR ".join(f"({condition})" for _column, condition in checks)
        row = conn.execute(
            f'SELECT rowid, {", ".join(c for _col, c in checks)} FROM "{table}" '
            f"WHERE {where} LIMIT 1").fetchone()
        if row is not None:
            column = next(col for (col, _c), bad in zip(checks, row[1:], strict=True) if bad)
            return f"{table}.{column} of row {row[0]}"
    # A span outside its article's text would send every view that draws it astray.
    # SQLite's length() stops at a NUL a text may hold; its UTF-8 bytes bound the
    # characters from above, so no span inside the text is ever refused. Each text is
    # measured once: measured for each of its spans, a 7.8 MB article with 48,000 quotes
    # took 94 seconds to open.
    sizes = conn.execute("SELECT id, length(CAST(text AS BLOB)) FROM articles").fetchall()
    for table in ("quotes", "mentions"):
        for article_id, size in sizes:
            row = conn.execute(
                f'SELECT rowid FROM "{table}" WHERE article_id = ? '
                f'AND (start < 0 OR "end" < start OR "end" > ?) LIMIT 1',
                (article_id, size)).fetchone()
            if row is not None:
                return f"{table} span of row {row[0]}"
    return None
