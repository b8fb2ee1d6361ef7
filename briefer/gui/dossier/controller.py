"""The dossier dock: follows the actor chosen anywhere and acts through the window.

`DossierController` owns the dock and its panel. An actor chosen in the
Actors tab, a name or a quote clicked in the reader, or an actor card or quote
selected in the brief shows that actor's dossier (the speaker's, for a
quote). The dossier is rebuilt from the project when the session announces a
change, so review done anywhere, and its undo, show in it (at once for a
change made in the dossier, after a pause for a run of changes elsewhere). Accepting,
rejecting and adding to the brief go through the window's `ReviewActions`
and brief builder: the same undo steps, names and messages as their menu
entries.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from briefer.core import brief
from briefer.core.dossier import build_dossier
from briefer.core.errors import BrieferError
from briefer.core.store import Project
from briefer.gui.dossier.panel import DossierPanel
from briefer.gui.models import ID_ROLE

REFRESH_DELAY_MS = 300  # changes and analyses one after another rebuild the dossier once
READER_TAB = 0
BOTTOM_SHARE = 0.4  # of the window's height the dock takes when it first opens at the bottom
MIN_USEFUL_HEIGHT = 240


class DossierController(QObject):
    """The actor dossier dock of a main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.actor_id: int | None = None
        self._stale = False
        self._sized = False
        self.panel = DossierPanel()
        self.dock = QDockWidget("Actor Dossier", window)
        self.dock.setObjectName("dossierDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                                  | Qt.DockWidgetArea.RightDockWidgetArea
                                  | Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dock.dockLocationChanged.connect(lambda _area: self._fit_layout())
        self.dock.topLevelChanged.connect(lambda _floating: self._fit_layout())
        # Along the bottom the timeline gets the window's width and the reader keeps its
        # own; at a side the three columns of the window would be squeezed.
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.panel.set_wide(True)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._visibility_changed)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(self.refresh)

        panel = self.panel
        panel.status_requested.connect(self._review_quotes)
        panel.brief_requested.connect(window.review.add_quotes_to_brief)
        panel.quote_chosen.connect(self.show_quote_in_reader)
        panel.article_chosen.connect(self.show_article_in_reader)
        panel.actor_chosen.connect(self.show_actor)

    def _fit_layout(self) -> None:
        """Side by side along the bottom; stacked at a side or floating."""
        along_bottom = (not self.dock.isFloating() and self.window.dockWidgetArea(self.dock)
                        == Qt.DockWidgetArea.BottomDockWidgetArea)
        self.panel.set_wide(along_bottom)

    def connect_window(self) -> None:
        """Follow the window's selections and the session's changes (once the views exist)."""
        window = self.window
        window.session.projectReplaced.connect(self._project_replaced)
        window.session.projectChanged.connect(self._project_changed)
        window.intake.analysisStored.connect(lambda _article: self.refresh_soon())
        window.review_panel.actor_view.selectionModel().currentRowChanged.connect(
            self._actor_row_changed)
        window.reader.view.item_clicked.connect(self._reader_item_clicked)

    def watch_brief(self, builder) -> None:
        """Follow the brief builder's item list (made on first use of the Brief tab)."""
        builder.items.currentItemChanged.connect(
            lambda _current, _previous: self._brief_item_changed(builder.current_item_id()))

    # -- what is shown ----------------------------------------------------------

    @property
    def project(self) -> Project | None:
        return self.window.project

    def has_focus(self) -> bool:
        """The keyboard is in the dossier: the review actions act on its quotes."""
        focus = self.window.focusWidget()
        return (self.dock.isVisible() and focus is not None
                and (focus is self.panel or self.panel.isAncestorOf(focus)))

    def show_actor(self, actor_id: int | None) -> None:
        """Show `actor_id`'s dossier (None: keep the one shown); a closed dock shows it when
        it opens."""
        if actor_id is None:
            return
        changed = actor_id != self.actor_id
        self.actor_id = actor_id
        if changed or self._stale:
            self.refresh()

    def open_for_selection(self) -> None:
        """The Actor Dossier command: the dock, on the actor selected in the Actors tab."""
        ids = self.window.review_panel.selected_actor_ids()
        self.reveal()
        if ids:
            self.show_actor(ids[0])
        else:
            self.refresh()

    def reveal(self) -> None:
        """Open the dock; the first time along the bottom, at a share of the window's height
        (its tables would otherwise claim the reader's room)."""
        first_time = not self._sized and not self.dock.isVisible()
        self.dock.show()
        self.dock.raise_()
        area = self.window.dockWidgetArea(self.dock)
        if first_time and area == Qt.DockWidgetArea.BottomDockWidgetArea:
            self._sized = True
            height = max(MIN_USEFUL_HEIGHT, int(self.window.height() * BOTTOM_SHARE))
            self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)

    def refresh_soon(self) -> None:
        if not self.refresh_timer.isActive():
            self.refresh_timer.start()

    def refresh(self) -> None:
        """Rebuild the dossier from the project (only while the dock shows: else later)."""
        self.refresh_timer.stop()
        if not self.dock.isVisible():
            self._stale = True
            return
        self._stale = False
        dossier = None
        if self.project is not None and self.actor_id is not None:
            try:
                dossier = build_dossier(self.project, self.actor_id)
            except BrieferError:  # merged into another actor, deleted, or its article removed
                self.actor_id = None
        self.panel.set_dossier(dossier)

    def _project_changed(self, _what: str) -> None:
        """A change made in the dossier shows at once; one made while reviewing elsewhere
        (key after key in the review panel) is shown once the keys pause."""
        if self.has_focus():
            self.refresh()
        else:
            self.refresh_soon()

    def _visibility_changed(self, visible: bool) -> None:
        if visible and (self._stale or self.refresh_timer.isActive()):
            self.refresh()

    def _review_quotes(self, ids: list[int], status: str) -> None:
        """The panel's Accept and Reject: the Review menu's action, shown at once."""
        self.window.review.set_status(status, ids)
        self.refresh()

    def _project_replaced(self, _project) -> None:
        self.actor_id = None
        self.refresh()

    # -- following the window ---------------------------------------------------

    def _actor_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.show_actor(current.data(ID_ROLE))

    def _reader_item_clicked(self, kind: str, item_id: int) -> None:
        if self.project is None:
            return
        if kind == "mention":
            mention = self.project.mention(item_id)
            self.show_actor(mention.actor_id if mention is not None else None)
        elif kind == "quote":
            try:
                self.show_actor(self.project.quote(item_id).speaker_id)
            except BrieferError:
                return
            self.panel.select_quote(item_id)

    def _brief_item_changed(self, item_id: int | None) -> None:
        if item_id is None or self.project is None:
            return
        try:
            item = brief.load_item(self.project, item_id)
        except BrieferError:
            return
        if item.actor_id is not None:
            self.show_actor(item.actor_id)
        elif item.quote_id is not None:
            try:
                self.show_actor(self.project.quote(item.quote_id).speaker_id)
            except BrieferError:  # the quote is gone; the brief keeps its copy
                return
            self.panel.select_quote(item.quote_id)

    # -- going to the reader ----------------------------------------------------

    def show_article_in_reader(self, article_id: int) -> None:
        self.window.centre_tabs.setCurrentIndex(READER_TAB)
        self.window.select_article(article_id)

    def show_quote_in_reader(self, quote_id: int) -> None:
        if self.project is None:
            return
        try:
            quote = self.project.quote(quote_id)
        except BrieferError:
            return
        self.show_article_in_reader(quote.article_id)
        self.window.reader.view.emphasise("quote", quote_id)
