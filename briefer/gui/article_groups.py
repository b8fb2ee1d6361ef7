"""The articles list grouped by outlet or by publication day, as a tree.

The tree shows what the flat list shows (the same search and actor filter:
it reads the filter proxy's rows) under one row per outlet or day, with the
number of articles in each. Sorting by a column sorts the groups and the
articles within them. Choosing an article in the tree chooses it in the flat
list, which the rest of the window follows, and the other way round.
Outlet spellings that differ only in case or spacing meet (`core.coverage`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from briefer.core.coverage import NO_DATE, outlet_key, outlet_label, publication_day
from briefer.gui.models import ID_ROLE, SORT_ROLE
from briefer.gui.verbatim import verbatim

GROUP_NONE, GROUP_OUTLET, GROUP_DAY = "none", "outlet", "day"
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 20
TITLE, OUTLET, DATE, TO_REVIEW = 0, 1, 2, 5  # the article model's columns shown
DATE_CELL, TO_REVIEW_CELL = 2, 3  # their columns in the tree


def day_label(day: str) -> str:
    """"Tue 3 March 2026" for an ISO day; NO_DATE for none."""
    if not day:
        return NO_DATE
    when = date.fromisoformat(day)
    return f"{when.strftime('%a')} {when.day} {when.strftime('%B %Y')}"


class ArticleGroupTree(QTreeView):
    """The articles of a filter proxy, grouped by outlet or day."""

    articleChosen = Signal(int)

    def __init__(self, source_proxy, parent=None):
        super().__init__(parent)
        self.setObjectName("articleGroups")
        self.source_proxy = source_proxy
        self.mode = GROUP_OUTLET
        self.tree = QStandardItemModel(self)
        self.tree.setSortRole(SORT_ROLE)
        self.setModel(self.tree)
        self.setSortingEnabled(True)
        self._sort = (TITLE, Qt.SortOrder.AscendingOrder)
        self.header().sortIndicatorChanged.connect(
            lambda column, order: setattr(self, "_sort", (column, order)))
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._collapsed: set[str] = set()
        self._current_id: int | None = None
        self.rebuild_timer = QTimer(self)
        self.rebuild_timer.setSingleShot(True)
        self.rebuild_timer.setInterval(0)
        self.rebuild_timer.timeout.connect(self.rebuild)
        for signal in (source_proxy.modelReset, source_proxy.layoutChanged,
                       source_proxy.rowsInserted, source_proxy.rowsRemoved,
                       source_proxy.dataChanged):
            signal.connect(self.rebuild_soon)
        self.collapsed.connect(lambda index: self._collapsed.add(index.data(GROUP_KEY_ROLE)))
        self.expanded.connect(lambda index: self._collapsed.discard(index.data(GROUP_KEY_ROLE)))

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._collapsed.clear()
        self.rebuild()

    def rebuild_soon(self, *_args) -> None:
        if self.isVisible():
            self.rebuild_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.rebuild()

    def _group_of(self, outlet: str, published: str) -> tuple[str, str, str]:
        """(key, label, sort key) of the group an article belongs to."""
        if self.mode == GROUP_DAY:
            day = publication_day(published)
            return day, day_label(day), day or "9999"
        key = outlet_key(outlet)
        return key, outlet_label(outlet), f"{int(not key)}{key}"

    def rebuild(self) -> None:
        """Group the filter proxy's rows again, keeping the open groups and the choice."""
        self.rebuild_timer.stop()
        proxy = self.source_proxy
        headers = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in
                   (TITLE, OUTLET, DATE, TO_REVIEW)]
        groups: dict[str, tuple[list[QStandardItem], list[list[QStandardItem]]]] = {}
        for row in range(proxy.rowCount()):
            cells = [proxy.index(row, c) for c in (TITLE, OUTLET, DATE, TO_REVIEW)]
            key, label, order = self._group_of(cells[1].data() or "", cells[2].data() or "")
            if key not in groups:
                groups[key] = (self._group_row(key, label, order), [])
            groups[key][1].append(self._article_row(cells))
        blocked = self.selectionModel().blockSignals(True)
        self.tree.clear()
        self.tree.setHorizontalHeaderLabels(headers)
        bold = QFont(self.font())
        bold.setBold(True)
        for group_row, articles in groups.values():
            count = len(articles)
            to_review = sum(max(0, int(a[TO_REVIEW_CELL].data(SORT_ROLE) or 0))
                            for a in articles)
            # The row spans the columns: it says how much of the group is left to review.
            left = f" · {to_review} to review" if to_review else ""
            group_row[0].setText(f"{group_row[0].text()} ({count}){left}")
            group_row[TO_REVIEW_CELL].setData(to_review, SORT_ROLE)
            days = [publication_day(str(a[DATE_CELL].data(SORT_ROLE) or "")) for a in articles]
            group_row[DATE_CELL].setData(min((d for d in days if d), default="9999"),
                                         SORT_ROLE)
            for item in group_row:
                item.setFont(bold)
            for article in articles:
                group_row[0].appendRow(article)
            self.tree.appendRow(group_row)
        header = self.header()
        blocked_header = header.blockSignals(True)
        header.setSortIndicator(*self._sort)
        header.blockSignals(blocked_header)
        self.tree.sort(*self._sort)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for column, width in ((OUTLET, 88), (DATE_CELL, metrics.horizontalAdvance("0000-00-00")),
                              (TO_REVIEW_CELL, metrics.horizontalAdvance(headers[3]))):
            self.setColumnWidth(column, width + 14)
        # What every row of a group shares is said by its group row.
        self.setColumnHidden(OUTLET, self.mode == GROUP_OUTLET)
        self.setColumnHidden(DATE_CELL, self.mode == GROUP_DAY)
        for row in range(self.tree.rowCount()):
            index = self.tree.index(row, 0)
            self.setFirstColumnSpanned(row, QModelIndex(), True)
            self.setExpanded(index, index.data(GROUP_KEY_ROLE) not in self._collapsed)
        self.selectionModel().blockSignals(blocked)
        if self._current_id is not None:
            self.select_article(self._current_id)

    @staticmethod
    def _group_row(key: str, label: str, order: str) -> list[QStandardItem]:
        cells = [QStandardItem(label)] + [QStandardItem() for _ in range(3)]
        for item in cells:
            item.setEditable(False)
            item.setData(key, GROUP_KEY_ROLE)
            item.setData(order, SORT_ROLE)
        cells[0].setToolTip(verbatim(label))
        return cells

    @staticmethod
    def _article_row(cells: list[QModelIndex]) -> list[QStandardItem]:
        items = []
        for cell in cells:
            item = QStandardItem(str(cell.data() if cell.data() is not None else ""))
            item.setEditable(False)
            item.setData(cell.data(SORT_ROLE), SORT_ROLE)
            item.setData(cell.siblingAtColumn(0).data(ID_ROLE), ID_ROLE)
            item.setToolTip(cell.data(Qt.ItemDataRole.ToolTipRole))
            items.append(item)
        items[-1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return items

    # -- the chosen article -------------------------------------------------

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        article_id = current.siblingAtColumn(0).data(ID_ROLE) if current.isValid() else None
        if article_id is not None and article_id != self._current_id:
            self._current_id = article_id
            self.articleChosen.emit(article_id)

    def select_article(self, article_id: int | None) -> bool:
        """Make `article_id` the tree's current row (opening its group); False if absent."""
        self._current_id = article_id
        for row in range(self.tree.rowCount()):
            group = self.tree.index(row, 0)
            for child in range(self.tree.rowCount(group)):
                index = self.tree.index(child, 0, group)
                if index.data(ID_ROLE) == article_id:
                    self.setExpanded(group, True)
                    self.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
                    self.scrollTo(index)
                    return True
        return False

    def group_labels(self) -> list[str]:
        """The group rows' labels in the order shown, without their review counts."""
        return [self.tree.index(row, 0).data().split(" · ")[0]
                for row in range(self.tree.rowCount())]

