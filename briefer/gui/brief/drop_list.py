"""The builder's lists: drags carry ids, drops land quotes, actors and items in the brief.

Quotes and actors come from the review panel as `QUOTE_MIME` and `ACTOR_MIME`
(a JSON list of ids); the builder's own items and sections move as
`ITEM_MIME` and `SECTION_MIME`.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QStyledItemDelegate

from briefer.gui.models import ACTOR_MIME, QUOTE_MIME

ITEM_MIME = "application/x-briefer-brief-item-ids"
SECTION_MIME = "application/x-briefer-brief-section-ids"
ID_ROLE = Qt.ItemDataRole.UserRole

__all__ = ["ACTOR_MIME", "ID_ROLE", "ITEM_MIME", "QUOTE_MIME", "SECTION_MIME", "DropList",
           "WrappedRows", "decode_ids", "encode_ids"]


def encode_ids(ids: list[int]) -> bytes:
    return json.dumps([int(i) for i in ids]).encode()


def decode_ids(mime: QMimeData, fmt: str) -> list[int]:
    """The ids a drag carries in `fmt`; anything malformed carries none."""
    if not mime.hasFormat(fmt):
        return []
    try:
        values = json.loads(bytes(mime.data(fmt).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(values, list):
        return []
    return [v for v in values if isinstance(v, int) and not isinstance(v, bool)]



class DropList(QListWidget):
    """A list whose rows are dragged as ids in `own_mime` and that takes brief drops."""

    def __init__(self, own_mime: str, accepted: tuple[str, ...],
                 on_drop: Callable[[QMimeData, int, int], bool], parent=None):
        super().__init__(parent)
        self.own_mime = own_mime
        self.accepted = (own_mime, *accepted)
        self.on_drop = on_drop
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def mimeTypes(self) -> list[str]:
        return list(self.accepted)

    def mimeData(self, items) -> QMimeData:
        mime = QMimeData()
        mime.setData(self.own_mime, encode_ids([i.data(ID_ROLE) for i in items]))
        return mime

    def _accepts(self, mime: QMimeData) -> bool:
        return any(mime.hasFormat(f) for f in self.accepted)

    def dragEnterEvent(self, event) -> None:
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._accepts(event.mimeData()):
            super().dragMoveEvent(event)
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def drop_row(self, pos) -> int:
        """The row a drop at `pos` lands on: before or after the row under it."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() > rect.center().y() else 0)

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        if not self._accepts(mime):
            event.ignore()
            return
        pos = event.position().toPoint()
        handled = self.on_drop(mime, self.drop_row(pos), self.indexAt(pos).row())
        # Copy, never move: the list is rebuilt from the brief, Qt must not remove rows.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.setAccepted(handled)


class WrappedRows(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the list's width, so no label is cut short."""

    PADDING = 6

    def sizeHint(self, option, index) -> QSize:
        view = self.parent()
        width = max(40, view.viewport().width() - 2 * self.PADDING)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 1 << 20), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, bounds.height() + self.PADDING)
