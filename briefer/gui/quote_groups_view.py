"""The Quotes tab's "group same quotes" view: one row per quote, copies gathered below.

A quote found with the same or nearly the same words in other articles
(`core.quote_groups`) is one group row: how many articles carry it, its
review status (or "mixed"), and where and when it appeared first; the copies
are its children. A quote found nowhere else is a row of its own. The tree
shows the quotes the flat list shows (one article or all, rejected ones
hidden or not): a group shows when any of its copies does, with its copies.
Selecting a group row selects every copy for review (hidden rejected ones
too), so accepting or rejecting it is one change (one undo step). Comparing
the words of thousands of quotes takes seconds: with the window's
`JobRunner` it runs on a worker (`core.quote_groups.word_groups`), the tree
saying so meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from briefer.core.quote_groups import (
    MIXED_STATUS,
    GroupMember,
    QuoteGroup,
    build_groups,
    quote_texts,
    remembered_word_groups,
    word_groups,
)
from briefer.gui.models import ID_ROLE, SORT_ROLE, kind_label
from briefer.gui.palette import status_colour
from briefer.gui.verbatim import verbatim

MEMBER_IDS_ROLE = Qt.ItemDataRole.UserRole + 30  # every quote id a row stands for
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 31  # the quote cell's second line
HEADERS = ("Quote", "Status")
TEXT, STATUS = range(2)  # the quote first: the tree's indentation comes out of its width
GROUPING_JOB = "Finding the same quotes in other articles"


def _source(member: GroupMember) -> str:
    return f"{member.outlet}, {member.day}" if member.day else member.outlet


class QuoteDelegate(QStyledItemDelegate):
    """Two lines: the quote, then who said it, where and when, in a quieter colour."""

    def sizeHint(self, option, index) -> QSize:
        return QSize(200, QFontMetrics(option.font).height() * 2 + 10)

    def paint(self, painter, option, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, font = opt.text, QFont(opt.font)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(4, 3, -4, -3)
        line = QFontMetrics(font).height()
        painter.save()
        painter.setFont(font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                       rect.width()))
        quiet = QFont(opt.font)
        quiet.setBold(False)
        painter.setFont(quiet)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(quiet).elidedText(index.data(DETAIL_ROLE) or "",
                                                        Qt.TextElideMode.ElideRight,
                                                        rect.width()))
        painter.restore()


class QuoteGroupTree(QTreeView):
    """Quotes grouped by their words across articles, over the review panel's quote list."""

    def __init__(self, quote_model, quote_proxy, parent=None):
        super().__init__(parent)
        self.setObjectName("quoteGroups")
        self.quote_model = quote_model
        self.quote_proxy = quote_proxy
        self.groups: list[QuoteGroup] = []
        self.jobs = None  # the window's JobRunner: compare words on a worker
        self._grouping = None  # the texts a running job compares
        self.tree = QStandardItemModel(self)
        self.tree.setSortRole(SORT_ROLE)
        self.setModel(self.tree)
        self.setItemDelegateForColumn(TEXT, QuoteDelegate(self))
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setSortingEnabled(True)
        self._sort: tuple[int, Qt.SortOrder] | None = None  # None: shared quotes first
        self.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.header().sortIndicatorChanged.connect(
            lambda column, order: setattr(self, "_sort", (column, order)))
        self._expanded: set[int] = set()  # groups (by first quote id) the user opened
        self.expanded.connect(lambda index: self._expanded.add(index.data(ID_ROLE)))
        self.collapsed.connect(lambda index: self._expanded.discard(index.data(ID_ROLE)))
        self.rebuild_timer = QTimer(self)
        self.rebuild_timer.setSingleShot(True)
        self.rebuild_timer.setInterval(0)
        self.rebuild_timer.timeout.connect(self.rebuild)
        for signal in (quote_proxy.modelReset, quote_proxy.layoutChanged,
                       quote_proxy.rowsInserted, quote_proxy.rowsRemoved,
                       quote_proxy.dataChanged):
            signal.connect(self.rebuild_soon)

    def rebuild_soon(self, *_args) -> None:
        if self.isVisible():
            self.rebuild_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.rebuild()

    # -- building -----------------------------------------------------------

    def _visible_groups(self) -> list[tuple[QuoteGroup, list[GroupMember]]]:
        """The groups with a copy the flat list shows, each with the copies to list
        (rejected ones left out if hidden); the group row still stands for every copy."""
        proxy = self.quote_proxy
        shown = []
        for group in self.groups:
            members = [m for m in group.members
                       if not (proxy.hide_rejected and m.quote.status == "rejected")]
            if not members:
                continue
            if proxy.article_id is not None and all(
                    m.quote.article_id != proxy.article_id for m in members):
                continue
            shown.append((group, members))
        return shown

    def rebuild(self) -> None:
        """Group again from the project, keeping the open groups and the selection."""
        self.rebuild_timer.stop()
        project = self.quote_model.project
        chosen = self.selected_rows_ids()
        current = self.current_quote_id()
        self.groups = []
        if project is not None:
            quotes = project.quotes()
            texts = quote_texts(quotes)
            grouped = remembered_word_groups(texts)
            if grouped is None and self.jobs is not None:
                self._group_in_background(texts)
                self._show_waiting()
                return
            if grouped is None:
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    grouped = word_groups(texts)
                finally:
                    QApplication.restoreOverrideCursor()
            self.groups = build_groups(quotes, project.article_summaries(), grouped)
        blocked = self.selectionModel().blockSignals(True)
        self.tree.clear()
        self.tree.setHorizontalHeaderLabels(list(HEADERS))
        visible = self._visible_groups()
        # Quotes found in several articles first, most copies first; then the list's order.
        order = sorted(range(len(visible)),
                       key=lambda i: (-len(visible[i][0].article_ids), i))
        for position, index in enumerate(order):
            group, members = visible[index]
            row = self._group_row(group, position)
            if len(group.members) > 1:
                for member in members:
                    row[0].appendRow(self._member_row(member))
            self.tree.appendRow(row)
        if self._sort is not None:
            self.tree.sort(*self._sort)
        self._lay_out_columns()
        for row in range(self.tree.rowCount()):
            index = self.tree.index(row, 0)
            if index.data(ID_ROLE) in self._expanded:
                self.setExpanded(index, True)
        self.selectionModel().blockSignals(blocked)
        self._reselect(chosen, current)

    def _group_in_background(self, texts) -> None:
        if self._grouping == texts:
            return
        self._grouping = texts

        def done(_result) -> None:
            if self._grouping == texts:
                self._grouping = None
                self.rebuild_soon()

        self.jobs.run(lambda _report, _cancelled: word_groups(texts), on_result=done,
                      on_error=self.jobs.error_reporter(GROUPING_JOB), name=GROUPING_JOB,
                      owner=self.quote_model.project)

    def _show_waiting(self) -> None:
        self.tree.clear()
        self.tree.setHorizontalHeaderLabels(list(HEADERS))
        waiting = [QStandardItem(f"{GROUPING_JOB}…"), QStandardItem("")]
        for item in waiting:
            item.setEditable(False)
            item.setSelectable(False)
        self.tree.appendRow(waiting)
        self._lay_out_columns()

    def _lay_out_columns(self) -> None:
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        bold = QFont(self.font())
        bold.setBold(True)
        self.setColumnWidth(STATUS, QFontMetrics(bold).horizontalAdvance("accepted") + 16)

    def _cells(self, texts: list[str], detail: str, ids: list[int], tooltip: str
               ) -> list[QStandardItem]:
        cells = []
        for text in texts:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(ids[0], ID_ROLE)
            item.setData(ids, MEMBER_IDS_ROLE)
            item.setData(text.casefold(), SORT_ROLE)
            item.setToolTip(tooltip)
            cells.append(item)
        cells[TEXT].setData(detail, DETAIL_ROLE)
        return cells

    def _speaker(self, member: GroupMember) -> str:
        return self.quote_model.speaker_name(member.quote)

    def _group_row(self, group: QuoteGroup, position: int) -> list[QStandardItem]:
        first = group.first
        count = len(group.article_ids)
        text = " ".join(first.quote.text.split())
        shared = count > 1
        label = f"{count}× {text}" if shared else text
        lines = [f"“{first.quote.text}”", f"— {self._speaker(first)}"]
        if shared:
            lines.append(f"In {count} articles; first in {_source(first)}")
            lines += [f"  {_source(m)}: {m.quote.status}" for m in group.members]
        else:
            lines.append(f"{kind_label(first.quote.kind)}, {first.quote.status}, "
                         f"in {_source(first)}")
        # The group's label counts the articles; the detail says who had the words first.
        detail = (f"first {_source(first)} · {self._speaker(first)}" if shared
                  else f"{self._speaker(first)} · {_source(first)}")
        row = self._cells([label, group.status], detail, group.quote_ids,
                          verbatim("\n".join(lines)))
        row[TEXT].setData(f"{int(not shared)}{position:06d}", SORT_ROLE)
        self._paint_status(row[STATUS], group.status)
        if shared:
            bold = QFont(self.font())
            bold.setBold(True)
            row[TEXT].setFont(bold)
        return row

    def _member_row(self, member: GroupMember) -> list[QStandardItem]:
        quote = member.quote
        tooltip = verbatim(f"“{quote.text}”\n— {self._speaker(member)}\n"
                           f"{kind_label(quote.kind)}, {quote.status}, in {_source(member)}\n"
                           f"{self.quote_model.titles.get(quote.article_id, '')}")
        row = self._cells([" ".join(quote.text.split()), quote.status],
                          f"{self._speaker(member)} · {_source(member)}", [quote.id], tooltip)
        self._paint_status(row[STATUS], quote.status)
        return row

    @staticmethod
    def _paint_status(item: QStandardItem, status: str) -> None:
        if status != MIXED_STATUS:
            item.setForeground(QBrush(QColor(status_colour(status))))
        if status != "pending":
            font = QFont()
            font.setBold(True)
            item.setFont(font)

    # -- selection ------------------------------------------------------------

    def selected_rows_ids(self) -> list[list[int]]:
        """For each selected row, the quote ids it stands for (a group: all its copies)."""
        return [index.data(MEMBER_IDS_ROLE) or [] for index in
                self.selectionModel().selectedRows()]

    def selected_quote_ids(self, one_per_group: bool = False) -> list[int]:
        """Every quote the selection stands for, once each; `one_per_group`: a group's
        earliest copy alone (what the brief cites)."""
        rows = self.selected_rows_ids()
        if one_per_group:
            rows = [ids[:1] for ids in rows]
        return list(dict.fromkeys(i for ids in rows for i in ids))

    def current_quote_id(self) -> int | None:
        index = self.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def _rows(self):
        """Every row's first-column index, groups before their copies."""
        for row in range(self.tree.rowCount()):
            group = self.tree.index(row, 0)
            yield group
            for child in range(self.tree.rowCount(group)):
                yield self.tree.index(child, 0, group)

    def select_quote(self, quote_id: int) -> bool:
        """Make the row of `quote_id` current: its own row, or its group's (opened)."""
        found = None
        for index in self._rows():
            ids = index.data(MEMBER_IDS_ROLE) or []
            if index.parent().isValid() and index.data(ID_ROLE) == quote_id:
                found = index
                break
            if found is None and quote_id in ids:
                found = index
        if found is None:
            return False
        if found.parent().isValid():
            self.setExpanded(found.parent(), True)
        self.selectionModel().setCurrentIndex(
            found, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(found)
        return True

    def _reselect(self, chosen: list[list[int]], current: int | None) -> None:
        """Select again the rows standing for the same quotes as before the rebuild."""
        wanted = [set(ids) for ids in chosen]
        selection = self.selectionModel()
        blocked = selection.blockSignals(True)
        current_index = QModelIndex()
        for index in self._rows():
            ids = set(index.data(MEMBER_IDS_ROLE) or [])
            if ids and ids in wanted:
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
                if index.data(ID_ROLE) == current and not current_index.isValid():
                    current_index = index
        if current_index.isValid():
            selection.setCurrentIndex(current_index, QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(blocked)

    def group_of_quote(self, quote_id: int) -> QuoteGroup | None:
        return next((g for g in self.groups if quote_id in g.quote_ids), None)
