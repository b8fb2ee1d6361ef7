"""The main window: articles on the left, the reader and the brief in the centre,
the review panel on the right.

The window is the shell: actions, menus, layout, and the views' refresh. The
work lives in controllers that announce their results by signals:
`ProjectSession` (open, save, recovery, start-up, the undo stack's pushes and
`projectChanged(what)`), `JobRunner` (every long job), `Intake` (model, import,
analysis), `ReviewActions` and `BriefActions`. Every database write happens on
the UI thread; workers only read files, run spaCy or write copies.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QUndoStack
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
from briefer.core.settings import Settings
from briefer.core.store import PROJECT_SUFFIX, Project
from briefer.gui.article_groups import GROUP_OUTLET
from briefer.gui.articles_panel import ArticlesPanel
from briefer.gui.brief.actions import BriefActions
from briefer.gui.coverage_view import CoverageView
from briefer.gui.dialogs import PasteArticleDialog
from briefer.gui.dossier.controller import DossierController
from briefer.gui.help import GuideDialog, ShortcutsDialog
from briefer.gui.intake import Intake
from briefer.gui.jobs import JobRunner
from briefer.gui.panel_widths import reader_first
from briefer.gui.reader import Reader
from briefer.gui.review_actions import ReviewActions
from briefer.gui.review_panel import ReviewPanel
from briefer.gui.session import ProjectSession
from briefer.gui.view_sync import ViewSync
from briefer.gui.window_actions import build_actions, build_menus
from briefer.gui.worker import Job

STOP_WAIT_SECONDS = 10


# Articles, reader and review panels of a 1400-pixel first window.
FIRST_PANEL_WIDTHS = (420, 540, 440)

class MainWindow(QMainWindow):
    """The review workspace."""

    def __init__(self, settings: Settings | None = None):
        super().__init__()
        self.settings = settings or Settings.load()
        self.undo_stack = QUndoStack(self)
        self.jobs = JobRunner(self)
        self.session = ProjectSession(self.undo_stack, self.jobs, self.settings, self)
        self.intake = Intake(self.session, self.jobs, self.settings)
        self.brief_actions = BriefActions(self.session, self.jobs, self,
                                          lambda: self.settings.brief_template)

        self.setAcceptDrops(True)
        self.setObjectName("mainWindow")
        self.review = ReviewActions(self.session, self)
        self._build_widgets()
        build_actions(self)
        build_menus(self)
        self._build_status_bar()
        self._restore_layout()

        self.views = ViewSync(self)
        self.dossier.connect_window()
        self._connect_controllers()
        self.set_project(None)

    def _connect_controllers(self) -> None:
        """Every view refreshes itself from what the controllers announce."""
        session = self.session
        session.stateChanged.connect(self._update_title)
        session.message.connect(self._show_message)
        self.intake.modelStateChanged.connect(self._show_model_state)
        self.brief_actions.exported.connect(
            lambda path: self._show_message(f"Exported {Path(path).name}", 6000))
        self.recent_menu.aboutToShow.connect(
            lambda: self.session.fill_recent_menu(self.recent_menu))
        session.projectReplaced.connect(self.coverage_view.set_project)
        for signal in (session.projectChanged, self.intake.articleStored,
                       self.intake.analysisStored):
            signal.connect(self.coverage_view.mark_stale)
        self.search_box.textChanged.connect(self.reader.view.set_search_terms)
        for signal in (session.projectReplaced, session.projectChanged,
                       self.intake.articleStored):
            signal.connect(lambda *_args: self._update_first_steps())

    def _update_first_steps(self) -> None:
        """The empty reader suggests what to do next: open a project, or import articles."""
        project = self.project
        self.reader.set_project_state(project is not None,
                                      len(project.article_ids()) if project else 0)

    def _show_message(self, text: str, milliseconds: int) -> None:
        if text:
            self.statusBar().showMessage(text, milliseconds)
        else:
            self.statusBar().clearMessage()

    def _show_model_state(self, label: str, tooltip: str) -> None:
        self.model_label.setText(label)
        self.model_label.setToolTip(tooltip)

    # -- layout -----------------------------------------------------------

    def _build_widgets(self) -> None:
        self.articles_panel = ArticlesPanel()
        self.article_model = self.articles_panel.model
        self.article_model.edit_requested.connect(self.review.edit_article_fields)
        self.article_proxy = self.articles_panel.proxy
        self.article_view = self.articles_panel.view
        self.search_box = self.articles_panel.search_box

        self.reader = Reader()
        view = self.reader.view
        view.mark_quote_requested.connect(self.review.mark_quote)
        view.mark_actor_requested.connect(self.review.mark_actor)
        view.add_to_brief_requested.connect(self.review.add_span_to_brief)
        view.split_mention_requested.connect(self.review.split_mention)

        self._brief_builder = None
        self.centre_tabs = QTabWidget()
        self.centre_tabs.setDocumentMode(True)
        self.centre_tabs.addTab(self.reader, "Reader")
        self.centre_tabs.addTab(QWidget(), "Brief")
        self.coverage_view = CoverageView()
        self.coverage_view.actorActivated.connect(self.show_articles_of_speaker)
        self.coverage_view.outletActivated.connect(self.show_articles_of_outlet)
        self.centre_tabs.addTab(self.coverage_view, "Coverage")
        self._reader_sizes: list[int] | None = None
        self.centre_tabs.currentChanged.connect(self._centre_tab_changed)

        self.review_panel = ReviewPanel()
        self.review_panel.quote_groups.jobs = self.jobs
        self.review_panel.actor_model.edit_requested.connect(self.review.edit_actor_fields)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.articles_panel)
        self.splitter.addWidget(self.centre_tabs)
        self.splitter.addWidget(self.review_panel)
        # Every panel stretches: a window made narrower takes from all three in proportion,
        # not from the reader alone (it ended as a column of a few words), and one made
        # wider again gives the panels back their widths.
        for index in range(3):
            self.splitter.setStretchFactor(index, 1)
        self.splitter.setSizes(list(FIRST_PANEL_WIDTHS))
        self.setCentralWidget(self.splitter)
        self.dossier = DossierController(self)

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

    def _first_size(self) -> QSize:
        """1400 by 900, or what the screen has room for (a 1280-pixel screen cut the
        actors' columns and the status line off)."""
        wanted = QSize(1400, 900)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size()
        return wanted.boundedTo(QSize(room.width() - 40, room.height() - 60))

    def _restore_layout(self) -> None:
        stored = QSettings()
        geometry = stored.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and not geometry.isEmpty()
                and self.restoreGeometry(geometry)):
            # None stored, or one Qt cannot place on this screen (saved on a larger
            # one): the first size, not Qt's small default.
            self.resize(self._first_size())
        state = stored.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = stored.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            # The panels share a narrower first window in the same proportions, so the
            # reader is not the one squeezed to a column of a few words.
            width = self.width()
            self.splitter.setSizes([round(width * part / 1400) for part in FIRST_PANEL_WIDTHS])
            self.give_reader_its_share()
        self.articles_panel.set_grouping(str(stored.value("view/articleGrouping", "")))
        self.review_panel.group_same_quotes.setChecked(
            stored.value("view/groupSameQuotes", False, type=bool))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.give_reader_its_share()

    def give_reader_its_share(self) -> None:
        """In a narrow window the side panels make room for the reader (`panel_widths`);
        not while the brief or the coverage shows, which fold the articles away."""
        if self._reader_sizes is not None:
            return
        sizes = self.splitter.sizes()
        minimums = [self.splitter.widget(i).minimumSizeHint().width() for i in range(3)]
        widths = reader_first(sizes, minimums)
        if widths != sizes:
            self.splitter.setSizes(widths)

    def _save_layout(self) -> None:
        if self._reader_sizes is not None:
            self.splitter.setSizes(self._reader_sizes)
        stored = QSettings()
        stored.setValue("window/geometry", self.saveGeometry())
        stored.setValue("window/state", self.saveState())
        stored.setValue("window/splitter", self.splitter.saveState())
        stored.setValue("view/articleGrouping", self.articles_panel.group_by.currentData())
        stored.setValue("view/groupSameQuotes", self.review_panel.group_same_quotes.isChecked())

    def _centre_tab_changed(self, index: int) -> None:
        """The brief and the coverage need room: fold the articles away while they show,
        back for reading."""
        if index == 1:
            self.brief_builder.refresh()
        if index != 0 and self._reader_sizes is None:
            sizes = self.splitter.sizes()
            self._reader_sizes = sizes
            right = min(sizes[2], 500)
            self.splitter.setSizes([0, sum(sizes) - right, right])
        elif index == 0 and self._reader_sizes is not None:
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
            self.dossier.watch_brief(builder)
        return self._brief_builder

    # -- the project ------------------------------------------------------

    @property
    def current_article_id(self) -> int | None:
        """The article the reader shows (None: none)."""
        return self.views.current_article_id

    def select_article(self, article_id: int) -> bool:
        return self.views.select_article(article_id)

    def select_first_article(self) -> None:
        self.views.select_first_article()

    def refresh(self) -> None:
        self.views.refresh()

    @property
    def made_brief_builder(self):
        """The brief builder if the Brief tab was ever used, else None (it is not made)."""
        return self._brief_builder

    @property
    def project(self) -> Project | None:
        return self.session.project

    @property
    def is_modified(self) -> bool:
        return self.session.is_modified

    def _update_title(self) -> None:
        name = self.project.name if self.project else "No project"
        if self.session.is_read_only:
            name += " (read-only)"
        self.setWindowTitle(f"{name}[*] — Briefer")
        self.setWindowModified(self.is_modified)
        has_project = self.project is not None
        for action in (self.save_action, self.save_as_action, self.import_action,
                       self.import_url_action, self.paste_action, self.export_action,
                       self.draft_action):
            action.setEnabled(has_project)

    def set_project(self, project: Project | None) -> None:
        """Open `project` (closing whatever was open: the caller asked to save it)."""
        self.session.replace(project)

    def open_project(self, path) -> bool:
        return self.session.open(path)

    def closeEvent(self, event) -> None:
        if not self.session.maybe_save():
            event.ignore()
            return
        self._save_layout()
        self.intake.close()
        self.session.close()
        self.wait_for_jobs(STOP_WAIT_SECONDS)
        # Views let go of the project (no timer reads it later) and its lock is released.
        self.session.replace(None)
        event.accept()

    def show_error(self, title: str, message: str) -> None:
        self.session.show_error(title, message)

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
        """The Cancel button: stop the job that shows progress and what is queued after it."""
        job = self.jobs.progress_job
        if job is not None:
            self.intake.cancel_queue()
            if job is self.intake.analysis_job:
                self.intake.interrupt_analysis()  # within a second, even mid-article
            self.jobs.cancel_progress_job()

    def wait_for_jobs(self, timeout: float = 30.0) -> None:
        """Block until running jobs end (used at exit so no thread outlives the app)."""
        self.jobs.wait(timeout)

    # -- import -----------------------------------------------------------

    def import_files_dialog(self) -> None:
        from briefer.ingest import SUPPORTED_SUFFIXES

        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(self, "Import Articles",
                                                self.session.last_folder(),
                                                f"Articles ({patterns});;All files (*)")
        if paths:
            self.intake.import_sources(paths)

    def import_url_dialog(self) -> None:
        url, ok = QInputDialog.getText(self, "Import from URL", "Address of the article:")
        if ok and url.strip():
            self.intake.import_sources([url.strip()])

    def paste_article_dialog(self) -> None:
        if self.project is None:
            return
        dialog = PasteArticleDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.intake.paste(dialog.text.toPlainText(), dialog.title.text().strip())

    def import_sources(self, sources: list[str]) -> Job | None:
        return self.intake.import_sources(sources)

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
            self.session.open(projects[0])
        elif sources:
            self.intake.import_sources(sources)
        event.acceptProposedAction()

    # -- analysis ---------------------------------------------------------

    def reanalyse_article(self) -> None:
        if self.current_article_id is not None:
            self.intake.reanalyse(self.current_article_id)

    @property
    def is_busy(self) -> bool:
        """Work is running or queued, or its results are not all shown yet."""
        return bool(self.intake.is_busy or self.jobs.is_busy
                    or self.views.refresh_timer.isActive())

    # -- navigation -------------------------------------------------------

    def filter_by_selected_actor(self) -> None:
        ids = self.review_panel.selected_actor_ids()
        if ids:
            self.articles_panel.filter_by_actor(ids[0])

    def show_articles_of_speaker(self, actor_id: int) -> None:
        """From the coverage: the articles where an actor speaks, in the reader."""
        self.articles_panel.filter_by_actor(actor_id)
        self.centre_tabs.setCurrentIndex(0)

    def show_articles_of_outlet(self, article_ids: list[int]) -> None:
        """From the coverage: an outlet's articles, the list grouped by outlet."""
        self.articles_panel.set_grouping(GROUP_OUTLET)
        self.centre_tabs.setCurrentIndex(0)
        if article_ids:
            self.select_article(article_ids[0])

    def find_in_article(self) -> None:
        """Ctrl+F: the reader comes to the front with its find bar."""
        self.centre_tabs.setCurrentIndex(0)
        self.reader.find_bar.open()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()


    def step_item(self, delta: int) -> None:
        if self.review_panel.step(delta):
            return
        self.statusBar().showMessage("No more items in this list", 2000)

    # -- the brief --------------------------------------------------------

    def draft_brief(self) -> None:
        if self.brief_actions.draft():
            self.centre_tabs.setCurrentIndex(1)

    def export_dialog(self) -> Job | None:
        return self.brief_actions.export_dialog()

    def export_to(self, path: str) -> Job | None:
        return self.brief_actions.export_to(path)

    # -- start-up ---------------------------------------------------------

    def startup(self, project_file: str | None = None, demo: bool = False,
                articles: list[str] | None = None) -> None:
        """What happens once the window shows: model, recovery, then a project, then the
        article files given on the command line imported into it."""
        self.intake.start_model_load()
        self.session.open_at_startup(project_file, demo, self.intake.nlp,
                                     fresh=bool(articles) and not project_file)
        if articles and self.session.project is not None:
            self.intake.import_sources(articles)

    # -- about ------------------------------------------------------------

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def show_guide(self) -> None:
        GuideDialog(self).exec()

    def show_about(self) -> None:
        """Versions (Briefer, the spaCy pipeline, spaCy, Qt, Python) and where settings and
        recovery copies are kept: the fields `briefer --version` prints."""
        from briefer.about import about_fields

        rows = "".join(
            f"<tr><td style='padding-right:12px'><b>{escape(label)}</b></td>"
            f"<td>{escape(value)}</td></tr>"
            for label, value in about_fields(self.settings.pipeline)[1:])
        QMessageBox.about(
            self, "About Briefer",
            f"<h3>Briefer {escape(briefer.__version__)}</h3>"
            "<p>Turn news articles into a policy brief: actors, quotes, review, Word export.</p>"
            f"<table>{rows}</table>",
        )
