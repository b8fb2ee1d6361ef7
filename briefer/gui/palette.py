"""The colours that tell actor types, quote kinds and review states apart.

Actor types and quote kinds carry their colours in the registry
(`briefer.core.registry`), so a new type or kind brings its colour with it;
review states and the reader's other marks live in
`resources/styles/highlights.json`. The legend and every view read them here.
"""

from __future__ import annotations

import json
from functools import cache

from briefer.core.paths import resources_dir
from briefer.core.registry import actor_type, quote_kind

HIGHLIGHTS_FILE = "highlights.json"


@cache
def highlights() -> dict:
    path = resources_dir() / "styles" / HIGHLIGHTS_FILE
    return json.loads(path.read_text(encoding="utf-8"))


def actor_colour(type_key: str) -> str:
    """Text colour of an actor of this type (names of earlier formats map to theirs)."""
    return actor_type(type_key).colour


def quote_colour(kind: str, accepted: bool = False) -> str:
    """Background of a quote of this kind: deeper once the user accepted it."""
    entry = quote_kind(kind)
    return entry.highlight_accepted if accepted else entry.highlight_pending


def status_colour(status: str) -> str:
    return highlights()["statuses"].get(status, "#000000")


def style(name: str) -> str:
    return highlights()[name]
