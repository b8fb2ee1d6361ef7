"""The open project's session: new, open, save, recent projects, recovery copies, start-up.

`ProjectSession` owns the open `Project` and the undo stack's meaning of
"modified". It announces by signals and never touches a view: the window
resets its views on `projectReplaced`, refreshes them on `projectChanged(what)`
and redraws its title on `stateChanged`. Every recorded change reaches the undo
stack through `push` (run, then refresh undo, then announce what changed: the
shape of Anki's CollectionOp).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from briefer.core import brief, recent, review
from briefer.core.errors import BrieferError, ProjectChangedError, ProjectLockedError
from briefer.core.settings import Settings
from briefer.core.store import PROJECT_SUFFIX, Project, project_path
from briefer.core.store import recovery as stored_copies
from briefer.gui.commands import ChangeCommand
from briefer.gui.dialogs import with_suffix_confirmed
from briefer.gui.jobs import JobRunner
from briefer.gui.recovery import RecoveryDialog
from briefer.gui.verbatim import menu_text, verbatim
from briefer.gui.worker import Job

PROJECT_FILTER = f"Briefer projects (*{PROJECT_SUFFIX})"
RECOVERY_WAIT_SECONDS = 10
# Long enough to read and act on; the Brief tab's Template row keeps saying it after.
MISSING_TEMPLATE_MESSAGE_MS = 30_000


class ProjectSession(QObject):
    """The open project and what happens to it as a whole."""

    projectReplaced = Signal(object)  # the project now open (None: none)
    projectChanged = Signal(str)  # what changed: "review", "analysis", "articles", "brief"
    stateChanged = Signal()  # the name or the modified flag may differ
    message = Signal(str, int)  # a status-bar message, shown for so many milliseconds

    def __init__(self, undo_stack: QUndoStack, jobs: JobRunner, settings: Settings,
                 dialog_parent: QWidget):
        super().__init__(dialog_parent)
        self.undo_stack = undo_stack
        self.jobs = jobs
        self.settings = settings
        self.dialog_parent = dialog_parent
        self.project: Project | None = None
        self.changed_outside_undo = False
        self._recovery_token = self._untitled_token()
        undo_stack.cleanChanged.connect(lambda _clean: self.stateChanged.emit())
        undo_stack.indexChanged.connect(lambda _index: self.stateChanged.emit())
        self.recovery_timer = QTimer(self)
        self.recovery_timer.setInterval(max(1, settings.recovery_minutes) * 60_000)
        self.recovery_timer.timeout.connect(self.write_recovery_copy)
        self.recovery_timer.start()

    @staticmethod
    def _untitled_token() -> str:
        return f"untitled-{os.getpid()}-{time.time_ns()}"

    # -- changes ----------------------------------------------------------

    @property
    def is_modified(self) -> bool:
        """Unsaved work: undoable changes since the save, or imports."""
        if self.project is None:
            return False
        return not self.undo_stack.isClean() or self.changed_outside_undo

    def mark_changed(self) -> None:
        """A change that is not undoable (an import) still needs saving."""
        self.changed_outside_undo = True
        self.stateChanged.emit()

    def push(self, name: str, change: review.RowChange, what: str = "review",
             announce: bool = True) -> bool:
        """Put a change the core recorded on the undo stack and announce it (its undo and
        redo are announced too); False if empty. `announce=False`: the caller shows the
        change itself (an analysis arriving among many)."""
        if self.project is None or change.is_empty:
            return False
        self.undo_stack.push(ChangeCommand(self.project, name, change,
                                           lambda: self.projectChanged.emit(what)))
        if announce:
            self.projectChanged.emit(what)
        return True

    def apply(self, name: str, operation: Callable[[], review.RowChange],
              what: str = "review") -> bool:
        """Run one core operation and push it as a named undo step; errors are a dialog."""
        if self.project is None:
            return False
        try:
            change = operation()
        except (BrieferError, ValueError) as exc:
            self.show_error(name, str(exc))
            return False
        return self.push(name, change, what)

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.dialog_parent, title, verbatim(message))

    # -- open and close ---------------------------------------------------

    def replace(self, project: Project | None) -> None:
        """Make `project` the open one (closing whatever was open: the caller asked to
        save it); the views reset themselves on `projectReplaced`."""
        self.jobs.cancel_owned(self.project)
        self.remove_recovery_copy()
        old = self.project
        self.project = project
        self._recovery_token = (os.path.realpath(project.path) if project and project.path
                                else self._untitled_token())
        self.undo_stack.clear()
        self.changed_outside_undo = False
        self.projectReplaced.emit(project)
        if old is not None and old is not project:
            old.close()
        if project is not None and project.path is not None:
            recent.remember_project(project.path)
        self.stateChanged.emit()
        if project is not None:
            self._tell_missing_template(project)

    def _tell_missing_template(self, project: Project) -> None:
        """A Word template file that has gone is told on open, in one line, not found
        out when the export fails."""
        missing = brief.missing_template(project, self.settings.brief_template)
        if not missing:
            return
        if brief.docx_template(project):
            whose = "The brief's"
            remedy = "choose another, or Default, under Template in the Brief tab"
        else:
            whose = "The settings'"
            remedy = ("choose one under Template in the Brief tab, or reset the settings' "
                      "with: briefer settings --brief-template ''")
        self.message.emit(f"{whose} Word template {Path(missing).name} is missing: {remedy}",
                          MISSING_TEMPLATE_MESSAGE_MS)

    def maybe_save(self) -> bool:
        """Ask to save unsaved work; False when the user cancels."""
        if not self.is_modified:
            return True
        answer = QMessageBox.question(
            self.dialog_parent, "Unsaved Changes",
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
            self.replace(Project.new())

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.dialog_parent, "Open Project",
                                              self.last_folder(),
                                              PROJECT_FILTER + ";;All files (*)")
        if path:
            self.open(path)

    def open(self, path: str | os.PathLike) -> bool:
        """Open the project at `path`; one another Briefer is changing may be opened
        read-only instead (the user is asked)."""
        if not self.maybe_save():
            return False
        try:
            project = Project.open(path)
        except ProjectLockedError as exc:
            project = self._open_read_only(path, f"{exc}.", "Project Open Elsewhere",
                                           "so neither Briefer's work is lost.")
            if project is None:
                return False
        except BrieferError as exc:
            recent.forget_project(path)
            self.show_error("Cannot Open Project", str(exc))
            return False
        try:
            # Told now, before any work that a failed save would lose.
            project.check_writable()
        except BrieferError as exc:
            project.close()
            project = self._open_read_only(
                path, f"{exc}: changes made here could not be saved to it.",
                "Project Cannot Be Saved", "so none of your work is lost.")
            if project is None:
                return False
        self.replace(project)
        return True

    def _open_read_only(self, path: str | os.PathLike, reason: str, title: str,
                        outcome: str) -> Project | None:
        answer = QMessageBox.question(
            self.dialog_parent, title,
            verbatim(f"{reason}\n\nOpen it read-only here? You can read, review and draft; "
                     f"saving then asks for another file name, {outcome}"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Open)
        if answer != QMessageBox.StandardButton.Open:
            return None
        try:
            return Project.open(path, read_only=True)
        except BrieferError as exc:
            self.show_error("Cannot Open Project", str(exc))
            return None

    @property
    def is_read_only(self) -> bool:
        """The open project's file is another Briefer's to change: saving asks for a new name."""
        return self.project is not None and self.project.read_only

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        paths = recent.recent_projects()
        for path in paths:
            action = menu.addAction(menu_text(path.name))
            action.setToolTip(verbatim(str(path)))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open(p))
        if not paths:
            menu.addAction("No recent projects").setEnabled(False)

    def last_folder(self) -> str:
        if self.project is not None and self.project.path is not None:
            return str(self.project.path.parent)
        return str(QSettings().value("paths/last_folder", str(Path.home())))

    def save(self) -> bool:
        if self.project is None:
            return False
        if self.project.path is None:
            return self.save_as()
        if self.project.read_only:
            answer = QMessageBox.question(
                self.dialog_parent, "Project Is Read-Only",
                verbatim(f"“{self.project.name}” is open read-only here (another Briefer "
                         "may be changing it, or its file cannot be written). Save your "
                         "work under another name?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes)
            return answer == QMessageBox.StandardButton.Yes and self.save_as()
        return self.save_to(self.project.path)

    def save_as(self) -> bool:
        if self.project is None:
            return False
        suggestion = str(Path(self.last_folder()) / f"{self.project.name}{PROJECT_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self.dialog_parent, "Save Project As",
                                              suggestion, PROJECT_FILTER)
        if not path:
            return False
        chosen = with_suffix_confirmed(self.dialog_parent, path, PROJECT_SUFFIX)
        return self.save_to(project_path(chosen)) if chosen is not None else False

    def save_to(self, path: Path) -> bool:
        try:
            self.project.save_as(path)
        except ProjectChangedError as exc:
            # Never a silent overwrite, never lost work: the user picks another file.
            answer = QMessageBox.question(
                self.dialog_parent, "Project Changed on Disk",
                verbatim(f"{exc}.\n\nSave your work under another name now?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes)
            return answer == QMessageBox.StandardButton.Yes and self.save_as()
        except BrieferError as exc:
            self.show_error("Cannot Save Project", str(exc))
            return False
        self.remove_recovery_copy()
        self._recovery_token = os.path.realpath(path)
        QSettings().setValue("paths/last_folder", str(Path(path).parent))
        recent.remember_project(path)
        self.undo_stack.setClean()
        self.changed_outside_undo = False
        self.stateChanged.emit()
        self.message.emit(f"Saved {Path(path).name}", 4000)
        return True

    def close(self) -> None:
        """The window closes: no more recovery copies, and none left behind."""
        self.jobs.cancel_owned(self.project)
        self.remove_recovery_copy()
        self.recovery_timer.stop()

    # -- recovery ---------------------------------------------------------

    def write_recovery_copy(self) -> Job | None:
        """Copy unsaved work to the recovery folder (the disk write runs in the worker)."""
        if self.project is None or not self.is_modified:
            return None
        copy = self.project.memory_copy()
        key = self._recovery_token

        def write(report, is_cancelled):
            try:
                return stored_copies.write_recovery_copy(copy, key)
            finally:
                copy.close()

        return self.jobs.run(
            write, name="recovery", owner=self.project,
            on_error=lambda exc, _details: self.message.emit(
                f"Could not write a recovery copy: {exc}", 6000))

    def remove_recovery_copy(self) -> None:
        """This session's copy of the open project goes (saved, closed or replaced)."""
        self.jobs.wait_named("recovery", RECOVERY_WAIT_SECONDS)
        stored_copies.remove_recovery_copy(self._recovery_token)

    def offer_recovery(self) -> bool:
        """After a crash: list every copy of an ended session; True if one was restored.

        Copies of sessions still running (another window) are never listed.
        """
        copies = stored_copies.recovery_copies()
        if not copies:
            return False
        dialog = RecoveryDialog(copies, self.dialog_parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return False
        return self.restore(dialog.chosen)

    def restore(self, copy: stored_copies.RecoveryCopy) -> bool:
        """Open the work in `copy` as unsaved; the old copy goes once this session's own
        copy of it is written (so the work is on disk throughout)."""
        try:
            project = stored_copies.restore_recovery_copy(copy)
        except BrieferError as exc:
            self.show_error("Cannot Restore",
                            f"{exc}\n\nThe copy is kept and offered again at the next start.")
            return False
        self.replace(project)
        self.mark_changed()
        snapshot = project.memory_copy()
        try:
            stored_copies.write_recovery_copy(snapshot, self._recovery_token)
        except (BrieferError, OSError):
            return True  # the old copy stays: the work is still on disk somewhere
        finally:
            snapshot.close()
        stored_copies.discard_recovery_copy(copy)
        return True

    # -- start-up ---------------------------------------------------------

    def open_demo(self, nlp=None) -> Job:
        """Build (once) and open the demo project from the seed articles, in the worker.

        `nlp`: a pipeline already loaded in this process, else one is loaded if the
        demo must be built (the first start).
        """
        from briefer.workflows import ensure_demo_project

        self.message.emit("Preparing the demo project…", 0)
        pipeline = self.settings.pipeline

        def nlp_loader():
            if nlp is not None:
                return nlp
            from briefer.nlp.pipeline import load_pipeline

            return load_pipeline(pipeline)

        def opened(path: Path) -> None:
            self.message.emit("", 0)
            if self.project is None:
                self.open(path)

        return self.jobs.run(lambda report, is_cancelled: ensure_demo_project(nlp_loader),
                             on_result=opened,
                             on_error=self.jobs.error_reporter("Cannot Build the Demo Project"),
                             name="demo")

    def open_at_startup(self, project_file: str | None = None, demo: bool = False,
                        nlp=None, fresh: bool = False) -> None:
        """Recovery first, then the given project, the demo, or the most recent project;
        a new project when `fresh` (articles to import came without one)."""
        if self.offer_recovery():
            return
        if project_file and self.open(project_file):
            return
        if fresh:
            self.replace(Project.new())
            return
        if demo:
            self.open_demo(nlp)
            return
        recents = recent.recent_projects()
        if recents and not project_file:
            if not self.open(recents[0]):
                self.replace(Project.new())
        elif not project_file:
            self.open_demo(nlp)
        else:
            self.replace(Project.new())
