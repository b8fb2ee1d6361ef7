"""Which voice group a speaker speaks as: officials, politicians, experts, media...

The group comes from the actor's expert flag, its type (registry) and the
words of its roles, affiliation and name (`resources/lexicons/voices.json`).
Outlets and journalists are media, never officials; campaign staff are
politicians; a person whose role the articles never give is "others".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from briefer.core import registry
from briefer.core.lexicons import load_lexicon
from briefer.core.records import Actor


def voice_words() -> dict:
    return load_lexicon("voices")


def _plain(text: str) -> str:
    """Lower case, "f.b.i." as "fbi", "sen." as "sen", punctuation as spaces."""
    lowered = re.sub(r"\b(\w)\.(?=\w\.)", r"\1", text.lower())
    return " ".join(re.sub(r"[^\w&' ]+", " ", lowered).split())


def _matches(text: str, words: list[str]) -> bool:
    padded = f" {_plain(text)} "
    return any(f" {_plain(w)} " in padded for w in words)


def _group_of_words(text: str, table: dict[str, list[str]]) -> str | None:
    for group in voice_words()["order"]:
        if group in table and _matches(text, table[group]):
            return group
    return None


def affiliation_types(actors: Iterable[Actor]) -> dict[str, str]:
    """The type of each body the project knows, by its name in lower case: what a
    person's affiliation is ("World Relief" is an organisation, not a ministry)."""
    return {a.name.lower(): a.type for a in actors if registry.actor_type(a.type).is_body}


def voice_group(actor: Actor, bodies: Mapping[str, str] | None = None) -> str:
    """The key of the registry voice group `actor` speaks as.

    `bodies` (`affiliation_types`) says what kind of body a person's affiliation is: a
    spokesman or director of a charity speaks for the charity, not as an official."""
    if actor.is_expert:
        return "experts"
    kind = registry.actor_type(actor.type)
    words = voice_words()
    by_name = _group_of_words(actor.name, words["name_words"])
    if kind.key == "media" or by_name == "media":
        return "media"
    if kind.is_body:
        # A party speaks as a party whatever its name says ("Democratic National Committee").
        return kind.voice if kind.key == "party" else by_name or kind.voice
    described = " ".join([*actor.roles, actor.affiliation])
    if kind.key == "group":
        # A group speaks unnamed ("One EU diplomat", "Officials") unless it is a party's.
        found = _group_of_words(actor.name + " " + described, words["role_words"])
        return found if found in ("media", "business", "politicians") else kind.voice
    found = _group_of_words(described, words["role_words"])
    body = (bodies or {}).get(actor.affiliation.lower()) if actor.affiliation else None
    if body is not None and found == "officials":
        # "spokesman, World Relief": an official's post speaks with the voice of the body
        # it is held at. A role of no voice ("comedian" at HBO) gains none from its body.
        return registry.actor_type(body).voice
    return found or "others"


def voice_label(actor: Actor, bodies: Mapping[str, str] | None = None) -> str:
    return registry.VOICE_GROUPS[voice_group(actor, bodies)].label
