"""Lines that credit an article's makers, not its actors.

Bylines ("By Dana Okafor | Staff Writer"), photo and wire credits ("Carlos
Barria / Reuters.", "(Editing by ...)") and prompts to follow the writer name
reporters, editors and agencies; an actor named only there is none.
"""

from __future__ import annotations

import re

from briefer.core.records import ExtractedActor, Span
from briefer.nlp import lexicon


def _credit_words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.load("actor_types")["non_actor_uses"][key])


LINE = re.compile(r"[^\n]+")
CREDIT_SEPARATOR = re.compile(r"\s*/\s*|\s+via\s+")
# "By Theresa Gilmore", "By state political reporter Hannah Corrigan", "By Dana
# Okafor | Staff Writer": a short line opening with "By" that ends no sentence.
BYLINE = re.compile(r"^By\s+(?P<credit>[^.!?]{3,100})$")
BYLINE_WORDS = 10
# A byline's name: its last capitalised words before a comma or bar.
BYLINE_NAME = re.compile(r"((?:[A-Z][\w'’-]*\.?\s)*[A-Z][\w'’-]+)\s*(?:[,|]|$)")


def credit_lines(text: str) -> list[tuple[int, int]]:
    """Where the article credits its makers, not its actors: a line that opens
    with a credit ("(Additional reporting by A in Orlando; Editing by B.)",
    "Photo by ..."), a photo credit of capitalised names joined by "/" or
    "via" ("Carlos Barria / Reuters.", "Orlando Sentinel via Getty Images."),
    a news agency's name or a section label alone in capitals ("ASSOCIATED
    PRESS.", "TWITTER."), or a
    prompt to follow the writer ("Follow Pam Key on Twitter @pamkeyNEN.")."""
    openers = tuple(_credit_words("credit_openers"))
    networks = _credit_words("social_networks")
    agencies = {name.lower() for name in lexicon.load("source_meta")["agencies"]}
    lines = []
    writers = byline_names(text)
    for match in LINE.finditer(text):
        raw = match.group().strip()
        if (BYLINE.match(raw) and len(raw.split()) <= BYLINE_WORDS) or any(
            raw.startswith((f"{name} is ", f"{name} writes ")) for name in writers
        ):
            # The byline, and the note on the writer that closes a column.
            lines.append((match.start(), match.end()))
            continue
        line = raw.rstrip(".").strip()
        opened = line.lstrip("(").lower()
        parts = [p for p in CREDIT_SEPARATOR.split(line) if p]
        photo = len(parts) >= 2 and len(line.split()) <= 8 and all(
            word[:1].isupper() for part in parts for word in part.split()
        )
        label = line.isupper() and (line.lower() in agencies or len(line.split()) <= 2)
        follow = line.startswith("Follow ") and any(
            word.strip(".,:;").lower() in networks or word.startswith("@")
            for word in line.split()
        )
        if opened.startswith(openers) or photo or label or follow:
            lines.append((match.start(), match.end()))
    return lines


def byline_names(text: str) -> list[str]:
    """The writers' names the bylines give ("Hannah Corrigan" of "By state
    political reporter Hannah Corrigan")."""
    names = []
    for match in LINE.finditer(text):
        raw = match.group().strip()
        byline = BYLINE.match(raw)
        if byline is None or len(raw.split()) > BYLINE_WORDS:
            continue
        name = BYLINE_NAME.search(byline.group("credit"))
        if name is not None and " " in name.group(1):
            names.append(name.group(1))
    return names


def _credited(mention: Span, credits: list[tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.end <= end for start, end in credits)


def only_credited(actor: ExtractedActor, credits: list[tuple[int, int]]) -> bool:
    """Whether every mention of the actor is in a credit line; those that are
    leave the actor otherwise ("Follow Breitbart News on Twitter" names
    no "Follow Breitbart"), its name then that of its longest other mention."""
    named = [m for m in actor.mentions if not _credited(m, credits)]
    if not named:
        return bool(actor.mentions)
    if len(named) < len(actor.mentions):
        if actor.name not in {m.text for m in named}:
            actor.name = max((m.text for m in named), key=len)
        actor.mentions = named
    return False
