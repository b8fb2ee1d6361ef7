"""The review panel: the project's actors and quotes, one tab each.

The panel shows the models and the window's review actions (so every button
has the same shortcut and tooltip as its menu entry); what an action does is
up to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefer.core.registry import ACTOR_TYPE_LIST
from briefer.gui.flow_layout import FlowLayout
from briefer.gui.models import (
    ID_ROLE,
    ActorSortProxy,
    ActorTableModel,
    QuoteFilterProxy,
    QuoteTableModel,
)
from briefer.gui.quote_groups_view import QuoteGroupTree


class ActorTypeDelegate(QStyledItemDelegate):
    """Edits an actor's type with a list of the known types."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for entry in ACTOR_TYPE_LIST:
            editor.addItem(entry.label, entry.key)
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.setDragEnabled(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    return view


def _ids(view: QTableView) -> list[int]:
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [view.model().index(r, 0).data(ID_ROLE) for r in rows]


def _select(view: QTableView, record_id: int) -> bool:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) == record_id:
            view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
            return True
    return False


class ReviewPanel(QTabWidget):
    """Actors and Quotes tabs with their toolbars and filters."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDocumentMode(True)

        self.actor_model = ActorTableModel(self)
        self.actor_proxy = ActorSortProxy(self)
        self.actor_proxy.setSourceModel(self.actor_model)
        self.actor_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.actor_proxy.setFilterKeyColumn(-1)
        self.actor_view = _table(self.actor_proxy)
        self.actor_view.setObjectName("actorTable")
        self.actor_view.setItemDelegateForColumn(1, ActorTypeDelegate(self.actor_view))
        header = self.actor_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((146, 88, 52, 70, 64, 180, 160)):
            self.actor_view.setColumnWidth(column, width)
        self.actor_view.sortByColumn(ActorTableModel.QUOTES, Qt.SortOrder.DescendingOrder)
        self.actor_filter = QLineEdit()
        self.actor_filter.setPlaceholderText("Filter actors")
        self.actor_filter.setClearButtonEnabled(True)
        self.actor_filter.textChanged.connect(self.actor_proxy.setFilterFixedString)
        self.actors_this_article_only = QCheckBox("Only this article")
        self.actors_this_article_only.setObjectName("actorsThisArticleOnly")
        self.actors_this_article_only.setToolTip(
            "Show only the actors named or quoted in the article shown in the reader")
        self.actors_this_article_only.toggled.connect(self._apply_article_actors)
        self._article_actors: set[int] = set()
        self.actor_toolbar = QToolBar("Actor actions")
        self.actor_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        actors_tab = QWidget()
        layout = QVBoxLayout(actors_tab)
        layout.setContentsMargins(4, 4, 4, 4)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.actor_filter, 1)
        filter_row.addWidget(self.actors_this_article_only)
        layout.addLayout(filter_row)
        layout.addWidget(self.actor_toolbar)
        layout.addWidget(self.actor_view, 1)
        self.addTab(actors_tab, "Actors")

        self.quote_model = QuoteTableModel(self)
        self.quote_proxy = QuoteFilterProxy(self)
        self.quote_proxy.setSourceModel(self.quote_model)
        self.quote_view = _table(self.quote_proxy)
        self.quote_view.setObjectName("quoteTable")
        self.quote_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.quote_view.horizontalHeader()
        for column, width in enumerate((78, 260, 116, 64, 64, 110)):
            self.quote_view.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.quote_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.current_article_only = QCheckBox("Current article only")
        self.current_article_only.setChecked(True)
        self.current_article_only.toggled.connect(self._show_article_column)
        self._show_article_column(True)
        self.hide_rejected = QCheckBox("Hide rejected")
        self.hide_rejected.toggled.connect(self.quote_proxy.set_hide_rejected)
        self.group_same_quotes = QCheckBox("Group same quotes")
        self.group_same_quotes.setObjectName("groupSameQuotes")
        self.group_same_quotes.setToolTip(
            "Gather a quote's copies in other articles (syndicated or quoted again) under "
            "one row; reviewing the row reviews every copy")
        self.quote_groups = QuoteGroupTree(self.quote_model, self.quote_proxy)
        self.quote_lists = QStackedWidget()
        self.quote_lists.addWidget(self.quote_view)
        self.quote_lists.addWidget(self.quote_groups)
        self.group_same_quotes.toggled.connect(
            lambda on: self.quote_lists.setCurrentWidget(
                self.quote_groups if on else self.quote_view))
        self.quote_toolbar = QToolBar("Quote actions")
        self.quote_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        quotes_tab = QWidget()
        layout = QVBoxLayout(quotes_tab)
        layout.setContentsMargins(4, 4, 4, 4)
        # Wrapped in a narrow panel, so the row never sets the panel's minimum width.
        options = FlowLayout()
        options.addWidget(self.current_article_only)
        options.addWidget(self.hide_rejected)
        options.addWidget(self.group_same_quotes)
        layout.addLayout(options)
        layout.addWidget(self.quote_toolbar)
        layout.addWidget(self.quote_lists, 1)
        self.addTab(quotes_tab, "Quotes")

    def set_article_actors(self, actor_ids: set[int]) -> None:
        """The actors of the article shown: the Actors tab's "Only this article" list."""
        self._article_actors = set(actor_ids)
        self._apply_article_actors()

    def _apply_article_actors(self, *_args) -> None:
        self.actor_proxy.set_only_ids(self._article_actors
                                      if self.actors_this_article_only.isChecked() else None)

    def _show_article_column(self, current_article_only: bool) -> None:
        """Across articles the source article matters more than the cue (still in the tooltip)."""
        self.quote_view.setColumnHidden(QuoteTableModel.ARTICLE, current_article_only)
        self.quote_view.setColumnHidden(QuoteTableModel.CUE, not current_article_only)

    @property
    def actors_active(self) -> bool:
        return self.currentIndex() == 0

    def selected_actor_ids(self) -> list[int]:
        return _ids(self.actor_view)

    @property
    def quotes_grouped(self) -> bool:
        """The Quotes tab shows same quotes grouped (a tree) instead of the flat list."""
        return self.group_same_quotes.isChecked()

    def selected_quote_ids(self, one_per_group: bool = False) -> list[int]:
        """The selected quotes; a selected group stands for every copy in it (for its
        earliest copy alone with `one_per_group`)."""
        if self.quotes_grouped:
            return self.quote_groups.selected_quote_ids(one_per_group)
        return _ids(self.quote_view)

    def current_quote_id(self) -> int | None:
        if self.quotes_grouped:
            return self.quote_groups.current_quote_id()
        return self.current_id(self.quote_view)

    def select_actor(self, actor_id: int) -> bool:
        return _select(self.actor_view, actor_id)

    def select_quote(self, quote_id: int) -> bool:
        if self.quotes_grouped:
            return self.quote_groups.select_quote(quote_id)
        return _select(self.quote_view, quote_id)

    def active_view(self) -> QAbstractItemView:
        if self.actors_active:
            return self.actor_view
        return self.quote_groups if self.quotes_grouped else self.quote_view

    def step(self, delta: int) -> bool:
        """Move the current row of the active tab by `delta`; False at either end."""
        view = self.active_view()
        model = view.model()
        if model.rowCount() == 0:
            return False
        current = view.currentIndex()
        if view is self.quote_groups and current.isValid():
            # Down the tree as shown: into an open group's copies, then on.
            target = view.indexBelow(current) if delta > 0 else view.indexAbove(current)
            if not target.isValid():
                return False
            view.selectionModel().setCurrentIndex(
                target, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            view.scrollTo(target)
            return True
        if not current.isValid() or not view.selectionModel().hasSelection():
            row = 0 if delta > 0 else model.rowCount() - 1
        else:
            row = current.row() + delta
        if not 0 <= row < model.rowCount():
            return False
        view.selectionModel().setCurrentIndex(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(model.index(row, 0))
        return True

    def current_id(self, view: QTableView) -> int | None:
        index: QModelIndex = view.currentIndex()
        if not index.isValid():
            return None
        return view.model().index(index.row(), 0).data(ID_ROLE)
