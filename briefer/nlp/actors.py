"""The actors of one article: who is named, how, and in what role.

`extract_actors` turns the corrected entities of a parsed article into one
record per actor however the article names it: full name, surname,
possessive, spelling variant, acronym, capital standing for its country,
and later title-only references ("the French president").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefer.core.names import compatible_given_names
from briefer.core.records import ExtractedActor, Span
from briefer.core.registry import ACTOR_TYPES
from briefer.nlp import lexicon
from briefer.nlp.bodies import (
    body_type,
    canonical_key,
    clean_name,
    head_word,
    names_a_body,
    settle_bodies,
    type_words,
)
from briefer.nlp.coref import resolve_reference, resolve_title, title_reference_pattern
from briefer.nlp.entities import (
    Entity,
    corrected_entities,
    make_entity,
    surname_end,
    surname_start,
)
from briefer.nlp.experts import is_expert
from briefer.nlp.lexicon import name_key
from briefer.nlp.non_actors import without_non_actors
from briefer.nlp.role_phrases import affiliation_kind
from briefer.nlp.roles import (
    description_refers_to,
    reference_readings,
    roles_of_mention,
    unlabelled_mentions,
)
from briefer.nlp.speech import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_actors", "resolve_reference"]

# How a capital takes part in a clause when it stands for its government.
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "dative"})
ACTING_PREPS = frozenset({"on", "against", "with", "by"})
ACRONYM_SKIPPED_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "&", "de", "du", "des"})


@dataclass
class _Cluster:
    """The mentions of one actor while the article is read."""

    type: str
    name: str
    entities: list[Entity] = field(default_factory=list)
    surnames: set[str] = field(default_factory=set)
    extra_aliases: list[str] = field(default_factory=list)

    def first(self) -> int:
        return min(e.start for e in self.entities)


def _span(text: str, doc: Doc, entity: Entity) -> Span:
    start = doc[entity.start].idx
    last = doc[entity.end - 1]
    end = last.idx + len(last.text)
    return Span(start, end, text[start:end])


def _name_tokens(doc: Doc, entity: Entity) -> list[str]:
    """Name keys of a person's names, first names then the surname as one item."""
    variants = lexicon.name_variants()
    start, end = surname_start(doc, entity), surname_end(doc, entity)
    keys = [name_key(t.text) for t in doc[entity.start : start]]
    keys.append(name_key(doc[start:end].text))
    return [variants.get(k, k) for k in keys if k]


def _fuller(current: str, entity: Entity) -> str:
    text = entity.text
    longer = (len(text.split()), len(text)) > (len(current.split()), len(current))
    return text if longer else current


def _same_person(known: list[str], new: list[str]) -> bool:
    """Whether two full names (as name keys) name one person.

    Besides compatible first names, a name that ends with another full name is
    the same person with a word the model took in ("Crooked Hillary Clinton").
    """
    if known[-1] != new[-1]:
        return False
    if compatible_given_names(known[0], new[0]):
        return True
    shorter, longer = sorted((known, new), key=len)
    return len(shorter) >= 2 and longer[-len(shorter) :] == shorter


def _most_recent_before(clusters: list[_Cluster], entity: Entity) -> _Cluster:
    """The cluster mentioned last before ENTITY, or else the first one mentioned after it."""
    before = [c for c in clusters if c.first() < entity.start]
    if before:
        return max(
            before, key=lambda c: max(e.start for e in c.entities if e.start < entity.start)
        )
    return min(clusters, key=_Cluster.first)


def _is_surname_only(doc: Doc, entity: Entity) -> bool:
    """ "Macron" or "von der Leyen": a surname with no first name."""
    return surname_start(doc, entity) == entity.start


def _honorific_gender(doc: Doc, entity: Entity) -> str | None:
    """ "female" after "Ms."/"Mrs.", "male" after "Mr.", else None."""
    if entity.start == 0:
        return None
    before = doc[entity.start - 1].lower_
    if before == "." and entity.start >= 2:
        before = doc[entity.start - 2].lower_ + "."
    return lexicon.gendered_words().get(before) if before in lexicon.honorifics() else None


def _of_gender(
    candidates: list[_Cluster], gender: str | None, first_names: dict[int, set[str]]
) -> list[_Cluster]:
    """The candidates whose given names agree with GENDER, if any do; else all."""
    if gender is None or len(candidates) < 2:
        return candidates
    agreeing = [
        c for c in candidates
        if any(lexicon.first_name_gender(n) == gender for n in first_names.get(id(c), ()))
    ]
    return agreeing or candidates


def _person_clusters(doc: Doc, people: list[Entity]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    full_names: list[tuple[list[str], _Cluster]] = []
    first_names: dict[int, set[str]] = {}
    forms: dict[int, Counter[str]] = {}
    for entity in (e for e in people if not _is_surname_only(doc, e)):
        tokens = _name_tokens(doc, entity)
        if not tokens:
            continue
        match = next((c for toks, c in full_names if _same_person(toks, tokens)), None)
        if match is None:
            match = _Cluster("person", entity.text)
            clusters.append(match)
        match.surnames.add(tokens[-1])
        match.entities.append(entity)
        first_names.setdefault(id(match), set()).add(tokens[0])
        forms.setdefault(id(match), Counter())[entity.text] += 1
        full_names.append((tokens, match))
    for cluster in clusters:
        # The usual full form; on a tie the one the article introduced first.
        cluster.name = forms[id(cluster)].most_common(1)[0][0]
    for entity in (e for e in people if _is_surname_only(doc, e)):
        tokens = _name_tokens(doc, entity)
        if not tokens:
            continue
        key = tokens[-1]
        candidates = [c for c in clusters if key in c.surnames] or [
            c for c in clusters if key in first_names.get(id(c), ())
        ]
        # "Ms. Carter" is Denise Carter, not Raymond Carter named just before.
        candidates = _of_gender(candidates, _honorific_gender(doc, entity), first_names)
        if candidates:
            chosen = _most_recent_before(candidates, entity)
        else:
            chosen = _Cluster("person", entity.text, surnames={key})
            clusters.append(chosen)
        chosen.entities.append(entity)
    return clusters


def _initials(text: str) -> str:
    words = [w for w in text.replace("-", " ").split() if w.lower() not in ACRONYM_SKIPPED_WORDS]
    return "".join(w[0] for w in words if w[:1].isupper())


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isupper() and letters.isalpha()


def _org_clusters(doc: Doc, orgs: list[Entity]) -> list[_Cluster]:
    by_key: dict[str, _Cluster] = {}
    for entity in orgs:
        key = entity.key
        cluster = by_key.get(key)
        if cluster is None:
            cluster = by_key[key] = _Cluster("organization", entity.text)
        cluster.entities.append(entity)
        cluster.name = _fuller(cluster.name, entity)
    acronyms = lexicon.org_acronyms()
    full_of_key = {name_key(full): acronym for acronym, full in acronyms.items()}
    merged: dict[str, _Cluster] = {}
    for key, cluster in by_key.items():
        if _is_acronym(cluster.name):
            expansion = name_key(acronyms.get(key, ""))
            target = next(
                (c for k, c in by_key.items() if c is not cluster and not _is_acronym(c.name)
                 and (k == expansion or _initials(c.name).lower() == key.replace(" ", ""))),
                None,
            )
            if target is not None:
                target.entities.extend(cluster.entities)
                target.extra_aliases.append(cluster.name)
                continue
            if expansion:
                cluster.extra_aliases.append(acronyms[key])
        elif key in full_of_key:
            cluster.extra_aliases.append(full_of_key[key].upper())
        merged[key] = cluster
    return list(merged.values())


def _acts(doc: Doc, entity: Entity) -> bool:
    """Whether a capital stands for its government ("Moscow rejected", "measures on Moscow")."""
    root = doc[entity.start : entity.end].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in ACTING_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in ACTING_PREPS


def _country_clusters(doc: Doc, places: list[Entity]) -> list[_Cluster]:
    countries = lexicon.countries()
    by_name: dict[str, _Cluster] = {}
    for entity in places:
        key = entity.key
        if key in lexicon.places():
            continue
        country = countries.country_of_name(key)
        if country is None:
            capital_of = countries.country_of_capital(key)
            # "WASHINGTON —" opening a report is a dateline, not the government.
            if capital_of is None or entity.text.isupper() or not _acts(doc, entity):
                continue
            country = capital_of
        cluster = by_name.get(country)
        if cluster is None:
            cluster = by_name[country] = _Cluster("country", country)
        cluster.entities.append(entity)
    return list(by_name.values())


def _group_clusters(doc: Doc, nationalities: list[Entity]) -> list[_Cluster]:
    """ "European officials" where they act or speak, "Ukrainians" where they
    speak: a people as such ("if Americans keep buying") is no actor."""
    nouns = lexicon.collective_nouns()
    speech = lexicon.load("speech")
    speaking = frozenset(speech["reporting_verbs"] + speech["characterizing_verbs"])
    by_key: dict[str, _Cluster] = {}
    for entity in nationalities:
        head = doc[entity.end - 1]
        if head.tag_ in ("NNPS", "NNS") and entity.end - entity.start == 1 and (
            head.head.lemma_.lower() not in speaking
        ) and not (entity.start > 0 and doc[entity.start - 1].lower_ == "the"):
            continue
        if head.tag_ not in ("NNPS", "NNS"):
            head = head.head
            if head.i < entity.end or head.i - entity.end > 2 or head.lower_ not in nouns:
                continue
        group = make_entity(doc, entity.start, head.i + 1, "NORP")
        preposition = head.head
        acting = head.dep_ in ("nsubj", "nsubjpass") or (
            head.dep_ == "pobj"
            and preposition.lower_ == "to"
            and preposition.head.lower_ == "according"
        )
        if not acting:
            continue
        key = group.key
        cluster = by_key.get(key)
        if cluster is None:
            cluster = by_key[key] = _Cluster("group", group.text)
        cluster.entities.append(group)
    return list(by_key.values())


def _seats_of_bodies(clusters: list[_Cluster]) -> list[_Cluster]:
    """ "The checks had been agreed with Brussels": a city that is the seat of
    a body the article names stands for that body, not for its country."""
    seats = {name_key(k): name_key(v) for k, v in lexicon.load("actor_types")["seats"].items()
             if not k.startswith("_")}
    bodies = {}
    for cluster in clusters:
        if cluster.type != "country":
            for name in [cluster.name, *cluster.extra_aliases]:
                bodies.setdefault(name_key(name), cluster)
    kept = []
    for cluster in clusters:
        if cluster.type == "country":
            moved = [e for e in cluster.entities if bodies.get(seats.get(e.key, ""))]
            for entity in moved:
                bodies[seats[entity.key]].entities.append(entity)
            cluster.entities = [e for e in cluster.entities if e not in moved]
            if not cluster.entities:
                continue
        kept.append(cluster)
    return kept


def _states_named_by_people(doc: Doc, clusters: list[_Cluster]) -> list[_Cluster]:
    """ "Did the Iranians pass any message?": a nationality in the plural
    with "the" and nothing else, acting, stands for its state when the
    article names that country; "Ukrainians fled" stays the people."""
    countries = lexicon.countries()
    by_country = {c.name: c for c in clusters if c.type == "country"}
    kept = []
    for cluster in clusters:
        if cluster.type == "group":
            state = [
                e for e in cluster.entities
                if e.end - e.start == 1 and e.start > 0 and doc[e.start - 1].lower_ == "the"
                and doc[e.start].tag_ == "NNPS"
            ]
            country = by_country.get(countries.country_of_demonym(cluster.name) or "")
            if country is not None and state:
                country.entities.extend(state)
                cluster.entities = [e for e in cluster.entities if e not in state]
                if not cluster.entities:
                    continue
        kept.append(cluster)
    return kept


def _person_roles(
    doc: Doc, cluster: _Cluster, entity_at: dict[int, Entity], org_names: dict[Entity, str]
) -> tuple[list[str], str, str]:
    """The person's roles, main affiliation (the first one named) and what
    the article calls that body ("a research firm"). A role at another body,
    or naming several, keeps its affiliation in its words ("former chief
    economist at the State Department")."""
    readings = [
        reading
        for entity in [*cluster.entities, *unlabelled_mentions(doc, cluster.entities, entity_at)]
        for reading in roles_of_mention(doc, entity, entity_at)
    ]
    # A body before a person the role serves ("adviser to President Bush").
    readings.sort(key=lambda r: r.affiliation is not None and r.affiliation.label == "PERSON")
    roles: dict[str, str] = {}
    affiliation = kind = ""
    for reading in readings:
        body = ""
        if reading.affiliation is not None:
            # The body's name as its actor will carry it ("(FBI" and "'s" left out).
            name = org_names.get(reading.affiliation, reading.affiliation.text)
            body = clean_name(name)
            if not affiliation:
                mentions = [e for e, n in org_names.items() if n == name]
                kind = " ".join(affiliation_kind(doc, e) for e in [reading.affiliation, *mentions])
        affiliation = affiliation or body
        whole = reading.phrase and (reading.more_bodies or body != affiliation)
        role = " ".join((reading.phrase if whole else reading.role).split())
        if role:
            roles.setdefault(role.lower(), role)
    for at, title, reading in reference_readings(doc, entity_at):
        # "The former congressman, a Republican from Ohio, said": a role stated later.
        role = " ".join((reading.phrase or reading.role).split())
        if role and description_refers_to(
            doc, at, title, cluster.entities, list(roles.values()), entity_at
        ):
            roles.setdefault(role.lower(), role)
    return list(roles.values()), affiliation, kind


def _aliases(doc: Doc, cluster: _Cluster) -> list[str]:
    ordered = sorted(cluster.entities, key=lambda e: e.start)
    names = [e.text for e in ordered]
    if cluster.type == "person":
        # A first name alone ("Tom") would join strangers across articles: only
        # full names, surnames and their spellings are aliases.
        variants = lexicon.name_variants()
        fullest = max(ordered, key=lambda e: (e.end - e.start, len(e.text)))
        surname = doc[surname_start(doc, fullest) : surname_end(doc, fullest)].text
        surname_key = variants.get(name_key(surname), name_key(surname))
        names = [
            n for n, e in zip(names, ordered, strict=True)
            if not _is_surname_only(doc, e) or variants.get(e.key, e.key) == surname_key
        ]
        names.append(surname)
    names += cluster.extra_aliases
    seen = {name_key(cluster.name)}
    aliases = []
    for name in names:
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            aliases.append(name)
    return aliases


def _title_references(text: str, actors: list[ExtractedActor]) -> None:
    """Add "the French president" to the mentions of the actor it refers to."""
    by_key = {a.key: a for a in actors}
    taken = [(m.start, m.end) for a in actors for m in a.mentions]
    mention_ends = {m.end for a in actors for m in a.mentions}
    for match in title_reference_pattern().finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        window = max(0, match.start() - 3)
        before = text[window : match.start()].rstrip()
        if before.endswith(",") and window + len(before) - 1 in mention_ends:
            continue  # "Ava DuVernay, the director,": an apposition gives a role.
        key = resolve_title(actors, match.start(), match.group(0))
        if key is not None:
            by_key[key].mentions.append(Span(match.start(), match.end(), match.group(0)))
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


def extract_actors(doc: Doc) -> list[ExtractedActor]:
    """One record per actor, keyed "a1", "a2"... in order of first mention."""
    text = doc_text(doc)
    entities = corrected_entities(doc, text)
    entity_at = {i: e for e in entities for i in range(e.start, e.end)}
    by_label: dict[str, list[Entity]] = {}
    for entity in entities:
        by_label.setdefault(entity.label, []).append(entity)
    orgs = _org_clusters(doc, by_label.get("ORG", []))
    org_names = {e: c.name for c in orgs for e in c.entities}
    clusters = [
        *_person_clusters(doc, by_label.get("PERSON", [])),
        *orgs,
        *_country_clusters(doc, by_label.get("GPE", []) + by_label.get("FAC", [])),
        *_group_clusters(doc, by_label.get("NORP", [])),
    ]
    clusters = _seats_of_bodies(_states_named_by_people(doc, clusters))
    clusters.sort(key=lambda c: c.first())
    actors = []
    for number, cluster in enumerate(clusters, start=1):
        roles, affiliation, kind = (
            _person_roles(doc, cluster, entity_at, org_names)
            if cluster.type == "person" else ([], "", "")
        )
        actors.append(
            ExtractedActor(
                key=f"a{number}",
                name=cluster.name,
                type=cluster.type,
                roles=roles,
                affiliation=affiliation,
                is_expert=is_expert(roles, affiliation, cluster.type, kind),
                mentions=[
                    _span(text, doc, e) for e in sorted(cluster.entities, key=lambda e: e.start)
                ],
                aliases=_aliases(doc, cluster),
            )
        )
    _title_references(text, actors)
    settled = settle_bodies(text, actors)
    _movements_not_people(text, settled)
    _affiliations_are_bodies(settled)
    settled = without_non_actors(doc, text, _without_title_modifiers(text, settled))
    _add_name_occurrences(text, settled)
    # The names found again include those in people's titles ("Fed Chair Jerome Pollard").
    settled = _without_title_modifiers(text, settled)
    settled.sort(key=lambda a: min((m.start for m in a.mentions), default=0))
    for number, actor in enumerate(settled, start=1):
        actor.key = f"a{number}"
    return settled


def _affiliations_are_bodies(actors: list[ExtractedActor]) -> None:
    """ "Katie Glover, state policy director for Susan B. Anthony Pro-Life
    America": a name someone works for is a body, whatever the model took it
    for, unless the article treats it as a person's too, with a role or by
    the surname alone ("press secretary for Vladimir Putin ... Putin said")."""
    employers = {name_key(a.affiliation) for a in actors if a.type == "person" and a.affiliation}
    for actor in actors:
        if (
            actor.type == "person" and name_key(actor.name) in employers and not actor.roles
            and all(name_key(m.text) == name_key(actor.name) for m in actor.mentions)
        ):
            actor.type = body_type(actor.name, "organization")
            actor.roles, actor.affiliation, actor.is_expert = [], "", False


def _movements_not_people(text: str, actors: list[ExtractedActor]) -> None:
    """ "The Houthis": a plural name always written with "the", which the
    model takes for a person, is a named movement; its singular ("Houthi
    attacks") is a form of its name."""
    for actor in actors:
        name = actor.name
        if actor.type not in ("person", "group") or " " in name or not (
            name.endswith("s") and name[:1].isupper() and len(name) > 3
        ):
            continue
        if all(text[max(0, m.start - 4) : m.start].lower() == "the " for m in actor.mentions):
            actor.type = "organization"
            actor.roles, actor.is_expert = [], False
            if name[:-1] not in actor.aliases:
                actor.aliases.append(name[:-1])


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


def _add_name_occurrences(text: str, actors: list[ExtractedActor]) -> None:
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
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, unique)) + r")(?!\w)")
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        actor = by_key[next(iter(owners[match.group()]))]
        actor.mentions.append(Span(start, end, match.group()))
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


def _without_title_modifiers(text: str, actors: list[ExtractedActor]) -> list[ExtractedActor]:
    """A body or country named in a person's title ("U.S. District Judge
    Loretta Haines", "Kremlin spokesman Dmitry Peskov") is part of the role,
    an adjective, not a mention of the body. A country named only so ("U.S.
    Attorney") is no actor; a body named only so keeps that one mention
    ("European Commission President Ursula von der Leyen") when its name says
    it is a body: "Energy" of "Energy Secretary" or "EU Trade" of "EU Trade
    Commissioner" is a portfolio, no actor."""
    person_starts = sorted(m.start for a in actors if a.type == "person" for m in a.mentions)
    role_words = lexicon.title_words() | lexicon.role_heads()
    kept = []
    for actor in actors:
        if actor.type == "person":
            kept.append(actor)
            continue
        mentions = []
        for mention in actor.mentions:
            at = bisect_left(person_starts, mention.end)
            between = text[mention.end : person_starts[at]] if at < len(person_starts) else ""
            words = between.split()
            in_title = (
                0 < len(words) <= 4
                and between[:1].isspace()
                and not any(ch in between for ch in ",.;:()\n\"“”")
                and any(w.lower() in role_words for w in words)
            )
            if not in_title:
                mentions.append(mention)
        if mentions:
            actor.mentions = mentions
            kept.append(actor)
        elif actor.type != "country" and names_a_body(actor.name):
            actor.mentions = actor.mentions[:1]
            kept.append(actor)
    return kept
