"""The dossier's table models: quotes, names and roles, articles, actors named with it.

One small model class serves the four tables; each is a list of `Column`s
(header, display text, sort key, tooltip) over the plain records of
`briefer.core.dossier`. The quote table drags its rows as the review panel's
do, so quotes can be dropped into the brief.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from briefer.core.dossier import CoMention, DossierArticle, DossierQuote, Usage
from briefer.core.registry import QUOTE_KINDS, actor_type
from briefer.gui.models import ID_ROLE, QUOTE_MIME, SORT_ROLE
from briefer.gui.palette import actor_colour, status_colour
from briefer.gui.verbatim import verbatim

AnyIndex = QModelIndex | QPersistentModelIndex
UNDATED = "undated"
_ROLES = frozenset(int(r) for r in (
    SORT_ROLE, ID_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.TextAlignmentRole))


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[object], str]
    sort: Callable[[object], str | int] | None = None  # the folded text when None
    tooltip: Callable[[object], str] | None = None
    colour: Callable[[object], str] | None = None
    numeric: bool = False


def day_text(day: date | None) -> str:
    return day.isoformat() if day is not None else UNDATED


def _day_key(day: date | None) -> str:
    return day.isoformat() if day is not None else "9999"  # undated sorts last


def _range_text(usage: Usage) -> str:
    if usage.first is None:
        return "" if usage.articles == 0 else UNDATED
    if usage.first == usage.last:
        return day_text(usage.first)
    return f"{day_text(usage.first)} – {day_text(usage.last)}"


def kind_label(kind: str) -> str:
    return QUOTE_KINDS[kind].label if kind in QUOTE_KINDS else kind


class RecordTable(QAbstractTableModel):
    """Rows of records, one `Column` each; `id_of` names a row for selection and drags."""

    def __init__(self, columns: Sequence[Column], id_of: Callable[[object], int] | None = None,
                 drag_mime: str = "", parent=None):
        super().__init__(parent)
        self.columns = tuple(columns)
        self.id_of = id_of
        self.drag_mime = drag_mime
        self.records: list = []
        self.texts: list[tuple[str, ...]] = []

    def set_records(self, records: Sequence) -> None:
        self.beginResetModel()
        self.records = list(records)
        # Views ask for each cell's text many times while they lay out (row heights of
        # wrapped quotes): compute it once.
        self.texts = [tuple(column.text(record) for column in self.columns)
                      for record in self.records]
        self.endResetModel()

    def fit_columns(self, view, stretch: int, most: int = 320) -> None:
        """Size every column but `stretch` to its header and widest text (at most `most`
        pixels): ResizeToContents would ask every cell again on every layout."""
        metrics = view.fontMetrics()
        header = view.horizontalHeader()
        padding = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_HeaderMargin) + 18
        for column, spec in enumerate(self.columns):
            if column == stretch:
                continue
            widest = max([metrics.horizontalAdvance(spec.header)]
                         + [metrics.horizontalAdvance(texts[column]) for texts in self.texts])
            header.resizeSection(column, min(most, widest + padding))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[index.row()][index.column()]
        if role not in _ROLES:
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == SORT_ROLE:
            return (column.sort(record) if column.sort
                    else self.texts[index.row()][index.column()].casefold())
        if role == ID_ROLE:
            return self.id_of(record) if self.id_of else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return verbatim(column.tooltip(record))
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            return QBrush(QColor(column.colour(record)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                 | Qt.ItemFlag.ItemNeverHasChildren)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if self.drag_mime else flags

    def mimeTypes(self) -> list[str]:
        return [self.drag_mime] if self.drag_mime else []

    def mimeData(self, indexes) -> QMimeData:
        rows = list(dict.fromkeys(i.row() for i in indexes if i.isValid()))
        mime = QMimeData()
        if self.id_of is not None:
            ids = [self.id_of(self.records[r]) for r in rows]
            mime.setData(self.drag_mime, json.dumps(ids).encode("utf-8"))
        return mime

    def row_of(self, record_id: int) -> int:
        if self.id_of is None:
            return -1
        return next((row for row, record in enumerate(self.records)
                     if self.id_of(record) == record_id), -1)


def _quote_tooltip(quote: DossierQuote) -> str:
    joint = "\n(spoken jointly with others)" if quote.joint else ""
    cue = f" ({quote.cue})" if quote.cue else ""
    return f"“{quote.text}”{cue}\n— {quote.title or 'untitled article'}{joint}"


def quote_table() -> RecordTable:
    """Date, outlet, kind, status and the quote's words (the whole quote in the tooltip)."""
    columns = [
        Column("Date", lambda q: day_text(q.day),
               lambda q: f"{_day_key(q.day)} {q.article_id:010d} {q.start:010d}"),
        Column("Outlet", lambda q: q.outlet or "—", tooltip=lambda q: q.title),
        Column("Kind", lambda q: kind_label(q.kind)),
        Column("Status", lambda q: q.status.capitalize(), colour=lambda q: status_colour(q.status)),
        Column("Quote", lambda q: " ".join(q.text.split()) + (" (joint)" if q.joint else ""),
               tooltip=_quote_tooltip),
    ]
    return RecordTable(columns, id_of=lambda q: q.id, drag_mime=QUOTE_MIME)


def names_table() -> RecordTable:
    return RecordTable([
        Column("Name", lambda u: u.text),
        Column("Mentions", lambda u: str(u.count), lambda u: u.count, numeric=True),
        Column("Articles", lambda u: str(u.articles), lambda u: u.articles, numeric=True),
        Column("Seen", _range_text, lambda u: _day_key(u.first)),
    ])


def roles_table() -> RecordTable:
    return RecordTable([
        Column("Role", lambda u: u.text,
               tooltip=lambda u: ("No article names this role next to the actor"
                                  if u.articles == 0 else u.text)),
        Column("Articles", lambda u: str(u.articles), lambda u: u.articles, numeric=True),
        Column("Seen", _range_text, lambda u: _day_key(u.first)),
    ])


def articles_table() -> RecordTable:
    def article_id(article: DossierArticle) -> int:
        return article.id

    return RecordTable([
        Column("Date", lambda a: day_text(a.day), lambda a: f"{_day_key(a.day)} {a.id:010d}"),
        Column("Outlet", lambda a: a.outlet or "—"),
        Column("Title", lambda a: a.title or "(untitled)", tooltip=lambda a: a.title),
        Column("Mentions", lambda a: str(a.mentions), lambda a: a.mentions, numeric=True),
        Column("Quotes", lambda a: str(a.quotes), lambda a: a.quotes, numeric=True),
    ], id_of=article_id)


def co_mentions_table() -> RecordTable:
    def actor_id(co: CoMention) -> int:
        return co.actor_id

    return RecordTable([
        Column("Actor", lambda c: c.name, colour=lambda c: actor_colour(c.type),
               tooltip=lambda c: f"{c.name} ({actor_type(c.type).label})"),
        Column("Paragraphs", lambda c: str(c.paragraphs), lambda c: c.paragraphs, numeric=True,
               tooltip=lambda c: "Paragraphs that name both"),
        Column("Articles", lambda c: str(c.articles), lambda c: c.articles, numeric=True,
               tooltip=lambda c: "Articles that name both"),
    ], id_of=actor_id)
