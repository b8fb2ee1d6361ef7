"""Further mentions of an article's actors, found by their names.

The model leaves names untagged in headlines, inside quotes and before a
possessive, and a body goes by abbreviations and short forms ("Justice
Dept.", "Pentagon", "Danco" for Danco Laboratories): every occurrence of
a form of an actor's name that no other actor shares is a mention of it.
"""

from __future__ import annotations

import re

from briefer.core.records import ExtractedActor, Span
from briefer.core.registry import ACTOR_TYPES
from briefer.nlp import lexicon
from briefer.nlp.bodies import canonical_key, head_word, type_words


def _sweep_forms(actor: ExtractedActor) -> set[str]:
    """The written forms of an actor's name that mark a mention wherever they
    stand: its name and aliases, as a headline sets them too ("Von Der
    Leyen"), a body's usual abbreviations ("Justice Dept.") and short forms
    ("Pentagon", "Danco" for Danco Laboratories); but no lower-case
    description ("industry groups"), no dotted abbreviation of a country,
    which is mostly an adjective ("U.S. forces"), and no capital, often a
    mere place."""
    if actor.type == "group":
        return set()
    forms = set()
    for form in [actor.name, *actor.aliases, *_short_forms(actor)]:
        form = form.strip()
        if len(form) < 2 or form.islower() or not form[:1].isalpha():
            continue
        if actor.type == "country" and (
            "." in form or lexicon.countries().country_of_name(form) is None
        ):
            continue  # a capital stands for its country only where it acts
        forms.add(form)
        if actor.type == "person":
            forms.add(" ".join(w[:1].upper() + w[1:] for w in form.split()))
    return forms


def _short_forms(actor: ExtractedActor) -> list[str]:
    if not ACTOR_TYPES[actor.type].is_body or actor.type == "country":
        return []
    words = type_words()
    key = canonical_key(actor.name)
    forms = [
        short.title() for short, full in words.short_forms.items()
        if canonical_key(full) == key and short not in key.split()
    ]
    abbreviations = lexicon.load("actor_types")["abbreviations"]
    for form in [actor.name, *actor.aliases]:
        written = " ".join(abbreviations.get(w, w) for w in form.split())
        if written != form:
            forms.append(written)
    names = actor.name.split()
    if len(names) >= 2 and lexicon.countries().country_of_name(names[-1]) is not None:
        forms.append(" ".join(names[:-1]))  # "Reform" of "Reform UK"
    if actor.type == "company" and len(names) >= 2 and head_word(actor.name) in words.heads.get(
        "company", ()
    ) and len(names[0]) > 3:
        forms.append(names[0])
    return forms


def add_name_occurrences(text: str, actors: list[ExtractedActor]) -> None:
    """Every further occurrence of an actor's name or alias, as a whole word,
    is a mention of it: the model leaves names untagged in headings, inside
    quotes and before a possessive. A form two actors share (two Carters'
    surname) is left alone."""
    owners: dict[str, set[str]] = {}
    for actor in actors:
        for form in _sweep_forms(actor):
            owners.setdefault(form, set()).add(actor.key)
    by_key = {a.key: a for a in actors}
    taken = bytearray(len(text) + 1)
    for actor in actors:
        for m in actor.mentions:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    unique = sorted((f for f, keys in owners.items() if len(keys) == 1), key=len, reverse=True)
    if not unique:
        return
    # The lookahead passes over places no form opens with before the forms are tried.
    opening = "".join(sorted({re.escape(f[0]) for f in unique if f}))
    skip = f"(?=[{opening}])" if all(unique) else ""
    pattern = re.compile(skip + r"(?<![\w.])(?:" + "|".join(map(re.escape, unique)) + r")(?!\w)")
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        actor = by_key[next(iter(owners[match.group()]))]
        actor.mentions.append(Span(start, end, match.group()))
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


def epithets_of_people(actors: list[ExtractedActor]) -> list[ExtractedActor]:
    """ACTORS with a nickname made of an epithet and a person's given name
    ("Crooked Hillary", "Lyin' Ted") made mentions of the one person of the
    article with that given name: the epithet's word is no given name."""
    given: dict[str, list[ExtractedActor]] = {}
    for actor in actors:
        words = actor.name.split()
        if actor.type == "person" and len(words) > 1:
            given.setdefault(words[0], []).append(actor)
    kept = []
    for actor in actors:
        words = actor.name.split()
        owners = given.get(words[-1], []) if len(words) == 2 else []
        if (
            actor.type == "person" and len(owners) == 1 and owners[0] is not actor
            and lexicon.given_name_kind(words[0]) is None
            and lexicon.given_name_kind(words[-1]) is not None
        ):
            owners[0].mentions += actor.mentions
            owners[0].mentions.sort(key=lambda m: m.start)
            continue
        kept.append(actor)
    return kept


def surnames_of_people(actors: list[ExtractedActor]) -> list[ExtractedActor]:
    """ACTORS with a surname the recogniser took for a body ("Fiorina delivered
    a pair of speeches", tagged an organisation while "Carly Fiorina" is a
    person) made mentions of the one person of that surname; the plural of a
    surname two people bear ("the Rahmans") no actor of its own."""
    people: dict[str, list[ExtractedActor]] = {}
    for actor in actors:
        if actor.type == "person" and len(actor.name.split()) > 1:
            people.setdefault(actor.name.split()[-1], []).append(actor)
    kept = []
    for actor in actors:
        if len(_family_of(actor.name, people)) >= 2:
            continue  # "the Khans" is the two people of that surname, who speak as both
        owners = people.get(actor.name, [])
        if actor.type == "organization" and len(owners) == 1 and (
            canonical_key(actor.name) not in type_words().names
        ):
            owners[0].mentions += actor.mentions
            owners[0].mentions.sort(key=lambda m: m.start)
            continue
        kept.append(actor)
    return kept


def _family_of(name: str, people: dict[str, list[ExtractedActor]]) -> list[ExtractedActor]:
    """The people whose surname NAME is the plural of ("Rahmans", "Joneses")."""
    if not name.endswith("s") or " " in name:
        return []
    return people.get(name[:-1], []) + (people.get(name[:-2], []) if name.endswith("es") else [])

