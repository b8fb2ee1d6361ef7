"""Where Briefer finds its resources and keeps the user's data.

`resources/` and `seeds/` sit at the top of the repository. An installed
Briefer (a wheel, pipx, the desktop bundle) carries them inside the package as
`briefer/resources` and `briefer/seeds` (see `pyproject.toml` and
`packaging/briefer.spec`), so they are looked up through `importlib.resources`
first and beside the package's folder (a checkout, an editable install) second.

The user's data and settings follow the XDG base directories so that tests
and sandboxes can redirect them with environment variables.
"""

import os
import re
import unicodedata
from importlib.resources import files
from pathlib import Path

APP_NAME = "briefer"
RECOVERY_FOLDER = "recovery"


def _shipped_folder(name: str) -> Path:
    """The folder NAME inside the installed package, else the one at the checkout's top."""
    packaged = files("briefer") / name
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / name


def resources_dir() -> Path:
    """The shipped `resources/` folder (lexicons, templates, styles, icons)."""
    override = os.environ.get("BRIEFER_RESOURCES")
    if override:
        return Path(override)
    return _shipped_folder("resources")


def seeds_dir() -> Path:
    """The sample articles the demo project is built from."""
    return _shipped_folder("seeds")


def data_home() -> Path:
    """Where the user's data lives (demo project, recovery copies), without creating it."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / APP_NAME


def config_home() -> Path:
    """Where the settings live, without creating the folder."""
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / APP_NAME


def data_dir() -> Path:
    path = data_home()
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    path = config_home()
    path.mkdir(parents=True, exist_ok=True)
    return path


def recovery_home() -> Path:
    """Where recovery copies of open projects are written (not created here)."""
    return data_home() / RECOVERY_FOLDER


_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*]+')
FILE_NAME_MAX_CHARS = 100


def file_name_from(title: str, fallback: str = "brief") -> str:
    """A file name a title suggests, safe on every system: no folder separators or
    characters Windows refuses, no control or direction marks, at most
    FILE_NAME_MAX_CHARS characters cut at a word, never empty or only dots."""
    visible = "".join(c for c in title if not unicodedata.category(c).startswith("C"))
    name = " ".join(_NOT_IN_FILE_NAMES.sub(" ", visible).split()).strip(" .")
    if len(name) > FILE_NAME_MAX_CHARS:
        cut = name[:FILE_NAME_MAX_CHARS]
        name = (cut.rsplit(" ", 1)[0] if " " in cut else cut).strip(" .")
    return name or fallback
