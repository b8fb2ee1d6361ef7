"""Recovery copies: unsaved work written aside every few minutes, offered after a crash.

A copy is a project file plus a JSON note in `data_dir()/recovery/`: the
project's own path and name, when it was written, and the session (process id
and host) that wrote it. A copy belongs to its session while that session's
process runs: no other session offers, restores or removes it. Once the
process is gone without removing its copies (a crash), they are offered.
The GUI calls these functions and needs no SQLite of its own.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from briefer.core.paths import data_dir
from briefer.core.settings import write_text_atomic
from briefer.core.store.files import PROJECT_SUFFIX, process_is_running
from briefer.core.store.project import Project

RECOVERY_FOLDER = "recovery"


@dataclass(frozen=True)
class RecoveryCopy:
    """One recovery copy and what its note says about it."""

    path: Path  # the copy's own project file
    project_path: Path | None  # the file the work belongs to; None if never saved
    name: str  # the project's name when the copy was written
    written: float  # when, in seconds since the epoch
    pid: int  # the process of the session that wrote it (0: unknown)
    host: str

    @property
    def note_path(self) -> Path:
        return self.path.with_suffix(".json")

    @property
    def is_live(self) -> bool:
        """Whether the session that wrote it still runs (this process's own copies included)."""
        if not self.pid or self.host != socket.gethostname():
            return False
        return self.pid == os.getpid() or process_is_running(self.pid)


def recovery_dir() -> Path:
    path = data_dir() / RECOVERY_FOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


def _copy_path(key: str) -> Path:
    """This session's copy for `key` (the caller's name for one open project)."""
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    host = hashlib.sha256(socket.gethostname().encode("utf-8")).hexdigest()[:8]
    return recovery_dir() / f"{host}-{os.getpid()}-{digest}{PROJECT_SUFFIX}"


def write_recovery_copy(project: Project, key: str) -> RecoveryCopy:
    """Write `project` aside as this session's recovery copy for `key`, replacing the last one.

    Safe in a worker thread when `project` is a `Project.memory_copy()`.
    """
    target = _copy_path(key)
    project.write_copy(target)
    copy = RecoveryCopy(target, project.path, project.name, time.time(), os.getpid(),
                        socket.gethostname())
    note = {"path": str(project.path) if project.path else "", "name": copy.name,
            "written": copy.written, "pid": copy.pid, "host": copy.host}
    # ASCII escapes: a file name in another encoding (lone surrogates) round-trips.
    write_text_atomic(copy.note_path, json.dumps(note))
    return copy


def remove_recovery_copy(key: str) -> None:
    """Remove this session's copy for `key` (after a save, or a close that discards)."""
    target = _copy_path(key)
    _remove(target, target.with_suffix(".json"))


def recovery_copies() -> list[RecoveryCopy]:
    """Copies left by sessions that are no longer running, newest first."""
    found = []
    for note_path in recovery_dir().glob("*.json"):
        copy_path = note_path.with_suffix(PROJECT_SUFFIX)
        try:
            note = json.loads(note_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if not copy_path.is_file() or not isinstance(note, dict):
            continue
        copy = RecoveryCopy(
            path=copy_path,
            project_path=Path(note["path"]) if isinstance(note.get("path"), str)
            and note["path"] else None,
            name=str(note.get("name") or "Untitled"),
            written=float(note["written"]) if isinstance(note.get("written"), int | float)
            else 0.0,
            pid=note["pid"] if isinstance(note.get("pid"), int) else 0,
            host=str(note.get("host") or ""),
        )
        if not copy.is_live:
            found.append(copy)
    return sorted(found, key=lambda c: c.written, reverse=True)


def restore_recovery_copy(copy: RecoveryCopy) -> Project:
    """The work in `copy`, as an unsaved project whose file is the one it belongs to.

    Raises `ProjectError` when the copy cannot be read, and `ProjectLockedError`
    when another running Briefer has the project's file open. The copy stays
    until `discard_recovery_copy` (call it once the work is safe).
    """
    project = Project.open(copy.path, read_only=True)
    if copy.project_path is not None:
        try:
            project.adopt_file(copy.project_path)
        except BaseException:
            project.close()
            raise
    else:
        project.path = None
        project.read_only = False
    project.mark_unsaved()
    return project


def discard_recovery_copy(copy: RecoveryCopy) -> None:
    """Remove a copy left by a session that is no longer running (never a live one's)."""
    if not copy.is_live:
        _remove(copy.path, copy.note_path)


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()
