"""Review operations on a project, each returning the record that undoes it.

Every operation changes the project inside one transaction and returns a
`RowChange`: the rows it touched as they were before and after. Undo puts the
"before" rows back and removes rows the operation created; redo does the
reverse. The GUI wraps a `RowChange` in one undo command, so any operation
here is undoable without knowing how it works.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from briefer.core.records import ACTOR_TYPES, REVIEW_STATUSES, Analysis
from briefer.core.store import Project, alias_key

# Parents before children: restoring goes in this order, deleting in reverse,
# so foreign keys hold at every step.
TABLE_ORDER = (
    "articles",
    "actors",
    "actor_aliases",
    "mentions",
    "quotes",
    "brief_meta",
    "brief_sections",
    "brief_items",
)
PRIMARY_KEYS = {"actor_aliases": "alias", "brief_meta": "key"}

Scope = dict[str, tuple[str, list]]
Snapshot = dict[str, dict[object, dict]]


def _key(table: str) -> str:
    return PRIMARY_KEYS.get(table, "id")


def capture(project: Project, scope: Scope) -> Snapshot:
    """The rows each table's WHERE clause selects, keyed by primary key."""
    snapshot: Snapshot = {}
    for table, (where, params) in scope.items():
        key = _key(table)
        snapshot[table] = {row[key]: row for row in project.rows(table, where, params)}
    return snapshot


def _ids_clause(column: str, ids) -> tuple[str, list]:
    ids = list(ids)
    if not ids:
        return "0", []
    return f'"{column}" IN ({",".join("?" * len(ids))})', ids


@dataclass
class RowChange:
    """What one operation did: the touched rows before and after it."""

    before: Snapshot
    after: Snapshot

    @property
    def is_empty(self) -> bool:
        return self.before == self.after

    def undo(self, project: Project) -> None:
        _apply(project, self.after, self.before)

    def redo(self, project: Project) -> None:
        _apply(project, self.before, self.after)


def _apply(project: Project, current: Snapshot, target: Snapshot) -> None:
    """Turn the `current` rows into the `target` rows.

    Target rows go in parents first, then rows that are gone leave children
    first; foreign keys are checked once, at commit.
    """
    tables = [t for t in TABLE_ORDER if t in current or t in target]
    with project.transaction():
        project.conn.execute("PRAGMA defer_foreign_keys = ON")
        for table in tables:
            rows = [row for key, row in target.get(table, {}).items()
                    if current.get(table, {}).get(key) != row]
            project.restore_rows(table, rows)
        for table in reversed(tables):
            gone = set(current.get(table, {})) - set(target.get(table, {}))
            if gone:
                where, params = _ids_clause(_key(table), gone)
                project.conn.execute(f"DELETE FROM {table} WHERE {where}", params)


def record(project: Project, scope: Callable[[], Scope], operation: Callable[[], object]
           ) -> tuple[object, RowChange]:
    """Run `operation` in a transaction and record the rows `scope` selects around it.

    `scope` is called before and after the operation; the "after" snapshot also
    covers every row the "before" snapshot held, so deleted rows are seen.
    """
    before_scope = scope()
    before = capture(project, before_scope)
    with project.transaction():
        result = operation()
    after_scope = scope()
    after: Snapshot = {}
    for table in set(before_scope) | set(after_scope):
        where, params = after_scope.get(table, ("0", []))
        where = where or "1"
        known = list(before.get(table, {}))
        if known:
            ids_where, ids = _ids_clause(_key(table), known)
            where, params = f"({where}) OR {ids_where}", [*params, *ids]
        after.update(capture(project, {table: (where, params)}))
    return result, _without_unchanged_rows(before, after)


def _without_unchanged_rows(before: Snapshot, after: Snapshot) -> RowChange:
    """Keep only the rows the operation changed: a wide scope (every actor) then costs
    nothing in the undo history, and replaying the change touches only what it did."""
    trimmed_before: Snapshot = {}
    trimmed_after: Snapshot = {}
    for table in set(before) | set(after):
        old, new = before.get(table, {}), after.get(table, {})
        trimmed_before[table] = {k: r for k, r in old.items() if new.get(k) != r}
        trimmed_after[table] = {k: r for k, r in new.items() if old.get(k) != r}
    return RowChange(trimmed_before, trimmed_after)


def combine(*changes: RowChange) -> RowChange:
    """Several changes made one after the other, as one change (one undo step)."""
    before: Snapshot = {}
    after: Snapshot = {}
    for change in changes:
        for table in set(change.before) | set(change.after):
            seen = after.setdefault(table, {})
            first = before.setdefault(table, {})
            for key, row in change.before.get(table, {}).items():
                if key not in seen and key not in first:
                    first[key] = row
            for key in change.before.get(table, {}):
                seen.pop(key, None)
            seen.update(change.after.get(table, {}))
    return RowChange(before, after)


# -- actors ---------------------------------------------------------------


def _actor_scope(actor_ids) -> Scope:
    actors = _ids_clause("id", actor_ids)
    by_actor = _ids_clause("actor_id", actor_ids)
    speaker = _ids_clause("speaker_id", actor_ids)
    ids = list(actor_ids)
    in_speakers = (
        f"EXISTS (SELECT 1 FROM json_each(quotes.speaker_ids) WHERE value IN "
        f"({','.join('?' * len(ids))}))" if ids else "0"
    )
    return {
        "actors": actors,
        "actor_aliases": by_actor,
        "mentions": by_actor,
        "quotes": (f"({speaker[0]}) OR {in_speakers}", [*speaker[1], *ids]),
        "brief_items": by_actor,
    }


def update_actor(project: Project, actor_id: int, **fields) -> RowChange:
    """Rename, retype, set roles, affiliation or the expert flag of an actor."""
    return record(project, lambda: _actor_scope([actor_id]),
                  lambda: project.update_actor(actor_id, **fields))[1]


def add_actor(project: Project, name: str, type_: str = "person") -> tuple[int, RowChange]:
    """A new actor made by hand (e.g. to reassign a quote to someone the analysis missed)."""
    created: list[int] = []

    def scope() -> Scope:
        return _actor_scope(created)

    def operation() -> int:
        created.append(project.add_actor(name, type_))
        return created[0]

    actor_id, change = record(project, scope, operation)
    return int(actor_id), change


def merge_actors(project: Project, keep_id: int, other_ids: list[int]) -> RowChange:
    """Fold `other_ids` into `keep_id`: mentions, quotes, aliases, roles and brief items."""
    others = [a for a in dict.fromkeys(other_ids) if a != keep_id]
    if not others:
        raise ValueError("merging needs at least two different actors")
    everyone = [keep_id, *others]

    def operation() -> None:
        keep = project.actor(keep_id)
        roles = list(keep.roles)
        affiliation = keep.affiliation
        is_expert = keep.is_expert
        for other_id in others:
            other = project.actor(other_id)
            roles.extend(r for r in other.roles if r not in roles)
            affiliation = affiliation or other.affiliation
            is_expert = is_expert or other.is_expert
        where, params = _ids_clause("actor_id", others)
        for table in ("mentions", "actor_aliases", "brief_items"):
            project.conn.execute(
                f"UPDATE {table} SET actor_id = ? WHERE {where}", [keep_id, *params]
            )
        for quote in _quotes_spoken_by(project, others):
            speaker_ids = [keep_id if s in others else s for s in quote["speaker_ids"]]
            speaker_id = keep_id if quote["speaker_id"] in others else quote["speaker_id"]
            project.update("quotes", quote["id"], {
                "speaker_id": speaker_id,
                "speaker_ids": json.dumps(list(dict.fromkeys(speaker_ids))),
            })
        for other in others:
            project.conn.execute(
                "INSERT OR IGNORE INTO actor_aliases (alias, actor_id) VALUES (?, ?)",
                (alias_key(project.actor(other).name), keep_id),
            )
        project.delete_rows("actors", others)
        project.update_actor(keep_id, roles=roles, affiliation=affiliation, is_expert=is_expert)

    return record(project, lambda: _actor_scope(everyone), operation)[1]


def actor_named(project: Project, name: str) -> int | None:
    """The actor a typed name means: the same name in any case, else a known spelling
    (an alias the analysis or a merge recorded); None when no actor goes by it."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return None
    for actor in project.actors():
        if actor.name.casefold() == wanted:
            return actor.id
    rows = project.rows("actor_aliases", "alias = ?", [alias_key(name)])
    return rows[0]["actor_id"] if rows else None


def with_speaker(project: Project, speaker_id: int | None, new_name: str,
                 operation: Callable[[int | None], RowChange]) -> RowChange:
    """Run `operation(speaker id)` for a chosen speaker or a typed name, as one change.

    A typed name that an actor goes by means that actor; another name makes a new person.
    """
    if not new_name.strip():
        return operation(speaker_id)
    existing = actor_named(project, new_name)
    if existing is not None:
        return operation(existing)
    actor_id, created = add_actor(project, " ".join(new_name.split()), "person")
    return combine(created, operation(actor_id))


def _quotes_spoken_by(project: Project, actor_ids: list[int]) -> list[dict]:
    rows = project.rows("quotes", *_actor_scope(actor_ids)["quotes"])
    for row in rows:
        row["speaker_ids"] = json.loads(row["speaker_ids"])
    return rows


def split_mention(project: Project, mention_id: int, name: str | None = None,
                  type_: str | None = None) -> tuple[int, RowChange]:
    """Move one mention off its actor onto a new actor named after the mention."""
    rows = project.rows("mentions", "id = ?", [mention_id])
    if not rows:
        raise ValueError(f"no mention {mention_id}")
    mention = rows[0]
    old = project.actor(mention["actor_id"])
    created: list[int] = []

    def scope() -> Scope:
        scope = _actor_scope([old.id, *created])
        scope["mentions"] = ("id = ?", [mention_id])
        return scope

    def operation() -> int:
        new_name = (name or mention["text"]).strip()
        actor_id = project.insert("actors", {
            "name": new_name,
            "type": type_ if type_ in ACTOR_TYPES else old.type,
            "roles": "[]",
            "locked": 1,
        })
        created.append(actor_id)
        # A user decision now: re-analysis keeps the mention where the user put it.
        project.update("mentions", mention_id, {"actor_id": actor_id, "origin": "user"})
        key = alias_key(mention["text"])
        project.conn.execute(
            "INSERT OR REPLACE INTO actor_aliases (alias, actor_id) VALUES (?, ?)",
            (key, actor_id),
        )
        if alias_key(new_name) != key:
            project.conn.execute(
                "INSERT OR IGNORE INTO actor_aliases (alias, actor_id) VALUES (?, ?)",
                (alias_key(new_name), actor_id),
            )
        return actor_id

    actor_id, change = record(project, scope, operation)
    return int(actor_id), change


def delete_actor(project: Project, actor_id: int) -> RowChange:
    """Remove an actor, its mentions and actor cards; its quotes lose their speaker."""

    def operation() -> None:
        where, params = _ids_clause("actor_id", [actor_id])
        for quote in _quotes_spoken_by(project, [actor_id]):
            speakers = [s for s in quote["speaker_ids"] if s != actor_id]
            speaker = None if quote["speaker_id"] == actor_id else quote["speaker_id"]
            project.update("quotes", quote["id"], {
                "speaker_id": speaker if speaker is not None else (speakers or [None])[0],
                "speaker_ids": json.dumps(speakers),
            })
        for table in ("mentions", "actor_aliases", "brief_items"):
            project.conn.execute(f"DELETE FROM {table} WHERE {where}", params)
        project.delete_rows("actors", [actor_id])

    return record(project, lambda: _actor_scope([actor_id]), operation)[1]


def add_mention(project: Project, article_id: int, actor_id: int, start: int, end: int
                ) -> RowChange:
    """Mark a stretch of an article as naming an actor."""
    created: list[int] = []

    def scope() -> Scope:
        return {"mentions": _ids_clause("id", created)}

    return record(project, scope,
                  lambda: created.append(project.add_mention(article_id, actor_id, start, end)))[1]


# -- quotes ---------------------------------------------------------------


def _quote_scope(quote_ids) -> Scope:
    return {"quotes": _ids_clause("id", quote_ids)}


def set_quote_status(project: Project, quote_ids: list[int], status: str) -> RowChange:
    """Accept, reject or reset one or more quotes."""
    if status not in REVIEW_STATUSES:
        raise ValueError(f"unknown review status {status!r}")

    def operation() -> None:
        for quote_id in quote_ids:
            project.set_quote_status(quote_id, status)

    return record(project, lambda: _quote_scope(quote_ids), operation)[1]


def reassign_speaker(project: Project, quote_id: int, speaker_id: int | None) -> RowChange:
    return record(project, lambda: _quote_scope([quote_id]),
                  lambda: project.set_quote_speaker(quote_id, speaker_id))[1]


def set_quote_kind(project: Project, quote_id: int, kind: str) -> RowChange:
    return record(project, lambda: _quote_scope([quote_id]),
                  lambda: project.set_quote_kind(quote_id, kind))[1]


def set_quote_span(project: Project, quote_id: int, start: int, end: int) -> RowChange:
    return record(project, lambda: _quote_scope([quote_id]),
                  lambda: project.set_quote_span(quote_id, start, end))[1]


def add_quote(project: Project, article_id: int, start: int, end: int,
              speaker_id: int | None, kind: str = "direct", cue: str | None = None
              ) -> tuple[int, RowChange]:
    """A quote the analysis missed, marked by the user (accepted at once)."""
    created: list[int] = []

    def operation() -> int:
        created.append(project.add_quote(article_id, start, end, kind, speaker_id, cue))
        return created[0]

    quote_id, change = record(project, lambda: _quote_scope(created), operation)
    return int(quote_id), change


# -- articles -------------------------------------------------------------


def update_article(project: Project, article_id: int, **fields: str) -> RowChange:
    """Edit the title, outlet, author, date or URL the citations use."""
    return record(project, lambda: {"articles": ("id = ?", [article_id])},
                  lambda: project.update_article(article_id, **fields))[1]


def remove_article(project: Project, article_id: int) -> RowChange:
    """Remove an article with its mentions, quotes, brief items and orphaned actors."""
    actor_ids = sorted(
        {m.actor_id for m in project.mentions(article_id=article_id)}
        | {q.speaker_id for q in project.quotes(article_id) if q.speaker_id is not None}
    )
    quote_ids = [q.id for q in project.quotes(article_id)]

    def scope() -> Scope:
        scope = _actor_scope(actor_ids)
        scope["articles"] = ("id = ?", [article_id])
        scope["mentions"] = ("article_id = ?", [article_id])
        scope["quotes"] = ("article_id = ?", [article_id])
        item_where, item_params = _ids_clause("quote_id", quote_ids)
        scope["brief_items"] = (
            f"article_id = ? OR {item_where}", [article_id, *item_params]
        )
        return scope

    def operation() -> None:
        item_where, item_params = _ids_clause("quote_id", quote_ids)
        project.conn.execute(
            f"DELETE FROM brief_items WHERE article_id = ? OR {item_where}",
            [article_id, *item_params],
        )
        project.remove_article(article_id)

    return record(project, scope, operation)[1]


# -- analysis -------------------------------------------------------------


def _analysis_scope(project: Project, article_id: int, analysis: Analysis
                    ) -> Callable[[], Scope]:
    """What storing an analysis may touch, and nothing wider (it runs for every article):
    the article's row, mentions and quotes; the actors its old results named, the actors
    its new names resolve to, the actors pruning may drop, and the actors it creates;
    those actors' aliases and any alias its names add."""
    keys = sorted({key for actor in analysis.actors for key in
                   (alias_key(name) for name in [actor.name, *actor.aliases]) if key})
    last_id = project.conn.execute("SELECT COALESCE(MAX(id), 0) FROM actors").fetchone()[0]
    touched = {m.actor_id for m in project.mentions(article_id=article_id)}
    for quote in project.quotes(article_id):
        touched.update(i for i in [quote.speaker_id, *quote.speaker_ids] if i is not None)
    touched.update(project.actors_known_as(keys))
    touched.update(project.unused_actor_ids())

    def scope() -> Scope:
        created = [r[0] for r in project.conn.execute(
            "SELECT id FROM actors WHERE id > ?", (last_id,))]
        ids = sorted(touched | set(created))
        by_actor, by_actor_params = _ids_clause("actor_id", ids)
        by_alias, by_alias_params = _ids_clause("alias", keys)
        return {
            "articles": ("id = ?", [article_id]),
            "actors": _ids_clause("id", ids),
            "actor_aliases": (f"({by_actor}) OR ({by_alias})",
                              [*by_actor_params, *by_alias_params]),
            "mentions": ("article_id = ?", [article_id]),
            "quotes": ("article_id = ?", [article_id]),
        }

    return scope


def store_analysis(project: Project, article_id: int, analysis: Analysis) -> RowChange:
    """Store an article's (re-)analysis as a recorded change, so undo and analysis share
    one history: undoing it puts back the article's previous results and actors.

    An article removed while it was being analysed gets nothing (an empty change).
    """
    if not project.rows("articles", "id = ?", [article_id]):
        return RowChange({}, {})
    return record(project, _analysis_scope(project, article_id, analysis),
                  lambda: project.store_analysis(article_id, analysis))[1]


# -- the brief ------------------------------------------------------------


def brief_scope() -> Scope:
    """Every row of the brief's tables (its front matter, sections and items)."""
    return {"brief_meta": ("", []), "brief_sections": ("", []), "brief_items": ("", [])}


def record_brief_change(project: Project, operation: Callable[[], object]
                        ) -> tuple[object, RowChange]:
    """Run an operation that rewrites the brief (e.g. the auto-draft) as one change."""
    return record(project, brief_scope, operation)
