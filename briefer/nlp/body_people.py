"""Names the model typed as people that the article uses as bodies, and
the reverse: what a person works for ("state policy director for Susan B.
Anthony Pro-Life America"), a movement written with "the" ("The Houthis"),
people named by their faith or origin and a family named by a surname.
"""

from __future__ import annotations

import re

from briefer.core.records import ExtractedActor, Span
from briefer.nlp.bodies import PERSON_NAME_WORD, body_type, type_words
from briefer.nlp.entity_spans import institution_words
from briefer.nlp.lexicon import body_kind_nouns, name_key
from briefer.nlp.lexicon import load as load_lexicon


def affiliations_are_bodies(text: str, actors: list[ExtractedActor]) -> None:
    """ "Katie Glover, state policy director for Susan B. Anthony Pro-Life
    America": a name someone works for is a body, whatever the model took it
    for, unless the article treats it as a person's too, with a role, by
    the surname alone ("press secretary for Vladimir Putin ... Putin said"),
    as the owner of a body ("an official in George W. Bush's administration")
    or as a full name owning a person's post ("Mitt Romney's chief strategist")."""
    employers = {name_key(a.affiliation) for a in actors if a.type == "person" and a.affiliation}
    for actor in actors:
        if (
            actor.type == "person" and name_key(actor.name) in employers and not actor.roles
            and all(name_key(m.text) == name_key(actor.name) for m in actor.mentions)
            and not any(_owns_a_body(text, m) for m in actor.mentions)
            and not _owns_a_post(text, actor)
        ):
            actor.type = body_type(actor.name, "organization")
            actor.roles, actor.affiliation, actor.is_expert = [], "", False


def _owns_a_body(text: str, mention: Span) -> bool:
    """ "George W. Bush's administration", "Trump's campaign": a person's body."""
    after = text[mention.end : mention.end + 40]
    match = OWNED_BODY.match(after)
    return match is not None and match.group(1).lower() in body_kind_nouns()


OWNED_BODY = re.compile(r"['’]s\s+(?:[\w-]+\s+)?([a-z]+)")
OWNED_POST = re.compile(r"['’]s\s+[a-z]")


def _owns_a_post(text: str, actor: ExtractedActor) -> bool:
    """ "Ronald Reagan's former education secretary", "Mitt Romney's chief
    strategist": a name of two or three words, no word of it a body's, that
    owns a post in lower case, is the person the post serves."""
    words = actor.name.split()
    if not 2 <= len(words) <= 3 or not all(PERSON_NAME_WORD.match(w) for w in words):
        return False
    heads = type_words()
    institutions = institution_words()
    if any(
        w.lower() in institutions or w.lower() in heads.body_heads
        or any(w.lower() in kind for kind in heads.heads.values())
        for w in words
    ):
        return False
    return any(OWNED_POST.match(text, m.end) for m in actor.mentions)


def movements_not_people(text: str, actors: list[ExtractedActor]) -> None:
    """ "The Houthis": a plural name always written with "the", which the
    model takes for a person, is a named movement; its singular ("Houthi
    attacks") is a form of its name. People named by their faith or origin
    ("the Christians and Muslims don't mix", "55 million Latinos") and a
    family named by the surname of a person of the article ("the Clintons")
    are a group, whatever the model took them for."""
    peoples = frozenset(load_lexicon("groups")["peoples_by_faith_or_origin"])
    surnames = {a.name.split()[-1] for a in actors if a.type == "person" and " " in a.name}
    for actor in actors:
        name = actor.name
        if " " in name or not (name.endswith("s") and name[:1].isupper() and len(name) > 3):
            continue
        if name[:-1].lower() in peoples or name[:-1] in surnames:
            actor.type = "group"
            actor.roles, actor.affiliation, actor.is_expert = [], "", False
            continue
        if actor.type not in ("person", "group"):
            continue
        if all(text[max(0, m.start - 4) : m.start].lower() == "the " for m in actor.mentions):
            actor.type = "organization"
            actor.roles, actor.is_expert = [], False
            if name[:-1] not in actor.aliases:
                actor.aliases.append(name[:-1])
