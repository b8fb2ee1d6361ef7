"""What the user does to the brief, one path each: a change, the draft, the export.

The builder's buttons and the window's menu call the same methods, so Draft
Brief has one undo name and one emptiness check, and Export has one fidelity
dialog and always writes in the worker. Every change is recorded by the core
(`review.record_brief_change`) and pushed through the session, which puts it
on the undo stack and announces `projectChanged("brief")`: the builder
refreshes itself from that announcement (once), like every other view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from briefer.core import brief, review
from briefer.core.errors import BrieferError
from briefer.core.paths import file_name_from
from briefer.core.store import Project
from briefer.gui.dialogs import with_suffix_confirmed
from briefer.gui.jobs import JobRunner
from briefer.gui.session import ProjectSession
from briefer.gui.verbatim import verbatim
from briefer.gui.worker import Job

DRAFT_NAME = "Draft Brief"
MISMATCHES_LISTED = 8


class BriefActions(QObject):
    """Brief changes, draft and export for the session's project."""

    exported = Signal(str)

    def __init__(self, session: ProjectSession, runner: JobRunner,
                 dialog_parent: QWidget | None = None,
                 settings_template: Callable[[], str] = lambda: ""):
        super().__init__(dialog_parent)
        self.session = session
        self.runner = runner
        self.dialog_parent = dialog_parent
        self.settings_template = settings_template

    @property
    def project(self) -> Project | None:
        return self.session.project

    def apply(self, name: str, change: Callable[[Project], object]) -> object:
        """Run one brief change as one undo step named `name`; a user error is a dialog.

        Returns what `change` returned, None when it was refused.
        """
        if self.project is None:
            return None
        project = self.project
        try:
            result, recorded = review.record_brief_change(project, lambda: change(project))
        except BrieferError as exc:
            QMessageBox.warning(self.dialog_parent, "Brief", verbatim(str(exc)))
            return None
        self.session.push(name, recorded, "brief")
        return result

    def draft(self, confirm: bool = True, length: str | None = None) -> bool:
        """Replace the brief with a draft of `length` from the reviewed analysis (undoable).

        Without `length` the user picks it (one page, two pages or full; the brief's
        last length, else two pages, is offered first); `confirm=False` drafts the
        brief's last length without asking. The draft is the command line's
        (`core.draft.draft_brief`).
        """
        if self.project is None:
            return False
        from briefer.core.draft import DEFAULT_LENGTH, LENGTHS, draft_brief, draft_rules

        offered = brief.brief_length(self.project) or DEFAULT_LENGTH
        if length is None and confirm:
            labels = [_length_label(key, draft_rules()["lengths"][key].get("pages", 0))
                      for key in LENGTHS]
            question = "Length of the brief:"
            if not brief.is_empty(self.project):
                question = ("The draft replaces the current brief (Undo brings it back).\n\n"
                            + question)
            label, ok = QInputDialog.getItem(self.dialog_parent, "Draft Brief from Project",
                                             question, labels, LENGTHS.index(offered), False)
            if not ok or label not in labels:
                return False
            length = LENGTHS[labels.index(label)]
        chosen = length or offered
        # The draft fits its length to the template the export will write on.
        template = brief.template_for_export(self.project, self.settings_template())
        drafted = self.apply(DRAFT_NAME,
                             lambda project: draft_brief(project, chosen, template) or True)
        return bool(drafted)

    def export_dialog(self) -> Job | None:
        if self.project is None:
            return None
        folder = (self.project.path.parent if self.project.path is not None
                  else Path(str(QSettings().value("paths/last_folder", str(Path.home())))))
        title = brief.load_front_matter(self.project).title or self.project.name
        name = file_name_from(title, fallback=file_name_from(self.project.name))
        path, _ = QFileDialog.getSaveFileName(self.dialog_parent, "Export to Word",
                                              str(folder / f"{name}.docx"),
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
        if not self._problems_accepted():
            return None
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

    def _problems_accepted(self) -> bool:
        """List rejected and unreviewed items and incomplete sources, and ask; rejected
        items may be dropped first (one undo step). False when the user cancels."""
        from briefer.core.brief_checks import drop_rejected, export_problems
        from briefer.gui.brief.export_check import DROP_REJECTED, ExportProblemsDialog

        problems = export_problems(self.project)
        if not problems:
            return True
        dialog = ExportProblemsDialog(self.project, problems, self.dialog_parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if dialog.choice == DROP_REJECTED:
            self.apply("Drop Rejected Items", drop_rejected)
        return True


def _length_label(key: str, pages: int) -> str:
    """How the draft dialog names a length: by its pages, the default marked."""
    from briefer.core.draft import DEFAULT_LENGTH

    words = {1: "One page", 2: "Two pages", 3: "Three pages"}
    text = words.get(pages, f"{pages} pages") if pages else "Full length"
    return f"{text} (default)" if key == DEFAULT_LENGTH else text
