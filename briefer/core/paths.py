"""Where Briefer finds its resources and keeps the user's data.

The user's data and settings follow the XDG base directories so that tests
and sandboxes can redirect them with environment variables.
"""

import os
from pathlib import Path

APP_NAME = "briefer"


def resources_dir() -> Path:
    """The shipped `resources/` folder (lexicons, templates, styles, icons)."""
    override = os.environ.get("BRIEFER_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "resources"


def seeds_dir() -> Path:
    """The sample articles the demo project is built from."""
    return Path(__file__).resolve().parents[2] / "seeds"


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    path = Path(base) / APP_NAME
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    path = Path(base) / APP_NAME
    path.mkdir(parents=True, exist_ok=True)
    return path
