"""A read-only, sortable table view: the shape every list of records in the window takes.

The view sorts by `SORT_ROLE` through its own proxy, selects whole rows, never edits,
and shows no row numbers; callers add what is theirs (stretch, drag, grid).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from briefer.gui.models import SORT_ROLE


def read_only_table(model: QAbstractItemModel, *, several: bool = False,
                    row_padding: int = 8) -> QTableView:
    """A view over `model` sorted through a proxy; `several` lets the user pick many rows."""
    view = QTableView()
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if several
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + row_padding)
    view.horizontalHeader().setHighlightSections(False)
    return view
