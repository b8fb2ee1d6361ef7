"""The main window: articles on the left, the reader and the brief in the centre,
the review panel on the right.

The window owns the open `Project` and every database write happens here, on
the UI thread: workers only read files, run spaCy or write copies, and hand
their results back by signals. Each user change goes through
`briefer.core.review` and lands on the undo stack as one named command.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl, qVersion
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QWidget,
)

import briefer
from briefer.core import recent, review
from briefer.core.errors import BrieferError
from briefer.core.records import ACTOR_TYPES
from briefer.core.settings import Settings
from briefer.core.store import PROJECT_SUFFIX, Project, project_path
from briefer.gui.analysis_server import AnalysisServer, pipeline_name
from briefer.gui.articles_panel import ArticlesPanel
from briefer.gui.brief.actions import BriefActions
from briefer.gui.commands import ChangeCommand
from briefer.gui.dialogs import ArticleDetailsDialog, PasteArticleDialog
from briefer.gui.jobs import JobRunner
from briefer.gui.models import ID_ROLE
from briefer.gui.reader import Reader
from briefer.gui.recovery import memory_copy, recovery_copies, recovery_dir
from briefer.gui.review_panel import ReviewPanel
from briefer.gui.verbatim import menu_text, verbatim
from briefer.gui.worker import Job

PROJECT_FILTER = f"Briefer projects (*{PROJECT_SUFFIX})"
REFRESH_DELAY_MS = 300
STOP_WAIT_SECONDS = 10


class MainWindow(QMainWindow):
    """The review workspace."""

    def __init__(self, settings: Settings | None = None):
        super().__init__()
        self.settings = settings or Settings.load()
        self.project: Project | None = None
        self.nlp = None
        self.analysis_server: AnalysisServer | None = None
        self._closing = False
        self.model_error: str | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.undo_stack.indexChanged.connect(self._update_title)
        self._changed_outside_undo = False
        self.jobs = JobRunner(self)
        self.brief_actions = BriefActions(self.undo_stack, self.jobs, self,
                                          lambda: self.settings.brief_template)
        self.brief_actions.exported.connect(
            lambda path: self.statusBar().showMessage(f"Exported {Path(path).name}", 6000))
        self._analysis_queue: list[int] = []
        self._analysis_job: Job | None = None
        self._current_article_id: int | None = None
        self._results_to_show: set[int] = set()  # analysed articles whose quotes are not shown
        self._recovery_token = f"untitled-{os.getpid()}-{time.time_ns()}"

        self.setAcceptDrops(True)
        self.setObjectName("mainWindow")
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._restore_layout()

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(self._show_new_results)

        self.recovery_timer = QTimer(self)
        self.recovery_timer.setInterval(max(1, self.settings.recovery_minutes) * 60_000)
        self.recovery_timer.timeout.connect(self.write_recovery_copy)
        self.recovery_timer.start()
        self.set_project(None)

    # -- layout -----------------------------------------------------------

    def _build_widgets(self) -> None:
        self.articles_panel = ArticlesPanel()
        self.article_model = self.articles_panel.model
        self.article_model.edit_requested.connect(self._edit_article_fields)
        self.article_proxy = self.articles_panel.proxy
        self.article_view = self.articles_panel.view
        self.article_view.selectionModel().currentRowChanged.connect(self._article_selected)
        self.search_box = self.articles_panel.search_box

        self.reader = Reader()
        view = self.reader.view
        view.item_clicked.connect(self._reader_item_clicked)
        view.mark_quote_requested.connect(self.mark_quote)
        view.mark_actor_requested.connect(self.mark_actor)
        view.add_to_brief_requested.connect(self.add_span_to_brief)
        view.split_mention_requested.connect(self.split_mention)

        self._brief_builder = None
        self.centre_tabs = QTabWidget()
        self.centre_tabs.setDocumentMode(True)
        self.centre_tabs.addTab(self.reader, "Reader")
        self.centre_tabs.addTab(QWidget(), "Brief")
        self._reader_sizes: list[int] | None = None
        self.centre_tabs.currentChanged.connect(self._centre_tab_changed)

        self.review_panel = ReviewPanel()
        self.review_panel.actor_model.edit_requested.connect(self._edit_actor_fields)
        self.review_panel.quote_view.selectionModel().currentRowChanged.connect(
            self._quote_selected)
        self.review_panel.actor_view.selectionModel().currentRowChanged.connect(
            self._actor_selected)
        self.review_panel.current_article_only.toggled.connect(self._quote_scope_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.articles_panel)
        self.splitter.addWidget(self.centre_tabs)
        self.splitter.addWidget(self.review_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([310, 550, 540])
        self.setCentralWidget(self.splitter)

    def _action(self, text: str, slot: Callable, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = tip or text.rstrip("…")
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action("&New", self.new_project, key.New)
        self.open_action = self._action("&Open…", self.open_project_dialog, key.Open)
        self.save_action = self._action("&Save", self.save, key.Save)
        self.save_as_action = self._action("Save &As…", self.save_as, key.SaveAs)
        self.import_action = self._action("&Import Files…", self.import_files_dialog, "Ctrl+I",
                                          "Import article files (text, Markdown, HTML, PDF, "
                                          "Word)")
        self.import_url_action = self._action("Import from &URL…", self.import_url_dialog,
                                              "Ctrl+Shift+I")
        self.paste_action = self._action("&Paste Article…", self.paste_article_dialog,
                                         "Ctrl+Shift+V")
        self.export_action = self._action("&Export to Word…", self.export_dialog, "Ctrl+E")
        self.quit_action = self._action("&Quit", self.close, key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence(key.Redo))
        self.find_action = self._action("&Find…", self.focus_search, key.Find,
                                        "Search the text of all articles")

        self.next_action = self._action("&Next Item", lambda: self.step_item(1), "J",
                                        "Go to the next quote or actor")
        self.next_action.setShortcuts([QKeySequence("J"), QKeySequence("Alt+Down")])
        self.previous_action = self._action("&Previous Item", lambda: self.step_item(-1), "K",
                                            "Go to the previous quote or actor")
        self.previous_action.setShortcuts([QKeySequence("K"), QKeySequence("Alt+Up")])
        self.accept_action = self._action("&Accept Quote", lambda: self.set_status("accepted"),
                                          "A")
        self.reject_action = self._action("&Reject Quote", lambda: self.set_status("rejected"),
                                          "R")
        self.reset_action = self._action("Mark Quote &Pending",
                                         lambda: self.set_status("pending"), "P")
        self.brief_action = self._action("Add to &Brief", self.add_selection_to_brief, "B",
                                         "Add the selected quotes or actor to the brief")
        self.reassign_action = self._action("Reassign &Speaker…", self.reassign_speaker, "S")
        self.span_action = self._action("Adjust Quote Spa&n…", self.adjust_span, "Ctrl+Shift+A",
                                        "Make the selected quote cover the text selected in "
                                        "the reader")
        self.rename_action = self._action("Re&name Actor…", self.rename_actor, "N")
        self.type_action = self._action("Change Actor &Type…", self.change_actor_type, "T")
        self.expert_action = self._action("Toggle &Expert", self.toggle_expert, "E")
        self.roles_action = self._action("Edit R&oles…", self.edit_roles, "O")
        self.merge_action = self._action("&Merge Actors", self.merge_actors, "M",
                                         "Merge the selected actors into the first one")
        self.split_action = self._action("Sp&lit Mention Off…", self.split_mention_dialog,
                                         "Ctrl+Shift+L",
                                         "Move one mention of the actor onto a new actor")
        self.delete_actor_action = self._action("&Delete Actor", self.delete_actors,
                                                "Ctrl+Delete")
        self.filter_by_actor_action = self._action(
            "Show Articles Where Actor Speaks", self.filter_by_selected_actor, None)
        self.edit_article_action = self._action("Article &Details…", self.edit_article_dialog,
                                                "Ctrl+Shift+D")
        self.remove_article_action = self._action("&Remove Article", self.remove_article,
                                                  "Shift+Delete")
        self.analyse_action = self._action("Analyse &Again", self.reanalyse_article,
                                           "Ctrl+Shift+R",
                                           "Run the analysis again on the selected article "
                                           "(your decisions are kept)")
        self.draft_action = self._action("&Draft Brief from Project", self.draft_brief, None,
                                         "Build a first brief from the reviewed analysis")
        self.about_action = self._action("&About Briefer", self.show_about, None)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        self.show_rejected_action = QAction("Show &Rejected Quotes in Reader", self)
        self.show_rejected_action.setCheckable(True)
        self.show_rejected_action.setChecked(True)
        self.show_rejected_action.toggled.connect(lambda _on: self._refresh_reader())

        for action, short in ((self.accept_action, "Accept"), (self.reject_action, "Reject"),
                              (self.reset_action, "Pending"), (self.reassign_action, "Speaker…"),
                              (self.span_action, "Span"), (self.brief_action, "To Brief"),
                              (self.rename_action, "Rename…"), (self.type_action, "Type…"),
                              (self.expert_action, "Expert"), (self.roles_action, "Roles…"),
                              (self.merge_action, "Merge"), (self.split_action, "Split…"),
                              (self.delete_actor_action, "Delete")):
            action.setIconText(short)
        for action in (self.accept_action, self.reject_action, self.reset_action,
                       self.reassign_action, self.span_action, self.brief_action):
            self.review_panel.quote_toolbar.addAction(action)
        for action in (self.accept_action, self.reject_action, self.reassign_action,
                       self.span_action, self.brief_action):
            self.review_panel.quote_view.addAction(action)
        for action in (self.rename_action, self.type_action, self.expert_action,
                       self.roles_action, self.merge_action, self.split_action,
                       self.delete_actor_action):
            self.review_panel.actor_toolbar.addAction(action)
        for action in (self.rename_action, self.type_action, self.expert_action,
                       self.roles_action, self.merge_action, self.split_action,
                       self.delete_actor_action, self.brief_action,
                       self.filter_by_actor_action):
            self.review_panel.actor_view.addAction(action)
        for action in (self.edit_article_action, self.analyse_action,
                       self.remove_article_action):
            self.article_view.addAction(action)
        self.review_panel.quote_view.doubleClicked.connect(lambda _i: self.reassign_speaker())
        # Single-key review shortcuts work where reviewing happens (articles, reader,
        # review panel), never while the brief's lists or editors have the focus.
        for action in (self.next_action, self.previous_action, self.accept_action,
                       self.reject_action, self.reset_action, self.brief_action,
                       self.reassign_action, self.span_action, self.rename_action,
                       self.type_action, self.expert_action, self.roles_action,
                       self.merge_action, self.split_action, self.delete_actor_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for area in (self.articles_panel, self.reader, self.review_panel):
                area.addAction(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.import_url_action, self.paste_action])
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu("&View")
        self.view_menu = view_menu
        for text, widget_index in (("&Articles Panel", 0), ("Review &Panel", 2)):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(
                lambda on, i=widget_index: self.splitter.widget(i).setVisible(on))
            view_menu.addAction(action)
        view_menu.addAction(self.show_rejected_action)
        view_menu.addSeparator()
        for text, index, shortcut in (("&Reader", 0, "Ctrl+1"), ("&Brief", 1, "Ctrl+2")):
            view_menu.addAction(self._action(
                text, lambda i=index: self.centre_tabs.setCurrentIndex(i), shortcut))
        for text, index, shortcut in (("A&ctors Tab", 0, "Ctrl+3"), ("&Quotes Tab", 1, "Ctrl+4")):
            view_menu.addAction(self._action(
                text, lambda i=index: self.review_panel.setCurrentIndex(i), shortcut))

        review_menu = bar.addMenu("&Review")
        review_menu.addActions([self.next_action, self.previous_action])
        review_menu.addSeparator()
        review_menu.addActions([self.accept_action, self.reject_action, self.reset_action,
                                self.reassign_action, self.span_action, self.brief_action])
        review_menu.addSeparator()
        review_menu.addActions([self.rename_action, self.type_action, self.expert_action,
                                self.roles_action, self.merge_action, self.split_action,
                                self.delete_actor_action])
        review_menu.addSeparator()
        review_menu.addActions([self.edit_article_action, self.analyse_action,
                                self.remove_article_action])

        brief_menu = bar.addMenu("&Brief")
        brief_menu.addAction(self.draft_action)
        brief_menu.addAction(self.export_action)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.model_label = QLabel("Loading language model…")
        self.model_label.setObjectName("modelState")
        self.model_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the running import or analysis "
                                      "(finished articles are kept)")
        self.cancel_button.clicked.connect(self.cancel_work)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()
            status.addPermanentWidget(widget)
        status.addPermanentWidget(self.model_label)
        self.jobs.progressStarted.connect(self._progress_started)
        self.jobs.progressChanged.connect(self._draw_progress)
        self.jobs.progressLabel.connect(self.progress_label.setText)
        self.jobs.progressEnded.connect(self._hide_progress)

    def _restore_layout(self) -> None:
        stored = QSettings()
        geometry = stored.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = stored.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = stored.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def _save_layout(self) -> None:
        if self._reader_sizes is not None:
            self.splitter.setSizes(self._reader_sizes)
        stored = QSettings()
        stored.setValue("window/geometry", self.saveGeometry())
        stored.setValue("window/state", self.saveState())
        stored.setValue("window/splitter", self.splitter.saveState())

    def _centre_tab_changed(self, index: int) -> None:
        """The brief needs room: fold the articles away while it shows, back for reading."""
        if index == 1:
            self.brief_builder.refresh()
            sizes = self.splitter.sizes()
            self._reader_sizes = sizes
            right = min(sizes[2], 500)
            self.splitter.setSizes([0, sum(sizes) - right, right])
        elif self._reader_sizes is not None:
            self.splitter.setSizes(self._reader_sizes)
            self._reader_sizes = None

    @property
    def brief_builder(self):
        """The brief builder, made on first use (the Brief tab, an addition to the brief):
        its modules and widgets must not delay the first window."""
        if self._brief_builder is None:
            from briefer.gui.brief.builder import BriefBuilder

            builder = BriefBuilder(self.brief_actions, self)
            builder.set_project(self.project)
            builder.update_preview()  # at once: the tab is about to show it
            current = self.centre_tabs.currentIndex()
            blocked = self.centre_tabs.blockSignals(True)
            placeholder = self.centre_tabs.widget(1)
            self.centre_tabs.removeTab(1)
            placeholder.deleteLater()
            self.centre_tabs.insertTab(1, builder, "Brief")
            self.centre_tabs.setCurrentIndex(current)
            self.centre_tabs.blockSignals(blocked)
            self._brief_builder = builder
        return self._brief_builder

    # -- the project ------------------------------------------------------

    @property
    def is_modified(self) -> bool:
        """Unsaved work: undoable changes since the save, or imports and analyses."""
        if self.project is None:
            return False
        return not self.undo_stack.isClean() or self._changed_outside_undo

    def _update_title(self, *_args) -> None:
        name = self.project.name if self.project else "No project"
        self.setWindowTitle(f"{name}[*] — Briefer")
        self.setWindowModified(self.is_modified)
        has_project = self.project is not None
        for action in (self.save_action, self.save_as_action, self.import_action,
                       self.import_url_action, self.paste_action, self.export_action,
                       self.draft_action):
            action.setEnabled(has_project)

    def _mark_changed(self) -> None:
        self._changed_outside_undo = True
        self._update_title()

    def set_project(self, project: Project | None) -> None:
        """Show `project` (closing whatever was open: the caller asked to save it)."""
        self._cancel_jobs()
        self._remove_recovery_copy()
        old = self.project
        self.project = project
        self.brief_actions.project = project
        self._recovery_token = (str(project.path.resolve()) if project and project.path
                                else f"untitled-{os.getpid()}-{time.time_ns()}")
        self.undo_stack.clear()
        self._changed_outside_undo = False
        self._current_article_id = None
        self._analysis_queue = []
        self._results_to_show.clear()
        self.article_model.set_project(project)
        self.review_panel.actor_model.set_project(project)
        self.review_panel.quote_model.set_project(project)
        if self._brief_builder is not None:  # else it is made, on this project, when first used
            self.brief_builder.set_project(project)
        self._fill_actor_filter()
        self.article_proxy.refilter()
        if old is not None and old is not project:
            old.close()
        self._update_title()
        if project is not None:
            if project.path is not None:
                recent.remember_project(project.path)
            self._select_first_article()
            # The article model has just read every article: no second read of their texts.
            unanalysed = [a.id for a in self.article_model.records if not a.analyzed_at]
            if unanalysed:
                self.queue_analysis(unanalysed)
        else:
            self.reader.set_article(None)

    def _select_first_article(self) -> None:
        if self.article_proxy.rowCount():
            self.article_view.selectRow(0)
        else:
            self._show_article(None)

    def maybe_save(self) -> bool:
        """Ask to save unsaved work; False when the user cancels."""
        if not self.is_modified:
            return True
        answer = QMessageBox.question(
            self, "Unsaved Changes",
            verbatim(f"Save the changes to “{self.project.name}” before closing it?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_project(self) -> None:
        if self.maybe_save():
            self.set_project(Project.new())

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open Project", self._last_folder(),
                                              PROJECT_FILTER + ";;All files (*)")
        if path:
            self.open_project(path)

    def open_project(self, path: str | os.PathLike) -> bool:
        if not self.maybe_save():
            return False
        try:
            project = Project.open(path)
        except BrieferError as exc:
            recent.forget_project(path)
            self.show_error("Cannot Open Project", str(exc))
            return False
        self.set_project(project)
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = recent.recent_projects()
        for path in paths:
            action = self.recent_menu.addAction(menu_text(path.name))
            action.setToolTip(verbatim(str(path)))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))
        if not paths:
            self.recent_menu.addAction("No recent projects").setEnabled(False)

    def _last_folder(self) -> str:
        if self.project is not None and self.project.path is not None:
            return str(self.project.path.parent)
        return str(QSettings().value("paths/last_folder", str(Path.home())))

    def save(self) -> bool:
        if self.project is None:
            return False
        if self.project.path is None:
            return self.save_as()
        return self._save_to(self.project.path)

    def save_as(self) -> bool:
        if self.project is None:
            return False
        suggestion = str(Path(self._last_folder()) / f"{self.project.name}{PROJECT_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self, "Save Project As", suggestion,
                                              PROJECT_FILTER)
        if not path:
            return False
        return self._save_to(project_path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.project.save_as(path)
        except BrieferError as exc:
            self.show_error("Cannot Save Project", str(exc))
            return False
        self._remove_recovery_copy()
        self._recovery_token = str(Path(path).resolve())
        QSettings().setValue("paths/last_folder", str(Path(path).parent))
        recent.remember_project(path)
        self.undo_stack.setClean()
        self._changed_outside_undo = False
        self._update_title()
        self.statusBar().showMessage(f"Saved {Path(path).name}", 4000)
        return True

    def closeEvent(self, event) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self._closing = True
        self._save_layout()
        self._cancel_jobs()
        self._remove_recovery_copy()
        self.recovery_timer.stop()
        self.wait_for_jobs(STOP_WAIT_SECONDS)
        if self.analysis_server is not None:
            self.analysis_server.close()
            self.analysis_server = None
        event.accept()

    # -- errors -----------------------------------------------------------

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, verbatim(message))

    def _job_error(self, title: str) -> Callable[[BaseException, str], None]:
        return self.jobs.error_reporter(title)

    # -- progress ---------------------------------------------------------

    def _progress_started(self, label: str) -> None:
        self.progress_label.setText(label)
        self.progress_bar.setRange(0, 0)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.show()

    def _draw_progress(self, done: int, total: int, text: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(f"{done} of {total}")
        self.progress_label.setText(text[:60])

    def _hide_progress(self) -> None:
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()

    def cancel_work(self) -> None:
        if self.jobs.progress_job is not None:
            self._analysis_queue = []
            self.jobs.cancel_progress_job()

    def _cancel_jobs(self) -> None:
        self.jobs.cancel_owned(self.project)
        self._analysis_queue = []

    def wait_for_jobs(self, timeout: float = 30.0) -> None:
        """Block until running jobs end (used at exit so no thread outlives the app)."""
        self.jobs.wait(timeout)

    # -- the language model ----------------------------------------------

    def start_model_load(self) -> None:
        """Start the analysis process; it loads the pipeline while the user looks around."""
        name = self.settings.pipeline
        self.model_label.setText("Loading language model…")
        self.jobs.run(lambda report, cancelled: AnalysisServer(name),
                     on_result=self._server_ready, on_error=self._model_failed,
                     name="model")

    def _server_ready(self, server: AnalysisServer) -> None:
        if self._closing:
            server.close()
            return
        self.analysis_server = server
        self.model_error = None
        self.model_label.setText(f"Model ready: {self.model_name()}")
        self._run_analysis_queue()

    def _model_ready(self, nlp) -> None:
        """Analyse in this process with `nlp` (tests and benchmarks bring their own)."""
        self.nlp = nlp
        self.model_error = None
        self.model_label.setText(f"Model ready: {self.model_name()}")
        self._run_analysis_queue()

    def _model_failed(self, exc: BaseException, details: str) -> None:
        self.model_error = str(exc)
        self.model_label.setText("Language model unavailable")
        self.model_label.setToolTip(verbatim(str(exc)))
        self._job_error("Cannot Load the Language Model")(exc, details)

    @property
    def model_ready(self) -> bool:
        return self.analysis_server is not None or self.nlp is not None

    def model_name(self) -> str:
        if self.analysis_server is not None:
            return self.analysis_server.model_name
        if self.nlp is None:
            return "not loaded"
        return pipeline_name(self.nlp)

    # -- import -----------------------------------------------------------

    def import_files_dialog(self) -> None:
        from briefer.ingest import SUPPORTED_SUFFIXES

        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(self, "Import Articles", self._last_folder(),
                                                f"Articles ({patterns});;All files (*)")
        if paths:
            self.import_sources(paths)

    def import_url_dialog(self) -> None:
        url, ok = QInputDialog.getText(self, "Import from URL", "Address of the article:")
        if ok and url.strip():
            self.import_sources([url.strip()])

    def paste_article_dialog(self) -> None:
        if self.project is None:
            return
        dialog = PasteArticleDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from briefer.ingest import from_text

        try:
            article = from_text(dialog.text.toPlainText(), title=dialog.title.text().strip())
        except BrieferError as exc:
            self.show_error("Cannot Import the Text", str(exc))
            return
        added = self._add_article(article, [], "pasted text")
        if added is not None:
            self.queue_analysis([added])

    def import_sources(self, sources: list[str]) -> Job | None:
        """Read files or URLs in the worker; each article is stored here as it arrives."""
        if self.project is None:
            self.set_project(Project.new())
        from briefer.ingest import load_source, source_name

        def read_all(report, is_cancelled):
            for number, source in enumerate(sources, 1):
                if is_cancelled():
                    break
                report(("reading", number, len(sources), source_name(source)))
                try:
                    article = load_source(source)
                except BrieferError as exc:
                    report(("failed", number, len(sources), str(exc)))
                else:
                    report(("article", number, len(sources), article))

        imported: list[int] = []
        problems: list[str] = []

        def progress(event) -> None:
            what, number, total, payload = event
            if job.owner is not self.project:
                return
            if what == "reading":
                self.jobs.show_progress(number - 1, total, f"Importing {payload}")
            elif what == "failed":
                problems.append(payload)
            else:
                added = self._add_article(payload, problems, payload.source_path or payload.url)
                if added is not None:
                    imported.append(added)

        def finished() -> None:
            if job.owner is not self.project:
                return
            if imported:
                self.statusBar().showMessage(f"Imported {len(imported)} article(s)", 5000)
                self.queue_analysis(imported)
            if problems:
                shown = "\n".join(problems[:12])
                more = f"\n…and {len(problems) - 12} more" if len(problems) > 12 else ""
                self.show_error("Some Articles Were Not Imported", shown + more)

        job = self.jobs.run(read_all, on_progress=progress, on_finished=finished,
                            on_error=self._job_error("Import Failed"), name="import",
                            owner=self.project, progress_label="Importing…", paced=True)
        return job

    def _add_article(self, article, problems: list[str], label: str) -> int | None:
        try:
            stored = self.project.add_article(article)
        except BrieferError as exc:  # a duplicate, or a record the store refuses
            problems.append(f"{Path(label).name or 'Article'}: {exc}")
            return None
        self._mark_changed()
        if self._current_article_id is None:
            self.refresh()
            self.select_article(stored.id)
        else:
            self.refresh_soon()
        return stored.id

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        sources = []
        for url in event.mimeData().urls():
            if url.isLocalFile():
                sources.append(url.toLocalFile())
            elif url.scheme() in ("http", "https"):
                sources.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        projects = [s for s in sources if s.endswith(PROJECT_SUFFIX)]
        if projects:
            self.open_project(projects[0])
        elif sources:
            self.import_sources(sources)
        event.acceptProposedAction()

    # -- analysis ---------------------------------------------------------

    def queue_analysis(self, article_ids: list[int]) -> None:
        for article_id in article_ids:
            if article_id not in self._analysis_queue:
                self._analysis_queue.append(article_id)
        self._run_analysis_queue()

    def _run_analysis_queue(self) -> None:
        if (not self.model_ready or self._analysis_job is not None or not self._analysis_queue
                or self.project is None):
            return

        ids, self._analysis_queue = self._analysis_queue, []
        work = []
        for article_id in ids:
            with contextlib.suppress(BrieferError):
                article = self.project.article(article_id)
                work.append((article.id, article.title or "(untitled)", article.text))
        analyse = self._analyser()

        def analyse_all(report, is_cancelled):
            for number, (article_id, title, text) in enumerate(work, 1):
                if is_cancelled():
                    break
                report(("start", number, len(work), article_id, title))
                try:
                    analysis = analyse(text)
                except Exception as exc:  # one bad article must not stop the others
                    report(("failed", number, len(work), article_id, f"{title}: {exc}"))
                else:
                    report(("done", number, len(work), article_id, analysis))

        problems: list[str] = []

        def progress(event) -> None:
            what, number, total, article_id, payload = event
            if job.owner is not self.project:
                return
            if what == "start":
                self.jobs.show_progress(number - 1, total, f"Analysing {payload}")
            elif what == "failed":
                problems.append(payload)
            else:
                self._store_analysis(article_id, payload)
                self.jobs.show_progress(number, total, "Analysed")

        def finished() -> None:
            self._analysis_job = None
            if job.owner is not self.project:
                return
            if problems:
                self.show_error("Analysis Failed for Some Articles", "\n".join(problems[:12]))
            self._run_analysis_queue()

        job = self.jobs.run(analyse_all, on_progress=progress, on_finished=finished,
                            on_error=self._job_error("Analysis Failed"), name="analysis",
                            owner=self.project, progress_label="Analysing…", paced=True)
        self._analysis_job = job

    def _analyser(self) -> Callable[[str], object]:
        """text -> Analysis: in the analysis process, or in-process with `self.nlp`.

        Either way the names the user confirmed so far are recognised as entities.
        """
        names = self.project.confirmed_names() if self.project is not None else []
        server = self.analysis_server
        if server is not None:
            return lambda text: server.analyse(text, names)
        from briefer.nlp.analyze import analyze_text
        from briefer.nlp.pipeline import add_confirmed_names

        nlp = self.nlp
        add_confirmed_names(nlp, names)
        return lambda text: analyze_text(nlp, text)

    def _store_analysis(self, article_id: int, analysis) -> None:
        """Store one result as an undoable step: undo and analysis share one history, so
        undoing an earlier change (a merge) can never meet rows it did not record."""
        try:
            change = review.store_analysis(self.project, article_id, analysis)
        except BrieferError as exc:
            self.show_error("Cannot Store the Analysis", str(exc))
            return
        if change.is_empty:
            return  # the article was removed while it was being analysed
        self.undo_stack.push(ChangeCommand(self.project, "Analyse Article", change,
                                           self.refresh))
        self._results_to_show.add(article_id)
        if article_id == self._current_article_id:
            self._show_new_results()
            self._refresh_reader()
        else:
            self.refresh_soon()

    def reanalyse_article(self) -> None:
        if self._current_article_id is not None:
            if not self.model_ready:
                self.statusBar().showMessage("The language model is still loading…", 4000)
            self.queue_analysis([self._current_article_id])

    @property
    def is_busy(self) -> bool:
        """Work is running or queued, or its results are not all shown yet."""
        return bool(self._analysis_job or self._analysis_queue or self.jobs.is_busy
                    or self.refresh_timer.isActive())

    def refresh_soon(self) -> None:
        """Show new imports and analyses once shortly, however many arrive meanwhile."""
        if not self.refresh_timer.isActive():
            self.refresh_timer.start()

    # -- showing ----------------------------------------------------------

    def refresh(self) -> None:
        """Bring every view up to date with the project after a change, keeping selections.

        The models update row by row (no reset), so what is selected stays
        selected and only rows that changed are sorted and repainted.
        """
        self.refresh_timer.stop()
        self._results_to_show.clear()
        if self.project is None:
            return
        self.article_model.update()
        self.review_panel.actor_model.update()
        self.review_panel.quote_model.update()
        self._lists_changed()
        if self._current_article_id is None and self.article_proxy.rowCount():
            self.article_view.selectRow(0)
        self._refresh_reader()
        if self._brief_builder is not None:
            self.brief_builder.refresh()

    def _show_new_results(self) -> None:
        """Show the articles imported and analysed in the background since the last time.

        Only their rows change: the article list and the actors (both small),
        and the quotes of just the analysed articles, never all the project's.
        The reader and the brief show other articles' work unchanged.
        """
        self.refresh_timer.stop()
        analysed, self._results_to_show = sorted(self._results_to_show), set()
        if self.project is None:
            return
        self.article_model.update()
        self.review_panel.actor_model.update()
        for article_id in analysed:
            # An article removed meanwhile: the removal's own refresh dropped its quotes.
            with contextlib.suppress(BrieferError):
                self.review_panel.quote_model.update(article_id)
        self._lists_changed()

    def _lists_changed(self) -> None:
        """What depends on the lists: the actor filter's choices and the article filter."""
        self._fill_actor_filter()
        if self.article_proxy.is_filtering:
            self.article_proxy.refilter()

    def _refresh_reader(self) -> None:
        if self.project is None or self._current_article_id is None:
            self.reader.set_article(None)
            return
        try:
            article = self.project.article(self._current_article_id)
        except BrieferError:
            self._current_article_id = None
            self.reader.set_article(None)
            return
        actors = {a.id: a for a in self.review_panel.actor_model.records}
        self.reader.set_article(
            article,
            mentions=self.project.mentions(article_id=article.id),
            quotes=self.project.quotes(article.id),
            actors=actors,
            show_rejected=self.show_rejected_action.isChecked(),
        )
        emphasised = self._selected_item()
        if emphasised is not None:
            self.reader.view.emphasise(*emphasised)

    def _selected_item(self) -> tuple[str, int] | None:
        panel = self.review_panel
        if panel.actors_active:
            actor_id = panel.current_id(panel.actor_view)
            if actor_id is None or self._current_article_id is None:
                return None
            mention = next((m for m in self.project.mentions(
                article_id=self._current_article_id, actor_id=actor_id)), None)
            return ("mention", mention.id) if mention else None
        quote_id = panel.current_id(panel.quote_view)
        return ("quote", quote_id) if quote_id is not None else None

    def _show_article(self, article_id: int | None) -> None:
        self._current_article_id = article_id
        scope = article_id if self.review_panel.current_article_only.isChecked() else None
        self.review_panel.quote_proxy.set_article(scope)
        self._refresh_reader()
        has_article = article_id is not None
        for action in (self.edit_article_action, self.remove_article_action,
                       self.analyse_action):
            action.setEnabled(has_article)

    def select_article(self, article_id: int) -> bool:
        for row in range(self.article_proxy.rowCount()):
            if self.article_proxy.index(row, 0).data(ID_ROLE) == article_id:
                self.article_view.selectRow(row)
                return True
        return False

    def _article_selected(self, current, _previous) -> None:
        article_id = current.data(ID_ROLE) if current.isValid() else None
        if article_id != self._current_article_id:
            self._show_article(article_id)

    def _quote_scope_changed(self, only_current: bool) -> None:
        self.review_panel.quote_proxy.set_article(
            self._current_article_id if only_current else None)

    def _quote_selected(self, current, _previous) -> None:
        quote_id = self.review_panel.current_id(self.review_panel.quote_view)
        if quote_id is None or self.project is None:
            return
        quote = next((q for q in self.review_panel.quote_model.records if q.id == quote_id),
                     None)
        if quote is None:
            return
        if (quote.article_id != self._current_article_id
                and not self.select_article(quote.article_id)):
            self._show_article(quote.article_id)
        self.reader.view.emphasise("quote", quote_id)

    def _actor_selected(self, current, _previous) -> None:
        item = self._selected_item()
        if item is not None:
            self.reader.view.emphasise(*item)

    def _reader_item_clicked(self, kind: str, item_id: int) -> None:
        panel = self.review_panel
        if kind == "quote":
            panel.setCurrentIndex(1)
            panel.select_quote(item_id)
        else:
            mention = next((m for m in self.project.mentions(article_id=self._current_article_id)
                            if m.id == item_id), None)
            if mention is not None:
                panel.setCurrentIndex(0)
                panel.actor_filter.clear()
                panel.select_actor(mention.actor_id)
                self.reader.view.emphasise("mention", item_id)

    def _fill_actor_filter(self) -> None:
        self.articles_panel.fill_actor_filter(self.review_panel.actor_model.records)

    def filter_by_selected_actor(self) -> None:
        ids = self.review_panel.selected_actor_ids()
        if ids:
            self.articles_panel.filter_by_actor(ids[0])

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # -- review -----------------------------------------------------------

    def apply(self, name: str, operation: Callable[[], review.RowChange]) -> bool:
        """Run one review operation and push it as a named undo command."""
        if self.project is None:
            return False
        try:
            change = operation()
        except (BrieferError, ValueError) as exc:
            self.show_error(name, str(exc))
            return False
        if change.is_empty:
            return False
        self.undo_stack.push(ChangeCommand(self.project, name, change, self.refresh))
        self.refresh()
        return True

    def step_item(self, delta: int) -> None:
        if self.review_panel.step(delta):
            return
        self.statusBar().showMessage("No more items in this list", 2000)

    def set_status(self, status: str) -> None:
        ids = self.review_panel.selected_quote_ids()
        if not ids:
            self.statusBar().showMessage("Select a quote first (Quotes tab)", 3000)
            return
        names = {"accepted": "Accept Quote", "rejected": "Reject Quote",
                 "pending": "Mark Quote Pending"}
        name = names[status] if len(ids) == 1 else names[status].replace("Quote", "Quotes")
        applied = self.apply(name, lambda: review.set_quote_status(self.project, ids, status))
        if applied and len(ids) == 1 and self.review_panel.currentIndex() == 1:
            self.review_panel.step(1)

    def _ask_speaker(self, title: str, current_id: int | None = None
                     ) -> tuple[bool, int | None, str]:
        """Pick a speaker among the project's actors, or name a new one.

        Returns (chosen, actor id or None, name of an actor to create or "").
        """
        actors = sorted(self.review_panel.actor_model.records, key=lambda a: a.name.casefold())
        new_label = "New actor…"
        none_label = "(unattributed)"
        labels = [new_label, none_label] + [f"{a.name} ({a.type})" for a in actors]
        current = next((i + 2 for i, a in enumerate(actors) if a.id == current_id), 1)
        label, ok = QInputDialog.getItem(self, title, "Speaker:", labels, current, True)
        if not ok:
            return False, None, ""
        if label == none_label:
            return True, None, ""
        if label in labels[2:]:
            return True, actors[labels.index(label) - 2].id, ""
        name = "" if label == new_label else label.strip()
        if not name:
            name, ok = QInputDialog.getText(self, "New Actor", "Name of the speaker:")
            name = name.strip()
            if not ok or not name:
                return False, None, ""
        existing = next((a for a in actors if a.name.casefold() == name.casefold()), None)
        if existing is not None:
            return True, existing.id, ""
        return True, None, name

    def _with_speaker(self, speaker_id: int | None, new_name: str,
                      operation: Callable[[int | None], review.RowChange]) -> review.RowChange:
        """Run `operation(speaker id)`, first creating the new speaker if one was named."""
        if not new_name:
            return operation(speaker_id)
        actor_id, created = review.add_actor(self.project, new_name, "person")
        return review.combine(created, operation(actor_id))

    def reassign_speaker(self) -> None:
        ids = self.review_panel.selected_quote_ids()
        if len(ids) != 1:
            self.statusBar().showMessage("Select one quote to reassign", 3000)
            return
        quote = self.project.quote(ids[0])
        ok, speaker_id, new_name = self._ask_speaker("Reassign Speaker", quote.speaker_id)
        if not ok:
            return
        self.apply("Reassign Speaker", lambda: self._with_speaker(
            speaker_id, new_name,
            lambda speaker: review.reassign_speaker(self.project, quote.id, speaker)))

    def adjust_span(self) -> None:
        ids = self.review_panel.selected_quote_ids()
        span = self.reader.view.selected_span()
        if len(ids) != 1 or span is None:
            self.show_error("Adjust Quote Span",
                            "Select one quote, then select in the reader the text it should "
                            "cover.")
            return
        quote = self.project.quote(ids[0])
        if quote.article_id != self._current_article_id:
            self.show_error("Adjust Quote Span", "The text selected is in another article.")
            return
        self.apply("Adjust Quote Span",
                   lambda: review.set_quote_span(self.project, quote.id, *span))

    def mark_quote(self, start: int, end: int) -> int | None:
        """Mark the selected text as a quote by a speaker the user picks."""
        if self._current_article_id is None:
            return None
        ok, speaker_id, new_name = self._ask_speaker("Mark as Quote by")
        if not ok:
            return None
        article_id = self._current_article_id
        made: list[int] = []

        def add(speaker: int | None) -> review.RowChange:
            quote_id, change = review.add_quote(self.project, article_id, start, end, speaker)
            made.append(quote_id)
            return change

        if self.apply("Mark Quote", lambda: self._with_speaker(speaker_id, new_name, add)):
            self.review_panel.setCurrentIndex(1)
            self.review_panel.select_quote(made[0])
            return made[0]
        return None

    def mark_actor(self, start: int, end: int) -> None:
        """Mark the selected text as naming an actor (existing or new)."""
        if self._current_article_id is None:
            return
        text = self.project.article(self._current_article_id).text[start:end]
        actors = sorted(self.review_panel.actor_model.records, key=lambda a: a.name.casefold())
        new_label = f"New actor “{' '.join(text.split())}”"
        labels = [new_label] + [f"{a.name} ({a.type})" for a in actors]
        label, ok = QInputDialog.getItem(self, "Mark as Actor", "This text names:", labels, 0,
                                         False)
        if not ok:
            return
        article_id = self._current_article_id
        if label == new_label:
            actor_type, ok = QInputDialog.getItem(self, "Mark as Actor", "Type:",
                                                  list(ACTOR_TYPES), 0, False)
            if not ok:
                return

            def operation() -> review.RowChange:
                actor_id, created = review.add_actor(self.project, " ".join(text.split()),
                                                     actor_type)
                return review.combine(created, review.add_mention(self.project, article_id,
                                                            actor_id, start, end))
        else:
            actor_id = actors[labels.index(label) - 1].id

            def operation() -> review.RowChange:
                return review.add_mention(self.project, article_id, actor_id, start, end)

        self.apply("Mark Actor", operation)

    def add_span_to_brief(self, start: int, end: int) -> None:
        """Add the quotes under the selection to the brief, or mark the selection first."""
        ids = review.quotes_overlapping(self.project, self._current_article_id, start, end)
        if not ids:
            made = self.mark_quote(start, end)
            ids = [made] if made is not None else []
        if ids:
            self.brief_builder.add_quotes(ids)
            self.statusBar().showMessage(f"Added {len(ids)} quote(s) to the brief", 3000)

    def add_selection_to_brief(self) -> None:
        panel = self.review_panel
        if panel.actors_active:
            for actor_id in panel.selected_actor_ids():
                self.brief_builder.add_actor(actor_id)
            return
        ids = panel.selected_quote_ids()
        if ids:
            self.brief_builder.add_quotes(ids)
            self.statusBar().showMessage(f"Added {len(ids)} quote(s) to the brief", 3000)

    def _selected_actor(self):
        ids = self.review_panel.selected_actor_ids()
        if not ids:
            self.statusBar().showMessage("Select an actor first (Actors tab)", 3000)
            return None
        return self.project.actor(ids[0])

    def _edit_actor_fields(self, actor_id: int, fields: dict) -> None:
        names = {"name": "Rename Actor", "type": "Change Actor Type",
                 "roles": "Edit Roles", "affiliation": "Edit Affiliation",
                 "is_expert": "Toggle Expert"}
        name = names[next(iter(fields))]
        self.apply(name, lambda: review.update_actor(self.project, actor_id, **fields))

    def rename_actor(self) -> None:
        actor = self._selected_actor()
        if actor is None:
            return
        name, ok = QInputDialog.getText(self, "Rename Actor", "Name:", text=actor.name)
        if ok and name.strip() and name.strip() != actor.name:
            self._edit_actor_fields(actor.id, {"name": name.strip()})

    def change_actor_type(self) -> None:
        actor = self._selected_actor()
        if actor is None:
            return
        types = list(ACTOR_TYPES)
        value, ok = QInputDialog.getItem(self, "Change Actor Type",
                                         verbatim(f"Type of {actor.name}:"),
                                         types, types.index(actor.type), False)
        if ok and value != actor.type:
            self._edit_actor_fields(actor.id, {"type": value})

    def toggle_expert(self) -> None:
        actor = self._selected_actor()
        if actor is not None:
            self._edit_actor_fields(actor.id, {"is_expert": not actor.is_expert})

    def edit_roles(self) -> None:
        actor = self._selected_actor()
        if actor is None:
            return
        text, ok = QInputDialog.getText(self, "Edit Roles",
                                        verbatim(f"Roles of {actor.name} (separated by ;):"),
                                        text="; ".join(actor.roles))
        if ok:
            roles = [r.strip() for r in text.split(";") if r.strip()]
            if roles != actor.roles:
                self._edit_actor_fields(actor.id, {"roles": roles})

    def merge_actors(self) -> None:
        ids = self.review_panel.selected_actor_ids()
        if len(ids) < 2:
            self.show_error("Merge Actors", "Select two or more actors to merge (Ctrl+click).")
            return
        actors = [self.project.actor(i) for i in ids]
        actors.sort(key=lambda a: (-(a.mention_count + a.quote_count), a.name))
        labels = [f"{a.name} ({a.mention_count} mentions, {a.quote_count} quotes)"
                  for a in actors]
        label, ok = QInputDialog.getItem(self, "Merge Actors", "Keep as the merged actor:",
                                         labels, 0, False)
        if not ok:
            return
        keep = actors[labels.index(label)].id
        others = [a.id for a in actors if a.id != keep]
        if self.apply("Merge Actors", lambda: review.merge_actors(self.project, keep, others)):
            self.review_panel.select_actor(keep)

    def split_mention_dialog(self) -> None:
        actor = self._selected_actor()
        if actor is None:
            return
        mentions = self.project.mentions(actor_id=actor.id)
        if len(mentions) < 2:
            self.show_error("Split Mention Off", f"{actor.name} has only one mention.")
            return
        titles = {a.id: a.title or "(untitled)" for a in self.article_model.records}
        labels = [f"“{m.text}” in {titles.get(m.article_id, '')} (at {m.start})"
                  for m in mentions]
        label, ok = QInputDialog.getItem(self, "Split Mention Off",
                                         "Mention to move onto a new actor:", labels, 0, False)
        if ok:
            self.split_mention(mentions[labels.index(label)].id)

    def split_mention(self, mention_id: int) -> None:
        mention = review.mention(self.project, mention_id)
        if mention is None:
            return
        name, ok = QInputDialog.getText(self, "Split Mention Off", "Name of the new actor:",
                                        text=mention.text)
        if not ok or not name.strip():
            return
        made: list[int] = []

        def operation() -> review.RowChange:
            actor_id, change = review.split_mention(self.project, mention_id, name.strip())
            made.append(actor_id)
            return change

        if self.apply("Split Mention", operation):
            self.review_panel.setCurrentIndex(0)
            self.review_panel.select_actor(made[0])

    def delete_actors(self) -> None:
        ids = self.review_panel.selected_actor_ids()
        if not ids:
            return
        names = ", ".join(self.project.actor(i).name for i in ids[:5])
        answer = QMessageBox.question(
            self, "Delete Actor",
            verbatim(f"Delete {names}? Their mentions go; their quotes stay, unattributed."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def operation() -> review.RowChange:
            changes = [review.delete_actor(self.project, i) for i in ids]
            return review.combine(*changes)

        self.apply("Delete Actor" if len(ids) == 1 else "Delete Actors", operation)

    # -- articles ---------------------------------------------------------

    def _edit_article_fields(self, article_id: int, fields: dict) -> None:
        self.apply("Edit Article Details",
                   lambda: review.update_article(self.project, article_id, **fields))

    def edit_article_dialog(self) -> None:
        if self._current_article_id is None:
            return
        article = self.project.article(self._current_article_id)
        dialog = ArticleDetailsDialog(article, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changed = {k: v for k, v in dialog.values().items() if v != getattr(article, k)}
        if changed:
            self._edit_article_fields(article.id, changed)

    def remove_article(self) -> None:
        article_id = self._current_article_id
        if article_id is None:
            return
        title = self.project.article(article_id).title or "this article"
        answer = QMessageBox.question(
            self, "Remove Article",
            verbatim(f"Remove “{title}” with its actors' mentions and its quotes? "
                     "(Undo brings it back.)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and self.apply(
                "Remove Article", lambda: review.remove_article(self.project, article_id)):
            self._current_article_id = None
            self._select_first_article()

    # -- the brief --------------------------------------------------------

    def draft_brief(self) -> None:
        if self.brief_actions.draft():
            self.centre_tabs.setCurrentIndex(1)

    def export_dialog(self) -> Job | None:
        return self.brief_actions.export_dialog()

    def export_to(self, path: str) -> Job | None:
        return self.brief_actions.export_to(path)

    # -- recovery ---------------------------------------------------------

    def _recovery_files(self) -> tuple[Path, Path]:
        digest = hashlib.sha256(self._recovery_token.encode("utf-8")).hexdigest()[:16]
        base = recovery_dir() / digest
        return base.with_suffix(PROJECT_SUFFIX), base.with_suffix(".json")

    def write_recovery_copy(self) -> Job | None:
        """Copy unsaved work to the recovery folder (the disk write runs in the worker)."""
        if self.project is None or not self.is_modified:
            return None
        copy = memory_copy(self.project)
        target, info_path = self._recovery_files()
        info = {"path": str(self.project.path) if self.project.path else "",
                "name": self.project.name, "written": time.time()}

        def write(report, is_cancelled):
            try:
                copy.write_copy(target)
            finally:
                copy.close()
            info_path.write_text(json.dumps(info), encoding="utf-8")
            return target

        return self.jobs.run(write,
                            on_error=lambda exc, _d: self.statusBar().showMessage(
                                f"Could not write a recovery copy: {exc}", 6000),
                             name="recovery", owner=self.project)

    def _remove_recovery_copy(self) -> None:
        self.jobs.wait_named("recovery", 10)
        for path in self._recovery_files():
            with contextlib.suppress(OSError):
                path.unlink()

    def offer_recovery(self) -> bool:
        """After a crash: offer to restore the newest recovery copy; True if restored."""
        copies = recovery_copies()
        if not copies:
            return False
        copy, info = copies[0]
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(info.get("written", 0)))
        answer = QMessageBox.question(
            self, "Restore Unsaved Work",
            verbatim(f"Briefer did not close normally. Restore the unsaved work on "
                     f"“{info.get('name', 'Untitled')}” from {when}?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        restored = False
        if answer == QMessageBox.StandardButton.Yes:
            try:
                project = Project.open(copy)
            except BrieferError as exc:
                self.show_error("Cannot Restore", str(exc))
            else:
                original = info.get("path") or ""
                project.path = Path(original) if original else None
                self.set_project(project)
                self._mark_changed()
                restored = True
        for leftover, _info in copies:
            for path in (leftover, leftover.with_suffix(".json")):
                with contextlib.suppress(OSError):
                    path.unlink()
        return restored

    # -- start-up ---------------------------------------------------------

    def open_demo(self) -> Job:
        """Build (once) and open the demo project from the seed articles, in the worker."""
        from briefer.workflows import ensure_demo_project

        self.statusBar().showMessage("Preparing the demo project…")

        nlp = self.nlp
        pipeline = self.settings.pipeline

        def nlp_loader():
            """Only called when the demo must be built (the first start)."""
            if nlp is not None:
                return nlp
            from briefer.nlp.pipeline import load_pipeline

            return load_pipeline(pipeline)

        def build(report, is_cancelled):
            return ensure_demo_project(nlp_loader)

        def opened(path: Path) -> None:
            self.statusBar().clearMessage()
            if self.project is None:
                self.open_project(path)

        return self.jobs.run(build, on_result=opened,
                            on_error=self._job_error("Cannot Build the Demo Project"),
                            name="demo")

    def startup(self, project_file: str | None = None, demo: bool = False) -> None:
        """What happens once the window shows: model, recovery, then a project."""
        self.start_model_load()
        if self.offer_recovery():
            return
        if project_file and self.open_project(project_file):
            return
        if demo:
            self.open_demo()
            return
        recents = recent.recent_projects()
        if recents and not project_file:
            if not self.open_project(recents[0]):
                self.set_project(Project.new())
        elif not project_file:
            self.open_demo()
        else:
            self.set_project(Project.new())

    # -- about ------------------------------------------------------------

    def show_about(self) -> None:
        import PySide6

        QMessageBox.about(
            self, "About Briefer",
            f"<h3>Briefer {briefer.__version__}</h3>"
            "<p>Turn news articles into a policy brief: actors, quotes, review, Word export.</p>"
            f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__}<br>"
            f"spaCy pipeline: {escape(self.model_name())}</p>",
        )
