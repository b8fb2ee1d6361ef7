"""The actors of one article: who is named, how, and in what role.

`extract_actors` turns the corrected entities of a parsed article into one
record per actor however the article names it: full name, surname,
possessive, spelling variant, acronym, capital standing for its country,
and later title-only references ("the French president").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from briefer.core.records import ExtractedActor, Span
from briefer.nlp import lexicon
from briefer.nlp.bodies import clean_name, names_a_body, settle_bodies
from briefer.nlp.body_people import affiliations_are_bodies, movements_not_people
from briefer.nlp.coref import resolve_reference, resolve_title, title_reference_pattern
from briefer.nlp.entities import (
    Entity,
    corrected_entities,
    make_entity,
    short_lines,
    surname_end,
    surname_start,
)
from briefer.nlp.entity_repairs import SPEAKER_LABEL
from briefer.nlp.experts import is_expert
from briefer.nlp.lexicon import name_key
from briefer.nlp.name_mentions import add_name_occurrences, epithets_of_people, surnames_of_people
from briefer.nlp.non_actors import without_non_actors
from briefer.nlp.people import Cluster, is_surname_only, person_clusters
from briefer.nlp.place_names import without_places_named_with_region
from briefer.nlp.role_phrases import affiliation_kind
from briefer.nlp.role_references import (
    description_refers_to,
    reference_readings,
    title_in_next_sentence,
    unlabelled_mentions,
)
from briefer.nlp.roles import roles_of_mention
from briefer.nlp.speech import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_actors", "resolve_reference"]

# How a capital takes part in a clause when it stands for its government.
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "dative"})
ACTING_PREPS = frozenset({"on", "against", "with", "by"})
ACRONYM_SKIPPED_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "&", "de", "du", "des"})


def _span(text: str, doc: Doc, entity: Entity) -> Span:
    start = doc[entity.start].idx
    last = doc[entity.end - 1]
    end = last.idx + len(last.text)
    return Span(start, end, text[start:end])


def _fuller(current: str, entity: Entity) -> str:
    text = entity.text
    longer = (len(text.split()), len(text)) > (len(current.split()), len(current))
    return text if longer else current


def _initials(text: str) -> str:
    words = [w for w in text.replace("-", " ").split() if w.lower() not in ACRONYM_SKIPPED_WORDS]
    return "".join(w[0] for w in words if w[:1].isupper())


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isupper() and letters.isalpha()


def _org_clusters(doc: Doc, orgs: list[Entity]) -> list[Cluster]:
    by_key: dict[str, Cluster] = {}
    for entity in orgs:
        key = entity.key
        cluster = by_key.get(key)
        if cluster is None:
            cluster = by_key[key] = Cluster("organization", entity.text)
        cluster.entities.append(entity)
        cluster.name = _fuller(cluster.name, entity)
    acronyms = lexicon.org_acronyms()
    full_of_key = {name_key(full): acronym for acronym, full in acronyms.items()}
    merged: dict[str, Cluster] = {}
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


@cache
def _states_named_like_countries() -> frozenset[str]:
    return frozenset(lexicon.load("places")["states_named_like_countries"])


def _names_capital_of(doc: Doc, country: str) -> bool:
    """Whether the article names the country's capital ("Tbilisi")."""
    capitals = lexicon.countries().by_capital
    return any(capitals.get(lexicon.name_key(e.text)) == country for e in doc.ents)


def _country_clusters(doc: Doc, places: list[Entity]) -> list[Cluster]:
    countries = lexicon.countries()
    by_name: dict[str, Cluster] = {}
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
        if country in _states_named_like_countries() and not _names_capital_of(doc, country):
            continue  # "Georgia's Fifth Congressional District": the US state
        cluster = by_name.get(country)
        if cluster is None:
            cluster = by_name[country] = Cluster("country", country)
        cluster.entities.append(entity)
    return list(by_name.values())


def _group_clusters(
    doc: Doc, nationalities: list[Entity], headlines: list[tuple[int, int]]
) -> list[Cluster]:
    """ "European officials" where they act or speak, "Ukrainians" where they
    speak: a people as such ("if Americans keep buying") is no actor, nor a
    headline's summary ("African leaders agree joint force")."""
    nouns = lexicon.collective_nouns()
    speech = lexicon.load("speech")
    speaking = frozenset(speech["reporting_verbs"] + speech["characterizing_verbs"])
    by_key: dict[str, Cluster] = {}
    for entity in nationalities:
        head = doc[entity.end - 1]
        if any(start <= doc[entity.start].idx < end for start, end in headlines):
            continue
        if head.tag_ in ("NNPS", "NNS") and entity.end - entity.start == 1 and (
            head.head.lemma_.lower() not in speaking
        ) and not (entity.start > 0 and doc[entity.start - 1].lower_ == "the"):
            continue
        if head.tag_ not in ("NNPS", "NNS"):
            head = head.head
            if head.i < entity.end or head.i - entity.end > 2 or head.lower_ not in nouns:
                continue
        verb = head.head
        if head.dep_ == "nsubjpass" and verb.lemma_.lower() in speaking:
            continue  # "South Africans are told to pay more": spoken to, not speaking
        if (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in speaking) or any(
            c.dep_ == "prep" and c.lower_ == "according" for c in verb.children
        ):
            continue  # "According to the diplomat, Norwegian authorities closed ...": told of
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
            cluster = by_key[key] = Cluster("group", group.text)
        cluster.entities.append(group)
    return list(by_key.values())


def _addressed_speakers(doc: Doc, text: str, clusters: list[Cluster]) -> list[Cluster]:
    """ "QUESTION: Matt, do you expect ...?" then "MR. MORROW: ...": a given
    name alone that opens a question in a transcript addresses the next
    speaker, whose label gives only the surname."""
    unnamed = frozenset(lexicon.load("speech")["unnamed_speaker_labels"])
    labels = [m for m in SPEAKER_LABEL.finditer(text)
              if " ".join(m.group(1).lower().split()) not in unnamed]
    owner = {id(e): c for c in clusters for e in c.entities}
    kept = []
    for cluster in clusters:
        if cluster.type == "person" and " " not in cluster.name and len(cluster.entities) == 1:
            entity = cluster.entities[0]
            start = doc[entity.start].idx
            opened = text.rfind("\n", 0, start) + 1
            before = text[opened:start].strip().rstrip(":").lower()
            nxt = next((m for m in labels if m.start() > start), None)
            target = None
            if before in unnamed and text[start + len(entity.text) :].startswith(",") and nxt:
                target = next((owner[id(e)] for c in clusters for e in c.entities
                               if c is not cluster and c.type == "person"
                               and nxt.start(1) <= doc[e.start].idx < nxt.end(1)), None)
            if target is not None and lexicon.first_name_gender(entity.text):
                target.entities.append(entity)
                continue
        kept.append(cluster)
    return kept


def _seats_of_bodies(clusters: list[Cluster]) -> list[Cluster]:
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
            moved = [e for e in cluster.entities if e.key in seats and seats[e.key] in bodies]
            for entity in moved:
                bodies[seats[entity.key]].entities.append(entity)
            cluster.entities = [e for e in cluster.entities if e not in moved]
            if not cluster.entities:
                continue
        kept.append(cluster)
    return kept


def _states_named_by_people(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
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
    doc: Doc, cluster: Cluster, entity_at: dict[int, Entity], org_names: dict[Entity, str]
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
    if not roles:
        # "Eleanor Whitlow finished her speech. The chancellor told ...".
        title = title_in_next_sentence(doc, cluster.entities, entity_at)
        if title:
            roles[title] = title
    return list(roles.values()), affiliation, kind


def _aliases(doc: Doc, cluster: Cluster) -> list[str]:
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
            if not is_surname_only(doc, e) or variants.get(e.key, e.key) == surname_key
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
        *person_clusters(doc, by_label.get("PERSON", [])),
        *orgs,
        *_country_clusters(doc, by_label.get("GPE", []) + by_label.get("FAC", [])),
        *_group_clusters(doc, by_label.get("NORP", []), short_lines(text)),
    ]
    clusters = _seats_of_bodies(_states_named_by_people(doc, clusters))
    clusters = _addressed_speakers(doc, text, clusters)
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
    settled = epithets_of_people(surnames_of_people(settle_bodies(text, actors)))
    movements_not_people(text, settled)
    affiliations_are_bodies(text, settled)
    settled = without_non_actors(doc, text, _without_title_modifiers(text, settled))
    settled = without_places_named_with_region(text, settled)
    add_name_occurrences(text, settled)
    # The names found again include those in people's titles ("Fed Chair Jerome Pollard").
    settled = _without_title_modifiers(text, settled)
    settled.sort(key=lambda a: min((m.start for m in a.mentions), default=0))
    for number, actor in enumerate(settled, start=1):
        actor.key = f"a{number}"
    return settled


def _without_title_modifiers(text: str, actors: list[ExtractedActor]) -> list[ExtractedActor]:
    """A body or country named in a person's title ("U.S. District Judge
    Loretta Haines", "Kremlin spokesman Dmitry Peskov") is part of the role,
    an adjective, not a mention of the body. A country named only so ("U.S.
    Attorney") is no actor; a body named only so keeps that one mention
    ("European Commission President Ursula von der Leyen") when its name says
    it is a body: "Energy" of "Energy Secretary", "EU Trade" of "EU Trade
    Commissioner" or "Labour" of "Labour Minister" is a portfolio, no actor."""
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
        elif actor.type != "country" and names_a_body(actor.name) and not _is_portfolio(
            text, actor
        ):
            actor.mentions = actor.mentions[:1]
            kept.append(actor)
    return kept


def _is_portfolio(text: str, actor: ExtractedActor) -> bool:
    """ "Labour Minister Seamus O'Rourke": a name that makes a listed title
    with the word after it names the minister's portfolio, not the party
    or body of that name."""
    titles = lexicon.titles()
    return all(
        " ".join([actor.name.lower(), *text[m.end : m.end + 30].split()[:1]]).lower() in titles
        for m in actor.mentions
    )
