"""An open project: its lifecycle (new, open, save, close) over the typed queries.

The project lives in memory while open (see `files`). `Project` adds the file
it belongs to, the lock it holds on that file while open for changes (see
`lock`), what the file looked like when last read or written (so a save
refuses to overwrite someone else's changes), whether it changed since the
last save, and the entry to the re-analysis merge policy (see `merge`).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from briefer.core.errors import ProjectChangedError, ProjectError
from briefer.core.records import Analysis
from briefer.core.store import files, merge, schema
from briefer.core.store.lock import ProjectLock
from briefer.core.store.queries import ProjectQueries


class Project(ProjectQueries):
    """An open project: articles, actors, mentions, quotes and the brief.

    `read_only` projects hold no lock and cannot `save` over their file
    (`save_as` elsewhere still works).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, read_only: bool = False):
        super().__init__(conn)
        self.path = path
        self.read_only = read_only
        self._saved_changes = conn.total_changes
        self._lock: ProjectLock | None = None
        # The file as last read or written: (its path, its state; None for "no file").
        self._seen: tuple[Path, files.DiskState | None] | None = None

    # -- lifecycle ---------------------------------------------------------

    @classmethod
    def new(cls, path: str | os.PathLike | None = None) -> Project:
        """An empty project; with `path`, the file it will be saved to, locked from now on.

        Its first save refuses if a file appeared at `path` in the meantime.
        """
        conn = files.new_connection()
        conn.execute("PRAGMA foreign_keys = ON")
        project = cls(conn, None)
        schema.create_schema(project.db)
        project._saved_changes = conn.total_changes
        if path is not None:
            target = Path(path)
            project._lock = ProjectLock.acquire(target)
            project.path = target
            project._seen = (target, None)
        return project

    @classmethod
    def open(cls, path: str | os.PathLike, read_only: bool = False) -> Project:
        """Open the project at `path`; unless `read_only`, lock it for this process.

        Raises `ProjectLockedError` when another process has it open for changes.
        """
        path = Path(path)
        lock = ProjectLock.acquire(path) if not read_only and path.is_file() else None
        try:
            seen = files.disk_state(path) if path.is_file() else None
            conn, version, tables = files.load_project_file(path)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        conn.execute("PRAGMA foreign_keys = ON")
        project = cls(conn, path, read_only=read_only)
        project._lock = lock
        project._seen = (path, seen)
        if version < schema.SCHEMA_VERSION:
            schema.migrate(project.db, version)
        elif schema.search_index_is_partial(tables):
            # The search index is derived from the articles: rebuild it rather than refuse.
            schema.rebuild_search_index(project.db)
        project._saved_changes = conn.total_changes
        return project

    @property
    def name(self) -> str:
        """The name shown (window title, questions): the file's stem, with bytes of another
        encoding than the system's as U+FFFD (Qt showed no name at all for them)."""
        if self.path is None:
            return "Untitled"
        return self.path.stem.encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    @property
    def is_dirty(self) -> bool:
        return self.conn.total_changes != self._saved_changes

    def mark_clean(self) -> None:
        self._saved_changes = self.conn.total_changes

    def mark_unsaved(self) -> None:
        """Count the project as changed since its last save (restored unsaved work)."""
        self._saved_changes = -1

    def save(self) -> None:
        if self.path is None:
            raise ProjectError("This project has no file yet: use Save As")
        if self.read_only:
            raise ProjectError(
                f"{self.path.name} is open read-only: save it under another name (Save As)"
            )
        self.save_as(self.path)

    def save_as(self, path: str | os.PathLike) -> None:
        """Write the project atomically to `path` and make it the project's file.

        Raises `ProjectLockedError` when another process has `path` open for
        changes, and `ProjectChangedError` when `path` is the file this project
        was read from (or last saved to) and someone changed it since.
        """
        target = Path(path)
        keeps_lock = self._lock is not None and self._lock.guards(target)
        lock = self._lock if keeps_lock else ProjectLock.acquire(target)
        try:
            seen = self._seen
            if (seen is not None and _same_file(seen[0], target)
                    and files.changed_on_disk(target, seen[1])):
                raise ProjectChangedError(
                    f"{target.name} was changed by another program since it was opened "
                    "here; save under another name (Save As) so neither version is lost"
                )
            files.refuse_read_only(Path(os.path.realpath(target)))
            state = files.write_atomic(self.conn, target)
        except BaseException:
            if lock is not None and lock is not self._lock:
                lock.release()
            raise
        if lock is not self._lock:
            if self._lock is not None:
                self._lock.release()
            self._lock = lock
        self.path = target
        self.read_only = False
        self._seen = (target, state)
        self.mark_clean()

    def check_writable(self) -> None:
        """Raise `ProjectError` (one line) if saving to the project's file would fail for
        want of permission: asked before long work, so none of it is lost to a failed save."""
        if self.path is not None:
            files.check_writable(self.path)

    def adopt_file(self, path: str | os.PathLike) -> None:
        """Make `path` this project's file as it is on disk now (a restored recovery copy).

        The file is locked for this process (`ProjectLockedError` if another
        has it), and the next save overwrites it as it is now, unless it
        changes again before then.
        """
        target = Path(path)
        lock = ProjectLock.acquire(target)
        if self._lock is not None:
            self._lock.release()
        self._lock = lock
        self.path = target
        self.read_only = False
        self._seen = (target, files.disk_state(target))

    def memory_copy(self) -> Project:
        """A private in-memory copy (same path, read-only, no lock) for a worker to write out."""
        conn = files.new_connection()
        self.conn.backup(conn)
        conn.text_factory = self.conn.text_factory
        return Project(conn, self.path, read_only=True)

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
        """Close the database and give up the lock on the file."""
        self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- analysis -----------------------------------------------------------

    def store_analysis(self, article_id: int, analysis: Analysis) -> None:
        """Replace an article's automatic results, keeping every user decision (see `merge`)."""
        merge.store_analysis(self, article_id, analysis)


def _same_file(first: Path, second: Path) -> bool:
    return os.path.realpath(first) == os.path.realpath(second)
