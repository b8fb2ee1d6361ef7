"""Recently used projects, kept in `config_dir()/recent.json`.

The list is most recent first, at most `MAX_RECENT` long, and never offers a
project whose file has since disappeared.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from briefer.core.paths import config_dir
from briefer.core.settings import write_text_atomic

RECENT_FILE = "recent.json"
MAX_RECENT = 10


def recent_path() -> Path:
    return config_dir() / RECENT_FILE


def _read(path: Path) -> list[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return [item for item in data if isinstance(item, str) and item]


def _write(paths: list[str], path: Path) -> None:
    # Remembering a project is a convenience: failing to do so must not fail the user's action.
    with contextlib.suppress(OSError):
        # ASCII escapes: a file name in another encoding (lone surrogates) round-trips.
        write_text_atomic(path, json.dumps(paths, indent=2) + "\n")


def recent_projects(path: Path | None = None) -> list[Path]:
    """The remembered projects that still exist, most recent first."""
    path = path or recent_path()
    existing = [Path(p) for p in _read(path) if os.path.isfile(p)]
    return existing[:MAX_RECENT]


def remember_project(project_path: str | os.PathLike, path: Path | None = None) -> None:
    """Put a project at the top of the list (once), dropping the oldest beyond the cap."""
    path = path or recent_path()
    entry = os.path.realpath(project_path)
    paths = [entry, *(p for p in _read(path) if p != entry and os.path.isfile(p))]
    _write(paths[:MAX_RECENT], path)


def forget_project(project_path: str | os.PathLike, path: Path | None = None) -> None:
    """Remove a project from the list (e.g. after it failed to open)."""
    path = path or recent_path()
    entry = os.path.realpath(project_path)
    paths = _read(path)
    if entry in paths:
        _write([p for p in paths if p != entry], path)


def clear_recent(path: Path | None = None) -> None:
    _write([], path or recent_path())
