"""Qt item models over the project's records: articles, actors and quotes.

Widgets show these models and never query the project themselves. Every
model reloads from the `Project` API on `reload()`; edits made in a view are
not applied here but announced by `edit_requested`, so the window can turn
each one into an undoable command.
"""

from __future__ import annotations

import json
from typing import ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from briefer.core.records import ACTOR_TYPES, Actor, Article, Quote
from briefer.core.store import Project
from briefer.gui.palette import actor_colour, status_colour

# What a drag from the review panel carries (a JSON list of ids); the brief
# builder accepts these.
QUOTE_MIME = "application/x-briefer-quote-ids"
ACTOR_MIME = "application/x-briefer-actor-ids"

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


class _RecordTableModel(QAbstractTableModel):
    """A table of records with one header per column and an `id` per row."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.project: Project | None = None
        self.records: list = []

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.records = self._load() if self.project is not None else []
        self.endResetModel()

    def _load(self) -> list:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    drag_mime = ""

    def flags(self, index: AnyIndex):
        flags = super().flags(index)
        if self.drag_mime and index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [self.drag_mime] if self.drag_mime else []

    def mimeData(self, indexes) -> QMimeData:
        rows = list(dict.fromkeys(i.row() for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(self.drag_mime,
                     json.dumps([self.records[r].id for r in rows]).encode("utf-8"))
        return mime

    def record_at(self, row: int):
        return self.records[row]

    def row_of(self, record_id: int) -> int:
        for row, record in enumerate(self.records):
            if record.id == record_id:
                return row
        return -1


class ArticleListModel(_RecordTableModel):
    """Every article with its counts and how much of it is still to review."""

    headers = ("Title", "Outlet", "Date", "Actors", "Quotes", "To review")
    edit_requested = Signal(int, dict)  # article id, changed metadata

    _FIELDS: ClassVar[dict[int, str]] = {0: "title", 1: "outlet", 2: "published"}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts: dict[int, dict[str, int]] = {}

    def _load(self) -> list[Article]:
        self.counts = self.project.review_counts()
        return self.project.articles()

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        article: Article = self.records[index.row()]
        counts = self.counts.get(article.id, {"actors": 0, "quotes": 0, "pending": 0})
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE):
            values = (
                article.title or "(untitled)",
                article.outlet,
                article.published,
                counts["actors"],
                counts["quotes"],
                counts["pending"] if article.analyzed_at else "…",
            )
            value = values[column]
            if role == SORT_ROLE and column == 5 and not article.analyzed_at:
                return -1
            return value
        if role == ID_ROLE:
            return article.id
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [article.title or "(untitled)"]
            lines += [v for v in (article.outlet, article.author, article.published,
                                  article.url) if v]
            if not article.analyzed_at:
                lines.append("Not analysed yet")
            else:
                lines.append(f"{counts['pending']} quote(s) still to review")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == 5 and counts["pending"]:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: AnyIndex):
        flags = super().flags(index)
        if index.column() in self._FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in self._FIELDS:
            return False
        article = self.records[index.row()]
        name = self._FIELDS[index.column()]
        if str(value) == getattr(article, name):
            return False
        self.edit_requested.emit(article.id, {name: str(value).strip()})
        return False


class ArticleFilterProxy(QSortFilterProxyModel):
    """Articles matching a full-text query and, optionally, one actor."""

    ACTOR_SPEAKS = "speaks"
    ACTOR_MENTIONED = "mentioned"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.query = ""
        self.actor_id: int | None = None
        self.actor_mode = self.ACTOR_SPEAKS
        self._allowed: set[int] | None = None

    def set_query(self, query: str) -> None:
        self.query = query.strip()
        self.refilter()

    def set_actor(self, actor_id: int | None, mode: str = ACTOR_SPEAKS) -> None:
        self.actor_id = actor_id
        self.actor_mode = mode
        self.refilter()

    def refilter(self) -> None:
        """Recompute the matching ids (after a filter or the project changed)."""
        project = self.sourceModel().project if self.sourceModel() else None
        allowed: set[int] | None = None
        if project is not None and self.query:
            allowed = set(project.search_articles(self.query))
        if project is not None and self.actor_id is not None:
            if self.actor_mode == self.ACTOR_SPEAKS:
                ids = set(project.articles_with_speaker(self.actor_id))
            else:
                ids = set(project.articles_mentioning(self.actor_id))
            allowed = ids if allowed is None else allowed & ids
        self.beginFilterChange()
        self._allowed = allowed
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._allowed is None:
            return True
        return self.sourceModel().record_at(source_row).id in self._allowed


class ActorTableModel(_RecordTableModel):
    """Every actor of the project with its counts; edits become undoable commands."""

    headers = ("Name", "Type", "Expert", "Mentions", "Quotes", "Roles", "Affiliation")
    drag_mime = ACTOR_MIME
    NAME, TYPE, EXPERT, MENTIONS, QUOTES, ROLES, AFFILIATION = range(7)
    edit_requested = Signal(int, dict)  # actor id, changed fields

    def _load(self) -> list[Actor]:
        return self.project.actors()

    def _values(self, actor: Actor) -> tuple:
        return (actor.name, actor.type, "", actor.mention_count, actor.quote_count,
                "; ".join(actor.roles), actor.affiliation)

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        actor: Actor = self.records[index.row()]
        column = index.column()
        if role == SORT_ROLE and column == self.EXPERT:
            return int(actor.is_expert)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE):
            return self._values(actor)[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.EXPERT:
            return Qt.CheckState.Checked if actor.is_expert else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return actor.id
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return QColor(actor_colour(actor.type))
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{actor.name} ({actor.type}{', expert' if actor.is_expert else ''})"]
            if actor.roles:
                parts.append("; ".join(actor.roles))
            if actor.affiliation:
                parts.append(actor.affiliation)
            parts.append(f"{actor.mention_count} mention(s), {actor.quote_count} quote(s)")
            return "\n".join(parts)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MENTIONS, self.QUOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex):
        flags = super().flags(index)
        if index.column() in (self.NAME, self.TYPE, self.ROLES, self.AFFILIATION):
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.EXPERT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        actor: Actor = self.records[index.row()]
        column = index.column()
        change: dict = {}
        if role == Qt.ItemDataRole.CheckStateRole and column == self.EXPERT:
            change = {"is_expert": Qt.CheckState(value) == Qt.CheckState.Checked}
        elif role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if column == self.NAME and text and text != actor.name:
                change = {"name": text}
            elif column == self.TYPE and text in ACTOR_TYPES and text != actor.type:
                change = {"type": text}
            elif column == self.ROLES:
                roles = [r.strip() for r in text.split(";") if r.strip()]
                if roles != actor.roles:
                    change = {"roles": roles}
            elif column == self.AFFILIATION and text != actor.affiliation:
                change = {"affiliation": text}
        if change:
            self.edit_requested.emit(actor.id, change)
        return False


class QuoteTableModel(_RecordTableModel):
    """Quotes with their speaker, cue, kind, article and review status."""

    headers = ("Status", "Quote", "Speaker", "Cue", "Kind", "Article")
    STATUS, TEXT, SPEAKER, CUE, KIND, ARTICLE = range(6)
    drag_mime = QUOTE_MIME

    def __init__(self, parent=None):
        super().__init__(parent)
        self.actors: dict[int, Actor] = {}
        self.titles: dict[int, str] = {}

    def _load(self) -> list[Quote]:
        self.actors = {a.id: a for a in self.project.actors()}
        self.titles = {a.id: a.title or "(untitled)" for a in self.project.articles()}
        return self.project.quotes()

    def speaker_name(self, quote: Quote) -> str:
        speaker = self.actors.get(quote.speaker_id)
        return speaker.name if speaker else "(unattributed)"

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        quote: Quote = self.records[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if role == SORT_ROLE and column == 1:
                return f"{quote.article_id:010d}:{quote.start:010d}"
            values = (
                quote.status,
                " ".join(quote.text.split()),
                self.speaker_name(quote),
                quote.cue or "",
                quote.kind,
                self.titles.get(quote.article_id, ""),
            )
            return values[column]
        if role == ID_ROLE:
            return quote.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if quote.status == "rejected":
                return QBrush(QColor("#8a8a8a"))
            if column == 0:
                return QBrush(QColor(status_colour(quote.status)))
        if role == Qt.ItemDataRole.FontRole and column == 0 and quote.status != "pending":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            speaker = self.actors.get(quote.speaker_id)
            who = self.speaker_name(quote)
            if speaker is not None and speaker.roles:
                who += f", {'; '.join(speaker.roles)}"
            if speaker is not None and speaker.is_expert:
                who += " (expert)"
            cue = f", cue “{quote.cue}”" if quote.cue else ""
            article = self.titles.get(quote.article_id, "")
            return (f"“{quote.text}”\n— {who}\n{quote.kind} quote{cue}, {quote.status}"
                    f"\nIn: {article}")
        return None


class QuoteFilterProxy(QSortFilterProxyModel):
    """Quotes of one article (or all), optionally hiding rejected ones."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.article_id: int | None = None
        self.hide_rejected = False

    def set_article(self, article_id: int | None) -> None:
        self.beginFilterChange()
        self.article_id = article_id
        self.endFilterChange()

    def set_hide_rejected(self, hide: bool) -> None:
        self.beginFilterChange()
        self.hide_rejected = hide
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        quote: Quote = self.sourceModel().record_at(source_row)
        if self.article_id is not None and quote.article_id != self.article_id:
            return False
        return not (self.hide_rejected and quote.status == "rejected")
