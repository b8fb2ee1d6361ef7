"""The colours that tell actor types, quote kinds and review states apart.

They live in `resources/styles/highlights.json` so the look can change
without touching code; the legend and every view read them from here.
"""

from __future__ import annotations

import json
from functools import cache

from briefer.core.paths import resources_dir

HIGHLIGHTS_FILE = "highlights.json"


@cache
def highlights() -> dict:
    path = resources_dir() / "styles" / HIGHLIGHTS_FILE
    return json.loads(path.read_text(encoding="utf-8"))


def actor_colour(actor_type: str) -> str:
    colours = highlights()["actor_types"]
    return colours.get(actor_type, colours["organization"])


def quote_colour(kind: str, accepted: bool = False) -> str:
    """Background of a quote of this kind: deeper once the user accepted it."""
    entry = highlights()["quote_kinds"].get(kind, highlights()["quote_kinds"]["direct"])
    return entry["accepted" if accepted else "pending"]


def status_colour(status: str) -> str:
    return highlights()["statuses"].get(status, "#000000")


def style(name: str) -> str:
    return highlights()[name]
