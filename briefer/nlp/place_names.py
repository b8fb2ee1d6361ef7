"""Names the article writes as a place: "near Savannah, Georgia".

A city's name followed by a comma and its state, province or country
("Savannah, Georgia", "Lyon, France") says where something is. A place is
no actor unless it acts as its government, and the recogniser's other tags
of the same name ("We chose Savannah for its port", read as a person) are
that same place, so an actor so named once is no actor. So is a one-word
name the article writes elsewhere with a word for a geographic feature
after it: "routes like Calloway's" is Calloway Island's.
"""

from __future__ import annotations

import re
from functools import cache

from briefer.core.records import ExtractedActor, Span
from briefer.nlp import lexicon
from briefer.nlp.bodies import names_a_body

# ", Georgia,", ", New South Wales.": one to three capitalised words after the
# comma that end a phrase (not ", Texas-based" or ", Ohio Republican").
REGION_AFTER = re.compile(
    r", (?=(?P<region>[A-Z]\w*(?: [A-Z]\w*){0,2}?)\s*(?:[,;:)]|\.(?!\w)|\n|$))"
)


@cache
def _regions() -> frozenset[str]:
    return frozenset(lexicon.load("places")["regions"])


def _is_region(name: str) -> bool:
    return name in _regions() or lexicon.countries().country_of_name(name) is not None


def _written_with_region(text: str, mention: Span) -> bool:
    """Whether ", <state, province or country>" follows the mention and ends a phrase."""
    match = REGION_AFTER.match(text, mention.end)
    return match is not None and _is_region(match.group("region"))


def _named_before_a_feature(text: str, actor: ExtractedActor) -> bool:
    """ "Calloway" where the article also writes "Calloway Island": a body's
    one-word name that opens a place's; not a person's ("Hudson" beside the
    Hudson River)."""
    if actor.type == "person" or " " in actor.name:
        return False
    features = "|".join(lexicon.load("places")["feature_words"])
    return re.search(rf"(?<![\w.]){re.escape(actor.name)} (?:{features})\b", text) is not None


def without_places_named_with_region(
    text: str, actors: list[ExtractedActor]
) -> list[ExtractedActor]:
    """ACTORS less a name written once as a city with its region or as a
    place's first word; a country ("Georgia" of "Tbilisi, Georgia"), a person
    named in full and a name that says it is a body ("Harris County
    Commission, Texas") stay."""
    return [
        actor for actor in actors
        if actor.type == "country" or (actor.type == "person" and len(actor.name.split()) > 1)
        or names_a_body(actor.name)
        or not (
            any(_written_with_region(text, m) for m in actor.mentions)
            or _named_before_a_feature(text, actor)
        )
    ]
