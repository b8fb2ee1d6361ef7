"""The people of one article: one cluster per person however the article
names them ("Khizr and Ghazala Khan", "Mr. Khan", "Khan", "Khizr Khan").

Full names join when their given names are compatible (nicknames included);
a surname alone, or after an honorific, goes to the person named before
whose sex the honorific agrees with, and names one person all through the
article. `actors.extract_actors` builds the other clusters the same way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from briefer.core.names import compatible_given_names
from briefer.nlp import lexicon
from briefer.nlp.entities import Entity, surname_end, surname_start
from briefer.nlp.lexicon import name_key


@dataclass
class Cluster:
    """The mentions of one actor while the article is read."""

    type: str
    name: str
    entities: list[Entity] = field(default_factory=list)
    surnames: set[str] = field(default_factory=set)
    extra_aliases: list[str] = field(default_factory=list)

    def first(self) -> int:
        return min(e.start for e in self.entities)


def _name_tokens(doc: Doc, entity: Entity) -> list[str]:
    """Name keys of a person's names, first names then the surname as one item."""
    variants = lexicon.name_variants()
    start, end = surname_start(doc, entity), surname_end(doc, entity)
    keys = [name_key(t.text) for t in doc[entity.start : start]]
    keys.append(name_key(doc[start:end].text))
    return [variants.get(k, k) for k in keys if k]


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


def _most_recent_before(clusters: list[Cluster], entity: Entity) -> Cluster:
    """The cluster mentioned last before ENTITY, or else the first one mentioned after it."""
    before = [c for c in clusters if c.first() < entity.start]
    if before:
        return max(
            before, key=lambda c: max(e.start for e in c.entities if e.start < entity.start)
        )
    return min(clusters, key=Cluster.first)


def is_surname_only(doc: Doc, entity: Entity) -> bool:
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
    candidates: list[Cluster], gender: str | None, first_names: dict[int, set[str]]
) -> list[Cluster]:
    """The candidates whose given names agree with GENDER, if any do; else those
    no given name contradicts ("Mr. Clinton" is never Hillary Clinton alone)."""
    if gender is None:
        return candidates
    genders = {
        id(c): {lexicon.first_name_gender(n) for n in first_names.get(id(c), ())}
        for c in candidates
    }
    agreeing = [c for c in candidates if gender in genders[id(c)]]
    if agreeing:
        return agreeing
    return [c for c in candidates if not genders[id(c)] & {"male", "female"}]


def _shared_surnames(doc: Doc, people: list[Entity]) -> dict[int, str]:
    """"Khizr and Ghazala Khan", "Bill and Hillary Clinton": a given name alone
    before "and" and a full name shares its surname (entity index -> surname)."""
    shared: dict[int, str] = {}
    by_start = {e.start: e for e in people}
    # A word some full name ends with is a surname ("Trump and Hillary Clinton").
    surnames = {doc[e.end - 1].lower_ for e in people if e.end - e.start > 1}
    for index, entity in enumerate(people):
        if entity.end - entity.start != 1 or entity.end + 1 >= len(doc):
            continue
        if doc[entity.end].lower_ not in ("and", "&"):
            continue
        partner = by_start.get(entity.end + 1)
        if partner is None or is_surname_only(doc, partner):
            continue
        if entity.text.lower() in surnames:
            continue
        start, end = surname_start(doc, partner), surname_end(doc, partner)
        shared[index] = doc[start:end].text
    return shared


def person_clusters(doc: Doc, people: list[Entity]) -> list[Cluster]:
    clusters: list[Cluster] = []
    full_names: list[tuple[list[str], Cluster]] = []
    first_names: dict[int, set[str]] = {}
    forms: dict[int, Counter[str]] = {}
    shared = _shared_surnames(doc, people)
    addressed: dict[tuple[str, str], Cluster] = {}
    given_alone = {id(people[i]): surname for i, surname in shared.items()}
    for entity in (e for e in people if not is_surname_only(doc, e) or id(e) in given_alone):
        tokens = _name_tokens(doc, entity)
        if id(entity) in given_alone:
            surname = given_alone[id(entity)]
            tokens = [*tokens[:-1], name_key(entity.text), name_key(surname)]
        if not tokens:
            continue
        match = next((c for toks, c in full_names if _same_person(toks, tokens)), None)
        if match is None:
            match = Cluster("person", entity.text)
            clusters.append(match)
        match.surnames.add(tokens[-1])
        match.entities.append(entity)
        first_names.setdefault(id(match), set()).add(tokens[0])
        written = entity.text
        if id(entity) in given_alone:
            written = f"{entity.text} {given_alone[id(entity)]}"
        forms.setdefault(id(match), Counter())[written] += 1
        full_names.append((tokens, match))
    for cluster in clusters:
        # The usual full form; on a tie the one the article introduced first.
        cluster.name = forms[id(cluster)].most_common(1)[0][0]
    for entity in (e for e in people if is_surname_only(doc, e) and id(e) not in given_alone):
        tokens = _name_tokens(doc, entity)
        if not tokens:
            continue
        key = tokens[-1]
        gender = _honorific_gender(doc, entity)
        if gender is not None and (gender, key) in addressed:
            # "Mr. Khan" names one person all through an article.
            addressed[gender, key].entities.append(entity)
            continue
        candidates = [c for c in clusters if key in c.surnames] or [
            c for c in clusters if key in first_names.get(id(c), ())
        ]
        # "Ms. Carter" is Denise Carter, not Raymond Carter named just before; and
        # someone named before, not the son named only further on.
        named_before = [c for c in candidates if c.first() < entity.start]
        candidates = _of_gender(named_before, gender, first_names) or _of_gender(
            candidates, gender, first_names
        )
        if candidates:
            chosen = _most_recent_before(candidates, entity)
        else:
            chosen = Cluster("person", entity.text, surnames={key})
            clusters.append(chosen)
        chosen.entities.append(entity)
        if gender is not None:
            addressed[gender, key] = chosen
    return clusters
