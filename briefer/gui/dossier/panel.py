"""The dossier panel: one actor's names, roles, quotes, articles and company, in one dock.

The panel shows a `Dossier` and asks for nothing itself: accepting,
rejecting, sending quotes to the brief and going to a quote, an article or
another actor are announced by signals that the controller turns into the
window's own actions.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefer.core.dossier import Dossier, DossierQuote
from briefer.core.registry import QUOTE_KIND_LIST, REVIEW_STATUS_LIST, VOICE_GROUPS, actor_type
from briefer.gui.dossier.tables import (
    RecordTable,
    articles_table,
    co_mentions_table,
    names_table,
    quote_table,
    roles_table,
)
from briefer.gui.dossier.timeline import QuoteTimeline, legend_text, plural
from briefer.gui.models import ID_ROLE
from briefer.gui.table_views import read_only_table

EMPTY_HINT = ("Select an actor in the Actors tab, the reader or the brief to see "
              "everything the project holds about them.")
ANY = "any"
WIDE_HEAD_SHARE = 0.3  # of the panel's width the head column takes when wide
WIDE_HEAD_MIN_WIDTH = 280
WIDE_HEAD_MAX_WIDTH = 460
WRAPPED_ROWS = 120
QWIDGETSIZE_MAX = (1 << 24) - 1


def _view(model: RecordTable, stretch: int, drag: bool = False) -> QTableView:
    """A sortable read-only table whose column `stretch` takes the spare width."""
    view = read_only_table(model, several=True)
    view.setSortingEnabled(True)
    header = view.horizontalHeader()
    header.setMinimumSectionSize(40)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    model.modelReset.connect(lambda: model.fit_columns(view, stretch))
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    if drag:
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    return view


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class DossierPanel(QWidget):
    """Everything about one actor; empty with a hint until an actor is chosen."""

    status_requested = Signal(list, str)  # quote ids, review status
    brief_requested = Signal(list)  # quote ids
    quote_chosen = Signal(int)
    article_chosen = Signal(int)
    actor_chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dossierPanel")
        self.dossier: Dossier | None = None
        self.wide = False
        self.pages = QStackedWidget()
        hint = QLabel(EMPTY_HINT)
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setMargin(16)
        hint.setObjectName("dossierHint")
        self.hint = hint
        self.pages.addWidget(hint)
        self.pages.addWidget(self._build_dossier_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # -- layout -----------------------------------------------------------------

    def _build_dossier_page(self) -> QWidget:
        page = QWidget()
        self.page_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, page)
        self.page_layout.setContentsMargins(6, 6, 6, 6)
        self.page_layout.setSpacing(6)
        self.head = QWidget()
        head = QVBoxLayout(self.head)
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(4)
        self.name_label = QLabel()
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setObjectName("dossierName")
        self.name_label.setWordWrap(True)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.Bold)
        self.name_label.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.timeline = QuoteTimeline()
        self.timeline.setToolTip("When the actor was quoted, by publication date; click a "
                                 "mark to select its quote")
        self.timeline.quote_clicked.connect(self._timeline_clicked)
        head.addWidget(self.name_label)
        head.addWidget(self.summary_label)
        head.addWidget(self.timeline, 4)
        self.legend = QLabel(legend_text())
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setWordWrap(True)
        self.legend.setObjectName("dossierLegend")
        self.legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        head.addWidget(self.legend)
        for label in (self.name_label, self.summary_label, self.legend):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        head.addStretch(1)  # what the timeline, at its tallest, leaves

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_quotes_tab(), "Quotes")
        self.tabs.addTab(self._build_names_tab(), "Names && Roles")
        self.articles_model = articles_table()
        self.articles_view = _view(self.articles_model, stretch=2)
        self.articles_view.setToolTip("Double-click an article (or press Enter) to read it")
        self.articles_view.activated.connect(
            lambda index: self.article_chosen.emit(index.data(ID_ROLE)))
        self.tabs.addTab(self.articles_view, "Articles")
        self.co_model = co_mentions_table()
        self.co_view = _view(self.co_model, stretch=0)
        self.co_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.co_view.setToolTip("Actors named in the same paragraphs; double-click one to see "
                                "its dossier")
        self.co_view.activated.connect(
            lambda index: self.actor_chosen.emit(index.data(ID_ROLE)))
        self.tabs.addTab(self.co_view, "Named With")
        self.page_layout.addWidget(self.head)
        self.page_layout.addWidget(self.tabs, 1)
        return page

    def set_wide(self, wide: bool) -> None:
        """Side by side (a dock along the bottom: the head on the left, the tables on the
        right) or stacked (a dock at a side)."""
        direction = (QBoxLayout.Direction.LeftToRight if wide
                     else QBoxLayout.Direction.TopToBottom)
        self.page_layout.setDirection(direction)
        self.wide = wide
        self._fit_head()
        # Wide, the timeline fills its column's height: more quotes of a day stack visibly.
        self.timeline.set_tall(wide)
        self.names_splitter.setOrientation(Qt.Orientation.Horizontal if wide
                                           else Qt.Orientation.Vertical)

    def _build_quotes_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        filters = QHBoxLayout()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem("All kinds", ANY)
        for kind in QUOTE_KIND_LIST:
            self.kind_filter.addItem(kind.label, kind.key)
        self.status_filter = QComboBox()
        self.status_filter.addItem("All statuses", ANY)
        for status in REVIEW_STATUS_LIST:
            self.status_filter.addItem(status.capitalize(), status)
        for combo in (self.kind_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filter_quotes)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.accept_button = QPushButton("Accept")
        self.reject_button = QPushButton("Reject")
        self.brief_button = QPushButton("To Brief")
        for button, tip in ((self.accept_button, "Accept the selected quotes"),
                            (self.reject_button, "Reject the selected quotes"),
                            (self.brief_button, "Add the selected quotes to the brief")):
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            filters.addWidget(button)
        self.accept_button.clicked.connect(lambda: self._request_status("accepted"))
        self.reject_button.clicked.connect(lambda: self._request_status("rejected"))
        self.brief_button.clicked.connect(self._request_brief)
        layout.addLayout(filters)
        self.quote_model = quote_table()
        self.quote_view = _view(self.quote_model, stretch=4, drag=True)
        self.quote_view.setToolTip("Double-click a quote (or press Enter) to show it in the "
                                   "reader; drag quotes into the brief")
        self.quote_view.activated.connect(
            lambda index: self.quote_chosen.emit(index.data(ID_ROLE)))
        self.quote_view.selectionModel().selectionChanged.connect(self._quote_selection_changed)
        layout.addWidget(self.quote_view, 1)
        self._quote_selection_changed()
        return tab

    def _build_names_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.names_splitter = splitter
        for caption, model_factory, attribute in (("Names used", names_table, "names"),
                                                  ("Roles over time", roles_table, "roles")):
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 4, 0, 0)
            layout.addWidget(_caption(caption))
            model = model_factory()
            view = _view(model, stretch=0)
            view.sortByColumn(model.columnCount() - 1, Qt.SortOrder.AscendingOrder)
            layout.addWidget(view)
            setattr(self, f"{attribute}_model", model)
            setattr(self, f"{attribute}_view", view)
            splitter.addWidget(box)
        self.names_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        return splitter

    def _fit_head(self) -> None:
        if self.wide:
            width = int(self.width() * WIDE_HEAD_SHARE)
            self.head.setFixedWidth(max(WIDE_HEAD_MIN_WIDTH, min(WIDE_HEAD_MAX_WIDTH, width)))
        else:
            self.head.setMinimumWidth(0)
            self.head.setMaximumWidth(QWIDGETSIZE_MAX)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_head()

    # -- showing ----------------------------------------------------------------

    def set_dossier(self, dossier: Dossier | None) -> None:
        """Show `dossier` (None: the hint), keeping the filters and the quotes selected."""
        selected = self.selected_quote_ids()
        self.dossier = dossier
        if dossier is None:
            self.pages.setCurrentIndex(0)
            for model in (self.quote_model, self.names_model, self.roles_model,
                          self.articles_model, self.co_model):
                model.set_records([])
            self.timeline.set_quotes(None, [])
            return
        self.pages.setCurrentIndex(1)
        actor = dossier.actor
        self.name_label.setText(actor.name)
        kind = actor_type(actor.type).label
        facts = [kind, VOICE_GROUPS[dossier.voice].label if dossier.voice in VOICE_GROUPS
                 else "", actor.affiliation]
        counts = (f"{plural(len(dossier.quotes), 'quote')} in "
                  f"{plural(len({q.article_id for q in dossier.quotes}), 'article')}, "
                  f"appears in {plural(len(dossier.articles), 'article')}")
        self.summary_label.setText(" · ".join([f for f in facts if f] + [counts]))
        self.names_model.set_records(dossier.names)
        self.roles_model.set_records(dossier.roles)
        self.articles_model.set_records(dossier.articles)
        self.co_model.set_records(dossier.co_mentions)
        self.tabs.setTabText(2, f"Articles ({len(dossier.articles)})")
        self.tabs.setTabText(3, f"Named With ({len(dossier.co_mentions)})")
        self._filter_quotes()
        for quote_id in selected:
            self.select_quote(quote_id, add=True)

    def shown_quotes(self) -> list[DossierQuote]:
        """The dossier's quotes the kind and status filters let through, by date."""
        if self.dossier is None:
            return []
        kind = self.kind_filter.currentData()
        status = self.status_filter.currentData()
        return self.dossier.quotes_where(None if kind == ANY else [kind],
                                         None if status == ANY else [status])

    def _fit_rows(self, count: int) -> None:
        """The words are what the analyst reads: whole, on as many lines as they need, for
        up to WRAPPED_ROWS quotes; beyond, one line each (laying out hundreds of wrapped
        rows takes seconds), the whole quote in the tooltip."""
        wrap = count <= WRAPPED_ROWS
        self.quote_view.setWordWrap(wrap)
        self.quote_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if wrap else QHeaderView.ResizeMode.Fixed)

    def _filter_quotes(self) -> None:
        quotes = self.shown_quotes()
        self._fit_rows(len(quotes))
        self.quote_model.set_records(quotes)
        self.timeline.set_quotes(self.dossier, quotes)
        total = len(self.dossier.quotes) if self.dossier else 0
        label = (f"Quotes ({total})" if len(quotes) == total
                 else f"Quotes ({len(quotes)} of {total})")
        self.tabs.setTabText(0, label)
        self._quote_selection_changed()

    # -- selection --------------------------------------------------------------

    def selected_quote_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.quote_view.selectionModel().selectedRows()})
        proxy = self.quote_view.model()
        return [proxy.index(r, 0).data(ID_ROLE) for r in rows]

    def select_quote(self, quote_id: int, add: bool = False) -> bool:
        proxy = self.quote_view.model()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(ID_ROLE) == quote_id:
                flags = (QItemSelectionModel.SelectionFlag.Rows
                         | (QItemSelectionModel.SelectionFlag.Select if add
                            else QItemSelectionModel.SelectionFlag.ClearAndSelect))
                self.quote_view.selectionModel().setCurrentIndex(index, flags)
                self.quote_view.scrollTo(index)
                return True
        return False

    def _quote_selection_changed(self, *_args) -> None:
        ids = self.selected_quote_ids()
        for button in (self.accept_button, self.reject_button, self.brief_button):
            button.setEnabled(bool(ids))
        self.timeline.select(ids[0] if len(ids) == 1 else None)

    def _timeline_clicked(self, quote_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.select_quote(quote_id)

    def _request_status(self, status: str) -> None:
        ids = self.selected_quote_ids()
        if ids:
            self.status_requested.emit(ids, status)

    def _request_brief(self) -> None:
        ids = self.selected_quote_ids()
        if ids:
            self.brief_requested.emit(ids)
