"""Recovery copies: unsaved work written aside every few minutes, offered after a crash.

A copy is a project file plus a small JSON note (the project's own path and
name, when it was written) in `data_dir()/recovery/`; a clean save or close
removes it, so whatever is left there at start-up was left by a crash.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefer.core.paths import data_dir
from briefer.core.store import PROJECT_SUFFIX

RECOVERY_FOLDER = "recovery"


def recovery_dir() -> Path:
    path = data_dir() / RECOVERY_FOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


def recovery_copies() -> list[tuple[Path, dict]]:
    """Recovery copies left by a session that did not close cleanly, newest first."""
    found = []
    for info_path in recovery_dir().glob("*.json"):
        copy = info_path.with_suffix(PROJECT_SUFFIX)
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if copy.exists() and isinstance(info, dict):
            found.append((copy, info))
    return sorted(found, key=lambda item: item[1].get("written", 0), reverse=True)
