"""The project file on disk: checks before opening, loading into memory, atomic save.

An open project works on an in-memory copy of the file; saving copies it with
SQLite's backup API into a temporary file beside the target, flushes it to
disk and renames it over the target. The file on disk is therefore always the
old project or the new one, never a half-written mix.

Temporary files carry their process (`.NAME.briefer.~HOST-PID-RANDOM.tmp`), so
the clean-up of a crash's leftovers never deletes a file another running
process is still writing. Each open and save records the file's `DiskState`,
so a save notices when someone else changed the file in between.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import re
import secrets
import socket
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from briefer.core.errors import ProjectError
from briefer.core.store.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    bad_value,
    missing_columns,
    unexpected_object,
)

PROJECT_SUFFIX = ".briefer"
SQLITE_HEADER = b"SQLite format 3\x00"
# A temporary file whose process cannot be asked (another host, an older
# Briefer) counts as a crash's leftover only once it is this old.
STALE_TEMPORARY_SECONDS = 24 * 3600
_TEMPORARY = re.compile(r"\.~(?P<host>[0-9a-f]{8})-(?P<pid>\d+)-[0-9a-f]+\.tmp(-journal)?$")


@dataclass(frozen=True)
class DiskState:
    """A project file as this process last read or wrote it."""

    stat: tuple[int, int, int, int]  # device, inode, size, modification time (ns)
    digest: str  # SHA-256 of the content


def disk_state(path: Path) -> DiskState | None:
    """The file at `path` now, or None when there is none."""
    try:
        with path.open("rb") as handle:
            info = os.fstat(handle.fileno())
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ProjectError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    return DiskState((info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns), digest)


def changed_on_disk(path: Path, seen: DiskState | None) -> bool:
    """Whether the file at `path` differs from `seen` (None: there was no file)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return seen is not None
    except OSError as exc:
        raise ProjectError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    if seen is None:
        return True
    if (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns) == seen.stat:
        return False
    now = disk_state(path)
    return now is None or now.digest != seen.digest


def project_path(path: str | os.PathLike) -> Path:
    """The path with the project suffix added when the user left it off."""
    path = Path(path)
    return path if path.suffix == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)


def new_connection() -> sqlite3.Connection:
    """An empty in-memory database, the working copy of a project.

    SQLite's defensive mode is on where this Python has it (3.12+): no
    writable schema, no direct writes to the search index's own tables.
    """
    conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if defensive is not None:
        conn.setconfig(defensive, True)  # type: ignore[attr-defined]
    return conn


def load_project_file(path: Path) -> tuple[sqlite3.Connection, int, set[str]]:
    """Check `path` is a readable Briefer project and copy it into memory.

    Returns the in-memory connection, the file's format version and the names
    in its schema. Anything wrong with the file is a `ProjectError`.
    """
    label = path.name
    if not path.exists():
        if path.is_symlink():
            raise ProjectError(f"{label}: a link that leads nowhere (or back to itself)")
        raise ProjectError(f"{label}: no such file")
    if path.is_dir():
        raise ProjectError(f"{label}: is a folder, not a Briefer project")
    if not path.is_file():
        # A named pipe or a device: reading it could wait forever.
        raise ProjectError(f"{label}: is not a regular file, not a Briefer project")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ProjectError(f"{label}: cannot be read ({exc.strerror})") from exc
    if header != SQLITE_HEADER:
        raise ProjectError(f"{label}: not a Briefer project")
    conn = new_connection()
    # Until the schema is known to be Briefer's own, nothing in it is trusted to run
    # (functions in views, triggers, virtual tables); see `unexpected_object`.
    conn.execute("PRAGMA trusted_schema = OFF")
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
    if unexpected_object(conn, only="meta") is not None:
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
    missing = missing_columns(conn)
    if missing:
        conn.close()
        raise ProjectError(f"{label}: the project file is damaged (no {missing[0]})")
    _refuse_unexpected(conn, label)
    bad = bad_value(conn, version)
    if bad is not None:
        conn.close()
        raise ProjectError(f"{label}: the project file is damaged (unreadable {bad})")
    # Every view, trigger and virtual table is now Briefer's own (the search index's
    # triggers write to its virtual table, which an untrusted schema may not).
    conn.execute("PRAGMA trusted_schema = ON")
    if _all_text_is_utf8(conn):
        conn.text_factory = str
    return conn, version, tables


def _refuse_unexpected(conn: sqlite3.Connection, label: str) -> None:
    found = unexpected_object(conn)
    if found is not None:
        conn.close()
        raise ProjectError(
            f"{label}: not opened, for safety: it holds a {found} that Briefer does not make "
            "(not a Briefer project, or changed by another program)"
        )


def refuse_read_only(target: Path) -> None:
    """A file nobody may write (no write permission bit) was marked read-only by its
    owner: a save never replaces it, even where the folder would allow it."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return
    if target.is_file() and not (mode & 0o222 and os.access(target, os.W_OK)):
        raise ProjectError(f"{target}: the file is read-only, so it cannot be saved")


def check_writable(path: str | os.PathLike) -> None:
    """Raise a one-line `ProjectError` if a save to `path` would fail for want of
    permission: checked before long work (an import, an analysis), not found out after.

    The folder is probed by creating (and removing) a temporary file in it, as the
    save does: that answers for every way a folder refuses (permissions, a read-only
    mount, root without its override).
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ProjectError(f"{target}: is a folder, not a Briefer project")
    if not folder.is_dir():
        raise ProjectError(f"{target}: the folder does not exist")
    refuse_read_only(target)
    probe = str(folder / f".{target.name}.~{_process_tag()}-{secrets.token_hex(6)}.tmp")
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise ProjectError(
            f"{target}: cannot be saved in its folder ({exc.strerror or exc})") from exc
    with contextlib.suppress(OSError):
        os.unlink(probe)


def write_atomic(conn: sqlite3.Connection, path: str | os.PathLike) -> DiskState:
    """Write the database behind `conn` to `path` so the file is old or new, never half.

    Returns the new file's state, for the next save's check.
    """
    target = Path(path)
    if target.is_symlink():
        # Replace the file the link points to (a synced folder, say), not the link.
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ProjectError(f"{target}: the folder does not exist")
    tmp_name = str(folder / f".{target.name}.~{_process_tag()}-{secrets.token_hex(6)}.tmp")
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
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        with open(tmp_name, "rb+") as handle:
            os.fsync(handle.fileno())
            handle.seek(0)
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
        os.replace(tmp_name, target)
        info = os.stat(target)
        _remove_leftovers(folder, target.name)
        with contextlib.suppress(OSError):
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except (OSError, sqlite3.Error) as exc:
        for partial in (tmp_name, f"{tmp_name}-journal"):
            with contextlib.suppress(OSError):
                os.unlink(partial)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ProjectError(f"Cannot save {target.name}: {reason}") from exc
    return DiskState((info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns), digest)


def _process_tag() -> str:
    """This process, as temporary file names carry it: a host hash and the process id."""
    host = hashlib.sha256(socket.gethostname().encode("utf-8")).hexdigest()[:8]
    return f"{host}-{os.getpid()}"


def _remove_leftovers(folder: Path, name: str) -> None:
    """Delete the temporary files of saves that a crash interrupted, and only those."""
    host = _process_tag().split("-")[0]
    for leftover in folder.glob(f".{glob.escape(name)}.*.tmp*"):
        match = _TEMPORARY.search(leftover.name)
        if match and match["host"] == host:
            pid = int(match["pid"])
            stale = pid != os.getpid() and not process_is_running(pid)
        else:
            try:
                stale = time.time() - leftover.stat().st_mtime > STALE_TEMPORARY_SECONDS
            except OSError:
                stale = False
        if stale:
            with contextlib.suppress(OSError):
                leftover.unlink()


def process_is_running(pid: int) -> bool:
    """Whether process `pid` of this machine is alive (unknown counts as alive)."""
    if os.name == "nt":
        # os.kill would end the process there; without a safe probe, assume it lives.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


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
