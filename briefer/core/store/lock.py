"""The lock a project file carries while a process has it open for changes.

A second writer (another window, or `briefer import` in a terminal) gets a
`ProjectLockedError` instead of both saving over each other. The lock is an
OS lock (`flock`) on a small file named after the project's real path in the
user's data folder (`data_dir()/locks/`), so it ends with its process, crash
included, and leaves nothing in the project's own folder. Opens within one
process share the lock: two `Project`s of one process on one file are kept
apart by the save's on-disk check instead, as are writers this lock cannot
see (another user, another machine on a shared folder, a platform without
`flock`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
from pathlib import Path
from typing import ClassVar

from briefer.core.errors import ProjectLockedError
from briefer.core.paths import data_dir

try:
    import fcntl
except ImportError:  # not a POSIX system
    fcntl = None  # type: ignore[assignment]


LOCK_FOLDER = "locks"


def lock_path(project_file: Path) -> Path:
    """The lock file that guards `project_file` (by its real path)."""
    key = hashlib.sha256(os.path.realpath(project_file).encode("utf-8", "surrogateescape"))
    return data_dir() / LOCK_FOLDER / f"{key.hexdigest()[:32]}.lock"


class ProjectLock:
    """A held lock on one project file; `release` it when the project closes."""

    _held: ClassVar[dict[str, ProjectLock]] = {}

    def __init__(self, key: str, path: Path, fd: int):
        self._key = key
        self._path = path
        self._fd = fd
        self._users = 1

    @classmethod
    def acquire(cls, project_file: Path) -> ProjectLock | None:
        """Lock `project_file` for this process, or raise `ProjectLockedError`.

        None when no lock can be had here (no `flock`, or a folder that refuses
        the lock file): the caller goes on without one.
        """
        key = os.path.realpath(project_file)
        held = cls._held.get(key)
        if held is not None:
            held._users += 1
            return held
        if fcntl is None:
            return None
        for _attempt in range(5):
            try:
                path = lock_path(Path(key))
                path.parent.mkdir(exist_ok=True)
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                return None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = _read_holder(fd)
                os.close(fd)
                raise ProjectLockedError(
                    f"{project_file.name} is open for changes in another Briefer "
                    f"({holder}): close it there first, or open it read-only",
                    str(project_file),
                ) from None
            try:
                same_file = os.path.samestat(os.fstat(fd), os.stat(path))
            except OSError:
                same_file = False
            if not same_file:
                # Its holder removed the file between our open and our lock: try again.
                os.close(fd)
                continue
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {socket.gethostname()}\n".encode())
            lock = cls(key, path, fd)
            cls._held[key] = lock
            return lock
        return None

    def guards(self, project_file: Path) -> bool:
        """Whether this is the lock of `project_file`."""
        return os.path.realpath(project_file) == self._key

    def release(self) -> None:
        """Give up this use of the lock; the last use removes the lock file."""
        self._users -= 1
        if self._users > 0:
            return
        self._held.pop(self._key, None)
        with contextlib.suppress(OSError):
            os.unlink(self._path)
        os.close(self._fd)


def _read_holder(fd: int) -> str:
    """Who holds a lock, as its file says: "process 123 on host", or "another process"."""
    try:
        words = os.pread(fd, 200, 0).decode("utf-8", "replace").split()
    except OSError:
        words = []
    if len(words) >= 2 and words[0].isdigit():
        return f"process {words[0]} on {words[1]}"
    return "another process"
