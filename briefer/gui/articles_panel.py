"""The articles panel: the project's articles, a full-text search, an actor filter, and
the list flat or grouped by outlet or by day (`article_groups`)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.article_groups import GROUP_DAY, GROUP_NONE, GROUP_OUTLET, ArticleGroupTree
from briefer.gui.models import ID_ROLE, ArticleFilterProxy, ArticleListModel

OUTLET_COLUMN, DATE_COLUMN, ACTORS_COLUMN, QUOTES_COLUMN, COUNT_COLUMN = 1, 2, 3, 4, 5
# What a title keeps in a narrow list before the date and then the outlet make way for it.
TITLE_MIN_WIDTH = 150


class TitleDelegate(QStyledItemDelegate):
    """Two lines per article: the title, then its counts (and author) in a quieter colour."""

    def sizeHint(self, option, index) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, height * 2 + 12)

    def paint(self, painter, option, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        title = index.data() or ""
        model = index.model()
        row = index.row()
        meta = " · ".join(str(v) for v in (
            f"{model.index(row, ACTORS_COLUMN).data()} actors",
            f"{model.index(row, QUOTES_COLUMN).data()} quotes") if v)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(6, 4, -6, -4)
        line = QFontMetrics(opt.font).height()
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(opt.palette.color(group))
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight,
                                                       rect.width()))
        painter.setFont(opt.font)
        colour = opt.palette.color(group)
        if not selected:
            colour = opt.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(colour)
        painter.drawText(QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(opt.font).elidedText(meta,
                                                           Qt.TextElideMode.ElideRight,
                                                           rect.width()))
        painter.restore()


class ArticlesPanel(QWidget):
    """Search box, actor filter and the article table."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ArticleListModel(self)
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("articleList")
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(0, TitleDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several at once for Article Details (set the outlet of five); the current row
        # is the article the reader shows.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(
            QFontMetrics(self.view.font()).height() * 2 + 12)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for column in (ACTORS_COLUMN, QUOTES_COLUMN):
            self.view.setColumnHidden(column, True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._column_widths = {
            OUTLET_COLUMN: 88,
            DATE_COLUMN: QFontMetrics(self.view.font()).horizontalAdvance("0000-00-00") + 14,
        }
        for column, width in self._column_widths.items():
            self.view.setColumnWidth(column, width)
        # A fixed width for the counts: sizing it to its contents measures every row
        # again each time a count changes, and repaints the whole list.
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.Fixed)
        bold = QFont(self.view.font())
        bold.setBold(True)
        heading = self.model.headers[COUNT_COLUMN]
        self.view.setColumnWidth(COUNT_COLUMN, max(
            QFontMetrics(header.font()).horizontalAdvance(heading),
            QFontMetrics(bold).horizontalAdvance("00000")) + 14)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search all articles (full text)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.proxy.set_query)
        self.actor_filter = QComboBox()
        self._actor_entries: list[tuple[str, int]] | None = None
        self.actor_filter.setToolTip("Show only the articles where this actor speaks "
                                     "or is mentioned")
        self.actor_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.actor_filter.setMinimumContentsLength(6)
        self.actor_filter.currentIndexChanged.connect(self._actor_filter_changed)
        self.actor_mode = QComboBox()
        self.actor_mode.addItem("speaks", ArticleFilterProxy.ACTOR_SPEAKS)
        self.actor_mode.addItem("is mentioned", ArticleFilterProxy.ACTOR_MENTIONED)
        self.actor_mode.currentIndexChanged.connect(self._actor_filter_changed)
        self.group_by = QComboBox()
        self.group_by.setObjectName("articleGrouping")
        self.group_by.setToolTip("Show the articles in one list, or grouped by outlet or by "
                                 "publication day")
        for label, mode in (("nothing", GROUP_NONE), ("outlet", GROUP_OUTLET),
                            ("day", GROUP_DAY)):
            self.group_by.addItem(label, mode)
        self.group_tree = ArticleGroupTree(self.proxy)
        self.group_tree.articleChosen.connect(self.select_article)
        self.view.selectionModel().currentRowChanged.connect(self._follow_in_tree)
        self.lists = QStackedWidget()
        self.lists.addWidget(self.view)
        self.lists.addWidget(self.group_tree)
        self.group_by.currentIndexChanged.connect(self._grouping_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        heading = QLabel("Articles")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(self.search_box)
        actor_row = QHBoxLayout()
        actor_row.addWidget(QLabel("Where"))
        actor_row.addWidget(self.actor_filter, 1)
        actor_row.addWidget(self.actor_mode)
        layout.addLayout(actor_row)
        group_row = QHBoxLayout()
        group_row.addWidget(QLabel("Group by"))
        group_row.addWidget(self.group_by, 1)
        layout.addLayout(group_row)
        layout.addWidget(self.lists, 1)

    def fill_actor_filter(self, actors) -> None:
        """Offer the project's actors, keeping the chosen one while it exists."""
        entries = sorted(((actor.name, actor.id) for actor in actors),
                         key=lambda entry: (entry[0].casefold(), entry[1]))
        if entries == self._actor_entries:
            return
        self._actor_entries = entries
        current = self.actor_filter.currentData()
        blocked = self.actor_filter.blockSignals(True)
        self.actor_filter.clear()
        self.actor_filter.addItem("any actor", None)
        for name, actor_id in entries:
            self.actor_filter.addItem(name, actor_id)
        index = self.actor_filter.findData(current) if current is not None else 0
        self.actor_filter.setCurrentIndex(max(index, 0))
        self.actor_filter.blockSignals(blocked)
        if current is not None and index < 0:
            self._actor_filter_changed()

    def filter_by_actor(self, actor_id: int | None, mode: str = ArticleFilterProxy.ACTOR_SPEAKS
                        ) -> None:
        self.actor_mode.setCurrentIndex(max(self.actor_mode.findData(mode), 0))
        self.actor_filter.setCurrentIndex(max(self.actor_filter.findData(actor_id), 0))

    def _actor_filter_changed(self, *_args) -> None:
        self.proxy.set_actor(self.actor_filter.currentData(), self.actor_mode.currentData())

    # -- grouping ---------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()
        # The list's viewport may take its new width only once the layout has run.
        QTimer.singleShot(0, self._fit_columns)

    def _fit_columns(self) -> None:
        """A narrow list keeps its titles readable: the date goes first, then the outlet
        (both are in the reader's header and the groupings), and come back with room."""
        room = self.view.viewport().width() - self.view.columnWidth(COUNT_COLUMN)
        outlet = self._column_widths[OUTLET_COLUMN]
        shown = {DATE_COLUMN: room - outlet - self._column_widths[DATE_COLUMN] >= TITLE_MIN_WIDTH,
                 OUTLET_COLUMN: room - outlet >= TITLE_MIN_WIDTH}
        for column, show in shown.items():
            hide = not show
            if self.view.isColumnHidden(column) != hide:
                self.view.setColumnHidden(column, hide)
                if not hide:
                    self.view.setColumnWidth(column, self._column_widths[column])

    def set_grouping(self, mode: str) -> None:
        self.group_by.setCurrentIndex(max(self.group_by.findData(mode), 0))

    def _grouping_changed(self, *_args) -> None:
        mode = self.group_by.currentData()
        if mode == GROUP_NONE:
            self.lists.setCurrentWidget(self.view)
            return
        self.group_tree.set_mode(mode)
        self.lists.setCurrentWidget(self.group_tree)
        self.group_tree.select_article(self.current_article_id())

    def current_article_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def select_article(self, article_id: int) -> bool:
        """Choose an article in the flat list (the window follows that list)."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == article_id:
                self.view.selectRow(row)
                return True
        return False

    def _follow_in_tree(self, current, _previous) -> None:
        if self.lists.currentWidget() is self.group_tree and current.isValid():
            self.group_tree.select_article(current.siblingAtColumn(0).data(ID_ROLE))
