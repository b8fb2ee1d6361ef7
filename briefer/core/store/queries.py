"""Typed reads and writes per table: articles, actors, mentions and quotes.

`ProjectQueries` turns rows into the records of `briefer.core.records` and
keeps the rules each table has (an actor's aliases, a quote's review state).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import fields

from briefer.core.errors import DuplicateArticleError, ProjectError
from briefer.core.records import (
    ACTOR_TYPES,
    QUOTE_KINDS,
    Actor,
    Article,
    ArticleSummary,
    Mention,
    Quote,
)
from briefer.core.store.rows import RowStore, utc_now

ARTICLE_META_FIELDS = ("title", "outlet", "author", "published", "url")
ARTICLE_SUMMARY_FIELDS = tuple(f.name for f in fields(ArticleSummary))

_NON_WORD = re.compile(r"[^\w]+")
# Actors nothing refers to and the user never made or edited: what pruning drops.
UNUSED_ACTORS = """
    SELECT id FROM actors WHERE locked = 0
    AND id NOT IN (SELECT actor_id FROM mentions)
    AND id NOT IN (SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL)
    AND id NOT IN (SELECT value FROM quotes, json_each(quotes.speaker_ids))
    AND id NOT IN (SELECT actor_id FROM brief_items WHERE actor_id IS NOT NULL)
"""


def alias_key(name: str) -> str:
    """Normalise a name so spellings of one actor meet: case, accents, 's, dots."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’]s\b", "", text.casefold())
    text = text.replace(".", "")
    return _NON_WORD.sub(" ", text).strip()


class ProjectQueries(RowStore):
    """The typed queries a project answers, over its generic rows."""

    # -- articles -----------------------------------------------------------

    def find_article_by_hash(self, digest: str) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ?", (digest,)
        ).fetchone()
        return row[0] if row else None

    def add_article(self, article: Article) -> Article:
        """Store a new article; raises DuplicateArticleError for known content."""
        existing = self.find_article_by_hash(article.content_hash)
        if existing is not None:
            title = self.article(existing).title or "an article"
            raise DuplicateArticleError(
                f"already in the project as “{title}”", existing_id=existing
            )
        article.imported_at = article.imported_at or utc_now()
        row = {k: v for k, v in article.__dict__.items() if k != "id"}
        with self.transaction():
            article.id = self.insert("articles", row)
        return article

    def article(self, article_id: int) -> Article:
        rows = self.rows("articles", "id = ?", [article_id])
        if not rows:
            raise ProjectError(f"No article {article_id} in this project")
        return Article(**rows[0])

    def articles(self) -> list[Article]:
        return [Article(**row) for row in self.db["articles"].rows_where(order_by="id")]

    def article_summaries(self) -> list[ArticleSummary]:
        """Every article without its text, in import order (what the lists show)."""
        columns = ", ".join(f'"{name}"' for name in ARTICLE_SUMMARY_FIELDS)
        return [ArticleSummary(*row) for row in self.conn.execute(
            f"SELECT {columns} FROM articles ORDER BY id")]

    def article_titles(self) -> dict[int, str]:
        """Each article's title by id, without reading any text."""
        return dict(self.conn.execute("SELECT id, title FROM articles"))

    def article_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]

    def update_article(self, article_id: int, **fields: str) -> None:
        unknown = set(fields) - set(ARTICLE_META_FIELDS) - {"analyzed_at"}
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        self.update("articles", article_id, {k: (v or "") for k, v in fields.items()})

    def remove_article(self, article_id: int) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            self.prune_actors()

    def search_articles(self, query: str) -> list[int]:
        """Article ids whose title or text match `query` (SQLite FTS5), best first."""
        words = re.findall(r"\w+", query)
        if not words:
            return self.article_ids()
        fts_query = " ".join(f'"{w}"*' if i == len(words) - 1 else f'"{w}"'
                             for i, w in enumerate(words))
        sql = (
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank"
        )
        return [r[0] for r in self.conn.execute(sql, (fts_query,))]

    def articles_with_speaker(self, actor_id: int) -> list[int]:
        sql = (
            "SELECT DISTINCT article_id FROM quotes WHERE (speaker_id = ? "
            "OR EXISTS (SELECT 1 FROM json_each(quotes.speaker_ids) WHERE value = ?)) "
            "AND status != 'rejected' ORDER BY article_id"
        )
        return [r[0] for r in self.conn.execute(sql, (actor_id, actor_id))]

    def articles_mentioning(self, actor_id: int) -> list[int]:
        sql = "SELECT DISTINCT article_id FROM mentions WHERE actor_id = ? ORDER BY article_id"
        return [r[0] for r in self.conn.execute(sql, (actor_id,))]

    def prune_actors(self) -> None:
        """Drop actors nothing refers to any more, unless the user made or edited them.

        A joint speaker of a kept quote (in `speaker_ids` only) still counts as referred to.
        """
        self.conn.execute(f"DELETE FROM actor_aliases WHERE actor_id IN ({UNUSED_ACTORS})")
        self.conn.execute(f"DELETE FROM actors WHERE id IN ({UNUSED_ACTORS})")

    def unused_actor_ids(self) -> list[int]:
        """The actors `prune_actors` would drop now."""
        return [r[0] for r in self.conn.execute(UNUSED_ACTORS)]

    def actors_known_as(self, keys: list[str]) -> list[int]:
        """The actors one of these alias keys (see `alias_key`) already names."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return [r[0] for r in self.conn.execute(
            f"SELECT DISTINCT actor_id FROM actor_aliases WHERE alias IN ({marks})", keys)]

    # -- actors -------------------------------------------------------------

    def _actor_from_row(self, row: dict) -> Actor:
        return Actor(
            id=row["id"],
            name=row["name"],
            type=row["type"],
            roles=json.loads(row["roles"]),
            affiliation=row["affiliation"],
            is_expert=bool(row["is_expert"]),
            mention_count=row.get("mention_count", 0),
            quote_count=row.get("quote_count", 0),
        )

    _ACTOR_SQL = """
        SELECT actors.*,
          (SELECT COUNT(*) FROM mentions WHERE mentions.actor_id = actors.id) AS mention_count,
          (SELECT COUNT(*) FROM quotes WHERE quotes.speaker_id = actors.id
             AND quotes.status != 'rejected') AS quote_count
        FROM actors
    """

    def actors(self) -> list[Actor]:
        cursor = self.conn.execute(self._ACTOR_SQL + " ORDER BY name COLLATE NOCASE")
        names = [c[0] for c in cursor.description]
        return [self._actor_from_row(dict(zip(names, r, strict=True))) for r in cursor]

    def actor(self, actor_id: int) -> Actor:
        cursor = self.conn.execute(self._ACTOR_SQL + " WHERE id = ?", (actor_id,))
        names = [c[0] for c in cursor.description]
        row = cursor.fetchone()
        if row is None:
            raise ProjectError(f"No actor {actor_id} in this project")
        return self._actor_from_row(dict(zip(names, row, strict=True)))

    def add_actor(self, name: str, type_: str = "person", roles: list[str] | None = None,
                  affiliation: str = "", is_expert: bool = False) -> int:
        """An actor the user creates by hand; it is never pruned."""
        if type_ not in ACTOR_TYPES:
            raise ValueError(f"unknown actor type {type_!r}")
        with self.transaction():
            actor_id = self.insert(
                "actors",
                {
                    "name": name.strip(),
                    "type": type_,
                    "roles": json.dumps(roles or []),
                    "affiliation": affiliation,
                    "is_expert": int(is_expert),
                    "locked": 1,
                },
            )
            self.conn.execute(
                "INSERT OR REPLACE INTO actor_aliases (alias, actor_id) VALUES (?, ?)",
                (alias_key(name), actor_id),
            )
        return actor_id

    def update_actor(self, actor_id: int, **fields) -> None:
        """Edit an actor by hand; the edit is kept through re-analysis."""
        allowed = {"name", "type", "roles", "affiliation", "is_expert"}
        if set(fields) - allowed:
            raise ValueError(f"not editable: {sorted(set(fields) - allowed)}")
        if "type" in fields and fields["type"] not in ACTOR_TYPES:
            raise ValueError(f"unknown actor type {fields['type']!r}")
        values = dict(fields, locked=1)
        if "roles" in values:
            values["roles"] = json.dumps(list(values["roles"]))
        if "is_expert" in values:
            values["is_expert"] = int(bool(values["is_expert"]))
        with self.transaction():
            self.update("actors", actor_id, values)
            if "name" in fields:
                self.conn.execute(
                    "INSERT OR REPLACE INTO actor_aliases (alias, actor_id) VALUES (?, ?)",
                    (alias_key(fields["name"]), actor_id),
                )

    def confirmed_names(self) -> list[tuple[str, str]]:
        """(name, type) of the actors the user made or edited, for the NLP's entity ruler."""
        return [(name, type_) for name, type_ in self.conn.execute(
            "SELECT name, type FROM actors WHERE locked = 1 ORDER BY id")]

    def actor_aliases(self, actor_id: int) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", (actor_id,))]

    # -- mentions -----------------------------------------------------------

    def mentions(self, article_id: int | None = None, actor_id: int | None = None) -> list[Mention]:
        clauses, params = [], []
        if article_id is not None:
            clauses.append("article_id = ?")
            params.append(article_id)
        if actor_id is not None:
            clauses.append("actor_id = ?")
            params.append(actor_id)
        rows = self.db["mentions"].rows_where(
            " AND ".join(clauses) or None, params, order_by="article_id, start"
        )
        return [Mention(**row) for row in rows]

    def mention(self, mention_id: int) -> Mention | None:
        """One mention by id (None when it is gone)."""
        rows = self.rows("mentions", "id = ?", [mention_id])
        if not rows:
            return None
        row = rows[0]
        return Mention(id=row["id"], article_id=row["article_id"], actor_id=row["actor_id"],
                       start=row["start"], end=row["end"], text=row["text"],
                       origin=row["origin"])

    def quotes_overlapping(self, article_id: int, start: int, end: int) -> list[int]:
        """Ids of the article's quotes, rejected ones left out, sharing text with start..end."""
        return [r[0] for r in self.conn.execute(
            'SELECT id FROM quotes WHERE article_id = ? AND start < ? AND "end" > ? '
            "AND status != 'rejected' ORDER BY start, id", (article_id, end, start))]

    def add_mention(self, article_id: int, actor_id: int, start: int, end: int) -> int:
        text = self.article(article_id).text[start:end]
        return self.insert("mentions",
            {"article_id": article_id, "actor_id": actor_id, "start": start, "end": end,
             "text": text, "origin": "user"})

    # -- quotes -------------------------------------------------------------

    @staticmethod
    def _quote_from_row(row: dict) -> Quote:
        return Quote(
            id=row["id"],
            article_id=row["article_id"],
            start=row["start"],
            end=row["end"],
            text=row["text"],
            kind=row["kind"],
            speaker_id=row["speaker_id"],
            speaker_ids=json.loads(row["speaker_ids"]),
            cue=row["cue"],
            status=row["status"],
            origin=row["origin"],
        )

    def quotes(self, article_id: int | None = None) -> list[Quote]:
        where = "article_id = ?" if article_id is not None else None
        params = [article_id] if article_id is not None else []
        rows = self.db["quotes"].rows_where(where, params, order_by="article_id, start")
        return [self._quote_from_row(r) for r in rows]

    def quote(self, quote_id: int) -> Quote:
        rows = self.rows("quotes", "id = ?", [quote_id])
        if not rows:
            raise ProjectError(f"No quote {quote_id} in this project")
        return self._quote_from_row(rows[0])

    def add_quote(self, article_id: int, start: int, end: int, kind: str = "direct",
                  speaker_id: int | None = None, cue: str | None = None) -> int:
        """A quote the user marks by hand: accepted, and kept through re-analysis."""
        text = self.article(article_id).text[start:end]
        return self.insert("quotes",
            {"article_id": article_id, "start": start, "end": end, "text": text,
             "kind": kind, "speaker_id": speaker_id,
             "speaker_ids": json.dumps([speaker_id] if speaker_id else []),
             "cue": cue, "status": "accepted", "origin": "user",
             "speaker_locked": int(speaker_id is not None)})

    def set_quote_status(self, quote_id: int, status: str) -> None:
        if status not in ("pending", "accepted", "rejected"):
            raise ValueError(f"unknown review status {status!r}")
        self.update("quotes", quote_id, {"status": status})

    def set_quote_speaker(self, quote_id: int, speaker_id: int | None) -> None:
        self.update(
            "quotes", quote_id,
            {"speaker_id": speaker_id,
             "speaker_ids": json.dumps([speaker_id] if speaker_id else []),
             "speaker_locked": 1},
        )

    def set_quote_kind(self, quote_id: int, kind: str) -> None:
        """Change a quote's kind by hand; the change is kept through re-analysis."""
        if kind not in QUOTE_KINDS:
            raise ValueError(f"unknown quote kind {kind!r}")
        self.update("quotes", quote_id, {"kind": kind, "speaker_locked": 1})

    def set_quote_span(self, quote_id: int, start: int, end: int) -> None:
        quote = self.quote(quote_id)
        text = self.article(quote.article_id).text
        if not 0 <= start < end <= len(text):
            raise ValueError("the span lies outside the article")
        values = {"start": start, "end": end, "text": text[start:end], "speaker_locked": 1}
        self.update("quotes", quote_id, values)

    def review_counts(self) -> dict[int, dict[str, int]]:
        """Per article: actor, quote and still-unreviewed quote counts."""
        counts: dict[int, dict[str, int]] = {
            a: {"actors": 0, "quotes": 0, "pending": 0} for a in self.article_ids()
        }
        for article_id, n in self.conn.execute(
            "SELECT article_id, COUNT(DISTINCT actor_id) FROM mentions GROUP BY article_id"
        ):
            counts[article_id]["actors"] = n
        for article_id, n, pending in self.conn.execute(
            "SELECT article_id, SUM(status != 'rejected'), SUM(status = 'pending') "
            "FROM quotes GROUP BY article_id"
        ):
            counts[article_id]["quotes"] = n or 0
            counts[article_id]["pending"] = pending or 0
        return counts


