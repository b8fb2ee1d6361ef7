"""Telling experts from officials.

A policy brief weighs an analyst's view differently from a minister's
statement. An expert is a person whose role names expert work (analyst,
professor, fellow...), who works at a think tank, university or institute,
or who held a non-political office before and now comments on it ("former
U.S. Army commander"). Sitting officials, politicians (former ones too),
spokespeople and organisations are not experts. The words live in `resources/lexicons/experts.json`.
"""

from __future__ import annotations

import re

from briefer.nlp import lexicon

_WORDS = re.compile(r"[\w'’.-]+")
_EX_PREFIX = re.compile(r"\bex-")


def _padded(text: str) -> str:
    """Lower-case words separated by single spaces and padded, for whole-word lookups.

    "ex-ambassador" becomes "ex- ambassador" so both halves can be looked up.
    """
    return " " + " ".join(_WORDS.findall(_EX_PREFIX.sub("ex- ", text.lower()))) + " "


def _names_any(padded: str, words: tuple[str, ...]) -> bool:
    return any(f" {w} " in padded for w in words)


def is_former(role: str) -> bool:
    """Whether the role is one the person no longer holds ("former", "ex-", "retired")."""
    padded = _padded(role)
    return _names_any(padded, lexicon.expert_words().former)


def is_expert(roles: list[str], affiliation: str = "", actor_type: str = "person") -> bool:
    """Whether a person with these roles and this affiliation speaks as an expert."""
    if actor_type != "person":
        return False
    words = lexicon.expert_words()
    sitting_official = False
    for role in roles:
        padded = _padded(role)
        if _names_any(padded, words.spokesperson):
            return False
        if _names_any(padded, words.expert_roles):
            return True
        if _names_any(padded, words.official_roles):
            former = _names_any(padded, words.former)
            if former and not _names_any(padded, words.political_roles):
                return True
            sitting_official = True
    return bool(affiliation) and not sitting_official and _names_any(
        _padded(affiliation), words.expert_affiliations
    )
