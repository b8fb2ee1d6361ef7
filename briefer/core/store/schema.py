"""The project file's schema, its version and the migrations between versions."""

from __future__ import annotations

import functools
import sqlite3

import sqlite_utils

from briefer.core.store.rows import utc_now

APPLICATION_ID = "briefer"
SCHEMA_VERSION = 2

# Version 1 was the first release; version 2 added full-text search.
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


MIGRATIONS = {1: rebuild_search_index}


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
