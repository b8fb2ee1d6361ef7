"""Qt item models over the project's records: articles, actors and quotes.

Widgets show these models and never query the project themselves. Every
model loads from the `Project` API: `reload()` resets it (a new project),
`update()` brings it up to date row by row, so views keep their selection and
a sorting proxy only places the rows that changed instead of sorting all of
them again. Edits made in a view are not applied here but announced by
`edit_requested`, so the window can turn each one into an undoable command.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Callable, Iterable
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

from briefer.core.errors import ProjectError
from briefer.core.records import ACTOR_TYPES, Actor, ArticleSummary, Quote
from briefer.core.registry import QUOTE_KINDS, actor_type
from briefer.core.store import Project
from briefer.gui.palette import actor_colour, status_colour
from briefer.gui.verbatim import verbatim

# What a drag from the review panel carries (a JSON list of ids); the brief
# builder accepts these.
QUOTE_MIME = "application/x-briefer-quote-ids"
ACTOR_MIME = "application/x-briefer-actor-ids"

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
_BASE_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
               | Qt.ItemFlag.ItemNeverHasChildren)


def _runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Ascending rows as (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class _RecordTableModel(QAbstractTableModel):
    """A table of records with one header per column and an `id` per row."""

    headers: tuple[str, ...] = ()

    @staticmethod
    def row_order(record) -> tuple:
        """The order `_load` returns rows in; `sync` inserts new rows in their place, so
        a view showing the model's order (or breaking ties with it) stays as loaded."""
        return (record.id,)

    # The roles `data` answers: a view asks for about ten per cell it paints, and
    # returning early for the others keeps painting cheap.
    roles: frozenset[int] = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.project: Project | None = None
        self.records: list = []
        self._column_flags: dict[int, Qt.ItemFlag] = {}

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.records = self._load() if self.project is not None else []
        self.endResetModel()

    def update(self) -> None:
        """Bring every row up to date with the project, without a reset."""
        if self.project is not None:
            self.sync(self._load())

    def sync(self, fresh: list, scope: Callable[[object], bool] | None = None,
             also_changed: Callable[[object], bool] | None = None) -> None:
        """Make the rows show `fresh`, matched by id, with the fewest model signals.

        Rows in `scope` (every row without one) whose record is not in `fresh`
        are removed; rows whose record differs, or that `also_changed` says
        display something new, are updated in place; the rest of `fresh` is
        inserted.
        """
        fresh_by_id = {record.id: record for record in fresh}
        gone = [row for row, record in enumerate(self.records)
                if record.id not in fresh_by_id and (scope is None or scope(record))]
        for first, last in reversed(_runs(gone)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self.records[first:last + 1]
            self.endRemoveRows()
        changed: list[int] = []
        shown: set[int] = set()
        for row, record in enumerate(self.records):
            new = fresh_by_id.get(record.id)
            if new is not None:
                shown.add(record.id)
                if new != record:
                    self.records[row] = new
                    changed.append(row)
                    continue
            if also_changed is not None and also_changed(self.records[row]):
                changed.append(row)
        last_column = len(self.headers) - 1
        for first, last in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        added = [record for record in fresh if record.id not in shown]
        if not added:
            return
        order = self.row_order
        added.sort(key=order)
        while added:
            row = bisect_left(self.records, order(added[0]), key=order)
            # The new records that sort before the row now there go in as one block.
            count = len(added)
            if row < len(self.records):
                after = order(self.records[row])
                count = max(1, next((n for n, r in enumerate(added) if not order(r) < after),
                                    len(added)))
            self.beginInsertRows(QModelIndex(), row, row + count - 1)
            self.records[row:row] = added[:count]
            self.endInsertRows()
            del added[:count]

    def _load(self) -> list:
        """The records this model shows, in `row_order`: each subclass says which."""
        raise NotImplementedError(f"{type(self).__name__} must say which records it shows")

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
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = index.column()
        flags = self._column_flags.get(column)
        if flags is None:
            flags = self._column_flags[column] = self._flags_of_column(column)
        return flags

    def _flags_of_column(self, column: int) -> Qt.ItemFlag:
        """The flags of every cell of `column` (asked once: they never change)."""
        return _BASE_FLAGS | Qt.ItemFlag.ItemIsDragEnabled if self.drag_mime else _BASE_FLAGS

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
    roles = frozenset(int(r) for r in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE, ID_ROLE,
        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole))

    _FIELDS: ClassVar[dict[int, str]] = {0: "title", 1: "outlet", 2: "published"}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts: dict[int, dict[str, int]] = {}

    def _load(self) -> list[ArticleSummary]:
        """Summaries, never texts: the list shows titles, and compares rows on update."""
        self.counts = self.project.review_counts()
        return self.project.article_summaries()

    def update(self) -> None:
        """Up to date row by row; a row whose counts moved is repainted too."""
        if self.project is None:
            return
        before = self.counts
        fresh = self._load()
        self.sync(fresh, also_changed=lambda a: before.get(a.id) != self.counts.get(a.id))

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in self.roles or not index.isValid():
            return None
        article: ArticleSummary = self.records[index.row()]
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
            return verbatim("\n".join(lines))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == 5 and counts["pending"]:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _flags_of_column(self, column: int) -> Qt.ItemFlag:
        flags = super()._flags_of_column(column)
        return flags | Qt.ItemFlag.ItemIsEditable if column in self._FIELDS else flags

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

    @property
    def is_filtering(self) -> bool:
        return bool(self.query) or self.actor_id is not None

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
    roles = frozenset(int(r) for r in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE, ID_ROLE,
        Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole))

    def _load(self) -> list[Actor]:
        return self.project.actors()

    @staticmethod
    def row_order(actor: Actor) -> tuple:
        return (actor.name.casefold(), actor.id)

    def _value(self, actor: Actor, column: int):
        if column == self.ROLES:
            return "; ".join(actor.roles)
        return (actor.name, actor.type, "", actor.mention_count, actor.quote_count, "",
                actor.affiliation)[column]

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in self.roles or not index.isValid():
            return None
        actor: Actor = self.records[index.row()]
        column = index.column()
        if role == SORT_ROLE and column == self.EXPERT:
            return int(actor.is_expert)
        if role == Qt.ItemDataRole.DisplayRole and column == self.TYPE:
            return actor_type(actor.type).label  # the registry's words; edits use the key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE):
            return self._value(actor, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.EXPERT:
            return Qt.CheckState.Checked if actor.is_expert else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return actor.id
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return QColor(actor_colour(actor.type))
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = actor_type(actor.type).label
            parts = [f"{actor.name} ({kind}{', expert' if actor.is_expert else ''})"]
            if actor.roles:
                parts.append("; ".join(actor.roles))
            if actor.affiliation:
                parts.append(actor.affiliation)
            parts.append(f"{actor.mention_count} mention(s), {actor.quote_count} quote(s)")
            return verbatim("\n".join(parts))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MENTIONS, self.QUOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _flags_of_column(self, column: int) -> Qt.ItemFlag:
        flags = super()._flags_of_column(column)
        if column in (self.NAME, self.TYPE, self.ROLES, self.AFFILIATION):
            flags |= Qt.ItemFlag.ItemIsEditable
        if column == self.EXPERT:
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


class ActorSortProxy(QSortFilterProxyModel):
    """Actors sorted by the chosen column, equal ones by name whichever the direction.

    Without the tie-break an actor whose count changed would land after the
    others with the same count instead of in its alphabetical place.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.only_ids: set[int] | None = None  # None: every actor; else only these

    def set_only_ids(self, ids: set[int] | None) -> None:
        """Show only the actors in `ids` (one article's), or every actor with None."""
        if ids != self.only_ids:
            self.beginFilterChange()
            self.only_ids = None if ids is None else set(ids)
            self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self.only_ids is not None:
            actor_id = self.sourceModel().index(source_row, 0, source_parent).data(ID_ROLE)
            if actor_id not in self.only_ids:
                return False
        return super().filterAcceptsRow(source_row, source_parent)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        ours, theirs = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if ours != theirs:
            return ours < theirs
        # The model's rows are in name order; Qt sorts descending by swapping the sides.
        if self.sortOrder() == Qt.SortOrder.DescendingOrder:
            return left.row() > right.row()
        return left.row() < right.row()


class QuoteTableModel(_RecordTableModel):
    """Quotes with their speaker, cue, kind, article and review status."""

    headers = ("Status", "Quote", "Speaker", "Cue", "Kind", "Article")
    STATUS, TEXT, SPEAKER, CUE, KIND, ARTICLE = range(6)
    drag_mime = QUOTE_MIME
    roles = frozenset(int(r) for r in (
        Qt.ItemDataRole.DisplayRole, SORT_ROLE, ID_ROLE, Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.actors: dict[int, Actor] = {}
        self.titles: dict[int, str] = {}

    @staticmethod
    def row_order(quote: Quote) -> tuple:
        return (quote.article_id, quote.start, quote.id)

    def _load(self) -> list[Quote]:
        self.actors = {a.id: a for a in self.project.actors()}
        self.titles = {i: t or "(untitled)" for i, t in self.project.article_titles().items()}
        return self.project.quotes()

    def update(self, article_id: int | None = None) -> None:
        """Up to date row by row: every quote, or only those of `article_id` (cheap,
        for one article's new analysis). Rows whose speaker or article was renamed
        are repainted too."""
        if self.project is None:
            return
        names = {i: a.name for i, a in self.actors.items()}
        titles = dict(self.titles)
        if article_id is None:
            fresh, scope = self._load(), None
        else:
            self.actors = {a.id: a for a in self.project.actors()}
            title = self.project.article_titles().get(article_id)
            if title is None:
                raise ProjectError(f"No article {article_id} in this project")
            self.titles[article_id] = title or "(untitled)"
            fresh = self.project.quotes(article_id)

            def scope(quote: Quote) -> bool:
                return quote.article_id == article_id
        renamed = {i for i, a in self.actors.items() if names.get(i, a.name) != a.name}
        retitled = {i for i, t in self.titles.items() if titles.get(i, t) != t}
        also_changed = None
        if renamed or retitled:
            def also_changed(quote: Quote) -> bool:
                return quote.speaker_id in renamed or quote.article_id in retitled
        self.sync(fresh, scope, also_changed)

    def speaker_name(self, quote: Quote) -> str:
        speaker = self.actors.get(quote.speaker_id)
        return speaker.name if speaker else "(unattributed)"

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in self.roles or not index.isValid():
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
                kind_label(quote.kind),
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
            kind = kind_label(quote.kind)
            return verbatim(f"“{quote.text}”\n— {who}\n{kind}{cue}, {quote.status}"
                            f"\nIn: {article}")
        return None


def kind_label(key: str) -> str:
    """The registry's name for a quote kind ("Direct quote"); an unknown key as it is."""
    kind = QUOTE_KINDS.get(key)
    return kind.label if kind is not None else key


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
