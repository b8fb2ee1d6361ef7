"""What Briefer runs on and where it keeps things: Help › About and `briefer --version`.

Versions are read from the installed packages' metadata and the pipeline's
`meta.json`, never by importing spaCy or Qt, so `--version` answers at once
(and works the same in a wheel, a checkout and the desktop bundle). Nothing
here creates a folder: it only says where things are kept.
"""

from __future__ import annotations

import importlib.util
import json
import platform
import sys
from importlib import metadata
from pathlib import Path

from briefer import __version__
from briefer.core.paths import config_home, recovery_home
from briefer.core.settings import SETTINGS_FILE, Settings

NOT_INSTALLED = "not installed"
QT_DISTRIBUTIONS = ("PySide6-Essentials", "PySide6")


def _distribution_version(*names: str) -> str:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return NOT_INSTALLED


def pipeline_version(name: str) -> str:
    """The version in the installed pipeline package's `meta.json`, without loading it."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        return NOT_INSTALLED
    for folder in spec.submodule_search_locations:
        try:
            meta = json.loads((Path(folder) / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(meta, dict) and meta.get("version"):
            return str(meta["version"])
    return _distribution_version(name)


def qt_version() -> str:
    """The running Qt's version when the window has loaded it, else the installed PySide6's."""
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None:
        return qt_core.qVersion()
    return _distribution_version(*QT_DISTRIBUTIONS)


def about_fields(pipeline: str | None = None) -> list[tuple[str, str]]:
    """(label, value) pairs: versions, then where settings and recovery copies are kept.

    `pipeline` is the spaCy pipeline in use; by default the one in the settings.
    """
    settings_file = config_home() / SETTINGS_FILE
    name = pipeline or Settings.load(settings_file).pipeline
    return [
        ("Briefer", __version__),
        ("spaCy pipeline", f"{name} {pipeline_version(name)}"),
        ("spaCy", _distribution_version("spacy")),
        ("Qt", qt_version()),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Settings", str(settings_file)),
        ("Recovery copies", str(recovery_home())),
    ]


def about_text(pipeline: str | None = None) -> str:
    """The About fields as lines of 'label: value' (plain text, for a dialog or a log)."""
    return "\n".join(f"{label}: {value}" for label, value in about_fields(pipeline))


def version_line(pipeline: str | None = None) -> str:
    """What `briefer --version` prints: the About fields on one line."""
    fields = about_fields(pipeline)
    head = f"briefer {fields[0][1]}"
    return "; ".join([head, *(f"{label} {value}" for label, value in fields[1:])])
