"""The project file: one SQLite database per project, written with sqlite-utils.

An open project works on an in-memory copy of the file; saving copies it with
SQLite's backup API into a temporary file beside the target, flushes it to
disk and renames it over the target. The file on disk is therefore always the
old project or the new one, never a half-written mix.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import json
import os
import re
import secrets
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from briefer.core.errors import DuplicateArticleError, ProjectError
from briefer.core.records import (
    ACTOR_TYPES,
    Actor,
    Analysis,
    Article,
    Mention,
    Quote,
)

APPLICATION_ID = "briefer"
SCHEMA_VERSION = 2
PROJECT_SUFFIX = ".briefer"
SQLITE_HEADER = b"SQLite format 3\x00"

ARTICLE_META_FIELDS = ("title", "outlet", "author", "published", "url")

# Version 1 was the first release; version 2 added full-text search.
_TABLES_V1 = """
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


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


_NON_WORD = re.compile(r"[^\w]+")


def alias_key(name: str) -> str:
    """Normalise a name so spellings of one actor meet: case, accents, 's, dots."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’]s\b", "", text.casefold())
    text = text.replace(".", "")
    return _NON_WORD.sub(" ", text).strip()


def _migrate_1_to_2(db: sqlite_utils.Database) -> None:
    """(Re)build the full-text index of article titles and texts, with its triggers."""
    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        db.conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db["articles"].enable_fts(["title", "text"], create_triggers=True, replace=True)


MIGRATIONS = {1: _migrate_1_to_2}


def _all_text_is_utf8(conn: sqlite3.Connection) -> bool:
    """Whether every stored text decodes, so reads can take sqlite3's fast native path."""
    saved = conn.text_factory
    conn.text_factory = str
    try:
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        for (table,) in tables:
            for _row in conn.execute(f'SELECT * FROM "{table}"'):
                pass
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return False
    finally:
        conn.text_factory = saved
    return True


def _decode_text(data: bytes) -> str:
    """Text as stored; a byte damaged on disk becomes U+FFFD instead of making reads fail."""
    return data.decode("utf-8", "replace")


@functools.cache
def _expected_columns() -> dict[str, frozenset[str]]:
    conn = sqlite3.connect(":memory:")
    conn.executescript(_TABLES_V1)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    expected = {t: frozenset(r[1] for r in conn.execute(f'PRAGMA table_info("{t}")'))
                for t in tables}
    conn.close()
    return expected


def _missing_columns(conn: sqlite3.Connection) -> list[str]:
    """The tables ("quotes") or columns ("quotes.kind") a version-1 schema has and `conn` lacks."""
    missing = []
    for table, columns in _expected_columns().items():
        found = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if not found:
            missing.append(f"{table} table")
        else:
            missing.extend(f"{table}.{c} column" for c in sorted(columns - found))
    return missing


class Project:
    """An open project: articles, actors, mentions, quotes and the brief."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.path = path
        self._saved_changes = conn.total_changes

    # -- lifecycle ---------------------------------------------------------

    @classmethod
    def new(cls) -> Project:
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        project = cls(conn, None)
        project._create_schema()
        project._saved_changes = conn.total_changes
        return project

    @classmethod
    def open(cls, path: str | os.PathLike) -> Project:
        path = Path(path)
        label = path.name
        if not path.exists():
            raise ProjectError(f"{label}: no such file")
        if path.is_dir():
            raise ProjectError(f"{label}: is a folder, not a Briefer project")
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise ProjectError(f"{label}: cannot be read ({exc.strerror})") from exc
        if header != SQLITE_HEADER:
            raise ProjectError(f"{label}: not a Briefer project")
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        # Damaged text in the schema must reach the checks below, not raise on decoding.
        conn.text_factory = _decode_text
        try:
            # A URI (percent-encoded) so that '#', '?' or '%' in a file name stay part of it.
            source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                source.backup(conn)
            finally:
                source.close()
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            # SQLite's message about a damaged schema can quote bytes that are not UTF-8.
            conn.close()
            raise ProjectError(f"{label}: the project file is damaged or truncated") from exc
        if "meta" not in tables:
            conn.close()
            raise ProjectError(f"{label}: an SQLite database, but not a Briefer project")
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError:
            meta = {}
        if meta.get("application") != APPLICATION_ID:
            conn.close()
            raise ProjectError(f"{label}: an SQLite database, but not a Briefer project")
        try:
            version = int(meta.get("schema_version", "0"))
        except ValueError:
            version = 0
        if version > SCHEMA_VERSION:
            conn.close()
            raise ProjectError(
                f"{label}: made by a newer Briefer (format {version}); "
                f"this version reads format {SCHEMA_VERSION} and older"
            )
        if version < 1:
            conn.close()
            raise ProjectError(f"{label}: unknown project format")
        missing = _missing_columns(conn)
        if missing:
            conn.close()
            raise ProjectError(f"{label}: the project file is damaged (no {missing[0]})")
        if _all_text_is_utf8(conn):
            conn.text_factory = str
        conn.execute("PRAGMA foreign_keys = ON")
        project = cls(conn, path)
        if version < SCHEMA_VERSION:
            project._migrate(version)
        elif "articles_fts" not in tables:
            # The search index is derived from the articles: rebuild it rather than refuse.
            _migrate_1_to_2(project.db)
        project._saved_changes = conn.total_changes
        return project

    def _create_schema(self) -> None:
        self.conn.executescript(_TABLES_V1)
        self.set_meta("application", APPLICATION_ID)
        self.set_meta("schema_version", "1")
        self.set_meta("created", _now())
        self._migrate(1)

    def _migrate(self, from_version: int) -> None:
        """Bring an older format up to date (in memory: the file changes on save)."""
        for version in range(from_version, SCHEMA_VERSION):
            MIGRATIONS[version](self.db)
        self.set_meta("schema_version", str(SCHEMA_VERSION))

    @property
    def name(self) -> str:
        return self.path.stem if self.path else "Untitled"

    @property
    def is_dirty(self) -> bool:
        return self.conn.total_changes != self._saved_changes

    def mark_clean(self) -> None:
        self._saved_changes = self.conn.total_changes

    def save(self) -> None:
        if self.path is None:
            raise ProjectError("This project has no file yet: use Save As")
        self.save_as(self.path)

    def save_as(self, path: str | os.PathLike) -> None:
        """Write the project atomically to `path` and make it the project's file."""
        self.write_copy(path)
        self.path = Path(path)
        self.mark_clean()

    def write_copy(self, path: str | os.PathLike) -> None:
        """Write the project atomically to `path` without adopting it (recovery copies)."""
        target = Path(path)
        if target.is_symlink():
            # Replace the file the link points to (a synced folder, say), not the link.
            target = Path(os.path.realpath(target))
        folder = target.parent if str(target.parent) else Path(".")
        if not folder.is_dir():
            raise ProjectError(f"{target}: the folder does not exist")
        tmp_name = str(folder / f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            # The usual permissions (umask), not mkstemp's owner-only ones.
            os.close(os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except OSError as exc:
            raise ProjectError(f"Cannot save {target.name}: {exc.strerror}") from exc
        try:
            if target.is_file():
                os.chmod(tmp_name, target.stat().st_mode & 0o7777)
            dest = sqlite3.connect(tmp_name)
            try:
                # No rollback journal for a file nobody reads until it is complete:
                # a failed write then leaves no "-journal" file behind either.
                dest.execute("PRAGMA journal_mode = OFF")
                self.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            with open(tmp_name, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp_name, target)
            # Temporary copies that a crash in the middle of an earlier save left behind.
            for leftover in folder.glob(f".{glob.escape(target.name)}.*.tmp*"):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            with contextlib.suppress(OSError):
                dir_fd = os.open(folder, os.O_RDONLY)
                try:
                    os.fsync(dir_fd)
                finally:
                    os.close(dir_fd)
        except (OSError, sqlite3.Error) as exc:
            for leftover in (tmp_name, f"{tmp_name}-journal"):
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
            reason = getattr(exc, "strerror", None) or str(exc)
            raise ProjectError(f"Cannot save {target.name}: {reason}") from exc

    def close(self) -> None:
        self.conn.close()

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

    def insert(self, table: str, row: dict) -> int:
        """Insert one row and return its id (raw SQL: sqlite-utils would commit)."""
        cols = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" * len(row))
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values())
        )
        return cursor.lastrowid

    def insert_many(self, table: str, rows: Iterable[dict], replace: bool = False) -> None:
        rows = list(rows)
        if not rows:
            return
        cols = list(rows[0])
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        sql = (f"{verb} INTO {table} ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in cols)}) "
               f"VALUES ({', '.join('?' * len(cols))})")
        self.conn.executemany(sql, [[r[c] for c in cols] for r in rows])

    def update(self, table: str, row_id: int, values: dict) -> None:
        if values:
            sets = ", ".join(f'"{c}" = ?' for c in values)
            self.conn.execute(
                f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), row_id]
            )

    def rows(self, table: str, where: str = "", params: Iterable = ()) -> list[dict]:
        return list(self.db[table].rows_where(where or None, list(params)))

    def restore_rows(self, table: str, rows: Iterable[dict]) -> None:
        """Put rows back exactly as captured (insert or replace by primary key)."""
        self.insert_many(table, rows, replace=True)

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

    # -- articles -----------------------------------------------------------

    def find_article_by_hash(self, digest: str) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ?", (digest,)
        ).fetchone()
        return row[0] if row else None

    def add_article(self, article: Article) -> Article:
        """Store a new article; raises DuplicateArticleError for known content."""
        existing = self.find_article_by_hash(article.content_hash)
        if existing is not None:
            title = self.article(existing).title or "an article"
            raise DuplicateArticleError(
                f"already in the project as “{title}”", existing_id=existing
            )
        article.imported_at = article.imported_at or _now()
        row = {k: v for k, v in article.__dict__.items() if k != "id"}
        with self.transaction():
            article.id = self.insert("articles", row)
        return article

    def article(self, article_id: int) -> Article:
        rows = self.rows("articles", "id = ?", [article_id])
        if not rows:
            raise ProjectError(f"No article {article_id} in this project")
        return Article(**rows[0])

    def articles(self) -> list[Article]:
        return [Article(**row) for row in self.db["articles"].rows_where(order_by="id")]

    def article_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]

    def update_article(self, article_id: int, **fields: str) -> None:
        unknown = set(fields) - set(ARTICLE_META_FIELDS) - {"analyzed_at"}
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        self.update("articles", article_id, {k: (v or "") for k, v in fields.items()})

    def remove_article(self, article_id: int) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            self.prune_actors()

    def search_articles(self, query: str) -> list[int]:
        """Article ids whose title or text match `query` (SQLite FTS5), best first."""
        words = re.findall(r"\w+", query)
        if not words:
            return self.article_ids()
        fts_query = " ".join(f'"{w}"*' if i == len(words) - 1 else f'"{w}"'
                             for i, w in enumerate(words))
        sql = (
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank"
        )
        return [r[0] for r in self.conn.execute(sql, (fts_query,))]

    def articles_with_speaker(self, actor_id: int) -> list[int]:
        sql = (
            "SELECT DISTINCT article_id FROM quotes WHERE (speaker_id = ? "
            "OR EXISTS (SELECT 1 FROM json_each(quotes.speaker_ids) WHERE value = ?)) "
            "AND status != 'rejected' ORDER BY article_id"
        )
        return [r[0] for r in self.conn.execute(sql, (actor_id, actor_id))]

    def articles_mentioning(self, actor_id: int) -> list[int]:
        sql = "SELECT DISTINCT article_id FROM mentions WHERE actor_id = ? ORDER BY article_id"
        return [r[0] for r in self.conn.execute(sql, (actor_id,))]

    # -- analysis -----------------------------------------------------------

    def store_analysis(self, article_id: int, analysis: Analysis) -> None:
        """Replace an article's automatic results, keeping every user decision.

        Actors are matched to project actors through their aliases, so a name
        the user merged or renamed keeps pointing at the user's actor. Quotes
        the user accepted, rejected, reassigned or added survive; a new
        automatic quote at the same span as a kept one is dropped.
        """
        with self.transaction():
            self.conn.execute(
                "DELETE FROM mentions WHERE article_id = ? AND origin = 'auto'", (article_id,)
            )
            self.conn.execute(
                "DELETE FROM quotes WHERE article_id = ? AND origin = 'auto' "
                "AND status = 'pending' AND speaker_locked = 0",
                (article_id,),
            )
            kept_spans = {
                (r[0], r[1])
                for r in self.conn.execute(
                    'SELECT start, "end" FROM quotes WHERE article_id = ?', (article_id,)
                )
            }
            actor_ids: dict[str, int] = {}
            for extracted in analysis.actors:
                actor_id = self._resolve_actor(extracted)
                actor_ids[extracted.key] = actor_id
                self.insert_many("mentions", [
                    {
                        "article_id": article_id,
                        "actor_id": actor_id,
                        "start": m.start,
                        "end": m.end,
                        "text": m.text,
                        "origin": "auto",
                    }
                    for m in extracted.mentions
                ])
            self.insert_many("quotes", [
                {
                    "article_id": article_id,
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "kind": q.kind,
                    "speaker_id": actor_ids.get(q.speaker_key) if q.speaker_key else None,
                    "speaker_ids": json.dumps(
                        [actor_ids[k] for k in q.speaker_keys if k in actor_ids]
                    ),
                    "cue": q.cue,
                }
                for q in analysis.quotes
                if (q.start, q.end) not in kept_spans
            ])
            self.update("articles", article_id, {"analyzed_at": _now()})
            self.prune_actors()

    def _resolve_actor(self, extracted) -> int:
        keys = [alias_key(n) for n in [extracted.name, *extracted.aliases]]
        keys = [k for k in dict.fromkeys(keys) if k]
        actor_id = None
        for key in keys:
            row = self.conn.execute(
                "SELECT actor_id FROM actor_aliases WHERE alias = ?", (key,)
            ).fetchone()
            if row:
                actor_id = row[0]
                break
        if actor_id is None:
            actor_id = self.insert(
                "actors",
                {
                    "name": extracted.name,
                    "type": extracted.type if extracted.type in ACTOR_TYPES else "organization",
                    "roles": json.dumps(extracted.roles),
                    "affiliation": extracted.affiliation,
                    "is_expert": int(extracted.is_expert),
                },
            )
        else:
            row = self.db["actors"].get(actor_id)
            if not row["locked"]:
                roles = list(dict.fromkeys([*json.loads(row["roles"]), *extracted.roles]))
                name = row["name"]
                if len(extracted.name) > len(name):
                    name = extracted.name
                self.update(
                    "actors",
                    actor_id,
                    {
                        "name": name,
                        "roles": json.dumps(roles),
                        "affiliation": row["affiliation"] or extracted.affiliation,
                        "is_expert": int(bool(row["is_expert"]) or extracted.is_expert),
                    },
                )
        for key in keys:
            self.conn.execute(
                "INSERT OR IGNORE INTO actor_aliases (alias, actor_id) VALUES (?, ?)",
                (key, actor_id),
            )
        return actor_id

    def prune_actors(self) -> None:
        """Drop actors nothing refers to any more, unless the user made or edited them.

        A joint speaker of a kept quote (in `speaker_ids` only) still counts as referred to.
        """
        unused = """
            SELECT id FROM actors WHERE locked = 0
            AND id NOT IN (SELECT actor_id FROM mentions)
            AND id NOT IN (SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL)
            AND id NOT IN (SELECT value FROM quotes, json_each(quotes.speaker_ids))
            AND id NOT IN (SELECT actor_id FROM brief_items WHERE actor_id IS NOT NULL)
        """
        self.conn.execute(f"DELETE FROM actor_aliases WHERE actor_id IN ({unused})")
        self.conn.execute(f"DELETE FROM actors WHERE id IN ({unused})")

    # -- actors -------------------------------------------------------------

    def _actor_from_row(self, row: dict) -> Actor:
        return Actor(
            id=row["id"],
            name=row["name"],
            type=row["type"],
            roles=json.loads(row["roles"]),
            affiliation=row["affiliation"],
            is_expert=bool(row["is_expert"]),
            mention_count=row.get("mention_count", 0),
            quote_count=row.get("quote_count", 0),
        )

    _ACTOR_SQL = """
        SELECT actors.*,
          (SELECT COUNT(*) FROM mentions WHERE mentions.actor_id = actors.id) AS mention_count,
          (SELECT COUNT(*) FROM quotes WHERE quotes.speaker_id = actors.id
             AND quotes.status != 'rejected') AS quote_count
        FROM actors
    """

    def actors(self) -> list[Actor]:
        cursor = self.conn.execute(self._ACTOR_SQL + " ORDER BY name COLLATE NOCASE")
        names = [c[0] for c in cursor.description]
        return [self._actor_from_row(dict(zip(names, r, strict=True))) for r in cursor]

    def actor(self, actor_id: int) -> Actor:
        cursor = self.conn.execute(self._ACTOR_SQL + " WHERE id = ?", (actor_id,))
        names = [c[0] for c in cursor.description]
        row = cursor.fetchone()
        if row is None:
            raise ProjectError(f"No actor {actor_id} in this project")
        return self._actor_from_row(dict(zip(names, row, strict=True)))

    def add_actor(self, name: str, type_: str = "person", roles: list[str] | None = None,
                  affiliation: str = "", is_expert: bool = False) -> int:
        """An actor the user creates by hand; it is never pruned."""
        if type_ not in ACTOR_TYPES:
            raise ValueError(f"unknown actor type {type_!r}")
        with self.transaction():
            actor_id = self.insert(
                "actors",
                {
                    "name": name.strip(),
                    "type": type_,
                    "roles": json.dumps(roles or []),
                    "affiliation": affiliation,
                    "is_expert": int(is_expert),
                    "locked": 1,
                },
            )
            self.conn.execute(
                "INSERT OR REPLACE INTO actor_aliases (alias, actor_id) VALUES (?, ?)",
                (alias_key(name), actor_id),
            )
        return actor_id

    def update_actor(self, actor_id: int, **fields) -> None:
        """Edit an actor by hand; the edit is kept through re-analysis."""
        allowed = {"name", "type", "roles", "affiliation", "is_expert"}
        if set(fields) - allowed:
            raise ValueError(f"not editable: {sorted(set(fields) - allowed)}")
        if "type" in fields and fields["type"] not in ACTOR_TYPES:
            raise ValueError(f"unknown actor type {fields['type']!r}")
        values = dict(fields, locked=1)
        if "roles" in values:
            values["roles"] = json.dumps(list(values["roles"]))
        if "is_expert" in values:
            values["is_expert"] = int(bool(values["is_expert"]))
        with self.transaction():
            self.update("actors", actor_id, values)
            if "name" in fields:
                self.conn.execute(
                    "INSERT OR REPLACE INTO actor_aliases (alias, actor_id) VALUES (?, ?)",
                    (alias_key(fields["name"]), actor_id),
                )

    def confirmed_names(self) -> list[tuple[str, str]]:
        """(name, type) of the actors the user made or edited, for the NLP's entity ruler."""
        return [(name, type_) for name, type_ in self.conn.execute(
            "SELECT name, type FROM actors WHERE locked = 1 ORDER BY id")]

    def actor_aliases(self, actor_id: int) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", (actor_id,))]

    # -- mentions -----------------------------------------------------------

    def mentions(self, article_id: int | None = None, actor_id: int | None = None) -> list[Mention]:
        clauses, params = [], []
        if article_id is not None:
            clauses.append("article_id = ?")
            params.append(article_id)
        if actor_id is not None:
            clauses.append("actor_id = ?")
            params.append(actor_id)
        rows = self.db["mentions"].rows_where(
            " AND ".join(clauses) or None, params, order_by="article_id, start"
        )
        return [Mention(**row) for row in rows]

    def add_mention(self, article_id: int, actor_id: int, start: int, end: int) -> int:
        text = self.article(article_id).text[start:end]
        return self.insert("mentions",
            {"article_id": article_id, "actor_id": actor_id, "start": start, "end": end,
             "text": text, "origin": "user"})

    # -- quotes -------------------------------------------------------------

    @staticmethod
    def _quote_from_row(row: dict) -> Quote:
        return Quote(
            id=row["id"],
            article_id=row["article_id"],
            start=row["start"],
            end=row["end"],
            text=row["text"],
            kind=row["kind"],
            speaker_id=row["speaker_id"],
            speaker_ids=json.loads(row["speaker_ids"]),
            cue=row["cue"],
            status=row["status"],
            origin=row["origin"],
        )

    def quotes(self, article_id: int | None = None) -> list[Quote]:
        where = "article_id = ?" if article_id is not None else None
        params = [article_id] if article_id is not None else []
        rows = self.db["quotes"].rows_where(where, params, order_by="article_id, start")
        return [self._quote_from_row(r) for r in rows]

    def quote(self, quote_id: int) -> Quote:
        rows = self.rows("quotes", "id = ?", [quote_id])
        if not rows:
            raise ProjectError(f"No quote {quote_id} in this project")
        return self._quote_from_row(rows[0])

    def add_quote(self, article_id: int, start: int, end: int, kind: str = "direct",
                  speaker_id: int | None = None, cue: str | None = None) -> int:
        """A quote the user marks by hand: accepted, and kept through re-analysis."""
        text = self.article(article_id).text[start:end]
        return self.insert("quotes",
            {"article_id": article_id, "start": start, "end": end, "text": text,
             "kind": kind, "speaker_id": speaker_id,
             "speaker_ids": json.dumps([speaker_id] if speaker_id else []),
             "cue": cue, "status": "accepted", "origin": "user",
             "speaker_locked": int(speaker_id is not None)})

    def set_quote_status(self, quote_id: int, status: str) -> None:
        if status not in ("pending", "accepted", "rejected"):
            raise ValueError(f"unknown review status {status!r}")
        self.update("quotes", quote_id, {"status": status})

    def set_quote_speaker(self, quote_id: int, speaker_id: int | None) -> None:
        self.update(
            "quotes", quote_id,
            {"speaker_id": speaker_id,
             "speaker_ids": json.dumps([speaker_id] if speaker_id else []),
             "speaker_locked": 1},
        )

    def set_quote_span(self, quote_id: int, start: int, end: int) -> None:
        quote = self.quote(quote_id)
        text = self.article(quote.article_id).text
        if not 0 <= start < end <= len(text):
            raise ValueError("the span lies outside the article")
        values = {"start": start, "end": end, "text": text[start:end], "speaker_locked": 1}
        self.update("quotes", quote_id, values)

    def review_counts(self) -> dict[int, dict[str, int]]:
        """Per article: actor, quote and still-unreviewed quote counts."""
        counts: dict[int, dict[str, int]] = {
            a: {"actors": 0, "quotes": 0, "pending": 0} for a in self.article_ids()
        }
        for article_id, n in self.conn.execute(
            "SELECT article_id, COUNT(DISTINCT actor_id) FROM mentions GROUP BY article_id"
        ):
            counts[article_id]["actors"] = n
        for article_id, n, pending in self.conn.execute(
            "SELECT article_id, SUM(status != 'rejected'), SUM(status = 'pending') "
            "FROM quotes GROUP BY article_id"
        ):
            counts[article_id]["quotes"] = n or 0
            counts[article_id]["pending"] = pending or 0
        return counts


def project_path(path: str | os.PathLike) -> Path:
    """The path with the project suffix added when the user left it off."""
    path = Path(path)
    return path if path.suffix == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)
