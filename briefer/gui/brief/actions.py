"""What the user does to the brief, one path each: a change, the draft, the export.

The builder's buttons and the window's menu call the same methods, so Draft
Brief has one undo name and one emptiness check, and Export has one fidelity
dialog and always writes in the worker. Every change is recorded by the core
(`review.record_brief_change`) and pushed as the one undo command class.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from briefer.core import brief, review
from briefer.core.errors import BrieferError
from briefer.core.store import Project
from briefer.gui.commands import ChangeCommand
from briefer.gui.dialogs import with_suffix_confirmed
from briefer.gui.jobs import JobRunner
from briefer.gui.verbatim import verbatim
from briefer.gui.worker import Job

DRAFT_NAME = "Draft Brief"
MISMATCHES_LISTED = 8


class BriefActions(QObject):
    """Brief changes, draft and export for the open project; `changed` follows each change."""

    changed = Signal()
    exported = Signal(str)

    def __init__(self, undo_stack: QUndoStack, runner: JobRunner,
                 dialog_parent: QWidget | None = None,
                 settings_template: Callable[[], str] = lambda: ""):
        super().__init__(dialog_parent)
        self.undo_stack = undo_stack
        self.runner = runner
        self.dialog_parent = dialog_parent
        self.settings_template = settings_template
        self.project: Project | None = None

    def apply(self, name: str, change: Callable[[Project], object]) -> object:
        """Run one brief change as one undo step named `name`; a user error is a dialog."""
        if self.project is None:
            return None
        project = self.project
        try:
            result, recorded = review.record_brief_change(project, lambda: change(project))
        except BrieferError as exc:
            QMessageBox.warning(self.dialog_parent, "Brief", verbatim(str(exc)))
            return None
        if not recorded.is_empty:
            self.undo_stack.push(ChangeCommand(project, name, recorded, self.changed.emit))
        self.changed.emit()
        return result

    def draft(self, confirm: bool = True) -> bool:
        """Replace the brief with a first draft from the reviewed analysis (undoable)."""
        if self.project is None:
            return False
        if confirm and not brief.is_empty(self.project):
            answer = QMessageBox.question(
                self.dialog_parent, "Draft Brief from Project",
                "Replace the current brief with a new draft? (Undo brings it back.)",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        from briefer.core.draft import draft_brief

        self.apply(DRAFT_NAME, draft_brief)
        return True

    def export_dialog(self) -> Job | None:
        if self.project is None:
            return None
        folder = (self.project.path.parent if self.project.path is not None
                  else Path(str(QSettings().value("paths/last_folder", str(Path.home())))))
        title = brief.load_front_matter(self.project).title or self.project.name
        path, _ = QFileDialog.getSaveFileName(self.dialog_parent, "Export to Word",
                                              str(folder / f"{title}.docx"),
                                              "Word documents (*.docx)")
        if not path:
            return None
        chosen = with_suffix_confirmed(self.dialog_parent, path, ".docx")
        return self.export_to(str(chosen)) if chosen is not None else None

    def export_to(self, path: str) -> Job | None:
        """Check quote fidelity here, then write the document in the worker."""
        if self.project is None:
            return None
        from briefer.export.docx import check_quote_fidelity, export_brief

        if not path.lower().endswith(".docx"):
            path += ".docx"
        mismatches = check_quote_fidelity(self.project)
        if mismatches:
            listed = "\n".join(m.describe() for m in mismatches[:MISMATCHES_LISTED])
            answer = QMessageBox.question(
                self.dialog_parent, "Quotes Do Not Match Their Source",
                verbatim(f"{len(mismatches)} quote(s) in the brief no longer match their "
                         f"article:\n\n{listed}\n\nExport anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        copy = self.project.private_copy()
        template = brief.template_for_export(self.project, self.settings_template())

        def export(report, is_cancelled):
            try:
                export_brief(copy, path, template, allow_mismatches=True)
            finally:
                copy.close()
            return path

        return self.runner.run(export, on_result=self.exported.emit,
                               on_error=self.runner.error_reporter("Export Failed"),
                               name="export", owner=self.project,
                               progress_label="Exporting…")
