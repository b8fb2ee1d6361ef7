"""The re-analysis merge policy: how a fresh analysis meets the user's decisions.

An analysis replaces an article's automatic results. Actors are matched to
project actors through their aliases, so a name the user merged or renamed
keeps pointing at the user's actor; quotes the user accepted, rejected,
reassigned or added survive.
"""

from __future__ import annotations

import json

from briefer.core import registry
from briefer.core.names import compatible_given_names, given_name, without_country
from briefer.core.records import Analysis, ExtractedActor
from briefer.core.store.queries import ProjectQueries, alias_key
from briefer.core.store.rows import utc_now


def store_analysis(project: ProjectQueries, article_id: int, analysis: Analysis) -> None:
    """Replace an article's automatic results, keeping every user decision.

    Actors are matched to project actors through their aliases, so a name
    the user merged or renamed keeps pointing at the user's actor, and an
    actor the user edited (locked) keeps its name, type, roles and expert
    flag. Mentions the user added or moved (a split) and quotes the user
    accepted, rejected, reassigned, edited or added survive; a new automatic
    mention or quote overlapping a kept one is dropped.
    """
    with project.transaction():
        project.conn.execute(
            "DELETE FROM mentions WHERE article_id = ? AND origin = 'auto'", (article_id,)
        )
        project.conn.execute(
            "DELETE FROM quotes WHERE article_id = ? AND origin = 'auto' "
            "AND status = 'pending' AND speaker_locked = 0",
            (article_id,),
        )
        kept_quotes = _spans(project, "quotes", article_id)
        kept_mentions = _spans(project, "mentions", article_id)
        actor_ids: dict[str, int] = {}
        for extracted in analysis.actors:
            actor_id = resolve_actor(project, extracted)
            actor_ids[extracted.key] = actor_id
            project.insert_many("mentions", [
                {
                    "article_id": article_id,
                    "actor_id": actor_id,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "origin": "auto",
                }
                for m in extracted.mentions
                if not _overlaps(kept_mentions, m.start, m.end)
            ])
        project.insert_many("quotes", [
            {
                "article_id": article_id,
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "kind": q.kind,
                "speaker_id": actor_ids.get(q.speaker_key) if q.speaker_key else None,
                "speaker_ids": json.dumps(
                    [actor_ids[k] for k in q.speaker_keys if k in actor_ids]
                ),
                "cue": q.cue,
            }
            for q in analysis.quotes
            if not _overlaps(kept_quotes, q.start, q.end)
        ])
        project.update("articles", article_id, {"analyzed_at": utc_now()})
        project.prune_actors()


def _may_be_one_person(project: ProjectQueries, actor_id: int,
                       extracted: ExtractedActor) -> bool:
    """Whether a project actor found through a one-word alias can be the extracted
    actor: two people whose full names share only a surname are two actors, and
    so are a surname alone and a namesake whose roles say another person
    ("Carter, the state senator" is not "Raymond Carter, the pastor")."""
    row = project.conn.execute("SELECT name, type, roles FROM actors WHERE id = ?",
                               (actor_id,)).fetchone()
    if row is None or "person" not in (row[1], extracted.type):
        return True
    # "Jeb Bush" is not "George W. Bush", even where one was mistyped as a body.
    known, new = given_name(alias_key(row[0])), given_name(alias_key(extracted.name))
    if known is not None and new is not None:
        return compatible_given_names(known, new)
    if row[1] != "person" or extracted.type != "person":
        return True
    return roles_agree(json.loads(row[2] or "[]"), extracted.roles)


# Types whose names may drop the country opening them.
BODY_TYPES = frozenset({"government", "international", "organization", "party"})

ROLE_QUALIFIERS = frozenset({
    "former", "senior", "deputy", "acting", "assistant", "chief", "interim", "state", "the",
    "of", "for", "at", "on", "in", "and", "a", "an", "to", "s",
})


def _role_words(roles: list[str]) -> set[str]:
    words = set()
    for role in roles:
        for word in alias_key(role).split():
            if word not in ROLE_QUALIFIERS:
                words.add(word[:-1] if word.endswith("s") and len(word) > 3 else word)
    return words


def merged_roles(known: list[str], new: list[str]) -> list[str]:
    """The known roles, then each new one not known already in any case: one
    article's "Senator" and another's "senator" are one role, kept as first seen."""
    seen = {role.casefold() for role in known}
    merged = list(known)
    for role in new:
        if role.casefold() not in seen:
            seen.add(role.casefold())
            merged.append(role)
    return merged


def roles_agree(known: list[str], new: list[str]) -> bool:
    """Whether two lists of roles can be one person's: either is empty, or they
    share a word beyond qualifiers ("state senator" / "senator")."""
    known_words, new_words = _role_words(known), _role_words(new)
    return not known_words or not new_words or bool(known_words & new_words)


def _spans(project: ProjectQueries, table: str, article_id: int) -> list[tuple[int, int]]:
    return [(r[0], r[1]) for r in project.conn.execute(
        f'SELECT start, "end" FROM {table} WHERE article_id = ?', (article_id,))]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < kept_end and kept_start < end for kept_start, kept_end in spans)


def resolve_actor(project: ProjectQueries, extracted: ExtractedActor) -> int:
    """The project actor an extracted actor is, created or updated from what was found."""
    names = [extracted.name, *extracted.aliases]
    if extracted.type in BODY_TYPES:
        # "U.S. Army" in one article is the "Army" of another.
        names += [short for n in names if (short := without_country(n))]
    keys = [alias_key(n) for n in names]
    keys = [k for k in dict.fromkeys(keys) if k]
    actor_id = None
    # Full names first: a one-word alias ("trump", "sally") is the weakest evidence.
    for key in sorted(keys, key=lambda k: len(k.split()) < 2):
        row = project.conn.execute(
            "SELECT actor_id FROM actor_aliases WHERE alias = ?", (key,)
        ).fetchone()
        if row and (len(key.split()) >= 2 or _may_be_one_person(project, row[0], extracted)):
            actor_id = row[0]
            break
    if actor_id is None:
        actor_id = project.insert(
            "actors",
            {
                "name": extracted.name,
                "type": registry.actor_type(extracted.type).key,
                "roles": json.dumps(extracted.roles),
                "affiliation": extracted.affiliation,
                "is_expert": int(extracted.is_expert),
            },
        )
    else:
        row = project.rows("actors", "id = ?", [actor_id])[0]
        if not row["locked"]:
            roles = merged_roles(json.loads(row["roles"]), extracted.roles)
            name = row["name"]
            if len(extracted.name) > len(name):
                name = extracted.name
            project.update(
                "actors",
                actor_id,
                {
                    "name": name,
                    "roles": json.dumps(roles),
                    "affiliation": row["affiliation"] or extracted.affiliation,
                    "is_expert": int(bool(row["is_expert"]) or extracted.is_expert),
                },
            )
    for key in keys:
        project.conn.execute(
            "INSERT OR IGNORE INTO actor_aliases (alias, actor_id) VALUES (?, ?)",
            (key, actor_id),
        )
    return actor_id

