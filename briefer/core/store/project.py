"""An open project: its lifecycle (new, open, save) over the typed queries.

The project lives in memory while open (see `files`); `Project` adds the
file it belongs to, whether it changed since the last save, and the entry
to the re-analysis merge policy (see `merge`).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from briefer.core.errors import ProjectError
from briefer.core.records import Analysis
from briefer.core.store import files, merge, schema
from briefer.core.store.queries import ProjectQueries


class Project(ProjectQueries):
    """An open project: articles, actors, mentions, quotes and the brief."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        super().__init__(conn)
        self.path = path
        self._saved_changes = conn.total_changes

    # -- lifecycle ---------------------------------------------------------

    @classmethod
    def new(cls) -> Project:
        conn = files.new_connection()
        conn.execute("PRAGMA foreign_keys = ON")
        project = cls(conn, None)
        schema.create_schema(project.db)
        project._saved_changes = conn.total_changes
        return project

    @classmethod
    def open(cls, path: str | os.PathLike) -> Project:
        path = Path(path)
        conn, version, tables = files.load_project_file(path)
        conn.execute("PRAGMA foreign_keys = ON")
        project = cls(conn, path)
        if version < schema.SCHEMA_VERSION:
            schema.migrate(project.db, version)
        elif "articles_fts" not in tables:
            # The search index is derived from the articles: rebuild it rather than refuse.
            schema.rebuild_search_index(project.db)
        project._saved_changes = conn.total_changes
        return project

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
        files.write_atomic(self.conn, path)

    def private_copy(self) -> Project:
        """A copy of the project in memory that another thread may read or write out
        (an export, a recovery copy) while this one goes on changing."""
        conn = files.new_connection()
        self.conn.backup(conn)
        return Project(conn, self.path)

    def close(self) -> None:
        self.conn.close()

    # -- analysis -----------------------------------------------------------

    def store_analysis(self, article_id: int, analysis: Analysis) -> None:
        """Replace an article's automatic results, keeping every user decision (see `merge`)."""
        merge.store_analysis(self, article_id, analysis)
