"""The word lists in `resources/lexicons/`, read once per process: the one way
both the core (drafting, voices, merging) and nlp read them."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from briefer.core.errors import BrieferError
from briefer.core.paths import resources_dir


class LexiconError(BrieferError):
    """A lexicon file is missing or is not valid JSON."""


@cache
def load_lexicon(name: str) -> Any:
    """The parsed content of `resources/lexicons/NAME.json`."""
    path = resources_dir() / "lexicons" / f"{name}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LexiconError(f"The word list {path} is missing; reinstall Briefer.") from exc
    except ValueError as exc:
        raise LexiconError(f"The word list {path} is not valid JSON: {exc}") from exc
